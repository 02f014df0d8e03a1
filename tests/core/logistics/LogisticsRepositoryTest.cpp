#include "logistics/LogisticsRepository.h"
#include "TestDatabase.h"
#include "relationships/RelationshipRepository.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace bearings;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

class LogisticsRepositoryTest : public DatabaseTest {
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        relationshipId = addRelationship(u"Sam"_s);
    }

    qint64 addRelationship(const QString &name)
    {
        Relationship r;
        r.name = name;
        r.notes = u"Test relationship"_s; // RelationshipRepository binds a null notes as NULL
        auto added = RelationshipRepository(*db).add(r);
        EXPECT_TRUE(added.ok()) << added.error().message.toStdString() << added.error().detail.toStdString();
        return r.id;
    }

    LogisticsRepository repo() { return LogisticsRepository(*db); }

    LogisticsItem add(LogisticsCategory category, const QString &text, qint64 relationship = 0)
    {
        LogisticsItem item;
        item.relationshipId = relationship != 0 ? relationship : relationshipId;
        item.category = category;
        item.text = text;
        EXPECT_TRUE(repo().add(item).ok());
        return item;
    }

    int count() const
    {
        QSqlQuery q(db->connection());
        if (!q.exec(u"SELECT count(*) FROM logistics_item"_s) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    qint64 relationshipId = 0;
};

TEST_F(LogisticsRepositoryTest, AddThenGetReturnsTheSameItem)
{
    LogisticsItem item;
    item.relationshipId = relationshipId;
    item.category = LogisticsCategory::Banking;
    item.text = u"  Open my own account  "_s;
    auto id = repo().add(item);
    ASSERT_TRUE(id.ok()) << id.error().detail.toStdString();
    EXPECT_EQ(item.id, id.value());
    EXPECT_EQ(item.position, 1);
    EXPECT_EQ(item.text, u"Open my own account"_s);
    EXPECT_FALSE(item.done);
    EXPECT_FALSE(item.doneAt.isValid());
    EXPECT_EQ(repo().get(item.id).value(), item);
}

TEST_F(LogisticsRepositoryTest, SurvivesImageRoundTrip)
{
    LogisticsItem a = add(LogisticsCategory::Keys, u"Get my key back"_s);
    LogisticsItem b = add(LogisticsCategory::Mail, u"Forward the post"_s);
    ASSERT_TRUE(repo().setDone(a.id, true).ok());
    auto before = repo().list(relationshipId);
    ASSERT_TRUE(before.ok());
    auto reloaded = reload();
    ASSERT_TRUE(reloaded);
    auto after = LogisticsRepository(*reloaded).list(relationshipId);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after.value(), before.value());
    EXPECT_EQ(after->size(), 2);
}

TEST_F(LogisticsRepositoryTest, ValidationErrorsLeaveTheDatabaseUnchanged)
{
    LogisticsItem blank;
    blank.relationshipId = relationshipId;
    blank.text = u"   "_s;
    EXPECT_EQ(repo().add(blank).error().code, ErrorCode::Invalid);
    LogisticsItem longText = blank;
    longText.text = QString(LogisticsRepository::kMaxTextLength + 1, QLatin1Char('x'));
    EXPECT_EQ(repo().add(longText).error().code, ErrorCode::Invalid);
    LogisticsItem orphan = blank;
    orphan.relationshipId = 999;
    orphan.text = u"Keys"_s;
    EXPECT_EQ(repo().add(orphan).error().code, ErrorCode::NotFound);
    EXPECT_EQ(orphan.id, 0);
    EXPECT_EQ(count(), 0);

    LogisticsItem item = add(LogisticsCategory::Keys, u"Keys"_s);
    EXPECT_EQ(repo().updateText(item.id, u" "_s).error().code, ErrorCode::Invalid);
    EXPECT_EQ(repo().get(item.id)->text, u"Keys"_s);
    EXPECT_EQ(repo().updateText(999, u"x"_s).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repo().setDone(999, true).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repo().remove(999).error().code, ErrorCode::NotFound);
}

TEST_F(LogisticsRepositoryTest, PositionsCountWithinRelationshipAndCategory)
{
    const qint64 other = addRelationship(u"Alex"_s);
    LogisticsItem a = add(LogisticsCategory::Banking, u"a"_s);
    LogisticsItem b = add(LogisticsCategory::Banking, u"b"_s);
    LogisticsItem c = add(LogisticsCategory::Mail, u"c"_s);
    LogisticsItem d = add(LogisticsCategory::Banking, u"d"_s, other);
    EXPECT_EQ(a.position, 1);
    EXPECT_EQ(b.position, 2);
    EXPECT_EQ(c.position, 1);
    EXPECT_EQ(d.position, 1);
    ASSERT_TRUE(repo().remove(b.id).ok());
    EXPECT_EQ(add(LogisticsCategory::Banking, u"e"_s).position, 2);
}

