#include "journal/IncidentChain.h"
#include "TestDatabase.h"
#include "demo/DemoGenerator.h"
#include "exchange/JsonExchange.h"
#include "journal/CanonicalJson.h"
#include "journal/JournalRepository.h"
#include "relationships/RelationshipRepository.h"
#include "storage/SqlUtil.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace bearings;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute));
}

Status run(Database &db, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    if (!q.prepare(statement))
        return makeError(ErrorCode::Internal, q.lastError().text(), statement);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return makeError(ErrorCode::Internal, q.lastError().text(), statement);
    return {};
}

// Tampering as someone with the decrypted database would: without the
// triggers that keep the chain append-only.
void dropGuards(Database &db)
{
    ASSERT_TRUE(run(db, u"DROP TRIGGER incident_chain_no_delete"_s).ok());
    ASSERT_TRUE(run(db, u"DROP TRIGGER incident_chain_only_erase"_s).ok());
}

ChainVerification verified(const Database &db)
{
    auto v = IncidentChain::verify(db);
    EXPECT_TRUE(v.ok()) << (v.ok() ? std::string() : v.error().detail.toStdString());
    return v.ok() ? v.value() : ChainVerification {};
}

QList<ChainLink> chainOf(const Database &db)
{
    auto links = IncidentChain::links(db);
    EXPECT_TRUE(links.ok());
    return links.ok() ? links.value() : QList<ChainLink>();
}

QStringList kinds(const Database &db)
{
    QStringList result;
    for (const ChainLink &l : chainOf(db))
        result << l.kind;
    return result;
}

std::string describe(const ChainVerification &v)
{
    return IncidentChain::summary(v).toStdString();
}

} // namespace

class IncidentChainTest : public DatabaseTest {
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        for (const QString &name : {u"Sam"_s, u"Alex"_s}) {
            Relationship r;
            r.name = name;
            r.notes = u"-"_s;
            auto added = RelationshipRepository(*db).add(r);
            ASSERT_TRUE(added.ok()) << added.error().detail.toStdString();
            (name == u"Sam"_s ? sam : alex) = r.id;
        }
    }

    JournalEntry incident(const QDateTime &when, const QString &note, qint64 relationshipId = 0)
    {
        JournalEntry e;
        e.relationshipId = relationshipId ? relationshipId : sam;
        e.occurredAt = when;
        e.channel = Channel::InPerson;
        e.note = note;
        e.incident = true;
        e.severity = 3;
        e.present = u"Our neighbour"_s;
        e.evidence = u"Photo of the door"_s;
        return e;
    }

    qint64 add(JournalEntry e)
    {
        clock.advanceSecs(60);
        auto added = JournalRepository(*db).add(e);
        EXPECT_TRUE(added.ok()) << (added.ok() ? std::string() : added.error().detail.toStdString());
        return added.ok() ? added.value() : 0;
    }

    void update(JournalEntry &e)
    {
        clock.advanceSecs(60);
        const Status s = JournalRepository(*db).update(e);
        ASSERT_TRUE(s.ok()) << s.error().detail.toStdString();
    }

    JournalEntry get(qint64 id)
    {
        auto e = JournalRepository(*db).get(id);
        EXPECT_TRUE(e.ok());
        return e.ok() ? e.value() : JournalEntry {};
    }

    // A chain with every kind of link the app writes:
    // created, created, created (Alex), edited, unmarked, created again,
    // deleted; plus a plain entry that never enters the chain.
    void buildStory()
    {
        first = add(incident(at(2, 18, 30), u"Shouted at me in the kitchen."_s));
        second = add(incident(at(4, 20), u"Took my phone and read my messages."_s));
        other = add(incident(at(5, 9), u"Blocked the door."_s, alex));
        JournalEntry plain = incident(at(6, 12), u"A calm walk."_s);
        plain.incident = false;
        add(plain);
        JournalEntry e = get(first);
        e.note += u" I left the room."_s;
        update(e);
        JournalEntry s = get(second);
        s.incident = false;
        update(s);
        s.incident = true;
        s.severity = 4;
        update(s);
        clock.advanceSecs(60);
        ASSERT_TRUE(JournalRepository(*db).remove(other).ok());
    }

    qint64 sam = 0;
    qint64 alex = 0;
    qint64 first = 0;
    qint64 second = 0;
    qint64 other = 0;
};

