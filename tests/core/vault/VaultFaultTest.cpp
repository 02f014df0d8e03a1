#include "FaultyVaultIo.h"
#include "VaultTestSupport.h"

#include "vault/VaultFormat.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <set>

using namespace bearings;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

namespace {

class VaultFault : public VaultFixture {
protected:
    void SetUp() override
    {
        vault = createVault();
        ASSERT_TRUE(vault);
        vault->setIo(io);
        addPerson(vault->database(), u"Before"_s);
        ASSERT_TRUE(vault->save().ok());
        io.reset();
    }

    // The vault on disk still opens with exactly `expected`, and nothing
    // but the vault and its backup is left in the folder.
    void expectOnDisk(const QStringList &expected, const std::string &what)
    {
        auto opened = openVault();
        ASSERT_TRUE(opened.ok()) << what << ": " << opened.error().detail.toStdString();
        EXPECT_EQ(people(opened.value()->database()), expected) << what;
        EXPECT_EQ(
            QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), (QStringList {u"my.vault"_s, u"my.vault.bak"_s}))
            << what;
    }

    FaultyVaultIo io;
    std::unique_ptr<Vault> vault;
};

} // namespace

TEST_F(VaultFault, FailingAfterAnyNumberOfBytesKeepsEverything)
{
    // How many bytes one save writes (the backup copy, then the new vault).
    addPerson(vault->database(), u"Probe"_s);
    ASSERT_TRUE(vault->save().ok());
    const qint64 total = io.bytesWritten;
    const qint64 fileSize = fileBytes(path).size();
    ASSERT_EQ(io.writes, 2);
    ASSERT_GT(total, fileSize);

    // Every N near the start of each file and at the boundaries; a spread
    // of N through the rest (each N is a full save and re-open).
    std::set<qint64> points;
    for (qint64 n = 0; n < 100; ++n) {
        points.insert(n);
        points.insert(total - fileSize + n);
    }
    for (qint64 d = -2; d <= 2; ++d) {
        points.insert(total - fileSize + d);
        points.insert(total - 1 + d);
    }
    for (qint64 n = 0; n < total; n += 4093)
        points.insert(n);

    QStringList expected {u"Before"_s, u"Probe"_s};
    ASSERT_GT(points.size(), 200u);
    int i = 0;
    for (const qint64 n : points) {
        if (n < 0 || n >= total)
            continue;
        const std::string what = "failing after " + std::to_string(n) + " bytes";
        const QByteArray before = fileBytes(path);
        const QString name = u"P%1"_s.arg(i++);
        addPerson(vault->database(), name);
        io.reset();
        io.failAfterBytes = n;
        io.reportDiskFull = (n % 2) == 0;
        const Status s = vault->save();
        ASSERT_FALSE(s.ok()) << what;
        EXPECT_EQ(s.error().code, ErrorCode::Io) << what;
        if (io.reportDiskFull) {
            EXPECT_TRUE(s.error().message.contains(u"disk is full"_s)) << what;
        }
        EXPECT_TRUE(vault->hasUnsavedChanges()) << what;
        // The vault file is byte for byte what it was and still opens.
        EXPECT_EQ(fileBytes(path), before) << what;
        expectOnDisk(expected, what);
        // Everything is still in memory...
        QStringList inMemory = expected;
        inMemory << name;
        inMemory.sort();
        EXPECT_EQ(people(vault->database()), inMemory) << what;
        // ...and once the disk has room again, the save goes through.
        io.reset();
        ASSERT_TRUE(vault->save().ok()) << what;
        expected = inMemory;
        if (i % 16 == 0)
            expectOnDisk(expected, what + " then saving");
        if (HasFatalFailure())
            return;
    }
    expectOnDisk(expected, "at the end");
    // For docs/RELIABILITY.md (scripts/reliability.sh).
    std::printf("[  counts  ] save failures injected through VaultIo (out of %lld bytes a save writes): %d\n",
        static_cast<long long>(total), i);
    RecordProperty("injected save failures", i);
}

