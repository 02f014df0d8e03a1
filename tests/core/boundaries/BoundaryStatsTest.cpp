#include "boundaries/BoundaryStats.h"

#include <gtest/gtest.h>

using namespace bearings;

namespace {

const QDate kToday(2026, 3, 31); // a Tuesday

Breach breach(const QDate &day, bool carriedOut, const QTime &time = QTime(20, 0))
{
    Breach b;
    b.occurredAt = QDateTime(day, time);
    b.consequenceCarriedOut = carriedOut;
    return b;
}

} // namespace

TEST(BoundaryStatsTest, NoBreachesMeansNoRateNoLastBreachAndZeroPerWeek)
{
    EXPECT_EQ(BoundaryStats::followThroughRate({}), std::nullopt);
    EXPECT_EQ(BoundaryStats::daysSinceLastBreach({}, kToday), std::nullopt);
    EXPECT_DOUBLE_EQ(BoundaryStats::breachesPerWeek({}, kToday, 4), 0.0);
}

TEST(BoundaryStatsTest, AllCarriedOutIsFullFollowThrough)
{
    const QList<Breach> all {breach(QDate(2026, 3, 1), true), breach(QDate(2026, 3, 20), true)};
    ASSERT_TRUE(BoundaryStats::followThroughRate(all).has_value());
    EXPECT_DOUBLE_EQ(*BoundaryStats::followThroughRate(all), 1.0);
}

TEST(BoundaryStatsTest, NoneCarriedOutIsZeroNotEmpty)
{
    const QList<Breach> none {breach(QDate(2026, 3, 1), false)};
    ASSERT_TRUE(BoundaryStats::followThroughRate(none).has_value());
    EXPECT_DOUBLE_EQ(*BoundaryStats::followThroughRate(none), 0.0);
}

TEST(BoundaryStatsTest, MixedFollowThroughIsTheShareCarriedOut)
{
    // 3 of 4 carried out.
    const QList<Breach> mixed {breach(QDate(2026, 3, 1), true), breach(QDate(2026, 3, 5), false),
        breach(QDate(2026, 3, 9), true), breach(QDate(2026, 3, 12), true)};
    EXPECT_DOUBLE_EQ(*BoundaryStats::followThroughRate(mixed), 0.75);
    // 1 of 3.
    const QList<Breach> third {
        breach(QDate(2026, 3, 1), true), breach(QDate(2026, 3, 5), false), breach(QDate(2026, 3, 9), false)};
    EXPECT_DOUBLE_EQ(*BoundaryStats::followThroughRate(third), 1.0 / 3.0);
}

TEST(BoundaryStatsTest, DaysSinceLastBreachUsesTheLatestOneWhateverTheOrder)
{
    const QList<Breach> breaches {
        breach(QDate(2026, 3, 20), true), breach(QDate(2026, 3, 1), false), breach(QDate(2026, 3, 10), true)};
    EXPECT_EQ(BoundaryStats::daysSinceLastBreach(breaches, kToday), 11);
}

TEST(BoundaryStatsTest, BreachTodayIsZeroDaysAgoEvenLateAtNight)
{
    const QList<Breach> breaches {breach(kToday, true, QTime(23, 59)), breach(QDate(2026, 3, 30), true)};
    EXPECT_EQ(BoundaryStats::daysSinceLastBreach(breaches, kToday), 0);
    const QList<Breach> yesterday {breach(QDate(2026, 3, 30), true, QTime(23, 59))};
    EXPECT_EQ(BoundaryStats::daysSinceLastBreach(yesterday, kToday), 1);
}

TEST(BoundaryStatsTest, BreachesAfterTodayAreIgnored)
{
    const QList<Breach> breaches {breach(QDate(2026, 3, 28), true), breach(QDate(2026, 4, 2), true)};
    EXPECT_EQ(BoundaryStats::daysSinceLastBreach(breaches, kToday), 3);
    const QList<Breach> onlyFuture {breach(QDate(2026, 4, 2), true)};
    EXPECT_EQ(BoundaryStats::daysSinceLastBreach(onlyFuture, kToday), std::nullopt);
    EXPECT_DOUBLE_EQ(BoundaryStats::breachesPerWeek(onlyFuture, kToday, 4), 0.0);
}

TEST(BoundaryStatsTest, BreachesPerWeekCountsTheWindowEndingToday)
{
    // 4 weeks ending 31 March: 4 March .. 31 March inclusive (28 days).
    const QList<Breach> breaches {
        breach(QDate(2026, 3, 3), true), // one day before the window
        breach(QDate(2026, 3, 4), true), // first day of the window
        breach(QDate(2026, 3, 15), false), breach(QDate(2026, 3, 15), true), breach(QDate(2026, 3, 25), true),
        breach(QDate(2026, 3, 31), false), // today
    };
    EXPECT_DOUBLE_EQ(BoundaryStats::breachesPerWeek(breaches, kToday, 4), 5.0 / 4.0);
    // 1 week: 25 .. 31 March.
    EXPECT_DOUBLE_EQ(BoundaryStats::breachesPerWeek(breaches, kToday, 1), 2.0);
    // 2 weeks: 18 .. 31 March.
    EXPECT_DOUBLE_EQ(BoundaryStats::breachesPerWeek(breaches, kToday, 2), 1.0);
    // 8 weeks covers everything: 6 / 8.
    EXPECT_DOUBLE_EQ(BoundaryStats::breachesPerWeek(breaches, kToday, 8), 0.75);
}

TEST(BoundaryStatsTest, NonPositiveWeekCountGivesZero)
{
    const QList<Breach> breaches {breach(kToday, true)};
    EXPECT_DOUBLE_EQ(BoundaryStats::breachesPerWeek(breaches, kToday, 0), 0.0);
    EXPECT_DOUBLE_EQ(BoundaryStats::breachesPerWeek(breaches, kToday, -2), 0.0);
}
