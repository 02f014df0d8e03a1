#pragma once

#include <QCoreApplication>
#include <QString>

class QChart;
class QDate;

namespace bearings {
struct DashboardSnapshot;
struct WeekRange;
} // namespace bearings

namespace bearings::ui {

// Builds the dashboard's four charts from a snapshot. Every chart puts week
// i of the snapshot's range at x = i, so the charts line up with each other.
// Series and bar sets carry object names (listed with each builder) for
// tests and accessibility.
class DashboardCharts final {
    Q_DECLARE_TR_FUNCTIONS(bearings::ui::DashboardCharts)

public:
    DashboardCharts() = delete;

    // A chart, or the message to show while there is nothing to draw.
    struct Built {
        QChart *chart = nullptr; // owned by the caller
        QString summary;         // one or two sentences for screen readers
        QString emptyMessage;    // set when chart is null
    };

    // Line series moodBefore, moodDuring, moodAfter (weekly averages, -5..+5),
    // and moodTarget when the trial has an after-mood benchmark.
    static Built mood(const DashboardSnapshot &snapshot);
    // Stacked bar sets positive, horsemen, control, otherHarmful, incidents.
    static Built interactions(const DashboardSnapshot &snapshot);
    // Line series rating_<benchmark id> and overall per check-in, target_<id>
    // for self-rated benchmarks, and the shaded area trialWindow.
    static Built ratings(const DashboardSnapshot &snapshot);
    // Line series ratio (capped at kRatioCap), scatter onlyPositive for weeks
    // (at kRatioCap + 0.5) with positives and no hurtful moments, guide (5:1) and ratioTarget when
    // the trial's ratio target differs from 5.
    static Built ratio(const DashboardSnapshot &snapshot);

    static constexpr double kRatioCap = 10.0;
    static constexpr double kRatioGuide = 5.0;

    // Where a day falls on the x axis: week i spans [i - 0.5, i + 0.5).
    static double xOf(const WeekRange &range, const QDate &date);
    // "Week of 2 Mar 2026" for week `index` of the range.
    static QString weekLabel(const WeekRange &range, int index);

    // Colours, fonts and grid for the current palette.
    static void applyPalette(QChart *chart);
};

} // namespace bearings::ui
