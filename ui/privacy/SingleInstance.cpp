#include "SingleInstance.h"

#include <QDir>
#include <QStandardPaths>

namespace bearings::ui {

SingleInstance::SingleInstance(const QString &directory)
    : m_directory(directory)
    , m_lock(QDir(directory).filePath(kFileName.toString()))
{
    // Held for the whole session: only a dead owner makes it stale.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

bool SingleInstance::tryLock()
{
    if (m_lock.isLocked())
        return true;
    QDir().mkpath(m_directory);
    // tryLock(0) removes a stale lock itself (dead PID, or written before the
    // last reboot) and retries once.
    return m_lock.tryLock(0);
}

bool SingleInstance::isLocked() const
{
    return m_lock.isLocked();
}

void SingleInstance::unlock()
{
    m_lock.unlock();
}

QLockFile::LockError SingleInstance::error() const
{
    return m_lock.error();
}

QString SingleInstance::filePath() const
{
    return m_lock.fileName();
}

} // namespace bearings::ui
