// bearings_fuzz_seeds: writes the binary seeds of the fuzz corpora.
//
//   bearings_fuzz_seeds CORPUS_DIR
//   bearings_fuzz_seeds --validate FILE...   what the JSON importer says of
//                                            each file (for hand-made seeds)
//
// corpus/vault: vault files with the passphrase "fuzz" and the cheapest KDF
// parameters (KdfParams::insecureForTests), so the fuzz target can derive
// their key in microseconds: a real empty vault, small files of one and two
// chunks around a plaintext that is not a database, an empty image, and a few
// that are refused (wrong key, newer version, costly KDF, truncated).
// corpus/database_image: serialized databases: empty at the latest schema, a
// short demo, and the same demo at schema version 1 so that the migrations run.
// corpus/json_import: the export of that short demo.
// Everything is deterministic except the random salts and stream headers.
#include "demo/DemoGenerator.h"
#include "exchange/JsonExchange.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "vault/KeyDerivation.h"
#include "vault/Vault.h"
#include "vault/VaultFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <sodium.h>
#include <sqlite3.h>

#include <cstdio>
#include <cstring>

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

namespace {

QString g_root;

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bearings_fuzz_seeds: %s\n", qUtf8Printable(what));
    std::exit(1);
}

template<typename T> T must(Result<T> result, const char *what)
{
    if (!result.ok())
        die(QString::fromUtf8(what) + u": "_s + result.error().detail);
    return std::move(result).value();
}

void write(const QString &target, const QString &name, const QByteArray &data)
{
    QDir().mkpath(g_root + u'/' + target);
    QFile file(g_root + u'/' + target + u'/' + name);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        die(u"cannot write "_s + file.fileName());
    std::printf(
        "%s/%s: %lld bytes\n", qUtf8Printable(target), qUtf8Printable(name), static_cast<long long>(data.size()));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        die(u"cannot read "_s + path);
    return file.readAll();
}

VaultHeader cheapHeader()
{
    VaultHeader h;
    h.kdf = KdfParams::insecureForTests();
    h.salt.fill(0x42);
    h.generation = 1;
    return h;
}

SecureBuffer keyFor(const VaultHeader &h, const QString &passphrase)
{
    KeyDerivation::Salt salt {};
    std::memcpy(salt.data(), h.salt.data(), salt.size());
    return must(KeyDerivation::deriveKey(SecureBuffer::fromPassphrase(passphrase), salt, h.kdf), "derive");
}

QByteArray rehashed(QByteArray file)
{
    const qsizetype end = file.size() - VaultFormat::kTrailerSize;
    file.replace(end, VaultFormat::kTrailerSize, VaultFormat::hash(file.left(end)));
    return file;
}

QByteArray image(Database &db)
{
    return must(db.toImage(), "serialize");
}

