#include "analytics/TrialEvaluation.h"

#include <gtest/gtest.h>

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double kEps = 1e-12;

Benchmark benchmark(qint64 id, BenchmarkKind kind, double target, TargetDirection direction)
{
    Benchmark b;
    b.id = id;
    b.kind = kind;
    b.target = target;
    b.direction = direction;
    return b;
}

// Mon 2024-01-01, 8 weeks (to Sun Feb 25), Sunday check-ins. Benchmarks:
// 1 ratio >= 5, 2 breaches a week <= 1, 3 after-mood >= 1, 4 self-rated >= 6.
TrialPlan plan()
{
    TrialPlan p;
    p.id = 1;
    p.startDate = QDate(2024, 1, 1);
    p.lengthWeeks = 8;
    p.checkInWeekday = 7;
    p.benchmarks = {
        benchmark(1, BenchmarkKind::PositiveNegativeRatio, 5, TargetDirection::AtLeast),
        benchmark(2, BenchmarkKind::BreachesPerWeek, 1, TargetDirection::AtMost),
        benchmark(3, BenchmarkKind::AfterMood, 1, TargetDirection::AtLeast),
        benchmark(4, BenchmarkKind::SelfRated, 6, TargetDirection::AtLeast),
    };
    p.benchmarks[3].label = u"Feeling heard"_s;
    return p;
}

struct WeekSpec {
    int positives;
    int negatives;
    int breaches;
    std::optional<double> moodAfter;
    int moodAfterCount;
    int entries;
};

QList<WeeklyStats> weeks(const QList<WeekSpec> &specs)
{
    QList<WeeklyStats> result;
    for (qsizetype i = 0; i < specs.size(); ++i) {
        WeeklyStats w;
        w.weekStart = QDate(2024, 1, 1).addDays(7 * i);
        w.positiveCount = specs[i].positives;
        w.negativeCount = specs[i].negatives;
        if (w.negativeCount > 0)
            w.ratio = double(w.positiveCount) / w.negativeCount;
        w.breachCount = specs[i].breaches;
        w.moodAfter = specs[i].moodAfter;
        w.moodAfterCount = specs[i].moodAfterCount;
        w.entryCount = specs[i].entries;
        result.append(w);
    }
    return result;
}

CheckIn checkIn(int week, std::optional<int> rating)
{
    CheckIn c;
    c.id = week;
    c.planId = 1;
    c.week = week;
    if (rating)
        c.ratings.insert(4, *rating);
    return c;
}

// Weeks of Jan 1, 8, 15, 22, 29 and Feb 5. On Mon Feb 5 the week of Feb 5 is
// under way and left out; the last four complete weeks are Jan 8 - Jan 29.
QList<WeeklyStats> goodWeeks()
{
    return weeks({
        {0, 9, 5, -4.0, 1, 9},         // Jan 1: outside the four-week window
        {6, 1, 0, 2.0, 2, 3},          // Jan 8
        {5, 1, 1, 1.0, 1, 2},          // Jan 15
        {4, 0, 0, std::nullopt, 0, 1}, // Jan 22
        {7, 1, 1, 3.0, 3, 4},          // Jan 29
        {0, 9, 9, -5.0, 1, 9},         // Feb 5: under way, ignored
    });
}

// Ratings of benchmark 4 by week: 2, 7, 6, none, 8. The last four check-ins
// are weeks 5, 4, 3, 2; their ratings 8, 6, 7 (week 4 has none).
QList<CheckIn> goodCheckIns()
{
    return {checkIn(1, 2), checkIn(2, 7), checkIn(3, 6), checkIn(4, std::nullopt), checkIn(5, 8)};
}

const QDate kFeb5(2024, 2, 5);

} // namespace

