#include "JsonExchange.h"

#include "ExchangeSchema.h"
#include "journal/IncidentChain.h"
#include "journal/TagCatalog.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace bearings::exchange {

namespace {

QString columnList(const TableSpec &spec)
{
    QStringList columns;
    for (const FieldSpec &f : spec.fields)
        columns << f.column;
    return columns.join(u", "_s);
}

QString orderBy(const TableSpec &spec)
{
    QStringList columns;
    for (const QString &key : spec.uniqueKey) {
        for (const FieldSpec &f : spec.fields) {
            if (f.key == key)
                columns << f.column;
        }
    }
    return columns.join(u", "_s);
}

QJsonValue toJson(const FieldSpec &f, const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (f.type) {
    case FieldType::Id:
    case FieldType::Integer: return QJsonValue(v.toLongLong());
    case FieldType::Real: return QJsonValue(v.toDouble());
    case FieldType::Boolean: return QJsonValue(v.toLongLong() != 0);
    case FieldType::Text:
    case FieldType::DateTime:
    case FieldType::Date:
    case FieldType::Enum: return QJsonValue(v.toString());
    }
    return QJsonValue::Null;
}

// One INSERT prepared once and run for every row, binding straight to
// SQLite on the connection's own handle (inside the import's transaction).
// QSqlQuery::bindValue builds a placeholder name for every value it binds,
// which made binding the larger part of writing an import. Values are bound
// as Qt's SQLite driver binds them: a null QVariant or null QString as NULL,
// numbers as numbers, everything else as text.
class RawInsert final {
public:
    RawInsert(const QSqlDatabase &db, const QString &sql)
    {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_db = *static_cast<sqlite3 *const *>(handle.constData());
        if (!m_db) {
            m_error = u"no sqlite3 handle"_s;
            return;
        }
        if (sqlite3_prepare16_v2(m_db, sql.utf16(), int(sql.size() * 2), &m_stmt, nullptr) != SQLITE_OK) {
            m_error = errorMessage() + u'\n' + sql;
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
        }
    }
    ~RawInsert() { sqlite3_finalize(m_stmt); }
    RawInsert(const RawInsert &) = delete;
    RawInsert &operator=(const RawInsert &) = delete;

    bool prepared() const { return m_stmt != nullptr; }
    QString errorText() const { return m_error; }

    bool run(const QVariantList &values)
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            const int index = int(i) + 1;
            int rc = SQLITE_OK;
            switch (v.isNull() ? QMetaType::UnknownType : v.typeId()) {
            case QMetaType::UnknownType: rc = sqlite3_bind_null(m_stmt, index); break;
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong: rc = sqlite3_bind_int64(m_stmt, index, v.toLongLong()); break;
            case QMetaType::Double: rc = sqlite3_bind_double(m_stmt, index, v.toDouble()); break;
            case QMetaType::QString: {
                // Bound as it is: the QString in `values` outlives the step.
                const QString &text = *static_cast<const QString *>(v.constData());
                rc = sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * 2), SQLITE_STATIC);
                break;
            }
            default: {
                const QString text = v.toString();
                rc = sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
                break;
            }
            }
            if (rc != SQLITE_OK) {
                m_error = errorMessage();
                return false;
            }
        }
        if (sqlite3_step(m_stmt) != SQLITE_DONE) {
            m_error = errorMessage();
            sqlite3_reset(m_stmt);
            return false;
        }
        return true;
    }

private:
    QString errorMessage() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

// The validated content of an import: rows per table in spec order.
struct ParsedImport {
    QList<QList<QVariantList>> rows; // [table][row][field]
    RecordCounts counts;
};

class Validator final {
public:
    Result<ParsedImport> run(const QByteArray &json);

private:
    Error invalid(const QString &where, const QString &what) const
    {
        return makeError(ErrorCode::Invalid,
            JsonExchange::tr("The file cannot be imported: %1 (at %2). Nothing was changed.").arg(what, where),
            where + u": "_s + what);
    }
    // `where` makes the place of the field for an error message.
    Result<QVariant> field(const FieldSpec &f, const QJsonValue &value, const std::function<QString()> &where) const;

    bool knownId(const QString &tableKey, qint64 id) const
    {
        const auto it = m_ids.constFind(tableKey);
        return it != m_ids.cend() && it->contains(id);
    }

    // Ids seen per table key (every table with an "id"), for references.
    QHash<QString, QSet<qint64>> m_ids;
};

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return QString::number(v.toDouble());
    case QJsonValue::String: return u"\""_s + v.toString().left(40) + u"\""_s;
    case QJsonValue::Array: return u"a list"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: return u"nothing"_s;
    }
    return {};
}

