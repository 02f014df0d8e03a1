#!/usr/bin/env bash
# A long fuzzing run of one target in tests/fuzz (docs/RELIABILITY.md).
#
# Usage: scripts/fuzz.sh TARGET [SECONDS] [LIBFUZZER_OPTION...]
#        scripts/fuzz.sh --list
#
# Configures and builds the fuzz preset (clang, libFuzzer, ASan+UBSan) in
# build/fuzz, then runs build/fuzz/bin/fuzz_TARGET for SECONDS (default 600)
# on a working corpus, build/fuzz/corpus/TARGET, that starts from the seeds in
# tests/fuzz/corpus/TARGET and keeps what the run finds, with the dictionary
# tests/fuzz/dict/TARGET.dict when there is one. Crashes, leaks, timeouts and
# out-of-memory inputs are written to build/fuzz/findings/TARGET. libFuzzer
# stops at the first one. Prints executions, executions per second, corpus size
# and findings; exits 1 when there are findings.
#
# Reproduce a finding: build/fuzz/bin/fuzz_TARGET build/fuzz/findings/TARGET/crash-...
# After a fix, minimize it (-minimize_crash=1 -runs=10000) and add it to
# tests/fuzz/corpus/TARGET, so the corpus replay tests keep it fixed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

targets=$(sed -n '/^set(BEARINGS_FUZZ_TARGETS/,/^)/{/^    /p}' tests/fuzz/CMakeLists.txt | tr -d ' ')
if [ "${1:-}" = --list ] || [ $# -lt 1 ]; then
    [ $# -lt 1 ] && echo "usage: scripts/fuzz.sh TARGET [SECONDS] [LIBFUZZER_OPTION...]" >&2
    echo "targets:" $targets
    [ $# -lt 1 ] && exit 2 || exit 0
fi
target=$1
seconds=${2:-600}
shift $(( $# >= 2 ? 2 : 1 ))
if ! grep -qx "$target" <<<"$targets"; then
    echo "unknown target '$target'; targets:" $targets >&2
    exit 2
fi

# clang and its libFuzzer runtime come with scripts/bootstrap.sh.
has_libfuzzer() {
    command -v clang++ >/dev/null 2>&1 \
        && ls "$(clang++ -print-resource-dir)"/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1
}
if ! has_libfuzzer; then
    bash scripts/bootstrap.sh
    has_libfuzzer || { echo "clang's libFuzzer runtime is missing (Debian: libclang-rt-dev)" >&2; exit 1; }
fi

build="$root/build/fuzz"
mkdir -p "$build"
# Two runs started together must not build in the same folder at once.
exec 9>"$build/.fuzz-build.lock"
flock 9
if [ ! -f "$build/build.ninja" ]; then
    echo "==> configuring $build (fuzz preset)"
    cmake --preset fuzz >"$build/configure.log" 2>&1 || { cat "$build/configure.log"; exit 1; }
fi
echo "==> building fuzz_$target"
cmake --build "$build" --target "fuzz_$target" -j "$(nproc 2>/dev/null || echo 2)" >"$build/build_$target.log" 2>&1 \
    || { tail -n 40 "$build/build_$target.log"; exit 1; }
exec 9>&-

corpus="$build/corpus/$target"
findings="$build/findings/$target"
mkdir -p "$corpus" "$findings"
options=(-max_total_time="$seconds" -timeout=25 -rss_limit_mb=4096 -print_final_stats=1
    -artifact_prefix="$findings/")
[ -f "tests/fuzz/dict/$target.dict" ] && options+=(-dict="tests/fuzz/dict/$target.dict")

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0}"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

log="$build/fuzz_$target.log"
marker="$build/fuzz_$target.start"
touch "$marker"
echo "==> fuzz_$target for ${seconds}s (log: ${log#"$root"/})"
start=$(date +%s)
set +e
"$build/bin/fuzz_$target" "${options[@]}" "$@" "$corpus" "tests/fuzz/corpus/$target" >"$log" 2>&1
status=$?
set -e
elapsed=$(( $(date +%s) - start ))

stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -n 1; }
execs=$(stat number_of_executed_units)
rate=$(stat average_exec_per_sec)
new=$(stat new_units_added)
rss=$(stat peak_rss_mb)
# Crashes, leaks, timeouts, out-of-memory; inputs slower than 10 s
# (slow-unit-*) are listed but are not findings.
found=$(find "$findings" -type f -newer "$marker" ! -name 'slow-unit-*' | wc -l)
slow=$(find "$findings" -type f -newer "$marker" -name 'slow-unit-*' | wc -l)
echo "target: $target"
echo "time: ${elapsed}s, executions: ${execs:-?} (${rate:-?}/s), new inputs: ${new:-?}, peak RSS: ${rss:-?} MB"
echo "corpus: $(find "$corpus" -type f | wc -l) inputs in ${corpus#"$root"/} (seeds: $(find "tests/fuzz/corpus/$target" -type f | wc -l))"
echo "findings: $found (libFuzzer exit status $status)$([ "$slow" -gt 0 ] && echo ", inputs slower than 10 s: $slow")"
if [ "$found" -gt 0 ] || [ "$status" -ne 0 ]; then
    find "$findings" -type f -newer "$marker" | sed 's/^/  /'
    grep -E "ERROR: |SUMMARY: |fuzz property violated|runtime error" "$log" | head -n 5 | sed 's/^/  /'
    exit 1
fi
