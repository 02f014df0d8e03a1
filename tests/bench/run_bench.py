#!/usr/bin/env python3
"""Runs the benchmarks of docs/BENCHMARKS.md and reports each figure as a
ratio against its yardstick, measured in the same run.

Called by scripts/bench.sh after the build and the data sets are ready:

    run_bench.py --build BUILD_DIR --data DATA_DIR [--runs N] [--out SUMMARY.json]
                 [--only startup,rss,core,ui]

Whole-process figures (start-up, peak memory) are the median of --runs runs
(at least 5) under /usr/bin/time -v; in-process figures come from Google
Benchmark (median of its repetitions).
"""

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

TARGETS = {
    "startup": 1.5,
    "unlock": 1.3,
    "save": 2.0,
    "refresh": 2.0,
    "rss": 1.5,
    "json_export": 3.0,
    "json_import": 3.0,
}


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


def parse_time_v(text):
    """Max RSS (KiB) and wall seconds from /usr/bin/time -v output."""
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", text)
    seconds = None
    if wall:
        parts = [float(p) for p in wall.group(1).split(":")]
        seconds = 0.0
        for p in parts:
            seconds = seconds * 60 + p
    return (int(rss.group(1)) if rss else None), seconds


class Display:
    """An Xvfb server for the start-up runs, or the offscreen platform."""

    def __init__(self):
        self.proc = None
        self.env = {}
        self.platform = "offscreen"

    def __enter__(self):
        xvfb = shutil.which("Xvfb")
        if xvfb and os.environ.get("BENCH_PLATFORM", "xcb") == "xcb":
            read_fd, write_fd = os.pipe()
            self.proc = subprocess.Popen(
                [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            os.close(write_fd)
            number = b""
            with os.fdopen(read_fd, "rb") as pipe:
                while not number.endswith(b"\n"):
                    chunk = pipe.read(1)
                    if not chunk:
                        break
                    number += chunk
            if number.strip():
                self.env = {"DISPLAY": ":" + number.decode().strip(), "QT_QPA_PLATFORM": "xcb"}
                self.platform = "xcb (Xvfb)"
                return self
            self.proc.terminate()
            self.proc = None
        self.env = {"QT_QPA_PLATFORM": "offscreen"}
        return self

    def __exit__(self, *exc):
        if self.proc:
            self.proc.terminate()
            self.proc.wait()


def isolated_env(home, extra):
    env = dict(os.environ)
    env.pop("WAYLAND_DISPLAY", None)
    env.update({
        "HOME": home,
        "XDG_CONFIG_HOME": os.path.join(home, ".config"),
        "XDG_DATA_HOME": os.path.join(home, ".local", "share"),
        "XDG_CACHE_HOME": os.path.join(home, ".cache"),
        "XDG_RUNTIME_DIR": os.path.join(home, "runtime"),
        "LC_ALL": "C.UTF-8",
    })
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
    env.update(extra)
    return env


def timed_first_paint(cmd, env):
    """Runs a program with --exit-after-first-paint; returns (start-up s, wall s, max RSS KiB)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as timing:
        start = time.monotonic_ns()
        proc = subprocess.run(["/usr/bin/time", "-v", "-o", timing.name] + cmd + ["--exit-after-first-paint"],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)
        end = time.monotonic_ns()
        if proc.returncode != 0:
            raise RuntimeError(f"{cmd[0]} exited with {proc.returncode}: {proc.stderr[-2000:]}")
        painted = re.search(r"first-paint-monotonic-ns (\d+)", proc.stdout)
        if not painted:
            raise RuntimeError(f"{cmd[0]} printed no first-paint time: {proc.stdout[-500:]}")
        rss, _ = parse_time_v(timing.read())
        return (int(painted.group(1)) - start) / 1e9, (end - start) / 1e9, rss


def bench_startup(args, results):
    bearings = os.path.join(args.build, "bin", "bearings")
    bare = os.path.join(args.build, "bin", "bare_window")
    with tempfile.TemporaryDirectory(prefix="bearings-bench-") as home, Display() as display:
        vault = os.path.join(home, "bench.vault")
        shutil.copy(os.path.join(args.data, "weeks12.vault"), vault)
        env = isolated_env(home, display.env)
        runs = {"bare": [], "bearings": []}
        # One warm-up each (page cache, font cache), then alternate the two.
        timed_first_paint([bare], env)
        timed_first_paint([bearings, "--vault", vault], env)
        for _ in range(args.runs):
            runs["bare"].append(timed_first_paint([bare], env))
            runs["bearings"].append(timed_first_paint([bearings, "--vault", vault], env))
    fig = {}
    for key, samples in runs.items():
        fig[key] = {
            "first_paint_ms": statistics.median(s[0] for s in samples) * 1000,
            "process_wall_ms": statistics.median(s[1] for s in samples) * 1000,
            "max_rss_kb": statistics.median(s[2] for s in samples),
            "first_paint_ms_all": [round(s[0] * 1000, 1) for s in samples],
        }
    results["startup"] = {
        "platform": display.platform,
        "runs": args.runs,
        "bare_window": fig["bare"],
        "bearings": fig["bearings"],
        "ratio": fig["bearings"]["first_paint_ms"] / fig["bare"]["first_paint_ms"],
        "ratio_process_wall": fig["bearings"]["process_wall_ms"] / fig["bare"]["process_wall_ms"],
        "target": TARGETS["startup"],
    }


def bench_rss(args, results):
    exe = os.path.join(args.build, "bin", "bench_rss")
    out = {}
    with tempfile.TemporaryDirectory(prefix="bearings-bench-") as home:
        env = isolated_env(home, {"QT_QPA_PLATFORM": "offscreen", "BEARINGS_BENCH_DATA": args.data})
        for name in ("weeks12", "years10", "stress"):
            samples = []
            for _ in range(args.runs):
                with tempfile.NamedTemporaryFile("r", suffix=".time") as timing:
                    proc = subprocess.run(["/usr/bin/time", "-v", "-o", timing.name, exe, name], env=env,
                                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=600)
                    if proc.returncode != 0:
                        raise RuntimeError(f"bench_rss {name} failed: {proc.stderr[-2000:]}")
                    line = json.loads(proc.stdout.strip().splitlines()[-1])
                    line["time_max_rss_kb"], _ = parse_time_v(timing.read())
                    samples.append(line)
            out[name] = {
                "hwm_kb": statistics.median(s["hwm_kb"] for s in samples),
                "gate_hwm_kb": statistics.median(s["gate_hwm_kb"] for s in samples),
                "time_max_rss_kb": statistics.median(s["time_max_rss_kb"] for s in samples),
                "unlock_ms": statistics.median(s["unlock_ms"] for s in samples),
                "hwm_kb_all": [s["hwm_kb"] for s in samples],
            }
    results["rss"] = {
        "runs": args.runs,
        "datasets": out,
        "ratio": out["years10"]["hwm_kb"] / out["weeks12"]["hwm_kb"],
        "ratio_stress": out["stress"]["hwm_kb"] / out["weeks12"]["hwm_kb"],
        "target": TARGETS["rss"],
    }


def run_gbench(exe, args, extra_env, json_path):
    env = dict(os.environ)
    env.update(extra_env)
    env["BEARINGS_BENCH_DATA"] = args.data
    cmd = [exe, "--benchmark_repetitions=%d" % args.repetitions, "--benchmark_report_aggregates_only=true",
           "--benchmark_out=" + json_path, "--benchmark_out_format=json"]
    if args.filter:
        cmd.append("--benchmark_filter=" + args.filter)
    log("$", " ".join(cmd))
    subprocess.run(cmd, env=env, check=True, stdout=sys.stderr)
    with open(json_path) as f:
        data = json.load(f)
    medians = {}
    for b in data["benchmarks"]:
        if b.get("aggregate_name") != "median" and b.get("run_type") != "iteration":
            continue
        name = b["run_name"] if "run_name" in b else b["name"]
        name = re.sub(r"/(manual_time|min_time:[\d.]+|iterations:\d+|repeats:\d+)", "", name)
        if b.get("run_type") == "iteration" and name in medians:
            continue
        unit = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1000.0}[b.get("time_unit", "ns")]
        entry = {"ms": b["real_time"] * unit}
        for k in ("file_bytes", "json_bytes", "entries", "rows", "weeks", "bytes_per_second"):
            if k in b:
                entry[k] = b[k]
        medians[name] = entry
    return data.get("context", {}), medians


def ratio(medians, a, b):
    if a in medians and b in medians and medians[b]["ms"] > 0:
        return medians[a]["ms"] / medians[b]["ms"]
    return None


def bench_core(args, results):
    context, m = run_gbench(os.path.join(args.build, "bin", "bench_core"), args, {},
                            os.path.join(args.build, "bench-core.json"))
    results["core"] = {"benchmarks": m, "context": {k: context.get(k) for k in ("date", "num_cpus", "mhz_per_cpu",
                                                                                "library_build_type")}}
    results["save"] = {
        "ratio": ratio(m, "Save/years10", "SaveBaseline/years10"),
        "ratio_weeks12": ratio(m, "Save/weeks12", "SaveBaseline/weeks12"),
        "target": TARGETS["save"],
    }
    results["json_export"] = {"ratio": ratio(m, "JsonExport/stress", "JsonSerializeBaseline/stress"),
                              "target": TARGETS["json_export"]}
    results["json_import"] = {"ratio": ratio(m, "JsonImport/stress", "JsonParseBaseline/stress"),
                              "ratio_cli": ratio(m, "JsonImportCli/stress", "JsonParseBaseline/stress"),
                              "target": TARGETS["json_import"]}
    results["dashboard_build"] = {"ratio": ratio(m, "DashboardBuild/years10/trial", "DashboardBuild/weeks12/trial"),
                                  "ratio_everything": ratio(m, "DashboardBuild/years10/everything",
                                                            "DashboardBuild/weeks12/trial")}


def bench_ui(args, results):
    _, m = run_gbench(os.path.join(args.build, "bin", "bench_ui"), args, {"QT_QPA_PLATFORM": "offscreen"},
                      os.path.join(args.build, "bench-ui.json"))
    results["ui"] = {"benchmarks": m}
    results["unlock"] = {"ratio": ratio(m, "UnlockToDashboard/years10", "UnlockToDashboard/weeks12"),
                         "target": TARGETS["unlock"]}
    results["refresh"] = {
        "ratio": ratio(m, "DashboardRefresh/years10/trial", "DashboardRefresh/weeks12/trial"),
        "ratio_everything": ratio(m, "DashboardRefresh/years10/everything", "DashboardRefresh/weeks12/trial"),
        "ratio_painted": ratio(m, "DashboardRefreshPainted/years10/trial", "DashboardRefreshPainted/weeks12/trial"),
        "target": TARGETS["refresh"],
    }


def fmt(value, digits=2):
    return "-" if value is None else f"{value:.{digits}f}"


def table(results):
    rows = []

    def bench_ms(group, name):
        return results.get(group, {}).get("benchmarks", {}).get(name, {}).get("ms")

    def row(label, key, measured, yardstick):
        r = results.get(key, {}).get("ratio")
        target = TARGETS.get(key)
        verdict = "-" if r is None or target is None else ("met" if r <= target else "MISSED")
        rows.append((label, measured, yardstick, fmt(r), "-" if target is None else f"<= {target}", verdict))

    s = results.get("startup")
    if s:
        row("Start-up to first paint", "startup", f"{s['bearings']['first_paint_ms']:.0f} ms",
            f"{s['bare_window']['first_paint_ms']:.0f} ms (bare window)")
    u = results.get("unlock")
    if u:
        row("Unlock to painted dashboard", "unlock", f"{fmt(bench_ms('ui', 'UnlockToDashboard/years10'), 1)} ms",
            f"{fmt(bench_ms('ui', 'UnlockToDashboard/weeks12'), 1)} ms (12 weeks)")
    if "save" in results:
        row("Save 10 years", "save", f"{fmt(bench_ms('core', 'Save/years10'), 1)} ms",
            f"{fmt(bench_ms('core', 'SaveBaseline/years10'), 1)} ms (QSaveFile)")
    if "refresh" in results:
        row("Dashboard refresh", "refresh", f"{fmt(bench_ms('ui', 'DashboardRefresh/years10/trial'), 2)} ms",
            f"{fmt(bench_ms('ui', 'DashboardRefresh/weeks12/trial'), 2)} ms (12 weeks)")
    r = results.get("rss")
    if r:
        row("Peak RSS after unlock", "rss", f"{r['datasets']['years10']['hwm_kb'] / 1024:.0f} MiB",
            f"{r['datasets']['weeks12']['hwm_kb'] / 1024:.0f} MiB (12 weeks)")
    if "json_export" in results:
        row("JSON export (stress)", "json_export", f"{fmt(bench_ms('core', 'JsonExport/stress'), 0)} ms",
            f"{fmt(bench_ms('core', 'JsonSerializeBaseline/stress'), 0)} ms (QJsonDocument::toJson)")
        row("JSON import (stress)", "json_import", f"{fmt(bench_ms('core', 'JsonImport/stress'), 0)} ms",
            f"{fmt(bench_ms('core', 'JsonParseBaseline/stress'), 0)} ms (QJsonDocument::fromJson)")
    widths = [max(len(str(x[i])) for x in rows + [("figure", "measured", "yardstick", "ratio", "target", "")])
              for i in range(6)]
    lines = []
    header = ("figure", "measured", "yardstick", "ratio", "target", "")
    for r_ in [header] + rows:
        lines.append("  ".join(str(c).ljust(w) for c, w in zip(r_, widths)).rstrip())
    extras = []
    if bench_ms("ui", "DashboardRefresh/years10/everything") is not None:
        extras.append(f"Dashboard refresh, 10 years, whole history: "
                      f"{fmt(bench_ms('ui', 'DashboardRefresh/years10/everything'), 2)} ms "
                      f"(x{fmt(results['refresh'].get('ratio_everything'))} of 12 weeks)")
    if bench_ms("core", "JournalFilter/stress/tag+search") is not None:
        extras.append(f"Journal filter (stress, tag + words): list "
                      f"{fmt(bench_ms('core', 'JournalFilter/stress/tag+search'), 1)} ms, page refill "
                      f"{fmt(bench_ms('ui', 'JournalPageFilter/stress/tag+search'), 1)} ms")
    return "\n".join(lines + [""] + extras)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument("--filter", default="")
    parser.add_argument("--out", default="")
    parser.add_argument("--only", default="startup,rss,core,ui")
    args = parser.parse_args()
    args.build = os.path.abspath(args.build)
    args.data = os.path.abspath(args.data)
    if args.runs < 5:
        log("note: fewer than 5 runs; the issue asks for the median of at least 5")

    results = {
        "date": datetime.date.today().isoformat(),
        "machine": {"cpus": os.cpu_count(), "kernel": platform.release(), "python": platform.python_version()},
        "data": args.data,
    }
    steps = {"startup": bench_startup, "rss": bench_rss, "core": bench_core, "ui": bench_ui}
    for step in args.only.split(","):
        began = time.monotonic()
        log(f"==> {step}")
        steps[step](args, results)
        log(f"==> {step} took {time.monotonic() - began:.0f} s")
    text = table(results)
    print(text)
    if args.out:
        with open(args.out, "w") as f:
            json.dump(results, f, indent=2, sort_keys=True)
        print(f"\nsummary: {args.out}")


if __name__ == "__main__":
    main()
