#pragma once

#include "analytics/WeeklyStats.h"

#include <QList>

namespace bearings {

// Whether a rising series is good news (after-mood, ratio) or bad (breaches).
enum class TrendDirection { HigherIsBetter, LowerIsBetter };

enum class TrendVerdict { Improving, Worsening, NoClearChange };

struct TrendPoint {
    double x = 0.0;
    double y = 0.0;
    bool operator==(const TrendPoint &) const = default;
};

// A least-squares line through a series, with a 95% confidence interval for
// its slope. `fitted` is false for fewer than 3 points or when every x is the
// same; then slope, intercept and interval are 0 and the verdict is
// NoClearChange.
struct TrendResult {
    int n = 0;
    bool fitted = false;
    double slope = 0.0;     // change in y per unit of x (per week for weekly series)
    double intercept = 0.0; // y at x = 0
    double slopeLow = 0.0;  // 95% confidence interval of the slope
    double slopeHigh = 0.0;
    TrendVerdict verdict = TrendVerdict::NoClearChange;
    bool operator==(const TrendResult &) const = default;
};

// Ordinary least squares with a t-based interval for the slope:
//   slope = Sxy / Sxx, s^2 = sum of squared residuals / (n - 2),
//   interval = slope +- t(0.975, n - 2) * sqrt(s^2 / Sxx).
// The verdict is a change only when the interval excludes 0; a trend that
// could be noise reads as "no clear change", never as better or worse.
class Trend final {
public:
    static TrendResult fit(const QList<TrendPoint> &points, TrendDirection direction);

    // Two-sided 95% critical value of Student's t: a table for df 1..30
    // (three decimals), 1.96 beyond; 0 for df < 1.
    static double tCritical95(int degreesOfFreedom);

    // Weekly series; x is the week's position in `weeks` (0, 1, 2, ...), so a
    // week without a value leaves a gap in x instead of closing it up.
    static QList<TrendPoint> afterMoodSeries(const QList<WeeklyStats> &weeks);
    static QList<TrendPoint> duringMoodSeries(const QList<WeeklyStats> &weeks);
    static QList<TrendPoint> ratioSeries(const QList<WeeklyStats> &weeks);
    // Breaches per week, for weeks with anything recorded (entries or
    // breaches): a week with no record at all is missing data, not a good week.
    static QList<TrendPoint> breachSeries(const QList<WeeklyStats> &weeks);
    static QList<TrendPoint> negativeSeries(const QList<WeeklyStats> &weeks);
};

} // namespace bearings
