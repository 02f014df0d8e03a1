#include "relationships/RelationshipRepository.h"
#include "TestDatabase.h"

#include <QSqlQuery>

using namespace bearings;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

namespace {

Relationship sample(const QString &name = u"Sam"_s)
{
    Relationship r;
    r.name = name;
    r.kind = RelationshipKind::Partner;
    r.notes = u"Met at work."_s;
    r.nonNegotiables = {u"No shouting at me"_s, u"No reading my phone"_s};
    r.values = {u"Honesty"_s};
    return r;
}

} // namespace

class RelationshipRepositoryTest : public DatabaseTest {
protected:
    RelationshipRepository repo() { return RelationshipRepository(*db); }
};

TEST_F(RelationshipRepositoryTest, AddThenGetReturnsTheSameRelationship)
{
    Relationship r = sample();
    auto id = repo().add(r);
    ASSERT_TRUE(id.ok());
    EXPECT_GT(id.value(), 0);
    EXPECT_EQ(r.id, id.value());
    EXPECT_EQ(r.createdAt, clock.now());

    auto loaded = repo().get(r.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.value(), r);
    EXPECT_EQ(loaded->nonNegotiables, (QStringList {u"No shouting at me"_s, u"No reading my phone"_s}));
}

TEST_F(RelationshipRepositoryTest, SurvivesImageRoundTrip)
{
    Relationship r = sample();
    ASSERT_TRUE(repo().add(r).ok());
    auto reloaded = reload();
    ASSERT_TRUE(reloaded);
    auto loaded = RelationshipRepository(*reloaded).get(r.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.value(), r);
}

TEST_F(RelationshipRepositoryTest, RejectsEmptyAndOverlongNames)
{
    Relationship blank = sample(u"   "_s);
    auto r1 = repo().add(blank);
    ASSERT_FALSE(r1.ok());
    EXPECT_EQ(r1.error().code, ErrorCode::Invalid);
    Relationship longName = sample(QString(201, QLatin1Char('a')));
    EXPECT_FALSE(repo().add(longName).ok());
    auto all = repo().list(true);
    ASSERT_TRUE(all.ok());
    EXPECT_TRUE(all->isEmpty());
}

TEST_F(RelationshipRepositoryTest, UpdateReplacesItemsAndTrimsName)
{
    Relationship r = sample();
    ASSERT_TRUE(repo().add(r).ok());
    r.name = u"  Sam (old flat)  "_s;
    r.kind = RelationshipKind::CoParent;
    r.nonNegotiables = {u"Only talk about the kids"_s};
    r.values = {};
    ASSERT_TRUE(repo().update(r).ok());
    auto loaded = repo().get(r.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->name, u"Sam (old flat)"_s);
    EXPECT_EQ(loaded->kind, RelationshipKind::CoParent);
    EXPECT_EQ(loaded->nonNegotiables, QStringList {u"Only talk about the kids"_s});
    EXPECT_TRUE(loaded->values.isEmpty());
}

TEST_F(RelationshipRepositoryTest, UpdateOfMissingRelationshipIsNotFound)
{
    Relationship ghost = sample();
    ghost.id = 999;
    auto s = repo().update(ghost);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::NotFound);
}

TEST_F(RelationshipRepositoryTest, ListHidesArchivedUnlessAsked)
{
    Relationship a = sample(u"Alex"_s), b = sample(u"bea"_s), c = sample(u"Cam"_s);
    for (Relationship *r : {&c, &a, &b})
        ASSERT_TRUE(repo().add(*r).ok());
    ASSERT_TRUE(repo().setArchived(b.id, true).ok());
    auto active = repo().list();
    ASSERT_TRUE(active.ok());
    ASSERT_EQ(active->size(), 2);
    EXPECT_EQ(active->at(0).name, u"Alex"_s); // sorted by name, case-insensitive
    EXPECT_EQ(active->at(1).name, u"Cam"_s);
    auto all = repo().list(true);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(2).name, u"bea"_s); // archived last
    EXPECT_TRUE(all->at(2).archived);
}

TEST_F(RelationshipRepositoryTest, StrategyChangesAreKeptWithReasons)
{
    Relationship r = sample();
    ASSERT_TRUE(repo().add(r).ok());
    clock.advanceDays(14);
    ASSERT_TRUE(repo().changeStrategy(r.id, Strategy::Repair, u"They agreed to counselling."_s).ok());
    clock.advanceDays(70);
    ASSERT_TRUE(repo().changeStrategy(r.id, Strategy::Limit, u"Nothing changed after the trial."_s).ok());

    auto loaded = repo().get(r.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->strategy, Strategy::Limit);

    auto history = repo().strategyHistory(r.id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 3);
    EXPECT_EQ(history->at(0).strategy, Strategy::Undecided);
    EXPECT_EQ(history->at(1).strategy, Strategy::Repair);
    EXPECT_EQ(history->at(1).reason, u"They agreed to counselling."_s);
    EXPECT_EQ(history->at(1).changedAt, QDateTime(QDate(2026, 3, 16), QTime(9, 0)));
    EXPECT_EQ(history->at(2).strategy, Strategy::Limit);
    EXPECT_EQ(history->at(2).changedAt, QDateTime(QDate(2026, 5, 25), QTime(9, 0)));
}

TEST_F(RelationshipRepositoryTest, ChangeStrategyOfMissingRelationshipLeavesNoHistory)
{
    auto s = repo().changeStrategy(42, Strategy::Cut, u"x"_s);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::NotFound);
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(u"SELECT count(*) FROM strategy_change"_s) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST_F(RelationshipRepositoryTest, RemoveDeletesEverythingThatBelongsToIt)
{
    Relationship r = sample();
    Relationship other = sample(u"Other"_s);
    ASSERT_TRUE(repo().add(r).ok());
    ASSERT_TRUE(repo().add(other).ok());
    ASSERT_TRUE(db->write([&]() -> Status {
                      QSqlQuery q(db->connection());
                      for (qint64 id : {r.id, other.id}) {
                          q.exec(u"INSERT INTO journal_entry (relationship_id, occurred_at, channel, created_at, "
                                 "updated_at) VALUES (%1, 'x', 'call', 'x', 'x')"_s.arg(id));
                          q.exec(u"INSERT INTO boundary (id, relationship_id, behaviour, limit_text, consequence, "
                                 "created_at) VALUES (%1, %1, 'b', 'l', 'c', 'x')"_s.arg(id));
                          q.exec(u"INSERT INTO breach (boundary_id, occurred_at, consequence_carried_out) "
                                 "VALUES (%1, 'x', 1)"_s.arg(id));
                      }
                      return {};
                  }).ok());
    auto before = repo().footprint(r.id);
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before->journalEntries, 1);
    EXPECT_EQ(before->boundaries, 1);
    EXPECT_EQ(before->breaches, 1);
    EXPECT_EQ(before->assessments, 0);

    ASSERT_TRUE(repo().remove(r.id).ok());
    EXPECT_EQ(repo().get(r.id).error().code, ErrorCode::NotFound);
    auto after = repo().footprint(r.id);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->journalEntries, 0);
    EXPECT_EQ(after->breaches, 0);
    auto kept = repo().footprint(other.id);
    EXPECT_EQ(kept->journalEntries, 1);
    EXPECT_EQ(kept->breaches, 1);
    EXPECT_EQ(repo().remove(r.id).error().code, ErrorCode::NotFound);
}
