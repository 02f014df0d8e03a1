#include "journal/JournalRepository.h"
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

class JournalRepositoryTest : public DatabaseTest {
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        Relationship r;
        r.name = u"Sam"_s;
        r.notes = u"-"_s; // RelationshipRepository binds a null QString as NULL
        auto added = RelationshipRepository(*db).add(r);
        ASSERT_TRUE(added.ok()) << added.error().message.toStdString() << added.error().detail.toStdString();
        sam = r.id;
        Relationship o;
        o.name = u"Alex"_s;
        o.notes = u"-"_s;
        ASSERT_TRUE(RelationshipRepository(*db).add(o).ok());
        alex = o.id;
    }

    JournalRepository repo() { return JournalRepository(*db); }

    JournalEntry entry(const QDateTime &when, const QString &note = {}, qint64 relationshipId = 0)
    {
        JournalEntry e;
        e.relationshipId = relationshipId ? relationshipId : sam;
        e.occurredAt = when;
        e.channel = Channel::Call;
        e.note = note;
        return e;
    }

    qint64 addEntry(const QDateTime &when, const QString &note = {}, qint64 relationshipId = 0,
        const QStringList &tags = {}, bool incident = false)
    {
        JournalEntry e = entry(when, note, relationshipId);
        e.tags = tags;
        e.incident = incident;
        if (incident)
            e.severity = 3;
        auto id = repo().add(e);
        EXPECT_TRUE(id.ok()) << (id.ok() ? std::string() : id.error().message.toStdString());
        return id.ok() ? id.value() : 0;
    }

    QList<qint64> ids(const JournalFilter &f)
    {
        auto listed = repo().list(f);
        EXPECT_TRUE(listed.ok());
        QList<qint64> result;
        if (listed.ok()) {
            for (const JournalEntry &e : listed.value())
                result << e.id;
        }
        auto counted = repo().count(f);
        EXPECT_TRUE(counted.ok());
        if (counted.ok()) {
            EXPECT_EQ(counted.value(), result.size());
        }
        return result;
    }

    // Every row of the journal tables, to show that a refused write changed nothing.
    QString dump() const
    {
        QString out;
        QSqlQuery q(db->connection());
        for (const QString &table : {u"journal_entry"_s, u"journal_tag"_s, u"user_tag"_s}) {
            EXPECT_TRUE(q.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1, 2"_s));
            out += table + u':';
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    out += q.value(i).toString() + u'|';
                out += u'\n';
            }
        }
        return out;
    }

    int rows(const QString &table) const
    {
        QSqlQuery q(db->connection());
        EXPECT_TRUE(q.exec(u"SELECT count(*) FROM "_s + table) && q.next());
        return q.value(0).toInt();
    }

    qint64 sam = 0;
    qint64 alex = 0;
};

TEST_F(JournalRepositoryTest, AddThenGetReturnsTheSameEntryWithSortedUniqueTags)
{
    clock.advanceSecs(3600);
    JournalEntry e = entry(at(1, 19, 30), u"Dinner. Shouted when I said I was tired."_s);
    e.channel = Channel::InPerson;
    e.moodBefore = 2;
    e.moodDuring = -4;
    e.moodAfter = -5;
    e.tags = {u"shouting"_s, u"criticism"_s, u"shouting"_s};
    e.incident = true;
    e.severity = 4;
    e.present = u"My sister"_s;
    e.evidence = u"Voice memo"_s;

    auto id = repo().add(e);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_GT(id.value(), 0);
    EXPECT_EQ(e.id, id.value());
    EXPECT_EQ(e.createdAt, at(2, 10));
    EXPECT_EQ(e.updatedAt, at(2, 10));
    EXPECT_EQ(e.tags, (QStringList {u"criticism"_s, u"shouting"_s}));

    auto loaded = repo().get(e.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.value(), e);
    EXPECT_EQ(rows(u"journal_tag"_s), 2);
}

TEST_F(JournalRepositoryTest, SurvivesImageRoundTrip)
{
    ASSERT_TRUE(repo().addUserTag(u"late-night"_s, u"Late at night"_s, Valence::Negative).ok());
    JournalEntry e = entry(at(1, 23, 15), u"Texts after midnight."_s);
    e.channel = Channel::Text;
    e.moodAfter = -2;
    e.tags = {u"late-night"_s, u"care"_s};
    ASSERT_TRUE(repo().add(e).ok());

    auto reloaded = reload();
    ASSERT_TRUE(reloaded);
    JournalRepository again(*reloaded);
    auto loaded = again.get(e.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.value(), e);
    EXPECT_EQ(loaded->moodBefore, std::nullopt);
    auto tags = again.userTags();
    ASSERT_TRUE(tags.ok());
    ASSERT_EQ(tags->size(), 1);
    EXPECT_EQ(tags->at(0).id, u"late-night"_s);
    EXPECT_EQ(tags->at(0).label, u"Late at night"_s);
    EXPECT_EQ(tags->at(0).valence, Valence::Negative);
    EXPECT_EQ(tags->at(0).group, TagGroup::User);
}