TEST(TrialEvaluation, AllBenchmarksMetIsOnTrack)
{
    const TrialEvaluationResult r
        = TrialEvaluation::evaluate(plan(), goodCheckIns(), goodWeeks(), Suggestion::Repair, kFeb5);
    // Feb 5 = Jan 1 + 35 days: 5 whole weeks elapsed.
    EXPECT_EQ(r.weeksElapsed, 5);
    EXPECT_EQ(r.weeksMeasured, 4);
    ASSERT_EQ(r.reasons.size(), 4);

    // Ratio: (6 + 5 + 4 + 7) / (1 + 1 + 0 + 1) = 22 / 3 = 7.33 >= 5.
    EXPECT_EQ(r.reasons[0].kind, BenchmarkKind::PositiveNegativeRatio);
    ASSERT_TRUE(r.reasons[0].value);
    EXPECT_NEAR(*r.reasons[0].value, 22.0 / 3.0, kEps);
    EXPECT_TRUE(r.reasons[0].met);
    EXPECT_DOUBLE_EQ(r.reasons[0].target, 5.0);
    // Breaches: (0 + 1 + 0 + 1) / 4 = 0.5 <= 1.
    ASSERT_TRUE(r.reasons[1].value);
    EXPECT_NEAR(*r.reasons[1].value, 0.5, kEps);
    EXPECT_TRUE(r.reasons[1].met);
    // After-mood, weighted by entries: (2*2 + 1*1 + 3*3) / (2 + 1 + 3) = 14 / 6.
    ASSERT_TRUE(r.reasons[2].value);
    EXPECT_NEAR(*r.reasons[2].value, 14.0 / 6.0, kEps);
    EXPECT_TRUE(r.reasons[2].met);
    // Self-rated: (8 + 6 + 7) / 3 = 7 >= 6; week 1's 2 is not among the last four.
    ASSERT_TRUE(r.reasons[3].value);
    EXPECT_NEAR(*r.reasons[3].value, 7.0, kEps);
    EXPECT_TRUE(r.reasons[3].met);
    EXPECT_EQ(r.reasons[3].label, u"Feeling heard"_s);
    EXPECT_EQ(r.reasons[3].benchmarkId, 4);

    for (const TrialReason &reason : r.reasons) {
        EXPECT_TRUE(reason.hasData);
        EXPECT_FALSE(reason.sentence.isEmpty());
        EXPECT_FALSE(reason.label.isEmpty());
    }
    EXPECT_EQ(r.verdict, TrialVerdict::OnTrack);
    EXPECT_FALSE(r.summary.isEmpty());
}

TEST(TrialEvaluation, SafetyFirstOverridesEverything)
{
    // The very data that is on track above.
    const TrialEvaluationResult r
        = TrialEvaluation::evaluate(plan(), goodCheckIns(), goodWeeks(), Suggestion::SafetyFirst, kFeb5);
    EXPECT_EQ(r.verdict, TrialVerdict::SafetyFirst);
    EXPECT_FALSE(r.summary.isEmpty());
    // Also when it is too early or nothing is recorded.
    EXPECT_EQ(TrialEvaluation::evaluate(plan(), {}, {}, Suggestion::SafetyFirst, QDate(2024, 1, 2)).verdict,
        TrialVerdict::SafetyFirst);
    TrialPlan none = plan();
    none.benchmarks.clear();
    EXPECT_EQ(
        TrialEvaluation::evaluate(none, {}, {}, Suggestion::SafetyFirst, kFeb5).verdict, TrialVerdict::SafetyFirst);
}

TEST(TrialEvaluation, FewerThanTwoWeeksIsTooEarly)
{
    // Sun Jan 14 = Jan 1 + 13 days: 1 whole week.
    const TrialEvaluationResult r
        = TrialEvaluation::evaluate(plan(), goodCheckIns(), goodWeeks(), std::nullopt, QDate(2024, 1, 14));
    EXPECT_EQ(r.weeksElapsed, 1);
    EXPECT_EQ(r.verdict, TrialVerdict::TooEarly);
}

