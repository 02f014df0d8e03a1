#include "Vault.h"
#include "exchange/FileIo.h"

#include "storage/Database.h"
#include "vault/KeyDerivation.h"
#include "vault/VaultFormat.h"
#include "vault/VaultIo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sodium.h>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

// Clears the re-entrancy flag however a save ends.
QString directoryOf(const QString &path)
{
    return QFileInfo(path).absolutePath();
}

class SavingGuard final {
public:
    explicit SavingGuard(bool &flag)
        : m_flag(flag)
    {
        m_flag = true;
    }
    ~SavingGuard() { m_flag = false; }
    SavingGuard(const SavingGuard &) = delete;
    SavingGuard &operator=(const SavingGuard &) = delete;

private:
    bool &m_flag;
};

} // namespace

Vault::Vault(QString path, const Clock &clock)
    : m_path(std::move(path))
    , m_clock(clock)
    , m_io(&VaultIo::system())
{ }

Vault::~Vault() = default;

QString Vault::backupPath(const QString &path)
{
    return path + u".bak"_s;
}

void Vault::setIo(VaultIo &io)
{
    m_io = &io;
}

bool Vault::isLocked() const
{
    return !m_db || !m_key.isValid();
}

bool Vault::hasUnsavedChanges() const
{
    return m_db && m_db->generation() != m_savedGeneration;
}

Database &Vault::database()
{
    Q_ASSERT_X(m_db, "Vault::database", "the vault is locked");
    return *m_db;
}

void Vault::lock()
{
    m_key.clear();
    m_db.reset();
}

