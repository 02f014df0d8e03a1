#include "VaultTestSupport.h"

#include "vault/KeyDerivation.h"
#include "vault/VaultFormat.h"

#include <QDir>
#include <QFileInfo>

#include <sodium.h>

using namespace bearings;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

namespace {

class VaultTest : public VaultFixture { };

// Rewrites the trailer so that a deliberately edited file passes the hash.
QByteArray rehash(QByteArray file)
{
    const qsizetype end = file.size() - VaultFormat::kTrailerSize;
    file.replace(end, VaultFormat::kTrailerSize, VaultFormat::hash(file.left(end)));
    return file;
}

template<typename T> void putLe(QByteArray &file, qsizetype offset, T value)
{
    for (std::size_t i = 0; i < sizeof(T); ++i)
        file[offset + static_cast<qsizetype>(i)] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

} // namespace

TEST_F(VaultTest, CreateSaveOpenKeepsTheData)
{
    auto vault = createVault();
    ASSERT_TRUE(vault);
    EXPECT_FALSE(vault->isLocked());
    EXPECT_EQ(vault->path(), path);
    EXPECT_FALSE(vault->hasUnsavedChanges());
    addPerson(vault->database(), u"Sam"_s);
    addPerson(vault->database(), u"Alex \u00e9\u2603"_s);
    EXPECT_TRUE(vault->hasUnsavedChanges());
    ASSERT_TRUE(vault->save().ok());
    EXPECT_EQ(vault->savedGeneration(), vault->database().generation());
    EXPECT_FALSE(vault->hasUnsavedChanges());
    EXPECT_EQ(vault->header().generation, 2u);

    auto opened = openVault();
    ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    EXPECT_EQ(people(opened.value()->database()), (QStringList {u"Alex \u00e9\u2603"_s, u"Sam"_s}));
    EXPECT_FALSE(opened.value()->hasUnsavedChanges());
    EXPECT_EQ(opened.value()->header().generation, 2u);
    // Only the vault and its backup exist; no plaintext or temp files.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), (QStringList {u"my.vault"_s, u"my.vault.bak"_s}));
#ifdef Q_OS_UNIX
    EXPECT_EQ(
        QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
        QFile::Permissions());
#endif
}

TEST_F(VaultTest, WrongPassphraseIsReportedAndTouchesNothing)
{
    auto vault = createVault();
    ASSERT_TRUE(vault);
    addPerson(vault->database(), u"Sam"_s);
    ASSERT_TRUE(vault->save().ok());
    const QByteArray before = fileBytes(path);
    const QByteArray backupBefore = fileBytes(Vault::backupPath(path));
    for (const QString &wrong : {u"correct horsE"_s, u""_s, u"correct horse "_s}) {
        auto opened = openVault(wrong);
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().code, ErrorCode::WrongPassphrase);
        EXPECT_FALSE(opened.error().message.isEmpty());
    }
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_EQ(fileBytes(Vault::backupPath(path)), backupBefore);
}

TEST_F(VaultTest, CreateRefusesExistingFilesAndEmptyPassphrases)
{
    ASSERT_TRUE(writeBytes(path, "someone's file"));
    auto clash = Vault::create(path, u"pass"_s, clock, KdfParams::insecureForTests());
    ASSERT_FALSE(clash.ok());
    EXPECT_EQ(clash.error().code, ErrorCode::Conflict);
    EXPECT_EQ(fileBytes(path), QByteArray("someone's file"));

    auto empty = Vault::create(dir.filePath(u"other.vault"_s), QString(), clock, KdfParams::insecureForTests());
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, ErrorCode::Invalid);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(u"other.vault"_s)));
}

TEST(VaultKdf, NewVaultsGetTheModerateDefaults)
{
    EXPECT_EQ(KdfParams::defaults().opsLimit, 3u);
    EXPECT_EQ(KdfParams::defaults().memLimit, 256u * 1024 * 1024);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"default.vault"_s);
    auto vault = Vault::create(path, u"a real passphrase"_s); // runs the real KDF once (~0.5 s)
    ASSERT_TRUE(vault.ok()) << vault.error().detail.toStdString();
    auto header = VaultFormat::inspect(fileBytes(path));
    ASSERT_TRUE(header.ok());
    EXPECT_EQ(header.value().kdf.opsLimit, 3u);
    EXPECT_EQ(header.value().kdf.memLimit, 268435456u);
    EXPECT_EQ(header.value().kdfId, 1);
    EXPECT_EQ(header.value().version, 1);
    EXPECT_EQ(header.value().chunkSize, 65536u);
}

