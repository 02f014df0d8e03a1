#pragma once

#include "vault/VaultIo.h"

#include <QSaveFile>

#include <functional>
#include <optional>

namespace bearings::test {

// A VaultIo that writes to the real file system but can be told to run out
// of space after N bytes, fail a directory sync, corrupt a write silently or
// fail to read a file back (KeePassXC tests/FailDevice.h, for whole saves).
class FaultyVaultIo final : public VaultIo {
public:
    std::optional<qint64> failAfterBytes; // total over all writes
    bool reportDiskFull = true;           // else a generic write error
    std::optional<int> failSyncCall;      // 1-based index of syncDirectory calls
    bool corruptNextWrite = false;
    std::optional<int> failReadCall; // 1-based index of read calls
    std::function<void()> duringWrite;

    qint64 bytesWritten = 0;
    int writes = 0;
    int syncs = 0;
    int reads = 0;

    void reset()
    {
        failAfterBytes.reset();
        failSyncCall.reset();
        failReadCall.reset();
        corruptNextWrite = false;
        duringWrite = nullptr;
        bytesWritten = 0;
        writes = syncs = reads = 0;
    }

    Result<QByteArray> read(const QString &path, qint64 maxBytes) override
    {
        ++reads;
        if (failReadCall && *failReadCall == reads)
            return makeError(ErrorCode::Io, QStringLiteral("injected read failure"));
        return VaultIo::read(path, maxBytes);
    }

    Status write(const QString &path, const QByteArray &data) override
    {
        ++writes;
        if (duringWrite)
            duringWrite();
        if (failAfterBytes) {
            const qint64 remaining = qMax<qint64>(0, *failAfterBytes - bytesWritten);
            if (remaining < data.size()) {
                // Leave a partial temporary file behind, as a full disk would,
                // then give up the way QSaveFile does.
                QSaveFile file(path);
                file.setDirectWriteFallback(false);
                if (file.open(QIODevice::WriteOnly))
                    file.write(data.left(remaining));
                file.cancelWriting();
                bytesWritten += remaining;
                return reportDiskFull ? diskFull(QStringLiteral("injected ENOSPC"))
                                      : writeFailed(QStringLiteral("injected failure"), path);
            }
        }
        bytesWritten += data.size();
        if (corruptNextWrite) {
            corruptNextWrite = false;
            QByteArray bad = data;
            bad[bad.size() / 2] = static_cast<char>(bad[bad.size() / 2] ^ 0x10);
            return VaultIo::write(path, bad);
        }
        return VaultIo::write(path, data);
    }

    Status syncDirectory(const QString &directory) override
    {
        ++syncs;
        if (failSyncCall && *failSyncCall == syncs)
            return writeFailed(QStringLiteral("injected fsync failure"), directory);
        return VaultIo::syncDirectory(directory);
    }
};

} // namespace bearings::test
