// Makes the benchmark data sets (docs/BENCHMARKS.md): three vaults from the
// demo generator, with the test-only key derivation so that opening one
// costs no Argon2. Existing files are kept, so scripts/bench.sh generates
// them once per seed and end date.
//
//   bench_data --out DIR [--seed S] [--end YYYY-MM-DD] [--only NAME]

#include "BenchData.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "vault/KdfParams.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

namespace {

DemoOptions optionsFor(const QString &name, quint64 seed, const QDate &end)
{
    DemoOptions options;
    if (name == QString::fromUtf16(bench::BenchData::kYears10))
        options = DemoGenerator::tenYearsHeavy(end);
    else if (name == QString::fromUtf16(bench::BenchData::kStress))
        options = DemoGenerator::stress(end);
    else
        options.weeks = 12;
    options.seed = seed;
    options.endDate = end;
    return options;
}

int fail(const QString &what, const Error &error)
{
    std::fprintf(
        stderr, "bench_data: %s: %s %s\n", qPrintable(what), qPrintable(error.message), qPrintable(error.detail));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({
        {u"out"_s, u"folder for the data sets"_s, u"dir"_s},
        {u"seed"_s, u"demo seed"_s, u"S"_s, u"1"_s},
        {u"end"_s, u"last day of every data set (default: today)"_s, u"date"_s},
        {u"only"_s, u"make only this data set"_s, u"name"_s},
    });
    parser.process(app);
    const QString out = parser.value(u"out"_s);
    if (out.isEmpty()) {
        std::fprintf(stderr, "bench_data: --out DIR is required\n");
        return 2;
    }
    const quint64 seed = parser.value(u"seed"_s).toULongLong();
    const QDate end
        = parser.isSet(u"end"_s) ? QDate::fromString(parser.value(u"end"_s), Qt::ISODate) : QDate::currentDate();
    if (!end.isValid()) {
        std::fprintf(stderr, "bench_data: --end needs YYYY-MM-DD\n");
        return 2;
    }
    QDir().mkpath(out);
    {
        QFile endFile(QDir(out).filePath(u"end-date"_s));
        if (!endFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        endFile.write(end.toString(Qt::ISODate).toLatin1() + '\n');
    }

    const ManualClock clock(QDateTime(end, QTime(20, 0)));
    for (const QString &name : bench::BenchData::names()) {
        if (parser.isSet(u"only"_s) && parser.value(u"only"_s) != name)
            continue;
        const QString path = QDir(out).filePath(name + u".vault"_s);
        if (QFileInfo::exists(path)) {
            std::printf("%s: kept %s\n", qPrintable(name), qPrintable(path));
            continue;
        }
        // Written under a temporary name and renamed at the end, so that an
        // interrupted run never leaves a half-made data set to be reused.
        const QString partial = path + u".partial"_s;
        QFile::remove(partial);
        QFile::remove(Vault::backupPath(partial));
        auto vault = Vault::create(partial, bench::BenchData::passphrase(), clock, KdfParams::insecureForTests());
        if (!vault.ok())
            return fail(name, vault.error());
        QElapsedTimer timer;
        timer.start();
        auto summary = DemoGenerator::generate(vault.value()->database(), optionsFor(name, seed, end));
        if (!summary.ok())
            return fail(name, summary.error());
        const qint64 generateMs = timer.elapsed();
        timer.restart();
        if (Status s = vault.value()->save(); !s.ok())
            return fail(name, s.error());
        const qint64 saveMs = timer.elapsed();
        vault.value().reset();
        QFile::remove(Vault::backupPath(partial));
        if (!QFile::rename(partial, path)) {
            std::fprintf(stderr, "bench_data: could not rename %s\n", qPrintable(partial));
            return 1;
        }
        const DemoSummary &d = summary.value();
        std::printf("%s: %d relationships, %d journal entries, %d breaches, %d check-ins, %d scripts; "
                    "generated in %lld ms, saved in %lld ms, %lld bytes\n",
            qPrintable(name), d.relationships, d.journalEntries, d.breaches, d.checkIns, d.scripts,
            static_cast<long long>(generateMs), static_cast<long long>(saveMs),
            static_cast<long long>(QFileInfo(path).size()));
    }
    return 0;
}