TEST_F(JournalRepositoryTest, EntryThatIsNotAnIncidentDropsSeverityButKeepsTheRecord)
{
    JournalEntry e = entry(at(1, 12));
    e.incident = false;
    e.severity = 5;
    e.present = u"Colleagues"_s;
    e.evidence = u"Email"_s;
    ASSERT_TRUE(repo().add(e).ok());
    EXPECT_EQ(e.severity, std::nullopt);
    auto loaded = repo().get(e.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->severity, std::nullopt);
    EXPECT_EQ(loaded->present, u"Colleagues"_s);
    EXPECT_EQ(loaded->evidence, u"Email"_s);
    EXPECT_FALSE(loaded->incident);
}

TEST_F(JournalRepositoryTest, UpdateSavesEveryFieldAndKeepsCreatedAt)
{
    JournalEntry e = entry(at(1, 12), u"first"_s);
    e.tags = {u"care"_s};
    ASSERT_TRUE(repo().add(e).ok());
    const QDateTime created = e.createdAt;

    clock.advanceDays(1);
    e.relationshipId = alex;
    e.occurredAt = at(1, 13);
    e.channel = Channel::Online;
    e.moodDuring = -1;
    e.note = u"second"_s;
    e.tags = {u"stonewalling"_s, u"contempt"_s};
    e.incident = true;
    e.severity = 2;
    ASSERT_TRUE(repo().update(e).ok());
    EXPECT_EQ(e.updatedAt, at(3, 9));
    EXPECT_EQ(e.createdAt, created);
    EXPECT_EQ(e.tags, (QStringList {u"contempt"_s, u"stonewalling"_s}));

    auto loaded = repo().get(e.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.value(), e);
    EXPECT_EQ(loaded->createdAt, at(2, 9));
    EXPECT_EQ(rows(u"journal_tag"_s), 2);
}

TEST_F(JournalRepositoryTest, UpdateOrRemoveOfMissingEntryIsNotFound)
{
    JournalEntry ghost = entry(at(1, 12));
    ghost.id = 999;
    auto s = repo().update(ghost);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::NotFound);
    EXPECT_EQ(repo().remove(999).error().code, ErrorCode::NotFound);
    EXPECT_EQ(repo().get(999).error().code, ErrorCode::NotFound);
    EXPECT_EQ(rows(u"journal_entry"_s), 0);
}

TEST_F(JournalRepositoryTest, RemoveDeletesTheEntryAndItsTags)
{
    const qint64 gone = addEntry(at(1, 12), {}, 0, {u"care"_s, u"shouting"_s});
    const qint64 kept = addEntry(at(1, 13), {}, 0, {u"care"_s});
    ASSERT_TRUE(repo().remove(gone).ok());
    EXPECT_EQ(repo().get(gone).error().code, ErrorCode::NotFound);
    EXPECT_TRUE(repo().get(kept).ok());
    EXPECT_EQ(rows(u"journal_tag"_s), 1);
    EXPECT_EQ(repo().remove(gone).error().code, ErrorCode::NotFound);
}

TEST_F(JournalRepositoryTest, ListIsNewestFirstThenByIdDescending)
{
    const qint64 a = addEntry(at(1, 12));
    const qint64 b = addEntry(at(3, 8));
    const qint64 c = addEntry(at(1, 12)); // same time as a, added later
    const qint64 d = addEntry(at(2, 20));
    EXPECT_EQ(ids({}), (QList<qint64> {b, d, c, a}));
}

TEST_F(JournalRepositoryTest, FiltersByRelationship)
{
    const qint64 s1 = addEntry(at(1, 12));
    const qint64 a1 = addEntry(at(1, 13), {}, alex);
    const qint64 s2 = addEntry(at(1, 14));
    JournalFilter f;
    f.relationshipId = sam;
    EXPECT_EQ(ids(f), (QList<qint64> {s2, s1}));
    f.relationshipId = alex;
    EXPECT_EQ(ids(f), QList<qint64> {a1});
    f.relationshipId = 0;
    EXPECT_EQ(ids(f).size(), 3);
}

