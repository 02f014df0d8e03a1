#include "TrialProgress.h"

#include "analytics/WeekRange.h"

#include <QSet>

#include <algorithm>

namespace bearings {

namespace {

bool hasValidSchedule(const TrialPlan &plan)
{
    return plan.startDate.isValid() && plan.lengthWeeks > 0 && plan.checkInWeekday >= 1 && plan.checkInWeekday <= 7;
}

} // namespace

QDate TrialProgress::checkInDueDate(const TrialPlan &plan, int week)
{
    if (!hasValidSchedule(plan) || week < 1 || week > plan.lengthWeeks)
        return {};
    // Days from a week's first day to its check-in day, 1..7 (see header).
    int offset = (plan.checkInWeekday - plan.startDate.dayOfWeek() + 7) % 7;
    if (offset == 0)
        offset = 7;
    return plan.startDate.addDays(qint64(week - 1) * 7 + offset);
}

QDate TrialProgress::monthlyReviewDueDate(const TrialPlan &plan, int month)
{
    if (month < 1)
        return {};
    return checkInDueDate(plan, month * 4);
}

TrialProgressReport TrialProgress::compute(const TrialPlan &plan, const QList<CheckIn> &checkIns, const QDate &today)
{
    TrialProgressReport report;
    if (!hasValidSchedule(plan) || !today.isValid())
        return report;

    const int weeks = plan.lengthWeeks;
    const QDate endedOn = localDate(plan.endedAt);
    const bool endedEarly = endedOn.isValid() && endedOn < plan.endDate();
    // The last day that counts: a plan ended early stops on the day it ended.
    const QDate lastDay = endedEarly ? endedOn : plan.endDate();
    const QDate asOf = std::min(today, lastDay);

    if (today < plan.startDate) {
        report.phase = TrialPhase::NotStarted;
    } else if (today > lastDay || (endedEarly && today >= lastDay)) {
        report.phase = TrialPhase::Finished;
        report.endedEarly = endedEarly;
    } else {
        report.phase = TrialPhase::Running;
        report.currentWeek = int(plan.startDate.daysTo(today) / 7) + 1;
    }
    if (report.phase == TrialPhase::Finished && !endedEarly)
        report.weeksElapsed = weeks;
    else if (asOf >= plan.startDate)
        report.weeksElapsed = std::min(weeks, int(plan.startDate.daysTo(asOf) / 7));

    QSet<int> filed;
    for (const CheckIn &checkIn : checkIns) {
        if (checkIn.week >= 1 && checkIn.week <= weeks)
            filed.insert(checkIn.week);
    }
    report.checkInsDone = int(filed.size());

    for (int week = 1; week <= weeks; ++week) {
        const QDate due = checkInDueDate(plan, week);
        if (endedEarly && due > lastDay)
            break;
        if (due <= today)
            ++report.checkInsDue;
        if (filed.contains(week))
            continue;
        if (due < today)
            report.overdueWeeks.append(week);
        else if (!report.nextDueDate)
            report.nextDueDate = due;
    }

    for (int month = 1; month * 4 <= weeks; ++month) {
        const QDate due = monthlyReviewDueDate(plan, month);
        if (endedEarly && due > lastDay)
            break;
        if (due <= today)
            ++report.monthlyReviewsDue;
        if (due >= today && !report.nextMonthlyReviewDate)
            report.nextMonthlyReviewDate = due;
    }
    return report;
}

} // namespace bearings
