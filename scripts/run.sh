#!/usr/bin/env bash
# Builds the release preset (incrementally) and starts Bearings with the given
# arguments, e.g. `scripts/run.sh --vault ~/private/bearings.vault`.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

bash scripts/bootstrap.sh >/dev/null
if [ ! -f build/release/build.ninja ]; then
    cmake --preset release >/dev/null
fi
cmake --build --preset release -j "$(nproc 2>/dev/null || echo 2)" >/dev/null
exec build/release/bin/bearings "$@"