Result<QVariant> Validator::field(
    const FieldSpec &f, const QJsonValue &value, const std::function<QString()> &where) const
{
    if (value.isUndefined() || value.isNull()) {
        if (f.nullable)
            return QVariant();
        return invalid(where(), JsonExchange::tr("a value is required"));
    }
    switch (f.type) {
    case FieldType::Id:
    case FieldType::Integer: {
        const double d = value.toDouble(std::nan(""));
        if (!value.isDouble() || std::isnan(d) || d != std::floor(d))
            return invalid(where(), JsonExchange::tr("expected a whole number, found %1").arg(describe(value)));
        if (d < f.min || d > f.max)
            return invalid(where(),
                JsonExchange::tr("%1 is outside %2 to %3")
                    .arg(describe(value), QString::number(f.min, 'f', 0), QString::number(f.max, 'f', 0)));
        return QVariant(qint64(d));
    }
    case FieldType::Real: {
        if (!value.isDouble())
            return invalid(where(), JsonExchange::tr("expected a number, found %1").arg(describe(value)));
        const double d = value.toDouble();
        if (!std::isfinite(d) || d < f.min || d > f.max)
            return invalid(where(),
                JsonExchange::tr("%1 is outside %2 to %3")
                    .arg(describe(value), QString::number(f.min), QString::number(f.max)));
        return QVariant(d);
    }
    case FieldType::Boolean:
        if (!value.isBool())
            return invalid(where(), JsonExchange::tr("expected true or false, found %1").arg(describe(value)));
        return QVariant(value.toBool() ? 1 : 0);
    case FieldType::Text: {
        if (!value.isString())
            return invalid(where(), JsonExchange::tr("expected text, found %1").arg(describe(value)));
        const QString s = value.toString();
        if (s.size() > f.maxLength)
            return invalid(where(), JsonExchange::tr("the text is longer than %1 characters").arg(f.maxLength));
        return QVariant(s);
    }
    case FieldType::DateTime: {
        // What exports write, already in the stored form: checked without
        // the general parser and kept as it is.
        if (value.isString()) {
            QString text = value.toString();
            if (sql::isStoredDateTime(text))
                return QVariant(std::move(text));
        }
        const QDateTime dt
            = value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
        if (!dt.isValid())
            return invalid(where(), JsonExchange::tr("expected a date and time, found %1").arg(describe(value)));
        return QVariant(sql::toDb(dt));
    }
    case FieldType::Date: {
        if (value.isString()) {
            QString text = value.toString();
            if (sql::isStoredDate(text))
                return QVariant(std::move(text));
        }
        const QDate d = value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
        if (!d.isValid())
            return invalid(where(), JsonExchange::tr("expected a date, found %1").arg(describe(value)));
        return QVariant(sql::toDb(d));
    }
    case FieldType::Enum:
        if (!value.isString() || !f.allowed.contains(value.toString()))
            return invalid(
                where(), JsonExchange::tr("%1 is not one of: %2").arg(describe(value), f.allowed.join(u", "_s)));
        return QVariant(value.toString());
    }
    return invalid(where(), u"unknown field type"_s);
}

