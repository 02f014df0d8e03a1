// In-process benchmarks of core (docs/BENCHMARKS.md): saving a vault against
// a bare QSaveFile write of the same bytes, JSON export and import against
// QJsonDocument alone, the dashboard's aggregation and journal filtering.
// Needs BEARINGS_BENCH_DATA (scripts/bench.sh sets it).

#include "BenchData.h"
#include "dashboard/DashboardSnapshot.h"
#include "exchange/JsonExchange.h"
#include "journal/JournalRepository.h"
#include "relationships/RelationshipRepository.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace bearings;
using bearings::bench::BenchData;
using namespace Qt::Literals::StringLiterals;

namespace {

[[noreturn]] void die(const QString &what, const Error &error)
{
    BenchData::die("bench_core", what, error);
}

// Scratch files live beside the data sets, on the same disk as a real vault.
QTemporaryDir &scratch()
{
    static QTemporaryDir dir(QDir(BenchData::directory()).filePath(u"tmp-core-XXXXXX"_s));
    return dir;
}

// Each data set opened once, read-only use (the save benchmark opens its own copy).
Vault &opened(const QString &name)
{
    static QHash<QString, Vault *> vaults;
    if (Vault *v = vaults.value(name))
        return *v;
    auto vault = Vault::open(BenchData::vaultPath(name), BenchData::passphrase(), BenchData::clock());
    if (!vault.ok())
        die(name, vault.error());
    Vault *v = vault.value().release();
    vaults.insert(name, v);
    return *v;
}

qint64 firstRelationship(Database &db)
{
    auto all = RelationshipRepository(db).list();
    if (!all.ok() || all->isEmpty())
        die(u"relationships"_s, all.ok() ? makeError(ErrorCode::NotFound, u"none"_s) : all.error());
    return all->first().id;
}

const QByteArray &exported(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        auto json = exchange::JsonExchange::exportJson(
            opened(name).database(), QDateTime(BenchData::endDate(), QTime(21, 0), Qt::UTC));
        if (!json.ok())
            die(name, json.error());
        it = cache.insert(name, json.value());
    }
    return *it;
}

// --- Save ---------------------------------------------------------------

// Vault::save: serialize, encrypt (and check the round trip), keep the
// previous file as the backup, write, fsync, rename, fsync the folder, read back.
void BM_VaultSave(benchmark::State &state, const QString &name)
{
    const QString path = QDir(scratch().path()).filePath(name + u"-save.vault"_s);
    QFile::remove(path);
    QFile::remove(Vault::backupPath(path));
    if (!QFile::copy(BenchData::vaultPath(name), path))
        die(name, makeError(ErrorCode::Io, u"copy"_s));
    auto vault = Vault::open(path, BenchData::passphrase(), BenchData::clock());
    if (!vault.ok())
        die(name, vault.error());
    for (auto _ : state) {
        if (Status s = vault.value()->save(); !s.ok())
            state.SkipWithError(qPrintable(s.error().detail));
    }
    const qint64 bytes = QFileInfo(path).size();
    state.counters["file_bytes"] = double(bytes);
    state.SetBytesProcessed(state.iterations() * bytes);
}

// The floor: the same number of bytes through QSaveFile (write, fsync, rename).
void BM_QSaveFileBaseline(benchmark::State &state, const QString &name)
{
    QFile source(BenchData::vaultPath(name));
    if (!source.open(QIODevice::ReadOnly))
        die(name, makeError(ErrorCode::Io, u"read"_s));
    const QByteArray bytes = source.readAll();
    const QString path = QDir(scratch().path()).filePath(name + u"-baseline.bin"_s);
    for (auto _ : state) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            state.SkipWithError("QSaveFile failed");
    }
    state.counters["file_bytes"] = double(bytes.size());
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

// --- JSON exchange ------------------------------------------------------

void BM_JsonExport(benchmark::State &state, const QString &name)
{
    Database &db = opened(name).database();
    const QDateTime at(BenchData::endDate(), QTime(21, 0), Qt::UTC);
    qint64 bytes = 0;
    for (auto _ : state) {
        auto json = exchange::JsonExchange::exportJson(db, at);
        if (!json.ok())
            state.SkipWithError("export failed");
        bytes = json.ok() ? json->size() : 0;
        benchmark::DoNotOptimize(json);
    }
    state.counters["json_bytes"] = double(bytes);
    state.SetBytesProcessed(state.iterations() * bytes);
}

void BM_QJsonSerialize(benchmark::State &state, const QString &name)
{
    const QByteArray &json = exported(name);
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    for (auto _ : state) {
        QByteArray out = doc.toJson(QJsonDocument::Indented);
        benchmark::DoNotOptimize(out);
    }
    state.counters["json_bytes"] = double(json.size());
    state.SetBytesProcessed(state.iterations() * json.size());
}

