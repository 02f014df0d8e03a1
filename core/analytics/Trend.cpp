#include "Trend.h"

#include <array>
#include <cmath>

namespace bearings {

namespace {

// t(0.975, df) for df = 1..30, as printed in standard statistical tables.
// clang-format off
constexpr std::array<double, 30> kT95{
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201,  2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080,  2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
};
// clang-format on

template<typename Value> QList<TrendPoint> series(const QList<WeeklyStats> &weeks, Value value)
{
    QList<TrendPoint> points;
    points.reserve(weeks.size());
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        if (const std::optional<double> y = value(weeks[i]))
            points.append(TrendPoint {double(i), *y});
    }
    return points;
}

} // namespace

double Trend::tCritical95(int degreesOfFreedom)
{
    if (degreesOfFreedom < 1)
        return 0.0;
    if (degreesOfFreedom <= int(kT95.size()))
        return kT95[std::size_t(degreesOfFreedom - 1)];
    return 1.96;
}

TrendResult Trend::fit(const QList<TrendPoint> &points, TrendDirection direction)
{
    TrendResult result;
    result.n = int(points.size());
    if (result.n < 3)
        return result;

    // Centred sums (two passes) keep the arithmetic stable for large x.
    double meanX = 0.0;
    double meanY = 0.0;
    for (const TrendPoint &p : points) {
        meanX += p.x;
        meanY += p.y;
    }
    meanX /= result.n;
    meanY /= result.n;

    double sxx = 0.0;
    double sxy = 0.0;
    for (const TrendPoint &p : points) {
        sxx += (p.x - meanX) * (p.x - meanX);
        sxy += (p.x - meanX) * (p.y - meanY);
    }
    if (sxx <= 0.0)
        return result;

    result.fitted = true;
    result.slope = sxy / sxx;
    result.intercept = meanY - result.slope * meanX;

    double residualSquares = 0.0;
    for (const TrendPoint &p : points) {
        const double residual = p.y - (result.intercept + result.slope * p.x);
        residualSquares += residual * residual;
    }
    const int df = result.n - 2;
    const double standardError = std::sqrt(residualSquares / df / sxx);
    const double halfWidth = tCritical95(df) * standardError;
    result.slopeLow = result.slope - halfWidth;
    result.slopeHigh = result.slope + halfWidth;

    const bool rising = result.slopeLow > 0.0;
    const bool falling = result.slopeHigh < 0.0;
    if (rising || falling) {
        const bool better = (direction == TrendDirection::HigherIsBetter) == rising;
        result.verdict = better ? TrendVerdict::Improving : TrendVerdict::Worsening;
    }
    return result;
}

QList<TrendPoint> Trend::afterMoodSeries(const QList<WeeklyStats> &weeks)
{
    return series(weeks, [](const WeeklyStats &w) { return w.moodAfter; });
}

QList<TrendPoint> Trend::duringMoodSeries(const QList<WeeklyStats> &weeks)
{
    return series(weeks, [](const WeeklyStats &w) { return w.moodDuring; });
}

QList<TrendPoint> Trend::ratioSeries(const QList<WeeklyStats> &weeks)
{
    return series(weeks, [](const WeeklyStats &w) { return w.ratio; });
}

QList<TrendPoint> Trend::breachSeries(const QList<WeeklyStats> &weeks)
{
    return series(
        weeks, [](const WeeklyStats &w) { return w.hasData() ? std::optional<double>(w.breachCount) : std::nullopt; });
}

QList<TrendPoint> Trend::negativeSeries(const QList<WeeklyStats> &weeks)
{
    return series(weeks,
        [](const WeeklyStats &w) { return w.entryCount > 0 ? std::optional<double>(w.negativeCount) : std::nullopt; });
}

} // namespace bearings
