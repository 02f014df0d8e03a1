// Fuzz target: the vault reader on a whole vault file (docs/VAULT_FORMAT.md,
// "Reading"): magic, size, chunk framing, trailer, header fields and bounds,
// then key derivation, decryption chunk by chunk and the database image.
//
// Each input is read twice: as it is, and with its last 32 bytes replaced by
// the BLAKE2b trailer of the rest. Without the second pass almost every
// mutation would stop at the trailer and the header checks, the chunk layout
// and decryption would never see it. The seed vaults (tests/fuzz/corpus/vault,
// made by bearings_fuzz_seeds) use the passphrase "fuzz" and the cheapest KDF
// parameters, so Argon2 runs for them in microseconds; a header asking for more
// gets a key that cannot fit instead of an expensive derivation.
#include "FuzzSupport.h"

#include "storage/Database.h"
#include "vault/KeyDerivation.h"
#include "vault/VaultFormat.h"

#include <sodium.h>

#include <cstring>

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

namespace {

// What reading a file without a key may say: never WrongPassphrase, never
// a crash, whatever the bytes.
Result<VaultHeader> inspectChecked(const QByteArray &file)
{
    auto header = VaultFormat::inspect(file);
    if (!header.ok()) {
        const ErrorCode code = header.error().code;
        fuzz::require(code == ErrorCode::Damaged || code == ErrorCode::Unsupported, "inspect: unexpected error code",
            header.error().detail);
        return header;
    }
    const VaultHeader &h = header.value();
    fuzz::require(h.version == VaultFormat::kVersion, "inspect accepted another version");
    fuzz::require(h.kdfId == VaultFormat::kKdfArgon2id13, "inspect accepted another KDF");
    fuzz::require(h.kdf.withinBounds(), "inspect accepted KDF parameters out of bounds");
    fuzz::require(h.chunkSize >= VaultFormat::kMinChunkSize && h.chunkSize <= VaultFormat::kMaxChunkSize,
        "inspect accepted a chunk size out of bounds");
    fuzz::require(file.size() >= VaultFormat::kMinFileSize, "inspect accepted a file that is too short");
    return header;
}

SecureBuffer keyFor(const VaultHeader &header)
{
    // The seeds' parameters: derive for real, so matching files decrypt.
    if (header.kdf == KdfParams::insecureForTests()) {
        KeyDerivation::Salt salt {};
        std::memcpy(salt.data(), header.salt.data(), salt.size());
        auto key = KeyDerivation::deriveKey(SecureBuffer::fromPassphrase(u"fuzz"_s), salt, header.kdf);
        fuzz::require(key.ok(), "deriving a key with the cheapest parameters failed");
        return std::move(key).value();
    }
    SecureBuffer key(KeyDerivation::kKeyBytes);
    std::memset(key.data(), 0x5A, key.size());
    return key;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    static const bool sodiumReady = sodium_init() >= 0;
    fuzz::require(sodiumReady, "sodium_init failed");

    const QByteArray raw = fuzz::view(data, size);
    const bool rawAccepted = inspectChecked(raw).ok();
    if (raw.size() <= VaultFormat::kTrailerSize)
        return 0;

    const qsizetype end = raw.size() - VaultFormat::kTrailerSize;
    QByteArray file = raw.left(end);
    file.append(VaultFormat::hash(file));
    auto header = inspectChecked(file);
    if (rawAccepted)
        fuzz::require(header.ok() && file == raw, "a file that was accepted had the wrong trailer");
    if (!header.ok())
        return 0;

    const SecureBuffer key = keyFor(header.value());
    auto plain = VaultFormat::unseal(file, key);
    if (!plain.ok()) {
        const ErrorCode code = plain.error().code;
        fuzz::require(code == ErrorCode::WrongPassphrase || code == ErrorCode::Damaged, "unseal: unexpected error code",
            plain.error().detail);
        return 0;
    }

    // Sealing the plaintext again with the same header and key must give a
    // file that decrypts to the same bytes.
    auto again = VaultFormat::seal(plain.value().view(), header.value(), key);
    fuzz::require(again.ok(), "sealing a decrypted image failed");
    auto round = VaultFormat::unseal(again.value(), key);
    fuzz::require(round.ok() && round.value().equals(plain.value()), "seal and unseal do not round-trip");

    auto db = Database::fromImage(plain.value().view());
    if (db.ok()) {
        auto image = db.value()->toImage();
        fuzz::require(image.ok(), "a loaded database cannot be serialized");
    }
    return 0;
}