// --- the canonical format ------------------------------------------------------

TEST(CanonicalJsonTest, SortsKeysAndEscapesAsRfc8785)
{
    EXPECT_EQ(CanonicalJson::object({{u"b"_s, 2}, {u"a"_s, u"x"_s}, {u"c"_s, QVariant()}}),
        QByteArray(R"({"a":"x","b":2,"c":null})"));
    // Short escapes, \u00xx for other controls, DEL and non-ASCII as UTF-8.
    EXPECT_EQ(CanonicalJson::string(u"\"\\\b\f\n\r\t\u0001\u001f\u007f é"_s),
        QByteArray("\"\\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f\x7f \xc3\xa9\""));
    // A pair stays UTF-8; a lone surrogate is escaped, not lost.
    EXPECT_EQ(CanonicalJson::string(u"\U0001F642"_s), QByteArray("\"\xf0\x9f\x99\x82\""));
    EXPECT_EQ(CanonicalJson::string(QString(QChar(0xD800))), QByteArray("\"\\ud800\""));
    EXPECT_EQ(
        CanonicalJson::object({{u"n"_s, qint64(-9'000'000'000'000'000)}}), QByteArray(R"({"n":-9000000000000000})"));
}

// The same bytes and hashes as Python's json.dumps(sort_keys=True,
// separators=(',', ':'), ensure_ascii=False) and hashlib.blake2b(digest_size=32):
// anyone can re-check a record without Bearings (docs/INCIDENT_CHAIN.md).
TEST_F(IncidentChainTest, RecordAndLinkMatchAnIndependentImplementation)
{
    clock.set(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
    ASSERT_TRUE(db->write([&]() -> Status {
                      if (Status s = run(*db,
                              u"INSERT INTO journal_entry (id, relationship_id, occurred_at, channel, note, "
                              "is_incident, severity, present, evidence, created_at, updated_at) "
                              "VALUES (7, ?, '2026-03-02T17:30:00.000Z', 'in_person', ?, 1, 3, 'Our neighbour', "
                              "'Photo of the door', '2026-03-02T08:00:00.000Z', '2026-03-02T08:00:00.000Z')"_s,
                              {sam, u"He said \"leave\"\nthen left\t<b>&</b> é \U0001F642"_s});
                          !s.ok())
                          return s;
                      return IncidentChain(*db).entryWritten(7);
                  }).ok());
    const QList<ChainLink> links = chainOf(*db);
    ASSERT_EQ(links.size(), 1);
    const ChainLink &l = links.first();
    EXPECT_EQ(l.record,
        QByteArray(
            R"({"channel":"in_person","entryId":7,"evidence":"Photo of the door","note":"He said \"leave\"\nthen )"
            "left\\t<b>&</b> \xc3\xa9 \xf0\x9f\x99\x82\",\"occurredAt\":\"2026-03-02T17:30:00.000Z\",\"present\":"
            "\"Our neighbour\",\"relationshipId\":1,\"severity\":3,\"version\":1}"));
    EXPECT_EQ(l.recordHash.toHex(), QByteArray("e35cbdbb7d347aa2710fc465d612262f8bd8e8788f97f00ab5f24b3ddcdeb6a7"));
    EXPECT_EQ(IncidentChain::linkBytes(l),
        QByteArray(R"({"entryId":7,"kind":"created","prevHash":")" + QByteArray(64, '0')
            + R"(","recordHash":"e35cbdbb7d347aa2710fc465d612262f8bd8e8788f97f00ab5f24b3ddcdeb6a7",)"
              R"("recordedAt":"2026-03-02T08:00:00.000Z","revision":1,"seq":1,"version":1})"));
    EXPECT_EQ(l.hash.toHex(), QByteArray("7a7e68eb11015be8b36df08d307b1bc60c0d4be29acd1aca14a73b29b046d429"));
    EXPECT_EQ(verified(*db).headHex(), u"7a7e68eb11015be8b36df08d307b1bc60c0d4be29acd1aca14a73b29b046d429"_s);
}

// --- appending -------------------------------------------------------------------

TEST_F(IncidentChainTest, EmptyChainIsIntactWithAZeroHead)
{
    const ChainVerification v = verified(*db);
    EXPECT_TRUE(v.intact());
    EXPECT_EQ(v.links, 0);
    EXPECT_EQ(v.headHex(), QString(64, u'0'));
}

TEST_F(IncidentChainTest, AddingAnIncidentAppendsACreatedLinkAndAPlainEntryNone)
{
    JournalEntry plain = incident(at(2, 10), u"Coffee"_s);
    plain.incident = false;
    add(plain);
    EXPECT_TRUE(chainOf(*db).isEmpty());

    const qint64 id = add(incident(at(2, 18), u"Shouted"_s));
    const QList<ChainLink> links = chainOf(*db);
    ASSERT_EQ(links.size(), 1);
    EXPECT_EQ(links.first().seq, 1);
    EXPECT_EQ(links.first().entryId, id);
    EXPECT_EQ(links.first().revision, 1);
    EXPECT_EQ(links.first().kind, u"created"_s);
    EXPECT_EQ(links.first().prevHash, QByteArray(32, '\0'));
    EXPECT_TRUE(links.first().record.contains("Shouted"));
    EXPECT_EQ(links.first().recordedAt, sql::toDb(clock.now()));
    EXPECT_TRUE(verified(*db).intact());
}

TEST_F(IncidentChainTest, EditsAppendRevisionsOnlyWhenTheRecordChanges)
{
    const qint64 id = add(incident(at(2, 18), u"Shouted"_s));
    JournalEntry e = get(id);

    // Moods and tags are not part of the incident's record.
    e.moodAfter = -3;
    e.tags = {u"contempt"_s};
    update(e);
    EXPECT_EQ(kinds(*db), QStringList {u"created"_s});

    for (const auto &change : std::initializer_list<std::function<void(JournalEntry &)>> {
             [](JournalEntry &x) { x.note = u"Shouted and slammed the door"_s; },
             [](JournalEntry &x) { x.severity = 5; },
             [](JournalEntry &x) { x.present = u"Nobody"_s; },
             [](JournalEntry &x) { x.evidence = u"Voice memo"_s; },
             [](JournalEntry &x) { x.channel = Channel::Call; },
             [](JournalEntry &x) { x.occurredAt = x.occurredAt.addSecs(600); },
             [this](JournalEntry &x) { x.relationshipId = alex; },
         }) {
        change(e);
        update(e);
    }
    QStringList expected {u"created"_s};
    for (int i = 0; i < 7; ++i)
        expected << u"edited"_s;
    EXPECT_EQ(kinds(*db), expected);

    e.incident = false;
    update(e);
    e.incident = true;
    e.severity = 2;
    update(e);
    expected << u"unmarked"_s << u"created"_s;
    EXPECT_EQ(kinds(*db), expected);

    const QList<ChainLink> links = chainOf(*db);
    for (qsizetype i = 0; i < links.size(); ++i) {
        EXPECT_EQ(links.at(i).seq, i + 1);
        EXPECT_EQ(links.at(i).revision, i + 1);
        if (i > 0) {
            EXPECT_EQ(links.at(i).prevHash, links.at(i - 1).hash);
        }
    }
    // An "unmarked" link names the entry, not its content.
    EXPECT_FALSE(links.at(8).record.contains("Shouted"));
    EXPECT_TRUE(verified(*db).intact()) << describe(verified(*db));
}

TEST_F(IncidentChainTest, DeletingAppendsADeletionAndErasesTheContent)
{
    const qint64 id = add(incident(at(2, 18), u"Shouted about money"_s));
    JournalEntry e = get(id);
    e.note = u"Shouted about money again"_s;
    update(e);
    clock.advanceSecs(60);
    ASSERT_TRUE(JournalRepository(*db).remove(id).ok());

    const QList<ChainLink> links = chainOf(*db);
    ASSERT_EQ(kinds(*db), (QStringList {u"created"_s, u"edited"_s, u"deleted"_s}));
    EXPECT_TRUE(links.at(0).record.isNull());
    EXPECT_TRUE(links.at(1).record.isNull());
    EXPECT_FALSE(links.at(2).record.contains("money"));
    EXPECT_TRUE(links.at(2).record.contains("\"entryId\":"));
    // The hashes stay, so the chain still verifies.
    EXPECT_EQ(links.at(0).recordHash.size(), 32);
    EXPECT_TRUE(verified(*db).intact()) << describe(verified(*db));

    // Nothing of the note is left anywhere in the database image.
    auto image = db->toImage();
    ASSERT_TRUE(image.ok());
    EXPECT_FALSE(image.value().contains("Shouted about money"));
}

TEST_F(IncidentChainTest, UndoOfADeleteAddsTheEntryAgainAsANewRecord)
{
    // The journal page's undo adds the deleted entry again through the
    // repository (ui/journal/JournalPage.cpp undoDelete()).
    const qint64 id = add(incident(at(2, 18), u"Shouted"_s));
    JournalEntry deleted = get(id);
    ASSERT_TRUE(JournalRepository(*db).remove(id).ok());
    deleted.id = 0;
    add(deleted);
    EXPECT_EQ(kinds(*db), (QStringList {u"created"_s, u"deleted"_s, u"created"_s}));
    EXPECT_TRUE(verified(*db).intact()) << describe(verified(*db));
}

TEST_F(IncidentChainTest, DeletingARelationshipRecordsEachOfItsIncidents)
{
    add(incident(at(2, 18), u"Sam 1"_s));
    add(incident(at(3, 18), u"Alex 1"_s, alex));
    add(incident(at(4, 18), u"Alex 2"_s, alex));
    JournalEntry plain = incident(at(5, 18), u"Alex plain"_s, alex);
    plain.incident = false;
    add(plain);
    ASSERT_TRUE(RelationshipRepository(*db).remove(alex).ok());
    EXPECT_EQ(kinds(*db), (QStringList {u"created"_s, u"created"_s, u"created"_s, u"deleted"_s, u"deleted"_s}));
    EXPECT_TRUE(verified(*db).intact()) << describe(verified(*db));
}

TEST_F(IncidentChainTest, ARejectedWriteLeavesNoLink)
{
    JournalEntry e = incident(at(2, 18), u"Shouted"_s);
    e.relationshipId = 999; // no such relationship
    EXPECT_FALSE(JournalRepository(*db).add(e).ok());
    EXPECT_TRUE(chainOf(*db).isEmpty());
}

TEST_F(IncidentChainTest, TheTableIsAppendOnly)
{
    add(incident(at(2, 18), u"Shouted"_s));
    EXPECT_FALSE(run(*db, u"DELETE FROM incident_chain"_s).ok());
    EXPECT_FALSE(run(*db, u"UPDATE incident_chain SET hash = zeroblob(32)"_s).ok());
    EXPECT_FALSE(run(*db, u"UPDATE incident_chain SET record = X'00'"_s).ok());
    EXPECT_EQ(chainOf(*db).size(), 1);
    EXPECT_TRUE(verified(*db).intact());
}

TEST_F(IncidentChainTest, VerifyPassesOnAnUntouchedVaultAndAfterReloading)
{
    buildStory();
    EXPECT_EQ(kinds(*db),
        (QStringList {
            u"created"_s, u"created"_s, u"created"_s, u"edited"_s, u"unmarked"_s, u"created"_s, u"deleted"_s}));
    const ChainVerification before = verified(*db);
    EXPECT_TRUE(before.intact()) << describe(before);
    EXPECT_EQ(before.links, 7);
    EXPECT_EQ(before.head, chainOf(*db).last().hash);

    auto reloaded = reload();
    ASSERT_TRUE(reloaded);
    const ChainVerification after = verified(*reloaded);
    EXPECT_TRUE(after.intact());
    EXPECT_EQ(after.head, before.head);
    EXPECT_EQ(
        IncidentChain::summary(after), u"Incident record chain: 7 links, head %1, intact."_s.arg(after.headHex()));

    auto found = IncidentChain::findLink(*db, chainOf(*db).at(2).hash);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found.value(), std::optional<qint64>(3));
    EXPECT_EQ(IncidentChain::findLink(*db, QByteArray(32, 'x')).value(), std::nullopt);
}

// --- tampering --------------------------------------------------------------------

// Every byte of every stored link, one at a time: each change is found, at
// the link that was changed.
TEST_F(IncidentChainTest, AChangedByteInAnyLinkIsFoundAtThatLink)
{
    buildStory();
    dropGuards(*db);
    const QList<ChainLink> links = chainOf(*db);
    int checked = 0;
    for (const ChainLink &link : links) {
        for (const QString &column :
            {u"record"_s, u"record_hash"_s, u"prev_hash"_s, u"hash"_s, u"kind"_s, u"recorded_at"_s}) {
            QSqlQuery q(db->connection());
            ASSERT_TRUE(q.exec(u"SELECT %1 FROM incident_chain WHERE seq = %2"_s.arg(column).arg(link.seq)));
            ASSERT_TRUE(q.next());
            if (q.isNull(0))
                continue; // an erased record has no bytes to change
            const bool text = q.value(0).typeId() == QMetaType::QString;
            const QByteArray original = text ? q.value(0).toString().toUtf8() : q.value(0).toByteArray();
            for (qsizetype i = 0; i < original.size(); ++i) {
                QByteArray changed = original;
                changed[i] = char(changed.at(i) ^ 0x01);
                const QVariant value = text ? QVariant(QString::fromUtf8(changed)) : QVariant(changed);
                ASSERT_TRUE(
                    run(*db, u"UPDATE incident_chain SET %1 = ? WHERE seq = ?"_s.arg(column), {value, link.seq}).ok());
                const ChainVerification v = verified(*db);
                ASSERT_FALSE(v.intact()) << column.toStdString() << " byte " << i << " of link " << link.seq;
                EXPECT_EQ(v.firstBreak->seq, link.seq) << column.toStdString() << " byte " << i;
                ++checked;
                const QVariant back = text ? QVariant(QString::fromUtf8(original)) : QVariant(original);
                ASSERT_TRUE(
                    run(*db, u"UPDATE incident_chain SET %1 = ? WHERE seq = ?"_s.arg(column), {back, link.seq}).ok());
            }
        }
        for (const QString &column : {u"entry_id"_s, u"revision"_s}) {
            ASSERT_TRUE(
                run(*db, u"UPDATE incident_chain SET %1 = %1 + 1 WHERE seq = ?"_s.arg(column), {link.seq}).ok());
            const ChainVerification v = verified(*db);
            ASSERT_FALSE(v.intact()) << column.toStdString();
            EXPECT_EQ(v.firstBreak->seq, link.seq);
            EXPECT_EQ(v.firstBreak->problem, ChainBreak::Problem::LinkChanged);
            ASSERT_TRUE(
                run(*db, u"UPDATE incident_chain SET %1 = %1 - 1 WHERE seq = ?"_s.arg(column), {link.seq}).ok());
        }
        EXPECT_TRUE(verified(*db).intact());
    }
    EXPECT_GT(checked, 1500);
}

TEST_F(IncidentChainTest, EachKindOfChangeIsNamed)
{
    buildStory();
    dropGuards(*db);
    const auto problemAfter = [&](const QString &change, const QString &undo) {
        EXPECT_TRUE(run(*db, change).ok());
        const ChainVerification v = verified(*db);
        EXPECT_TRUE(run(*db, undo).ok());
        EXPECT_TRUE(verified(*db).intact()) << change.toStdString();
        return v.firstBreak ? std::optional(*v.firstBreak) : std::nullopt;
    };
    const ChainLink l4 = chainOf(*db).at(3); // the edit of the first incident

    auto p = problemAfter(u"UPDATE incident_chain SET record = X'7B7D' WHERE seq = 4"_s,
        u"UPDATE incident_chain SET record = X'%1' WHERE seq = 4"_s.arg(QString::fromLatin1(l4.record.toHex())));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->problem, ChainBreak::Problem::RecordChanged);
    EXPECT_EQ(p->seq, 4);
    EXPECT_EQ(p->entryId, first);
    EXPECT_EQ(p->recordedAt, sql::dateTimeFromDb(l4.recordedAt));

    p = problemAfter(u"UPDATE incident_chain SET prev_hash = zeroblob(32) WHERE seq = 4"_s,
        u"UPDATE incident_chain SET prev_hash = X'%1' WHERE seq = 4"_s.arg(QString::fromLatin1(l4.prevHash.toHex())));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->problem, ChainBreak::Problem::PreviousMismatch);
    EXPECT_EQ(p->seq, 4);

    // The record of a deleted entry is erased; its deletion link must stay.
    ASSERT_TRUE(chainOf(*db).at(2).record.isNull());
    p = problemAfter(u"UPDATE incident_chain SET kind = 'edited' WHERE seq = 7"_s,
        u"UPDATE incident_chain SET kind = 'deleted' WHERE seq = 7"_s);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->problem, ChainBreak::Problem::LinkChanged);
    EXPECT_EQ(p->seq, 7);

    // Erasing the record of an entry that was never deleted.
    const ChainLink l1 = chainOf(*db).at(1);
    p = problemAfter(u"UPDATE incident_chain SET record = NULL WHERE seq = 2"_s,
        u"UPDATE incident_chain SET record = X'%1' WHERE seq = 2"_s.arg(QString::fromLatin1(l1.record.toHex())));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->problem, ChainBreak::Problem::RecordChanged);
    EXPECT_EQ(p->seq, 2);
}