TEST(TrialEvaluation, NothingRecordedIsTooEarly)
{
    const auto empty = weeks({{0, 0, 0, std::nullopt, 0, 0}, {0, 0, 0, std::nullopt, 0, 0},
        {0, 0, 0, std::nullopt, 0, 0}, {0, 0, 0, std::nullopt, 0, 0}, {0, 0, 0, std::nullopt, 0, 0}});
    const TrialEvaluationResult r = TrialEvaluation::evaluate(plan(), {}, empty, std::nullopt, kFeb5);
    EXPECT_EQ(r.verdict, TrialVerdict::TooEarly);
    ASSERT_EQ(r.reasons.size(), 4);
    for (const TrialReason &reason : r.reasons) {
        EXPECT_FALSE(reason.hasData);
        EXPECT_FALSE(reason.met);
        EXPECT_FALSE(reason.value);
        EXPECT_FALSE(reason.sentence.isEmpty());
    }
}

TEST(TrialEvaluation, NoBenchmarksIsTooEarly)
{
    TrialPlan none = plan();
    none.benchmarks.clear();
    const TrialEvaluationResult r = TrialEvaluation::evaluate(none, goodCheckIns(), goodWeeks(), std::nullopt, kFeb5);
    EXPECT_EQ(r.verdict, TrialVerdict::TooEarly);
    EXPECT_TRUE(r.reasons.isEmpty());
}

TEST(TrialEvaluation, NoneMetAndMoodNotImprovingIsNotImproving)
{
    // After-mood by week 0, -1, -1, -2, -3 (one entry each) falls.
    // Window Jan 8 - Jan 29: ratio (1+1+0+1) / (3+4+2+3) = 3 / 12 = 0.25 < 5;
    // breaches (2+3+1+2) / 4 = 2 > 1; after-mood (-1 -1 -2 -3) / 4 = -1.75 < 1;
    // ratings 3, 2, 4, 1 -> 2.5 < 6.
    const auto hard = weeks({
        {1, 2, 1, 0.0, 1, 2},
        {1, 3, 2, -1.0, 1, 3},
        {1, 4, 3, -1.0, 1, 3},
        {0, 2, 1, -2.0, 1, 2},
        {1, 3, 2, -3.0, 1, 3},
    });
    const QList<CheckIn> low {checkIn(1, 3), checkIn(2, 2), checkIn(3, 4), checkIn(4, 1)};
    const TrialEvaluationResult r = TrialEvaluation::evaluate(plan(), low, hard, Suggestion::Limit, kFeb5);
    ASSERT_EQ(r.reasons.size(), 4);
    EXPECT_NEAR(*r.reasons[0].value, 0.25, kEps);
    EXPECT_NEAR(*r.reasons[1].value, 2.0, kEps);
    EXPECT_NEAR(*r.reasons[2].value, -1.75, kEps);
    // Ratings of weeks 4, 3, 2, 1: (1 + 4 + 2 + 3) / 4 = 2.5.
    EXPECT_NEAR(*r.reasons[3].value, 2.5, kEps);
    for (const TrialReason &reason : r.reasons)
        EXPECT_FALSE(reason.met);
    EXPECT_NE(r.afterMoodTrend.verdict, TrendVerdict::Improving);
    EXPECT_EQ(r.afterMoodTrend.n, 5);
    EXPECT_EQ(r.verdict, TrialVerdict::NotImproving);
}

TEST(TrialEvaluation, NoneMetButMoodImprovingIsMixed)
{
    // After-mood -4, -3, -2, -1, 0: the exact line y = x - 4, so Improving.
    // Window mean (-3 - 2 - 1 + 0) / 4 = -1.5, still below 1.
    const auto rising = weeks({
        {0, 2, 2, -4.0, 1, 2},
        {0, 2, 2, -3.0, 1, 2},
        {0, 2, 2, -2.0, 1, 2},
        {0, 2, 2, -1.0, 1, 2},
        {0, 2, 2, 0.0, 1, 2},
    });
    const TrialEvaluationResult r
        = TrialEvaluation::evaluate(plan(), {checkIn(1, 1), checkIn(2, 1)}, rising, std::nullopt, kFeb5);
    EXPECT_NEAR(*r.reasons[2].value, -1.5, kEps);
    for (const TrialReason &reason : r.reasons)
        EXPECT_FALSE(reason.met);
    EXPECT_EQ(r.afterMoodTrend.verdict, TrendVerdict::Improving);
    EXPECT_NEAR(r.afterMoodTrend.slope, 1.0, kEps);
    EXPECT_EQ(r.verdict, TrialVerdict::Mixed);
}

