#include "checkins/TrialPlanRepository.h"
#include "TestDatabase.h"
#include "relationships/RelationshipRepository.h"

#include <QSqlQuery>

#include <cmath>
#include <functional>
#include <limits>

using namespace bearings;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

namespace {

Benchmark benchmark(
    BenchmarkKind kind, const QString &label, double target, TargetDirection direction = TargetDirection::AtLeast)
{
    Benchmark b;
    b.kind = kind;
    b.label = label;
    b.target = target;
    b.direction = direction;
    return b;
}

} // namespace

class TrialPlanRepositoryTest : public DatabaseTest {
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        Relationship r;
        r.name = u"Sam"_s;
        r.notes = u"Test relationship"_s; // RelationshipRepository binds a null notes as NULL
        r.kind = RelationshipKind::Partner;
        ASSERT_TRUE(RelationshipRepository(*db).add(r).ok());
        relationshipId = r.id;
    }

    TrialPlanRepository repo() { return TrialPlanRepository(*db); }

    TrialPlan samplePlan() const
    {
        TrialPlan p;
        p.relationshipId = relationshipId;
        p.strategy = Strategy::Repair;
        p.startDate = QDate(2026, 3, 2);
        p.lengthWeeks = 12;
        p.myBehaviour = u"  Pause and return instead of arguing on.  "_s;
        p.theirBehaviour = u"20 minutes of attention a day"_s;
        p.checkInWeekday = 7;
        p.benchmarks = {
            benchmark(BenchmarkKind::SelfRated, u"I feel heard"_s, 7),
            benchmark(BenchmarkKind::BreachesPerWeek, u"Boundary breaches"_s, 1, TargetDirection::AtMost),
            benchmark(BenchmarkKind::AfterMood, u"Mood after contact"_s, 1),
        };
        return p;
    }

    int count(const QString &table) const
    {
        QSqlQuery q(db->connection());
        if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    TrialPlan createdPlan()
    {
        TrialPlan p = samplePlan();
        EXPECT_TRUE(repo().create(p).ok());
        return p;
    }

    qint64 relationshipId = 0;
};

TEST_F(TrialPlanRepositoryTest, CreateThenGetReturnsTheSamePlan)
{
    TrialPlan p = samplePlan();
    auto id = repo().create(p);
    ASSERT_TRUE(id.ok()) << id.error().detail.toStdString();
    EXPECT_EQ(p.id, id.value());
    EXPECT_EQ(p.createdAt, clock.now());
    EXPECT_FALSE(p.endedAt.isValid());
    EXPECT_EQ(p.myBehaviour, u"Pause and return instead of arguing on."_s);
    ASSERT_EQ(p.benchmarks.size(), 3);
    for (const Benchmark &b : p.benchmarks)
        EXPECT_GT(b.id, 0);

    auto loaded = repo().get(p.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.value(), p);
    EXPECT_EQ(loaded->benchmarks.at(1).direction, TargetDirection::AtMost);
    EXPECT_EQ(loaded->endDate(), QDate(2026, 5, 24));
}

TEST_F(TrialPlanRepositoryTest, SurvivesImageRoundTrip)
{
    TrialPlan p = createdPlan();
    CheckIn c;
    c.planId = p.id;
    c.week = 2;
    c.helped = u"We walked after dinner."_s;
    c.overall = 6;
    c.ratings = {{p.benchmarks.at(0).id, 7}};
    ASSERT_TRUE(repo().fileCheckIn(c).ok());
    MonthlyReview review;
    review.planId = p.id;
    review.month = 1;
    review.patterns = u"Evenings are harder."_s;
    ASSERT_TRUE(repo().fileReview(review).ok());

    auto reloaded = reload();
    ASSERT_TRUE(reloaded);
    TrialPlanRepository other(*reloaded);
    auto loaded = other.get(p.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.value(), p);
    auto checkIns = other.checkIns(p.id);
    ASSERT_TRUE(checkIns.ok());
    ASSERT_EQ(checkIns->size(), 1);
    EXPECT_EQ(checkIns->first(), c);
    auto reviews = other.reviews(p.id);
    ASSERT_TRUE(reviews.ok());
    ASSERT_EQ(reviews->size(), 1);
    EXPECT_EQ(reviews->first(), review);
}