TEST_F(IncidentChainTest, ARemovedOrReorderedLinkIsFound)
{
    buildStory();
    dropGuards(*db);
    const QList<ChainLink> links = chainOf(*db);
    const auto insertBack = [&](const ChainLink &l) {
        return run(*db,
            u"INSERT INTO incident_chain (seq, entry_id, revision, kind, recorded_at, record, record_hash, "
            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {l.seq, l.entryId, l.revision, l.kind, l.recordedAt, l.record, l.recordHash, l.prevHash, l.hash});
    };

    // Any link but the last: a gap.
    for (qsizetype i = 0; i + 1 < links.size(); ++i) {
        ASSERT_TRUE(run(*db, u"DELETE FROM incident_chain WHERE seq = ?"_s, {links.at(i).seq}).ok());
        const ChainVerification v = verified(*db);
        ASSERT_FALSE(v.intact());
        EXPECT_EQ(v.firstBreak->problem, ChainBreak::Problem::LinkMissing);
        EXPECT_EQ(v.firstBreak->seq, links.at(i).seq);
        ASSERT_TRUE(insertBack(links.at(i)).ok());
    }
    // The last link: the journal no longer matches the chain.
    ASSERT_TRUE(run(*db, u"DELETE FROM incident_chain WHERE seq = ?"_s, {links.last().seq}).ok());
    EXPECT_FALSE(verified(*db).intact());
    ASSERT_TRUE(insertBack(links.last()).ok());
    ASSERT_TRUE(verified(*db).intact());

    // Two links swapped, each with its own hashes.
    for (qsizetype i = 0; i + 1 < links.size(); ++i) {
        const ChainLink a = links.at(i);
        const ChainLink b = links.at(i + 1);
        ASSERT_TRUE(run(*db, u"DELETE FROM incident_chain WHERE seq IN (?, ?)"_s, {a.seq, b.seq}).ok());
        ChainLink movedA = a;
        ChainLink movedB = b;
        movedA.seq = b.seq;
        movedB.seq = a.seq;
        ASSERT_TRUE(insertBack(movedA).ok());
        ASSERT_TRUE(insertBack(movedB).ok());
        const ChainVerification v = verified(*db);
        ASSERT_FALSE(v.intact());
        EXPECT_EQ(v.firstBreak->seq, a.seq);
        ASSERT_TRUE(run(*db, u"DELETE FROM incident_chain WHERE seq IN (?, ?)"_s, {a.seq, b.seq}).ok());
        ASSERT_TRUE(insertBack(a).ok());
        ASSERT_TRUE(insertBack(b).ok());
    }
    EXPECT_TRUE(verified(*db).intact());
}

