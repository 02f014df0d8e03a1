#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <limits>

namespace bearings::exchange {

// The JSON exchange format mirrors the database table by table: every record
// type is an array of flat objects whose keys map to columns. The specs below
// drive both the exporter and the validating importer (docs/EXCHANGE_FORMAT.md).
enum class FieldType { Id, Integer, Real, Boolean, Text, DateTime, Date, Enum };

struct FieldSpec {
    QString key;    // JSON key (camelCase)
    QString column; // SQL column
    FieldType type = FieldType::Text;
    bool nullable = false;
    double min = std::numeric_limits<double>::lowest();
    double max = std::numeric_limits<double>::max();
    int maxLength = 20000; // for Text
    QStringList allowed;   // for Enum
    QString references;    // JSON key of the array whose "id" this refers to
};

struct TableSpec {
    QString key;   // JSON array key (camelCase plural)
    QString table; // SQL table
    QList<FieldSpec> fields;
    QStringList uniqueKey; // JSON keys that together must be unique ("id" for most)
    bool hasId() const { return uniqueKey == QStringList {QStringLiteral("id")}; }
};

// In insertion order: every table comes after the tables it refers to.
const QList<TableSpec> &tables();
const TableSpec *table(const QString &key);

inline constexpr int kFormatVersion = 1;
inline constexpr char16_t kFormatName[] = u"bearings-export";
// Imports larger than this are refused before parsing.
inline constexpr qint64 kMaxImportBytes = 256LL * 1024 * 1024;
// And no array may hold more records than this.
inline constexpr qsizetype kMaxRecordsPerTable = 2'000'000;

} // namespace bearings::exchange
