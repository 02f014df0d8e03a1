#include "MessageScriptRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

const QString kSelect = u"SELECT id, relationship_id, title, kind, body, created_at, updated_at FROM message_script"_s;

MessageScript fromRow(const QSqlQuery &q)
{
    MessageScript s;
    s.id = q.value(0).toLongLong();
    s.relationshipId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    s.title = q.value(2).toString();
    s.kind = enumFromKey(kScriptKindKeys, q.value(3).toString()).value_or(ScriptKind::Custom);
    s.body = q.value(4).toString();
    s.createdAt = sql::dateTimeFromDb(q.value(5));
    s.updatedAt = sql::dateTimeFromDb(q.value(6));
    return s;
}

QVariant relationshipToDb(qint64 relationshipId)
{
    return relationshipId != 0 ? QVariant(relationshipId) : QVariant();
}

} // namespace

Status MessageScriptRepository::validate(const MessageScript &script)
{
    const QString title = script.title.trimmed();
    if (title.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Please give this message a short title."));
    if (title.size() > kMaxTitleLength)
        return makeError(ErrorCode::Invalid, tr("Please keep the title under %1 characters.").arg(kMaxTitleLength));
    if (script.body.size() > kMaxBodyLength)
        return makeError(ErrorCode::Invalid,
            tr("This message is longer than %1 characters. Shorter messages are usually clearer.").arg(kMaxBodyLength));
    return {};
}

Status MessageScriptRepository::requireRelationship(qint64 relationshipId) const
{
    if (relationshipId == 0)
        return {};
    QSqlQuery q(m_db.connection());
    if (Status s = sql::requireExists(q, u"relationship"_s, relationshipId, tr("This relationship no longer exists."));
        !s.ok())
        return s;
    return {};
}

Result<qint64> MessageScriptRepository::add(MessageScript &script)
{
    if (Status s = validate(script); !s.ok())
        return s.error();
    const QDateTime now = m_db.clock().now();
    qint64 id = 0;
    const Status s = m_db.write([&]() -> Status {
        if (Status e = requireRelationship(script.relationshipId); !e.ok())
            return e;
        QSqlQuery q(m_db.connection());
        if (Status e = sql::exec(q,
                u"INSERT INTO message_script (relationship_id, title, kind, body, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)"_s,
                {relationshipToDb(script.relationshipId), script.title.trimmed(), enumKey(kScriptKindKeys, script.kind),
                    script.body, sql::toDb(now), sql::toDb(now)});
            !e.ok())
            return e;
        id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!s.ok())
        return s.error();
    script.id = id;
    script.title = script.title.trimmed();
    script.createdAt = now;
    script.updatedAt = now;
    return id;
}

Status MessageScriptRepository::update(MessageScript &script)
{
    if (Status s = validate(script); !s.ok())
        return s;
    const QDateTime now = m_db.clock().now();
    const Status s = m_db.write([&]() -> Status {
        if (Status e = requireRelationship(script.relationshipId); !e.ok())
            return e;
        QSqlQuery q(m_db.connection());
        return sql::execOne(q,
            u"UPDATE message_script SET relationship_id = ?, title = ?, kind = ?, body = ?, updated_at = ? "
            "WHERE id = ?"_s,
            {relationshipToDb(script.relationshipId), script.title.trimmed(), enumKey(kScriptKindKeys, script.kind),
                script.body, sql::toDb(now), script.id},
            tr("This message no longer exists."));
    });
    if (!s.ok())
        return s;
    script.title = script.title.trimmed();
    script.updatedAt = now;
    return {};
}

Status MessageScriptRepository::rename(qint64 id, const QString &title)
{
    MessageScript probe;
    probe.title = title;
    if (Status s = validate(probe); !s.ok())
        return s;
    const QDateTime now = m_db.clock().now();
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        return sql::execOne(q, u"UPDATE message_script SET title = ?, updated_at = ? WHERE id = ?"_s,
            {title.trimmed(), sql::toDb(now), id}, tr("This message no longer exists."));
    });
}

Result<MessageScript> MessageScriptRepository::duplicate(qint64 id)
{
    Result<MessageScript> original = get(id);
    if (!original.ok())
        return original.error();
    MessageScript copy = original.value();
    copy.id = 0;
    // Keep the suffix whole when the original title is already near the limit.
    const QString suffixed = tr("%1 (copy)").arg(copy.title);
    const qsizetype overflow = suffixed.size() - kMaxTitleLength;
    copy.title = overflow > 0 ? tr("%1 (copy)").arg(copy.title.left(copy.title.size() - overflow).trimmed()) : suffixed;
    if (Result<qint64> added = add(copy); !added.ok())
        return added.error();
    return copy;
}

Status MessageScriptRepository::remove(qint64 id)
{
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        return sql::execOne(
            q, u"DELETE FROM message_script WHERE id = ?"_s, {id}, tr("This message no longer exists."));
    });
}

Result<MessageScript> MessageScriptRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = sql::exec(q, kSelect + u" WHERE id = ?"_s, {id}); !s.ok())
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("This message no longer exists."));
    return fromRow(q);
}

Result<QList<MessageScript>> MessageScriptRepository::list(qint64 relationshipId) const
{
    QSqlQuery q(m_db.connection());
    const QString where = relationshipId != 0 ? u" WHERE relationship_id = ?"_s : QString();
    const QVariantList values = relationshipId != 0 ? QVariantList {relationshipId} : QVariantList {};
    if (Status s = sql::exec(q, kSelect + where + u" ORDER BY updated_at DESC, id DESC"_s, values); !s.ok())
        return s.error();
    QList<MessageScript> result;
    while (q.next())
        result.append(fromRow(q));
    return result;
}

} // namespace bearings
