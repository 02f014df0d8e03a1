#include "LogisticsRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

#include <algorithm>
#include <tuple>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

const QString kSelect = u"SELECT id, relationship_id, category, position, text, done, done_at FROM logistics_item"_s;

LogisticsItem fromRow(const QSqlQuery &q)
{
    LogisticsItem item;
    item.id = q.value(0).toLongLong();
    item.relationshipId = q.value(1).toLongLong();
    item.category = enumFromKey(kLogisticsCategoryKeys, q.value(2).toString()).value_or(LogisticsCategory::Custom);
    item.position = q.value(3).toInt();
    item.text = q.value(4).toString();
    item.done = q.value(5).toBool();
    item.doneAt = sql::dateTimeFromDb(q.value(6));
    return item;
}

int categoryOrder(LogisticsCategory category)
{
    const auto it = std::find_if(kLogisticsCategoryKeys.cbegin(), kLogisticsCategoryKeys.cend(),
        [category](const auto &entry) { return entry.first == category; });
    return int(std::distance(kLogisticsCategoryKeys.cbegin(), it));
}

struct Starter {
    LogisticsCategory category;
    const char *text;
};

// Short and practical; the user edits, ticks or deletes what does not fit.
constexpr Starter kLimitStarters[] = {
    {LogisticsCategory::Banking,
        QT_TRANSLATE_NOOP("bearings::LogisticsRepository", "Keep your own money in an account only you can reach.")},
    {LogisticsCategory::Mail,
        QT_TRANSLATE_NOOP("bearings::LogisticsRepository", "Make sure your mail comes only to you.")},
    {LogisticsCategory::Accounts,
        QT_TRANSLATE_NOOP(
            "bearings::LogisticsRepository", "Change passwords and PINs they know; check location sharing.")},
    {LogisticsCategory::Keys,
        QT_TRANSLATE_NOOP("bearings::LogisticsRepository", "Decide who keeps keys to your home or car.")},
    {LogisticsCategory::Property,
        QT_TRANSLATE_NOOP("bearings::LogisticsRepository", "Arrange to return or collect borrowed things.")},
    {LogisticsCategory::Lease,
        QT_TRANSLATE_NOOP(
            "bearings::LogisticsRepository", "Check whether a lease or contract still ties you together.")},
    {LogisticsCategory::Pets,
        QT_TRANSLATE_NOOP("bearings::LogisticsRepository", "Agree how any shared pets are cared for.")},
    {LogisticsCategory::Calendars,
        QT_TRANSLATE_NOOP("bearings::LogisticsRepository", "Leave or mute shared calendars and group chats.")},
    {LogisticsCategory::SupportPeople,
        QT_TRANSLATE_NOOP("bearings::LogisticsRepository", "Tell one or two trusted people about your plan.")},
    {LogisticsCategory::SupportGroups,
        QT_TRANSLATE_NOOP("bearings::LogisticsRepository", "Look for a support group, in person or online.")},
    {LogisticsCategory::ProfessionalHelp,
        QT_TRANSLATE_NOOP("bearings::LogisticsRepository", "Consider talking things through with a counsellor.")},
};

constexpr Starter kCutStarters[] = {
    {LogisticsCategory::Banking,
        QT_TRANSLATE_NOOP("bearings::LogisticsRepository", "Open an account in your name only.")},
    {LogisticsCategory::Banking,
        QT_TRANSLATE_NOOP("bearings::LogisticsRepository", "Close or separate joint accounts and cards.")},
    {LogisticsCategory::Mail,
        QT_TRANSLATE_NOOP("bearings::LogisticsRepository", "Redirect your mail, or use a PO box if you move.")},
    {LogisticsCategory::Accounts,
        QT_TRANSLATE_NOOP("bearings::LogisticsRepository", "Change passwords and PINs; turn on two-step sign-in.")},
    {LogisticsCategory::Accounts,
        QT_TRANSLATE_NOOP(
            "bearings::LogisticsRepository", "Check linked devices, shared logins and location sharing.")},
    {LogisticsCategory::Keys,
        QT_TRANSLATE_NOOP("bearings::LogisticsRepository", "Get keys back, or change locks and door codes.")},
    {LogisticsCategory::Property,
        QT_TRANSLATE_NOOP("bearings::LogisticsRepository", "List shared belongings and what you will keep.")},
    {LogisticsCategory::Lease,
        QT_TRANSLATE_NOOP("bearings::LogisticsRepository", "Check whose name is on the lease or mortgage.")},
    {LogisticsCategory::Pets,
        QT_TRANSLATE_NOOP("bearings::LogisticsRepository", "Decide where the pets live; keep their records.")},
    {LogisticsCategory::Calendars,
        QT_TRANSLATE_NOOP(
            "bearings::LogisticsRepository", "Leave shared calendars, albums and family-sharing groups.")},
    {LogisticsCategory::SupportPeople,
        QT_TRANSLATE_NOOP("bearings::LogisticsRepository", "Tell one or two trusted people about your plan.")},
    {LogisticsCategory::SupportGroups,
        QT_TRANSLATE_NOOP("bearings::LogisticsRepository", "Look for a support group, in person or online.")},
    {LogisticsCategory::ProfessionalHelp,
        QT_TRANSLATE_NOOP("bearings::LogisticsRepository", "Consider a counsellor, advocate or lawyer for support.")},
    {LogisticsCategory::Custom,
        QT_TRANSLATE_NOOP(
            "bearings::LogisticsRepository", "Keep a dated record of any contact, in case you need it later.")},
};

} // namespace

