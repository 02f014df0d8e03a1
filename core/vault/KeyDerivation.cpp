#include "KeyDerivation.h"

#include <sodium.h>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {
std::atomic<quint64> g_runs {0};
} // namespace

KeyDerivation::Salt KeyDerivation::randomSalt()
{
    static_assert(kSaltBytes == crypto_pwhash_argon2id_SALTBYTES);
    Salt salt {};
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    randombytes_buf(salt.data(), salt.size());
    return salt;
}

Result<SecureBuffer> KeyDerivation::deriveKey(const SecureBuffer &passphrase, const Salt &salt, KdfParams params)
{
    if (!params.withinBounds())
        return makeError(ErrorCode::Damaged, tr("The vault's settings are out of range, so it was not opened."),
            u"kdf ops %1 mem %2"_s.arg(params.opsLimit).arg(params.memLimit));
    if (!passphrase.isValid())
        return makeError(ErrorCode::Io, tr("There is not enough memory to unlock the vault."), u"passphrase"_s);
    SecureBuffer key(kKeyBytes);
    if (!key.isValid())
        return makeError(ErrorCode::Io, tr("There is not enough memory to unlock the vault."), u"key buffer"_s);
    ++g_runs;
    const int rc
        = crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char *>(passphrase.data()), passphrase.size(),
            salt.data(), params.opsLimit, static_cast<size_t>(params.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        return makeError(ErrorCode::Io,
            tr("There is not enough memory to unlock the vault. Closing other programs may help."),
            u"crypto_pwhash failed (mem %1)"_s.arg(params.memLimit));
    return key;
}

quint64 KeyDerivation::runCount()
{
    return g_runs.load();
}

} // namespace bearings
