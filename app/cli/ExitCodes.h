#pragma once

namespace bearings::app {

// Exit codes of the `bearings` binary, documented in README.md.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,         // anything not listed below
    ExitUsage = 2,           // the command line itself is wrong
    ExitWrongPassphrase = 3, // the vault's passphrase did not fit
    ExitDamaged = 4,         // a file is damaged, truncated or not valid input
    ExitIo = 5,              // reading or writing failed
};

} // namespace bearings::app
