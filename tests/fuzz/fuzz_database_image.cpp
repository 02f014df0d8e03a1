// Fuzz target: the decrypted body of a vault, the serialized SQLite image
// (Database::fromImage: SQLite header, application id, schema version,
// integrity and foreign-key checks, migrations), and then what the app does
// with a database it loaded: serialize it again and export it.
//
// A real image can only be changed by someone who holds the key (every chunk
// is authenticated), so this is defence in depth: whatever the bytes, loading
// must refuse cleanly or give a database that works.
#include "FuzzSupport.h"

#include "exchange/JsonExchange.h"
#include "storage/Database.h"

#include <QDateTime>

using namespace bearings;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray image = fuzz::view(data, size);
    auto db = Database::fromImage(image);
    if (!db.ok())
        return 0;
    Database &database = *db.value();
    fuzz::require(database.schemaVersion() == Database::latestSchemaVersion(), "a loaded database was not migrated");
    auto again = database.toImage();
    fuzz::require(again.ok(), "a loaded database cannot be serialized");
    // Exporting reads every table; it may refuse, but must not crash.
    const auto exported
        = exchange::JsonExchange::exportJson(database, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    if (exported.ok())
        (void)exchange::JsonExchange::validate(exported.value());
    (void)exchange::JsonExchange::countRecords(database);
    return 0;
}
