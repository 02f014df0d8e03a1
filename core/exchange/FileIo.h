#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace bearings {

// Whole-file reads and atomic writes with user-facing errors.
class FileIo final {
    Q_DECLARE_TR_FUNCTIONS(bearings::FileIo)

public:
    // Reads at most maxBytes; a larger file is refused (ErrorCode::Invalid)
    // without reading it. A directory or a missing file is ErrorCode::Io.
    static Result<QByteArray> readAll(const QString &path, qint64 maxBytes);
    // Writes through QSaveFile: either the whole new content lands, or the
    // old file stays as it was.
    static Status writeAtomically(const QString &path, const QByteArray &data);
};

} // namespace bearings
