#pragma once

namespace bearings {

// Process-wide protections for a program that holds decrypted private data
// in memory. main() calls these before anything is decrypted.
class ProcessHardening final {
public:
    ProcessHardening() = delete;

    // Stops the process from writing core dumps (RLIMIT_CORE = 0) and, on
    // Linux, from being attached to or dumped by other processes of the same
    // user (PR_SET_DUMPABLE = 0). Returns false if any step failed; the app
    // still runs, because refusing to start would help nobody.
    static bool disableCoreDumps();
};

} // namespace bearings
