#pragma once

#include "boundaries/Boundary.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

namespace bearings {

class Database;

// Stores boundaries and the times they were crossed. Every write is one
// transaction; a rejected write leaves the database as it was.
class BoundaryRepository final {
    Q_DECLARE_TR_FUNCTIONS(bearings::BoundaryRepository)

public:
    static constexpr int kMaxTextLength = 2000;

    explicit BoundaryRepository(Database &db)
        : m_db(db)
    { }

    // Adds an active boundary; sets id and createdAt, trims the texts.
    Result<qint64> add(Boundary &boundary);
    // Saves behaviour, limit and consequence only.
    Status update(const Boundary &boundary);
    // Takes a boundary out of use but keeps it and its breaches. Retiring a
    // retired boundary keeps its first retiredAt.
    Status retire(qint64 id);
    Status reactivate(qint64 id);
    // Deletes the boundary and its breaches.
    Status remove(qint64 id);
    Result<Boundary> get(qint64 id) const;
    // Active boundaries first, then by createdAt (oldest first).
    Result<QList<Boundary>> list(qint64 relationshipId, bool includeRetired = false) const;

    // Records a breach; sets its id. The boundary may be retired.
    Result<qint64> logBreach(Breach &breach);
    // Saves occurredAt, description and consequenceCarriedOut.
    Status updateBreach(const Breach &breach);
    Status removeBreach(qint64 id);
    // Oldest first.
    Result<QList<Breach>> breaches(qint64 boundaryId) const;
    // Breaches of every boundary of a relationship with
    // from <= occurredAt < to, oldest first. An invalid bound is open.
    Result<QList<Breach>> breachesForRelationship(
        qint64 relationshipId, const QDateTime &from = {}, const QDateTime &to = {}) const;

    static Status validate(const Boundary &boundary);
    static Status validate(const Breach &breach);

private:
    Status setActive(qint64 id, bool active);
    Result<QList<Breach>> selectBreaches(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace bearings