Result<std::unique_ptr<Vault>> Vault::create(
    const QString &path, const QString &passphrase, const Clock &clock, KdfParams kdf)
{
    if (passphrase.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Please choose a passphrase."));
    if (!kdf.withinBounds())
        return makeError(ErrorCode::Invalid, tr("The vault could not be created."),
            u"kdf out of bounds: ops %1 mem %2"_s.arg(kdf.opsLimit).arg(kdf.memLimit));
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return makeError(ErrorCode::Conflict,
            tr("There is already a file at %1. Bearings will not replace it; please choose another name.")
                .arg(QDir::toNativeSeparators(path)));

    auto db = Database::openNew(clock);
    if (!db.ok())
        return db.error();
    const KeyDerivation::Salt salt = KeyDerivation::randomSalt();
    auto key = KeyDerivation::deriveKey(SecureBuffer::fromPassphrase(passphrase), salt, kdf);
    if (!key.ok())
        return key.error();

    std::unique_ptr<Vault> vault(new Vault(path, clock));
    vault->m_db = std::move(db).value();
    vault->m_key = std::move(key).value();
    vault->m_header.version = VaultFormat::kVersion;
    vault->m_header.kdfId = VaultFormat::kKdfArgon2id13;
    vault->m_header.kdf = kdf;
    std::memcpy(vault->m_header.salt.data(), salt.data(), salt.size());
    vault->m_header.generation = 0;
    vault->m_header.chunkSize = VaultFormat::kDefaultChunkSize;
    if (Status s = vault->save(); !s.ok()) {
        // Only a file this call made itself is removed.
        if (vault->m_diskFile)
            QFile::remove(path);
        return s.error();
    }
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::open(const QString &path, const QString &passphrase, const Clock &clock)
{
    return openFile(path, path, passphrase, clock, false);
}

Result<std::unique_ptr<Vault>> Vault::openBackup(const QString &path, const QString &passphrase, const Clock &clock)
{
    return openFile(path, backupPath(path), passphrase, clock, true);
}

Result<std::unique_ptr<Vault>> Vault::openFile(
    const QString &path, const QString &filePath, const QString &passphrase, const Clock &clock, bool backup)
{
    Q_ASSERT(filePath == (backup ? backupPath(path) : path));
    auto prepared = prepareOpen(path, passphrase, backup);
    if (!prepared.ok())
        return prepared.error();
    return finishOpen(std::move(prepared).value(), clock);
}

Result<Vault::PreparedOpen> Vault::prepareOpen(const QString &path, const QString &passphrase, bool backup)
{
    // Opening only ever reads. Whatever is wrong with the file, it stays as
    // it is, so a damaged vault can still be rescued by other means.
    const QString filePath = backup ? backupPath(path) : path;
    auto data = VaultIo::system().read(filePath, VaultFormat::kMaxFileSize);
    if (!data.ok()) {
        if (data.error().code == ErrorCode::Invalid)
            return VaultFormat::notAVault(data.error().detail);
        return data.error();
    }
    auto header = VaultFormat::inspect(data.value());
    if (!header.ok())
        return header.error();
    KeyDerivation::Salt salt {};
    std::memcpy(salt.data(), header.value().salt.data(), salt.size());
    auto key = KeyDerivation::deriveKey(SecureBuffer::fromPassphrase(passphrase), salt, header.value().kdf);
    if (!key.ok())
        return key.error();
    PreparedOpen prepared;
    prepared.path = path;
    prepared.filePath = filePath;
    prepared.file = std::move(data).value();
    prepared.header = header.value();
    prepared.key = std::move(key).value();
    prepared.backup = backup;
    return prepared;
}

Result<std::unique_ptr<Vault>> Vault::finishOpen(PreparedOpen prepared, const Clock &clock)
{
    auto plain = VaultFormat::unseal(prepared.file, prepared.key);
    if (!plain.ok())
        return plain.error();
    auto db = Database::fromImage(plain.value().view(), clock);
    plain.value().clear();
    if (!db.ok())
        return db.error();

    std::unique_ptr<Vault> vault(new Vault(prepared.path, clock));
    vault->m_db = std::move(db).value();
    vault->m_key = std::move(prepared.key);
    vault->m_header = prepared.header;
    vault->m_openedFromBackup = prepared.backup;
    if (!prepared.backup)
        vault->m_diskFile = prepared.file;
    // Migrations on load count as changes: the file still holds the old schema.
    vault->m_savedGeneration = 0;
    return vault;
}

void Vault::overwriteChangesOnDisk()
{
    m_overwriteOnce = true;
}

Status Vault::refuseIfBusy() const
{
    if (isLocked())
        return makeError(ErrorCode::Invalid, tr("The vault is locked, so nothing was saved."));
    if (m_saving)
        return makeError(ErrorCode::Conflict, tr("The vault is already being saved."), u"re-entrant save"_s);
    return {};
}

Status Vault::save()
{
    if (Status s = refuseIfBusy(); !s.ok())
        return s;
    Status result;
    {
        SavingGuard guard(m_saving);
        result = saveUnguarded();
    }
    if (result.ok())
        Q_EMIT saved();
    else
        Q_EMIT saveFailed(result.error());
    return result;
}

Status Vault::saveUnguarded()
{
    VaultHeader next = m_header;
    next.generation = m_header.generation + 1;
    const quint64 dbGeneration = m_db->generation();
    auto sealed = sealDatabase(next, m_key);
    if (!sealed.ok())
        return sealed.error();
    if (Status s = replaceOnDisk(sealed.value(), false); !s.ok())
        return s;
    // sealDatabase() has already checked the whole file (it decrypted it).
    m_header = VaultFormat::headerOf(sealed.value());
    m_savedGeneration = dbGeneration;
    return {};
}

Result<QByteArray> Vault::sealDatabase(const VaultHeader &header, const SecureBuffer &key) const
{
    auto image = m_db->toImage();
    if (!image.ok())
        return image.error();
    QByteArray plain = std::move(image).value();
    auto sealed = VaultFormat::seal(plain, header, key);
    // Nothing goes near the disk that does not decrypt back to this image.
    if (sealed.ok()) {
        auto check = VaultFormat::unseal(sealed.value(), key);
        if (!check.ok() || check.value().size() != static_cast<std::size_t>(plain.size())
            || (plain.size() > 0 && std::memcmp(check.value().data(), plain.constData(), check.value().size()) != 0))
            sealed = makeError(ErrorCode::Internal,
                tr("The vault could not be encrypted correctly, so nothing was saved."),
                check.ok() ? u"round trip differs"_s : check.error().detail);
    }
    sodium_memzero(plain.data(), static_cast<std::size_t>(plain.size()));
    return sealed;
}

// The save sequence (docs/VAULT_FORMAT.md, "Saving"). Every step before the
// rename of the new vault leaves the vault file untouched; every file is
// written to a temporary name, flushed and renamed, so at every instant both
// `path` and its backup are complete files; and the backup is only ever
// replaced by a copy of a vault file that decrypts with the current key.
Status Vault::replaceOnDisk(const QByteArray &newFile, bool keepBackup)
{
    const QString backup = backupPath(m_path);
    const QString directory = directoryOf(m_path);
    const QFileInfo info(m_path);
    if (info.isDir())
        return makeError(ErrorCode::Io,
            tr("%1 is a folder, so the vault could not be saved there.").arg(QDir::toNativeSeparators(m_path)));

    // 1. Read what is on disk now and make sure it is the file this vault
    //    last wrote or opened: never overwrite changes made elsewhere.
    std::optional<QByteArray> current;
    bool currentIsKnown = false; // the file this object last wrote or opened
    if (info.exists() || info.isSymLink()) {
        auto read = m_io->read(m_path, VaultFormat::kMaxFileSize);
        if (!read.ok())
            return makeError(ErrorCode::Io,
                tr("The vault file could not be checked before saving, so nothing was changed. Your changes are still "
                   "here; please try again."),
                read.error().message + u' ' + read.error().detail);
        currentIsKnown = m_diskFile && read.value() == *m_diskFile;
        if (!m_openedFromBackup && !m_overwriteOnce && !currentIsKnown)
            return makeError(ErrorCode::Conflict,
                tr("The vault file was changed by another program after Bearings opened it. To avoid overwriting "
                   "those changes, nothing was saved. Your changes are still here."),
                u"vault file changed on disk"_s);
        current = std::move(read).value();
    }

    // 2. Keep the previous good file as the backup. Only a file that
    //    decrypts with the current key may replace the backup, so a vault
    //    damaged on disk never overwrites a good backup. The file this
    //    object last wrote or opened is known to decrypt (it did, then);
    //    any other is decrypted to make sure.
    if (!keepBackup && current && !m_openedFromBackup
        && (currentIsKnown || VaultFormat::unseal(*current, m_key).ok())) {
        if (Status s = m_io->write(backup, *current); !s.ok())
            return s;
        if (Status s = m_io->syncDirectory(directory); !s.ok())
            return s;
    }

    // 3. Write the new vault to a temporary file, flush it and rename it into
    //    place. Until the rename, the old vault is untouched.
    if (Status s = m_io->write(m_path, newFile); !s.ok())
        return s;
    const bool wasFromBackup = m_openedFromBackup;
    m_diskFile = newFile;
    m_overwriteOnce = false;
    m_openedFromBackup = false;

    // 4. Make the rename durable, then read the file back and compare.
    Status after = m_io->syncDirectory(directory);
    if (after.ok()) {
        auto reread = m_io->read(m_path, VaultFormat::kMaxFileSize);
        if (!reread.ok())
            after = VaultIo::writeFailed(
                tr("the saved file could not be read back"), reread.error().message + u' ' + reread.error().detail);
        else if (reread.value() != newFile)
            after = VaultIo::writeFailed(tr("the saved file did not read back correctly"), u"read-back mismatch"_s);
    }
    if (!after.ok()) {
        // Put the previous vault back, so that the file at `path` is the one
        // that was there before this save.
        if (current && m_io->write(m_path, *current).ok()) {
            m_diskFile = *current;
            m_openedFromBackup = wasFromBackup;
            (void)m_io->syncDirectory(directory);
        }
        return after;
    }
    return {};
}

Status Vault::changePassphrase(const QString &current, const QString &next)
{
    if (Status s = refuseIfBusy(); !s.ok())
        return s;
    if (next.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Please choose a new passphrase."));
    SavingGuard guard(m_saving);

    KeyDerivation::Salt salt {};
    std::memcpy(salt.data(), m_header.salt.data(), salt.size());
    auto check = KeyDerivation::deriveKey(SecureBuffer::fromPassphrase(current), salt, m_header.kdf);
    if (!check.ok())
        return check.error();
    if (!check.value().equals(m_key))
        return makeError(
            ErrorCode::WrongPassphrase, tr("The current passphrase is not right, so the passphrase was not changed."));

    const KeyDerivation::Salt newSalt = KeyDerivation::randomSalt();
    auto newKey = KeyDerivation::deriveKey(SecureBuffer::fromPassphrase(next), newSalt, m_header.kdf);
    if (!newKey.ok())
        return newKey.error();
    VaultHeader header = m_header;
    std::memcpy(header.salt.data(), newSalt.data(), newSalt.size());
    header.generation = m_header.generation + 1;
    const quint64 dbGeneration = m_db->generation();
    auto sealed = sealDatabase(header, newKey.value());
    if (!sealed.ok())
        return sealed.error();

    // Re-encrypt the backup (the previous generation) under the new key
    // before anything is written, so that both files can follow at once.
    const QString backup = backupPath(m_path);
    std::optional<QByteArray> newBackup;
    if (QFileInfo::exists(backup)) {
        auto old = m_io->read(backup, VaultFormat::kMaxFileSize);
        if (old.ok()) {
            auto oldHeader = VaultFormat::inspect(old.value());
            auto plain = VaultFormat::unseal(old.value(), m_key);
            if (oldHeader.ok() && plain.ok()) {
                VaultHeader backupHeader = oldHeader.value();
                std::memcpy(backupHeader.salt.data(), newSalt.data(), newSalt.size());
                backupHeader.kdf = header.kdf;
                auto resealed = VaultFormat::seal(plain.value().view(), backupHeader, newKey.value());
                if (resealed.ok())
                    newBackup = std::move(resealed).value();
            }
        }
    }

    // The vault first: if that fails, nothing has changed at all.
    if (Status s = replaceOnDisk(sealed.value(), true); !s.ok())
        return s;
    m_key = std::move(newKey).value();
    m_header = VaultFormat::headerOf(sealed.value());
    m_savedGeneration = dbGeneration;

    // Then the backup. If it cannot be re-encrypted (it was damaged, or is
    // not under the old key) or written, it is removed rather than left
    // opening with the old passphrase; the next save makes a new one.
    if (QFileInfo::exists(backup) || QFileInfo(backup).isSymLink()) {
        bool replaced = false;
        if (newBackup)
            replaced = m_io->write(backup, *newBackup).ok() && m_io->syncDirectory(directoryOf(m_path)).ok();
        if (!replaced && !QFile::remove(backup))
            return makeError(ErrorCode::Io,
                tr("The passphrase was changed, but the backup copy beside the vault still opens with the old "
                   "passphrase and could not be removed. Please delete %1 yourself.")
                    .arg(QDir::toNativeSeparators(backup)));
    }
    return {};
}

void Vault::cleanupStaleTempFiles(const QString &path)
{
    // QSaveFile names its temporary file "<name>.XXXXXX" (six letters or
    // digits) beside the target; on Linux it usually uses an unnamed
    // O_TMPFILE instead, but not on every file system. A person's own copy
    // can match that pattern too ("data.vault.backup"), so a file is removed
    // only when it is empty, a cut-off vault file, or an intact vault file at
    // least as new as the vault itself: an interrupted save leaves generation G+1 (the
    // new vault) or G (the backup being made), while a copy kept on purpose is
    // of an older save. Such leftovers are ciphertext, so keeping one in doubt
    // costs only disk space.
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    const QRegularExpression pattern(
        u"^%1(\\.bak)?\\.[A-Za-z0-9]{6}$"_s.arg(QRegularExpression::escape(info.fileName())));
    std::optional<quint64> current;
    if (auto bytes = FileIo::readAll(path, VaultFormat::kMaxFileSize); bytes.ok()) {
        if (auto header = VaultFormat::inspect(bytes.value()); header.ok())
            current = header->generation;
    }
    const auto entries = dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        if (entry.isSymLink() || !pattern.match(entry.fileName()).hasMatch())
            continue;
        if (entry.size() == 0) {
            QFile::remove(entry.absoluteFilePath());
            continue;
        }
        auto bytes = FileIo::readAll(entry.absoluteFilePath(), VaultFormat::kMaxFileSize);
        if (!bytes.ok() || !bytes->startsWith(QByteArray(VaultFormat::kMagic, sizeof VaultFormat::kMagic)))
            continue;
        // A cut-off vault is a save that never finished; an intact one is
        // ours only if it is not older than the vault.
        auto header = VaultFormat::inspect(bytes.value());
        if (!header.ok() || (current && header->generation >= *current))
            QFile::remove(entry.absoluteFilePath());
    }
}

} // namespace bearings
