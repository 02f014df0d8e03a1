#include "AssessmentRepository.h"

#include "assessment/AssessmentScorer.h"
#include "assessment/Questionnaire.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

const QString kSelect
    = u"SELECT id, relationship_id, taken_at, questionnaire_version, is_draft, suggestion FROM assessment"_s;

Assessment fromRow(const QSqlQuery &q)
{
    Assessment a;
    a.id = q.value(0).toLongLong();
    a.relationshipId = q.value(1).toLongLong();
    a.takenAt = sql::dateTimeFromDb(q.value(2));
    a.questionnaireVersion = q.value(3).toInt();
    a.draft = q.value(4).toBool();
    if (!q.value(5).isNull())
        a.suggestion = enumFromKey(kSuggestionKeys, q.value(5).toString());
    return a;
}

// Reflections left blank are not kept.
QMap<QString, QString> cleanReflections(const QMap<QString, QString> &reflections)
{
    QMap<QString, QString> result;
    for (auto it = reflections.cbegin(); it != reflections.cend(); ++it) {
        const QString text = it.value().trimmed();
        if (!text.isEmpty())
            result.insert(it.key(), text);
    }
    return result;
}

} // namespace

Status AssessmentRepository::validate(const Assessment &a, const Questionnaire &questionnaire)
{
    if (a.relationshipId <= 0)
        return makeError(ErrorCode::Invalid, tr("Please choose the relationship this assessment is about."));
    for (auto it = a.answers.cbegin(); it != a.answers.cend(); ++it) {
        const std::optional<Question> q = questionnaire.question(it.key());
        if (!q)
            return makeError(ErrorCode::Invalid,
                tr("This assessment has an answer to a question Bearings does not know (\"%1\").").arg(it.key()));
        if (q->answer == AnswerType::Reflection)
            return makeError(ErrorCode::Invalid,
                tr("The question \"%1\" is answered in your own words, not with a value.").arg(it.key()));
        const int max = Questionnaire::maxValue(*q);
        if (it.value() < 0 || it.value() > max)
            return makeError(ErrorCode::Invalid,
                tr("The answer to the question \"%1\" is %2, but it can only be 0 to %3.")
                    .arg(it.key())
                    .arg(it.value())
                    .arg(max));
    }
    for (auto it = a.reflections.cbegin(); it != a.reflections.cend(); ++it) {
        const std::optional<Question> q = questionnaire.question(it.key());
        if (!q || q->answer != AnswerType::Reflection)
            return makeError(ErrorCode::Invalid,
                tr("This assessment has a reflection on something Bearings does not know (\"%1\").").arg(it.key()));
    }
    return {};
}

Status AssessmentRepository::saveDraft(Assessment &a)
{
    if (a.relationshipId <= 0)
        return makeError(ErrorCode::Invalid, tr("Please choose the relationship this assessment is about."));
    return store(a, true, std::nullopt);
}

Result<AssessmentResult> AssessmentRepository::finish(Assessment &a, const Questionnaire &questionnaire)
{
    if (Status s = validate(a, questionnaire); !s.ok())
        return s.error();
    const AssessmentResult result = AssessmentScorer::score(questionnaire, a.answers);
    Assessment finished = a;
    finished.questionnaireVersion = questionnaire.version();
    if (Status s = store(finished, false, result.suggestion); !s.ok())
        return s.error();
    a = finished;
    return result;
}

