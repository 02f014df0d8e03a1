#include "IncidentChain.h"

#include "journal/CanonicalJson.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <sodium.h>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

// A journal entry's row as stored: the canonical record is built from the
// stored text, never from a re-formatted value.
struct EntryRow {
    qint64 id = 0;
    qint64 relationshipId = 0;
    QString occurredAt;
    QString channel;
    QString note;
    bool incident = false;
    QVariant severity; // null or a whole number
    QString present;
    QString evidence;
    QString createdAt;
};

const QString kRowColumns = u"id, relationship_id, occurred_at, channel, note, is_incident, severity, present, "
                            "evidence, created_at"_s;

EntryRow rowFrom(const QSqlQuery &q)
{
    EntryRow r;
    r.id = q.value(0).toLongLong();
    r.relationshipId = q.value(1).toLongLong();
    r.occurredAt = q.value(2).toString();
    r.channel = q.value(3).toString();
    r.note = q.value(4).toString();
    r.incident = q.value(5).toLongLong() != 0;
    r.severity = q.isNull(6) ? QVariant() : QVariant(q.value(6).toLongLong());
    r.present = q.value(7).toString();
    r.evidence = q.value(8).toString();
    r.createdAt = q.value(9).toString();
    return r;
}

// The record of an incident: everything the incident report prints.
QByteArray contentRecord(const EntryRow &r)
{
    return CanonicalJson::object({
        {u"channel"_s, r.channel},
        {u"entryId"_s, r.id},
        {u"evidence"_s, r.evidence},
        {u"note"_s, r.note},
        {u"occurredAt"_s, r.occurredAt},
        {u"present"_s, r.present},
        {u"relationshipId"_s, r.relationshipId},
        {u"severity"_s, r.severity},
        {u"version"_s, IncidentChain::kFormatVersion},
    });
}

// The record of a "deleted" or "unmarked" link: which entry, never its content.
QByteArray markerRecord(qint64 entryId, const QVariant &relationshipId, const QVariant &occurredAt)
{
    return CanonicalJson::object({
        {u"entryId"_s, entryId},
        {u"occurredAt"_s, occurredAt},
        {u"relationshipId"_s, relationshipId},
        {u"version"_s, IncidentChain::kFormatVersion},
    });
}

QByteArray markerRecord(const EntryRow &r)
{
    return markerRecord(r.id, r.relationshipId, r.occurredAt);
}

// A marker for an entry whose row is already gone, from its last record.
QByteArray markerFromRecord(qint64 entryId, const QByteArray &record)
{
    const QJsonObject o = QJsonDocument::fromJson(record).object();
    const QJsonValue relationship = o.value(u"relationshipId"_s);
    const QJsonValue occurred = o.value(u"occurredAt"_s);
    return markerRecord(entryId, relationship.isDouble() ? QVariant(qint64(relationship.toDouble())) : QVariant(),
        occurred.isString() ? QVariant(occurred.toString()) : QVariant());
}

Result<std::optional<EntryRow>> readRow(const Database &db, qint64 entryId)
{
    QSqlQuery q(db.connection());
    if (Status s = sql::exec(q, u"SELECT "_s + kRowColumns + u" FROM journal_entry WHERE id = ?"_s, {entryId}); !s.ok())
        return s.error();
    if (!q.next())
        return std::optional<EntryRow>();
    return std::optional<EntryRow>(rowFrom(q));
}

struct Latest {
    qint64 seq = 0;
    QString kind;
    QByteArray record;
    bool live() const
    {
        const std::optional<LinkKind> k = enumFromKey(kLinkKindKeys, kind);
        return k && isLiveKind(*k);
    }
};

Result<std::optional<Latest>> latestLink(const Database &db, qint64 entryId)
{
    QSqlQuery q(db.connection());
    if (Status s = sql::exec(q,
            u"SELECT seq, kind, record FROM incident_chain WHERE entry_id = ? ORDER BY seq DESC LIMIT 1"_s, {entryId});
        !s.ok())
        return s.error();
    if (!q.next())
        return std::optional<Latest>();
    return std::optional<Latest>(Latest {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toByteArray()});
}

