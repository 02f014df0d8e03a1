#pragma once

#include "assessment/Assessment.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace bearings {

// How a question is answered. Yes/no is 0/1, never/sometimes/often is 0/1/2;
// a reflection is free text the user writes for themselves and is never scored.
enum class AnswerType { YesNo, Frequency, Reflection };
inline constexpr EnumKeyTable<AnswerType, 3> kAnswerTypeKeys {{
    {AnswerType::YesNo, u"yes_no"},
    {AnswerType::Frequency, u"frequency"},
    {AnswerType::Reflection, u"reflection"},
}};

struct Question {
    QString id; // stable key stored with answers; never changes once released
    QuestionGroup group = QuestionGroup::Harm;
    AnswerType answer = AnswerType::YesNo;
    // Abuse of any kind is not a relationship problem to fix together: one
    // non-zero answer to such a question suggests Cut (see AssessmentScorer).
    bool abuse = false;
    QString text; // translated
    QString why;  // translated: why the app asks this
    bool operator==(const Question &) const = default;
};

// The assessment questionnaire (DOMAIN.md section 2), loaded from the JSON
// that ships as the resource :/bearings/assessment/questionnaire.json.
//
// The JSON holds English source text. Every `text` and `why` is passed through
// QCoreApplication::translate() with the context "bearings::Questionnaire" (the
// same context as this class's tr()), so translations are added to that
// context in translations/*.ts by hand: lupdate does not read the JSON.
//
// "Feeling physically unsafe or threatened" is listed in DOMAIN.md under harm
// and under the red flags. It is asked once, as the red flag "red-unsafe", so
// that a yes always puts safety first instead of adding to a harm share.
class Questionnaire final {
    Q_DECLARE_TR_FUNCTIONS(bearings::Questionnaire)

public:
    static constexpr int kFormat = 1;

    Questionnaire() = default;

    // The questionnaire that ships with the app.
    static Result<Questionnaire> load();
    // Parses and validates a questionnaire; Invalid names what is wrong and where.
    static Result<Questionnaire> fromJson(const QByteArray &json);

    bool isValid() const { return m_version > 0; }
    int version() const { return m_version; }
    // Every group once, in the order the questionnaire presents them.
    QList<QuestionGroup> groups() const { return m_groups; }
    // All questions in questionnaire order.
    const QList<Question> &questions() const { return m_questions; }
    QList<Question> questions(QuestionGroup group) const;
    std::optional<Question> question(const QString &id) const;

    // The highest value an answer can take: 1 for yes/no, 2 for frequency,
    // 0 for reflections (they are text, not values).
    static int maxValue(const Question &question);
    static int maxValue(AnswerType answer);

private:
    int m_version = 0;
    QList<QuestionGroup> m_groups;
    QList<Question> m_questions;
};

} // namespace bearings