TEST_F(JournalRepositoryTest, DateRangeIsInclusiveOfBothDaysInLocalTime)
{
    const qint64 lateFirst = addEntry(at(1, 23, 59));
    const qint64 startSecond = addEntry(at(2, 0, 0));
    const qint64 lateThird = addEntry(QDateTime(QDate(2026, 3, 3), QTime(23, 59, 59, 999)));
    const qint64 startFourth = addEntry(at(4, 0, 0));

    JournalFilter f;
    f.from = QDate(2026, 3, 2);
    f.to = QDate(2026, 3, 3);
    EXPECT_EQ(ids(f), (QList<qint64> {lateThird, startSecond}));

    f.to = {};
    EXPECT_EQ(ids(f), (QList<qint64> {startFourth, lateThird, startSecond}));

    f.from = {};
    f.to = QDate(2026, 3, 1);
    EXPECT_EQ(ids(f), QList<qint64> {lateFirst});

    f.from = QDate(2026, 3, 4);
    f.to = QDate(2026, 3, 4);
    EXPECT_EQ(ids(f), QList<qint64> {startFourth});
}

TEST_F(JournalRepositoryTest, FiltersByTagAndIncidents)
{
    const qint64 shouting = addEntry(at(1, 10), {}, 0, {u"shouting"_s});
    const qint64 both = addEntry(at(1, 11), {}, 0, {u"care"_s, u"shouting"_s}, true);
    const qint64 care = addEntry(at(1, 12), {}, 0, {u"care"_s});
    const qint64 incident = addEntry(at(1, 13), {}, 0, {}, true);

    JournalFilter f;
    f.tag = u"shouting"_s;
    EXPECT_EQ(ids(f), (QList<qint64> {both, shouting}));
    f.tag = u"care"_s;
    EXPECT_EQ(ids(f), (QList<qint64> {care, both}));
    f.tag = u"contempt"_s;
    EXPECT_TRUE(ids(f).isEmpty());

    f.tag.clear();
    f.incidentsOnly = true;
    EXPECT_EQ(ids(f), (QList<qint64> {incident, both}));
    f.tag = u"care"_s;
    EXPECT_EQ(ids(f), QList<qint64> {both});
}

TEST_F(JournalRepositoryTest, SearchIsCaseInsensitiveSubstringOfTheNote)
{
    const qint64 a = addEntry(at(1, 10), u"He SHOUTED at me in the car."_s);
    const qint64 b = addEntry(at(1, 11), u"Calm walk. Nobody shouted."_s);
    addEntry(at(1, 12), u"Quiet evening."_s);
    JournalFilter f;
    f.search = u"shouted"_s;
    EXPECT_EQ(ids(f), (QList<qint64> {b, a}));
    f.search = u"in the CAR"_s;
    EXPECT_EQ(ids(f), QList<qint64> {a});
    f.search = u"nothing like this"_s;
    EXPECT_TRUE(ids(f).isEmpty());
}

TEST_F(JournalRepositoryTest, SearchTreatsLikeWildcardsAsPlainText)
{
    const qint64 percent = addEntry(at(1, 10), u"I was 100% sure of what I heard."_s);
    const qint64 thousand = addEntry(at(1, 11), u"Said it 1000 times."_s);
    const qint64 underscore = addEntry(at(1, 12), u"File a_b.txt kept."_s);
    const qint64 axb = addEntry(at(1, 13), u"axb"_s);
    const qint64 backslash = addEntry(at(1, 14), u"Path C:\\notes"_s);

    JournalFilter f;
    f.search = u"100%"_s;
    EXPECT_EQ(ids(f), QList<qint64> {percent});
    f.search = u"%"_s;
    EXPECT_EQ(ids(f), QList<qint64> {percent});
    f.search = u"a_b"_s;
    EXPECT_EQ(ids(f), QList<qint64> {underscore});
    f.search = u"_"_s;
    EXPECT_EQ(ids(f), QList<qint64> {underscore});
    f.search = u"\\"_s;
    EXPECT_EQ(ids(f), QList<qint64> {backslash});
    f.search = u"100"_s;
    EXPECT_EQ(ids(f), (QList<qint64> {thousand, percent}));
    Q_UNUSED(axb);
}

TEST_F(JournalRepositoryTest, SearchFoldsCaseBeyondAscii)
{
    const qint64 a = addEntry(at(1, 10), u"ÉCOLE pickup went fine."_s);
    addEntry(at(1, 11), u"ecole without accent"_s);
    JournalFilter f;
    f.search = u"école"_s;
    EXPECT_EQ(ids(f), QList<qint64> {a});
    f.relationshipId = alex;
    EXPECT_TRUE(ids(f).isEmpty());
}

