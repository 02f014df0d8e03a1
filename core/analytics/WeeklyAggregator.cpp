#include "WeeklyAggregator.h"

#include <algorithm>
#include <vector>

namespace bearings {

namespace {

struct TagClass {
    TagGroup group = TagGroup::User;
    Valence valence = Valence::Neutral;
};

// Running sums for one week; turned into averages once every entry is in.
struct Bucket {
    qint64 moodBeforeSum = 0;
    qint64 moodDuringSum = 0;
    qint64 moodAfterSum = 0;
    qint64 severitySum = 0;
    int severityCount = 0;
};

// Built once per call so that each tag costs one hash look-up, not a scan of
// the catalogue with a copy of its translated strings.
QHash<QString, TagClass> classifyTags(const QHash<QString, Valence> &userTagValences)
{
    QHash<QString, TagClass> classes;
    classes.reserve(TagCatalog::builtIn().size() + userTagValences.size());
    for (auto it = userTagValences.cbegin(); it != userTagValences.cend(); ++it)
        classes.insert(it.key(), TagClass {TagGroup::User, it.value()});
    // Built-in ids win over a user tag of the same name.
    for (const TagInfo &tag : TagCatalog::builtIn())
        classes.insert(tag.id, TagClass {tag.group, tag.valence});
    return classes;
}

std::optional<double> average(qint64 sum, int count)
{
    if (count <= 0)
        return std::nullopt;
    return double(sum) / count;
}

void addMood(const std::optional<int> &mood, qint64 &sum, int &count)
{
    if (mood) {
        sum += *mood;
        ++count;
    }
}

} // namespace

QList<WeeklyStats> WeeklyAggregator::aggregate(const QList<JournalEntry> &entries, const QList<Breach> &breaches,
    const QHash<QString, Valence> &userTagValences, const WeekRange &range)
{
    if (!range.isValid())
        return {};

    QList<WeeklyStats> weeks(range.weekCount);
    std::vector<Bucket> buckets(std::size_t(range.weekCount));
    for (int i = 0; i < range.weekCount; ++i)
        weeks[i].weekStart = range.startOfWeek(i);

    const QHash<QString, TagClass> tagClasses = classifyTags(userTagValences);

    for (const JournalEntry &entry : entries) {
        const int index = range.indexOf(localDate(entry.occurredAt));
        if (index < 0)
            continue;
        WeeklyStats &week = weeks[index];
        Bucket &bucket = buckets[std::size_t(index)];

        ++week.entryCount;
        addMood(entry.moodBefore, bucket.moodBeforeSum, week.moodBeforeCount);
        addMood(entry.moodDuring, bucket.moodDuringSum, week.moodDuringCount);
        addMood(entry.moodAfter, bucket.moodAfterSum, week.moodAfterCount);

        int negatives = 0;
        for (const QString &tag : entry.tags) {
            const TagClass cls = tagClasses.value(tag);
            ++week.tagGroupCounts[std::size_t(cls.group)];
            if (cls.valence == Valence::Positive)
                ++week.positiveCount;
            else if (cls.valence == Valence::Negative)
                ++negatives;
        }
        if (entry.incident) {
            ++week.incidentCount;
            // An incident is a negative interaction in itself; its negative
            // tags describe it rather than adding further interactions.
            negatives = std::max(negatives, 1);
            if (entry.severity) {
                bucket.severitySum += *entry.severity;
                ++bucket.severityCount;
                week.maxSeverity = std::max(week.maxSeverity.value_or(*entry.severity), *entry.severity);
            }
        }
        week.negativeCount += negatives;
    }

    for (const Breach &breach : breaches) {
        const int index = range.indexOf(localDate(breach.occurredAt));
        if (index < 0)
            continue;
        ++weeks[index].breachCount;
        if (breach.consequenceCarriedOut)
            ++weeks[index].breachesFollowedThrough;
    }

    for (int i = 0; i < range.weekCount; ++i) {
        WeeklyStats &week = weeks[i];
        const Bucket &bucket = buckets[std::size_t(i)];
        week.moodBefore = average(bucket.moodBeforeSum, week.moodBeforeCount);
        week.moodDuring = average(bucket.moodDuringSum, week.moodDuringCount);
        week.moodAfter = average(bucket.moodAfterSum, week.moodAfterCount);
        week.meanSeverity = average(bucket.severitySum, bucket.severityCount);
        if (week.negativeCount > 0)
            week.ratio = double(week.positiveCount) / week.negativeCount;
        if (week.breachCount > 0)
            week.followThroughShare = double(week.breachesFollowedThrough) / week.breachCount;
    }
    return weeks;
}

QList<WeeklyStats> WeeklyAggregator::aggregate(const QList<JournalEntry> &entries, const QList<Breach> &breaches,
    const QHash<QString, Valence> &userTagValences, const QDate &from, const QDate &to)
{
    return aggregate(entries, breaches, userTagValences, WeekRange::spanning(from, to));
}

} // namespace bearings
