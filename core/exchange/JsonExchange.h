#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace bearings {
class Database;
}

namespace bearings::exchange {

// Counts of records per exchange array ("journalEntries" -> 84), in format order.
using RecordCounts = QList<QPair<QString, qint64>>;

enum class ImportMode {
    IntoEmpty, // refuse when the vault already holds records
    Replace,   // remove everything first, in the same transaction
};

// Export and import of the whole vault content as versioned JSON
// (docs/EXCHANGE_FORMAT.md). Import validates the entire file before it
// writes anything and writes in one transaction, so a bad file leaves the
// vault exactly as it was.
class JsonExchange final {
    Q_DECLARE_TR_FUNCTIONS(bearings::exchange::JsonExchange)

public:
    static Result<QByteArray> exportJson(const Database &db, const QDateTime &exportedAt);
    // Checks a file without touching any database; returns what it holds.
    static Result<RecordCounts> validate(const QByteArray &json);
    static Result<RecordCounts> importJson(Database &db, const QByteArray &json, ImportMode mode);
    static Result<RecordCounts> countRecords(const Database &db);
};

} // namespace bearings::exchange
