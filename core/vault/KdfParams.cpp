#include "KdfParams.h"

#include <sodium.h>

namespace bearings {

KdfParams KdfParams::defaults()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::insecureForTests()
{
    return {kMinOpsLimit, kMinMemLimit};
}

} // namespace bearings
