#include "TestDatabase.h"
#include "checkins/TrialPlanRepository.h"
#include "relationships/RelationshipRepository.h"

#include <QSqlQuery>

#include <functional>

using namespace bearings;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

// Weekly check-ins and monthly reviews of a trial plan.
class CheckInTest : public DatabaseTest {
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        Relationship r;
        r.name = u"Sam"_s;
        r.notes = u"Test relationship"_s; // RelationshipRepository binds a null notes as NULL
        ASSERT_TRUE(RelationshipRepository(*db).add(r).ok());
        plan.relationshipId = r.id;
        plan.startDate = QDate(2026, 3, 2);
        plan.lengthWeeks = 10;
        Benchmark heard;
        heard.label = u"I feel heard"_s;
        heard.target = 7;
        Benchmark calm;
        calm.label = u"Calm evenings"_s;
        calm.target = 6;
        plan.benchmarks = {heard, calm};
        ASSERT_TRUE(repo().create(plan).ok());
    }

    TrialPlanRepository repo() { return TrialPlanRepository(*db); }

    CheckIn sample(int week) const
    {
        CheckIn c;
        c.planId = plan.id;
        c.week = week;
        c.helped = u"  The pause rule worked twice.  "_s;
        c.hindered = u"A late call about money."_s;
        c.overall = 6;
        c.ratings = {{plan.benchmarks.at(0).id, 7}, {plan.benchmarks.at(1).id, 3}};
        return c;
    }

    int count(const QString &table) const
    {
        QSqlQuery q(db->connection());
        if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    TrialPlan plan;
};

TEST_F(CheckInTest, FileThenReadReturnsTheSameCheckIn)
{
    clock.advanceDays(6);
    CheckIn c = sample(1);
    auto id = repo().fileCheckIn(c);
    ASSERT_TRUE(id.ok()) << id.error().detail.toStdString();
    EXPECT_EQ(c.id, id.value());
    EXPECT_EQ(c.filedAt, clock.now());
    EXPECT_EQ(c.helped, u"The pause rule worked twice."_s);

    auto loaded = repo().checkIn(plan.id, 1);
    ASSERT_TRUE(loaded.ok());
    ASSERT_TRUE(loaded->has_value());
    EXPECT_EQ(**loaded, c);

    auto missing = repo().checkIn(plan.id, 2);
    ASSERT_TRUE(missing.ok());
    EXPECT_FALSE(missing->has_value());
}

TEST_F(CheckInTest, OverallAndRatingsAreOptional)
{
    CheckIn c = sample(1);
    c.overall.reset();
    c.ratings.clear();
    ASSERT_TRUE(repo().fileCheckIn(c).ok());
    auto loaded = repo().checkIn(plan.id, 1);
    ASSERT_TRUE(loaded.ok() && loaded->has_value());
    EXPECT_EQ(loaded.value()->overall, std::nullopt);
    EXPECT_TRUE(loaded.value()->ratings.isEmpty());
}

TEST_F(CheckInTest, SecondCheckInForTheSameWeekIsAConflict)
{
    CheckIn first = sample(3);
    ASSERT_TRUE(repo().fileCheckIn(first).ok());
    CheckIn second = sample(3);
    second.helped = u"Something else"_s;
    auto result = repo().fileCheckIn(second);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(result.error().message.contains(u"3"_s));
    EXPECT_EQ(second.id, 0);
    EXPECT_EQ(count(u"checkin"_s), 1);
    EXPECT_EQ(count(u"checkin_rating"_s), 2);
    EXPECT_EQ(repo().checkIn(plan.id, 3).value()->helped, u"The pause rule worked twice."_s);
}

TEST_F(CheckInTest, EachInvalidCheckInLeavesTheDatabaseUnchanged)
{
    struct Case {
        const char *name;
        std::function<void(CheckIn &)> spoil;
        ErrorCode code;
    };
    const Case cases[] = {
        {"missing plan", [](CheckIn &c) { c.planId = 999; }, ErrorCode::NotFound},
        {"week 0", [](CheckIn &c) { c.week = 0; }, ErrorCode::Invalid},
        {"week after the end", [](CheckIn &c) { c.week = 11; }, ErrorCode::Invalid},
        {"overall above 10", [](CheckIn &c) { c.overall = 11; }, ErrorCode::Invalid},
        {"overall below 0", [](CheckIn &c) { c.overall = -1; }, ErrorCode::Invalid},
        {"rating above 10", [this](CheckIn &c) { c.ratings[plan.benchmarks.at(0).id] = 11; }, ErrorCode::Invalid},
        {"rating below 0", [this](CheckIn &c) { c.ratings[plan.benchmarks.at(1).id] = -2; }, ErrorCode::Invalid},
        {"foreign benchmark", [](CheckIn &c) { c.ratings[4242] = 5; }, ErrorCode::Invalid},
    };
    for (const Case &c : cases) {
        CheckIn checkIn = sample(2);
        c.spoil(checkIn);
        auto result = repo().fileCheckIn(checkIn);
        ASSERT_FALSE(result.ok()) << c.name;
        EXPECT_EQ(result.error().code, c.code) << c.name;
        EXPECT_FALSE(result.error().message.isEmpty()) << c.name;
        EXPECT_EQ(count(u"checkin"_s), 0) << c.name;
        EXPECT_EQ(count(u"checkin_rating"_s), 0) << c.name;
    }
}

