#pragma once

#include "analytics/TrialProgress.h"
#include "checkins/TrialPlan.h"

#include <QDate>
#include <QList>
#include <QString>

namespace bearings::ui::checkintext {

// "Sunday 29 November".
QString dayDate(const QDate &date);
// "Week 5 of 12 · next check-in Sunday 29 November".
QString status(const TrialPlan &plan, const TrialProgressReport &report);
// A gentle line about check-ins that are still open; empty when none are.
QString openWeeks(const QList<int> &weeks);
// "target: at least 6".
QString target(const Benchmark &benchmark);
// The first non-empty line of a text.
QString firstLine(const QString &text);
// The earliest week whose check-in is due on or before `today` and not filed,
// else the current week (the last week once finished, week 1 before start).
int defaultWeek(
    const TrialPlan &plan, const QList<CheckIn> &checkIns, const TrialProgressReport &report, const QDate &today);
// The weeks that may be filled in now: 1 up to the current (or last) week,
// and any week that already has a check-in.
int lastOpenWeek(const TrialPlan &plan, const QList<CheckIn> &checkIns, const TrialProgressReport &report);

} // namespace bearings::ui::checkintext