TEST_F(TrialPlanRepositoryTest, EachValidationErrorLeavesTheDatabaseUnchanged)
{
    struct Case {
        const char *name;
        std::function<void(TrialPlan &)> spoil;
        ErrorCode code;
    };
    const Case cases[] = {
        {"missing relationship", [](TrialPlan &p) { p.relationshipId = 999; }, ErrorCode::NotFound},
        {"no start date", [](TrialPlan &p) { p.startDate = QDate(); }, ErrorCode::Invalid},
        {"too short", [](TrialPlan &p) { p.lengthWeeks = kTrialMinWeeks - 1; }, ErrorCode::Invalid},
        {"too long", [](TrialPlan &p) { p.lengthWeeks = kTrialMaxWeeks + 1; }, ErrorCode::Invalid},
        {"weekday 0", [](TrialPlan &p) { p.checkInWeekday = 0; }, ErrorCode::Invalid},
        {"weekday 8", [](TrialPlan &p) { p.checkInWeekday = 8; }, ErrorCode::Invalid},
        {"blank label", [](TrialPlan &p) { p.benchmarks[0].label = u"  "_s; }, ErrorCode::Invalid},
        {"self rating above 10", [](TrialPlan &p) { p.benchmarks[0].target = 11; }, ErrorCode::Invalid},
        {"self rating below 0", [](TrialPlan &p) { p.benchmarks[0].target = -1; }, ErrorCode::Invalid},
        {"negative breaches", [](TrialPlan &p) { p.benchmarks[1].target = -0.5; }, ErrorCode::Invalid},
        {"negative ratio",
            [](TrialPlan &p) { p.benchmarks.append(benchmark(BenchmarkKind::PositiveNegativeRatio, u"Ratio"_s, -1)); },
            ErrorCode::Invalid},
        {"mood above 5", [](TrialPlan &p) { p.benchmarks[2].target = 5.5; }, ErrorCode::Invalid},
        {"mood below -5", [](TrialPlan &p) { p.benchmarks[2].target = -6; }, ErrorCode::Invalid},
        {"not a number", [](TrialPlan &p) { p.benchmarks[1].target = std::numeric_limits<double>::quiet_NaN(); },
            ErrorCode::Invalid},
        {"nine benchmarks",
            [](TrialPlan &p) {
                while (p.benchmarks.size() < TrialPlanRepository::kMaxBenchmarks + 1)
                    p.benchmarks.append(benchmark(BenchmarkKind::SelfRated, u"More"_s, 5));
            },
            ErrorCode::Invalid},
    };
    for (const Case &c : cases) {
        TrialPlan p = samplePlan();
        c.spoil(p);
        auto result = repo().create(p);
        ASSERT_FALSE(result.ok()) << c.name;
        EXPECT_EQ(result.error().code, c.code) << c.name;
        EXPECT_FALSE(result.error().message.isEmpty()) << c.name;
        EXPECT_EQ(p.id, 0) << c.name;
        EXPECT_EQ(count(u"trial_plan"_s), 0) << c.name;
        EXPECT_EQ(count(u"benchmark"_s), 0) << c.name;
    }
}

TEST_F(TrialPlanRepositoryTest, AcceptsTheEdgesOfEachRange)
{
    TrialPlan p = samplePlan();
    p.lengthWeeks = kTrialMaxWeeks;
    p.checkInWeekday = 1;
    p.benchmarks = {benchmark(BenchmarkKind::SelfRated, u"a"_s, 10), benchmark(BenchmarkKind::AfterMood, u"b"_s, -5),
        benchmark(BenchmarkKind::BreachesPerWeek, u"c"_s, 0),
        benchmark(BenchmarkKind::PositiveNegativeRatio, u"d"_s, 5)};
    while (p.benchmarks.size() < TrialPlanRepository::kMaxBenchmarks)
        p.benchmarks.append(benchmark(BenchmarkKind::SelfRated, u"e"_s, 0));
    auto id = repo().create(p);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(count(u"benchmark"_s), TrialPlanRepository::kMaxBenchmarks);
}

