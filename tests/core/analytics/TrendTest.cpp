#include "analytics/Trend.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace bearings;

namespace {

QList<TrendPoint> points(const QList<double> &xs, const QList<double> &ys)
{
    QList<TrendPoint> result;
    for (qsizetype i = 0; i < xs.size(); ++i)
        result.append(TrendPoint {xs[i], ys[i]});
    return result;
}

} // namespace

TEST(Trend, CriticalValuesComeFromTheTable)
{
    EXPECT_DOUBLE_EQ(Trend::tCritical95(0), 0.0);
    EXPECT_DOUBLE_EQ(Trend::tCritical95(1), 12.706);
    EXPECT_DOUBLE_EQ(Trend::tCritical95(3), 3.182);
    EXPECT_DOUBLE_EQ(Trend::tCritical95(10), 2.228);
    EXPECT_DOUBLE_EQ(Trend::tCritical95(30), 2.042);
    EXPECT_DOUBLE_EQ(Trend::tCritical95(31), 1.96);
    EXPECT_DOUBLE_EQ(Trend::tCritical95(500), 1.96);
}

TEST(Trend, ExactLineHasExactSlopeAndZeroWidthInterval)
{
    // y = 2x + 1 at x = 0..4: every residual is 0, so the interval is [2, 2].
    const auto line = points({0, 1, 2, 3, 4}, {1, 3, 5, 7, 9});
    const TrendResult up = Trend::fit(line, TrendDirection::HigherIsBetter);
    EXPECT_EQ(up.n, 5);
    EXPECT_TRUE(up.fitted);
    EXPECT_DOUBLE_EQ(up.slope, 2.0);
    EXPECT_DOUBLE_EQ(up.intercept, 1.0);
    EXPECT_NEAR(up.slopeLow, 2.0, 1e-12);
    EXPECT_NEAR(up.slopeHigh, 2.0, 1e-12);
    EXPECT_EQ(up.verdict, TrendVerdict::Improving);
    // The same rise is bad news for a "lower is better" series (breaches).
    EXPECT_EQ(Trend::fit(line, TrendDirection::LowerIsBetter).verdict, TrendVerdict::Worsening);
}

TEST(Trend, FallingLineReadsByDirection)
{
    // y = -0.5x + 3 at x = 0, 2, 4, 6.
    const auto line = points({0, 2, 4, 6}, {3, 2, 1, 0});
    const TrendResult r = Trend::fit(line, TrendDirection::LowerIsBetter);
    EXPECT_DOUBLE_EQ(r.slope, -0.5);
    EXPECT_DOUBLE_EQ(r.intercept, 3.0);
    EXPECT_EQ(r.verdict, TrendVerdict::Improving);
    EXPECT_EQ(Trend::fit(line, TrendDirection::HigherIsBetter).verdict, TrendVerdict::Worsening);
}

TEST(Trend, FlatLineIsNoClearChange)
{
    const TrendResult r = Trend::fit(points({0, 1, 2, 3}, {3, 3, 3, 3}), TrendDirection::HigherIsBetter);
    EXPECT_TRUE(r.fitted);
    EXPECT_DOUBLE_EQ(r.slope, 0.0);
    EXPECT_EQ(r.verdict, TrendVerdict::NoClearChange);
}

TEST(Trend, NoisySetWhoseIntervalIncludesZero)
{
    // x = 1..5, y = 2, 4, 5, 4, 5. Means: x 3, y 4.
    // Sxx = 4 + 1 + 0 + 1 + 4 = 10
    // Sxy = (-2)(-2) + (-1)(0) + 0(1) + 1(0) + 2(1) = 6
    // slope = 6 / 10 = 0.6; intercept = 4 - 0.6 * 3 = 2.2
    // fitted 2.8, 3.4, 4.0, 4.6, 5.2; residuals -0.8, 0.6, 1.0, -0.6, -0.2
    // SSR = 0.64 + 0.36 + 1 + 0.36 + 0.04 = 2.4; s^2 = 2.4 / 3 = 0.8
    // SE = sqrt(0.8 / 10) = sqrt(0.08) = 0.28284271247
    // half width = t(3) * SE = 3.182 * 0.28284271247 = 0.90000551109
    // interval = [-0.30000551109, 1.50000551109]: contains 0.
    const TrendResult r = Trend::fit(points({1, 2, 3, 4, 5}, {2, 4, 5, 4, 5}), TrendDirection::HigherIsBetter);
    EXPECT_EQ(r.n, 5);
    EXPECT_NEAR(r.slope, 0.6, 1e-12);
    EXPECT_NEAR(r.intercept, 2.2, 1e-12);
    EXPECT_NEAR(r.slopeLow, -0.30000551109, 1e-6);
    EXPECT_NEAR(r.slopeHigh, 1.50000551109, 1e-6);
    EXPECT_EQ(r.verdict, TrendVerdict::NoClearChange);
}

