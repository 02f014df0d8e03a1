#pragma once

#include "common/EnumKeys.h"

#include <QByteArray>
#include <QString>

namespace bearings {

// What a link of the incident record chain records about one journal entry.
enum class LinkKind {
    Created,  // the entry became an incident (added as one, or marked later)
    Edited,   // a field of the incident's record changed
    Unmarked, // the entry is no longer marked as an incident
    Deleted,  // the entry was deleted; earlier records of it are erased
    Baseline, // the incident existed when the chain began (schema upgrade)
    Imported, // the incident came from an imported file
};
inline constexpr EnumKeyTable<LinkKind, 6> kLinkKindKeys {{
    {LinkKind::Created, u"created"},
    {LinkKind::Edited, u"edited"},
    {LinkKind::Unmarked, u"unmarked"},
    {LinkKind::Deleted, u"deleted"},
    {LinkKind::Baseline, u"baseline"},
    {LinkKind::Imported, u"imported"},
}};

// True for the kinds after which the entry is a live incident in the chain.
constexpr bool isLiveKind(LinkKind kind)
{
    return kind == LinkKind::Created || kind == LinkKind::Edited || kind == LinkKind::Baseline
        || kind == LinkKind::Imported;
}

// One stored link of the chain (table incident_chain), as raw as it is
// stored, so that verification hashes exactly the stored bytes.
// docs/INCIDENT_CHAIN.md defines every field.
struct ChainLink {
    qint64 seq = 0;
    qint64 entryId = 0;
    qint64 revision = 0;
    QString kind;       // a kLinkKindKeys key
    QString recordedAt; // UTC ISO 8601 with milliseconds, as stored
    QByteArray record;  // canonical record bytes; null once erased
    QByteArray recordHash;
    QByteArray prevHash;
    QByteArray hash;
};

} // namespace bearings
