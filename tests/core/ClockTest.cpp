#include "common/Clock.h"

#include <gtest/gtest.h>

using namespace bearings;

TEST(ManualClock, StaysPutUntilMoved)
{
    const QDateTime start(QDate(2026, 3, 1), QTime(9, 30));
    ManualClock clock(start);
    EXPECT_EQ(clock.now(), start);
    EXPECT_EQ(clock.now(), start);
    clock.advanceSecs(90);
    EXPECT_EQ(clock.now(), start.addSecs(90));
    clock.advanceDays(2);
    EXPECT_EQ(clock.today(), QDate(2026, 3, 3));
    clock.set(start);
    EXPECT_EQ(clock.now(), start);
}

TEST(SystemClock, IsCloseToTheOperatingSystemTime)
{
    const QDateTime before = QDateTime::currentDateTime();
    const QDateTime now = Clock::system().now();
    const QDateTime after = QDateTime::currentDateTime();
    EXPECT_LE(before, now);
    EXPECT_LE(now, after);
}
