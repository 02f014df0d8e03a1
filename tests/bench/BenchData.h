#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace bearings::bench {

// The benchmark data sets, made once by bench_data from the demo generator
// and kept under build/bench-data (scripts/bench.sh). Every vault uses the
// test-only key derivation (KdfParams::insecureForTests), so opening one
// measures everything but Argon2.
class BenchData final {
public:
    BenchData() = delete;

    static constexpr const char16_t *kWeeks12 = u"weeks12"; // the 12-week story
    static constexpr const char16_t *kYears10 = u"years10"; // DemoGenerator::tenYearsHeavy
    static constexpr const char16_t *kStress = u"stress";   // DemoGenerator::stress

    static QStringList names();
    // The folder from BEARINGS_BENCH_DATA; exits with a message when unset.
    static QString directory();
    static QString vaultPath(const QString &name);
    static QString passphrase();
    // The last day of every data set (the file "end-date" in the folder):
    // "today" for the dashboard benchmarks.
    static QDate endDate();
    // A clock standing at 20:00 on endDate().
    static const Clock &clock();
    // Prints "<program>: <what>: <error>" and exits 1: a benchmark whose
    // data cannot be read has nothing to measure.
    [[noreturn]] static void die(const char *program, const QString &what, const Error &error);
};

} // namespace bearings::bench
