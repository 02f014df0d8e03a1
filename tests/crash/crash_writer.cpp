// bearings_crash_writer: the process the crash-injection test kills.
//
//   bearings_crash_writer VAULT             create VAULT if missing (cheap KDF),
//                                           then add and save records forever,
//                                           printing "opened", then each
//                                           acknowledged counter on its own line
//   bearings_crash_writer --create VAULT    create VAULT and exit
//   bearings_crash_writer --verify VAULT    clean up stale temporaries, open
//                                           VAULT (and its backup) and report
//   bearings_crash_writer --save-once VAULT clean up, open VAULT, add the next
//                                           record and save once (disk_full.sh)
//
// CRASH_WRITER_NOTE_BYTES=N pads each new record's notes with N more bytes,
// so that every save makes the vault larger (disk_full.sh).
//
// Each save adds the relationship "crash-<n>" and, in the same transaction,
// removes "crash-<n - kKeep>" (keeping kKeep records), so the vault stays small however long the test
// runs and every vault on disk must hold a gap-free run of counters ending at
// its highest one. The writer resumes from the highest counter on disk.
//
// --save-once prints "opened", then the counter if the save was acknowledged,
//   and exits 0 when it was, 5 when the save failed with ErrorCode::Io (the
//   error on stderr), 2 or 3 for any other failure, as the writing loop does.
//
// --verify prints one line "main HIGHEST COUNT backup HIGHEST|none" and exits
//   0  the vault opened from the main file and its records are consistent
//   1  usage error
//   2  the main file did not open (stderr says why and whether the backup did)
//   3  the main file opened but the records are not a gap-free run
//   4  the main file is fine but the backup exists and does not open or is
//      newer than the main file
#include "relationships/RelationshipRepository.h"
#include "storage/Database.h"
#include "vault/KdfParams.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <set>

using namespace Qt::Literals::StringLiterals;
using namespace bearings;