TEST_F(CheckInTest, RatingsForAnotherPlansBenchmarkAreRefused)
{
    ASSERT_TRUE(repo().end(plan.id).ok());
    TrialPlan other = plan;
    other.id = 0;
    ASSERT_TRUE(repo().create(other).ok());
    CheckIn c = sample(1);
    c.planId = other.id; // ratings still name the first plan's benchmarks
    auto result = repo().fileCheckIn(c);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Invalid);
    EXPECT_EQ(count(u"checkin"_s), 0);
}

TEST_F(CheckInTest, UpdateChangesAnswersButNotWeekOrFilingTime)
{
    CheckIn c = sample(2);
    ASSERT_TRUE(repo().fileCheckIn(c).ok());
    const QDateTime filedAt = c.filedAt;
    clock.advanceDays(1);
    c.helped = u"Talking on Sunday"_s;
    c.hindered.clear();
    c.overall = 8;
    c.ratings = {{plan.benchmarks.at(1).id, 9}};
    c.week = 5; // ignored: a check-in stays in its week
    ASSERT_TRUE(repo().updateCheckIn(c).ok());

    auto loaded = repo().checkIn(plan.id, 2);
    ASSERT_TRUE(loaded.ok() && loaded->has_value());
    const CheckIn &stored = **loaded;
    EXPECT_EQ(stored.helped, u"Talking on Sunday"_s);
    EXPECT_TRUE(stored.hindered.isEmpty());
    EXPECT_EQ(stored.overall, 8);
    EXPECT_EQ(stored.ratings, (QMap<qint64, int> {{plan.benchmarks.at(1).id, 9}}));
    EXPECT_EQ(stored.filedAt, filedAt);
    EXPECT_FALSE(repo().checkIn(plan.id, 5)->has_value());
}

TEST_F(CheckInTest, InvalidUpdateChangesNothing)
{
    CheckIn c = sample(2);
    ASSERT_TRUE(repo().fileCheckIn(c).ok());
    CheckIn bad = c;
    bad.helped = u"changed"_s;
    bad.ratings[plan.benchmarks.at(0).id] = 12;
    EXPECT_EQ(repo().updateCheckIn(bad).error().code, ErrorCode::Invalid);
    EXPECT_EQ(repo().checkIn(plan.id, 2).value().value(), c);
    CheckIn ghost = c;
    ghost.id = 999;
    EXPECT_EQ(repo().updateCheckIn(ghost).error().code, ErrorCode::NotFound);
}

TEST_F(CheckInTest, CheckInsAreListedByWeek)
{
    for (int week : {5, 1, 3}) {
        CheckIn c = sample(week);
        ASSERT_TRUE(repo().fileCheckIn(c).ok());
    }
    auto all = repo().checkIns(plan.id);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).week, 1);
    EXPECT_EQ(all->at(1).week, 3);
    EXPECT_EQ(all->at(2).week, 5);
    EXPECT_EQ(all->at(2).ratings.size(), 2);
}

TEST_F(CheckInTest, ReviewsAreOnePerMonthWithinThePlan)
{
    // A 10-week plan has room for three monthly reviews.
    MonthlyReview third;
    third.planId = plan.id;
    third.month = 3;
    third.patterns = u"Weekends are calmer."_s;
    third.progress = u"Fewer late calls."_s;
    third.planChanges = u"Add a Sunday walk."_s;
    ASSERT_TRUE(repo().fileReview(third).ok());
    EXPECT_EQ(third.filedAt, clock.now());
    MonthlyReview first;
    first.planId = plan.id;
    first.month = 1;
    ASSERT_TRUE(repo().fileReview(first).ok());

    MonthlyReview again = first;
    again.id = 0;
    auto conflict = repo().fileReview(again);
    ASSERT_FALSE(conflict.ok());
    EXPECT_EQ(conflict.error().code, ErrorCode::Conflict);

    MonthlyReview tooLate;
    tooLate.planId = plan.id;
    tooLate.month = 4;
    EXPECT_EQ(repo().fileReview(tooLate).error().code, ErrorCode::Invalid);
    tooLate.month = 0;
    EXPECT_EQ(repo().fileReview(tooLate).error().code, ErrorCode::Invalid);
    EXPECT_EQ(count(u"monthly_review"_s), 2);

    first.progress = u"Small wins."_s;
    ASSERT_TRUE(repo().updateReview(first).ok());
    auto all = repo().reviews(plan.id);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0), first);
    EXPECT_EQ(all->at(1), third);
    EXPECT_EQ(repo().review(plan.id, 3).value().value(), third);

    MonthlyReview ghost = first;
    ghost.id = 999;
    EXPECT_EQ(repo().updateReview(ghost).error().code, ErrorCode::NotFound);
}
