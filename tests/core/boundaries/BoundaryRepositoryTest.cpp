#include "boundaries/BoundaryRepository.h"
#include "TestDatabase.h"
#include "relationships/RelationshipRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

using namespace bearings;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute));
}

} // namespace

class BoundaryRepositoryTest : public DatabaseTest {
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        Relationship r;
        r.name = u"Sam"_s;
        r.notes = u"-"_s; // RelationshipRepository binds a null QString as NULL
        ASSERT_TRUE(RelationshipRepository(*db).add(r).ok());
        sam = r.id;
        Relationship o;
        o.name = u"Alex"_s;
        o.notes = u"-"_s;
        ASSERT_TRUE(RelationshipRepository(*db).add(o).ok());
        alex = o.id;
    }

    BoundaryRepository repo() { return BoundaryRepository(*db); }

    Boundary sample(qint64 relationshipId = 0)
    {
        Boundary b;
        b.relationshipId = relationshipId ? relationshipId : sam;
        b.behaviour = u"Shouting at me"_s;
        b.limit = u"I will not stay in a conversation where I am shouted at"_s;
        b.consequence = u"I will leave the room and come back after an hour"_s;
        return b;
    }

    qint64 addBoundary(qint64 relationshipId = 0)
    {
        Boundary b = sample(relationshipId);
        auto id = repo().add(b);
        EXPECT_TRUE(id.ok());
        return id.ok() ? id.value() : 0;
    }

    qint64 addBreach(qint64 boundaryId, const QDateTime &when, bool carriedOut = true)
    {
        Breach b;
        b.boundaryId = boundaryId;
        b.occurredAt = when;
        b.consequenceCarriedOut = carriedOut;
        auto id = repo().logBreach(b);
        EXPECT_TRUE(id.ok());
        return id.ok() ? id.value() : 0;
    }

    static QList<qint64> idsOf(const QList<Breach> &breaches)
    {
        QList<qint64> ids;
        for (const Breach &b : breaches)
            ids << b.id;
        return ids;
    }

    QString dump() const
    {
        QString out;
        QSqlQuery q(db->connection());
        for (const QString &table : {u"boundary"_s, u"breach"_s}) {
            EXPECT_TRUE(q.exec(u"SELECT * FROM "_s + table + u" ORDER BY id"_s));
            out += table + u':';
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    out += q.value(i).toString() + u'|';
                out += u'\n';
            }
        }
        return out;
    }

    qint64 sam = 0;
    qint64 alex = 0;
};

TEST_F(BoundaryRepositoryTest, AddThenGetReturnsTheSameTrimmedBoundary)
{
    clock.advanceSecs(90);
    Boundary b = sample();
    b.behaviour = u"  Reading my phone  "_s;
    b.active = false; // ignored: a new boundary is always active
    auto id = repo().add(b);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(b.id, id.value());
    EXPECT_EQ(b.behaviour, u"Reading my phone"_s);
    EXPECT_TRUE(b.active);
    EXPECT_EQ(b.createdAt, at(2, 9, 1).addSecs(30));
    EXPECT_FALSE(b.retiredAt.isValid());

    auto loaded = repo().get(b.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.value(), b);
}

TEST_F(BoundaryRepositoryTest, SurvivesImageRoundTripWithBreaches)
{
    Boundary b = sample();
    ASSERT_TRUE(repo().add(b).ok());
    Breach breach;
    breach.boundaryId = b.id;
    breach.occurredAt = at(1, 21, 15);
    breach.description = u"  Raised voice over dinner.  "_s;
    breach.consequenceCarriedOut = true;
    ASSERT_TRUE(repo().logBreach(breach).ok());
    EXPECT_EQ(breach.description, u"Raised voice over dinner."_s);
    clock.advanceDays(1);
    ASSERT_TRUE(repo().retire(b.id).ok());
    b.active = false;
    b.retiredAt = at(3, 9);

    auto reloaded = reload();
    ASSERT_TRUE(reloaded);
    BoundaryRepository again(*reloaded);
    auto loaded = again.get(b.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.value(), b);
    auto breaches = again.breaches(b.id);
    ASSERT_TRUE(breaches.ok());
    ASSERT_EQ(breaches->size(), 1);
    EXPECT_EQ(breaches->at(0), breach);
}

