#include "BoundaryRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

const QString kSelect = u"SELECT id, relationship_id, behaviour, limit_text, consequence, active, created_at, "
                        "retired_at FROM boundary"_s;
const QString kSelectBreach = u"SELECT b.id, b.boundary_id, b.occurred_at, b.description, "
                              "b.consequence_carried_out FROM breach b"_s;

Boundary fromRow(const QSqlQuery &q)
{
    Boundary b;
    b.id = q.value(0).toLongLong();
    b.relationshipId = q.value(1).toLongLong();
    b.behaviour = q.value(2).toString();
    b.limit = q.value(3).toString();
    b.consequence = q.value(4).toString();
    b.active = q.value(5).toBool();
    b.createdAt = sql::dateTimeFromDb(q.value(6));
    b.retiredAt = sql::dateTimeFromDb(q.value(7));
    return b;
}

Breach breachFromRow(const QSqlQuery &q)
{
    Breach b;
    b.id = q.value(0).toLongLong();
    b.boundaryId = q.value(1).toLongLong();
    b.occurredAt = sql::dateTimeFromDb(q.value(2));
    b.description = q.value(3).toString();
    b.consequenceCarriedOut = q.value(4).toBool();
    return b;
}

} // namespace

Status BoundaryRepository::validate(const Boundary &b)
{
    if (b.behaviour.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Please describe the behaviour this boundary is about."));
    if (b.limit.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Please write down your limit."));
    if (b.consequence.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Please write down what you will do if the boundary is crossed."));
    if (b.behaviour.trimmed().size() > kMaxTextLength || b.limit.trimmed().size() > kMaxTextLength
        || b.consequence.trimmed().size() > kMaxTextLength)
        return makeError(ErrorCode::Invalid,
            tr("Please keep each part of the boundary under %1 characters. Short boundaries are easier to keep.")
                .arg(kMaxTextLength));
    return {};
}

Status BoundaryRepository::validate(const Breach &b)
{
    if (!b.occurredAt.isValid())
        return makeError(ErrorCode::Invalid, tr("Please give the date and time this happened."));
    if (b.description.trimmed().size() > kMaxTextLength)
        return makeError(
            ErrorCode::Invalid, tr("Please keep the description under %1 characters.").arg(kMaxTextLength));
    return {};
}

Result<qint64> BoundaryRepository::add(Boundary &boundary)
{
    if (Status s = validate(boundary); !s.ok())
        return s.error();
    const QDateTime now = m_db.clock().now();
    qint64 id = 0;
    const Status s = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status e = sql::requireExists(q, u"relationship"_s, boundary.relationshipId,
                tr("The relationship for this boundary no longer exists."));
            !e.ok())
            return e;
        if (Status e = sql::exec(q,
                u"INSERT INTO boundary (relationship_id, behaviour, limit_text, consequence, active, created_at) "
                "VALUES (?, ?, ?, ?, 1, ?)"_s,
                {boundary.relationshipId, boundary.behaviour.trimmed(), boundary.limit.trimmed(),
                    boundary.consequence.trimmed(), sql::toDb(now)});
            !e.ok())
            return e;
        id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!s.ok())
        return s.error();
    boundary.id = id;
    boundary.behaviour = boundary.behaviour.trimmed();
    boundary.limit = boundary.limit.trimmed();
    boundary.consequence = boundary.consequence.trimmed();
    boundary.active = true;
    boundary.createdAt = now;
    boundary.retiredAt = {};
    return id;
}

Status BoundaryRepository::update(const Boundary &b)
{
    if (Status s = validate(b); !s.ok())
        return s;
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status e
            = sql::exec(q, u"UPDATE boundary SET behaviour = ?, limit_text = ?, consequence = ? WHERE id = ?"_s,
                {b.behaviour.trimmed(), b.limit.trimmed(), b.consequence.trimmed(), b.id});
            !e.ok())
            return e;
        if (q.numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, tr("This boundary no longer exists."));
        return {};
    });
}

Status BoundaryRepository::retire(qint64 id)
{
    return setActive(id, false);
}

Status BoundaryRepository::reactivate(qint64 id)
{
    return setActive(id, true);
}

