#include "TestDatabase.h"
#include "storage/Schema.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace bearings;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QString scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return u"<error>"_s;
    return q.value(0).toString();
}

QStringList tables(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s);
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace

using DatabaseFixture = DatabaseTest;

TEST(DatabaseLibrary, QtAndBearingsUseTheSameSqlite)
{
    EXPECT_TRUE(Database::verifySqliteLibrary().ok());
}

TEST_F(DatabaseFixture, NewDatabaseIsAtLatestSchemaWithApplicationId)
{
    EXPECT_EQ(db->schemaVersion(), schema::latestVersion());
    EXPECT_EQ(scalar(*db, u"PRAGMA application_id"_s).toInt(), Database::kApplicationId);
    EXPECT_EQ(scalar(*db, u"PRAGMA foreign_keys"_s), u"1"_s);
    // 2 = MEMORY: sorts and VACUUM never write plaintext temp files.
    EXPECT_EQ(scalar(*db, u"PRAGMA temp_store"_s), u"2"_s);
    EXPECT_EQ(scalar(*db, u"PRAGMA trusted_schema"_s), u"0"_s);
    EXPECT_EQ(scalar(*db, u"PRAGMA cell_size_check"_s), u"1"_s);
}

TEST_F(DatabaseFixture, MigrationsCreateEveryTable)
{
    const QStringList expected {u"assessment"_s, u"assessment_answer"_s, u"assessment_reflection"_s, u"benchmark"_s,
        u"boundary"_s, u"breach"_s, u"checkin"_s, u"checkin_rating"_s, u"incident_chain"_s, u"journal_entry"_s,
        u"journal_tag"_s, u"logistics_item"_s, u"message_script"_s, u"monthly_review"_s, u"relationship"_s,
        u"relationship_item"_s, u"safety_plan"_s, u"strategy_change"_s, u"trial_plan"_s, u"user_tag"_s};
    EXPECT_EQ(tables(*db), expected);
}

TEST_F(DatabaseFixture, ImageRoundTripKeepsData)
{
    ASSERT_TRUE(db->write([&]() -> Status {
                      QSqlQuery q(db->connection());
                      if (!q.exec(u"INSERT INTO user_tag (id, label, valence) VALUES ('walks', 'Walks', 'positive')"_s))
                          return makeError(ErrorCode::Internal, q.lastError().text());
                      return {};
                  }).ok());
    auto reloaded = reload();
    ASSERT_TRUE(reloaded);
    EXPECT_EQ(scalar(*reloaded, u"SELECT label FROM user_tag WHERE id = 'walks'"_s), u"Walks"_s);
    EXPECT_EQ(reloaded->schemaVersion(), schema::latestVersion());
}

TEST_F(DatabaseFixture, WriteCommitsOnSuccessAndSignalsOnce)
{
    int notified = 0;
    const quint64 generationBefore = db->generation();
    QObject::connect(db.get(), &Database::changed, db.get(), [&] { ++notified; });
    const Status s = db->write([&]() -> Status {
        QSqlQuery q(db->connection());
        q.exec(u"INSERT INTO user_tag (id, label, valence) VALUES ('a', 'A', 'neutral')"_s);
        // A nested write joins the outer transaction: one commit, one signal.
        return db->write([&]() -> Status {
            QSqlQuery inner(db->connection());
            inner.exec(u"INSERT INTO user_tag (id, label, valence) VALUES ('b', 'B', 'neutral')"_s);
            return {};
        });
    });
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(notified, 1);
    EXPECT_EQ(db->generation(), generationBefore + 1);
    EXPECT_EQ(scalar(*db, u"SELECT count(*) FROM user_tag"_s), u"2"_s);
}

TEST_F(DatabaseFixture, WriteRollsBackOnError)
{
    int notified = 0;
    QObject::connect(db.get(), &Database::changed, db.get(), [&] { ++notified; });
    const Status s = db->write([&]() -> Status {
        QSqlQuery q(db->connection());
        q.exec(u"INSERT INTO user_tag (id, label, valence) VALUES ('a', 'A', 'neutral')"_s);
        return makeError(ErrorCode::Invalid, u"no"_s);
    });
    EXPECT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Invalid);
    EXPECT_EQ(notified, 0);
    EXPECT_EQ(scalar(*db, u"SELECT count(*) FROM user_tag"_s), u"0"_s);
}

