#include "Database.h"

#include "Schema.h"
#include "SqlUtil.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sodium.h>
#include <sqlite3.h>

#include <atomic>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";

Error damaged(const QString &detail)
{
    return makeError(ErrorCode::Damaged, Database::tr("The vault's contents are damaged and cannot be read."), detail);
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Status execRaw(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return makeError(ErrorCode::Internal, Database::tr("The database could not be prepared."), detail);
    }
    return {};
}

Result<QString> scalarText(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return sql::queryError(q, Database::tr("read the database"));
    return q.value(0).toString();
}

} // namespace

Database::Database(QString connectionName, const Clock &clock)
    : m_connectionName(std::move(connectionName))
    , m_clock(clock)
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::verifySqliteLibrary()
{
    static const Status verdict = [] {
        const QString name = u"bearings-probe"_s;
        Status result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(u":memory:"_s);
            if (!db.open()) {
                result = makeError(
                    ErrorCode::Internal, Database::tr("The SQLite driver for Qt is missing."), db.lastError().text());
            } else {
                const Result<QString> qtSource = scalarText(db, u"SELECT sqlite_source_id()"_s);
                const QString ours = QString::fromLatin1(sqlite3_sourceid());
                if (!qtSource.ok())
                    result = qtSource.error();
                else if (qtSource.value() != ours)
                    result = makeError(ErrorCode::Internal,
                        Database::tr("Bearings was built against a different SQLite than Qt uses."),
                        u"Qt: %1, Bearings: %2"_s.arg(qtSource.value(), ours));
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }();
    return verdict;
}

Result<std::unique_ptr<Database>> Database::openConnection(const Clock &clock)
{
    if (Status s = verifySqliteLibrary(); !s.ok())
        return s.error();
    static std::atomic<int> counter {0};
    const QString name = u"bearings-%1"_s.arg(++counter);
    std::unique_ptr<Database> database(new Database(name, clock));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(u":memory:"_s);
    if (!db.open())
        return makeError(ErrorCode::Internal, Database::tr("The database could not be opened."), db.lastError().text());
    if (!handleOf(db))
        return makeError(
            ErrorCode::Internal, Database::tr("The database could not be opened."), u"no sqlite3 handle"_s);
    return database;
}

Status Database::harden()
{
    sqlite3 *h = handleOf(connection());
    // Defensive mode stops SQL from corrupting the file format on purpose
    // (writable_schema, raw page edits); trusted_schema=OFF stops schema
    // objects from calling functions with side effects; temp_store=MEMORY
    // keeps sorts and VACUUM from writing plaintext temp files to /var/tmp.
    int on = 0;
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, &on);
    for (const char *pragma : {"PRAGMA temp_store=MEMORY", "PRAGMA trusted_schema=OFF", "PRAGMA cell_size_check=ON",
             "PRAGMA foreign_keys=ON", "PRAGMA secure_delete=ON"}) {
        if (Status s = execRaw(h, pragma); !s.ok())
            return s;
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::openNew(const Clock &clock)
{
    auto opened = openConnection(clock);
    if (!opened.ok())
        return opened.error();
    std::unique_ptr<Database> database = std::move(opened).value();
    if (Status s = database->harden(); !s.ok())
        return s.error();
    if (Status s = execRaw(handleOf(database->connection()),
            QByteArray("PRAGMA application_id=" + QByteArray::number(kApplicationId)).constData());
        !s.ok())
        return s.error();
    if (Status s = database->migrate(); !s.ok())
        return s.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::fromImage(const QByteArray &image, const Clock &clock)
{
    if (image.size() < 512 || std::memcmp(image.constData(), kSqliteMagic, sizeof kSqliteMagic) != 0)
        return damaged(u"not an SQLite image (%1 bytes)"_s.arg(image.size()));

    auto opened = openConnection(clock);
    if (!opened.ok())
        return opened.error();
    std::unique_ptr<Database> database = std::move(opened).value();

    // Deserialize into the brand-new connection before any QSqlQuery exists on
    // it; SQLite takes ownership of the sqlite3_malloc'd copy.
    sqlite3 *h = handleOf(database->connection());
    const auto size = static_cast<sqlite3_int64>(image.size());
    auto *buffer = static_cast<unsigned char *>(sqlite3_malloc64(static_cast<sqlite3_uint64>(size)));
    if (!buffer)
        return makeError(ErrorCode::Io, Database::tr("There is not enough memory to open the vault."));
    std::memcpy(buffer, image.constData(), static_cast<size_t>(size));
    const int rc = sqlite3_deserialize(
        h, "main", buffer, size, size, SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK)
        return damaged(u"sqlite3_deserialize: %1"_s.arg(QString::fromUtf8(sqlite3_errstr(rc))));

    if (Status s = database->harden(); !s.ok())
        return damaged(s.error().detail);
    if (Status s = database->checkLoaded(); !s.ok())
        return s.error();
    if (Status s = database->migrate(); !s.ok())
        return s.error();
    return database;
}

Status Database::checkLoaded()
{
    const QSqlDatabase db = connection();
    const Result<QString> appId = scalarText(db, u"PRAGMA application_id"_s);
    if (!appId.ok())
        return damaged(appId.error().detail);
    if (appId.value().toInt() != kApplicationId)
        return makeError(ErrorCode::Damaged, Database::tr("This file is not a Bearings vault."),
            u"application_id %1"_s.arg(appId.value()));
    const int version = schemaVersion();
    if (version > latestSchemaVersion())
        return makeError(ErrorCode::Unsupported,
            Database::tr("This vault was made by a newer version of Bearings. Please update Bearings to open it."),
            u"schema %1 > %2"_s.arg(version).arg(latestSchemaVersion()));
    if (version < 1)
        return damaged(u"schema version %1"_s.arg(version));
    const Result<QString> integrity = scalarText(db, u"PRAGMA integrity_check"_s);
    if (!integrity.ok())
        return damaged(integrity.error().detail);
    if (integrity.value() != u"ok"_s)
        return damaged(u"integrity_check: "_s + integrity.value());
    QSqlQuery fk(db);
    if (!fk.exec(u"PRAGMA foreign_key_check"_s))
        return damaged(fk.lastError().text());
    if (fk.next())
        return damaged(u"foreign_key_check: table %1"_s.arg(fk.value(0).toString()));
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

int Database::latestSchemaVersion()
{
    return schema::latestVersion();
}

Status Database::migrate()
{
    const int from = schemaVersion();
    if (from < 0)
        return damaged(u"user_version unreadable"_s);
    for (const schema::Migration &m : schema::migrations()) {
        if (m.version <= from)
            continue;
        const Status s = write([&]() -> Status {
            QSqlQuery q(connection());
            for (const QString &statement : m.statements) {
                if (!q.exec(statement))
                    return makeError(ErrorCode::Internal, Database::tr("The vault could not be upgraded."),
                        u"migration %1: %2\n%3"_s.arg(m.version).arg(q.lastError().text(), statement));
            }
            if (m.data) {
                if (Status d = m.data(*this); !d.ok())
                    return makeError(ErrorCode::Internal, Database::tr("The vault could not be upgraded."),
                        u"migration %1: %2 %3"_s.arg(m.version).arg(d.error().message, d.error().detail));
            }
            if (!q.exec(u"PRAGMA user_version=%1"_s.arg(m.version)))
                return sql::queryError(q, Database::tr("record the schema version"));
            return {};
        });
        if (!s.ok())
            return s;
    }
    return {};
}

Status Database::write(const std::function<Status()> &work)
{
    QSqlDatabase db = connection();
    if (m_writeDepth > 0) {
        ++m_writeDepth;
        const Status s = work();
        --m_writeDepth;
        return s;
    }
    if (!db.transaction())
        return makeError(ErrorCode::Internal, Database::tr("The change could not be started."), db.lastError().text());
    ++m_writeDepth;
    Status s = work();
    --m_writeDepth;
    if (!s.ok()) {
        db.rollback();
        return s;
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return makeError(ErrorCode::Internal, Database::tr("The change could not be saved."), detail);
    }
    ++m_generation;
    Q_EMIT changed();
    return {};
}

Result<QByteArray> Database::toImage() const
{
    sqlite3 *h = handleOf(connection());
    sqlite3_int64 size = 0;
    unsigned char *data = sqlite3_serialize(h, "main", &size, 0);
    if (!data)
        return makeError(ErrorCode::Io, Database::tr("There is not enough memory to save the vault."));
    QByteArray image(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // The serialized copy is plaintext: wipe it before handing it back.
    sodium_memzero(data, static_cast<size_t>(size));
    sqlite3_free(data);
    return image;
}

} // namespace bearings
