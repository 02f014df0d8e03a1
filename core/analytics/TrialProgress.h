#pragma once

#include "checkins/TrialPlan.h"

#include <QDate>
#include <QList>

#include <optional>

namespace bearings {

enum class TrialPhase { NotStarted, Running, Finished };

// Where a trial plan stands on a given day.
struct TrialProgressReport {
    TrialPhase phase = TrialPhase::NotStarted;
    bool endedEarly = false;                    // the plan was ended before its last week
    int currentWeek = 0;                        // 1..lengthWeeks while running, else 0
    int weeksElapsed = 0;                       // whole plan weeks completed, 0..lengthWeeks
    int checkInsDone = 0;                       // distinct weeks 1..lengthWeeks with a check-in
    int checkInsDue = 0;                        // weeks whose check-in due date has come
    QList<int> overdueWeeks;                    // due before today and not filed, ascending
    std::optional<QDate> nextDueDate;           // earliest unfiled due date on or after today
    int monthlyReviewsDue = 0;                  // reviews whose due date has come
    std::optional<QDate> nextMonthlyReviewDate; // on or after today
    bool operator==(const TrialProgressReport &) const = default;
};

// Progress of a trial plan (DOMAIN.md section 5).
//
// Plan weeks run from the plan's start date, not from Monday: week k is the
// seven days from startDate + 7(k - 1), matching TrialPlan::endDate().
//
// Due rule: week k's check-in is due on the first day with the plan's
// checkInWeekday that comes after week k's first day. That is inside week k,
// except when the plan started on the check-in weekday: then the weekday of
// week 1 falls on the day the plan begins, with nothing yet to look back on,
// and every check-in is due at the end of its week, on the chosen weekday
// that opens the next week (for week k: startDate + 7k). The user's chosen
// weekday is always kept.
//
// Monthly review m (m = 1, 2, ...) is due with the check-in of week 4m, for
// every 4m <= lengthWeeks.
//
// A plan ended early (endedAt valid) stops at the date it ended: nothing
// after that day becomes due or overdue. Check-ins for weeks outside
// 1..lengthWeeks are ignored; the caller passes the plan's own check-ins.
class TrialProgress final {
public:
    static TrialProgressReport compute(const TrialPlan &plan, const QList<CheckIn> &checkIns, const QDate &today);

    // The date week `week`'s check-in is due, or an invalid date when `week`
    // is outside 1..lengthWeeks or the plan has no valid start.
    static QDate checkInDueDate(const TrialPlan &plan, int week);
    // The date monthly review `month` is due, or an invalid date.
    static QDate monthlyReviewDueDate(const TrialPlan &plan, int month);
};

} // namespace bearings
