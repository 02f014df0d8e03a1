#include "analytics/TrialProgress.h"

#include <gtest/gtest.h>

using namespace bearings;

namespace {

// Wed 2024-01-03, 12 weeks, check-ins on Sunday (7). Plan weeks run Wed..Tue;
// the Sunday of week k is day 5 of it: Jan 3 + 7(k - 1) + 4.
// Due: week 1 Jan 7, 2 Jan 14, 3 Jan 21, 4 Jan 28, 5 Feb 4, ... 8 Feb 25,
// 12 = Jan 7 + 77 days = Mar 24. The plan ends Jan 3 + 83 days = Tue Mar 26.
TrialPlan wednesdayPlan()
{
    TrialPlan plan;
    plan.id = 1;
    plan.startDate = QDate(2024, 1, 3);
    plan.lengthWeeks = 12;
    plan.checkInWeekday = 7;
    return plan;
}

CheckIn checkIn(int week)
{
    CheckIn c;
    c.id = week;
    c.planId = 1;
    c.week = week;
    return c;
}

} // namespace

TEST(TrialProgress, DueDatesFallOnTheChosenWeekdayInsideEachWeek)
{
    const TrialPlan plan = wednesdayPlan();
    EXPECT_EQ(plan.endDate(), QDate(2024, 3, 26));
    EXPECT_EQ(TrialProgress::checkInDueDate(plan, 1), QDate(2024, 1, 7));
    EXPECT_EQ(TrialProgress::checkInDueDate(plan, 2), QDate(2024, 1, 14));
    EXPECT_EQ(TrialProgress::checkInDueDate(plan, 12), QDate(2024, 3, 24));
    EXPECT_FALSE(TrialProgress::checkInDueDate(plan, 0).isValid());
    EXPECT_FALSE(TrialProgress::checkInDueDate(plan, 13).isValid());
    // Monthly reviews come with the check-ins of weeks 4, 8 and 12.
    EXPECT_EQ(TrialProgress::monthlyReviewDueDate(plan, 1), QDate(2024, 1, 28));
    EXPECT_EQ(TrialProgress::monthlyReviewDueDate(plan, 3), QDate(2024, 3, 24));
    EXPECT_FALSE(TrialProgress::monthlyReviewDueDate(plan, 4).isValid());

    // Check-ins on Monday (1): Wed + 5 days = Mon Jan 8, day 6 of week 1.
    TrialPlan monday = plan;
    monday.checkInWeekday = 1;
    EXPECT_EQ(TrialProgress::checkInDueDate(monday, 1), QDate(2024, 1, 8));
}

TEST(TrialProgress, StartingOnTheCheckInWeekdayPutsTheCheckInAtTheEndOfTheWeek)
{
    // Sun 2024-01-07, 4 weeks, Sunday check-ins: the Sunday in week 1 is the
    // first day; the check-in is due the next Sunday, Jan 14 (start + 7k).
    TrialPlan plan = wednesdayPlan();
    plan.startDate = QDate(2024, 1, 7);
    plan.lengthWeeks = 4;
    EXPECT_EQ(plan.endDate(), QDate(2024, 2, 3));
    EXPECT_EQ(TrialProgress::checkInDueDate(plan, 1), QDate(2024, 1, 14));
    EXPECT_EQ(TrialProgress::checkInDueDate(plan, 4), QDate(2024, 2, 4));

    const TrialProgressReport first = TrialProgress::compute(plan, {}, QDate(2024, 1, 7));
    EXPECT_EQ(first.phase, TrialPhase::Running);
    EXPECT_EQ(first.currentWeek, 1);
    EXPECT_EQ(first.checkInsDue, 0);
    EXPECT_EQ(first.nextDueDate, QDate(2024, 1, 14));

    // Feb 4: the plan is over; weeks 1-3 are overdue, week 4 is due today.
    const TrialProgressReport after = TrialProgress::compute(plan, {}, QDate(2024, 2, 4));
    EXPECT_EQ(after.phase, TrialPhase::Finished);
    EXPECT_EQ(after.weeksElapsed, 4);
    EXPECT_EQ(after.checkInsDue, 4);
    EXPECT_EQ(after.overdueWeeks, (QList<int> {1, 2, 3}));
    EXPECT_EQ(after.nextDueDate, QDate(2024, 2, 4));
    EXPECT_EQ(after.monthlyReviewsDue, 1);
}

TEST(TrialProgress, BeforeTheStart)
{
    const TrialProgressReport r = TrialProgress::compute(wednesdayPlan(), {}, QDate(2024, 1, 2));
    EXPECT_EQ(r.phase, TrialPhase::NotStarted);
    EXPECT_EQ(r.currentWeek, 0);
    EXPECT_EQ(r.weeksElapsed, 0);
    EXPECT_EQ(r.checkInsDue, 0);
    EXPECT_TRUE(r.overdueWeeks.isEmpty());
    EXPECT_EQ(r.nextDueDate, QDate(2024, 1, 7));
    EXPECT_EQ(r.monthlyReviewsDue, 0);
    EXPECT_EQ(r.nextMonthlyReviewDate, QDate(2024, 1, 28));
}

