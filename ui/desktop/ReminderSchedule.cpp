#include "ReminderSchedule.h"

#include <QTimeZone>

#include <algorithm>

namespace bearings::ui {

namespace {

// `date` at `time`, in the time spec or zone of `like`.
QDateTime at(QDate date, QTime time, const QDateTime &like)
{
    QDateTime result;
    switch (like.timeSpec()) {
    case Qt::TimeZone: result = QDateTime(date, time, like.timeZone()); break;
    case Qt::OffsetFromUTC: result = QDateTime(date, time, Qt::OffsetFromUTC, like.offsetFromUtc()); break;
    case Qt::UTC:
    case Qt::LocalTime: result = QDateTime(date, time, like.timeSpec()); break;
    }
    if (!result.isValid()) {
        // In a daylight-saving gap: the same moment an hour on is what a
        // clock shows at the end of the gap (Qt 6.4 may call the gap invalid).
        result = at(date, time.addSecs(3600), like);
    }
    return result;
}

} // namespace

QDateTime ReminderSchedule::nextOccurrence(const QDateTime &now, int weekday, QTime time)
{
    if (!now.isValid() || !time.isValid())
        return {};
    weekday = std::clamp(weekday, 1, 7);
    const QTime minute(time.hour(), time.minute());
    const QDate today = now.date();
    const int daysAhead = (weekday - today.dayOfWeek() + 7) % 7;
    QDateTime candidate = at(today.addDays(daysAhead), minute, now);
    if (candidate <= now)
        candidate = at(today.addDays(daysAhead + 7), minute, now);
    return candidate;
}

} // namespace bearings::ui
