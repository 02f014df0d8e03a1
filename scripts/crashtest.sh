#!/usr/bin/env bash
# Crash injection at scale: kills a vault writer with SIGKILL KILLS times
# (default 10,000) at random moments and checks after every kill that the vault
# opens from its main file and holds every acknowledged save
# (tests/crash/crash_injection.sh explains the checks).
#
# Usage: scripts/crashtest.sh [KILLS] [SEED]
#
# The writer is a test executable, and the release and bench presets turn tests
# off, so this configures its own optimised build in build/crash (the ci preset
# with CMAKE_BUILD_TYPE=Release) and builds only bearings_crash_writer there.
# Prints the number of runs and of bad outcomes; exits non-zero on any.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
kills=${1:-10000}
seed=${2:-$(date +%s)}
build="$root/build/crash"

if [ ! -f "$build/build.ninja" ]; then
    echo "==> configuring $build (Release, tests on)"
    cmake --preset ci -B "$build" -DCMAKE_BUILD_TYPE=Release >"$build.configure.log" 2>&1 \
        || { cat "$build.configure.log"; exit 1; }
    rm -f "$build.configure.log"
fi
echo "==> building bearings_crash_writer"
cmake --build "$build" --target bearings_crash_writer -j "$(nproc 2>/dev/null || echo 2)" >/dev/null

echo "==> $kills kills (seed $seed; rerun with: scripts/crashtest.sh $kills $seed)"
start=$(date +%s)
set +e
bash tests/crash/crash_injection.sh "$build/bin/bearings_crash_writer" "$kills" "$seed"
status=$?
set -e
echo "==> done in $(( $(date +%s) - start ))s"
exit "$status"
