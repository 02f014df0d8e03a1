#include "analytics/WeeklyAggregator.h"
#include "analytics/WeekRange.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

namespace {

JournalEntry entry(const QDateTime &when, std::optional<int> before = {}, std::optional<int> during = {},
    std::optional<int> after = {}, const QStringList &tags = {}, bool incident = false,
    std::optional<int> severity = {})
{
    static qint64 nextId = 1;
    JournalEntry e;
    e.id = nextId++;
    e.relationshipId = 1;
    e.occurredAt = when;
    e.moodBefore = before;
    e.moodDuring = during;
    e.moodAfter = after;
    e.tags = tags;
    e.incident = incident;
    e.severity = severity;
    return e;
}

Breach breach(const QDateTime &at, bool carriedOut)
{
    Breach b;
    b.id = 1;
    b.boundaryId = 1;
    b.occurredAt = at;
    b.consequenceCarriedOut = carriedOut;
    return b;
}

QDateTime at(int y, int m, int d, int h = 12, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s));
}

constexpr double kEps = 1e-12;

// 2024-01-01 is a Monday. Four weeks: Jan 1, Jan 8, Jan 15 (nothing), Jan 22.
class WeeklyAggregatorFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        entries = {
            // Week 1.
            entry(at(2024, 1, 2, 10), 2, -1, 1, {u"care"_s, u"kept-promise"_s}),
            entry(at(2024, 1, 4, 18), 0, -3, -2, {u"contempt"_s, u"criticism"_s}),
            entry(at(2024, 1, 7, 23, 59), std::nullopt, -4, -3, {}, true, 4), // Sunday 23:59
            // Week 2.
            entry(at(2024, 1, 8, 0, 0), std::nullopt, 2, 3, // Monday 00:00
                {u"apology-with-change"_s, u"my-note"_s, u"my-walk"_s, u"repair-attempt"_s, u"shouting"_s}),
            entry(at(2024, 1, 12), std::nullopt, std::nullopt, -4, {u"coercion-threats"_s, u"intimidation"_s}, true, 5),
            entry(at(2024, 1, 13), std::nullopt, std::nullopt, std::nullopt, {}, true, std::nullopt),
            // Not an incident: its severity is ignored.
            entry(at(2024, 1, 14, 20), std::nullopt, std::nullopt, std::nullopt, {u"isolation"_s}, false, 3),
            // Week 4.
            entry(at(2024, 1, 22, 9), std::nullopt, std::nullopt, 4, {u"care"_s}),
            // Outside the range: ignored.
            entry(at(2023, 12, 31, 23, 59), 5, 5, 5, {u"care"_s}),
            entry(at(2024, 1, 29, 0, 0), 5, 5, 5, {u"care"_s}),
        };
        breaches = {
            breach(at(2024, 1, 3), true), breach(at(2024, 1, 6), false), breach(at(2024, 1, 14, 23, 59, 59), true),
            breach(at(2024, 1, 29, 0, 0), false), // outside
        };
        // A user tag may not redefine a built-in one: "shouting" stays negative.
        userTags = {{u"my-walk"_s, Valence::Positive}, {u"shouting"_s, Valence::Positive}};
    }

    QList<JournalEntry> entries;
    QList<Breach> breaches;
    QHash<QString, Valence> userTags;
};

} // namespace

TEST(WeeklyWeekRange, WeekStartIsTheMondayOfTheIsoWeek)
{
    EXPECT_EQ(weekStart(QDate(2024, 1, 1)), QDate(2024, 1, 1)); // Monday
    EXPECT_EQ(weekStart(QDate(2024, 1, 7)), QDate(2024, 1, 1)); // Sunday
    EXPECT_EQ(weekStart(QDate(2024, 1, 8)), QDate(2024, 1, 8));
    EXPECT_EQ(weekStart(QDate(2024, 3, 1)), QDate(2024, 2, 26));  // across a leap day
    EXPECT_EQ(weekStart(QDate(2021, 1, 1)), QDate(2020, 12, 28)); // across a year
    EXPECT_FALSE(weekStart(QDate()).isValid());
}