Result<ParsedImport> Validator::run(const QByteArray &json)
{
    if (json.size() > kMaxImportBytes)
        return makeError(ErrorCode::Invalid,
            JsonExchange::tr("The file is too large to import (%1 MB; the limit is %2 MB). Nothing was changed.")
                .arg(json.size() / (1024 * 1024))
                .arg(kMaxImportBytes / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return makeError(ErrorCode::Invalid,
            JsonExchange::tr("The file is not valid JSON: %1 at line %2, column %3. Nothing was changed.")
                .arg(parseError.errorString())
                .arg(line)
                .arg(column),
            parseError.errorString());
    }
    if (!doc.isObject())
        return invalid(u"top level"_s, JsonExchange::tr("expected an object"));
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != QString::fromUtf16(kFormatName))
        return invalid(u"format"_s, JsonExchange::tr("this is not a Bearings export"));
    const QJsonValue versionValue = root.value(u"version"_s);
    if (!versionValue.isDouble() || versionValue.toDouble() != std::floor(versionValue.toDouble())
        || versionValue.toDouble() < 1)
        return invalid(u"version"_s, JsonExchange::tr("expected a whole number of at least 1"));
    if (versionValue.toDouble() > kFormatVersion)
        return makeError(ErrorCode::Unsupported,
            JsonExchange::tr("This file was exported by a newer version of Bearings (format %1). Please "
                             "update Bearings to import it. Nothing was changed.")
                .arg(versionValue.toInt()));

    QSet<QString> known {u"format"_s, u"version"_s, u"exportedAt"_s, u"app"_s};
    for (const TableSpec &t : tables())
        known.insert(t.key);
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!known.contains(it.key()))
            return invalid(it.key(), JsonExchange::tr("this section is not part of the format"));
    }

    ParsedImport parsed;
    QSet<QString> userTagIds;
    for (const TableSpec &spec : tables()) {
        const QJsonValue section = root.value(spec.key);
        QList<QVariantList> rows;
        if (!section.isUndefined()) {
            if (!section.isArray())
                return invalid(spec.key, JsonExchange::tr("expected a list"));
            const QJsonArray array = section.toArray();
            if (array.size() > kMaxRecordsPerTable)
                return invalid(spec.key, JsonExchange::tr("more than %1 records").arg(kMaxRecordsPerTable));
            // Per row, the place of an error ("journalEntries[12].note") is
            // only spelled out when there is an error: building it for every
            // field of 100,000 rows took longer than parsing the file.
            QSet<QString> keys;
            QSet<qint64> &ids = m_ids[spec.key];
            QList<bool> inUniqueKey;
            for (const FieldSpec &f : spec.fields)
                inUniqueKey.append(spec.uniqueKey.contains(f.key));
            // Numeric ids are checked for duplicates as numbers; other keys
            // (the user tags' text ids, pairs) as text.
            const bool byId = spec.hasId() && spec.fields.first().type == FieldType::Id;
            QList<QJsonValue> values(spec.fields.size());
            rows.reserve(array.size());
            for (qsizetype i = 0; i < array.size(); ++i) {
                const auto where = [&spec, i]() -> QString { return u"%1[%2]"_s.arg(spec.key).arg(i); };
                const QJsonValue item = array.at(i);
                if (!item.isObject())
                    return invalid(where(), JsonExchange::tr("expected an object"));
                const QJsonObject object = item.toObject();
                qsizetype present = 0;
                for (qsizetype k = 0; k < spec.fields.size(); ++k) {
                    values[k] = object.value(spec.fields.at(k).key);
                    if (!values.at(k).isUndefined())
                        ++present;
                }
                // Keys are unique within an object: any key beyond the fields
                // found is one the format does not have.
                if (object.size() != present) {
                    for (auto it = object.begin(); it != object.end(); ++it) {
                        const QString key = it.key();
                        const bool isField = std::any_of(spec.fields.cbegin(), spec.fields.cend(),
                            [&key](const FieldSpec &f) { return f.key == key; });
                        if (!isField)
                            return invalid(
                                where() + u"."_s + key, JsonExchange::tr("this field is not part of the format"));
                    }
                }
                QVariantList row;
                row.reserve(spec.fields.size());
                QString uniqueValue;
                for (qsizetype k = 0; k < spec.fields.size(); ++k) {
                    const FieldSpec &f = spec.fields.at(k);
                    auto value = field(f, values.at(k), [&where, &f]() -> QString { return where() + u"."_s + f.key; });
                    if (!value.ok())
                        return value.error();
                    if (!f.references.isEmpty() && !value->isNull() && !knownId(f.references, value->toLongLong()))
                        return invalid(where() + u"."_s + f.key,
                            JsonExchange::tr("refers to %1 id %2, which is not in the file")
                                .arg(f.references, value->toString()));
                    if (!byId && inUniqueKey.at(k))
                        uniqueValue += value->toString() + QChar(0x1f);
                    row.append(std::move(value).value());
                }
                const bool duplicate = byId ? ids.contains(row.at(0).toLongLong()) : keys.contains(uniqueValue);
                if (duplicate)
                    return invalid(where(), JsonExchange::tr("duplicate %1").arg(spec.uniqueKey.join(u" + "_s)));
                if (byId)
                    ids.insert(row.at(0).toLongLong());
                else
                    keys.insert(uniqueValue);
                rows.append(std::move(row));
            }
        }

        // Rules that span fields or tables.
        if (spec.key == u"userTags"_s) {
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const QString tagId = rows.at(i).at(0).toString();
                if (!TagCatalog::isValidUserTagId(tagId))
                    return invalid(u"userTags[%1].id"_s.arg(i),
                        JsonExchange::tr("\"%1\" is not a valid tag id").arg(tagId.left(40)));
                userTagIds.insert(tagId);
            }
        } else if (spec.key == u"journalTags"_s) {
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const QString tag = rows.at(i).at(1).toString();
                if (!TagCatalog::isBuiltIn(tag) && !userTagIds.contains(tag))
                    return invalid(u"journalTags[%1].tag"_s.arg(i),
                        JsonExchange::tr("\"%1\" is neither a built-in tag nor in userTags").arg(tag.left(40)));
            }
        } else if (spec.key == u"journalEntries"_s) {
            for (qsizetype i = 0; i < rows.size(); ++i) {
                const bool incident = rows.at(i).at(8).toInt() != 0;
                if (!incident && !rows.at(i).at(9).isNull())
                    return invalid(u"journalEntries[%1].severity"_s.arg(i),
                        JsonExchange::tr("a severity is only recorded for incidents"));
            }
        } else if (spec.key == u"safetyPlans"_s) {
            for (qsizetype i = 0; i < rows.size(); ++i) {
                QJsonParseError e;
                const QJsonDocument plan = QJsonDocument::fromJson(rows.at(i).at(1).toString().toUtf8(), &e);
                if (e.error != QJsonParseError::NoError || !plan.isObject())
                    return invalid(u"safetyPlans[%1].document"_s.arg(i), JsonExchange::tr("expected a JSON object"));
            }
        }
        parsed.counts.append({spec.key, rows.size()});
        parsed.rows.append(std::move(rows));
    }
    return parsed;
}

} // namespace

