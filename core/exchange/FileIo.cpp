#include "FileIo.h"

#include <QDir>

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>

namespace bearings {

Result<QByteArray> FileIo::readAll(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return makeError(ErrorCode::Io, tr("The file %1 does not exist.").arg(shown));
    if (info.isDir())
        return makeError(ErrorCode::Io, tr("%1 is a folder, not a file.").arg(shown));
    if (info.size() > maxBytes)
        return makeError(ErrorCode::Invalid,
            tr("The file %1 is too large (%2 MB; the limit is %3 MB).")
                .arg(shown)
                .arg(info.size() / (1024 * 1024))
                .arg(maxBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("The file %1 could not be opened: %2").arg(shown, file.errorString()));
    // Ask for what the file holds (plus one byte to notice growth), not for
    // the limit: QIODevice::read() allocates the requested size up front.
    QByteArray data = file.read(std::min(maxBytes, file.size()) + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, tr("The file %1 could not be read: %2").arg(shown, file.errorString()));
    if (data.size() > maxBytes)
        return makeError(ErrorCode::Invalid, tr("The file %1 is too large.").arg(shown));
    return data;
}

Status FileIo::writeAtomically(const QString &path, const QByteArray &data)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return makeError(ErrorCode::Io, tr("%1 is a folder. Please choose a file name.").arg(shown));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("%1 could not be written: %2").arg(shown, file.errorString()));
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(ErrorCode::Io, tr("%1 could not be written: %2").arg(shown, reason));
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("%1 could not be saved: %2").arg(shown, file.errorString()));
    return {};
}

} // namespace bearings