QByteArray blobAt(const QSqlQuery &q, int column)
{
    if (q.isNull(column))
        return {};
    QByteArray bytes = q.value(column).toByteArray();
    if (bytes.isNull())
        bytes = QByteArray(""); // an empty value that was stored, unlike an erased one
    return bytes;
}

QDateTime timeOf(const QString &stored)
{
    return sql::dateTimeFromDb(stored);
}

ChainBreak problemAt(ChainBreak::Problem problem, const ChainLink &link, const QString &detail)
{
    return ChainBreak {problem, link.seq, link.entryId, timeOf(link.recordedAt), detail};
}

} // namespace

QByteArray IncidentChain::hash(const QByteArray &bytes)
{
    static const bool ready = sodium_init() >= 0;
    Q_UNUSED(ready);
    QByteArray digest(kHashBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), static_cast<size_t>(digest.size()),
        reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<unsigned long long>(bytes.size()),
        nullptr, 0);
    return digest;
}

QByteArray IncidentChain::linkBytes(const ChainLink &link)
{
    return CanonicalJson::object({
        {u"entryId"_s, link.entryId},
        {u"kind"_s, link.kind},
        {u"prevHash"_s, QString::fromLatin1(link.prevHash.toHex())},
        {u"recordHash"_s, QString::fromLatin1(link.recordHash.toHex())},
        {u"recordedAt"_s, link.recordedAt},
        {u"revision"_s, link.revision},
        {u"seq"_s, link.seq},
        {u"version"_s, kFormatVersion},
    });
}

Status IncidentChain::append(qint64 entryId, LinkKind kind, const QByteArray &record)
{
    QSqlQuery q(m_db.connection());
    ChainLink link;
    link.prevHash = QByteArray(kHashBytes, '\0');
    link.seq = 1;
    if (Status s = sql::exec(q, u"SELECT seq, hash FROM incident_chain ORDER BY seq DESC LIMIT 1"_s); !s.ok())
        return s;
    if (q.next()) {
        link.seq = q.value(0).toLongLong() + 1;
        link.prevHash = q.value(1).toByteArray();
    }
    if (Status s
        = sql::exec(q, u"SELECT coalesce(max(revision), 0) + 1 FROM incident_chain WHERE entry_id = ?"_s, {entryId});
        !s.ok())
        return s;
    if (!q.next())
        return sql::queryError(q, tr("read the incident record chain"));
    link.revision = q.value(0).toLongLong();
    link.entryId = entryId;
    link.kind = enumKey(kLinkKindKeys, kind);
    link.recordedAt = sql::toDb(m_db.clock().now());
    link.record = record;
    link.recordHash = hash(record);
    link.hash = hash(linkBytes(link));
    return sql::exec(q,
        u"INSERT INTO incident_chain (seq, entry_id, revision, kind, recorded_at, record, record_hash, prev_hash, "
        "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {link.seq, link.entryId, link.revision, link.kind, link.recordedAt, link.record, link.recordHash, link.prevHash,
            link.hash});
}

Status IncidentChain::erase(qint64 entryId)
{
    QSqlQuery q(m_db.connection());
    return sql::exec(q,
        u"UPDATE incident_chain SET record = NULL WHERE entry_id = ? AND record IS NOT NULL "
        "AND kind IN ('created', 'edited', 'baseline', 'imported')"_s,
        {entryId});
}

Status IncidentChain::entryWritten(qint64 entryId)
{
    return m_db.write([&]() -> Status {
        auto row = readRow(m_db, entryId);
        if (!row.ok())
            return row.error();
        if (!row.value())
            return makeError(ErrorCode::Internal, tr("The incident record chain could not be updated."),
                u"entry %1 has no row"_s.arg(entryId));
        auto latest = latestLink(m_db, entryId);
        if (!latest.ok())
            return latest.error();
        const bool live = latest.value() && latest.value()->live();
        const EntryRow &r = *row.value();
        if (r.incident) {
            const QByteArray record = contentRecord(r);
            if (!live)
                return append(entryId, LinkKind::Created, record);
            if (latest.value()->record != record)
                return append(entryId, LinkKind::Edited, record);
            return {};
        }
        if (live)
            return append(entryId, LinkKind::Unmarked, markerRecord(r));
        return {};
    });
}