TEST_F(DatabaseFixture, ForeignKeysCascade)
{
    ASSERT_TRUE(db->write([&]() -> Status {
                      QSqlQuery q(db->connection());
                      q.exec(u"INSERT INTO relationship (id, name, kind, created_at) VALUES (1, 'R', 'friend', 'x')"_s);
                      q.exec(u"INSERT INTO boundary (relationship_id, behaviour, limit_text, consequence, created_at) "
                             "VALUES (1, 'b', 'l', 'c', 'x')"_s);
                      q.exec(u"DELETE FROM relationship WHERE id = 1"_s);
                      return {};
                  }).ok());
    EXPECT_EQ(scalar(*db, u"SELECT count(*) FROM boundary"_s), u"0"_s);
}

// --- refusing bad images ------------------------------------------------------

TEST(DatabaseImage, RefusesEmptyAndNonSqliteBytes)
{
    for (const QByteArray &bytes : {QByteArray(), QByteArray(10, 'x'), QByteArray(4096, '\0'),
             QByteArray("SQLite format 2").leftJustified(4096, '\0')}) {
        auto r = Database::fromImage(bytes);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::Damaged);
    }
}

TEST(DatabaseImage, RefusesAnSqliteDatabaseOfAnotherApplication)
{
    // A plain SQLite database that is not Bearings'.
    sqlite3 *raw = nullptr;
    ASSERT_EQ(sqlite3_open(":memory:", &raw), SQLITE_OK);
    sqlite3_exec(raw, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr);
    sqlite3_int64 size = 0;
    unsigned char *data = sqlite3_serialize(raw, "main", &size, 0);
    const QByteArray image(reinterpret_cast<const char *>(data), qsizetype(size));
    sqlite3_free(data);
    sqlite3_close(raw);
    auto r = Database::fromImage(image);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Damaged);
    EXPECT_TRUE(r.error().detail.contains(u"application_id"_s));
}

TEST_F(DatabaseFixture, RefusesAnImageFromANewerSchema)
{
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(u"PRAGMA user_version = %1"_s.arg(schema::latestVersion() + 1)));
    auto image = db->toImage();
    ASSERT_TRUE(image.ok());
    auto r = Database::fromImage(image.value());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Unsupported);
}

TEST_F(DatabaseFixture, RefusesACorruptedImage)
{
    // Fill pages with data, then scribble over the middle of the image.
    ASSERT_TRUE(db->write([&]() -> Status {
                      QSqlQuery q(db->connection());
                      for (int i = 0; i < 300; ++i)
                          q.exec(
                              u"INSERT INTO user_tag (id, label, valence) VALUES ('t%1', '%2', 'neutral')"_s.arg(i).arg(
                                  QString(40, QLatin1Char('x'))));
                      return {};
                  }).ok());
    auto image = db->toImage();
    ASSERT_TRUE(image.ok());
    QByteArray bad = image.value();
    const qsizetype pageSize = 4096;
    ASSERT_GT(bad.size(), 4 * pageSize);
    // Scribble over the b-tree page headers of every page after the first.
    for (qsizetype page = pageSize; page < bad.size(); page += pageSize)
        for (qsizetype i = 0; i < 12; ++i)
            bad[page + i] = char(0xA5);
    auto r = Database::fromImage(bad);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Damaged);
}

TEST_F(DatabaseFixture, RefusesAnImageThatNeverHadASchema)
{
    // An image with the application id but user_version 0.
    sqlite3 *raw = nullptr;
    ASSERT_EQ(sqlite3_open(":memory:", &raw), SQLITE_OK);
    sqlite3_exec(raw, "PRAGMA application_id = 1112690247; PRAGMA user_version = 0; CREATE TABLE placeholder(x);",
        nullptr, nullptr, nullptr);
    sqlite3_int64 size = 0;
    unsigned char *data = sqlite3_serialize(raw, "main", &size, 0);
    const QByteArray image(reinterpret_cast<const char *>(data), qsizetype(size));
    sqlite3_free(data);
    sqlite3_close(raw);
    // Version 0 is not a valid saved vault: Bearings always saves at >= 1.
    auto r = Database::fromImage(image);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Damaged);
}
