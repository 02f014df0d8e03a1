#include "RelationshipRepository.h"

#include "journal/IncidentChain.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

constexpr int kMaxNameLength = 200;
const QString kNonNegotiable = u"non_negotiable"_s;
const QString kValue = u"value"_s;

Relationship fromRow(const QSqlQuery &q)
{
    Relationship r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.kind = enumFromKey(kRelationshipKindKeys, q.value(2).toString()).value_or(RelationshipKind::Other);
    r.notes = q.value(3).toString();
    r.strategy = enumFromKey(kStrategyKeys, q.value(4).toString()).value_or(Strategy::Undecided);
    r.archived = q.value(5).toBool();
    r.createdAt = sql::dateTimeFromDb(q.value(6));
    return r;
}

const QString kSelect = u"SELECT id, name, kind, notes, strategy, archived, created_at FROM relationship"_s;

} // namespace

Status RelationshipRepository::validate(const Relationship &r)
{
    const QString name = r.name.trimmed();
    if (name.isEmpty())
        return makeError(
            ErrorCode::Invalid, tr("Please give this relationship a name. An alias or initials are fine."));
    if (name.size() > kMaxNameLength)
        return makeError(ErrorCode::Invalid, tr("Please keep the name under %1 characters.").arg(kMaxNameLength));
    return {};
}

Result<qint64> RelationshipRepository::add(Relationship &r)
{
    if (Status s = validate(r); !s.ok())
        return s.error();
    const QDateTime now = m_db.clock().now();
    qint64 id = 0;
    const Status s = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status e = sql::exec(q,
                u"INSERT INTO relationship (name, kind, notes, strategy, archived, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)"_s,
                {r.name.trimmed(), enumKey(kRelationshipKindKeys, r.kind), r.notes, enumKey(kStrategyKeys, r.strategy),
                    r.archived ? 1 : 0, sql::toDb(now)});
            !e.ok())
            return e;
        id = q.lastInsertId().toLongLong();
        if (Status e = sql::exec(q,
                u"INSERT INTO strategy_change (relationship_id, strategy, changed_at, reason) "
                "VALUES (?, ?, ?, '')"_s,
                {id, enumKey(kStrategyKeys, r.strategy), sql::toDb(now)});
            !e.ok())
            return e;
        return writeItems(id, r);
    });
    if (!s.ok())
        return s.error();
    r.id = id;
    r.name = r.name.trimmed();
    r.createdAt = now;
    return id;
}

Result<Relationship> RelationshipRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = sql::exec(q, kSelect + u" WHERE id = ?"_s, {id}); !s.ok())
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("This relationship no longer exists."));
    Relationship r = fromRow(q);
    if (Status s = readItems(r); !s.ok())
        return s.error();
    return r;
}

Result<QList<Relationship>> RelationshipRepository::list(bool includeArchived) const
{
    QSqlQuery q(m_db.connection());
    const QString where = includeArchived ? QString() : u" WHERE archived = 0"_s;
    if (Status s = sql::exec(q, kSelect + where + u" ORDER BY archived, name COLLATE NOCASE, id"_s); !s.ok())
        return s.error();
    QList<Relationship> result;
    while (q.next())
        result.append(fromRow(q));
    for (Relationship &r : result) {
        if (Status s = readItems(r); !s.ok())
            return s.error();
    }
    return result;
}

Status RelationshipRepository::update(const Relationship &r)
{
    if (Status s = validate(r); !s.ok())
        return s;
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status e = sql::exec(q, u"UPDATE relationship SET name = ?, kind = ?, notes = ? WHERE id = ?"_s,
                {r.name.trimmed(), enumKey(kRelationshipKindKeys, r.kind), r.notes, r.id});
            !e.ok())
            return e;
        if (q.numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, tr("This relationship no longer exists."));
        return writeItems(r.id, r);
    });
}

Status RelationshipRepository::setArchived(qint64 id, bool archived)
{
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        return sql::execOne(q, u"UPDATE relationship SET archived = ? WHERE id = ?"_s, {archived ? 1 : 0, id},
            tr("This relationship no longer exists."));
    });
}

Status RelationshipRepository::remove(qint64 id)
{
    return m_db.write([&]() -> Status {
        // Its journal entries go with it: the incident chain records that.
        if (Status c = IncidentChain(m_db).relationshipRemoving(id); !c.ok())
            return c;
        QSqlQuery q(m_db.connection());
        return sql::execOne(
            q, u"DELETE FROM relationship WHERE id = ?"_s, {id}, tr("This relationship no longer exists."));
    });
}