TEST_F(IncidentChainTest, AJournalChangedOutsideTheChainIsFound)
{
    buildStory();
    const QList<ChainLink> links = chainOf(*db);
    const auto problemAfter = [&](const QString &change) {
        std::optional<ChainBreak> found;
        const Status s = db->write([&]() -> Status {
            if (Status c = run(*db, change); !c.ok())
                return c;
            const ChainVerification v = verified(*db);
            found = v.firstBreak;
            return makeError(ErrorCode::Invalid, u"roll back"_s);
        });
        EXPECT_EQ(s.error().detail, QString()) << change.toStdString();
        EXPECT_TRUE(verified(*db).intact());
        return found;
    };

    auto p = problemAfter(u"UPDATE journal_entry SET note = 'Nothing happened.' WHERE id = %1"_s.arg(first));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->problem, ChainBreak::Problem::EntryChanged);
    EXPECT_EQ(p->entryId, first);
    EXPECT_EQ(p->seq, 4); // its latest link, the edit

    p = problemAfter(u"UPDATE journal_entry SET severity = 1 WHERE id = %1"_s.arg(second));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->problem, ChainBreak::Problem::EntryChanged);
    EXPECT_EQ(p->seq, 6);

    p = problemAfter(u"UPDATE journal_entry SET is_incident = 0, severity = NULL WHERE id = %1"_s.arg(first));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->problem, ChainBreak::Problem::EntryChanged);

    p = problemAfter(u"DELETE FROM journal_entry WHERE id = %1"_s.arg(first));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->problem, ChainBreak::Problem::EntryMissing);
    EXPECT_EQ(p->entryId, first);

    p = problemAfter(u"INSERT INTO journal_entry (relationship_id, occurred_at, channel, is_incident, severity, "
                     "created_at, updated_at) VALUES (%1, '2026-03-01T10:00:00.000Z', 'call', 1, 2, "
                     "'2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z')"_s.arg(sam));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->problem, ChainBreak::Problem::EntryNotInChain);
    EXPECT_EQ(p->seq, 0);
    EXPECT_EQ(links.size(), chainOf(*db).size());
}

