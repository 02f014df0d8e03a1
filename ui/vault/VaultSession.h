#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace bearings {
class AutoSaver;
class Database;
class Vault;
} // namespace bearings

namespace bearings::ui {

// The app's one vault while it runs: creates or unlocks it without freezing
// the window (the key derivation runs on a worker thread), saves after every
// change, and locks by dropping the database and the key.
class VaultSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultSession)

public:
    enum class State { Locked, Working, Unlocked };

    explicit VaultSession(QString path, QObject *parent = nullptr);
    ~VaultSession() override;

    QString path() const { return m_path; }
    State state() const { return m_state; }
    bool vaultExists() const;

    // Both run in the background; the result arrives as unlocked() or
    // openFailed(). Ignored unless locked.
    void create(const QString &passphrase);
    void unlock(const QString &passphrase, bool fromBackup = false);

    // Saves what is unsaved, then wipes the key and drops the database. Safe
    // to call in any state; while working, the pending result is discarded.
    // Returns the save error, if any: the data was still locked away, since
    // the previous save is on disk and the person asked to lock.
    Status lock();
    // Saves now if anything is unsaved.
    Status saveNow();

    Vault *vault() const { return m_vault.get(); }
    Database *database() const;

Q_SIGNALS:
    void stateChanged(bearings::ui::VaultSession::State state);
    void unlocked();
    void locked();
    // offerBackup: the vault is damaged and a backup exists.
    void openFailed(const bearings::Error &error, bool offerBackup);
    void saveFailed(const bearings::Error &error);
    void saved();

private:
    void setState(State state);
    void adopt(std::unique_ptr<Vault> vault);
    void waitForWorker();

    QString m_path;
    State m_state = State::Locked;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<AutoSaver> m_autoSaver;
    QThread *m_worker = nullptr;
    // Bumped by lock(): a background result for an older ticket is dropped.
    quint64 m_ticket = 0;
};

} // namespace bearings::ui
