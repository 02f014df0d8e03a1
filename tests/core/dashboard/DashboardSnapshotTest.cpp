#include "dashboard/DashboardSnapshot.h"
#include "TestDatabase.h"
#include "analytics/WeeklyAggregator.h"
#include "assessment/AssessmentRepository.h"
#include "assessment/Questionnaire.h"
#include "boundaries/BoundaryRepository.h"
#include "checkins/TrialPlanRepository.h"
#include "journal/JournalRepository.h"
#include "relationships/RelationshipRepository.h"

using namespace bearings;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

// The dashboard's numbers for one relationship. The clock stands on Monday
// 2 March 2026; "this week" is 2-8 March, "this month" 1-31 March.
class DashboardSnapshotTest : public DatabaseTest {
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        Relationship r;
        r.name = u"Sam"_s;
        r.notes = u"Test"_s;
        ASSERT_TRUE(RelationshipRepository(*db).add(r).ok());
        relationshipId = r.id;
        ASSERT_TRUE(RelationshipRepository(*db).changeStrategy(relationshipId, Strategy::Repair, u"Trying"_s).ok());
        Relationship other;
        other.name = u"Alex"_s;
        other.notes = u"Other"_s;
        ASSERT_TRUE(RelationshipRepository(*db).add(other).ok());
        otherId = other.id;
    }

    void entry(
        qint64 rel, const QDateTime &at, const QStringList &tags, std::optional<int> after = {}, bool incident = false)
    {
        JournalEntry e;
        e.relationshipId = rel;
        e.occurredAt = at;
        e.tags = tags;
        e.moodAfter = after;
        e.note = u"note"_s;
        e.incident = incident;
        if (incident)
            e.severity = 3;
        ASSERT_TRUE(JournalRepository(*db).add(e).ok());
    }

    qint64 boundary(qint64 rel)
    {
        Boundary b;
        b.relationshipId = rel;
        b.behaviour = u"Shouting"_s;
        b.limit = u"I leave the room"_s;
        b.consequence = u"I end the call"_s;
        EXPECT_TRUE(BoundaryRepository(*db).add(b).ok());
        return b.id;
    }

    void breach(qint64 boundaryId, const QDateTime &at, bool followedThrough)
    {
        Breach b;
        b.boundaryId = boundaryId;
        b.occurredAt = at;
        b.description = u"It happened"_s;
        b.consequenceCarriedOut = followedThrough;
        ASSERT_TRUE(BoundaryRepository(*db).logBreach(b).ok());
    }

    DashboardSnapshot snapshot(DashboardWindow window = DashboardWindow::Weeks12)
    {
        auto built = DashboardBuilder::build(*db, relationshipId, clock.today(), window);
        EXPECT_TRUE(built.ok()) << (built.ok() ? std::string() : built.error().message.toStdString());
        return built.ok() ? *built : DashboardSnapshot {};
    }

    static QDateTime at(int month, int day, int hour = 12)
    {
        return QDateTime(QDate(2026, month, day), QTime(hour, 0));
    }

    qint64 relationshipId = 0;
    qint64 otherId = 0;
};

TEST_F(DashboardSnapshotTest, AnEmptyRelationshipHasNoRecordsAndTwelveEmptyWeeks)
{
    const DashboardSnapshot s = snapshot();
    EXPECT_FALSE(s.hasAnyRecord());
    EXPECT_EQ(s.strategy, Strategy::Repair);
    EXPECT_FALSE(s.plan.has_value());
    EXPECT_FALSE(s.evaluation.has_value());
    EXPECT_FALSE(s.daysSinceLastBreach.has_value());
    EXPECT_FALSE(s.followThroughShare.has_value());
    EXPECT_EQ(s.incidentsThisMonth, 0);
    ASSERT_EQ(s.weeks.size(), 12);
    EXPECT_EQ(s.weeks.last().weekStart, QDate(2026, 3, 2));
    EXPECT_EQ(s.weeks.first().weekStart, QDate(2026, 3, 2).addDays(-7 * 11));
    for (const WeeklyStats &w : s.weeks)
        EXPECT_FALSE(w.hasData());
}

TEST_F(DashboardSnapshotTest, AnUnknownRelationshipIsAnError)
{
    auto built = DashboardBuilder::build(*db, 9999, clock.today(), DashboardWindow::Weeks12);
    ASSERT_FALSE(built.ok());
    EXPECT_EQ(built.error().code, ErrorCode::NotFound);
}

