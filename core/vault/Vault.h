#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "vault/KdfParams.h"
#include "vault/SecureBuffer.h"
#include "vault/VaultHeader.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace bearings {

class Database;
class VaultIo;

// One encrypted vault file and the database it holds while unlocked. Saves
// keep the previous good file as a backup (backupPath) and verify what they
// wrote; see docs/VAULT_FORMAT.md for the format and the save sequence.
class Vault final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Vault)

public:
    // Makes a new vault with an empty database and writes it. Refuses to
    // replace an existing file (Conflict). `kdf` is for tests only: every
    // real vault gets KdfParams::defaults().
    static Result<std::unique_ptr<Vault>> create(const QString &path, const QString &passphrase,
        const Clock &clock = Clock::system(), KdfParams kdf = KdfParams::defaults());
    // Opens the vault at `path`. Never writes anything, whatever happens.
    static Result<std::unique_ptr<Vault>> open(
        const QString &path, const QString &passphrase, const Clock &clock = Clock::system());
    // Opens the backup of the vault at `path` (backupPath(path)). The next
    // save writes `path` and leaves the backup as it is.
    static Result<std::unique_ptr<Vault>> openBackup(
        const QString &path, const QString &passphrase, const Clock &clock = Clock::system());
    // Opening in two halves, for callers that keep the GUI responsive: the
    // slow half (reading, checking, Argon2) may run on any thread; the fast
    // half decrypts and loads the database and must run on the thread that
    // will use the vault, because Qt's SQL connections cannot change threads.
    struct PreparedOpen {
        QString path;     // the vault's path
        QString filePath; // the file read: the vault or its backup
        QByteArray file;
        VaultHeader header;
        SecureBuffer key;
        bool backup = false;
    };
    static Result<PreparedOpen> prepareOpen(const QString &path, const QString &passphrase, bool backup = false);
    static Result<std::unique_ptr<Vault>> finishOpen(PreparedOpen prepared, const Clock &clock = Clock::system());

    // The backup beside a vault: the same name with ".bak" appended.
    static QString backupPath(const QString &path);
    // Removes temporary files a save interrupted by a crash or power cut may
    // have left next to the vault and its backup. Call before opening.
    static void cleanupStaleTempFiles(const QString &path);

    ~Vault() override;

    // The unlocked database. Must not be called while locked.
    Database &database();
    // Encrypts and writes the database (docs/VAULT_FORMAT.md, "Saving").
    // On failure the files on disk and the database in memory are as they
    // were, and saveFailed() is emitted with the same error.
    Status save();
    // After a save refused because the file changed on disk (Conflict): the
    // next save replaces that file with this vault's content. The file on
    // disk becomes the backup if it decrypts with this vault's key, so a copy
    // of the same vault written elsewhere is kept, not lost.
    void overwriteChangesOnDisk();

    // Re-encrypts the vault and its backup under a new passphrase and salt.
    Status changePassphrase(const QString &current, const QString &next);
    // Wipes the key and drops the database. Nothing can be saved afterwards;
    // open the vault again to continue.
    void lock();

    bool isLocked() const;
    QString path() const { return m_path; }
    // Database::generation() at the last successful save (0 after opening).
    quint64 savedGeneration() const { return m_savedGeneration; }
    bool hasUnsavedChanges() const;
    // The header of the file last written or opened.
    const VaultHeader &header() const { return m_header; }

    // Test seam: route file writes through another implementation. The
    // object must outlive the vault.
    void setIo(VaultIo &io);

Q_SIGNALS:
    void saved();
    void saveFailed(const bearings::Error &error);

private:
    Vault(QString path, const Clock &clock);
    static Result<std::unique_ptr<Vault>> openFile(
        const QString &path, const QString &filePath, const QString &passphrase, const Clock &clock, bool backup);
    Status refuseIfBusy() const;
    Status saveUnguarded();
    // Writes `newFile` as the vault, first copying the current file to the
    // backup unless `keepBackup`; see the .cpp.
    Status replaceOnDisk(const QByteArray &newFile, bool keepBackup);
    Result<QByteArray> sealDatabase(const VaultHeader &header, const SecureBuffer &key) const;

    QString m_path;
    const Clock &m_clock;
    VaultIo *m_io;
    std::unique_ptr<Database> m_db;
    SecureBuffer m_key;
    VaultHeader m_header;
    // The vault file (encrypted) as this object last wrote or read it; a
    // different file on disk means someone else changed it. This file is
    // known to decrypt with m_key (it did when it was written or opened).
    // Kept whole rather than as a hash: comparing bytes costs a fraction of
    // hashing them again on every save (docs/BENCHMARKS.md).
    std::optional<QByteArray> m_diskFile;
    bool m_openedFromBackup = false;
    bool m_saving = false;
    bool m_overwriteOnce = false;
    quint64 m_savedGeneration = 0;
};

} // namespace bearings
