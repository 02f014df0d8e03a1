#include "CsvExport.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace bearings::exchange {

QString CsvExport::escapeField(const QString &field)
{
    const bool needsQuotes
        = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + quoted + u"\""_s;
}

QString CsvExport::neutraliseFormula(const QString &text)
{
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            return u"'"_s + text;
    }
    return text;
}

QByteArray CsvExport::row(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped << escapeField(f);
    return escaped.join(u',').toUtf8() + "\r\n";
}

Result<QByteArray> CsvExport::journal(const Database &db, qint64 relationshipId)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const QString where = relationshipId > 0 ? u"WHERE e.relationship_id = ?"_s : QString();
    const Status s = sql::exec(q,
        u"SELECT e.occurred_at, r.name, e.channel, e.mood_before, e.mood_during, e.mood_after,"
        " (SELECT group_concat(tag, ';') FROM (SELECT tag FROM journal_tag t WHERE t.entry_id = e.id ORDER BY tag)),"
        " e.is_incident, e.severity, e.present, e.evidence, e.note"
        " FROM journal_entry e JOIN relationship r ON r.id = e.relationship_id "_s
            + where + u" ORDER BY e.occurred_at, e.id"_s,
        relationshipId > 0 ? QVariantList {relationshipId} : QVariantList {});
    if (!s.ok())
        return s.error();

    QByteArray out = row({u"date"_s, u"time"_s, u"relationship"_s, u"channel"_s, u"mood_before"_s, u"mood_during"_s,
        u"mood_after"_s, u"tags"_s, u"incident"_s, u"severity"_s, u"present"_s, u"evidence"_s, u"note"_s});
    const auto number = [](const QVariant &v) { return v.isNull() ? QString() : QString::number(v.toInt()); };
    while (q.next()) {
        const QDateTime when = sql::dateTimeFromDb(q.value(0));
        out += row({when.date().toString(Qt::ISODate), when.time().toString(u"HH:mm"_s),
            neutraliseFormula(q.value(1).toString()), q.value(2).toString(), number(q.value(3)), number(q.value(4)),
            number(q.value(5)), q.value(6).toString(), q.value(7).toInt() ? u"yes"_s : u"no"_s, number(q.value(8)),
            neutraliseFormula(q.value(9).toString()), neutraliseFormula(q.value(10).toString()),
            neutraliseFormula(q.value(11).toString())});
    }
    return out;
}

} // namespace bearings::exchange
