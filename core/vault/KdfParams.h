#pragma once

#include <QtGlobal>

namespace bearings {

// Argon2id cost parameters as stored in a vault header.
struct KdfParams {
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes

    // What every new vault gets: libsodium's MODERATE level (3 passes,
    // 256 MiB), about half a second on a typical laptop.
    static KdfParams defaults();
    // The cheapest parameters the format accepts. Only for tests: a vault
    // made with these falls to a guessing attack in no time.
    static KdfParams insecureForTests();

    // Bounds a reader accepts before running the KDF, so that a crafted
    // header cannot make unlocking take hours or exhaust memory.
    static constexpr quint64 kMinOpsLimit = 1;
    static constexpr quint64 kMaxOpsLimit = 10;
    static constexpr quint64 kMinMemLimit = 8 * 1024;                 // 8 KiB
    static constexpr quint64 kMaxMemLimit = 1024ULL * 1024ULL * 1024; // 1 GiB
    bool withinBounds() const
    {
        return opsLimit >= kMinOpsLimit && opsLimit <= kMaxOpsLimit && memLimit >= kMinMemLimit
            && memLimit <= kMaxMemLimit;
    }

    bool operator==(const KdfParams &) const = default;
};

} // namespace bearings