Status IncidentChain::entryRemoving(qint64 entryId)
{
    return m_db.write([&]() -> Status {
        auto latest = latestLink(m_db, entryId);
        if (!latest.ok())
            return latest.error();
        if (!latest.value() || latest.value()->kind == enumKey(kLinkKindKeys, LinkKind::Deleted))
            return {};
        auto row = readRow(m_db, entryId);
        if (!row.ok())
            return row.error();
        const QByteArray marker
            = row.value() ? markerRecord(*row.value()) : markerFromRecord(entryId, latest.value()->record);
        if (Status s = append(entryId, LinkKind::Deleted, marker); !s.ok())
            return s;
        return erase(entryId);
    });
}

Status IncidentChain::relationshipRemoving(qint64 relationshipId)
{
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status s = sql::exec(q,
                u"SELECT DISTINCT e.id FROM journal_entry e JOIN incident_chain c ON c.entry_id = e.id "
                "WHERE e.relationship_id = ? ORDER BY e.id"_s,
                {relationshipId});
            !s.ok())
            return s;
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        for (const qint64 id : ids) {
            if (Status s = entryRemoving(id); !s.ok())
                return s;
        }
        return {};
    });
}

Status IncidentChain::reconcile(LinkKind addedAs)
{
    return m_db.write([&]() -> Status {
        QHash<qint64, EntryRow> rows;
        QList<qint64> incidents; // oldest first
        {
            QSqlQuery q(m_db.connection());
            q.setForwardOnly(true);
            // Only incidents and entries the chain knows matter here; on a
            // journal of 100,000 entries, reading every note was most of the
            // time an import took to reconcile.
            if (Status s = sql::exec(q,
                    u"SELECT "_s + kRowColumns
                        + u" FROM journal_entry WHERE is_incident <> 0 OR id IN (SELECT entry_id FROM incident_chain) "
                          "ORDER BY created_at, id"_s);
                !s.ok())
                return s;
            while (q.next()) {
                EntryRow r = rowFrom(q);
                if (r.incident)
                    incidents.append(r.id);
                rows.insert(r.id, std::move(r));
            }
        }
        QHash<qint64, Latest> latest;
        {
            QSqlQuery q(m_db.connection());
            q.setForwardOnly(true);
            if (Status s = sql::exec(q, u"SELECT seq, entry_id, kind, record FROM incident_chain ORDER BY seq"_s);
                !s.ok())
                return s;
            while (q.next())
                latest.insert(q.value(1).toLongLong(),
                    Latest {q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toByteArray()});
        }

        QList<qint64> chained = latest.keys();
        std::sort(chained.begin(), chained.end());
        QSet<qint64> unchanged;
        for (const qint64 id : chained) {
            const Latest &l = latest.value(id);
            if (l.kind == enumKey(kLinkKindKeys, LinkKind::Deleted))
                continue;
            const auto row = rows.constFind(id);
            if (row != rows.cend()) {
                if (l.live() && row->incident && l.record == contentRecord(*row)) {
                    unchanged.insert(id);
                    continue;
                }
                if (!l.live() && !row->incident)
                    continue; // unmarked earlier and still a plain entry
            }
            const QByteArray marker = row != rows.cend() ? markerRecord(*row) : markerFromRecord(id, l.record);
            if (Status s = append(id, LinkKind::Deleted, marker); !s.ok())
                return s;
            if (Status s = erase(id); !s.ok())
                return s;
        }
        for (const qint64 id : std::as_const(incidents)) {
            if (unchanged.contains(id))
                continue;
            if (Status s = append(id, addedAs, contentRecord(rows.value(id))); !s.ok())
                return s;
        }
        return {};
    });
}