namespace {

constexpr qint64 kKeep = 20;
// An unkilled writer stops by itself, so a driver that died cannot leave it
// running for ever.
constexpr auto kMaxRunTime = std::chrono::seconds(120);

QString passphrase()
{
    return u"crash test passphrase"_s;
}

void report(const char *what, const Error &error)
{
    std::fprintf(
        stderr, "crash_writer: %s: %s (%s)\n", what, qUtf8Printable(error.message), qUtf8Printable(error.detail));
}

// Every relationship in the vault, or nullopt on failure.
std::optional<QList<Relationship>> crashRelationships(Database &db)
{
    auto list = RelationshipRepository(db).list(true);
    if (!list.ok()) {
        report("listing relationships", list.error());
        return std::nullopt;
    }
    return list.value();
}

std::optional<qint64> counterOf(const Relationship &r)
{
    static const QRegularExpression pattern(u"^crash-(\\d+)$"_s);
    const auto match = pattern.match(r.name);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

std::set<qint64> countersIn(const QList<Relationship> &all)
{
    std::set<qint64> counters;
    for (const Relationship &r : all)
        if (auto n = counterOf(r))
            counters.insert(*n);
    return counters;
}

// Adds "crash-<n>" and removes the records older than kKeep, in one
// transaction.
Status addRecord(Database &db, qint64 n)
{
    return db.write([&db, n]() -> Status {
        RelationshipRepository repo(db);
        Relationship r;
        r.name = u"crash-%1"_s.arg(n);
        r.kind = RelationshipKind::Other;
        static const int padding = qEnvironmentVariableIntValue("CRASH_WRITER_NOTE_BYTES");
        r.notes = u"written by the crash-injection test"_s + QString(padding, u'n');
        if (auto added = repo.add(r); !added.ok())
            return added.error();
        auto all = repo.list(true);
        if (!all.ok())
            return all.error();
        for (const Relationship &old : all.value()) {
            const auto counter = counterOf(old);
            if (counter && *counter <= n - kKeep)
                if (Status s = repo.remove(old.id); !s.ok())
                    return s;
        }
        return {};
    });
}

int writeForever(const QString &path, bool once)
{
    std::unique_ptr<Vault> vault;
    if (!QFileInfo::exists(path)) {
        auto created = Vault::create(path, passphrase(), Clock::system(), KdfParams::insecureForTests());
        if (!created.ok()) {
            report("create", created.error());
            return 2;
        }
        vault = std::move(created).value();
    } else {
        Vault::cleanupStaleTempFiles(path);
        auto opened = Vault::open(path, passphrase());
        if (!opened.ok()) {
            report("open", opened.error());
            return 2;
        }
        vault = std::move(opened).value();
    }
    Database &db = vault->database();
    auto existing = crashRelationships(db);
    if (!existing)
        return 2;
    const std::set<qint64> counters = countersIn(*existing);
    qint64 next = counters.empty() ? 1 : *counters.rbegin() + 1;
    // Not a number, so the driver can tell a kill during start-up from one
    // during the save loop.
    std::printf("opened\n");
    std::fflush(stdout);

    const auto start = std::chrono::steady_clock::now();
    while (std::chrono::steady_clock::now() - start < kMaxRunTime) {
        const qint64 n = next;
        if (Status wrote = addRecord(db, n); !wrote.ok()) {
            report("write", wrote.error());
            return 3;
        }
        if (Status s = vault->save(); !s.ok()) {
            report("save", s.error());
            return once && s.error().code == ErrorCode::Io ? 5 : 3;
        }
        // Acknowledged: the save returned success.
        std::printf("%lld\n", static_cast<long long>(n));
        std::fflush(stdout);
        if (once)
            break;
        ++next;
    }
    return 0;
}

int verify(const QString &path)
{
    Vault::cleanupStaleTempFiles(path);
    auto opened = Vault::open(path, passphrase());
    if (!opened.ok()) {
        report("open main file", opened.error());
        auto backup = Vault::openBackup(path, passphrase());
        std::fprintf(stderr, "crash_writer: the backup %s\n", backup.ok() ? "opens" : "does not open either");
        return 2;
    }
    auto main = crashRelationships(opened.value()->database());
    if (!main)
        return 3;
    const std::set<qint64> counters = countersIn(*main);
    const qint64 highest = counters.empty() ? 0 : *counters.rbegin();
    const qint64 count = static_cast<qint64>(counters.size());
    const qint64 expectedCount = std::min(highest, kKeep);
    const bool gapFree = count == static_cast<qint64>(main->size()) && count == expectedCount
        && (counters.empty() || *counters.begin() == highest - count + 1);
    opened.value().reset();

    QString backupState = u"none"_s;
    bool backupOk = true;
    if (QFileInfo::exists(Vault::backupPath(path))) {
        auto backup = Vault::openBackup(path, passphrase());
        if (!backup.ok()) {
            report("open backup", backup.error());
            backupOk = false;
            backupState = u"broken"_s;
        } else if (auto rels = crashRelationships(backup.value()->database())) {
            const std::set<qint64> b = countersIn(*rels);
            const qint64 backupHighest = b.empty() ? 0 : *b.rbegin();
            backupState = QString::number(backupHighest);
            if (backupHighest > highest) {
                std::fprintf(stderr, "crash_writer: the backup (%lld) is newer than the vault (%lld)\n",
                    static_cast<long long>(backupHighest), static_cast<long long>(highest));
                backupOk = false;
            }
        } else {
            backupOk = false;
        }
    }
    std::printf("main %lld %lld backup %s\n", static_cast<long long>(highest), static_cast<long long>(count),
        qUtf8Printable(backupState));
    std::fflush(stdout);
    if (!gapFree) {
        std::fprintf(stderr, "crash_writer: records are not a gap-free run ending at %lld (%lld of %lld records)\n",
            static_cast<long long>(highest), static_cast<long long>(count), static_cast<long long>(main->size()));
        return 3;
    }
    return backupOk ? 0 : 4;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 2 && !args.at(1).startsWith(u'-'))
        return writeForever(args.at(1), false);
    if (args.size() == 3 && args.at(1) == u"--save-once"_s)
        return writeForever(args.at(2), true);
    if (args.size() == 3 && args.at(1) == u"--verify"_s)
        return verify(args.at(2));
    if (args.size() == 3 && args.at(1) == u"--create"_s) {
        auto created = Vault::create(args.at(2), passphrase(), Clock::system(), KdfParams::insecureForTests());
        if (!created.ok()) {
            report("create", created.error());
            return 2;
        }
        return 0;
    }
    std::fprintf(stderr, "usage: bearings_crash_writer [--verify | --create | --save-once] VAULT\n");
    return 1;
}
