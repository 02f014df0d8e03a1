#pragma once

#include "common/EnumKeys.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace bearings {

// What the answers suggest (DOMAIN.md section 2). SafetyFirst overrides all.
enum class Suggestion { Repair, Limit, Cut, SafetyFirst };
inline constexpr EnumKeyTable<Suggestion, 4> kSuggestionKeys {{
    {Suggestion::Repair, u"repair"},
    {Suggestion::Limit, u"limit"},
    {Suggestion::Cut, u"cut"},
    {Suggestion::SafetyFirst, u"safety_first"},
}};

// The scored groups of the questionnaire. Thinking traps are reflections, not
// scored answers about the other person.
enum class QuestionGroup { Harm, RepairSigns, CutSigns, RedFlags, ThinkingTraps };
inline constexpr EnumKeyTable<QuestionGroup, 5> kQuestionGroupKeys {{
    {QuestionGroup::Harm, u"harm"},
    {QuestionGroup::RepairSigns, u"repair_signs"},
    {QuestionGroup::CutSigns, u"cut_signs"},
    {QuestionGroup::RedFlags, u"red_flags"},
    {QuestionGroup::ThinkingTraps, u"thinking_traps"},
}};

// One answer that moved the result, for "what led here".
struct Driver {
    QString questionId;
    QuestionGroup group = QuestionGroup::Harm;
    int value = 0;
    bool operator==(const Driver &) const = default;
};

// A group's score: points earned out of the most possible, 0..1 as a share.
struct GroupScore {
    QuestionGroup group = QuestionGroup::Harm;
    int points = 0;
    int maxPoints = 0;
    double share() const { return maxPoints > 0 ? double(points) / maxPoints : 0.0; }
    bool operator==(const GroupScore &) const = default;
};

struct AssessmentResult {
    Suggestion suggestion = Suggestion::Limit;
    QList<GroupScore> scores;
    QList<Driver> drivers; // the answers that drove the suggestion, strongest first
    bool operator==(const AssessmentResult &) const = default;
};

// One sitting of the questionnaire for a relationship. Answers map a question
// id to its value (yes/no: 0/1; never/sometimes/often: 0/1/2). A draft is an
// unfinished sitting the user can resume.
struct Assessment {
    qint64 id = 0;
    qint64 relationshipId = 0;
    QDateTime takenAt;
    int questionnaireVersion = 0;
    bool draft = false;
    QMap<QString, int> answers;
    QMap<QString, QString> reflections;   // thinking-trap id -> the user's own words
    std::optional<Suggestion> suggestion; // stored with finished assessments
    bool isValid() const { return id > 0; }
    bool operator==(const Assessment &) const = default;
};

} // namespace bearings