TEST_F(LogisticsRepositoryTest, ListIsOrderedByCategoryThenPosition)
{
    // Added out of order on purpose; "support_people" sorts before "mail" as text.
    add(LogisticsCategory::SupportPeople, u"Tell Ana"_s);
    add(LogisticsCategory::Custom, u"Something else"_s);
    add(LogisticsCategory::Mail, u"Forward the post"_s);
    add(LogisticsCategory::Banking, u"Open my own account"_s);
    add(LogisticsCategory::Mail, u"Change address at the bank"_s);
    add(LogisticsCategory::Pets, u"Vet records"_s);
    const qint64 other = addRelationship(u"Alex"_s);
    add(LogisticsCategory::Banking, u"Not mine"_s, other);

    auto items = repo().list(relationshipId);
    ASSERT_TRUE(items.ok());
    QStringList texts;
    for (const LogisticsItem &i : items.value())
        texts.append(i.text);
    EXPECT_EQ(texts,
        (QStringList {u"Open my own account"_s, u"Forward the post"_s, u"Change address at the bank"_s,
            u"Vet records"_s, u"Tell Ana"_s, u"Something else"_s}));
}

TEST_F(LogisticsRepositoryTest, SetDoneStampsAndClearsDoneAt)
{
    LogisticsItem item = add(LogisticsCategory::Accounts, u"Change passwords"_s);
    clock.advanceDays(2);
    ASSERT_TRUE(repo().setDone(item.id, true).ok());
    auto done = repo().get(item.id);
    ASSERT_TRUE(done.ok());
    EXPECT_TRUE(done->done);
    EXPECT_EQ(done->doneAt, clock.now());
    ASSERT_TRUE(repo().setDone(item.id, false).ok());
    auto undone = repo().get(item.id);
    ASSERT_TRUE(undone.ok());
    EXPECT_FALSE(undone->done);
    EXPECT_FALSE(undone->doneAt.isValid());

    ASSERT_TRUE(repo().updateText(item.id, u" Change all passwords "_s).ok());
    EXPECT_EQ(repo().get(item.id)->text, u"Change all passwords"_s);
}

TEST_F(LogisticsRepositoryTest, SeedingAddsAStarterChecklistOnce)
{
    auto added = repo().seedDefaults(relationshipId, Strategy::Cut);
    ASSERT_TRUE(added.ok()) << added.error().detail.toStdString();
    EXPECT_GE(added.value(), 11);
    EXPECT_EQ(count(), added.value());

    auto items = repo().list(relationshipId);
    ASSERT_TRUE(items.ok());
    QSet<LogisticsCategory> categories;
    for (const LogisticsItem &i : items.value()) {
        categories.insert(i.category);
        EXPECT_FALSE(i.text.isEmpty());
        EXPECT_FALSE(i.done);
    }
    for (LogisticsCategory c : {LogisticsCategory::Banking, LogisticsCategory::Mail, LogisticsCategory::Accounts,
             LogisticsCategory::Keys, LogisticsCategory::Property, LogisticsCategory::Lease, LogisticsCategory::Pets,
             LogisticsCategory::Calendars, LogisticsCategory::SupportPeople, LogisticsCategory::SupportGroups,
             LogisticsCategory::ProfessionalHelp})
        EXPECT_TRUE(categories.contains(c)) << enumKey(kLogisticsCategoryKeys, c).toStdString();

    auto again = repo().seedDefaults(relationshipId, Strategy::Cut);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), 0);
    auto limitToo = repo().seedDefaults(relationshipId, Strategy::Limit);
    ASSERT_TRUE(limitToo.ok());
    EXPECT_EQ(limitToo.value(), 0);
    EXPECT_EQ(count(), added.value());
}

TEST_F(LogisticsRepositoryTest, SeedingSkipsRelationshipsThatAlreadyHaveItems)
{
    add(LogisticsCategory::Keys, u"My own list"_s);
    auto added = repo().seedDefaults(relationshipId, Strategy::Limit);
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added.value(), 0);
    EXPECT_EQ(count(), 1);
}

TEST_F(LogisticsRepositoryTest, SeedingIsOnlyForLimitOrCut)
{
    for (Strategy s : {Strategy::Undecided, Strategy::Repair}) {
        auto added = repo().seedDefaults(relationshipId, s);
        ASSERT_TRUE(added.ok());
        EXPECT_EQ(added.value(), 0);
    }
    EXPECT_EQ(count(), 0);
    auto limit = repo().seedDefaults(relationshipId, Strategy::Limit);
    ASSERT_TRUE(limit.ok());
    EXPECT_GE(limit.value(), 11);
    EXPECT_EQ(repo().seedDefaults(999, Strategy::Cut).error().code, ErrorCode::NotFound);
}

TEST_F(LogisticsRepositoryTest, RemovingTheRelationshipRemovesItsItems)
{
    const qint64 other = addRelationship(u"Alex"_s);
    ASSERT_TRUE(repo().seedDefaults(relationshipId, Strategy::Cut).ok());
    LogisticsItem kept = add(LogisticsCategory::Keys, u"Keys"_s, other);
    ASSERT_TRUE(RelationshipRepository(*db).remove(relationshipId).ok());
    EXPECT_EQ(count(), 1);
    auto left = repo().list(other);
    ASSERT_TRUE(left.ok());
    ASSERT_EQ(left->size(), 1);
    EXPECT_EQ(left->first(), kept);
}
