#!/usr/bin/env bash
# The hidden --exit-after-first-paint option of the start-up benchmark
# (docs/BENCHMARKS.md): the window paints, the app quits by itself with 0 and
# prints when it painted; --help does not mention it; a command ignores it.
# Usage: cli_first_paint.sh BEARINGS_BINARY
set -u
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
export QT_QPA_PLATFORM=offscreen
failures=0

fail() { failures=$((failures + 1)); echo "FAIL: $*"; }

# The first run shows the welcome; an existing vault shows the gate. Both quit.
for vault in "$work/none.vault" "$work/demo.vault"; do
    if [ "$vault" = "$work/demo.vault" ]; then
        printf 'first paint test\n' | "$bin" demo --vault "$vault" --weeks 4 --passphrase-stdin >/dev/null 2>&1 \
            || fail "could not make a demo vault"
    fi
    timeout 60 "$bin" --vault "$vault" --exit-after-first-paint >"$work/out" 2>"$work/err"
    rc=$?
    if [ "$rc" != 0 ]; then
        fail "exit $rc for $vault"; sed 's/^/  stderr: /' "$work/err"
    elif ! grep -Eq '^first-paint-monotonic-ns [0-9]+$' "$work/out"; then
        fail "no first-paint line for $vault"; sed 's/^/  stdout: /' "$work/out"
    else
        echo "ok: painted and quit ($vault)"
    fi
done

"$bin" --help >"$work/help" 2>&1
if grep -q 'exit-after-first-paint' "$work/help"; then fail "--help lists the hidden option"; else echo "ok: hidden from --help"; fi

# A headless command does not paint and ignores the option.
"$bin" --version --exit-after-first-paint >"$work/out" 2>&1
if [ "$?" != 0 ] || grep -q 'first-paint' "$work/out"; then fail "--version with the option"; else echo "ok: --version ignores it"; fi

[ "$failures" = 0 ] && echo "all first-paint checks passed" && exit 0
echo "$failures first-paint check(s) failed"
exit 1