TEST_F(TrialPlanRepositoryTest, OnlyOneRunningPlanPerRelationship)
{
    TrialPlan first = createdPlan();
    TrialPlan second = samplePlan();
    auto refused = repo().create(second);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(count(u"trial_plan"_s), 1);
    EXPECT_EQ(count(u"benchmark"_s), 3);

    clock.advanceDays(84);
    ASSERT_TRUE(repo().end(first.id).ok());
    second.startDate = clock.today();
    ASSERT_TRUE(repo().create(second).ok());

    auto active = repo().activePlan(relationshipId);
    ASSERT_TRUE(active.ok());
    ASSERT_TRUE(active->has_value());
    EXPECT_EQ(active.value()->id, second.id);

    auto all = repo().list(relationshipId);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).id, first.id);
    EXPECT_EQ(all->at(0).endedAt, clock.now());
    EXPECT_EQ(all->at(1), second);
}

TEST_F(TrialPlanRepositoryTest, ActivePlanIsEmptyWithoutARunningPlan)
{
    auto none = repo().activePlan(relationshipId);
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());

    TrialPlan p = createdPlan();
    clock.advanceDays(3);
    ASSERT_TRUE(repo().end(p.id).ok());
    const QDateTime endedAt = clock.now();
    clock.advanceDays(1);
    ASSERT_TRUE(repo().end(p.id).ok()); // ending twice keeps the first date
    EXPECT_EQ(repo().get(p.id)->endedAt, endedAt);
    auto after = repo().activePlan(relationshipId);
    ASSERT_TRUE(after.ok());
    EXPECT_FALSE(after->has_value());
    EXPECT_EQ(repo().end(999).error().code, ErrorCode::NotFound);
}

TEST_F(TrialPlanRepositoryTest, UpdateKeepsBenchmarkIdsSoRatingsSurvive)
{
    TrialPlan p = createdPlan();
    const qint64 heard = p.benchmarks.at(0).id;
    const qint64 breaches = p.benchmarks.at(1).id;
    const qint64 mood = p.benchmarks.at(2).id;
    CheckIn c;
    c.planId = p.id;
    c.week = 1;
    c.ratings = {{heard, 4}, {mood, 6}};
    ASSERT_TRUE(repo().fileCheckIn(c).ok());

    // Reorder, rename one, drop one, add one.
    p.myBehaviour = u"Keep one small promise a day"_s;
    p.lengthWeeks = 8;
    p.checkInWeekday = 5;
    p.benchmarks = {p.benchmarks.at(1), p.benchmarks.at(0),
        benchmark(BenchmarkKind::PositiveNegativeRatio, u"Good moments vs hard ones"_s, 5)};
    p.benchmarks[1].label = u"I feel heard and respected"_s;
    auto s = repo().update(p);
    ASSERT_TRUE(s.ok()) << s.error().detail.toStdString();
    EXPECT_EQ(p.benchmarks.at(0).id, breaches);
    EXPECT_EQ(p.benchmarks.at(1).id, heard);
    // SQLite may reuse the dropped benchmark's rowid; its ratings are gone either way.
    EXPECT_GT(p.benchmarks.at(2).id, 0);
    EXPECT_NE(p.benchmarks.at(2).id, heard);
    EXPECT_NE(p.benchmarks.at(2).id, breaches);

    auto loaded = repo().get(p.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.value(), p);

    auto stored = repo().checkIn(p.id, 1);
    ASSERT_TRUE(stored.ok());
    ASSERT_TRUE(stored->has_value());
    // The rating of the kept benchmark survives; the dropped one's goes with it.
    EXPECT_EQ(stored.value()->ratings, (QMap<qint64, int> {{heard, 4}}));
}

