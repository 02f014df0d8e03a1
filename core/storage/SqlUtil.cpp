#include "SqlUtil.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace bearings::sql {

QString toDb(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

QString toDb(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QVariant toDbOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(toDb(dt)) : QVariant();
}

QVariant toDbOrNull(std::optional<int> value)
{
    return value ? QVariant(*value) : QVariant();
}

QDateTime dateTimeFromDb(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toLocalTime();
}

QDate dateFromDb(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

std::optional<int> optionalIntFromDb(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

Error queryError(const QSqlQuery &query, const QString &what)
{
    return makeError(ErrorCode::Internal,
        QCoreApplication::translate("bearings::sql", "Bearings could not %1.").arg(what), query.lastError().text());
}

Status exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return makeError(ErrorCode::Internal,
            QCoreApplication::translate("bearings::sql", "A database statement is invalid."),
            query.lastError().text() + QLatin1Char('\n') + sql);
    for (const QVariant &v : values) {
        // Qt's SQLite driver binds a null QString (the default-constructed
        // kind) as SQL NULL; text columns are NOT NULL, so bind ''. A real
        // NULL is passed as an invalid QVariant and stays NULL.
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(v);
    }
    if (!query.exec())
        return makeError(ErrorCode::Internal,
            QCoreApplication::translate("bearings::sql", "A database statement failed."),
            query.lastError().text() + QLatin1Char('\n') + sql);
    return {};
}

Status execOne(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &notFound)
{
    if (Status s = exec(query, sql, values); !s.ok())
        return s;
    if (query.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, notFound);
    return {};
}

Status requireExists(QSqlQuery &query, const QString &table, qint64 id, const QString &notFound)
{
    if (Status s = exec(query, u"SELECT 1 FROM "_s + table + u" WHERE id = ?"_s, {id}); !s.ok())
        return s;
    if (!query.next())
        return makeError(ErrorCode::NotFound, notFound);
    return {};
}

} // namespace bearings::sql
