#pragma once

#include "journal/TagCatalog.h"

#include <QDate>

#include <array>
#include <cstddef>
#include <optional>

namespace bearings {

inline constexpr std::size_t kTagGroupCount = kTagGroupKeys.size();

// What one ISO week (Monday to Sunday) of the journal and boundaries adds up
// to. Produced by WeeklyAggregator; a week with nothing recorded is still
// present, with zero counts and empty optionals, so charts show the gap.
struct WeeklyStats {
    QDate weekStart; // a Monday

    int entryCount = 0;

    // Averages over the entries of the week that have that mood (-5..+5), and
    // how many entries had it (so weeks can be pooled with correct weights).
    std::optional<double> moodBefore;
    std::optional<double> moodDuring;
    std::optional<double> moodAfter;
    int moodBeforeCount = 0;
    int moodDuringCount = 0;
    int moodAfterCount = 0;

    // Tags per group, indexed by TagGroup; an entry with two horsemen tags
    // adds 2 to Horsemen. Tags the catalogue does not know count as User.
    std::array<int, kTagGroupCount> tagGroupCounts {};

    // Positive and negative interactions, by tag valence. An incident is at
    // least one negative interaction even when it carries no negative tag.
    int positiveCount = 0;
    int negativeCount = 0;

    // positiveCount / negativeCount, or nullopt when there were no negatives.
    // The UI tells the two nullopt cases apart with positiveCount: positives
    // but no negatives reads "no hurtful moments recorded" (never a number or
    // "infinity"); neither reads as a gap, "nothing recorded".
    std::optional<double> ratio;

    int incidentCount = 0;
    std::optional<int> maxSeverity;     // over incidents with a severity
    std::optional<double> meanSeverity; // over incidents with a severity

    int breachCount = 0;
    int breachesFollowedThrough = 0;          // consequence carried out
    std::optional<double> followThroughShare; // 0..1, nullopt without breaches

    int tagCount(TagGroup group) const { return tagGroupCounts[std::size_t(group)]; }
    QDate lastDay() const { return weekStart.addDays(6); }
    bool hasData() const { return entryCount > 0 || breachCount > 0; }
    bool operator==(const WeeklyStats &) const = default;
};

} // namespace bearings
