#include "DemoCopy.h"

#include "exchange/ExchangeSchema.h"
#include "journal/IncidentChain.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

// The story's incident chain, link for link: the same ids and records give
// the same hashes, so the vault's chain verifies and keeps the story's times.
// A vault whose chain already has links gets the story's incidents appended
// as imported instead.
Status copyIncidentChain(const Database &from, Database &to)
{
    QSqlQuery q(to.connection());
    if (!q.exec(u"SELECT count(*) FROM incident_chain"_s) || !q.next())
        return sql::queryError(q, DemoCopy::tr("write the demo"));
    if (q.value(0).toLongLong() > 0)
        return IncidentChain(to).reconcile(LinkKind::Imported);
    auto links = IncidentChain::links(from);
    if (!links.ok())
        return links.error();
    for (const ChainLink &l : links.value()) {
        if (Status s = sql::exec(q,
                u"INSERT INTO incident_chain (seq, entry_id, revision, kind, recorded_at, record, record_hash, "
                "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {l.seq, l.entryId, l.revision, l.kind, l.recordedAt, l.record, l.recordHash, l.prevHash, l.hash});
            !s.ok())
            return s;
    }
    return {};
}

} // namespace

Status DemoCopy::copy(const Database &from, Database &to)
{
    return to.write([&]() -> Status {
        for (const exchange::TableSpec &spec : exchange::tables()) {
            QStringList columns;
            QStringList marks;
            for (const exchange::FieldSpec &f : spec.fields) {
                columns << f.column;
                marks << u"?"_s;
            }
            const QString columnList = columns.join(u", "_s);
            QSqlQuery read(from.connection());
            read.setForwardOnly(true);
            if (!read.exec(u"SELECT %1 FROM %2"_s.arg(columnList, spec.table)))
                return sql::queryError(read, tr("read the demo"));
            QSqlQuery write(to.connection());
            if (!write.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(spec.table, columnList, marks.join(u", "_s))))
                return sql::queryError(write, tr("write the demo"));
            const int n = int(spec.fields.size());
            while (read.next()) {
                for (int i = 0; i < n; ++i) {
                    const QVariant v = read.value(i);
                    // Qt's SQLite driver binds a null QString as NULL; keep ''
                    // as '' and a real NULL as NULL (see storage/SqlUtil.cpp).
                    if (read.isNull(i))
                        write.bindValue(i, QVariant());
                    else if (v.typeId() == QMetaType::QString && v.toString().isNull())
                        write.bindValue(i, QString(u""_s));
                    else
                        write.bindValue(i, v);
                }
                if (!write.exec())
                    return sql::queryError(write, tr("write the demo"));
            }
        }
        return copyIncidentChain(from, to);
    });
}

} // namespace bearings