TEST_F(BoundaryRepositoryTest, EveryValidationErrorLeavesTheDatabaseUnchanged)
{
    const qint64 existing = addBoundary();
    addBreach(existing, at(1, 10));
    const QString before = dump();

    struct Case {
        const char *name;
        std::function<void(Boundary &)> spoil;
    };
    const QList<Case> cases {
        {"empty behaviour", [](Boundary &b) { b.behaviour.clear(); }},
        {"blank limit", [](Boundary &b) { b.limit = u" \t\n"_s; }},
        {"blank consequence", [](Boundary &b) { b.consequence = u"   "_s; }},
        {"long behaviour", [](Boundary &b) { b.behaviour = QString(2001, u'x'); }},
        {"long limit", [](Boundary &b) { b.limit = QString(2001, u'x'); }},
        {"long consequence", [](Boundary &b) { b.consequence = QString(2001, u'x'); }},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        Boundary fresh = sample();
        c.spoil(fresh);
        auto added = repo().add(fresh);
        ASSERT_FALSE(added.ok());
        EXPECT_EQ(added.error().code, ErrorCode::Invalid);
        EXPECT_FALSE(added.error().message.isEmpty());
        EXPECT_EQ(fresh.id, 0);

        Boundary changed = repo().get(existing).value();
        c.spoil(changed);
        auto updated = repo().update(changed);
        ASSERT_FALSE(updated.ok());
        EXPECT_EQ(updated.error().code, ErrorCode::Invalid);
        EXPECT_EQ(dump(), before);
    }

    Boundary orphan = sample(4242);
    EXPECT_EQ(repo().add(orphan).error().code, ErrorCode::NotFound);
    Boundary ghost = sample();
    ghost.id = 4242;
    EXPECT_EQ(repo().update(ghost).error().code, ErrorCode::NotFound);

    Breach noBoundary;
    noBoundary.boundaryId = 4242;
    noBoundary.occurredAt = at(1, 10);
    EXPECT_EQ(repo().logBreach(noBoundary).error().code, ErrorCode::NotFound);
    Breach noTime;
    noTime.boundaryId = existing;
    EXPECT_EQ(repo().logBreach(noTime).error().code, ErrorCode::Invalid);
    Breach longText;
    longText.boundaryId = existing;
    longText.occurredAt = at(1, 10);
    longText.description = QString(2001, u'x');
    EXPECT_EQ(repo().logBreach(longText).error().code, ErrorCode::Invalid);
    Breach firstBreach = repo().breaches(existing)->first();
    firstBreach.occurredAt = {};
    EXPECT_EQ(repo().updateBreach(firstBreach).error().code, ErrorCode::Invalid);
    EXPECT_EQ(dump(), before);

    Boundary longest = sample();
    longest.behaviour = QString(2000, u'x');
    EXPECT_TRUE(repo().add(longest).ok());
}

TEST_F(BoundaryRepositoryTest, UpdateSavesOnlyTheTexts)
{
    Boundary b = sample();
    ASSERT_TRUE(repo().add(b).ok());
    Boundary changed = b;
    changed.behaviour = u" Calling me names "_s;
    changed.limit = u"No name-calling"_s;
    changed.consequence = u"I will end the call"_s;
    changed.active = false;
    changed.createdAt = at(1, 1);
    changed.relationshipId = alex;
    ASSERT_TRUE(repo().update(changed).ok());

    auto loaded = repo().get(b.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->behaviour, u"Calling me names"_s);
    EXPECT_EQ(loaded->limit, u"No name-calling"_s);
    EXPECT_EQ(loaded->consequence, u"I will end the call"_s);
    EXPECT_TRUE(loaded->active);
    EXPECT_EQ(loaded->createdAt, b.createdAt);
    EXPECT_EQ(loaded->relationshipId, sam);
}

TEST_F(BoundaryRepositoryTest, RetireAndReactivate)
{
    const qint64 id = addBoundary();
    clock.advanceDays(3);
    ASSERT_TRUE(repo().retire(id).ok());
    auto retired = repo().get(id);
    ASSERT_TRUE(retired.ok());
    EXPECT_FALSE(retired->active);
    EXPECT_EQ(retired->retiredAt, at(5, 9));

    clock.advanceDays(1);
    ASSERT_TRUE(repo().retire(id).ok()); // keeps the first date
    EXPECT_EQ(repo().get(id)->retiredAt, at(5, 9));

    ASSERT_TRUE(repo().reactivate(id).ok());
    auto active = repo().get(id);
    ASSERT_TRUE(active.ok());
    EXPECT_TRUE(active->active);
    EXPECT_FALSE(active->retiredAt.isValid());
    EXPECT_EQ(active->createdAt, at(2, 9));

    EXPECT_EQ(repo().retire(4242).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repo().reactivate(4242).error().code, ErrorCode::NotFound);
}

TEST_F(BoundaryRepositoryTest, ListShowsActiveFirstThenOldestFirst)
{
    const qint64 first = addBoundary();
    clock.advanceDays(1);
    const qint64 second = addBoundary();
    clock.advanceDays(1);
    const qint64 third = addBoundary();
    addBoundary(alex);
    ASSERT_TRUE(repo().retire(first).ok());

    auto active = repo().list(sam);
    ASSERT_TRUE(active.ok());
    ASSERT_EQ(active->size(), 2);
    EXPECT_EQ(active->at(0).id, second);
    EXPECT_EQ(active->at(1).id, third);

    auto all = repo().list(sam, true);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).id, second);
    EXPECT_EQ(all->at(1).id, third);
    EXPECT_EQ(all->at(2).id, first);
    EXPECT_FALSE(all->at(2).active);

    auto none = repo().list(4242, true);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());
}