// JsonExchange::importJson into an empty vault: validates the whole file,
// then writes everything in one transaction (and reconciles the incident
// chain). With validateFirst, also what `bearings import json FILE` does
// before it asks for the passphrase: validate once more on its own. Making
// the empty database is not timed.
void importBench(benchmark::State &state, const QString &name, bool validateFirst)
{
    const QByteArray &json = exported(name);
    for (auto _ : state) {
        auto db = Database::openNew(BenchData::clock());
        if (!db.ok())
            die(name, db.error());
        const auto start = std::chrono::steady_clock::now();
        if (validateFirst) {
            auto valid = exchange::JsonExchange::validate(json);
            if (!valid.ok())
                state.SkipWithError(qPrintable(valid.error().message));
        }
        auto counts = exchange::JsonExchange::importJson(*db.value(), json, exchange::ImportMode::IntoEmpty);
        const auto end = std::chrono::steady_clock::now();
        if (!counts.ok())
            state.SkipWithError(qPrintable(counts.error().message + counts.error().detail));
        state.SetIterationTime(std::chrono::duration<double>(end - start).count());
    }
    state.counters["json_bytes"] = double(json.size());
    state.SetBytesProcessed(state.iterations() * json.size());
}

void BM_JsonImport(benchmark::State &state, const QString &name)
{
    importBench(state, name, false);
}

void BM_JsonImportCli(benchmark::State &state, const QString &name)
{
    importBench(state, name, true);
}

void BM_JsonValidate(benchmark::State &state, const QString &name)
{
    const QByteArray &json = exported(name);
    for (auto _ : state) {
        auto valid = exchange::JsonExchange::validate(json);
        benchmark::DoNotOptimize(valid);
    }
    state.SetBytesProcessed(state.iterations() * json.size());
}

void BM_QJsonParse(benchmark::State &state, const QString &name)
{
    const QByteArray &json = exported(name);
    for (auto _ : state) {
        QJsonDocument doc = QJsonDocument::fromJson(json);
        benchmark::DoNotOptimize(doc);
    }
    state.counters["json_bytes"] = double(json.size());
    state.SetBytesProcessed(state.iterations() * json.size());
}

// --- Dashboard aggregation and journal filtering -------------------------

void BM_DashboardBuild(benchmark::State &state, const QString &name, DashboardWindow window)
{
    Database &db = opened(name).database();
    const qint64 id = firstRelationship(db);
    for (auto _ : state) {
        auto snapshot = DashboardBuilder::build(db, id, BenchData::endDate(), window);
        if (!snapshot.ok())
            state.SkipWithError("build failed");
        benchmark::DoNotOptimize(snapshot);
    }
}

// The journal page's list of one relationship, with a tag and words to find.
void BM_JournalFilter(benchmark::State &state, const QString &name, bool tagAndSearch)
{
    Database &db = opened(name).database();
    JournalRepository journal(db);
    JournalFilter filter;
    filter.relationshipId = firstRelationship(db);
    if (tagAndSearch) {
        filter.tag = u"repair-attempt"_s;
        filter.search = u"calm"_s;
    }
    qint64 found = 0;
    for (auto _ : state) {
        auto entries = journal.list(filter);
        if (!entries.ok())
            state.SkipWithError("list failed");
        found = entries.ok() ? entries->size() : 0;
        benchmark::DoNotOptimize(entries);
    }
    state.counters["entries"] = double(found);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString weeks12 = QString::fromUtf16(BenchData::kWeeks12);
    const QString years10 = QString::fromUtf16(BenchData::kYears10);
    const QString stress = QString::fromUtf16(BenchData::kStress);
    const auto ms = benchmark::kMillisecond;

    for (const QString &name : {weeks12, years10}) {
        const std::string n = name.toStdString();
        benchmark::RegisterBenchmark(("Save/" + n).c_str(), BM_VaultSave, name)->Unit(ms)->MinTime(2.0);
        benchmark::RegisterBenchmark(("SaveBaseline/" + n).c_str(), BM_QSaveFileBaseline, name)->Unit(ms)->MinTime(2.0);
        benchmark::RegisterBenchmark(
            ("DashboardBuild/" + n + "/trial").c_str(), BM_DashboardBuild, name, DashboardWindow::Trial)
            ->Unit(ms);
    }
    benchmark::RegisterBenchmark(("DashboardBuild/" + years10.toStdString() + "/everything").c_str(), BM_DashboardBuild,
        years10, DashboardWindow::Everything)
        ->Unit(ms);

    const std::string s = stress.toStdString();
    benchmark::RegisterBenchmark(("JournalFilter/" + s + "/tag+search").c_str(), BM_JournalFilter, stress, true)
        ->Unit(ms);
    benchmark::RegisterBenchmark(("JournalFilter/" + s + "/none").c_str(), BM_JournalFilter, stress, false)->Unit(ms);
    benchmark::RegisterBenchmark(("JsonExport/" + s).c_str(), BM_JsonExport, stress)->Unit(ms);
    benchmark::RegisterBenchmark(("JsonSerializeBaseline/" + s).c_str(), BM_QJsonSerialize, stress)->Unit(ms);
    benchmark::RegisterBenchmark(("JsonImport/" + s).c_str(), BM_JsonImport, stress)->Unit(ms)->UseManualTime();
    benchmark::RegisterBenchmark(("JsonImportCli/" + s).c_str(), BM_JsonImportCli, stress)->Unit(ms)->UseManualTime();
    benchmark::RegisterBenchmark(("JsonValidate/" + s).c_str(), BM_JsonValidate, stress)->Unit(ms);
    benchmark::RegisterBenchmark(("JsonParseBaseline/" + s).c_str(), BM_QJsonParse, stress)->Unit(ms);

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
