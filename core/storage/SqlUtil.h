#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace bearings::sql {

// Timestamps are stored as UTC ISO 8601 text with milliseconds, dates as
// ISO 8601 dates, so that text order is time order and values survive export.
QString toDb(const QDateTime &dt);
QString toDb(const QDate &date);
QVariant toDbOrNull(const QDateTime &dt);
QVariant toDbOrNull(std::optional<int> value);
QDateTime dateTimeFromDb(const QVariant &value);
QDate dateFromDb(const QVariant &value);
std::optional<int> optionalIntFromDb(const QVariant &value);
// Whether `text` is exactly what toDb() writes ("2026-11-23T08:15:00.000Z",
// "2026-11-23") and names a real moment or day. Such text is read without
// Qt's general date parser, which is several times slower.
bool isStoredDateTime(QStringView text);
bool isStoredDate(QStringView text);

// An Error for a failed statement; the detail carries SQLite's own text.
Error queryError(const QSqlQuery &query, const QString &what);

// Prepares `sql` on `query`, binds `values` positionally and executes it.
// A null QString is bound as '' (see the .cpp); pass QVariant() for NULL.
Status exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {});

// exec() for a statement that must change exactly one row (an UPDATE or
// DELETE by id): ErrorCode::NotFound with `notFound` when it changed none.
Status execOne(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &notFound);

// ErrorCode::NotFound with `notFound` unless `table` has a row with this id
// (a parent that must exist before a child is written).
Status requireExists(QSqlQuery &query, const QString &table, qint64 id, const QString &notFound);

} // namespace bearings::sql