TEST_F(BoundaryRepositoryTest, BreachesAreOldestFirstAndCanBeEditedAndRemoved)
{
    const qint64 boundary = addBoundary();
    const qint64 later = addBreach(boundary, at(5, 18));
    const qint64 earlier = addBreach(boundary, at(1, 18), false);
    const qint64 sameTime = addBreach(boundary, at(5, 18));
    auto listed = repo().breaches(boundary);
    ASSERT_TRUE(listed.ok());
    EXPECT_EQ(idsOf(listed.value()), (QList<qint64> {earlier, later, sameTime}));
    EXPECT_FALSE(listed->at(0).consequenceCarriedOut);

    Breach edited = listed->at(0);
    edited.occurredAt = at(6, 7);
    edited.description = u"Followed through the second time."_s;
    edited.consequenceCarriedOut = true;
    ASSERT_TRUE(repo().updateBreach(edited).ok());
    listed = repo().breaches(boundary);
    ASSERT_TRUE(listed.ok());
    EXPECT_EQ(idsOf(listed.value()), (QList<qint64> {later, sameTime, earlier}));
    EXPECT_EQ(listed->at(2), edited);

    ASSERT_TRUE(repo().removeBreach(later).ok());
    EXPECT_EQ(idsOf(repo().breaches(boundary).value()), (QList<qint64> {sameTime, earlier}));
    EXPECT_EQ(repo().removeBreach(later).error().code, ErrorCode::NotFound);
    Breach ghost = edited;
    ghost.id = 4242;
    EXPECT_EQ(repo().updateBreach(ghost).error().code, ErrorCode::NotFound);
}

TEST_F(BoundaryRepositoryTest, BreachesCanBeLoggedOnARetiredBoundary)
{
    const qint64 boundary = addBoundary();
    ASSERT_TRUE(repo().retire(boundary).ok());
    const qint64 breach = addBreach(boundary, at(1, 12));
    EXPECT_GT(breach, 0);
}

TEST_F(BoundaryRepositoryTest, BreachesForRelationshipSpanItsBoundariesWithinHalfOpenRange)
{
    const qint64 one = addBoundary();
    const qint64 two = addBoundary();
    const qint64 theirs = addBoundary(alex);
    const qint64 b1 = addBreach(one, at(1, 10));
    const qint64 b2 = addBreach(two, at(2, 10));
    const qint64 b3 = addBreach(one, at(3, 10));
    const qint64 b4 = addBreach(two, at(4, 10));
    addBreach(theirs, at(2, 11));

    auto all = repo().breachesForRelationship(sam);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(idsOf(all.value()), (QList<qint64> {b1, b2, b3, b4}));

    auto ranged = repo().breachesForRelationship(sam, at(2, 10), at(4, 10));
    ASSERT_TRUE(ranged.ok());
    EXPECT_EQ(idsOf(ranged.value()), (QList<qint64> {b2, b3}));

    auto openStart = repo().breachesForRelationship(sam, {}, at(2, 10));
    ASSERT_TRUE(openStart.ok());
    EXPECT_EQ(idsOf(openStart.value()), QList<qint64> {b1});

    auto openEnd = repo().breachesForRelationship(sam, at(3, 0), {});
    ASSERT_TRUE(openEnd.ok());
    EXPECT_EQ(idsOf(openEnd.value()), (QList<qint64> {b3, b4}));
}

TEST_F(BoundaryRepositoryTest, RemovingABoundaryOrRelationshipRemovesItsBreaches)
{
    const qint64 gone = addBoundary();
    const qint64 kept = addBoundary();
    const qint64 theirs = addBoundary(alex);
    addBreach(gone, at(1, 10));
    addBreach(gone, at(1, 11));
    const qint64 keptBreach = addBreach(kept, at(1, 12));
    const qint64 theirBreach = addBreach(theirs, at(1, 13));

    ASSERT_TRUE(repo().remove(gone).ok());
    EXPECT_EQ(repo().get(gone).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(repo().breaches(gone)->isEmpty());
    EXPECT_EQ(idsOf(repo().breaches(kept).value()), QList<qint64> {keptBreach});
    EXPECT_EQ(repo().remove(gone).error().code, ErrorCode::NotFound);

    ASSERT_TRUE(RelationshipRepository(*db).remove(sam).ok());
    EXPECT_EQ(repo().get(kept).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(repo().breaches(kept)->isEmpty());
    EXPECT_EQ(idsOf(repo().breachesForRelationship(alex).value()), QList<qint64> {theirBreach});
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(u"SELECT count(*) FROM breach"_s) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}
