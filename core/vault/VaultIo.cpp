#include "VaultIo.h"

#include <QDir>

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <algorithm>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace bearings {

VaultIo &VaultIo::system()
{
    static VaultIo io;
    return io;
}

Error VaultIo::diskFull(const QString &detail)
{
    return makeError(ErrorCode::Io,
        tr("The vault could not be saved because the disk is full. Your changes are still here; free some space and "
           "try again."),
        detail);
}

Error VaultIo::writeFailed(const QString &reason, const QString &detail)
{
    return makeError(ErrorCode::Io,
        tr("The vault could not be saved (%1). Your changes are still here; please try again.").arg(reason), detail);
}

Result<QByteArray> VaultIo::read(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (info.isDir())
        return makeError(ErrorCode::Io, tr("%1 is a folder, not a vault file.").arg(shown));
    if (!info.exists())
        return makeError(ErrorCode::Io, tr("There is no vault file at %1.").arg(shown));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("The file %1 could not be opened: %2").arg(shown, file.errorString()));
    if (file.size() > maxBytes)
        return makeError(ErrorCode::Invalid, tr("The file %1 is too large to be a vault.").arg(shown),
            u"%1 bytes"_s.arg(file.size()));
    // Ask for what the file holds (plus one byte to notice growth), not for
    // the limit: QIODevice::read() allocates the requested size up front.
    QByteArray data = file.read(std::min(maxBytes, file.size()) + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, tr("The file %1 could not be read: %2").arg(shown, file.errorString()));
    if (data.size() > maxBytes)
        return makeError(ErrorCode::Invalid, tr("The file %1 is too large to be a vault.").arg(shown));
    return data;
}

Status VaultIo::write(const QString &path, const QByteArray &data)
{
    const auto failure = [&](const QString &reason) -> Error {
        const int err = errno;
        const QStorageInfo storage(QFileInfo(path).absolutePath());
        if (err == ENOSPC
#ifdef EDQUOT
            || err == EDQUOT
#endif
            || (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < data.size()))
            return diskFull(reason);
        return writeFailed(reason, path);
    };
    QSaveFile file(path);
    // Never fall back to writing the vault in place: a half-written vault
    // is exactly what the temporary file is there to prevent.
    file.setDirectWriteFallback(false);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());
    if (!QFileInfo::exists(path))
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    errno = 0;
    if (file.write(data) != data.size() || !file.flush()) {
        const Error e = failure(file.errorString());
        file.cancelWriting();
        return e;
    }
    // commit() fsyncs the temporary file before renaming it into place.
    errno = 0;
    if (!file.commit())
        return failure(file.errorString());
    return {};
}

Status VaultIo::syncDirectory(const QString &directory)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(directory);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return writeFailed(QString::fromLocal8Bit(std::strerror(errno)), u"open dir "_s + directory);
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    // Some file systems cannot fsync a folder (EINVAL); the rename is then as
    // durable as that file system makes it.
    if (rc != 0 && err != EINVAL)
        return writeFailed(QString::fromLocal8Bit(std::strerror(err)), u"fsync dir "_s + directory);
#else
    Q_UNUSED(directory);
#endif
    return {};
}

} // namespace bearings