// Writes `a` as a draft or as finished; on success updates id, takenAt, draft,
// suggestion and the cleaned reflections. Leaves `a` untouched on failure.
Status AssessmentRepository::store(Assessment &a, bool draft, std::optional<Suggestion> suggestion)
{
    const QDateTime now = m_db.clock().now();
    const QMap<QString, QString> reflections = cleanReflections(a.reflections);
    const QVariant suggestionValue = suggestion ? QVariant(enumKey(kSuggestionKeys, *suggestion)) : QVariant();
    qint64 id = a.id;
    const Status s = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status e
            = sql::requireExists(q, u"relationship"_s, a.relationshipId, tr("This relationship no longer exists."));
            !e.ok())
            return e;

        if (id > 0) {
            if (Status e = sql::exec(q, u"SELECT is_draft FROM assessment WHERE id = ?"_s, {id}); !e.ok())
                return e;
            if (!q.next())
                return makeError(ErrorCode::NotFound, tr("This assessment no longer exists."));
            if (!q.value(0).toBool())
                return makeError(ErrorCode::Conflict,
                    tr("This assessment is already finished, so it stays as it was. You can start a new one."));
            if (Status e = sql::exec(q,
                    u"UPDATE assessment SET relationship_id = ?, taken_at = ?, questionnaire_version = ?, "
                    "is_draft = ?, suggestion = ? WHERE id = ?"_s,
                    {a.relationshipId, sql::toDb(now), a.questionnaireVersion, draft ? 1 : 0, suggestionValue, id});
                !e.ok())
                return e;
        } else {
            if (Status e = sql::exec(q,
                    u"INSERT INTO assessment (relationship_id, taken_at, questionnaire_version, is_draft, suggestion) "
                    "VALUES (?, ?, ?, ?, ?)"_s,
                    {a.relationshipId, sql::toDb(now), a.questionnaireVersion, draft ? 1 : 0, suggestionValue});
                !e.ok())
                return e;
            id = q.lastInsertId().toLongLong();
        }
        // One draft per relationship: a newly saved draft replaces the old one.
        if (draft) {
            if (Status e
                = sql::exec(q, u"DELETE FROM assessment WHERE relationship_id = ? AND is_draft = 1 AND id <> ?"_s,
                    {a.relationshipId, id});
                !e.ok())
                return e;
        }

        if (Status e = sql::exec(q, u"DELETE FROM assessment_answer WHERE assessment_id = ?"_s, {id}); !e.ok())
            return e;
        for (auto it = a.answers.cbegin(); it != a.answers.cend(); ++it) {
            if (Status e
                = sql::exec(q, u"INSERT INTO assessment_answer (assessment_id, question_id, value) VALUES (?, ?, ?)"_s,
                    {id, it.key(), it.value()});
                !e.ok())
                return e;
        }
        if (Status e = sql::exec(q, u"DELETE FROM assessment_reflection WHERE assessment_id = ?"_s, {id}); !e.ok())
            return e;
        for (auto it = reflections.cbegin(); it != reflections.cend(); ++it) {
            if (Status e
                = sql::exec(q, u"INSERT INTO assessment_reflection (assessment_id, trap_id, text) VALUES (?, ?, ?)"_s,
                    {id, it.key(), it.value()});
                !e.ok())
                return e;
        }
        return {};
    });
    if (!s.ok())
        return s;
    a.id = id;
    a.takenAt = now;
    a.draft = draft;
    a.suggestion = suggestion;
    a.reflections = reflections;
    return {};
}

Result<QList<Assessment>> AssessmentRepository::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = sql::exec(q, kSelect + where, values); !s.ok())
        return s.error();
    QList<Assessment> result;
    while (q.next())
        result.append(fromRow(q));
    for (Assessment &a : result) {
        if (Status s
            = sql::exec(q, u"SELECT question_id, value FROM assessment_answer WHERE assessment_id = ?"_s, {a.id});
            !s.ok())
            return s.error();
        while (q.next())
            a.answers.insert(q.value(0).toString(), q.value(1).toInt());
        if (Status s
            = sql::exec(q, u"SELECT trap_id, text FROM assessment_reflection WHERE assessment_id = ?"_s, {a.id});
            !s.ok())
            return s.error();
        while (q.next())
            a.reflections.insert(q.value(0).toString(), q.value(1).toString());
    }
    return result;
}

Result<Assessment> AssessmentRepository::get(qint64 id) const
{
    auto found = select(u" WHERE id = ?"_s, {id});
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, tr("This assessment no longer exists."));
    return found->first();
}

Result<QList<Assessment>> AssessmentRepository::list(qint64 relationshipId) const
{
    return select(u" WHERE relationship_id = ? AND is_draft = 0 ORDER BY taken_at, id"_s, {relationshipId});
}

Result<std::optional<Assessment>> AssessmentRepository::draft(qint64 relationshipId) const
{
    auto found = select(
        u" WHERE relationship_id = ? AND is_draft = 1 ORDER BY taken_at DESC, id DESC LIMIT 1"_s, {relationshipId});
    if (!found.ok())
        return found.error();
    return found->isEmpty() ? std::optional<Assessment>() : std::optional<Assessment>(found->first());
}

Result<std::optional<Assessment>> AssessmentRepository::latestFinished(qint64 relationshipId) const
{
    auto found = select(
        u" WHERE relationship_id = ? AND is_draft = 0 ORDER BY taken_at DESC, id DESC LIMIT 1"_s, {relationshipId});
    if (!found.ok())
        return found.error();
    return found->isEmpty() ? std::optional<Assessment>() : std::optional<Assessment>(found->first());
}

Status AssessmentRepository::remove(qint64 id)
{
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        return sql::execOne(q, u"DELETE FROM assessment WHERE id = ?"_s, {id}, tr("This assessment no longer exists."));
    });
}

} // namespace bearings
