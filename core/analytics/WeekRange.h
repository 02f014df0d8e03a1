#pragma once

#include <QDate>
#include <QDateTime>

namespace bearings {

// The Monday that begins the ISO week of `date` (weeks start on Monday).
QDate weekStart(const QDate &date);

// The calendar day of `moment` in local time, so that a week turns over at
// Monday 00:00 on the user's own clock, whatever zone the value was stored in.
QDate localDate(const QDateTime &moment);

// A run of whole ISO weeks: `weekCount` weeks from the Monday `firstWeekStart`.
struct WeekRange {
    QDate firstWeekStart;
    int weekCount = 0;

    // The weeks that contain `from` and `to` and every week between them;
    // empty when either date is invalid or `to` is before `from`.
    static WeekRange spanning(const QDate &from, const QDate &to);

    bool isValid() const { return firstWeekStart.isValid() && weekCount > 0; }
    QDate startOfWeek(int index) const { return firstWeekStart.addDays(qint64(index) * 7); }
    QDate lastDay() const { return firstWeekStart.addDays(qint64(weekCount) * 7 - 1); }
    // The 0-based week of `date` in the range, or -1 when it lies outside.
    int indexOf(const QDate &date) const;
    bool contains(const QDate &date) const { return indexOf(date) >= 0; }
    bool operator==(const WeekRange &) const = default;
};

} // namespace bearings
