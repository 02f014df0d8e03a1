#include "assessment/AssessmentScorer.h"
#include "TestDatabase.h"
#include "assessment/Questionnaire.h"

#include <gtest/gtest.h>

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

// Shares below are worked out by hand from the shipped questionnaire:
//   harm          5 frequency questions             max 10
//   repair signs  3 yes/no + 3 frequency            max  9
//   cut signs     3 yes/no + 4 frequency            max 11
//   red flags     7 yes/no                          max  7

namespace {

using Answers = QMap<QString, int>;

const Questionnaire &shipped()
{
    static const Questionnaire q = [] {
        auto loaded = Questionnaire::load();
        return loaded.ok() ? loaded.value() : Questionnaire();
    }();
    return q;
}

Answers merged(Answers a, const Answers &b)
{
    for (auto it = b.cbegin(); it != b.cend(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

// Every question of `groups` answered with its lowest or highest value.
Answers allOf(const QList<QuestionGroup> &groups, bool max)
{
    Answers a;
    for (const Question &q : shipped().questions()) {
        if (groups.contains(q.group) && q.answer != AnswerType::Reflection)
            a.insert(q.id, max ? Questionnaire::maxValue(q) : 0);
    }
    return a;
}

const QList<QuestionGroup> kOtherGroups {QuestionGroup::Harm, QuestionGroup::RepairSigns, QuestionGroup::CutSigns};

QStringList ids(const QList<Driver> &drivers)
{
    QStringList result;
    for (const Driver &d : drivers)
        result.append(d.questionId);
    return result;
}

GroupScore scoreOf(const AssessmentResult &result, QuestionGroup group)
{
    for (const GroupScore &s : result.scores) {
        if (s.group == group)
            return s;
    }
    return {};
}

} // namespace

class AssessmentScorerTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(shipped().isValid()); }
};

TEST_F(AssessmentScorerTest, ScoresTheFourScoredGroupsInOrder)
{
    const AssessmentResult r = AssessmentScorer::score(shipped(), {});
    ASSERT_EQ(r.scores.size(), 4);
    EXPECT_EQ(r.scores.at(0), (GroupScore {QuestionGroup::Harm, 0, 10}));
    EXPECT_EQ(r.scores.at(1), (GroupScore {QuestionGroup::RepairSigns, 0, 9}));
    EXPECT_EQ(r.scores.at(2), (GroupScore {QuestionGroup::CutSigns, 0, 11}));
    EXPECT_EQ(r.scores.at(3), (GroupScore {QuestionGroup::RedFlags, 0, 7}));
}

TEST_F(AssessmentScorerTest, EachRedFlagAloneMeansSafetyFirst)
{
    const QList<Question> flags = shipped().questions(QuestionGroup::RedFlags);
    ASSERT_EQ(flags.size(), 7);
    for (const Question &flag : flags) {
        SCOPED_TRACE(flag.id.toStdString());
        const AssessmentResult r = AssessmentScorer::score(shipped(), {{flag.id, 1}});
        EXPECT_EQ(r.suggestion, Suggestion::SafetyFirst);
        EXPECT_EQ(r.drivers, (QList<Driver> {{flag.id, QuestionGroup::RedFlags, 1}}));
        EXPECT_EQ(scoreOf(r, QuestionGroup::RedFlags).points, 1);
    }
}

// Every non-empty set of red flags (2^7 - 1 of them), with every other group
// all zero, all at the maximum, and in a pattern that would otherwise suggest
// Repair: the result is always SafetyFirst, and the drivers are exactly the
// red flags answered, in questionnaire order.
TEST_F(AssessmentScorerTest, EverySetOfRedFlagsOverridesEverything)
{
    const QList<Question> flags = shipped().questions(QuestionGroup::RedFlags);
    const Answers repairFavouring = merged(
        allOf({QuestionGroup::Harm, QuestionGroup::CutSigns}, false), allOf({QuestionGroup::RepairSigns}, true));
    ASSERT_EQ(AssessmentScorer::score(shipped(), repairFavouring).suggestion, Suggestion::Repair);
    const QList<std::pair<const char *, Answers>> patterns {
        {"all zero", allOf(kOtherGroups, false)},
        {"all max", allOf(kOtherGroups, true)},
        {"repair favouring", repairFavouring},
    };

    int checked = 0;
    for (const auto &[name, others] : patterns) {
        for (unsigned mask = 1; mask < (1u << flags.size()); ++mask) {
            Answers answers = others;
            QList<Driver> expected;
            for (qsizetype i = 0; i < flags.size(); ++i) {
                const bool yes = mask & (1u << i);
                answers.insert(flags.at(i).id, yes ? 1 : 0);
                if (yes)
                    expected.append({flags.at(i).id, QuestionGroup::RedFlags, 1});
            }
            const AssessmentResult r = AssessmentScorer::score(shipped(), answers);
            SCOPED_TRACE(std::string(name) + ", mask " + std::to_string(mask));
            EXPECT_EQ(r.suggestion, Suggestion::SafetyFirst);
            EXPECT_NE(r.suggestion, Suggestion::Repair);
            EXPECT_EQ(r.drivers, expected);
            EXPECT_EQ(scoreOf(r, QuestionGroup::RedFlags).points, expected.size());
            ++checked;
        }
    }
    EXPECT_EQ(checked, 3 * 127);
}

TEST_F(AssessmentScorerTest, RedFlagOutranksAbuseAndCutSigns)
{
    Answers a = allOf({QuestionGroup::CutSigns}, true);
    a.insert(u"red-retaliation"_s, 1);
    const AssessmentResult r = AssessmentScorer::score(shipped(), a);
    EXPECT_EQ(r.suggestion, Suggestion::SafetyFirst);
    EXPECT_EQ(ids(r.drivers), QStringList {u"red-retaliation"_s});
}

TEST_F(AssessmentScorerTest, MalformedRedFlagValueStillMeansSafetyFirst)
{
    const AssessmentResult r = AssessmentScorer::score(
        shipped(), merged(allOf({QuestionGroup::RepairSigns}, true), {{u"red-stalking"_s, 5}}));
    EXPECT_EQ(r.suggestion, Suggestion::SafetyFirst);
    EXPECT_EQ(r.drivers, (QList<Driver> {{u"red-stalking"_s, QuestionGroup::RedFlags, 1}}));
    EXPECT_EQ(AssessmentScorer::score(shipped(), {{u"red-stalking"_s, -1}}).suggestion, Suggestion::Limit);
}

namespace {

struct RuleCase {
    const char *name;
    Answers answers;
    Suggestion expected;
    int harm, repair, cut; // expected points: shares are points / 10, / 9, / 11
    QList<Driver> drivers;
};

} // namespace

TEST_F(AssessmentScorerTest, RuleTable)
{
    using G = QuestionGroup;
    const QList<RuleCase> cases {
        {"nothing answered: harm 0/10, repair 0/9, falls through to Limit", {}, Suggestion::Limit, 0, 0, 0, {}},
        {"cut 6/11 = 0.55 >= 0.5: Cut",
            {{u"cut-non-negotiables"_s, 2}, {u"cut-no-responsibility"_s, 2}, {u"cut-repair-tried"_s, 1},
                {u"cut-health"_s, 1}},
            Suggestion::Cut, 0, 0, 6,
            {{u"cut-non-negotiables"_s, G::CutSigns, 2}, {u"cut-no-responsibility"_s, G::CutSigns, 2},
                {u"cut-repair-tried"_s, G::CutSigns, 1}, {u"cut-health"_s, G::CutSigns, 1}}},
        {"cut 5/11 = 0.45 < 0.5 and nothing else: Limit",
            {{u"cut-non-negotiables"_s, 2}, {u"cut-no-responsibility"_s, 2}, {u"cut-health"_s, 1}}, Suggestion::Limit,
            0, 0, 5, {}},
        {"financial abuse alone (cut 1/11) beats full repair signs: Cut",
            merged(allOf({G::RepairSigns}, true), {{u"cut-financial-abuse"_s, 1}}), Suggestion::Cut, 0, 9, 1,
            {{u"cut-financial-abuse"_s, G::CutSigns, 1}}},
        {"emotional abuse 'sometimes' is enough: Cut; drivers strongest first",
            {{u"cut-emotional-abuse"_s, 1}, {u"cut-health"_s, 1}, {u"repair-care"_s, 2}}, Suggestion::Cut, 0, 2, 2,
            {{u"cut-health"_s, G::CutSigns, 1}, {u"cut-emotional-abuse"_s, G::CutSigns, 1}}},
        {"harm 5/10 = 0.5, repair 4/9 = 0.44: Limit",
            {{u"harm-drained"_s, 2}, {u"harm-eggshells"_s, 1}, {u"harm-dismissed"_s, 2},
                {u"repair-accountability"_s, 2}, {u"repair-care"_s, 2}},
            Suggestion::Limit, 5, 4, 0,
            {{u"harm-drained"_s, G::Harm, 2}, {u"harm-dismissed"_s, G::Harm, 2}, {u"harm-eggshells"_s, G::Harm, 1}}},
        {"harm 10/10, cut 5/11 below half: Limit",
            merged(allOf({G::Harm}, true),
                {{u"cut-non-negotiables"_s, 2}, {u"cut-no-responsibility"_s, 2}, {u"cut-health"_s, 1}}),
            Suggestion::Limit, 10, 0, 5,
            {{u"harm-drained"_s, G::Harm, 2}, {u"harm-dismissed"_s, G::Harm, 2}, {u"harm-isolated"_s, G::Harm, 2},
                {u"harm-needs"_s, G::Harm, 2}, {u"harm-eggshells"_s, G::Harm, 2}}},
        {"repair 5/9 = 0.56, harm 7/10 = 0.7 < 0.75: Repair",
            {{u"repair-occasional"_s, 1}, {u"repair-accountability"_s, 2}, {u"repair-support"_s, 1},
                {u"repair-care"_s, 1}, {u"harm-drained"_s, 2}, {u"harm-dismissed"_s, 2}, {u"harm-isolated"_s, 2},
                {u"harm-needs"_s, 1}},
            Suggestion::Repair, 7, 5, 0,
            {{u"repair-occasional"_s, G::RepairSigns, 1}, {u"repair-accountability"_s, G::RepairSigns, 2},
                {u"repair-support"_s, G::RepairSigns, 1}, {u"repair-care"_s, G::RepairSigns, 1}}},
        {"repair 9/9, harm 0: Repair", allOf({G::RepairSigns}, true), Suggestion::Repair, 0, 9, 0,
            {{u"repair-occasional"_s, G::RepairSigns, 1}, {u"repair-accountability"_s, G::RepairSigns, 2},
                {u"repair-shared-steps"_s, G::RepairSigns, 1}, {u"repair-support"_s, G::RepairSigns, 1},
                {u"repair-care"_s, G::RepairSigns, 2}, {u"repair-curiosity"_s, G::RepairSigns, 2}}},
        {"repair 4/9 = 0.44 just short, harm 0: falls through to Limit",
            {{u"repair-occasional"_s, 1}, {u"repair-shared-steps"_s, 1}, {u"repair-care"_s, 2}}, Suggestion::Limit, 0,
            4, 0,
            {{u"repair-occasional"_s, G::RepairSigns, 1}, {u"repair-shared-steps"_s, G::RepairSigns, 1},
                {u"repair-care"_s, G::RepairSigns, 2}}},
        {"harm 8/10 = 0.8 >= 0.75 despite repair 9/9: falls through to Limit",
            merged(allOf({G::RepairSigns}, true),
                {{u"harm-drained"_s, 2}, {u"harm-dismissed"_s, 2}, {u"harm-isolated"_s, 2}, {u"harm-needs"_s, 2}}),
            Suggestion::Limit, 8, 9, 0,
            {{u"harm-drained"_s, G::Harm, 2}, {u"harm-dismissed"_s, G::Harm, 2}, {u"harm-isolated"_s, G::Harm, 2},
                {u"harm-needs"_s, G::Harm, 2}, {u"repair-occasional"_s, G::RepairSigns, 1},
                {u"repair-accountability"_s, G::RepairSigns, 2}, {u"repair-shared-steps"_s, G::RepairSigns, 1},
                {u"repair-support"_s, G::RepairSigns, 1}, {u"repair-care"_s, G::RepairSigns, 2},
                {u"repair-curiosity"_s, G::RepairSigns, 2}}},
        {"harm 4/10 and repair 4/9, both under half: Limit; drivers of both, strongest first",
            {{u"harm-drained"_s, 2}, {u"harm-isolated"_s, 1}, {u"harm-needs"_s, 1}, {u"repair-occasional"_s, 1},
                {u"repair-care"_s, 1}, {u"repair-curiosity"_s, 2}},
            Suggestion::Limit, 4, 4, 0,
            {{u"harm-drained"_s, G::Harm, 2}, {u"repair-occasional"_s, G::RepairSigns, 1},
                {u"repair-curiosity"_s, G::RepairSigns, 2}, {u"harm-isolated"_s, G::Harm, 1},
                {u"harm-needs"_s, G::Harm, 1}, {u"repair-care"_s, G::RepairSigns, 1}}},
        {"harm 5/10 and repair 5/9, harm under 0.75: Repair",
            {{u"harm-drained"_s, 2}, {u"harm-dismissed"_s, 2}, {u"harm-needs"_s, 1}, {u"repair-occasional"_s, 1},
                {u"repair-accountability"_s, 2}, {u"repair-care"_s, 2}},
            Suggestion::Repair, 5, 5, 0,
            {{u"repair-occasional"_s, G::RepairSigns, 1}, {u"repair-accountability"_s, G::RepairSigns, 2},
                {u"repair-care"_s, G::RepairSigns, 2}}},
        {"unknown ids, out-of-range values and thinking traps are ignored",
            {{u"no-such-question"_s, 2}, {u"harm-drained"_s, 7}, {u"repair-occasional"_s, -1}, {u"repair-support"_s, 2},
                {u"trap-sunk-cost"_s, 2}, {u"cut-emotional-abuse"_s, 3}},
            Suggestion::Limit, 0, 0, 0, {}},
    };
    for (const RuleCase &c : cases) {
        SCOPED_TRACE(c.name);
        const AssessmentResult r = AssessmentScorer::score(shipped(), c.answers);
        EXPECT_EQ(r.suggestion, c.expected);
        EXPECT_EQ(scoreOf(r, G::Harm), (GroupScore {G::Harm, c.harm, 10}));
        EXPECT_EQ(scoreOf(r, G::RepairSigns), (GroupScore {G::RepairSigns, c.repair, 9}));
        EXPECT_EQ(scoreOf(r, G::CutSigns), (GroupScore {G::CutSigns, c.cut, 11}));
        EXPECT_EQ(scoreOf(r, G::RedFlags), (GroupScore {G::RedFlags, 0, 7}));
        EXPECT_EQ(r.drivers, c.drivers) << "got: " << ids(r.drivers).join(u", "_s).toStdString();
    }
}

// No pattern of answers without a red flag should be able to reach Repair
// while an abuse question is answered, and none with a red flag at all:
// a sweep over every value of every abuse question with repair signs at max.
TEST_F(AssessmentScorerTest, AbuseNeverAllowsRepair)
{
    const Answers repairMax = allOf({QuestionGroup::RepairSigns}, true);
    for (const Question &q : shipped().questions(QuestionGroup::CutSigns)) {
        if (!q.abuse)
            continue;
        for (int v = 1; v <= Questionnaire::maxValue(q); ++v) {
            SCOPED_TRACE(q.id.toStdString() + " = " + std::to_string(v));
            const AssessmentResult r = AssessmentScorer::score(shipped(), merged(repairMax, {{q.id, v}}));
            EXPECT_EQ(r.suggestion, Suggestion::Cut);
            ASSERT_FALSE(r.drivers.isEmpty());
            EXPECT_EQ(r.drivers.first().questionId, q.id);
        }
    }
}

TEST_F(AssessmentScorerTest, ThinkingTrapsAreNeverScoredOrDrivers)
{
    const AssessmentResult r = AssessmentScorer::score(shipped(), {{u"trap-alone"_s, 0}, {u"trap-guilt"_s, 1}});
    for (const GroupScore &s : r.scores)
        EXPECT_NE(s.group, QuestionGroup::ThinkingTraps);
    EXPECT_TRUE(r.drivers.isEmpty());
}
