#!/usr/bin/env bash
# Reproduces the figures of docs/RELIABILITY.md: fuzzing, crash injection,
# disk full, vault damage counts and the canary scan.
#
# Usage: scripts/reliability.sh [--full]
#
#   quick (default)  each fuzz target 60 s, 200 crash kills, disk full every
#                    16 KiB of free space: about 10 minutes on 2 cores
#   --full           each fuzz target 600 s, 10,000 crash kills, disk full at
#                    every 4 KiB page: the figures in docs/RELIABILITY.md
#                    (about 1 h 45 min on a busy 2-core machine)
#
# The environment variables FUZZ_SECONDS, KILLS, SEED and DISK_STEP override
# the counts; FUZZ_TARGETS="vault json_import" picks fuzz targets.
# Builds: the fuzz preset in build/fuzz (scripts/fuzz.sh), and a Release
# build with tests in build/crash (scripts/crashtest.sh) for the crash
# writer, the core tests and the bearings binary. The disk-full run mounts a
# small tmpfs and needs root; it is reported as skipped otherwise.
# Prints one summary line per check and exits non-zero if any check failed.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

if [ "${1:-}" = --full ]; then
    fuzz_seconds=${FUZZ_SECONDS:-600}; kills=${KILLS:-10000}; disk_step=${DISK_STEP:-4096}
else
    fuzz_seconds=${FUZZ_SECONDS:-60}; kills=${KILLS:-200}; disk_step=${DISK_STEP:-16384}
fi
seed=${SEED:-$(date +%s)}
targets=${FUZZ_TARGETS:-$(bash scripts/fuzz.sh --list | sed 's/^targets: //')}
build="$root/build/crash"
out="$root/build/reliability"
mkdir -p "$out"
summary=()
failed=0
note() { summary+=("$1"); echo "==> $1"; }

echo "==> reliability run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(uname -sr)"
bash scripts/bootstrap.sh >/dev/null

# The Release build with tests that crashtest.sh uses, for the other checks too.
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset ci -B "$build" -DCMAKE_BUILD_TYPE=Release >"$out/configure.log" 2>&1 \
        || { cat "$out/configure.log"; exit 1; }
fi
cmake --build "$build" --target bearings_crash_writer bearings_core_tests bearings -j "$(nproc)" >"$out/build.log" 2>&1 \
    || { tail -n 40 "$out/build.log"; exit 1; }

# Vault damage: every header and trailer bit flip, every truncation.
if "$build/bin/bearings_core_tests" \
    --gtest_filter='VaultDamage.*:VaultFault.FailingAfterAnyNumberOfBytesKeepsEverything' >"$out/damage.log" 2>&1; then
    note "damage: $(grep -F '[  counts  ]' "$out/damage.log" | sed 's/^\[  counts  \] //' | paste -sd ';' | sed 's/;/; /g'); all passed"
else
    failed=1; note "damage: FAILED (see ${out#"$root"/}/damage.log)"
fi

# Disk full on a tmpfs.
bash tests/crash/disk_full.sh "$build/bin/bearings_crash_writer" "$disk_step" >"$out/disk_full.log" 2>&1
case $? in
0) note "disk full (step $disk_step): $(grep -E '^points:' "$out/disk_full.log"); $(grep -E '^bad outcomes' "$out/disk_full.log")" ;;
77) note "disk full: skipped ($(head -n 1 "$out/disk_full.log"))" ;;
*) failed=1; note "disk full: FAILED (see ${out#"$root"/}/disk_full.log): $(grep -E '^bad outcomes' "$out/disk_full.log")" ;;
esac

# Crash injection.
if bash scripts/crashtest.sh "$kills" "$seed" >"$out/crash.log" 2>&1; then
    note "crash injection: $(grep -E '^runs:' "$out/crash.log"); $(grep -E '^bad outcomes' "$out/crash.log"); $(grep -E '^==> done' "$out/crash.log" | sed 's/^==> //')"
else
    failed=1; note "crash injection: FAILED (see ${out#"$root"/}/crash.log): $(grep -E '^bad outcomes' "$out/crash.log")"
fi

# Canary scan.
bash tests/crash/canary_scan.sh "$build/bin/bearings" >"$out/canary.log" 2>&1
case $? in
0) note "canary scan: $(grep -E '^canary scan:' "$out/canary.log" | tail -n 1 | sed 's/^canary scan: //')" ;;
77) note "canary scan: skipped ($(head -n 1 "$out/canary.log"))" ;;
*) failed=1; note "canary scan: FAILED (see ${out#"$root"/}/canary.log)" ;;
esac

# Fuzzing, one target after the other.
for t in $targets; do
    if bash scripts/fuzz.sh "$t" "$fuzz_seconds" >"$out/fuzz_$t.log" 2>&1; then
        note "fuzz $t: $(grep -E '^time:' "$out/fuzz_$t.log"); $(grep -E '^corpus:' "$out/fuzz_$t.log" | cut -d' ' -f2-3); findings: 0"
    else
        failed=1; note "fuzz $t: FAILED (see ${out#"$root"/}/fuzz_$t.log): $(grep -E '^findings:' "$out/fuzz_$t.log")"
    fi
done

echo
echo "summary ($(date -u +%Y-%m-%d), $(nproc) cores, fuzz ${fuzz_seconds}s per target, $kills kills, disk step $disk_step):"
printf '  %s\n' "${summary[@]}" | tee "$out/summary.txt"
exit "$failed"