Status LogisticsRepository::validateText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Please write a few words for this step."));
    if (trimmed.size() > kMaxTextLength)
        return makeError(ErrorCode::Invalid, tr("Please keep each step under %1 characters.").arg(kMaxTextLength));
    return {};
}

Result<qint64> LogisticsRepository::add(LogisticsItem &item)
{
    if (Status s = validateText(item.text); !s.ok())
        return s.error();
    const QDateTime now = m_db.clock().now();
    qint64 id = 0;
    int position = 0;
    const QString category = enumKey(kLogisticsCategoryKeys, item.category);
    const Status s = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status e
            = sql::requireExists(q, u"relationship"_s, item.relationshipId, tr("This relationship no longer exists."));
            !e.ok())
            return e;
        if (Status e = sql::exec(q,
                u"SELECT coalesce(max(position), 0) + 1 FROM logistics_item "
                "WHERE relationship_id = ? AND category = ?"_s,
                {item.relationshipId, category});
            !e.ok())
            return e;
        if (!q.next())
            return sql::queryError(q, tr("find the end of this list"));
        position = q.value(0).toInt();
        if (Status e = sql::exec(q,
                u"INSERT INTO logistics_item (relationship_id, category, position, text, done, done_at) "
                "VALUES (?, ?, ?, ?, ?, ?)"_s,
                {item.relationshipId, category, position, item.text.trimmed(), item.done ? 1 : 0,
                    item.done ? QVariant(sql::toDb(now)) : QVariant()});
            !e.ok())
            return e;
        id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!s.ok())
        return s.error();
    item.id = id;
    item.position = position;
    item.text = item.text.trimmed();
    item.doneAt = item.done ? now : QDateTime();
    return id;
}

Result<LogisticsItem> LogisticsRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = sql::exec(q, kSelect + u" WHERE id = ?"_s, {id}); !s.ok())
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("This step no longer exists."));
    return fromRow(q);
}

Status LogisticsRepository::updateText(qint64 id, const QString &text)
{
    if (Status s = validateText(text); !s.ok())
        return s;
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        return sql::execOne(q, u"UPDATE logistics_item SET text = ? WHERE id = ?"_s, {text.trimmed(), id},
            tr("This step no longer exists."));
    });
}

Status LogisticsRepository::setDone(qint64 id, bool done)
{
    const QDateTime now = m_db.clock().now();
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        return sql::execOne(q, u"UPDATE logistics_item SET done = ?, done_at = ? WHERE id = ?"_s,
            {done ? 1 : 0, done ? QVariant(sql::toDb(now)) : QVariant(), id}, tr("This step no longer exists."));
    });
}

Status LogisticsRepository::remove(qint64 id)
{
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        return sql::execOne(q, u"DELETE FROM logistics_item WHERE id = ?"_s, {id}, tr("This step no longer exists."));
    });
}

Result<QList<LogisticsItem>> LogisticsRepository::list(qint64 relationshipId) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = sql::exec(q, kSelect + u" WHERE relationship_id = ?"_s, {relationshipId}); !s.ok())
        return s.error();
    QList<LogisticsItem> items;
    while (q.next())
        items.append(fromRow(q));
    // Category order is the enum's order, which text keys cannot sort by.
    std::sort(items.begin(), items.end(), [](const LogisticsItem &a, const LogisticsItem &b) {
        return std::tuple(categoryOrder(a.category), a.position, a.id)
            < std::tuple(categoryOrder(b.category), b.position, b.id);
    });
    return items;
}

Result<int> LogisticsRepository::seedDefaults(qint64 relationshipId, Strategy strategy)
{
    if (strategy != Strategy::Limit && strategy != Strategy::Cut)
        return 0;
    int added = 0;
    const Status s = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status e = sql::exec(q,
                u"SELECT (SELECT count(*) FROM relationship WHERE id = ?),"
                " (SELECT count(*) FROM logistics_item WHERE relationship_id = ?)"_s,
                {relationshipId, relationshipId});
            !e.ok())
            return e;
        if (!q.next())
            return sql::queryError(q, tr("read this checklist"));
        if (q.value(0).toInt() == 0)
            return makeError(ErrorCode::NotFound, tr("This relationship no longer exists."));
        if (q.value(1).toInt() > 0)
            return {};
        const auto seed = [&](const auto &starters) -> Status {
            for (const Starter &starter : starters) {
                LogisticsItem item;
                item.relationshipId = relationshipId;
                item.category = starter.category;
                item.text = tr(starter.text);
                if (Result<qint64> id = add(item); !id.ok())
                    return id.error();
                ++added;
            }
            return {};
        };
        return strategy == Strategy::Cut ? seed(kCutStarters) : seed(kLimitStarters);
    });
    if (!s.ok())
        return s.error();
    return added;
}

} // namespace bearings
