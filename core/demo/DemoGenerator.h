#pragma once

#include "common/Result.h"
#include "demo/DemoOptions.h"

#include <QCoreApplication>
#include <QDate>

namespace bearings {

class Database;

// Fills an empty vault with a deterministic, seeded demo: by default a calm
// twelve-week story of a partner (a repair trial) and a parent (limited
// contact), or years of heavy use for performance work. The same seed and
// options give byte-identical content on every platform and at any time of
// day: no value comes from the wall clock or the database's clock.
class DemoGenerator final {
    Q_DECLARE_TR_FUNCTIONS(bearings::DemoGenerator)

public:
    DemoGenerator() = delete;

    // Writes the demo into `db` in one transaction. Conflict when `db`
    // already holds records; Invalid for options out of range. On failure
    // `db` is left as it was.
    static Result<DemoSummary> generate(Database &db, const DemoOptions &options);

    // Ten years of daily use: 3 relationships, 7 entries a week each,
    // 1,000 breaches, 200 message drafts.
    static DemoOptions tenYearsHeavy(const QDate &endDate);
    // About 100,000 journal entries over ten years, little else.
    static DemoOptions stress(const QDate &endDate);

    static constexpr int kMaxYears = 50;
    static constexpr int kMaxWeeks = 520;
    static constexpr int kMaxEntriesPerWeek = 100;
    static constexpr int kMaxScripts = 5000;
    static constexpr int kMaxBreaches = 50000;
};

} // namespace bearings