Status BoundaryRepository::setActive(qint64 id, bool active)
{
    const QDateTime now = m_db.clock().now();
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        const Status e = active
            ? sql::exec(q, u"UPDATE boundary SET active = 1, retired_at = NULL WHERE id = ?"_s, {id})
            : sql::exec(q, u"UPDATE boundary SET active = 0, retired_at = coalesce(retired_at, ?) WHERE id = ?"_s,
                {sql::toDb(now), id});
        if (!e.ok())
            return e;
        if (q.numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, tr("This boundary no longer exists."));
        return {};
    });
}

Status BoundaryRepository::remove(qint64 id)
{
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        return sql::execOne(q, u"DELETE FROM boundary WHERE id = ?"_s, {id}, tr("This boundary no longer exists."));
    });
}

Result<Boundary> BoundaryRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = sql::exec(q, kSelect + u" WHERE id = ?"_s, {id}); !s.ok())
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("This boundary no longer exists."));
    return fromRow(q);
}

Result<QList<Boundary>> BoundaryRepository::list(qint64 relationshipId, bool includeRetired) const
{
    QSqlQuery q(m_db.connection());
    const QString where
        = includeRetired ? u" WHERE relationship_id = ?"_s : u" WHERE relationship_id = ? AND active = 1"_s;
    if (Status s = sql::exec(q, kSelect + where + u" ORDER BY active DESC, created_at, id"_s, {relationshipId});
        !s.ok())
        return s.error();
    QList<Boundary> result;
    while (q.next())
        result.append(fromRow(q));
    return result;
}

Result<qint64> BoundaryRepository::logBreach(Breach &breach)
{
    if (Status s = validate(breach); !s.ok())
        return s.error();
    qint64 id = 0;
    const Status s = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status e = sql::requireExists(q, u"boundary"_s, breach.boundaryId, tr("This boundary no longer exists."));
            !e.ok())
            return e;
        if (Status e = sql::exec(q,
                u"INSERT INTO breach (boundary_id, occurred_at, description, consequence_carried_out) "
                "VALUES (?, ?, ?, ?)"_s,
                {breach.boundaryId, sql::toDb(breach.occurredAt), breach.description.trimmed(),
                    breach.consequenceCarriedOut ? 1 : 0});
            !e.ok())
            return e;
        id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!s.ok())
        return s.error();
    breach.id = id;
    breach.description = breach.description.trimmed();
    return id;
}

Status BoundaryRepository::updateBreach(const Breach &b)
{
    if (Status s = validate(b); !s.ok())
        return s;
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        return sql::execOne(q,
            u"UPDATE breach SET occurred_at = ?, description = ?, consequence_carried_out = ? WHERE id = ?"_s,
            {sql::toDb(b.occurredAt), b.description.trimmed(), b.consequenceCarriedOut ? 1 : 0, b.id},
            tr("This breach no longer exists."));
    });
}

Status BoundaryRepository::removeBreach(qint64 id)
{
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        return sql::execOne(q, u"DELETE FROM breach WHERE id = ?"_s, {id}, tr("This breach no longer exists."));
    });
}

Result<QList<Breach>> BoundaryRepository::breaches(qint64 boundaryId) const
{
    return selectBreaches(u" WHERE b.boundary_id = ?"_s, {boundaryId});
}

Result<QList<Breach>> BoundaryRepository::breachesForRelationship(
    qint64 relationshipId, const QDateTime &from, const QDateTime &to) const
{
    QString where = u" JOIN boundary d ON d.id = b.boundary_id WHERE d.relationship_id = ?"_s;
    QVariantList values {relationshipId};
    if (from.isValid()) {
        where += u" AND b.occurred_at >= ?"_s;
        values << sql::toDb(from);
    }
    if (to.isValid()) {
        where += u" AND b.occurred_at < ?"_s;
        values << sql::toDb(to);
    }
    return selectBreaches(where, values);
}

Result<QList<Breach>> BoundaryRepository::selectBreaches(const QString &where, const QVariantList &values) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = sql::exec(q, kSelectBreach + where + u" ORDER BY b.occurred_at, b.id"_s, values); !s.ok())
        return s.error();
    QList<Breach> result;
    while (q.next())
        result.append(breachFromRow(q));
    return result;
}

} // namespace bearings
