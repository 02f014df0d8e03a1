#include "DemoCopy.h"

#include "exchange/ExchangeSchema.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

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
        return {};
    });
}

} // namespace bearings
