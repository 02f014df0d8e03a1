#include "WeekRange.h"

namespace bearings {

QDate weekStart(const QDate &date)
{
    if (!date.isValid())
        return {};
    // dayOfWeek(): 1 = Monday .. 7 = Sunday.
    return date.addDays(1 - date.dayOfWeek());
}

QDate localDate(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    return moment.timeSpec() == Qt::LocalTime ? moment.date() : moment.toLocalTime().date();
}

WeekRange WeekRange::spanning(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return {};
    const QDate first = weekStart(from);
    return WeekRange {first, int(first.daysTo(weekStart(to)) / 7) + 1};
}

int WeekRange::indexOf(const QDate &date) const
{
    if (!isValid() || !date.isValid() || date < firstWeekStart)
        return -1;
    const qint64 index = firstWeekStart.daysTo(date) / 7;
    return index < weekCount ? int(index) : -1;
}

} // namespace bearings
