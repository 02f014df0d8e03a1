#pragma once

#include "analytics/WeekRange.h"
#include "analytics/WeeklyStats.h"
#include "boundaries/Boundary.h"
#include "journal/JournalEntry.h"
#include "journal/TagCatalog.h"

#include <QHash>
#include <QList>
#include <QString>

namespace bearings {

// Adds journal entries and boundary breaches up into one WeeklyStats per ISO
// week. One pass over the input, bucketed by week index: linear in the number
// of entries, breaches and weeks.
class WeeklyAggregator final {
public:
    // One WeeklyStats for every week of `range`, in order, empty weeks
    // included. Entries and breaches outside the range, or without a valid
    // time, are ignored; they need not be sorted. `userTagValences` gives the
    // valence of the user's own tags; a tag found neither in the built-in
    // catalogue nor there is neutral.
    static QList<WeeklyStats> aggregate(const QList<JournalEntry> &entries, const QList<Breach> &breaches,
        const QHash<QString, Valence> &userTagValences, const WeekRange &range);

    // The same for the weeks that contain `from`, `to` and those between.
    static QList<WeeklyStats> aggregate(const QList<JournalEntry> &entries, const QList<Breach> &breaches,
        const QHash<QString, Valence> &userTagValences, const QDate &from, const QDate &to);
};

} // namespace bearings