TEST_F(IncidentChainTest, SummaryNamesWhereItBreaks)
{
    buildStory();
    dropGuards(*db);
    ASSERT_TRUE(run(*db, u"UPDATE incident_chain SET recorded_at = '2020-01-01T00:00:00.000Z' WHERE seq = 2"_s).ok());
    const ChainVerification v = verified(*db);
    ASSERT_FALSE(v.intact());
    const QString text = IncidentChain::summary(v);
    EXPECT_TRUE(text.startsWith(u"Incident record chain: 7 links, head "_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"does not verify: link 2 (entry %1"_s.arg(second))) << text.toStdString();
}

// --- bulk loads ------------------------------------------------------------------

TEST_F(IncidentChainTest, ExportAndImportKeepTheChainVerifiable)
{
    buildStory();
    auto json = exchange::JsonExchange::exportJson(*db, clock.now());
    ASSERT_TRUE(json.ok());

    // Into a new vault: the incidents arrive as "imported", oldest first.
    auto fresh = Database::openNew(clock);
    ASSERT_TRUE(fresh.ok());
    ASSERT_TRUE(exchange::JsonExchange::importJson(*fresh.value(), json.value(), exchange::ImportMode::IntoEmpty).ok());
    EXPECT_EQ(kinds(*fresh.value()), (QStringList {u"imported"_s, u"imported"_s}));
    EXPECT_TRUE(verified(*fresh.value()).intact()) << describe(verified(*fresh.value()));

    // Importing the same file again with --replace changes nothing in the chain.
    ASSERT_TRUE(exchange::JsonExchange::importJson(*fresh.value(), json.value(), exchange::ImportMode::Replace).ok());
    EXPECT_EQ(chainOf(*fresh.value()).size(), 2);

    // Replacing the vault's own content: what the file changed is recorded.
    auto edited = exchange::JsonExchange::exportJson(*fresh.value(), clock.now());
    ASSERT_TRUE(edited.ok());
    QByteArray changed = edited.value();
    changed.replace("I left the room.", "I stayed.");
    ASSERT_NE(changed, edited.value());
    ASSERT_TRUE(exchange::JsonExchange::importJson(*db, changed, exchange::ImportMode::Replace).ok());
    const QStringList after = kinds(*db);
    EXPECT_EQ(after.mid(7), (QStringList {u"deleted"_s, u"imported"_s}));
    EXPECT_TRUE(verified(*db).intact()) << describe(verified(*db));
}

TEST_F(IncidentChainTest, DemoVaultsHaveAVerifiableChain)
{
    auto fresh = Database::openNew(clock);
    ASSERT_TRUE(fresh.ok());
    DemoOptions options;
    options.weeks = 12;
    options.endDate = QDate(2026, 3, 1);
    auto summary = DemoGenerator::generate(*fresh.value(), options);
    ASSERT_TRUE(summary.ok()) << summary.error().detail.toStdString();
    ASSERT_GT(summary->incidents, 0);
    const ChainVerification v = verified(*fresh.value());
    EXPECT_TRUE(v.intact()) << describe(v);
    EXPECT_EQ(v.links, summary->incidents);
}