TEST_F(JournalRepositoryTest, FiltersCombine)
{
    addEntry(at(1, 10), u"shouted"_s, alex, {u"shouting"_s}, true);
    addEntry(at(2, 10), u"shouted"_s, 0, {u"shouting"_s}, false);
    const qint64 match = addEntry(at(2, 11), u"shouted again"_s, 0, {u"shouting"_s}, true);
    addEntry(at(5, 10), u"shouted"_s, 0, {u"shouting"_s}, true);
    addEntry(at(2, 12), u"quiet"_s, 0, {u"shouting"_s}, true);
    JournalFilter f;
    f.relationshipId = sam;
    f.from = QDate(2026, 3, 1);
    f.to = QDate(2026, 3, 4);
    f.tag = u"shouting"_s;
    f.incidentsOnly = true;
    f.search = u"Shouted"_s;
    EXPECT_EQ(ids(f), QList<qint64> {match});
    auto all = repo().count();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all.value(), 5);
}

TEST_F(JournalRepositoryTest, EveryValidationErrorLeavesTheDatabaseUnchanged)
{
    ASSERT_TRUE(repo().addUserTag(u"mine"_s, u"Mine"_s, Valence::Neutral).ok());
    const qint64 existing = addEntry(at(1, 10), u"kept as is"_s, 0, {u"care"_s, u"mine"_s});
    const QString before = dump();

    struct Case {
        const char *name;
        std::function<void(JournalEntry &)> spoil;
        ErrorCode code;
    };
    const QList<Case> cases {
        {"missing relationship", [](JournalEntry &e) { e.relationshipId = 4242; }, ErrorCode::NotFound},
        {"no relationship", [](JournalEntry &e) { e.relationshipId = 0; }, ErrorCode::NotFound},
        {"mood before too low", [](JournalEntry &e) { e.moodBefore = -6; }, ErrorCode::Invalid},
        {"mood during too high", [](JournalEntry &e) { e.moodDuring = 6; }, ErrorCode::Invalid},
        {"mood after too high", [](JournalEntry &e) { e.moodAfter = 99; }, ErrorCode::Invalid},
        {"incident without severity",
            [](JournalEntry &e) {
                e.incident = true;
                e.severity.reset();
            },
            ErrorCode::Invalid},
        {"severity zero",
            [](JournalEntry &e) {
                e.incident = true;
                e.severity = 0;
            },
            ErrorCode::Invalid},
        {"severity six",
            [](JournalEntry &e) {
                e.incident = true;
                e.severity = 6;
            },
            ErrorCode::Invalid},
        {"no time", [](JournalEntry &e) { e.occurredAt = {}; }, ErrorCode::Invalid},
        {"unknown tag",
            [](JournalEntry &e) {
                e.tags = {u"care"_s, u"not-a-tag"_s};
            },
            ErrorCode::Invalid},
        {"long note", [](JournalEntry &e) { e.note = QString(20001, u'x'); }, ErrorCode::Invalid},
        {"long evidence", [](JournalEntry &e) { e.evidence = QString(2001, u'x'); }, ErrorCode::Invalid},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        JournalEntry fresh = entry(at(2, 10), u"new"_s);
        c.spoil(fresh);
        auto added = repo().add(fresh);
        ASSERT_FALSE(added.ok());
        EXPECT_EQ(added.error().code, c.code);
        EXPECT_FALSE(added.error().message.isEmpty());
        EXPECT_EQ(fresh.id, 0);

        auto stored = repo().get(existing);
        ASSERT_TRUE(stored.ok());
        JournalEntry changed = stored.value();
        changed.note = u"changed"_s;
        c.spoil(changed);
        auto updated = repo().update(changed);
        ASSERT_FALSE(updated.ok());
        EXPECT_EQ(updated.error().code, c.code);
        EXPECT_EQ(dump(), before);
    }

    JournalEntry longest = entry(at(2, 10), QString(20000, u'x'));
    EXPECT_TRUE(repo().add(longest).ok());
}

TEST_F(JournalRepositoryTest, DeletingTheRelationshipDeletesItsEntriesAndTags)
{
    addEntry(at(1, 10), {}, 0, {u"care"_s});
    addEntry(at(1, 11), {}, 0, {u"shouting"_s, u"contempt"_s});
    const qint64 other = addEntry(at(1, 12), {}, alex, {u"care"_s});
    ASSERT_TRUE(RelationshipRepository(*db).remove(sam).ok());
    EXPECT_EQ(ids({}), QList<qint64> {other});
    EXPECT_EQ(rows(u"journal_tag"_s), 1);
}