TEST(WeeklyWeekRange, SpansWholeWeeksAndIndexesDates)
{
    // Wed Jan 3 .. Wed Jan 24 touches the weeks of Jan 1, 8, 15 and 22.
    const WeekRange range = WeekRange::spanning(QDate(2024, 1, 3), QDate(2024, 1, 24));
    EXPECT_EQ(range.firstWeekStart, QDate(2024, 1, 1));
    EXPECT_EQ(range.weekCount, 4);
    EXPECT_EQ(range.lastDay(), QDate(2024, 1, 28));
    EXPECT_EQ(range.startOfWeek(3), QDate(2024, 1, 22));
    EXPECT_EQ(range.indexOf(QDate(2023, 12, 31)), -1);
    EXPECT_EQ(range.indexOf(QDate(2024, 1, 1)), 0);
    EXPECT_EQ(range.indexOf(QDate(2024, 1, 7)), 0);
    EXPECT_EQ(range.indexOf(QDate(2024, 1, 8)), 1);
    EXPECT_EQ(range.indexOf(QDate(2024, 1, 28)), 3);
    EXPECT_EQ(range.indexOf(QDate(2024, 1, 29)), -1);
    EXPECT_FALSE(WeekRange::spanning(QDate(2024, 1, 10), QDate(2024, 1, 9)).isValid());
    EXPECT_FALSE(WeekRange::spanning(QDate(), QDate(2024, 1, 9)).isValid());
}

TEST_F(WeeklyAggregatorFixture, OneRowPerWeekIncludingEmptyWeeks)
{
    const auto weeks = WeeklyAggregator::aggregate(entries, breaches, userTags, QDate(2024, 1, 3), QDate(2024, 1, 24));
    ASSERT_EQ(weeks.size(), 4);
    EXPECT_EQ(weeks[0].weekStart, QDate(2024, 1, 1));
    EXPECT_EQ(weeks[1].weekStart, QDate(2024, 1, 8));
    EXPECT_EQ(weeks[2].weekStart, QDate(2024, 1, 15));
    EXPECT_EQ(weeks[3].weekStart, QDate(2024, 1, 22));

    // Week 3 has nothing: zero counts, no averages, no ratio.
    WeeklyStats empty;
    empty.weekStart = QDate(2024, 1, 15);
    EXPECT_EQ(weeks[2], empty);
    EXPECT_FALSE(weeks[2].hasData());
}

TEST_F(WeeklyAggregatorFixture, FirstWeekByHand)
{
    const auto weeks = WeeklyAggregator::aggregate(entries, breaches, userTags, QDate(2024, 1, 3), QDate(2024, 1, 24));
    ASSERT_EQ(weeks.size(), 4);
    const WeeklyStats &w = weeks[0];
    // Three entries: Tue, Thu and Sunday 23:59.
    EXPECT_EQ(w.entryCount, 3);
    // before: (2 + 0) / 2 = 1 (the incident has none)
    ASSERT_TRUE(w.moodBefore);
    EXPECT_NEAR(*w.moodBefore, 1.0, kEps);
    EXPECT_EQ(w.moodBeforeCount, 2);
    // during: (-1 - 3 - 4) / 3 = -8/3
    ASSERT_TRUE(w.moodDuring);
    EXPECT_NEAR(*w.moodDuring, -8.0 / 3.0, kEps);
    // after: (1 - 2 - 3) / 3 = -4/3
    ASSERT_TRUE(w.moodAfter);
    EXPECT_NEAR(*w.moodAfter, -4.0 / 3.0, kEps);
    EXPECT_EQ(w.moodAfterCount, 3);
    // care + kept-promise = 2 positive; contempt + criticism = 2 horsemen.
    EXPECT_EQ(w.tagCount(TagGroup::Positive), 2);
    EXPECT_EQ(w.tagCount(TagGroup::Horsemen), 2);
    EXPECT_EQ(w.tagCount(TagGroup::Control), 0);
    EXPECT_EQ(w.tagCount(TagGroup::OtherHarmful), 0);
    EXPECT_EQ(w.tagCount(TagGroup::User), 0);
    // Negatives: 2 horsemen tags + 1 untagged incident = 3. Ratio 2 / 3.
    EXPECT_EQ(w.positiveCount, 2);
    EXPECT_EQ(w.negativeCount, 3);
    ASSERT_TRUE(w.ratio);
    EXPECT_NEAR(*w.ratio, 2.0 / 3.0, kEps);
    // One incident, severity 4.
    EXPECT_EQ(w.incidentCount, 1);
    EXPECT_EQ(w.maxSeverity, 4);
    ASSERT_TRUE(w.meanSeverity);
    EXPECT_NEAR(*w.meanSeverity, 4.0, kEps);
    // Breaches Jan 3 (carried out) and Jan 6 (not): 1 of 2 = 0.5.
    EXPECT_EQ(w.breachCount, 2);
    EXPECT_EQ(w.breachesFollowedThrough, 1);
    ASSERT_TRUE(w.followThroughShare);
    EXPECT_NEAR(*w.followThroughShare, 0.5, kEps);
}

