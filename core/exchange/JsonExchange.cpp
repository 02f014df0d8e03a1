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
#include <QSqlQuery>

#include <cmath>

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
    Result<QVariant> field(const FieldSpec &f, const QJsonValue &value, const QString &where) const;

    // Ids seen per table key, for references.
    QHash<QString, QSet<QString>> m_ids;
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

Result<QVariant> Validator::field(const FieldSpec &f, const QJsonValue &value, const QString &where) const
{
    if (value.isUndefined() || value.isNull()) {
        if (f.nullable)
            return QVariant();
        return invalid(where, JsonExchange::tr("a value is required"));
    }
    switch (f.type) {
    case FieldType::Id:
    case FieldType::Integer: {
        const double d = value.toDouble(std::nan(""));
        if (!value.isDouble() || std::isnan(d) || d != std::floor(d))
            return invalid(where, JsonExchange::tr("expected a whole number, found %1").arg(describe(value)));
        if (d < f.min || d > f.max)
            return invalid(where,
                JsonExchange::tr("%1 is outside %2 to %3")
                    .arg(describe(value), QString::number(f.min, 'f', 0), QString::number(f.max, 'f', 0)));
        return QVariant(qint64(d));
    }
    case FieldType::Real: {
        if (!value.isDouble())
            return invalid(where, JsonExchange::tr("expected a number, found %1").arg(describe(value)));
        const double d = value.toDouble();
        if (!std::isfinite(d) || d < f.min || d > f.max)
            return invalid(where,
                JsonExchange::tr("%1 is outside %2 to %3")
                    .arg(describe(value), QString::number(f.min), QString::number(f.max)));
        return QVariant(d);
    }
    case FieldType::Boolean:
        if (!value.isBool())
            return invalid(where, JsonExchange::tr("expected true or false, found %1").arg(describe(value)));
        return QVariant(value.toBool() ? 1 : 0);
    case FieldType::Text: {
        if (!value.isString())
            return invalid(where, JsonExchange::tr("expected text, found %1").arg(describe(value)));
        const QString s = value.toString();
        if (s.size() > f.maxLength)
            return invalid(where, JsonExchange::tr("the text is longer than %1 characters").arg(f.maxLength));
        return QVariant(s);
    }
    case FieldType::DateTime: {
        const QDateTime dt
            = value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
        if (!dt.isValid())
            return invalid(where, JsonExchange::tr("expected a date and time, found %1").arg(describe(value)));
        return QVariant(sql::toDb(dt));
    }
    case FieldType::Date: {
        const QDate d = value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
        if (!d.isValid())
            return invalid(where, JsonExchange::tr("expected a date, found %1").arg(describe(value)));
        return QVariant(sql::toDb(d));
    }
    case FieldType::Enum:
        if (!value.isString() || !f.allowed.contains(value.toString()))
            return invalid(
                where, JsonExchange::tr("%1 is not one of: %2").arg(describe(value), f.allowed.join(u", "_s)));
        return QVariant(value.toString());
    }
    return invalid(where, u"unknown field type"_s);
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
            QSet<QString> keys;
            QSet<QString> fieldKeys;
            for (const FieldSpec &f : spec.fields)
                fieldKeys.insert(f.key);
            rows.reserve(array.size());
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString where = u"%1[%2]"_s.arg(spec.key).arg(i);
                if (!array.at(i).isObject())
                    return invalid(where, JsonExchange::tr("expected an object"));
                const QJsonObject object = array.at(i).toObject();
                for (auto it = object.begin(); it != object.end(); ++it) {
                    if (!fieldKeys.contains(it.key()))
                        return invalid(
                            where + u"."_s + it.key(), JsonExchange::tr("this field is not part of the format"));
                }
                QVariantList row;
                row.reserve(spec.fields.size());
                QString uniqueValue;
                for (const FieldSpec &f : spec.fields) {
                    const QString fieldWhere = where + u"."_s + f.key;
                    auto value = field(f, object.value(f.key), fieldWhere);
                    if (!value.ok())
                        return value.error();
                    if (!f.references.isEmpty() && !value->isNull()
                        && !m_ids.value(f.references).contains(value->toString()))
                        return invalid(fieldWhere,
                            JsonExchange::tr("refers to %1 id %2, which is not in the file")
                                .arg(f.references, value->toString()));
                    if (spec.uniqueKey.contains(f.key))
                        uniqueValue += value->toString() + QChar(0x1f);
                    row.append(value.value());
                }
                if (keys.contains(uniqueValue))
                    return invalid(where, JsonExchange::tr("duplicate %1").arg(spec.uniqueKey.join(u" + "_s)));
                keys.insert(uniqueValue);
                if (spec.hasId())
                    m_ids[spec.key].insert(row.at(0).toString());
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
            if (!q.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(spec.table, columnList(spec), marks.join(u", "_s))))
                return sql::queryError(q, tr("prepare the import"));
            for (const QVariantList &row : rows) {
                for (qsizetype i = 0; i < row.size(); ++i)
                    q.bindValue(int(i), row.at(i));
                if (!q.exec())
                    return makeError(ErrorCode::Invalid,
                        tr("The file cannot be imported: a %1 record does not fit the vault. Nothing was "
                           "changed.")
                            .arg(spec.key),
                        q.lastError().text());
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