TEST_F(VaultTest, HostileKdfParametersAreRefusedBeforeTheKdfRuns)
{
    auto vault = createVault();
    ASSERT_TRUE(vault);
    vault.reset();
    const QByteArray good = fileBytes(path);
    struct Case {
        const char *name;
        qsizetype offset;
        int width;
        quint64 value;
    };
    const Case cases[] = {
        {"ops 11", 11, 8, 11},
        {"ops 0", 11, 8, 0},
        {"ops huge", 11, 8, ~0ULL},
        {"mem 2 GiB", 19, 8, 2ULL * 1024 * 1024 * 1024},
        {"mem 4 KiB", 19, 8, 4096},
        {"kdf id 2", 10, 1, 2},
        {"kdf id 0", 10, 1, 0},
        {"chunk 1 KiB", 51, 4, 1024},
        {"chunk 2 MiB", 51, 4, 2 * 1024 * 1024},
    };
    for (const Case &c : cases) {
        QByteArray bad = good;
        if (c.width == 8)
            putLe<quint64>(bad, c.offset, c.value);
        else if (c.width == 4)
            putLe<quint32>(bad, c.offset, static_cast<quint32>(c.value));
        else
            putLe<quint8>(bad, c.offset, static_cast<quint8>(c.value));
        ASSERT_TRUE(writeBytes(path, rehash(bad)));
        const quint64 runsBefore = KeyDerivation::runCount();
        auto opened = openVault();
        ASSERT_FALSE(opened.ok()) << c.name;
        EXPECT_EQ(opened.error().code, ErrorCode::Damaged) << c.name;
        EXPECT_EQ(KeyDerivation::runCount(), runsBefore) << c.name << ": the KDF ran";
    }
}

TEST_F(VaultTest, AFutureVersionIsUnsupported)
{
    auto vault = createVault();
    ASSERT_TRUE(vault);
    vault.reset();
    QByteArray file = fileBytes(path);
    putLe<quint16>(file, 8, 2);
    ASSERT_TRUE(writeBytes(path, rehash(file)));
    const QByteArray before = fileBytes(path);
    auto opened = openVault();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::Unsupported);
    EXPECT_EQ(fileBytes(path), before);
}

TEST_F(VaultTest, OtherFormatsGetClearErrorsAndStayUntouched)
{
    // An SQLite database file.
    {
        auto db = Database::openNew(clock);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(writeBytes(dir.filePath(u"sqlite.vault"_s), db.value()->toImage().value()));
    }
    ASSERT_TRUE(writeBytes(dir.filePath(u"json.vault"_s), R"({"format":"bearings","version":1})"));
    QByteArray random(4096, '\0');
    randombytes_buf(random.data(), static_cast<size_t>(random.size()));
    ASSERT_TRUE(writeBytes(dir.filePath(u"random.vault"_s), random));
    ASSERT_TRUE(writeBytes(dir.filePath(u"empty.vault"_s), QByteArray()));
    ASSERT_TRUE(writeBytes(dir.filePath(u"magic-only.vault"_s), QByteArray("BRNGVLT\0", 8)));
    ASSERT_TRUE(QDir(dir.path()).mkdir(u"folder.vault"_s));

    const struct {
        QString name;
        ErrorCode code;
    } cases[] = {
        {u"sqlite.vault"_s, ErrorCode::Damaged},
        {u"json.vault"_s, ErrorCode::Damaged},
        {u"random.vault"_s, ErrorCode::Damaged},
        {u"empty.vault"_s, ErrorCode::Damaged},
        {u"magic-only.vault"_s, ErrorCode::Damaged},
        {u"folder.vault"_s, ErrorCode::Io},
        {u"missing.vault"_s, ErrorCode::Io},
    };
    for (const auto &c : cases) {
        const QString p = dir.filePath(c.name);
        const QByteArray before = fileBytes(p);
        auto opened = Vault::open(p, u"pass"_s, clock);
        ASSERT_FALSE(opened.ok()) << c.name.toStdString();
        EXPECT_EQ(opened.error().code, c.code) << c.name.toStdString();
        EXPECT_FALSE(opened.error().message.isEmpty());
        EXPECT_EQ(fileBytes(p), before) << c.name.toStdString();
        EXPECT_FALSE(QFileInfo::exists(Vault::backupPath(p))) << c.name.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(u"missing.vault"_s)));
}

