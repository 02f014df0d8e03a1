#pragma once

#include "assessment/Assessment.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

#include <optional>

namespace bearings {

class Database;
class Questionnaire;

// Stores assessments: finished sittings with their suggestion, and at most one
// unfinished draft per relationship. Answers live in assessment_answer,
// reflections in assessment_reflection. Every write is one transaction; a
// finished assessment is never changed, only removed.
class AssessmentRepository final {
    Q_DECLARE_TR_FUNCTIONS(bearings::AssessmentRepository)

public:
    explicit AssessmentRepository(Database &db)
        : m_db(db)
    { }

    // Inserts or updates a draft and sets id, takenAt (the time of saving)
    // and draft. Saving a new draft (id 0) replaces the relationship's old one.
    // Conflict if `assessment` is already finished.
    Status saveDraft(Assessment &assessment);

    // Checks every answer against the questionnaire (Invalid, nothing stored),
    // scores it and stores it as finished: sets id, takenAt (now),
    // questionnaireVersion, suggestion, and draft = false. A draft (id > 0)
    // becomes finished in place.
    Result<AssessmentResult> finish(Assessment &assessment, const Questionnaire &questionnaire);

    Result<Assessment> get(qint64 id) const;
    // Finished assessments of a relationship, oldest first.
    Result<QList<Assessment>> list(qint64 relationshipId) const;
    Result<std::optional<Assessment>> draft(qint64 relationshipId) const;
    Result<std::optional<Assessment>> latestFinished(qint64 relationshipId) const;
    Status remove(qint64 id);

    // Every answer id is a scored question of `questionnaire` with a value in
    // range, every reflection id is a thinking trap.
    static Status validate(const Assessment &assessment, const Questionnaire &questionnaire);

private:
    Status store(Assessment &assessment, bool draft, std::optional<Suggestion> suggestion);
    Result<QList<Assessment>> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace bearings
