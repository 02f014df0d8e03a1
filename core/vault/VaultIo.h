#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace bearings {

// The file operations a vault save needs, behind one seam so that tests can
// fail a save after any number of bytes, fill the disk, or corrupt a write.
// The default implementation uses QSaveFile and fsync.
class VaultIo {
    Q_DECLARE_TR_FUNCTIONS(bearings::VaultIo)

public:
    VaultIo() = default;
    virtual ~VaultIo() = default;
    VaultIo(const VaultIo &) = delete;
    VaultIo &operator=(const VaultIo &) = delete;

    // The process-wide implementation over the real file system.
    static VaultIo &system();

    // Reads a whole file of at most maxBytes. Missing files, folders and read
    // errors are ErrorCode::Io; a larger file is ErrorCode::Invalid.
    virtual Result<QByteArray> read(const QString &path, qint64 maxBytes);
    // Writes `data` to a temporary file beside `path`, flushes it to disk and
    // renames it over `path` (QSaveFile, no direct-write fallback). Either
    // the whole new file is in place, or the old one is untouched. New files
    // are readable by their owner only.
    virtual Status write(const QString &path, const QByteArray &data);
    // Makes a rename inside `directory` durable (fsync on the folder; POSIX).
    virtual Status syncDirectory(const QString &directory);

    // The errors a save reports, for implementations of this interface.
    static Error diskFull(const QString &detail);
    static Error writeFailed(const QString &reason, const QString &detail);
};

} // namespace bearings