TEST_F(VaultFault, DirectorySyncFailuresRestoreThePreviousFile)
{
    for (int call : {1, 2}) {
        const std::string what = "sync call " + std::to_string(call);
        const QByteArray before = fileBytes(path);
        addPerson(vault->database(), u"Sync%1"_s.arg(call));
        io.reset();
        io.failSyncCall = call;
        const Status s = vault->save();
        ASSERT_FALSE(s.ok()) << what;
        EXPECT_EQ(s.error().code, ErrorCode::Io) << what;
        EXPECT_EQ(fileBytes(path), before) << what;
        io.reset();
        ASSERT_TRUE(vault->save().ok()) << what;
    }
    expectOnDisk({u"Before"_s, u"Sync1"_s, u"Sync2"_s}, "after sync failures");
}

TEST_F(VaultFault, ASilentlyCorruptedWriteIsCaughtAndUndone)
{
    const QByteArray before = fileBytes(path);
    addPerson(vault->database(), u"After"_s);
    // The first write is the backup copy; corrupt the second, the vault.
    int writes = 0;
    io.duringWrite = [&] {
        if (++writes == 2)
            io.corruptNextWrite = true;
    };
    const Status s = vault->save();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Io);
    EXPECT_EQ(fileBytes(path), before);
    expectOnDisk({u"Before"_s}, "after a corrupted write");
    io.reset();
    ASSERT_TRUE(vault->save().ok());
    expectOnDisk({u"After"_s, u"Before"_s}, "after saving again");
}

TEST_F(VaultFault, AFailedReadBackIsAnError)
{
    const QByteArray before = fileBytes(path);
    addPerson(vault->database(), u"After"_s);
    io.failReadCall = 2; // 1: the check before saving, 2: the read-back
    const Status s = vault->save();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Io);
    EXPECT_EQ(fileBytes(path), before);
    io.reset();
    ASSERT_TRUE(vault->save().ok());
    expectOnDisk({u"After"_s, u"Before"_s}, "after saving again");

    io.reset();
    io.failReadCall = 1; // the current vault cannot be read: nothing is written
    addPerson(vault->database(), u"Later"_s);
    const QByteArray now = fileBytes(path);
    EXPECT_EQ(vault->save().error().code, ErrorCode::Io);
    EXPECT_EQ(io.writes, 0);
    EXPECT_EQ(fileBytes(path), now);
}

TEST_F(VaultFault, SavesNeverOverlap)
{
    Status inner;
    bool called = false;
    io.duringWrite = [&] {
        if (!called) {
            called = true;
            inner = vault->save();
        }
    };
    addPerson(vault->database(), u"After"_s);
    ASSERT_TRUE(vault->save().ok());
    ASSERT_TRUE(called);
    ASSERT_FALSE(inner.ok());
    EXPECT_EQ(inner.error().code, ErrorCode::Conflict);
}

TEST_F(VaultFault, ChangePassphraseFailuresNeverLeaveTheOldPassphraseBehind)
{
    const QByteArray before = fileBytes(path);
    const QByteArray backupBefore = fileBytes(Vault::backupPath(path));
    // Writing the vault fails: nothing changes at all.
    io.failAfterBytes = 10;
    const Status s = vault->changePassphrase(u"correct horse"_s, u"new words"_s);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Io);
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_EQ(fileBytes(Vault::backupPath(path)), backupBefore);
    EXPECT_TRUE(openVault(u"correct horse"_s).ok());

    // Writing the backup fails: the vault has the new passphrase and the
    // old backup is removed, not left opening with the old one.
    io.reset();
    io.failAfterBytes = before.size() + 10;
    ASSERT_TRUE(vault->changePassphrase(u"correct horse"_s, u"new words"_s).ok());
    EXPECT_TRUE(openVault(u"new words"_s).ok());
    EXPECT_EQ(openVault(u"correct horse"_s).error().code, ErrorCode::WrongPassphrase);
    EXPECT_FALSE(QFileInfo::exists(Vault::backupPath(path)));
    // The next save makes a new backup.
    io.reset();
    addPerson(vault->database(), u"After"_s);
    ASSERT_TRUE(vault->save().ok());
    EXPECT_TRUE(Vault::openBackup(path, u"new words"_s, clock).ok());
}
