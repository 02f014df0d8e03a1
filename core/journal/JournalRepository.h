#pragma once

#include "common/Result.h"
#include "journal/JournalEntry.h"
#include "journal/JournalFilter.h"
#include "journal/TagCatalog.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

namespace bearings {

class Database;

// Stores journal entries, their tags and the user's own tags. Every write is
// one transaction; a rejected write leaves the database as it was. Writes to
// incidents append to the incident record chain (IncidentChain) in the same
// transaction.
class JournalRepository final {
    Q_DECLARE_TR_FUNCTIONS(bearings::JournalRepository)

public:
    static constexpr int kMaxNoteLength = 20000;
    static constexpr int kMaxRecordLength = 2000; // "who was present", "evidence kept"
    static constexpr int kMaxTagLabelLength = 60;

    explicit JournalRepository(Database &db)
        : m_db(db)
    { }

    // Adds an entry; sets id, createdAt and updatedAt, sorts the tags and
    // clears the severity of an entry that is not an incident.
    Result<qint64> add(JournalEntry &entry);
    // Saves every field but createdAt; sets updatedAt and normalises as add().
    Status update(JournalEntry &entry);
    Status remove(qint64 id);
    Result<JournalEntry> get(qint64 id) const;
    // Newest first: by occurredAt descending, then id descending.
    Result<QList<JournalEntry>> list(const JournalFilter &filter = {}) const;
    Result<int> count(const JournalFilter &filter = {}) const;
    // Entries of one relationship with from <= occurredAt < to, oldest first.
    // An invalid bound is open. For charts and trends.
    Result<QList<JournalEntry>> entriesBetween(qint64 relationshipId, const QDateTime &from, const QDateTime &to) const;

    // The user's own tags (group TagGroup::User), sorted by label.
    Result<QList<TagInfo>> userTags() const;
    Status addUserTag(const QString &id, const QString &label, Valence valence);
    // Deletes the tag and takes it off every entry that carried it.
    Status removeUserTag(const QString &id);

    // Checks what can be checked without the database.
    static Status validate(const JournalEntry &entry);

private:
    Status validateStored(const JournalEntry &entry) const;
    Status writeTags(qint64 id, const QStringList &tags);
    Result<QList<JournalEntry>> select(
        const QString &where, const QVariantList &values, const QString &order, const QString &localSearch) const;

    Database &m_db;
};

} // namespace bearings