TEST(Trend, NoisySetWhoseIntervalExcludesZero)
{
    // x = 1..6, y = 1, 3, 2, 5, 4, 6. Means: x 3.5, y 3.5.
    // dx = -2.5 -1.5 -0.5 0.5 1.5 2.5; dy = -2.5 -0.5 -1.5 1.5 0.5 2.5
    // Sxx = 6.25 + 2.25 + 0.25 + 0.25 + 2.25 + 6.25 = 17.5
    // Syy = 6.25 + 0.25 + 2.25 + 2.25 + 0.25 + 6.25 = 17.5
    // Sxy = 6.25 + 0.75 + 0.75 + 0.75 + 0.75 + 6.25 = 15.5
    // slope = 15.5 / 17.5 = 0.88571428571; intercept = 3.5 - 0.885714 * 3.5 = 0.4
    // SSR = Syy - Sxy^2 / Sxx = 17.5 - 240.25 / 17.5 = 3.77142857143
    // s^2 = SSR / 4 = 0.94285714286; SE = sqrt(s^2 / 17.5) = 0.23211538299
    // half width = t(4) * SE = 2.776 * 0.23211538299 = 0.64435230318
    // interval = [0.24136198254, 1.53006658889]: above 0, so improving.
    const TrendResult r = Trend::fit(points({1, 2, 3, 4, 5, 6}, {1, 3, 2, 5, 4, 6}), TrendDirection::HigherIsBetter);
    EXPECT_EQ(r.n, 6);
    EXPECT_NEAR(r.slope, 0.88571428571, 1e-9);
    EXPECT_NEAR(r.intercept, 0.4, 1e-9);
    EXPECT_NEAR(r.slopeLow, 0.24136198254, 1e-6);
    EXPECT_NEAR(r.slopeHigh, 1.53006658889, 1e-6);
    EXPECT_EQ(r.verdict, TrendVerdict::Improving);
    EXPECT_EQ(Trend::fit(points({1, 2, 3, 4, 5, 6}, {1, 3, 2, 5, 4, 6}), TrendDirection::LowerIsBetter).verdict,
        TrendVerdict::Worsening);
}

TEST(Trend, FewerThanThreePointsIsNoClearChange)
{
    const TrendResult two = Trend::fit(points({0, 1}, {0, 10}), TrendDirection::HigherIsBetter);
    EXPECT_EQ(two.n, 2);
    EXPECT_FALSE(two.fitted);
    EXPECT_EQ(two.verdict, TrendVerdict::NoClearChange);
    EXPECT_EQ(Trend::fit({}, TrendDirection::HigherIsBetter).n, 0);
}

TEST(Trend, SameXEverywhereCannotBeFitted)
{
    const TrendResult r = Trend::fit(points({2, 2, 2}, {1, 2, 3}), TrendDirection::HigherIsBetter);
    EXPECT_EQ(r.n, 3);
    EXPECT_FALSE(r.fitted);
    EXPECT_EQ(r.verdict, TrendVerdict::NoClearChange);
}

TEST(Trend, WeeklySeriesSkipWeeksWithoutAValueButKeepTheirPlace)
{
    QList<WeeklyStats> weeks(4);
    for (int i = 0; i < 4; ++i)
        weeks[i].weekStart = QDate(2024, 1, 1).addDays(7 * i);
    weeks[0].entryCount = 2;
    weeks[0].moodAfter = -1.0;
    weeks[0].moodDuring = -2.0;
    weeks[0].positiveCount = 1;
    weeks[0].negativeCount = 2;
    weeks[0].ratio = 0.5;
    weeks[0].breachCount = 1;
    // Week 1: nothing recorded at all.
    weeks[2].entryCount = 1;
    weeks[2].positiveCount = 3; // no negatives: no ratio
    weeks[3].entryCount = 1;
    weeks[3].moodAfter = 2.5;
    weeks[3].negativeCount = 1;
    weeks[3].ratio = 0.0;

    EXPECT_EQ(Trend::afterMoodSeries(weeks), points({0, 3}, {-1.0, 2.5}));
    EXPECT_EQ(Trend::duringMoodSeries(weeks), points({0}, {-2.0}));
    EXPECT_EQ(Trend::ratioSeries(weeks), points({0, 3}, {0.5, 0.0}));
    // Breaches only where something was recorded: week 1 is a gap, not a 0.
    EXPECT_EQ(Trend::breachSeries(weeks), points({0, 2, 3}, {1, 0, 0}));
    EXPECT_EQ(Trend::negativeSeries(weeks), points({0, 2, 3}, {2, 0, 1}));
}
