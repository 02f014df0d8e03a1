#pragma once

#include <QDate>
#include <QtGlobal>

namespace bearings {

// What the demo generator makes. Zero means "the story's default".
struct DemoOptions {
    quint64 seed = 1;
    int weeks = 12;         // length of the story, ending on endDate
    int years = 0;          // > 0: a long history of this many years instead (weeks is ignored)
    int relationships = 0;  // 1..5; default 2 for the story, 3 for a long history
    int entriesPerWeek = 0; // journal entries a week (the partner's in the story)
    int scripts = 0;        // message drafts
    int breaches = 0;       // boundary breaches over the whole span
    QDate endDate;          // the last day; the story ends here
    bool operator==(const DemoOptions &) const = default;
};

// What the generator wrote.
struct DemoSummary {
    int relationships = 0;
    int journalEntries = 0;
    int incidents = 0;
    int boundaries = 0;
    int breaches = 0;
    int assessments = 0;
    int checkIns = 0;
    int reviews = 0;
    int scripts = 0;
    bool operator==(const DemoSummary &) const = default;
};

} // namespace bearings
