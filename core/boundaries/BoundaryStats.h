#pragma once

#include "boundaries/Boundary.h"

#include <QDate>
#include <QList>

#include <optional>

namespace bearings {

// The numbers DOMAIN.md section 4 calls useful: how often the user followed
// through, and how long it has been since the last breach. Pure functions of
// the breaches passed in; no database.
class BoundaryStats final {
public:
    BoundaryStats() = delete;

    // The share of breaches whose consequence was carried out, 0..1; empty
    // when there are no breaches (nothing to follow through on yet).
    static std::optional<double> followThroughRate(const QList<Breach> &breaches);
    // Whole calendar days from the latest breach on or before `today` to
    // `today` (0 when it was today); empty when there is none.
    static std::optional<int> daysSinceLastBreach(const QList<Breach> &breaches, const QDate &today);
    // Breaches per week over the `weeks` weeks ending with `today`, i.e. the
    // days today - 7 * weeks + 1 .. today. 0 when weeks is not positive.
    static double breachesPerWeek(const QList<Breach> &breaches, const QDate &today, int weeks);
};

} // namespace bearings
