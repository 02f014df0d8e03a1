#pragma once

#include "common/Result.h"
#include "journal/ChainLink.h"
#include "journal/ChainVerification.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace bearings {

class Database;

// The tamper-evident record of incidents: an append-only hash chain (table
// incident_chain) with one link for every change to an incident journal
// entry. Each link hashes the entry's canonical record and the previous
// link's hash, so a changed byte anywhere breaks the chain from that link on.
// The format is defined in docs/INCIDENT_CHAIN.md.
//
// The write hooks run inside the caller's transaction (they join it through
// Database::write), so an entry and its link are stored together or not at
// all.
class IncidentChain final {
    Q_DECLARE_TR_FUNCTIONS(bearings::IncidentChain)

public:
    static constexpr int kHashBytes = 32; // BLAKE2b-256
    static constexpr int kFormatVersion = 1;

    explicit IncidentChain(Database &db)
        : m_db(db)
    { }

    // After an entry's row was inserted or updated: appends "created" when it
    // became an incident, "edited" when its record changed, "unmarked" when
    // it is no longer an incident; nothing otherwise.
    Status entryWritten(qint64 entryId);
    // Before an entry's row is deleted: appends "deleted" if the chain holds
    // the entry, and erases the content of its earlier links (their hashes
    // stay, so the chain still verifies).
    Status entryRemoving(qint64 entryId);
    // Before a relationship, and with it all its entries, is deleted.
    Status relationshipRemoving(qint64 relationshipId);
    // After rows were written in bulk (a schema upgrade, an import): brings
    // the chain in line with the journal. Entries the chain holds that are
    // gone or different get a "deleted" link; incidents not in the chain are
    // appended as `addedAs` (Baseline or Imported), oldest first.
    Status reconcile(LinkKind addedAs);

    // Every link, in order.
    static Result<QList<ChainLink>> links(const Database &db);
    // Checks every link and that the journal's incidents match the chain.
    static Result<ChainVerification> verify(const Database &db);
    // The number of the link whose hash is `hash`, if the chain has one.
    static Result<std::optional<qint64>> findLink(const Database &db, const QByteArray &hash);

    // One translated line for people: links, head and intact or where it breaks.
    static QString summary(const ChainVerification &verification);
    static QString describe(const ChainBreak &problem);

    // The canonical bytes and hashes (docs/INCIDENT_CHAIN.md).
    static QByteArray hash(const QByteArray &bytes);
    static QByteArray linkBytes(const ChainLink &link);

private:
    Status append(qint64 entryId, LinkKind kind, const QByteArray &record);
    Status erase(qint64 entryId);

    Database &m_db;
};

} // namespace bearings