TEST_F(VaultTest, BackupHoldsThePreviousGeneration)
{
    auto vault = createVault();
    ASSERT_TRUE(vault);
    EXPECT_FALSE(QFileInfo::exists(Vault::backupPath(path)));
    addPerson(vault->database(), u"First"_s);
    ASSERT_TRUE(vault->save().ok());
    addPerson(vault->database(), u"Second"_s);
    ASSERT_TRUE(vault->save().ok());
    EXPECT_EQ(Vault::backupPath(path), path + u".bak"_s);

    auto backup = Vault::openBackup(path, u"correct horse"_s, clock);
    ASSERT_TRUE(backup.ok()) << backup.error().detail.toStdString();
    EXPECT_EQ(people(backup.value()->database()), QStringList {u"First"_s});
    EXPECT_EQ(backup.value()->header().generation, 2u);
    EXPECT_EQ(backup.value()->path(), path);
    auto main = openVault();
    ASSERT_TRUE(main.ok());
    EXPECT_EQ(people(main.value()->database()), (QStringList {u"First"_s, u"Second"_s}));
    EXPECT_EQ(main.value()->header().generation, 3u);
}

TEST_F(VaultTest, OpenBackupRescuesADamagedVault)
{
    auto vault = createVault();
    ASSERT_TRUE(vault);
    addPerson(vault->database(), u"Kept"_s);
    ASSERT_TRUE(vault->save().ok());
    addPerson(vault->database(), u"Lost"_s);
    ASSERT_TRUE(vault->save().ok());
    vault.reset();

    QByteArray damaged = fileBytes(path);
    damaged[damaged.size() / 2] = static_cast<char>(damaged[damaged.size() / 2] ^ 0x01);
    ASSERT_TRUE(writeBytes(path, damaged));
    auto opened = openVault();
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::Damaged);
    EXPECT_EQ(fileBytes(path), damaged); // a failed open writes nothing

    const QByteArray backupBytes = fileBytes(Vault::backupPath(path));
    auto rescued = Vault::openBackup(path, u"correct horse"_s, clock);
    ASSERT_TRUE(rescued.ok()) << rescued.error().detail.toStdString();
    EXPECT_EQ(people(rescued.value()->database()), QStringList {u"Kept"_s});
    // Saving the rescued vault writes the main file and keeps the backup.
    addPerson(rescued.value()->database(), u"Again"_s);
    ASSERT_TRUE(rescued.value()->save().ok());
    EXPECT_EQ(fileBytes(Vault::backupPath(path)), backupBytes);
    auto reopened = openVault();
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(people(reopened.value()->database()), (QStringList {u"Again"_s, u"Kept"_s}));
}

TEST_F(VaultTest, ChangePassphraseReencryptsVaultAndBackup)
{
    auto vault = createVault(u"old words"_s);
    ASSERT_TRUE(vault);
    addPerson(vault->database(), u"One"_s);
    ASSERT_TRUE(vault->save().ok());
    addPerson(vault->database(), u"Two"_s);
    ASSERT_TRUE(vault->save().ok());

    const Status wrong = vault->changePassphrase(u"not the old words"_s, u"new words"_s);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::WrongPassphrase);
    EXPECT_EQ(vault->changePassphrase(u"old words"_s, QString()).error().code, ErrorCode::Invalid);

    ASSERT_TRUE(vault->changePassphrase(u"old words"_s, u"new words"_s).ok());
    const QString backup = Vault::backupPath(path);
    EXPECT_EQ(openVault(u"old words"_s).error().code, ErrorCode::WrongPassphrase);
    EXPECT_EQ(Vault::openBackup(path, u"old words"_s, clock).error().code, ErrorCode::WrongPassphrase);
    auto main = openVault(u"new words"_s);
    ASSERT_TRUE(main.ok());
    EXPECT_EQ(people(main.value()->database()), (QStringList {u"One"_s, u"Two"_s}));
    auto back = Vault::openBackup(path, u"new words"_s, clock);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(people(back.value()->database()), QStringList {u"One"_s}); // still the previous generation

    // The vault keeps working with the new key.
    addPerson(vault->database(), u"Three"_s);
    ASSERT_TRUE(vault->save().ok());
    auto after = openVault(u"new words"_s);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(people(after.value()->database()).size(), 3);
    EXPECT_EQ(Vault::openBackup(path, u"old words"_s, clock).error().code, ErrorCode::WrongPassphrase);
}