TEST_F(DashboardSnapshotTest, CardsCountThisWeekThisMonthAndOnlyThisRelationship)
{
    // This week (from Monday 2 March): 3 positives, 1 negative.
    entry(relationshipId, at(3, 2, 8), {u"care"_s, u"kept-promise"_s});
    entry(relationshipId, at(3, 2, 9), {u"repair-attempt"_s, u"criticism"_s});
    // Earlier this month (Sunday 1 March, the week before) an incident, and one in February.
    entry(relationshipId, at(3, 1), {u"intimidation"_s}, -3, true);
    entry(relationshipId, at(2, 20), {}, -4, true);
    // Someone else's entries never count.
    entry(otherId, at(3, 2, 8), {u"contempt"_s}, -2, true);

    const DashboardSnapshot s = snapshot();
    EXPECT_TRUE(s.hasAnyRecord());
    EXPECT_EQ(s.totalEntries, 4);
    EXPECT_EQ(s.thisWeek.weekStart, QDate(2026, 3, 2));
    EXPECT_EQ(s.thisWeek.positiveCount, 3);
    EXPECT_EQ(s.thisWeek.negativeCount, 1);
    ASSERT_TRUE(s.thisWeek.ratio.has_value());
    EXPECT_DOUBLE_EQ(*s.thisWeek.ratio, 3.0);
    EXPECT_EQ(s.incidentsThisMonth, 1);
    EXPECT_EQ(s.weeks.last().entryCount, 2);
    EXPECT_EQ(s.weeks.at(s.weeks.size() - 2).incidentCount, 1);
}

TEST_F(DashboardSnapshotTest, BreachCardsUseTheLastTwelveWeeksAndEveryBreachForDaysSince)
{
    const qint64 b = boundary(relationshipId);
    breach(b, at(2, 26), true);
    breach(b, at(2, 10), false);
    breach(b, at(1, 20), true);
    breach(b, QDateTime(QDate(2025, 10, 1), QTime(12, 0)), false); // older than 12 weeks
    breach(boundary(otherId), at(3, 1), false);

    const DashboardSnapshot s = snapshot();
    ASSERT_TRUE(s.daysSinceLastBreach.has_value());
    EXPECT_EQ(*s.daysSinceLastBreach, 4); // 26 Feb -> 2 March
    EXPECT_EQ(s.recentBreaches, 3);
    EXPECT_EQ(s.recentFollowedThrough, 2);
    ASSERT_TRUE(s.followThroughShare.has_value());
    EXPECT_NEAR(*s.followThroughShare, 2.0 / 3.0, 1e-12);
}

TEST_F(DashboardSnapshotTest, TheWeeklySeriesIsTheAggregatorsOverTheWindow)
{
    const qint64 b = boundary(relationshipId);
    for (int i = 0; i < 40; ++i) {
        const QDateTime t = at(3, 2, 9).addDays(-3 * i);
        entry(relationshipId, t, i % 3 == 0 ? QStringList {u"care"_s} : QStringList {u"stonewalling"_s}, i % 11 - 5,
            i % 7 == 0);
        if (i % 4 == 0)
            breach(b, t.addSecs(600), i % 8 == 0);
    }
    for (DashboardWindow window : {DashboardWindow::Weeks12, DashboardWindow::Months6, DashboardWindow::Everything}) {
        const DashboardSnapshot s = snapshot(window);
        auto entries = JournalRepository(*db).entriesBetween(relationshipId, {}, {});
        auto breaches = BoundaryRepository(*db).breachesForRelationship(relationshipId);
        ASSERT_TRUE(entries.ok() && breaches.ok());
        EXPECT_EQ(s.weeks, WeeklyAggregator::aggregate(*entries, *breaches, {}, s.range));
    }
    EXPECT_EQ(snapshot(DashboardWindow::Months6).weeks.size(), 26);
    // Everything starts at the week of the first record, 117 days back.
    const DashboardSnapshot all = snapshot(DashboardWindow::Everything);
    EXPECT_EQ(all.range.firstWeekStart, weekStart(at(3, 2).date().addDays(-3 * 39)));
    EXPECT_EQ(all.range.lastDay(), QDate(2026, 3, 8));
}