// The same database with every schema object that a later migration added
// dropped and user_version set to 1, as an older Bearings would have left it.
QByteArray atSchemaVersion1(const QByteArray &latest)
{
    const auto exec = [](sqlite3 *h, const QString &sql) {
        char *message = nullptr;
        if (sqlite3_exec(h, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK)
            die(u"sqlite: "_s + QString::fromUtf8(message ? message : "?") + u" in "_s + sql);
    };
    const auto objects = [](sqlite3 *h) {
        QList<QPair<QString, QString>> list; // type, name
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(h, "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'", -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW)
            list.append({QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))),
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 1)))});
        sqlite3_finalize(st);
        return list;
    };

    sqlite3 *v1 = nullptr;
    sqlite3_open(":memory:", &v1);
    for (const QString &statement : schema::migrations().front().statements)
        exec(v1, statement);
    QSet<QString> keep;
    for (const auto &[type, name] : objects(v1))
        keep.insert(name);
    sqlite3_close(v1);

    sqlite3 *h = nullptr;
    sqlite3_open(":memory:", &h);
    auto *copy = static_cast<unsigned char *>(sqlite3_malloc64(static_cast<sqlite3_uint64>(latest.size())));
    std::memcpy(copy, latest.constData(), static_cast<size_t>(latest.size()));
    if (sqlite3_deserialize(h, "main", copy, latest.size(), latest.size(),
            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
        != SQLITE_OK)
        die(u"deserialize"_s);
    for (const char *type : {"trigger", "index", "table"}) {
        for (const auto &[t, name] : objects(h)) {
            if (t == QLatin1StringView(type) && !keep.contains(name))
                exec(h, u"DROP %1 IF EXISTS \"%2\""_s.arg(t.toUpper(), name));
        }
    }
    exec(h, u"PRAGMA user_version=1"_s);
    exec(h, u"VACUUM"_s);
    sqlite3_int64 size = 0;
    unsigned char *bytes = sqlite3_serialize(h, "main", &size, 0);
    const QByteArray out(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(size));
    sqlite3_free(bytes);
    sqlite3_close(h);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && qstrcmp(argv[1], "--validate") == 0) {
        for (int i = 2; i < argc; ++i) {
            const QString file = QString::fromLocal8Bit(argv[i]);
            const auto counts = exchange::JsonExchange::validate(readFile(file));
            qsizetype records = 0;
            if (counts.ok()) {
                for (const auto &[key, count] : counts.value())
                    records += count;
            }
            std::printf("%s: %s\n", qUtf8Printable(file),
                counts.ok() ? qUtf8Printable(u"valid, %1 records"_s.arg(records))
                            : qUtf8Printable(counts.error().detail));
        }
        return 0;
    }
    if (argc != 2) {
        std::fprintf(stderr, "usage: bearings_fuzz_seeds CORPUS_DIR | --validate FILE...\n");
        return 2;
    }
    if (sodium_init() < 0)
        die(u"sodium_init"_s);
    g_root = QString::fromLocal8Bit(argv[1]);
    const ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));

    // Vault files.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"seed.vault"_s);
    must(Vault::create(path, u"fuzz"_s, clock, KdfParams::insecureForTests()), "create");
    write(u"vault"_s, u"valid-empty-database.vault"_s, readFile(path));

    const VaultHeader h = cheapHeader();
    const SecureBuffer key = keyFor(h, u"fuzz"_s);
    const QByteArray small = must(VaultFormat::seal("not a database, one chunk", h, key), "seal");
    write(u"vault"_s, u"valid-one-chunk.vault"_s, small);
    write(u"vault"_s, u"valid-empty-image.vault"_s, must(VaultFormat::seal(QByteArray(), h, key), "seal"));
    QByteArray twoChunks(int(VaultFormat::kDefaultChunkSize) + 40, 'b');
    write(u"vault"_s, u"valid-two-chunks.vault"_s, must(VaultFormat::seal(twoChunks, h, key), "seal"));
    write(u"vault"_s, u"wrong-passphrase.vault"_s,
        must(VaultFormat::seal("sealed with another passphrase", h, keyFor(h, u"other"_s)), "seal"));
    QByteArray newer = small;
    newer[8] = 2;
    write(u"vault"_s, u"newer-version.vault"_s, rehashed(newer));
    VaultHeader costly = h;
    costly.kdf = KdfParams::defaults();
    write(u"vault"_s, u"default-kdf.vault"_s, must(VaultFormat::seal("costly parameters", costly, key), "seal"));
    write(u"vault"_s, u"truncated.vault"_s, small.left(small.size() - 9));
    write(u"vault"_s, u"not-a-vault.txt"_s, "BRNGVLT? this is not a vault\n");

    // Database images and the export of a short demo.
    auto empty = must(Database::openNew(clock), "openNew");
    write(u"database_image"_s, u"empty-latest.db"_s, image(*empty));
    auto demo = must(Database::openNew(clock), "openNew");
    DemoOptions options;
    options.seed = 7;
    options.weeks = 2;
    options.relationships = 1;
    options.endDate = QDate(2026, 3, 1);
    must(DemoGenerator::generate(*demo, options), "demo");
    const QByteArray demoImage = image(*demo);
    write(u"database_image"_s, u"demo-latest.db"_s, demoImage);
    write(u"database_image"_s, u"demo-schema-1.db"_s, atSchemaVersion1(demoImage));
    write(u"database_image"_s, u"not-sqlite.bin"_s, QByteArray("SQLite format 3\0", 16) + QByteArray(600, '\x01'));
    write(u"json_import"_s, u"demo.json"_s, must(exchange::JsonExchange::exportJson(*demo, clock.now()), "export"));
    return 0;
}
