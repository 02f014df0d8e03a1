#pragma once

#include "common/Result.h"
#include "relationships/Relationship.h"

#include <QCoreApplication>
#include <QList>

namespace bearings {

class Database;

// Stores relationships, their non-negotiables and values, and the history of
// strategy changes. Every write is one transaction.
class RelationshipRepository final {
    Q_DECLARE_TR_FUNCTIONS(bearings::RelationshipRepository)

public:
    explicit RelationshipRepository(Database &db)
        : m_db(db)
    { }

    // Adds a relationship; sets id and createdAt. Records the starting
    // strategy as the first history entry.
    Result<qint64> add(Relationship &relationship);
    Result<Relationship> get(qint64 id) const;
    Result<QList<Relationship>> list(bool includeArchived = false) const;
    // Saves name, kind, notes, non-negotiables and values (not the strategy).
    Status update(const Relationship &relationship);
    Status setArchived(qint64 id, bool archived);
    // Deletes the relationship and everything that belongs to it.
    Status remove(qint64 id);
    Result<RelationshipFootprint> footprint(qint64 id) const;

    // Changes the current strategy and keeps the change in the history.
    Status changeStrategy(qint64 id, Strategy strategy, const QString &reason);
    Result<QList<StrategyChange>> strategyHistory(qint64 id) const;

    static Status validate(const Relationship &relationship);

private:
    Status writeItems(qint64 id, const Relationship &relationship);
    Status readItems(Relationship &relationship) const;

    Database &m_db;
};

} // namespace bearings