TEST_F(WeeklyAggregatorFixture, SecondWeekByHand)
{
    const auto weeks = WeeklyAggregator::aggregate(entries, breaches, userTags, QDate(2024, 1, 3), QDate(2024, 1, 24));
    ASSERT_EQ(weeks.size(), 4);
    const WeeklyStats &w = weeks[1];
    // Monday 00:00, Fri, Sat, Sun.
    EXPECT_EQ(w.entryCount, 4);
    EXPECT_FALSE(w.moodBefore);
    EXPECT_EQ(w.moodBeforeCount, 0);
    // during: 2 / 1 = 2; after: (3 - 4) / 2 = -0.5
    ASSERT_TRUE(w.moodDuring);
    EXPECT_NEAR(*w.moodDuring, 2.0, kEps);
    ASSERT_TRUE(w.moodAfter);
    EXPECT_NEAR(*w.moodAfter, -0.5, kEps);
    EXPECT_EQ(w.moodAfterCount, 2);
    // Groups: apology + repair = 2 positive; shouting = 1 other harmful;
    // my-note + my-walk = 2 user; intimidation + coercion + isolation = 3 control.
    EXPECT_EQ(w.tagCount(TagGroup::Positive), 2);
    EXPECT_EQ(w.tagCount(TagGroup::Horsemen), 0);
    EXPECT_EQ(w.tagCount(TagGroup::Control), 3);
    EXPECT_EQ(w.tagCount(TagGroup::OtherHarmful), 1);
    EXPECT_EQ(w.tagCount(TagGroup::User), 2);
    // Positives: apology, repair, my-walk (user, positive) = 3; my-note is neutral.
    // Negatives: shouting 1 + incident with 2 negative tags 2 (not 3) +
    // untagged incident 1 + isolation 1 = 5. Ratio 3 / 5 = 0.6.
    EXPECT_EQ(w.positiveCount, 3);
    EXPECT_EQ(w.negativeCount, 5);
    ASSERT_TRUE(w.ratio);
    EXPECT_NEAR(*w.ratio, 0.6, kEps);
    // Incidents: severity 5 and none; the non-incident's 3 is ignored.
    EXPECT_EQ(w.incidentCount, 2);
    EXPECT_EQ(w.maxSeverity, 5);
    ASSERT_TRUE(w.meanSeverity);
    EXPECT_NEAR(*w.meanSeverity, 5.0, kEps);
    // Breach on Sunday 23:59:59, carried out: 1 of 1.
    EXPECT_EQ(w.breachCount, 1);
    EXPECT_EQ(w.breachesFollowedThrough, 1);
    ASSERT_TRUE(w.followThroughShare);
    EXPECT_NEAR(*w.followThroughShare, 1.0, kEps);
}

TEST_F(WeeklyAggregatorFixture, NoNegativesGivesNoRatio)
{
    const auto weeks = WeeklyAggregator::aggregate(entries, breaches, userTags, QDate(2024, 1, 3), QDate(2024, 1, 24));
    ASSERT_EQ(weeks.size(), 4);
    const WeeklyStats &w = weeks[3];
    EXPECT_EQ(w.entryCount, 1);
    EXPECT_EQ(w.positiveCount, 1);
    EXPECT_EQ(w.negativeCount, 0);
    EXPECT_FALSE(w.ratio); // the UI reads positiveCount > 0 as "no hurtful moments recorded"
    EXPECT_EQ(w.incidentCount, 0);
    EXPECT_FALSE(w.maxSeverity);
    EXPECT_FALSE(w.meanSeverity);
    EXPECT_EQ(w.breachCount, 0);
    EXPECT_FALSE(w.followThroughShare);
}

