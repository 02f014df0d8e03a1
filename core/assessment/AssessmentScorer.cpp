#include "AssessmentScorer.h"

#include "assessment/Questionnaire.h"

#include <algorithm>

namespace bearings {

namespace {

// The value of a valid answer to `question`, or 0 when it is unanswered,
// out of range or not scored. The one exception is safety: a red flag with
// any value above 0 counts as "yes", so a malformed value can never hide it.
int valueOf(const Question &question, const QMap<QString, int> &answers)
{
    const auto it = answers.constFind(question.id);
    if (it == answers.constEnd())
        return 0;
    const int value = it.value();
    if (question.group == QuestionGroup::RedFlags)
        return value > 0 ? 1 : 0;
    return value >= 0 && value <= Questionnaire::maxValue(question) ? value : 0;
}

// share >= numerator / denominator, in whole numbers so that exact
// thresholds (6 of 12 points is one half) are never lost to rounding.
bool shareAtLeast(const GroupScore &score, int numerator, int denominator)
{
    return score.maxPoints > 0 && score.points * denominator >= numerator * score.maxPoints;
}

QList<Driver> driversOf(
    const Questionnaire &questionnaire, const QMap<QString, int> &answers, const QList<QuestionGroup> &groups)
{
    struct Candidate {
        Driver driver;
        int max = 1;
    };
    QList<Candidate> candidates;
    for (const Question &q : questionnaire.questions()) {
        if (!groups.contains(q.group))
            continue;
        const int value = valueOf(q, answers);
        if (value > 0)
            candidates.append({Driver {q.id, q.group, value}, Questionnaire::maxValue(q)});
    }
    // Strongest first: compare value / max by cross-multiplying.
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return a.driver.value * b.max > b.driver.value * a.max; });
    QList<Driver> drivers;
    drivers.reserve(candidates.size());
    for (const Candidate &c : candidates)
        drivers.append(c.driver);
    return drivers;
}

} // namespace

AssessmentResult AssessmentScorer::score(const Questionnaire &questionnaire, const QMap<QString, int> &answers)
{
    AssessmentResult result;
    GroupScore harm {.group = QuestionGroup::Harm};
    GroupScore repair {.group = QuestionGroup::RepairSigns};
    GroupScore cut {.group = QuestionGroup::CutSigns};
    GroupScore red {.group = QuestionGroup::RedFlags};
    bool abuseAnswered = false;

    for (const Question &q : questionnaire.questions()) {
        GroupScore *score = nullptr;
        switch (q.group) {
        case QuestionGroup::Harm: score = &harm; break;
        case QuestionGroup::RepairSigns: score = &repair; break;
        case QuestionGroup::CutSigns: score = &cut; break;
        case QuestionGroup::RedFlags: score = &red; break;
        case QuestionGroup::ThinkingTraps: break; // reflections, never scored
        }
        if (!score)
            continue;
        const int value = valueOf(q, answers);
        score->points += value;
        score->maxPoints += Questionnaire::maxValue(q);
        if (q.abuse && value > 0)
            abuseAnswered = true;
    }
    result.scores = {harm, repair, cut, red};

    const auto decide = [&](Suggestion suggestion, const QList<QuestionGroup> &groups) {
        result.suggestion = suggestion;
        result.drivers = driversOf(questionnaire, answers, groups);
        return result;
    };

    if (red.points > 0)
        return decide(Suggestion::SafetyFirst, {QuestionGroup::RedFlags});
    if (shareAtLeast(cut, 1, 2) || abuseAnswered)
        return decide(Suggestion::Cut, {QuestionGroup::CutSigns});
    if (shareAtLeast(harm, 1, 2) && !shareAtLeast(repair, 1, 2))
        return decide(Suggestion::Limit, {QuestionGroup::Harm});
    if (shareAtLeast(repair, 1, 2) && !shareAtLeast(harm, 3, 4))
        return decide(Suggestion::Repair, {QuestionGroup::RepairSigns});
    return decide(Suggestion::Limit, {QuestionGroup::Harm, QuestionGroup::RepairSigns});
}

} // namespace bearings
