#!/usr/bin/env bash
# The one test command: installs what is missing, then configures, builds and
# runs every test in the CI preset (Debug, -Werror) and the ASan+UBSan preset,
# and last builds the .deb and installs, runs and removes it
# (tests/packaging/install_test.sh; needs root or sudo). BEARINGS_SKIP_PACKAGE=1
# skips that step; `scripts/test.sh ci` runs only the ci preset.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash scripts/bootstrap.sh

presets=("${@:-ci asan package}")
# shellcheck disable=SC2206
presets=(${presets[*]})
jobs=$(nproc 2>/dev/null || echo 2)
start=$(date +%s)
for preset in "${presets[@]}"; do
    if [ "$preset" = package ]; then
        if [ "${BEARINGS_SKIP_PACKAGE:-0}" = 1 ]; then
            echo "==> [package] skipped (BEARINGS_SKIP_PACKAGE=1)"
        else
            echo "==> [package] build the .deb, install it, run it, remove it"
            package_start=$(date +%s)
            bash tests/packaging/install_test.sh
            echo "==> [package] passed in $(( $(date +%s) - package_start ))s"
        fi
        continue
    fi
    echo "==> [$preset] configure"
    cmake --preset "$preset" >"build-$preset.configure.log" 2>&1 || { cat "build-$preset.configure.log"; exit 1; }
    rm -f "build-$preset.configure.log"
    echo "==> [$preset] build"
    cmake --build --preset "$preset" -j "$jobs"
    echo "==> [$preset] test"
    ctest --preset "$preset" -j "$jobs"
done
echo "==> all presets passed (${presets[*]}) in $(( $(date +%s) - start ))s after bootstrap"
