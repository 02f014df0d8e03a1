#!/usr/bin/env bash
# Benchmarks (docs/BENCHMARKS.md): builds the `bench` preset (Release), makes
# the data sets once (cached under build/bench-data/seed<S>-<end date>), runs
# every benchmark and prints each figure as a ratio against its yardstick
# from the same run; the summary goes to build/bench-summary.json. Never part
# of the default test run. About 10 minutes on a 2-core machine once built.
#
# Env: BENCH_BUILD (build dir, default build/bench), BENCH_SEED (1),
#      BENCH_END (last day of the data sets, default today), BENCH_RUNS
#      (whole-process runs per figure, default 5), BENCH_REPETITIONS (Google
#      Benchmark repetitions, default 3), BENCH_ONLY (startup,rss,core,ui),
#      BENCH_FILTER (a --benchmark_filter regex), BENCH_SKIP_BUILD=1.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

build=${BENCH_BUILD:-$root/build/bench}
seed=${BENCH_SEED:-1}
end=${BENCH_END:-$(date +%F)}
runs=${BENCH_RUNS:-5}

need=()
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
[ -x /usr/bin/time ] || need+=(time)
[ -f /usr/include/benchmark/benchmark.h ] || need+=(libbenchmark-dev)
if [ "${#need[@]}" -gt 0 ]; then
    sudo_cmd=(); [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq && "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    [ -f "$build/CMakeCache.txt" ] || cmake --preset bench -B "$build"
    cmake --build "$build" -j"$(nproc 2>/dev/null || echo 2)" \
        --target bearings bench_data bench_core bench_ui bench_rss bare_window
fi

data=$root/build/bench-data/seed$seed-$end
echo "==> data sets in $data"
"$build/bin/bench_data" --out "$data" --seed "$seed" --end "$end"

python3 tests/bench/run_bench.py --build "$build" --data "$data" --runs "$runs" \
    --repetitions "${BENCH_REPETITIONS:-3}" --only "${BENCH_ONLY:-startup,rss,core,ui}" \
    --filter "${BENCH_FILTER:-}" --out "$root/build/bench-summary.json"
