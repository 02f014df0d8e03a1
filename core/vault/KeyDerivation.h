#pragma once

#include "common/Result.h"
#include "vault/KdfParams.h"
#include "vault/SecureBuffer.h"

#include <QCoreApplication>

#include <array>

namespace bearings {

// Turns a passphrase and salt into the vault key with Argon2id (libsodium
// crypto_pwhash, ALG_ARGON2ID13).
class KeyDerivation final {
    Q_DECLARE_TR_FUNCTIONS(bearings::KeyDerivation)

public:
    static constexpr std::size_t kKeyBytes = 32;
    static constexpr std::size_t kSaltBytes = 16;
    using Salt = std::array<unsigned char, kSaltBytes>;

    static Salt randomSalt();
    // Refuses parameters outside KdfParams' bounds without running Argon2.
    static Result<SecureBuffer> deriveKey(const SecureBuffer &passphrase, const Salt &salt, KdfParams params);
    // How many times Argon2 has run in this process; lets tests prove that a
    // hostile header is refused before the expensive step.
    static quint64 runCount();
};

} // namespace bearings