Result<QByteArray> JsonExchange::exportJson(const Database &db, const QDateTime &exportedAt)
{
    QJsonObject root;
    root.insert(u"format"_s, QString::fromUtf16(kFormatName));
    root.insert(u"version"_s, kFormatVersion);
    root.insert(u"exportedAt"_s, sql::toDb(exportedAt));
    for (const TableSpec &spec : tables()) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (Status s
            = sql::exec(q, u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(columnList(spec), spec.table, orderBy(spec)));
            !s.ok())
            return s.error();
        QJsonArray array;
        while (q.next()) {
            QJsonObject object;
            for (int i = 0; i < spec.fields.size(); ++i)
                object.insert(spec.fields.at(i).key, toJson(spec.fields.at(i), q.value(i)));
            array.append(object);
        }
        root.insert(spec.key, array);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<RecordCounts> JsonExchange::validate(const QByteArray &json)
{
    Validator validator;
    auto parsed = validator.run(json);
    if (!parsed.ok())
        return parsed.error();
    return parsed->counts;
}

Result<RecordCounts> JsonExchange::countRecords(const Database &db)
{
    RecordCounts counts;
    for (const TableSpec &spec : tables()) {
        QSqlQuery q(db.connection());
        if (Status s = sql::exec(q, u"SELECT count(*) FROM "_s + spec.table); !s.ok())
            return s.error();
        if (!q.next())
            return sql::queryError(q, tr("count the records"));
        counts.append({spec.key, q.value(0).toLongLong()});
    }
    return counts;
}

Result<RecordCounts> JsonExchange::importJson(Database &db, const QByteArray &json, ImportMode mode)
{
    Validator validator;
    auto parsed = validator.run(json);
    if (!parsed.ok())
        return parsed.error();

    if (mode == ImportMode::IntoEmpty) {
        auto existing = countRecords(db);
        if (!existing.ok())
            return existing.error();
        for (const auto &[key, count] : existing.value()) {
            if (count > 0)
                return makeError(ErrorCode::Conflict,
                    tr("This vault already holds records. Import into a new, empty vault, or choose to "
                       "replace what is there. Nothing was changed."));
        }
    }

    const Status written = db.write([&]() -> Status {
        QSqlQuery q(db.connection());
        if (mode == ImportMode::Replace) {
            const QList<TableSpec> &specs = tables();
            for (auto it = specs.crbegin(); it != specs.crend(); ++it) {
                if (Status s = sql::exec(q, u"DELETE FROM "_s + it->table); !s.ok())
                    return s;
            }
        }
        for (qsizetype t = 0; t < tables().size(); ++t) {
            const TableSpec &spec = tables().at(t);
            const QList<QVariantList> &rows = parsed->rows.at(t);
            if (rows.isEmpty())
                continue;
            QStringList marks;
            for (qsizetype i = 0; i < spec.fields.size(); ++i)
                marks << u"?"_s;
            RawInsert insert(db.connection(),
                u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(spec.table, columnList(spec), marks.join(u", "_s)));
            if (!insert.prepared())
                return makeError(ErrorCode::Internal, tr("Bearings could not prepare the import."), insert.errorText());
            for (const QVariantList &row : rows) {
                if (!insert.run(row))
                    return makeError(ErrorCode::Invalid,
                        tr("The file cannot be imported: a %1 record does not fit the vault. Nothing was "
                           "changed.")
                            .arg(spec.key),
                        insert.errorText());
            }
        }
        // The file carries no chain: the vault's chain records what the
        // import removed and appends the file's incidents as "imported"
        // (docs/INCIDENT_CHAIN.md).
        return IncidentChain(db).reconcile(LinkKind::Imported);
    });
    if (!written.ok())
        return written.error();
    return parsed->counts;
}

} // namespace bearings::exchange