TEST_F(VaultTest, LockWipesAndRefusesToSave)
{
    auto vault = createVault();
    ASSERT_TRUE(vault);
    addPerson(vault->database(), u"Unsaved"_s);
    const QByteArray before = fileBytes(path);
    vault->lock();
    EXPECT_TRUE(vault->isLocked());
    EXPECT_FALSE(vault->hasUnsavedChanges());
    const Status s = vault->save();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Invalid);
    EXPECT_EQ(vault->changePassphrase(u"correct horse"_s, u"x"_s).error().code, ErrorCode::Invalid);
    EXPECT_EQ(fileBytes(path), before);
    vault->lock(); // twice is harmless
}

TEST_F(VaultTest, RefusesToOverwriteAFileChangedElsewhere)
{
    auto vault = createVault();
    ASSERT_TRUE(vault);
    EXPECT_EQ(Vault::create(path, u"x"_s, clock, KdfParams::insecureForTests()).error().code, ErrorCode::Conflict);
    // Someone replaces the vault file with another vault.
    const QString elsewhere = dir.filePath(u"elsewhere.vault"_s);
    ASSERT_TRUE(Vault::create(elsewhere, u"p"_s, clock, KdfParams::insecureForTests()).ok());
    ASSERT_TRUE(writeBytes(path, fileBytes(elsewhere)));
    const QByteArray foreign = fileBytes(path);
    addPerson(vault->database(), u"Mine"_s);
    const Status s = vault->save();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Conflict);
    EXPECT_EQ(fileBytes(path), foreign);
    EXPECT_EQ(people(vault->database()), QStringList {u"Mine"_s});
}

TEST_F(VaultTest, KeepingMyVersionAfterAConflictKeepsTheOtherAsTheBackup)
{
    // A sync tool puts back an older copy of this same vault.
    auto vault = createVault();
    ASSERT_TRUE(vault);
    addPerson(vault->database(), u"Old"_s);
    ASSERT_TRUE(vault->save().ok());
    const QByteArray older = fileBytes(path);
    addPerson(vault->database(), u"New"_s);
    ASSERT_TRUE(vault->save().ok());
    ASSERT_TRUE(writeBytes(path, older));
    addPerson(vault->database(), u"Newest"_s);
    ASSERT_EQ(vault->save().error().code, ErrorCode::Conflict);

    vault->overwriteChangesOnDisk();
    ASSERT_TRUE(vault->save().ok());
    auto opened = openVault();
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(people(opened.value()->database()), (QStringList {u"New"_s, u"Newest"_s, u"Old"_s}));
    // The version that was on disk is the backup now, not lost.
    EXPECT_EQ(fileBytes(Vault::backupPath(path)), older);
    // Only once: a later change on disk is refused again.
    ASSERT_TRUE(writeBytes(path, older));
    addPerson(vault->database(), u"Later"_s);
    EXPECT_EQ(vault->save().error().code, ErrorCode::Conflict);
}

TEST_F(VaultTest, KeepingMyVersionOverAnotherVaultKeepsTheGoodBackup)
{
    // The file on disk is a different vault (another key): it does not
    // decrypt with this vault's key, so it must not become the backup.
    auto vault = createVault();
    ASSERT_TRUE(vault);
    addPerson(vault->database(), u"First"_s);
    ASSERT_TRUE(vault->save().ok());
    addPerson(vault->database(), u"Second"_s);
    ASSERT_TRUE(vault->save().ok());
    const QByteArray goodBackup = fileBytes(Vault::backupPath(path));
    const QString elsewhere = dir.filePath(u"elsewhere.vault"_s);
    ASSERT_TRUE(Vault::create(elsewhere, u"other"_s, clock, KdfParams::insecureForTests()).ok());
    ASSERT_TRUE(writeBytes(path, fileBytes(elsewhere)));
    addPerson(vault->database(), u"Third"_s);
    ASSERT_EQ(vault->save().error().code, ErrorCode::Conflict);

    vault->overwriteChangesOnDisk();
    ASSERT_TRUE(vault->save().ok());
    EXPECT_EQ(fileBytes(Vault::backupPath(path)), goodBackup);
    auto opened = openVault();
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(people(opened.value()->database()), (QStringList {u"First"_s, u"Second"_s, u"Third"_s}));
    // From here on the vault is on its own file again: the next save keeps
    // the file it just wrote as the backup.
    const QByteArray written = fileBytes(path);
    addPerson(vault->database(), u"Fourth"_s);
    ASSERT_TRUE(vault->save().ok());
    EXPECT_EQ(fileBytes(Vault::backupPath(path)), written);
}