TEST_F(DashboardSnapshotTest, TheTrialWindowFollowsTheRunningPlanAndEvaluatesIt)
{
    TrialPlan plan;
    plan.relationshipId = relationshipId;
    plan.strategy = Strategy::Repair;
    plan.startDate = QDate(2026, 2, 2);
    plan.lengthWeeks = 8;
    plan.checkInWeekday = 7;
    Benchmark heard;
    heard.label = u"I feel heard"_s;
    heard.target = 6;
    plan.benchmarks = {heard};
    ASSERT_TRUE(TrialPlanRepository(*db).create(plan).ok());
    CheckIn c;
    c.planId = plan.id;
    c.week = 1;
    c.overall = 5;
    c.ratings = {{plan.benchmarks.first().id, 7}};
    ASSERT_TRUE(TrialPlanRepository(*db).fileCheckIn(c).ok());

    const DashboardSnapshot s = snapshot(DashboardWindow::Trial);
    ASSERT_TRUE(s.plan.has_value());
    EXPECT_EQ(s.plan->id, plan.id);
    EXPECT_EQ(s.progress.phase, TrialPhase::Running);
    EXPECT_EQ(s.progress.currentWeek, 5);
    EXPECT_EQ(s.checkIns.size(), 1);
    ASSERT_TRUE(s.evaluation.has_value());
    EXPECT_EQ(s.range.firstWeekStart, QDate(2026, 2, 2));
    EXPECT_EQ(s.range.weekCount, 5) << "from the plan's first week to this week";
    EXPECT_EQ(s.weeks.size(), 5);
}

TEST_F(DashboardSnapshotTest, TrialWindowWithoutAPlanFallsBackToTwelveWeeks)
{
    const DashboardSnapshot s = snapshot(DashboardWindow::Trial);
    EXPECT_EQ(s.range.weekCount, 12);
}

TEST_F(DashboardSnapshotTest, SafetyFirstFromTheLatestAssessmentReachesTheSnapshotAndTheEvaluation)
{
    TrialPlan plan;
    plan.relationshipId = relationshipId;
    plan.startDate = QDate(2026, 1, 5);
    plan.lengthWeeks = 8;
    ASSERT_TRUE(TrialPlanRepository(*db).create(plan).ok());

    auto questionnaire = Questionnaire::load();
    ASSERT_TRUE(questionnaire.ok());
    Assessment a;
    a.relationshipId = relationshipId;
    a.questionnaireVersion = questionnaire->version();
    a.answers = {{u"red-retaliation"_s, 1}};
    ASSERT_TRUE(AssessmentRepository(*db).finish(a, *questionnaire).ok());

    const DashboardSnapshot s = snapshot();
    EXPECT_TRUE(s.safetyFirst());
    ASSERT_TRUE(s.evaluation.has_value());
    EXPECT_EQ(s.evaluation->verdict, TrialVerdict::SafetyFirst);
}

TEST(DashboardRange, FixedWindowsEndWithTheWeekOfToday)
{
    const QDate today(2026, 3, 4); // a Wednesday
    for (auto [window, weeks] : {std::pair {DashboardWindow::Weeks12, 12}, std::pair {DashboardWindow::Months6, 26},
             std::pair {DashboardWindow::Year, 52}}) {
        const WeekRange r = DashboardBuilder::rangeFor(window, today, {}, std::nullopt);
        EXPECT_EQ(r.weekCount, weeks);
        EXPECT_EQ(r.lastDay(), QDate(2026, 3, 8));
    }
}

TEST(DashboardRange, AFinishedPlanShowsAllItsWeeksAndAnEndedOneStopsWhereItEnded)
{
    TrialPlan plan;
    plan.id = 1;
    plan.startDate = QDate(2025, 6, 2); // a Monday
    plan.lengthWeeks = 10;
    const QDate today(2026, 3, 4);
    WeekRange r = DashboardBuilder::rangeFor(DashboardWindow::Trial, today, {}, plan);
    EXPECT_EQ(r.firstWeekStart, QDate(2025, 6, 2));
    EXPECT_EQ(r.weekCount, 10);

    plan.endedAt = QDateTime(QDate(2025, 6, 20), QTime(10, 0));
    r = DashboardBuilder::rangeFor(DashboardWindow::Trial, today, {}, plan);
    EXPECT_EQ(r.weekCount, 3);

    // A plan that starts in the future is not a window yet.
    plan.endedAt = {};
    plan.startDate = QDate(2026, 4, 6);
    r = DashboardBuilder::rangeFor(DashboardWindow::Trial, today, {}, plan);
    EXPECT_EQ(r.weekCount, 12);
}
