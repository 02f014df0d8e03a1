#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace bearings {
class Database;
}

namespace bearings::exchange {

// The journal as CSV (RFC 4180: comma-separated, CRLF line ends, fields with
// commas, quotes or line breaks quoted, quotes doubled), UTF-8 without BOM.
// Free-text cells that a spreadsheet would run as a formula (starting with
// = + - @, tab or CR) get a leading apostrophe, so opening the file never runs
// anything.
class CsvExport final {
    Q_DECLARE_TR_FUNCTIONS(bearings::exchange::CsvExport)

public:
    // relationshipId 0 exports every relationship.
    static Result<QByteArray> journal(const Database &db, qint64 relationshipId = 0);
    static QByteArray row(const QStringList &fields);
    static QString escapeField(const QString &field);
    static QString neutraliseFormula(const QString &text);
};

} // namespace bearings::exchange