TEST_F(TrialPlanRepositoryTest, UpdateRefusesForeignBenchmarksAndChangesNothing)
{
    TrialPlan p = createdPlan();
    const TrialPlan before = p;
    p.myBehaviour = u"Changed"_s;
    p.benchmarks[0].id = 9999;
    auto s = repo().update(p);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Invalid);
    EXPECT_EQ(repo().get(p.id).value(), before);

    TrialPlan invalid = before;
    invalid.lengthWeeks = 2;
    EXPECT_EQ(repo().update(invalid).error().code, ErrorCode::Invalid);
    EXPECT_EQ(repo().get(p.id).value(), before);

    TrialPlan ghost = before;
    ghost.id = 999;
    EXPECT_EQ(repo().update(ghost).error().code, ErrorCode::NotFound);
}

TEST_F(TrialPlanRepositoryTest, UpdateCannotStrandCheckInsBeyondTheEnd)
{
    TrialPlan p = createdPlan();
    CheckIn c;
    c.planId = p.id;
    c.week = 10;
    ASSERT_TRUE(repo().fileCheckIn(c).ok());
    TrialPlan shorter = p;
    shorter.lengthWeeks = 8;
    auto s = repo().update(shorter);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Conflict);
    EXPECT_EQ(repo().get(p.id)->lengthWeeks, 12);
    shorter.lengthWeeks = 10;
    EXPECT_TRUE(repo().update(shorter).ok());
}

TEST_F(TrialPlanRepositoryTest, WeekOfCountsFromTheStartDate)
{
    TrialPlan p = samplePlan(); // starts Monday 2 March 2026, 12 weeks
    EXPECT_EQ(TrialPlanRepository::weekOf(p, QDate(2026, 3, 1)), std::nullopt);
    EXPECT_EQ(TrialPlanRepository::weekOf(p, QDate(2026, 3, 2)), 1);
    EXPECT_EQ(TrialPlanRepository::weekOf(p, QDate(2026, 3, 8)), 1);
    EXPECT_EQ(TrialPlanRepository::weekOf(p, QDate(2026, 3, 9)), 2);
    EXPECT_EQ(TrialPlanRepository::weekOf(p, p.endDate()), 12);
    EXPECT_EQ(TrialPlanRepository::weekOf(p, p.endDate().addDays(1)), std::nullopt);
    EXPECT_EQ(TrialPlanRepository::weekOf(p, QDate()), std::nullopt);
    EXPECT_EQ(TrialPlanRepository::monthCount(p), 3);
    p.lengthWeeks = 10;
    EXPECT_EQ(TrialPlanRepository::monthCount(p), 3);
    p.lengthWeeks = 4;
    EXPECT_EQ(TrialPlanRepository::monthCount(p), 1);
}

TEST_F(TrialPlanRepositoryTest, RemovingThePlanOrRelationshipCascades)
{
    TrialPlan p = createdPlan();
    CheckIn c;
    c.planId = p.id;
    c.week = 1;
    c.ratings = {{p.benchmarks.at(0).id, 8}};
    ASSERT_TRUE(repo().fileCheckIn(c).ok());
    MonthlyReview r;
    r.planId = p.id;
    ASSERT_TRUE(repo().fileReview(r).ok());

    ASSERT_TRUE(RelationshipRepository(*db).remove(relationshipId).ok());
    for (const QString &table :
        {u"trial_plan"_s, u"benchmark"_s, u"checkin"_s, u"checkin_rating"_s, u"monthly_review"_s})
        EXPECT_EQ(count(table), 0) << table.toStdString();
    EXPECT_EQ(repo().get(p.id).error().code, ErrorCode::NotFound);
}

TEST_F(TrialPlanRepositoryTest, RemoveDeletesCheckInsAndReviews)
{
    TrialPlan p = createdPlan();
    CheckIn c;
    c.planId = p.id;
    c.ratings = {{p.benchmarks.at(0).id, 8}};
    ASSERT_TRUE(repo().fileCheckIn(c).ok());
    ASSERT_TRUE(repo().remove(p.id).ok());
    EXPECT_EQ(count(u"checkin"_s), 0);
    EXPECT_EQ(count(u"checkin_rating"_s), 0);
    EXPECT_EQ(count(u"benchmark"_s), 0);
    EXPECT_EQ(repo().remove(p.id).error().code, ErrorCode::NotFound);
}
