#include "BoundaryStats.h"

#include <algorithm>

namespace bearings {

std::optional<double> BoundaryStats::followThroughRate(const QList<Breach> &breaches)
{
    if (breaches.isEmpty())
        return std::nullopt;
    const auto carriedOut
        = std::count_if(breaches.cbegin(), breaches.cend(), [](const Breach &b) { return b.consequenceCarriedOut; });
    return double(carriedOut) / double(breaches.size());
}

std::optional<int> BoundaryStats::daysSinceLastBreach(const QList<Breach> &breaches, const QDate &today)
{
    std::optional<QDate> latest;
    for (const Breach &b : breaches) {
        const QDate day = b.occurredAt.date();
        // A breach dated after today (a clock or typing slip) says nothing
        // about the time since the last one.
        if (!day.isValid() || day > today)
            continue;
        if (!latest || day > *latest)
            latest = day;
    }
    if (!latest)
        return std::nullopt;
    return int(latest->daysTo(today));
}

double BoundaryStats::breachesPerWeek(const QList<Breach> &breaches, const QDate &today, int weeks)
{
    if (weeks <= 0 || !today.isValid())
        return 0.0;
    const QDate first = today.addDays(-7 * qint64(weeks) + 1);
    const auto inWindow = std::count_if(breaches.cbegin(), breaches.cend(), [&](const Breach &b) {
        const QDate day = b.occurredAt.date();
        return day.isValid() && day >= first && day <= today;
    });
    return double(inWindow) / double(weeks);
}

} // namespace bearings
