#include "TestDatabase.h"
#include "journal/IncidentChain.h"
#include "journal/JournalRepository.h"
#include "storage/Schema.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

#include <sqlite3.h>

using namespace bearings;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// A vault image as Bearings with schema version 1 saved it: the first
// migration's statements, its data, user_version 1.
QByteArray versionOneImage(const QStringList &data)
{
    sqlite3 *raw = nullptr;
    EXPECT_EQ(sqlite3_open(":memory:", &raw), SQLITE_OK);
    QStringList statements {u"PRAGMA application_id = %1"_s.arg(Database::kApplicationId)};
    statements << schema::migrations().front().statements << data << u"PRAGMA user_version = 1"_s;
    for (const QString &statement : statements) {
        char *message = nullptr;
        const int rc = sqlite3_exec(raw, statement.toUtf8().constData(), nullptr, nullptr, &message);
        EXPECT_EQ(rc, SQLITE_OK) << statement.toStdString() << ": " << (message ? message : "");
        sqlite3_free(message);
    }
    sqlite3_int64 size = 0;
    unsigned char *bytes = sqlite3_serialize(raw, "main", &size, 0);
    const QByteArray image(reinterpret_cast<const char *>(bytes), qsizetype(size));
    sqlite3_free(bytes);
    sqlite3_close(raw);
    return image;
}

QString scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return u"<error>"_s;
    return q.value(0).toString();
}

const QStringList kVersionOneData {
    u"INSERT INTO relationship VALUES (1, 'Sam', 'partner', '', 'limit', 0, '2026-01-05T09:00:00.000Z')"_s,
    u"INSERT INTO user_tag VALUES ('late-texts', 'Late texts', 'negative')"_s,
    // Written in this order (created_at), though they happened in another.
    u"INSERT INTO journal_entry VALUES (5, 1, '2026-01-20T18:30:00.000Z', 'in_person', -1, -3, -4, "
    "'Shouted at dinner', 1, 3, 'My sister', 'Voice memo', '2026-01-20T19:00:00.000Z', "
    "'2026-01-21T08:00:00.000Z')"_s,
    u"INSERT INTO journal_entry VALUES (2, 1, '2026-01-10T12:00:00.000Z', 'text', NULL, NULL, 2, 'Kind message', "
    "0, NULL, '', '', '2026-01-21T09:00:00.000Z', '2026-01-21T09:00:00.000Z')"_s,
    u"INSERT INTO journal_entry VALUES (3, 1, '2026-01-12T22:00:00.000Z', 'call', NULL, NULL, NULL, "
    "'Threatened to take the car', 1, 5, '', 'Call log', '2026-01-21T10:00:00.000Z', "
    "'2026-01-21T10:00:00.000Z')"_s,
    u"INSERT INTO journal_tag VALUES (5, 'late-texts')"_s,
    u"INSERT INTO boundary VALUES (1, 1, 'Shouting', 'I leave', 'I go to my sister', 1, "
    "'2026-01-08T09:00:00.000Z', NULL)"_s,
};

} // namespace

TEST(MigrationTest, StepsAreNumberedOneByOne)
{
    const auto &steps = schema::migrations();
    ASSERT_GE(steps.size(), 2u);
    for (size_t i = 0; i < steps.size(); ++i)
        EXPECT_EQ(steps.at(i).version, int(i) + 1);
    EXPECT_EQ(schema::latestVersion(), 2);
}

TEST(MigrationTest, AVersionOneVaultMigratesToTwoAndKeepsAllData)
{
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    auto migrated = Database::fromImage(versionOneImage(kVersionOneData), clock);
    ASSERT_TRUE(migrated.ok()) << migrated.error().detail.toStdString();
    Database &db = *migrated.value();
    EXPECT_EQ(db.schemaVersion(), 2);

    EXPECT_EQ(scalar(db, u"SELECT name || strategy FROM relationship WHERE id = 1"_s), u"Samlimit"_s);
    EXPECT_EQ(scalar(db, u"SELECT count(*) FROM journal_entry"_s), u"3"_s);
    EXPECT_EQ(scalar(db, u"SELECT count(*) FROM boundary"_s), u"1"_s);
    auto entry = JournalRepository(db).get(5);
    ASSERT_TRUE(entry.ok());
    EXPECT_EQ(entry->note, u"Shouted at dinner"_s);
    EXPECT_EQ(entry->moodAfter, -4);
    EXPECT_EQ(entry->severity, 3);
    EXPECT_EQ(entry->present, u"My sister"_s);
    EXPECT_EQ(entry->tags, QStringList {u"late-texts"_s});
    EXPECT_EQ(entry->updatedAt, QDateTime::fromString(u"2026-01-21T08:00:00.000Z"_s, Qt::ISODateWithMs));

    // The chain begins with the two incidents, in the order they were written.
    auto links = IncidentChain::links(db);
    ASSERT_TRUE(links.ok());
    ASSERT_EQ(links->size(), 2);
    EXPECT_EQ(links->at(0).entryId, 5);
    EXPECT_EQ(links->at(1).entryId, 3);
    for (const ChainLink &l : links.value()) {
        EXPECT_EQ(l.kind, u"baseline"_s);
        EXPECT_EQ(l.recordedAt, sql::toDb(clock.now()));
    }
    auto verified = IncidentChain::verify(db);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->intact()) << IncidentChain::summary(verified.value()).toStdString();

    // The upgraded vault keeps working: a new incident extends the chain.
    JournalEntry e = entry.value();
    e.note = u"Shouted at dinner, then left"_s;
    ASSERT_TRUE(JournalRepository(db).update(e).ok());
    verified = IncidentChain::verify(db);
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->intact());
    EXPECT_EQ(verified->links, 3);
}

TEST(MigrationTest, AnEmptyVersionOneVaultMigratesWithAnEmptyChain)
{
    auto migrated = Database::fromImage(versionOneImage({}));
    ASSERT_TRUE(migrated.ok()) << migrated.error().detail.toStdString();
    EXPECT_EQ(migrated.value()->schemaVersion(), 2);
    auto verified = IncidentChain::verify(*migrated.value());
    ASSERT_TRUE(verified.ok());
    EXPECT_EQ(verified->links, 0);
    EXPECT_TRUE(verified->intact());
}

TEST(MigrationTest, ADamagedVersionOneImageIsRefusedBeforeAnyStep)
{
    // An incident whose relationship is gone cannot pass the foreign key
    // check: the image is refused before any step runs, and nothing half-done
    // is ever handed out.
    QStringList data = kVersionOneData;
    data.prepend(u"PRAGMA foreign_keys = OFF"_s);
    data << u"INSERT INTO journal_entry VALUES (9, 42, '2026-01-20T18:30:00.000Z', 'call', NULL, NULL, NULL, '', 1, "
            "2, '', '', '2026-01-20T19:00:00.000Z', '2026-01-20T19:00:00.000Z')"_s;
    auto refused = Database::fromImage(versionOneImage(data));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Damaged);
}