TEST(TrialEvaluation, SomeMetIsMixed)
{
    // The good weeks, but self-ratings 2, 3, 4, 3 in the last four: 12 / 4 = 3 < 6.
    const QList<CheckIn> low {checkIn(2, 2), checkIn(3, 3), checkIn(4, 4), checkIn(5, 3)};
    const TrialEvaluationResult r = TrialEvaluation::evaluate(plan(), low, goodWeeks(), std::nullopt, kFeb5);
    EXPECT_NEAR(*r.reasons[3].value, 3.0, kEps);
    EXPECT_FALSE(r.reasons[3].met);
    EXPECT_TRUE(r.reasons[0].met);
    EXPECT_EQ(r.verdict, TrialVerdict::Mixed);
}

TEST(TrialEvaluation, UnmeasuredBenchmarkKeepsItFromOnTrack)
{
    // Good weeks, but no check-in has rated benchmark 4 yet.
    const TrialEvaluationResult r
        = TrialEvaluation::evaluate(plan(), {checkIn(1, std::nullopt)}, goodWeeks(), std::nullopt, kFeb5);
    EXPECT_FALSE(r.reasons[3].hasData);
    EXPECT_FALSE(r.reasons[3].met);
    EXPECT_EQ(r.verdict, TrialVerdict::Mixed);
}

TEST(TrialEvaluation, RatioWithoutNegativesMeetsAFloor)
{
    // Positives 2, 3, 1, 4 and no negatives in the window: the ratio has no
    // value, yet any "at least" target is met.
    const auto kind = weeks({
        {0, 1, 0, 1.0, 1, 1},
        {2, 0, 0, 2.0, 1, 1},
        {3, 0, 0, 2.0, 1, 1},
        {1, 0, 0, 2.0, 1, 1},
        {4, 0, 0, 2.0, 1, 1},
    });
    const TrialEvaluationResult r = TrialEvaluation::evaluate(plan(), goodCheckIns(), kind, std::nullopt, kFeb5);
    const TrialReason &ratio = r.reasons[0];
    EXPECT_TRUE(ratio.hasData);
    EXPECT_FALSE(ratio.value);
    EXPECT_TRUE(ratio.met);
    EXPECT_FALSE(ratio.sentence.isEmpty());
    EXPECT_EQ(r.verdict, TrialVerdict::OnTrack);

    TrialPlan ceiling = plan();
    ceiling.benchmarks[0].direction = TargetDirection::AtMost;
    EXPECT_FALSE(TrialEvaluation::evaluate(ceiling, goodCheckIns(), kind, std::nullopt, kFeb5).reasons[0].met);
}

TEST(TrialEvaluation, AfterThePlanEndsItsLastWeekCounts)
{
    // A 4-week plan from Mon Jan 1 ends Sun Jan 28. Evaluated much later, the
    // window is the plan's own four weeks, not the weeks after it.
    TrialPlan p = plan();
    p.lengthWeeks = 4;
    const auto all = goodWeeks(); // Jan 1 .. Feb 5
    const TrialEvaluationResult r = TrialEvaluation::evaluate(p, {}, all, std::nullopt, QDate(2024, 6, 1));
    EXPECT_EQ(r.weeksElapsed, 4);
    EXPECT_EQ(r.weeksMeasured, 4);
    // Ratio over Jan 1 - Jan 22: (0 + 6 + 5 + 4) / (9 + 1 + 1 + 0) = 15 / 11.
    EXPECT_NEAR(*r.reasons[0].value, 15.0 / 11.0, kEps);
    // Breaches (5 + 0 + 1 + 0) / 4 = 1.5.
    EXPECT_NEAR(*r.reasons[1].value, 1.5, kEps);
}

TEST(TrialEvaluation, VerdictsHaveLabels)
{
    for (TrialVerdict v : {TrialVerdict::OnTrack, TrialVerdict::Mixed, TrialVerdict::NotImproving,
             TrialVerdict::TooEarly, TrialVerdict::SafetyFirst})
        EXPECT_FALSE(TrialEvaluation::verdictLabel(v).isEmpty());
}
