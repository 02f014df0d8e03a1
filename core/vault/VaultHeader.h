#pragma once

#include "vault/KdfParams.h"

#include <array>

namespace bearings {

// The fixed-size header at the start of a vault file (docs/VAULT_FORMAT.md).
struct VaultHeader {
    quint16 version = 1;
    quint8 kdfId = 1; // 1 = Argon2id13
    KdfParams kdf;
    std::array<unsigned char, 16> salt {};
    quint64 generation = 0; // counts saves of this vault; informational
    quint32 chunkSize = 64 * 1024;
    std::array<unsigned char, 24> streamHeader {}; // crypto_secretstream_xchacha20poly1305 header
};

} // namespace bearings
