#pragma once

#include <QDate>
#include <QString>

namespace bearings {

// Which journal entries to show. Every empty field means "no restriction".
struct JournalFilter {
    qint64 relationshipId = 0; // 0: every relationship
    QDate from;                // inclusive, local date; invalid: open
    QDate to;                  // inclusive, local date; invalid: open
    QString tag;               // a tag id the entry must carry; empty: any
    bool incidentsOnly = false;
    QString search; // case-insensitive substring of the note; empty: any
    bool operator==(const JournalFilter &) const = default;
};

} // namespace bearings
