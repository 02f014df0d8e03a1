#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace bearings {

// The vault's content: an SQLite database that lives only in memory and is
// persisted as one serialized image (which the vault layer encrypts). No
// database file is ever written; temp storage is kept in memory too.
class Database final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Database)

public:
    // "BRNG": marks an image as a Bearings database (PRAGMA application_id).
    static constexpr int kApplicationId = 0x42524E47;

    // A new, empty database at the latest schema version.
    static Result<std::unique_ptr<Database>> openNew(const Clock &clock = Clock::system());
    // Loads a serialized image. Checks the SQLite header, application id,
    // schema version and integrity, then migrates older schemas forward.
    // Damaged, foreign or newer images are refused without side effects.
    static Result<std::unique_ptr<Database>> fromImage(const QByteArray &image, const Clock &clock = Clock::system());

    ~Database() override;

    // The whole database as bytes. The caller owns the plaintext and should
    // wipe it (sodium_memzero) when done.
    Result<QByteArray> toImage() const;

    QSqlDatabase connection() const;
    const Clock &clock() const { return m_clock; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Runs `work` as one transaction: committed if it succeeds, rolled back
    // otherwise. Nested calls join the outer transaction. Emits changed()
    // once after each successful outermost commit.
    Status write(const std::function<Status()> &work);

    // Counts of committed writes since this object was created.
    quint64 generation() const { return m_generation; }

    // The runtime SQLite library must be the one Qt's driver uses, or the
    // serialize/deserialize calls would act on a different library's handle.
    static Status verifySqliteLibrary();

Q_SIGNALS:
    void changed();

private:
    Database(QString connectionName, const Clock &clock);
    static Result<std::unique_ptr<Database>> openConnection(const Clock &clock);
    Status harden();
    Status migrate();
    Status checkLoaded();

    QString m_connectionName;
    const Clock &m_clock;
    int m_writeDepth = 0;
    quint64 m_generation = 0;
};

} // namespace bearings