TEST_F(JournalRepositoryTest, UserTagsAreValidatedAndSortedByLabel)
{
    ASSERT_TRUE(repo().addUserTag(u"money-talk"_s, u"  Talk about money "_s, Valence::Neutral).ok());
    ASSERT_TRUE(repo().addUserTag(u"late-night"_s, u"late at night"_s, Valence::Negative).ok());
    ASSERT_TRUE(repo().addUserTag(u"walk"_s, u"A walk together"_s, Valence::Positive).ok());

    EXPECT_EQ(repo().addUserTag(u"walk"_s, u"Another"_s, Valence::Positive).error().code, ErrorCode::Conflict);
    EXPECT_EQ(repo().addUserTag(u"shouting"_s, u"Mine"_s, Valence::Negative).error().code, ErrorCode::Conflict);
    EXPECT_EQ(repo().addUserTag(u"Bad Id"_s, u"x"_s, Valence::Neutral).error().code, ErrorCode::Invalid);
    EXPECT_EQ(repo().addUserTag(QString(), u"x"_s, Valence::Neutral).error().code, ErrorCode::Invalid);
    EXPECT_EQ(repo().addUserTag(u"blank"_s, u"   "_s, Valence::Neutral).error().code, ErrorCode::Invalid);
    EXPECT_EQ(repo().addUserTag(u"long"_s, QString(61, u'x'), Valence::Neutral).error().code, ErrorCode::Invalid);

    auto tags = repo().userTags();
    ASSERT_TRUE(tags.ok());
    ASSERT_EQ(tags->size(), 3);
    EXPECT_EQ(tags->at(0).id, u"walk"_s);
    EXPECT_EQ(tags->at(0).valence, Valence::Positive);
    EXPECT_EQ(tags->at(1).id, u"late-night"_s);
    EXPECT_EQ(tags->at(2).id, u"money-talk"_s);
    EXPECT_EQ(tags->at(2).label, u"Talk about money"_s);

    JournalEntry e = entry(at(1, 10));
    e.tags = {u"walk"_s, u"care"_s};
    EXPECT_TRUE(repo().add(e).ok());
}

TEST_F(JournalRepositoryTest, RemovingAUserTagTakesItOffEveryEntry)
{
    ASSERT_TRUE(repo().addUserTag(u"late-night"_s, u"Late at night"_s, Valence::Negative).ok());
    ASSERT_TRUE(repo().addUserTag(u"walk"_s, u"Walk"_s, Valence::Positive).ok());
    const qint64 a = addEntry(at(1, 10), {}, 0, {u"late-night"_s, u"care"_s});
    const qint64 b = addEntry(at(1, 11), {}, alex, {u"late-night"_s});
    const qint64 c = addEntry(at(1, 12), {}, 0, {u"walk"_s});

    ASSERT_TRUE(repo().removeUserTag(u"late-night"_s).ok());
    EXPECT_EQ(repo().get(a)->tags, QStringList {u"care"_s});
    EXPECT_TRUE(repo().get(b)->tags.isEmpty());
    EXPECT_EQ(repo().get(c)->tags, QStringList {u"walk"_s});
    auto tags = repo().userTags();
    ASSERT_TRUE(tags.ok());
    ASSERT_EQ(tags->size(), 1);
    EXPECT_EQ(tags->at(0).id, u"walk"_s);

    EXPECT_EQ(repo().removeUserTag(u"late-night"_s).error().code, ErrorCode::NotFound);
    JournalEntry again = entry(at(1, 13));
    again.tags = {u"late-night"_s};
    EXPECT_EQ(repo().add(again).error().code, ErrorCode::Invalid);
}

TEST_F(JournalRepositoryTest, EntriesBetweenIsOldestFirstAndHalfOpen)
{
    const qint64 before = addEntry(at(1, 23, 59));
    const qint64 first = addEntry(at(2, 0));
    const qint64 second = addEntry(at(2, 12));
    const qint64 sameTime = addEntry(at(2, 12));
    addEntry(at(3, 0)); // at `to`: excluded
    addEntry(at(2, 12), {}, alex);

    auto between = repo().entriesBetween(sam, at(2, 0), at(3, 0));
    ASSERT_TRUE(between.ok());
    QList<qint64> got;
    for (const JournalEntry &e : between.value())
        got << e.id;
    EXPECT_EQ(got, (QList<qint64> {first, second, sameTime}));

    auto open = repo().entriesBetween(sam, {}, at(2, 0));
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 1);
    EXPECT_EQ(open->at(0).id, before);

    auto everything = repo().entriesBetween(sam, {}, {});
    ASSERT_TRUE(everything.ok());
    EXPECT_EQ(everything->size(), 5);
}
