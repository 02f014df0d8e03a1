#pragma once

#include <QDateTime>
#include <QTime>

namespace bearings::ui {

// When the weekly reminder is due next. Pure, so it can be tested with any
// "now"; TrayReminder runs it on a timer.
class ReminderSchedule final {
public:
    // The first moment strictly after `now` that falls on `weekday` (1 =
    // Monday ... 7 = Sunday, clamped) at `time` (seconds dropped), in the
    // same time spec or time zone as `now`. A time that does not exist on
    // that day (skipped by a daylight-saving change) moves on by the length
    // of the gap, as clocks do. Invalid when `now` or `time` is invalid.
    static QDateTime nextOccurrence(const QDateTime &now, int weekday, QTime time);
};

} // namespace bearings::ui
