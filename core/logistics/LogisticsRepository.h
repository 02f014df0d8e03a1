#pragma once

#include "common/Result.h"
#include "logistics/LogisticsItem.h"
#include "relationships/Relationship.h"

#include <QCoreApplication>
#include <QList>

namespace bearings {

class Database;

// Stores the practical checklist for limiting or ending contact and the
// user's support network (DOMAIN.md section 7), per relationship.
class LogisticsRepository final {
    Q_DECLARE_TR_FUNCTIONS(bearings::LogisticsRepository)

public:
    static constexpr int kMaxTextLength = 1000;

    explicit LogisticsRepository(Database &db)
        : m_db(db)
    { }

    // Adds an item at the end of its category; sets id and position (and
    // doneAt when it is added as done).
    Result<qint64> add(LogisticsItem &item);
    Result<LogisticsItem> get(qint64 id) const;
    Status updateText(qint64 id, const QString &text);
    // Ticks the item (doneAt = now) or unticks it (doneAt cleared).
    Status setDone(qint64 id, bool done);
    Status remove(qint64 id);
    // Items of a relationship by category (in the order of LogisticsCategory),
    // then position.
    Result<QList<LogisticsItem>> list(qint64 relationshipId) const;
    // Adds a starter checklist for Limit or Cut when the relationship has no
    // items yet; returns how many were added (0 otherwise, or for Undecided
    // and Repair).
    Result<int> seedDefaults(qint64 relationshipId, Strategy strategy);

    static Status validateText(const QString &text);

private:
    Database &m_db;
};

} // namespace bearings