Result<QList<ChainLink>> IncidentChain::links(const Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q,
            u"SELECT seq, entry_id, revision, kind, recorded_at, record, record_hash, prev_hash, hash "
            "FROM incident_chain ORDER BY seq"_s);
        !s.ok())
        return s.error();
    QList<ChainLink> links;
    while (q.next()) {
        ChainLink l;
        l.seq = q.value(0).toLongLong();
        l.entryId = q.value(1).toLongLong();
        l.revision = q.value(2).toLongLong();
        l.kind = q.value(3).toString();
        l.recordedAt = q.value(4).toString();
        l.record = blobAt(q, 5);
        l.recordHash = blobAt(q, 6);
        l.prevHash = blobAt(q, 7);
        l.hash = blobAt(q, 8);
        links.append(std::move(l));
    }
    return links;
}

Result<ChainVerification> IncidentChain::verify(const Database &db)
{
    auto loaded = links(db);
    if (!loaded.ok())
        return loaded.error();
    const QList<ChainLink> &chain = loaded.value();

    ChainVerification result;
    result.links = chain.size();
    result.head = chain.isEmpty() ? QByteArray(kHashBytes, '\0') : chain.last().hash;

    // A record may be erased only by a later "deleted" link of its entry. An
    // erased record waits for that link; a tampered "deleted" link is itself
    // the break, so the wait ends at the first verified one.
    const QString deletedKey = enumKey(kLinkKindKeys, LinkKind::Deleted);
    QHash<qint64, qint64> erasedSince; // entry -> first erased link still waiting

    QByteArray previous(kHashBytes, '\0');
    qint64 expected = 1;
    QHash<qint64, const ChainLink *> latest;
    for (const ChainLink &l : chain) {
        if (l.seq > expected) {
            result.firstBreak = ChainBreak {ChainBreak::Problem::LinkMissing, expected, 0, {},
                u"link %1 missing, next stored link is %2"_s.arg(expected).arg(l.seq)};
            return result;
        }
        if (l.seq < expected) {
            result.firstBreak = problemAt(ChainBreak::Problem::LinkChanged, l,
                u"link number %1 where %2 was expected"_s.arg(l.seq).arg(expected));
            return result;
        }
        if (l.prevHash != previous) {
            result.firstBreak = problemAt(ChainBreak::Problem::PreviousMismatch, l, u"previous hash differs"_s);
            return result;
        }
        if (hash(linkBytes(l)) != l.hash) {
            result.firstBreak = problemAt(ChainBreak::Problem::LinkChanged, l, u"link hash differs"_s);
            return result;
        }
        if (!enumFromKey(kLinkKindKeys, l.kind)) {
            result.firstBreak = problemAt(ChainBreak::Problem::LinkChanged, l, u"unknown kind"_s);
            return result;
        }
        if (l.record.isNull()) {
            if (l.kind == deletedKey) {
                result.firstBreak = problemAt(ChainBreak::Problem::RecordChanged, l, u"deletion record removed"_s);
                return result;
            }
            if (!erasedSince.contains(l.entryId))
                erasedSince.insert(l.entryId, l.seq);
        } else if (hash(l.record) != l.recordHash) {
            result.firstBreak = problemAt(ChainBreak::Problem::RecordChanged, l, u"record hash differs"_s);
            return result;
        }
        if (l.kind == deletedKey)
            erasedSince.remove(l.entryId);
        latest.insert(l.entryId, &l);
        previous = l.hash;
        ++expected;
    }
    if (!erasedSince.isEmpty()) {
        const qint64 seq = *std::min_element(erasedSince.cbegin(), erasedSince.cend());
        result.firstBreak
            = problemAt(ChainBreak::Problem::RecordChanged, chain.at(seq - 1), u"record erased, entry not deleted"_s);
        return result;
    }

    // The chain holds; now the journal must match its latest links.
    QList<ChainBreak> problems;
    QSet<qint64> present;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, u"SELECT "_s + kRowColumns + u" FROM journal_entry ORDER BY id"_s); !s.ok())
        return s.error();
    while (q.next()) {
        const EntryRow r = rowFrom(q);
        present.insert(r.id);
        const ChainLink *l = latest.value(r.id);
        const std::optional<LinkKind> kind = l ? enumFromKey(kLinkKindKeys, l->kind) : std::nullopt;
        const bool live = kind && isLiveKind(*kind);
        if (r.incident && !live) {
            problems.append(l
                    ? problemAt(ChainBreak::Problem::EntryNotInChain, *l, u"incident has no live link"_s)
                    : ChainBreak {ChainBreak::Problem::EntryNotInChain, 0, r.id, {}, u"incident has no link"_s});
        } else if (r.incident && l->record != contentRecord(r)) {
            problems.append(problemAt(ChainBreak::Problem::EntryChanged, *l, u"entry differs from its record"_s));
        } else if (!r.incident && live) {
            problems.append(problemAt(ChainBreak::Problem::EntryChanged, *l, u"entry is no longer an incident"_s));
        }
    }
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        if (!present.contains(it.key()) && it.value()->kind != deletedKey)
            problems.append(
                problemAt(ChainBreak::Problem::EntryMissing, *it.value(), u"entry gone without a deletion link"_s));
    }
    if (!problems.isEmpty()) {
        // The earliest link first; incidents with no link at all last.
        const auto order = [](const ChainBreak &b) {
            return std::pair(b.seq == 0 ? std::numeric_limits<qint64>::max() : b.seq, b.entryId);
        };
        result.firstBreak = *std::min_element(problems.cbegin(), problems.cend(),
            [&](const ChainBreak &a, const ChainBreak &b) { return order(a) < order(b); });
    }
    return result;
}