Result<RelationshipFootprint> RelationshipRepository::footprint(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    const Status s = sql::exec(q,
        u"SELECT (SELECT count(*) FROM journal_entry WHERE relationship_id = ?),"
        " (SELECT count(*) FROM boundary WHERE relationship_id = ?),"
        " (SELECT count(*) FROM breach b JOIN boundary d ON d.id = b.boundary_id WHERE d.relationship_id = ?),"
        " (SELECT count(*) FROM assessment WHERE relationship_id = ?),"
        " (SELECT count(*) FROM trial_plan WHERE relationship_id = ?),"
        " (SELECT count(*) FROM checkin c JOIN trial_plan p ON p.id = c.plan_id WHERE p.relationship_id = ?),"
        " (SELECT count(*) FROM message_script WHERE relationship_id = ?),"
        " (SELECT count(*) FROM logistics_item WHERE relationship_id = ?)"_s,
        QVariantList(8, id));
    if (!s.ok())
        return s.error();
    if (!q.next())
        return sql::queryError(q, tr("count the records of this relationship"));
    RelationshipFootprint f;
    f.journalEntries = q.value(0).toInt();
    f.boundaries = q.value(1).toInt();
    f.breaches = q.value(2).toInt();
    f.assessments = q.value(3).toInt();
    f.trialPlans = q.value(4).toInt();
    f.checkIns = q.value(5).toInt();
    f.scripts = q.value(6).toInt();
    f.logisticsItems = q.value(7).toInt();
    return f;
}

Status RelationshipRepository::changeStrategy(qint64 id, Strategy strategy, const QString &reason)
{
    const QDateTime now = m_db.clock().now();
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status e = sql::exec(
                q, u"UPDATE relationship SET strategy = ? WHERE id = ?"_s, {enumKey(kStrategyKeys, strategy), id});
            !e.ok())
            return e;
        if (q.numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, tr("This relationship no longer exists."));
        return sql::exec(q,
            u"INSERT INTO strategy_change (relationship_id, strategy, changed_at, reason) "
            "VALUES (?, ?, ?, ?)"_s,
            {id, enumKey(kStrategyKeys, strategy), sql::toDb(now), reason.trimmed()});
    });
}

Result<QList<StrategyChange>> RelationshipRepository::strategyHistory(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = sql::exec(q,
            u"SELECT id, relationship_id, strategy, changed_at, reason FROM strategy_change "
            "WHERE relationship_id = ? ORDER BY changed_at, id"_s,
            {id});
        !s.ok())
        return s.error();
    QList<StrategyChange> history;
    while (q.next()) {
        StrategyChange c;
        c.id = q.value(0).toLongLong();
        c.relationshipId = q.value(1).toLongLong();
        c.strategy = enumFromKey(kStrategyKeys, q.value(2).toString()).value_or(Strategy::Undecided);
        c.changedAt = sql::dateTimeFromDb(q.value(3));
        c.reason = q.value(4).toString();
        history.append(c);
    }
    return history;
}

Status RelationshipRepository::writeItems(qint64 id, const Relationship &r)
{
    QSqlQuery q(m_db.connection());
    if (Status e = sql::exec(q, u"DELETE FROM relationship_item WHERE relationship_id = ?"_s, {id}); !e.ok())
        return e;
    const auto insert = [&](const QString &kind, const QStringList &texts) -> Status {
        int position = 0;
        for (const QString &text : texts) {
            if (text.trimmed().isEmpty())
                continue;
            if (Status e = sql::exec(q,
                    u"INSERT INTO relationship_item (relationship_id, kind, position, text) "
                    "VALUES (?, ?, ?, ?)"_s,
                    {id, kind, position++, text.trimmed()});
                !e.ok())
                return e;
        }
        return {};
    };
    if (Status e = insert(kNonNegotiable, r.nonNegotiables); !e.ok())
        return e;
    return insert(kValue, r.values);
}

Status RelationshipRepository::readItems(Relationship &r) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = sql::exec(q,
            u"SELECT kind, text FROM relationship_item WHERE relationship_id = ? "
            "ORDER BY kind, position"_s,
            {r.id});
        !s.ok())
        return s;
    r.nonNegotiables.clear();
    r.values.clear();
    while (q.next()) {
        (q.value(0).toString() == kNonNegotiable ? r.nonNegotiables : r.values).append(q.value(1).toString());
    }
    return {};
}

} // namespace bearings
