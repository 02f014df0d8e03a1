// Fuzz target: the JSON importer (docs/EXCHANGE_FORMAT.md, "Import rules").
//
// Whatever the bytes, validation refuses cleanly (Invalid or Unsupported) or
// accepts; and a file it accepts must import, into an empty vault and with
// --replace over itself, with the counts it promised. What the vault then
// exports must validate, hold the same counts, and survive a second round
// unchanged: export(import(export)) == export.
#include "FuzzSupport.h"

#include "exchange/JsonExchange.h"
#include "storage/Database.h"

using namespace bearings;
using namespace bearings::exchange;
using namespace Qt::Literals::StringLiterals;

namespace {

const ManualClock &fixedClock()
{
    static const ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    return clock;
}

QString describe(const Error &error)
{
    return error.message + u" / "_s + error.detail;
}

std::unique_ptr<Database> emptyDatabase()
{
    auto db = Database::openNew(fixedClock());
    fuzz::require(db.ok(), "a new database could not be made");
    return std::move(db).value();
}

QByteArray exported(const Database &db)
{
    auto json = JsonExchange::exportJson(db, fixedClock().now());
    fuzz::require(json.ok(), "export failed", json.ok() ? QString() : describe(json.error()));
    return json.value();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray json = fuzz::view(data, size);
    auto validated = JsonExchange::validate(json);
    if (!validated.ok()) {
        const ErrorCode code = validated.error().code;
        fuzz::require(code == ErrorCode::Invalid || code == ErrorCode::Unsupported, "validate: unexpected error code",
            describe(validated.error()));
        return 0;
    }
    const RecordCounts counts = validated.value();

    auto db = emptyDatabase();
    auto imported = JsonExchange::importJson(*db, json, ImportMode::IntoEmpty);
    fuzz::require(
        imported.ok(), "a file that validates does not import", imported.ok() ? QString() : describe(imported.error()));
    fuzz::require(imported.value() == counts, "import counts differ from validate counts");
    auto stored = JsonExchange::countRecords(*db);
    fuzz::require(stored.ok() && stored.value() == counts, "the vault does not hold what the import reported");

    auto replaced = JsonExchange::importJson(*db, json, ImportMode::Replace);
    fuzz::require(
        replaced.ok(), "--replace with the same file failed", replaced.ok() ? QString() : describe(replaced.error()));

    const QByteArray first = exported(*db);
    auto revalidated = JsonExchange::validate(first);
    fuzz::require(revalidated.ok(), "the export of an imported file does not validate",
        revalidated.ok() ? QString() : describe(revalidated.error()));
    fuzz::require(revalidated.value() == counts, "the export holds other counts than the import");

    auto second = emptyDatabase();
    auto reimported = JsonExchange::importJson(*second, first, ImportMode::IntoEmpty);
    fuzz::require(reimported.ok(), "the export of an imported file does not import",
        reimported.ok() ? QString() : describe(reimported.error()));
    fuzz::require(exported(*second) == first, "export, import, export is not stable");
    return 0;
}
