#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace bearings {

// The first place where the incident record chain does not hold.
struct ChainBreak {
    enum class Problem {
        LinkMissing,      // the link with this number is not there (removed or reordered)
        LinkChanged,      // the link's own fields do not match its hash
        PreviousMismatch, // the link does not name the hash of the link before it
        RecordChanged,    // the stored record does not match the link's record hash, or was removed
        EntryChanged,     // the journal entry differs from its latest link (edited outside the chain)
        EntryMissing,     // the chain holds an entry that is gone without a "deleted" link
        EntryNotInChain,  // an incident has no link at all
    };
    Problem problem = Problem::LinkMissing;
    qint64 seq = 0;       // the link where it breaks; 0 when no link exists
    qint64 entryId = 0;   // the journal entry concerned; 0 when unknown
    QDateTime recordedAt; // when that link was recorded (invalid when unknown)
    QString detail;       // for developers, not translated
};

// The result of IncidentChain::verify(): how long the chain is, its head and,
// if it does not hold, the first break.
struct ChainVerification {
    qint64 links = 0;
    QByteArray head; // the last link's stored hash; 32 zero bytes for an empty chain
    std::optional<ChainBreak> firstBreak;

    bool intact() const { return !firstBreak.has_value(); }
    QString headHex() const { return QString::fromLatin1(head.toHex()); }
};

} // namespace bearings
