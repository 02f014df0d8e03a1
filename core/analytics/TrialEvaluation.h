#pragma once

#include "analytics/Trend.h"
#include "analytics/WeeklyStats.h"
#include "assessment/Assessment.h"
#include "checkins/TrialPlan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace bearings {

enum class TrialVerdict { OnTrack, Mixed, NotImproving, TooEarly, SafetyFirst };

// One benchmark measured against its target, with a calm sentence for the UI.
struct TrialReason {
    qint64 benchmarkId = 0;
    BenchmarkKind kind = BenchmarkKind::SelfRated;
    QString label;               // the benchmark's label, or the metric's name
    std::optional<double> value; // what was measured; see hasData
    double target = 0.0;
    TargetDirection direction = TargetDirection::AtLeast;
    // False when there was nothing to measure. For the ratio, hasData with no
    // value means positives were recorded and no negatives: it meets any
    // "at least" target and no "at most" one.
    bool hasData = false;
    bool met = false;
    QString sentence; // translated
    bool operator==(const TrialReason &) const = default;
};

struct TrialEvaluationResult {
    TrialVerdict verdict = TrialVerdict::TooEarly;
    QString summary;            // translated, one or two sentences about the verdict
    QList<TrialReason> reasons; // one per benchmark, in the plan's order
    TrendResult afterMoodTrend; // over the plan's completed weeks
    int weeksElapsed = 0;
    int weeksMeasured = 0; // weeks in the "last four weeks" window (0..4)
    bool operator==(const TrialEvaluationResult &) const = default;
};

// How a trial plan is going (DOMAIN.md section 5).
//
// Benchmarks are measured over the last four ISO weeks of `weekly` that
// overlap the plan and are over by `today` (the week under way is left out
// until the plan itself has ended): PositiveNegativeRatio = sum of positives / sum of negatives,
// BreachesPerWeek = mean breaches a week, AfterMood = mean after-mood over
// the entries that have one; SelfRated = mean of that benchmark's ratings in
// the last four check-ins (by week).
//
// Verdict, first match wins:
//  1. the latest assessment suggests SafetyFirst -> SafetyFirst, always;
//  2. fewer than 2 plan weeks elapsed, nothing recorded (no entry, breach or
//     check-in), or no benchmark could be measured -> TooEarly;
//  3. every benchmark measured and met -> OnTrack;
//  4. none met and the after-mood trend is not Improving -> NotImproving;
//  5. otherwise Mixed.
class TrialEvaluation final {
    Q_DECLARE_TR_FUNCTIONS(bearings::TrialEvaluation)

public:
    static TrialEvaluationResult evaluate(const TrialPlan &plan, const QList<CheckIn> &checkIns,
        const QList<WeeklyStats> &weekly, const std::optional<Suggestion> &latestSuggestion, const QDate &today);

    static QString verdictLabel(TrialVerdict verdict);
};

} // namespace bearings
