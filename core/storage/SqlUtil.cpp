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

namespace {

// Digits at [from, from + count) of `s` as a number; -1 if any is not a digit.
int digits(QStringView s, qsizetype from, qsizetype count)
{
    int n = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}

struct StoredParts {
    int year = -1, month = -1, day = -1, hour = -1, minute = -1, second = -1, msec = -1;
};

bool splitDate(QStringView s, StoredParts &p)
{
    if (s.size() < 10 || s[4] != u'-' || s[7] != u'-')
        return false;
    p.year = digits(s, 0, 4);
    p.month = digits(s, 5, 2);
    p.day = digits(s, 8, 2);
    return p.year > 0 && p.month >= 0 && p.day >= 0 && QDate::isValid(p.year, p.month, p.day);
}

bool splitDateTime(QStringView s, StoredParts &p)
{
    if (s.size() != 24 || s[10] != u'T' || s[13] != u':' || s[16] != u':' || s[19] != u'.' || s[23] != u'Z')
        return false;
    p.hour = digits(s, 11, 2);
    p.minute = digits(s, 14, 2);
    p.second = digits(s, 17, 2);
    p.msec = digits(s, 20, 3);
    return splitDate(s, p) && p.hour >= 0 && p.minute >= 0 && p.second >= 0 && p.msec >= 0
        && QTime::isValid(p.hour, p.minute, p.second, p.msec);
}

} // namespace

bool isStoredDateTime(QStringView text)
{
    StoredParts p;
    return splitDateTime(text, p);
}

bool isStoredDate(QStringView text)
{
    StoredParts p;
    return text.size() == 10 && splitDate(text, p);
}

QDateTime dateTimeFromDb(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (StoredParts p; splitDateTime(text, p))
        return QDateTime(QDate(p.year, p.month, p.day), QTime(p.hour, p.minute, p.second, p.msec), Qt::UTC)
            .toLocalTime();
    return QDateTime::fromString(text, Qt::ISODateWithMs).toLocalTime();
}

QDate dateFromDb(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (StoredParts p; text.size() == 10 && splitDate(text, p))
        return QDate(p.year, p.month, p.day);
    return QDate::fromString(text, Qt::ISODate);
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