Result<std::optional<qint64>> IncidentChain::findLink(const Database &db, const QByteArray &hash)
{
    QSqlQuery q(db.connection());
    if (Status s = sql::exec(q, u"SELECT seq FROM incident_chain WHERE hash = ? ORDER BY seq LIMIT 1"_s, {hash});
        !s.ok())
        return s.error();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

QString IncidentChain::describe(const ChainBreak &b)
{
    const QString when = b.recordedAt.isValid() ? sql::toDb(b.recordedAt) : tr("unknown time");
    switch (b.problem) {
    case ChainBreak::Problem::LinkMissing: return tr("link %1 is missing (removed or moved).").arg(b.seq);
    case ChainBreak::Problem::LinkChanged:
        return tr("link %1 (entry %2, recorded %3) was changed after it was written.")
            .arg(b.seq)
            .arg(b.entryId)
            .arg(when);
    case ChainBreak::Problem::PreviousMismatch:
        return tr("link %1 (entry %2, recorded %3) does not follow the link before it.")
            .arg(b.seq)
            .arg(b.entryId)
            .arg(when);
    case ChainBreak::Problem::RecordChanged:
        return tr("the record kept in link %1 (entry %2, recorded %3) was changed or removed.")
            .arg(b.seq)
            .arg(b.entryId)
            .arg(when);
    case ChainBreak::Problem::EntryChanged:
        return tr("journal entry %1 differs from its last recorded version (link %2, recorded %3); it was changed "
                  "outside the record.")
            .arg(b.entryId)
            .arg(b.seq)
            .arg(when);
    case ChainBreak::Problem::EntryMissing:
        return tr("journal entry %1 (last in link %2) was removed without a record of the deletion.")
            .arg(b.entryId)
            .arg(b.seq);
    case ChainBreak::Problem::EntryNotInChain: return tr("incident entry %1 has no link in the chain.").arg(b.entryId);
    }
    return {};
}

QString IncidentChain::summary(const ChainVerification &v)
{
    const QString links
        = v.links == 1 ? tr("Incident record chain: 1 link") : tr("Incident record chain: %1 links").arg(v.links);
    if (v.intact())
        return tr("%1, head %2, intact.").arg(links, v.headHex());
    return tr("%1, head %2, does not verify: %3").arg(links, v.headHex(), describe(*v.firstBreak));
}

} // namespace bearings