TEST_F(WeeklyAggregatorFixture, SundayNightAndMondayMidnightAreDifferentWeeks)
{
    const QList<JournalEntry> two {entry(at(2024, 1, 7, 23, 59, 59)), entry(at(2024, 1, 8, 0, 0, 0))};
    const auto weeks = WeeklyAggregator::aggregate(two, {}, {}, QDate(2024, 1, 1), QDate(2024, 1, 8));
    ASSERT_EQ(weeks.size(), 2);
    EXPECT_EQ(weeks[0].entryCount, 1);
    EXPECT_EQ(weeks[1].entryCount, 1);
}

TEST_F(WeeklyAggregatorFixture, UnsortedInputGivesTheSameResult)
{
    const auto sorted = WeeklyAggregator::aggregate(entries, breaches, userTags, QDate(2024, 1, 1), QDate(2024, 1, 28));
    QList<JournalEntry> reversed(entries.crbegin(), entries.crend());
    QList<Breach> reversedBreaches(breaches.crbegin(), breaches.crend());
    EXPECT_EQ(WeeklyAggregator::aggregate(reversed, reversedBreaches, userTags, QDate(2024, 1, 1), QDate(2024, 1, 28)),
        sorted);
}

TEST(WeeklyAggregator, InvalidRangeGivesNothing)
{
    EXPECT_TRUE(WeeklyAggregator::aggregate({}, {}, {}, QDate(2024, 2, 1), QDate(2024, 1, 1)).isEmpty());
    EXPECT_TRUE(WeeklyAggregator::aggregate({}, {}, {}, WeekRange {}).isEmpty());
}

TEST(WeeklyAggregator, HundredThousandEntriesInOnePass)
{
    // 100,000 entries, one every 52 minutes from Mon 2015-01-05: 5,200,000
    // minutes = 3611.1 days, so 516 weeks (0..515). Every 4th entry is an
    // incident without tags, the others carry one positive and one horseman.
    const QDateTime start(QDate(2015, 1, 5), QTime(0, 0));
    constexpr int kCount = 100000;
    QList<JournalEntry> entries;
    entries.reserve(kCount);
    for (int i = 0; i < kCount; ++i) {
        JournalEntry e;
        e.id = i + 1;
        e.occurredAt = start.addSecs(qint64(i) * 52 * 60);
        e.moodAfter = i % 11 - 5;
        if (i % 4 == 0) {
            e.incident = true;
            e.severity = 1 + i % 5;
        } else {
            e.tags = {u"care"_s, u"criticism"_s};
        }
        entries.append(e);
    }
    QElapsedTimer timer;
    timer.start();
    const auto weeks
        = WeeklyAggregator::aggregate(entries, {}, {}, start.date(), entries.constLast().occurredAt.date());
    const qint64 elapsedMs = timer.elapsed();

    // Last entry: 99,999 * 52 min = 5,199,948 min = 3611 days + 108 min, so
    // day 3611 = week 515 (3611 / 7 = 515.9): 516 weeks.
    ASSERT_EQ(weeks.size(), 516);
    qint64 total = 0, positives = 0, negatives = 0, incidents = 0;
    for (const WeeklyStats &w : weeks) {
        total += w.entryCount;
        positives += w.positiveCount;
        negatives += w.negativeCount;
        incidents += w.incidentCount;
    }
    // 25,000 incidents (i % 4 == 0) count 1 negative each; 75,000 tagged
    // entries count 1 positive and 1 negative: negatives 100,000.
    EXPECT_EQ(total, kCount);
    EXPECT_EQ(incidents, 25000);
    EXPECT_EQ(positives, 75000);
    EXPECT_EQ(negatives, 100000);
    // Generous bound: a linear pass takes milliseconds, even unoptimised
    // under sanitizers; quadratic work would take minutes.
    EXPECT_LT(elapsedMs, 20000);
}
