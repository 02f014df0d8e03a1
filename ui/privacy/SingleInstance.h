#pragma once

#include <QLockFile>
#include <QString>
#include <QStringView>

namespace bearings::ui {

// Keeps a second copy of the app from opening the same data: a QLockFile with a
// neutral name ("session.lock") that says nothing about what the app is for.
//
// The lock is held for the whole session, so it never goes stale by age
// (staleLockTime 0); a lock left by a crashed instance (its PID is no longer
// running, or the machine has rebooted since) is recovered by tryLock().
class SingleInstance final {
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    static constexpr QStringView kFileName = u"session.lock";

    // directory is created on tryLock() if missing; tests pass a QTemporaryDir.
    explicit SingleInstance(const QString &directory);
    ~SingleInstance(); // releases the lock

    // The app's config folder, where settings.ini already lives: one folder
    // holds everything the app leaves on disk.
    static QString defaultDirectory();

    // True for the first instance. False while another live instance holds the
    // lock (error() == LockFailedError) or when the folder is not writable.
    bool tryLock();
    bool isLocked() const;
    void unlock();
    QLockFile::LockError error() const;
    QString filePath() const;

private:
    QString m_directory;
    QLockFile m_lock;
};

} // namespace bearings::ui