TEST_F(VaultTest, AMissingFileIsWrittenAgain)
{
    auto vault = createVault();
    ASSERT_TRUE(vault);
    ASSERT_TRUE(QFile::remove(path));
    addPerson(vault->database(), u"Back"_s);
    ASSERT_TRUE(vault->save().ok());
    auto opened = openVault();
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(people(opened.value()->database()), QStringList {u"Back"_s});
}

TEST_F(VaultTest, SignalsReportSaves)
{
    auto vault = createVault();
    ASSERT_TRUE(vault);
    int saved = 0;
    int failed = 0;
    QObject::connect(vault.get(), &Vault::saved, vault.get(), [&] { ++saved; });
    QObject::connect(vault.get(), &Vault::saveFailed, vault.get(), [&](const Error &) { ++failed; });
    ASSERT_TRUE(vault->save().ok());
    EXPECT_EQ(saved, 1);
    ASSERT_TRUE(QFile::remove(path));
    ASSERT_TRUE(QDir(dir.path()).mkdir(u"my.vault"_s)); // a folder where the vault was
    EXPECT_FALSE(vault->save().ok());
    EXPECT_EQ(failed, 1);
}

TEST_F(VaultTest, CleansUpStaleTempFilesOnly)
{
    auto vault = createVault();
    ASSERT_TRUE(vault);
    vault.reset();
    const QDir d(dir.path());
    ASSERT_TRUE(writeBytes(dir.filePath(u"my.vault.Ab3xYz"_s), QByteArray("BRNGVLT\0partial", 15)));
    ASSERT_TRUE(writeBytes(dir.filePath(u"my.vault.bak.q1W2e3"_s), QByteArray()));
    ASSERT_TRUE(writeBytes(dir.filePath(u"my.vault.backup"_s), QByteArray("my own notes")));    // not ours
    ASSERT_TRUE(writeBytes(dir.filePath(u"other.vault.Ab3xYz"_s), QByteArray("BRNGVLT\0", 8))); // other name
    ASSERT_TRUE(writeBytes(dir.filePath(u"my.vault.toolong7"_s), QByteArray()));
    Vault::cleanupStaleTempFiles(path);
    EXPECT_EQ(d.entryList(QDir::Files | QDir::Hidden, QDir::Name),
        (QStringList {u"my.vault"_s, u"my.vault.backup"_s, u"my.vault.toolong7"_s, u"other.vault.Ab3xYz"_s}));
    EXPECT_TRUE(openVault().ok());
}

TEST_F(VaultTest, CleanupKeepsAnOlderCopyThatLooksLikeATempFile)
{
    // A person's own copy of an earlier save, named like a temp file, stays;
    // an intact file as new as the vault (an interrupted save) goes.
    auto vault = createVault();
    ASSERT_TRUE(vault);
    const QByteArray older = fileBytes(path);
    ASSERT_TRUE(vault->save().ok());
    const QByteArray current = fileBytes(path);
    vault.reset();
    ASSERT_TRUE(writeBytes(dir.filePath(u"my.vault.backup"_s), older));
    ASSERT_TRUE(writeBytes(dir.filePath(u"my.vault.Zz9Yy8"_s), current));
    Vault::cleanupStaleTempFiles(path);
    const QDir d(dir.path());
    EXPECT_TRUE(d.exists(u"my.vault.backup"_s));
    EXPECT_FALSE(d.exists(u"my.vault.Zz9Yy8"_s));
    EXPECT_EQ(fileBytes(dir.filePath(u"my.vault.backup"_s)), older);
}