TEST(TrialProgress, FirstDayAndFirstCheckInDay)
{
    const TrialProgressReport start = TrialProgress::compute(wednesdayPlan(), {}, QDate(2024, 1, 3));
    EXPECT_EQ(start.phase, TrialPhase::Running);
    EXPECT_EQ(start.currentWeek, 1);
    EXPECT_EQ(start.weeksElapsed, 0);
    EXPECT_EQ(start.checkInsDue, 0);

    // Sunday Jan 7: due today, not yet overdue.
    const TrialProgressReport sunday = TrialProgress::compute(wednesdayPlan(), {}, QDate(2024, 1, 7));
    EXPECT_EQ(sunday.currentWeek, 1);
    EXPECT_EQ(sunday.checkInsDue, 1);
    EXPECT_TRUE(sunday.overdueWeeks.isEmpty());
    EXPECT_EQ(sunday.nextDueDate, QDate(2024, 1, 7));

    // Filed the same day: the next one is week 2's.
    const TrialProgressReport filed = TrialProgress::compute(wednesdayPlan(), {checkIn(1)}, QDate(2024, 1, 7));
    EXPECT_EQ(filed.checkInsDone, 1);
    EXPECT_EQ(filed.nextDueDate, QDate(2024, 1, 14));

    // Wed Jan 10 = day 8: week 2, one week elapsed, week 1 overdue.
    const TrialProgressReport week2 = TrialProgress::compute(wednesdayPlan(), {}, QDate(2024, 1, 10));
    EXPECT_EQ(week2.currentWeek, 2);
    EXPECT_EQ(week2.weeksElapsed, 1);
    EXPECT_EQ(week2.overdueWeeks, QList<int> {1});
    EXPECT_EQ(week2.nextDueDate, QDate(2024, 1, 14));
}

TEST(TrialProgress, MidPlanCountsByHand)
{
    // Thu Feb 1 = Jan 3 + 29 days: week 29 / 7 + 1 = 5, 4 weeks elapsed.
    // Due by then: Jan 7, 14, 21, 28 = weeks 1-4. Filed: 1 and 3 (3 twice),
    // and a stray week 13 that is ignored. Overdue: 2 and 4.
    const QList<CheckIn> filed {checkIn(1), checkIn(3), checkIn(3), checkIn(13)};
    const TrialProgressReport r = TrialProgress::compute(wednesdayPlan(), filed, QDate(2024, 2, 1));
    EXPECT_EQ(r.phase, TrialPhase::Running);
    EXPECT_EQ(r.currentWeek, 5);
    EXPECT_EQ(r.weeksElapsed, 4);
    EXPECT_EQ(r.checkInsDone, 2);
    EXPECT_EQ(r.checkInsDue, 4);
    EXPECT_EQ(r.overdueWeeks, (QList<int> {2, 4}));
    EXPECT_EQ(r.nextDueDate, QDate(2024, 2, 4));
    // Review 1 was due Jan 28; review 2 comes with week 8 on Feb 25.
    EXPECT_EQ(r.monthlyReviewsDue, 1);
    EXPECT_EQ(r.nextMonthlyReviewDate, QDate(2024, 2, 25));
}

TEST(TrialProgress, LastDayAndAfterTheEnd)
{
    QList<CheckIn> all;
    for (int week = 1; week <= 12; ++week)
        all.append(checkIn(week));

    // Tue Mar 26, the last day: week 12 (83 / 7 + 1), 11 whole weeks done.
    const TrialProgressReport last = TrialProgress::compute(wednesdayPlan(), all, QDate(2024, 3, 26));
    EXPECT_EQ(last.phase, TrialPhase::Running);
    EXPECT_EQ(last.currentWeek, 12);
    EXPECT_EQ(last.weeksElapsed, 11);
    EXPECT_EQ(last.checkInsDue, 12);
    EXPECT_TRUE(last.overdueWeeks.isEmpty());
    EXPECT_FALSE(last.nextDueDate);

    const TrialProgressReport after = TrialProgress::compute(wednesdayPlan(), all, QDate(2024, 3, 27));
    EXPECT_EQ(after.phase, TrialPhase::Finished);
    EXPECT_FALSE(after.endedEarly);
    EXPECT_EQ(after.currentWeek, 0);
    EXPECT_EQ(after.weeksElapsed, 12);
    EXPECT_EQ(after.checkInsDone, 12);
    EXPECT_EQ(after.checkInsDue, 12);
    EXPECT_EQ(after.monthlyReviewsDue, 3);
    EXPECT_FALSE(after.nextMonthlyReviewDate);
}

TEST(TrialProgress, EndedEarlyStopsTheClock)
{
    // Ended Wed Jan 17 (day 15): 14 / 7 = 2 weeks elapsed; only the check-ins
    // of Jan 7 and Jan 14 ever became due, however late it is now.
    TrialPlan plan = wednesdayPlan();
    plan.endedAt = QDateTime(QDate(2024, 1, 17), QTime(12, 0));
    const TrialProgressReport r = TrialProgress::compute(plan, {}, QDate(2024, 3, 1));
    EXPECT_EQ(r.phase, TrialPhase::Finished);
    EXPECT_TRUE(r.endedEarly);
    EXPECT_EQ(r.weeksElapsed, 2);
    EXPECT_EQ(r.checkInsDue, 2);
    EXPECT_EQ(r.overdueWeeks, (QList<int> {1, 2}));
    EXPECT_FALSE(r.nextDueDate);
    EXPECT_EQ(r.monthlyReviewsDue, 0);
    EXPECT_FALSE(r.nextMonthlyReviewDate);
}

TEST(TrialProgress, InvalidPlanGivesAnEmptyReport)
{
    TrialPlan plan = wednesdayPlan();
    plan.startDate = QDate();
    EXPECT_EQ(TrialProgress::compute(plan, {}, QDate(2024, 2, 1)), TrialProgressReport {});
    plan = wednesdayPlan();
    plan.checkInWeekday = 0;
    EXPECT_EQ(TrialProgress::compute(plan, {}, QDate(2024, 2, 1)), TrialProgressReport {});
}
