#include "scripts/MessageScriptRepository.h"
#include "TestDatabase.h"
#include "relationships/RelationshipRepository.h"

#include <QSqlQuery>

using namespace bearings;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

class MessageScriptRepositoryTest : public DatabaseTest {
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        Relationship r;
        r.name = u"Sam"_s;
        r.notes = u"Test relationship"_s; // RelationshipRepository binds a null notes as NULL
        ASSERT_TRUE(RelationshipRepository(*db).add(r).ok());
        relationshipId = r.id;
    }

    MessageScriptRepository repo() { return MessageScriptRepository(*db); }

    MessageScript sample(const QString &title = u"Stepping back"_s, qint64 relationship = -1) const
    {
        MessageScript s;
        s.relationshipId = relationship < 0 ? relationshipId : relationship;
        s.title = title;
        s.kind = ScriptKind::IStatement;
        s.body = u"When you [behaviour], I feel [feeling]. I need [boundary]."_s;
        return s;
    }

    int count() const
    {
        QSqlQuery q(db->connection());
        if (!q.exec(u"SELECT count(*) FROM message_script"_s) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    qint64 relationshipId = 0;
};

TEST_F(MessageScriptRepositoryTest, AddThenGetReturnsTheSameScript)
{
    MessageScript s = sample(u"  Stepping back  "_s);
    auto id = repo().add(s);
    ASSERT_TRUE(id.ok()) << id.error().detail.toStdString();
    EXPECT_EQ(s.id, id.value());
    EXPECT_EQ(s.title, u"Stepping back"_s);
    EXPECT_EQ(s.createdAt, clock.now());
    EXPECT_EQ(s.updatedAt, clock.now());
    auto loaded = repo().get(s.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.value(), s);
}

TEST_F(MessageScriptRepositoryTest, ScriptWithoutRelationshipRoundTripsThroughTheImage)
{
    MessageScript loose = sample(u"General boundary"_s, 0);
    loose.kind = ScriptKind::NeutralDeflection;
    ASSERT_TRUE(repo().add(loose).ok());
    MessageScript tied = sample();
    ASSERT_TRUE(repo().add(tied).ok());
    auto reloaded = reload();
    ASSERT_TRUE(reloaded);
    MessageScriptRepository other(*reloaded);
    EXPECT_EQ(other.get(loose.id).value(), loose);
    EXPECT_EQ(other.get(loose.id)->relationshipId, 0);
    EXPECT_EQ(other.get(tied.id).value(), tied);
}

TEST_F(MessageScriptRepositoryTest, EachValidationErrorLeavesTheDatabaseUnchanged)
{
    MessageScript blank = sample(u"   "_s);
    EXPECT_EQ(repo().add(blank).error().code, ErrorCode::Invalid);
    MessageScript longTitle = sample(QString(201, QLatin1Char('t')));
    EXPECT_EQ(repo().add(longTitle).error().code, ErrorCode::Invalid);
    MessageScript longBody = sample();
    longBody.body = QString(MessageScriptRepository::kMaxBodyLength + 1, QLatin1Char('b'));
    EXPECT_EQ(repo().add(longBody).error().code, ErrorCode::Invalid);
    MessageScript orphan = sample(u"Orphan"_s, 999);
    EXPECT_EQ(repo().add(orphan).error().code, ErrorCode::NotFound);
    EXPECT_EQ(count(), 0);

    MessageScript edge = sample(QString(200, QLatin1Char('t')));
    edge.body = QString(MessageScriptRepository::kMaxBodyLength, QLatin1Char('b'));
    EXPECT_TRUE(repo().add(edge).ok());
    EXPECT_EQ(count(), 1);
}

TEST_F(MessageScriptRepositoryTest, UpdateBumpsUpdatedAtAndKeepsCreatedAt)
{
    MessageScript s = sample();
    ASSERT_TRUE(repo().add(s).ok());
    const QDateTime created = s.createdAt;
    clock.advanceSecs(3600);
    s.body = u"I am stepping back for a while."_s;
    s.kind = ScriptKind::LowContact;
    s.relationshipId = 0;
    ASSERT_TRUE(repo().update(s).ok());
    EXPECT_EQ(s.updatedAt, clock.now());
    auto loaded = repo().get(s.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.value(), s);
    EXPECT_EQ(loaded->createdAt, created);

    MessageScript bad = s;
    bad.title.clear();
    EXPECT_EQ(repo().update(bad).error().code, ErrorCode::Invalid);
    bad = s;
    bad.relationshipId = 999;
    EXPECT_EQ(repo().update(bad).error().code, ErrorCode::NotFound);
    bad = s;
    bad.id = 999;
    EXPECT_EQ(repo().update(bad).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repo().get(s.id).value(), s);
}

TEST_F(MessageScriptRepositoryTest, RenameChangesOnlyTheTitle)
{
    MessageScript s = sample();
    ASSERT_TRUE(repo().add(s).ok());
    clock.advanceSecs(60);
    ASSERT_TRUE(repo().rename(s.id, u" Ending contact "_s).ok());
    auto loaded = repo().get(s.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->title, u"Ending contact"_s);
    EXPECT_EQ(loaded->body, s.body);
    EXPECT_EQ(loaded->updatedAt, clock.now());
    EXPECT_EQ(repo().rename(s.id, u""_s).error().code, ErrorCode::Invalid);
    EXPECT_EQ(repo().get(s.id)->title, u"Ending contact"_s);
    EXPECT_EQ(repo().rename(999, u"x"_s).error().code, ErrorCode::NotFound);
}

TEST_F(MessageScriptRepositoryTest, DuplicateMakesAnIndependentCopy)
{
    MessageScript s = sample();
    ASSERT_TRUE(repo().add(s).ok());
    clock.advanceSecs(120);
    auto copy = repo().duplicate(s.id);
    ASSERT_TRUE(copy.ok());
    EXPECT_NE(copy->id, s.id);
    EXPECT_EQ(copy->title, u"Stepping back (copy)"_s);
    EXPECT_EQ(copy->body, s.body);
    EXPECT_EQ(copy->kind, s.kind);
    EXPECT_EQ(copy->relationshipId, s.relationshipId);
    EXPECT_EQ(copy->createdAt, clock.now());
    EXPECT_EQ(copy->updatedAt, clock.now());
    EXPECT_EQ(repo().get(copy->id).value(), copy.value());
    EXPECT_EQ(repo().get(s.id).value(), s);
    EXPECT_EQ(repo().duplicate(999).error().code, ErrorCode::NotFound);
}

TEST_F(MessageScriptRepositoryTest, DuplicateOfALongTitleStaysWithinTheLimit)
{
    MessageScript s = sample(QString(200, QLatin1Char('t')));
    ASSERT_TRUE(repo().add(s).ok());
    auto copy = repo().duplicate(s.id);
    ASSERT_TRUE(copy.ok()) << copy.error().message.toStdString();
    EXPECT_EQ(copy->title.size(), 200);
    EXPECT_TRUE(copy->title.endsWith(u" (copy)"_s));
}

TEST_F(MessageScriptRepositoryTest, ListFiltersByRelationshipNewestFirst)
{
    Relationship other;
    other.name = u"Work"_s;
    other.notes = u"Test relationship"_s;
    ASSERT_TRUE(RelationshipRepository(*db).add(other).ok());
    MessageScript a = sample(u"A"_s), b = sample(u"B"_s, other.id), c = sample(u"C"_s, 0);
    for (MessageScript *s : {&a, &b, &c}) {
        ASSERT_TRUE(repo().add(*s).ok());
        clock.advanceSecs(10);
    }
    ASSERT_TRUE(repo().rename(a.id, u"A again"_s).ok()); // now the most recent

    auto all = repo().list();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).id, a.id);
    EXPECT_EQ(all->at(1).id, c.id);
    EXPECT_EQ(all->at(2).id, b.id);

    auto mine = repo().list(relationshipId);
    ASSERT_TRUE(mine.ok());
    ASSERT_EQ(mine->size(), 1);
    EXPECT_EQ(mine->at(0).id, a.id);
}

TEST_F(MessageScriptRepositoryTest, RemoveAndRelationshipCascade)
{
    MessageScript a = sample(u"A"_s), b = sample(u"B"_s), loose = sample(u"Loose"_s, 0);
    for (MessageScript *s : {&a, &b, &loose})
        ASSERT_TRUE(repo().add(*s).ok());
    ASSERT_TRUE(repo().remove(a.id).ok());
    EXPECT_EQ(repo().get(a.id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repo().remove(a.id).error().code, ErrorCode::NotFound);
    ASSERT_TRUE(RelationshipRepository(*db).remove(relationshipId).ok());
    auto left = repo().list();
    ASSERT_TRUE(left.ok());
    ASSERT_EQ(left->size(), 1);
    EXPECT_EQ(left->at(0), loose);
}
