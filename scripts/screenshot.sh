#!/usr/bin/env bash
# Takes a screenshot of the real app in an X virtual framebuffer, for docs/
# and the README. Usage: scripts/screenshot.sh OUT.png [bearings args...]
# Env: BEARINGS_BIN (default build/release/bin/bearings), SHOT_DELAY (s, 3),
#      SHOT_SIZE (1280x800), SHOT_TYPE (text typed first, e.g. a demo vault's passphrase),
#      SHOT_KEYS (xdotool key names sent after it, e.g. "Return sleep:3 ctrl+5";
#      "resize:1280x1600" resizes the window), SHOT_THEME (light|dark), SHOT_LANGUAGE (e.g. es),
#      SHOT_AREA (the area shown after unlock: overview, journal, boundaries, ...).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:?usage: scripts/screenshot.sh OUT.png [args...]}
shift
bin=${BEARINGS_BIN:-$root/build/release/bin/bearings}
size=${SHOT_SIZE:-1280x800}

need=()
command -v import >/dev/null 2>&1 && import -version 2>/dev/null | grep -q ImageMagick || need+=(imagemagick)
command -v xdotool >/dev/null 2>&1 || need+=(xdotool)
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb xauth)
if [ "${#need[@]}" -gt 0 ]; then
    sudo_cmd=(); [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq && "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
[ -x "$bin" ] || { echo "build first: scripts/run.sh builds $bin" >&2; exit 1; }

# A throwaway home so no settings or data of the real user are read or written.
shot_home=$(mktemp -d)
trap 'rm -rf "$shot_home"' EXIT
export HOME="$shot_home" XDG_CONFIG_HOME="$shot_home/.config" XDG_DATA_HOME="$shot_home/.local/share"
# SHOT_THEME (light|dark), SHOT_LANGUAGE (e.g. es) and SHOT_AREA (the area
# shown after unlock, e.g. journal) go into the throwaway settings.
if [ -n "${SHOT_THEME:-}${SHOT_LANGUAGE:-}${SHOT_AREA:-}" ]; then
    mkdir -p "$XDG_CONFIG_HOME/Bearings"
    {
        echo "[appearance]"
        [ -n "${SHOT_THEME:-}" ] && echo "theme=$SHOT_THEME"
        [ -n "${SHOT_LANGUAGE:-}" ] && echo "language=$SHOT_LANGUAGE"
        if [ -n "${SHOT_AREA:-}" ]; then echo "[window]"; echo "lastArea=$SHOT_AREA"; fi
    } >"$XDG_CONFIG_HOME/Bearings/settings.ini"
fi
export SHOT_OUT=$(realpath -m "$out") SHOT_BIN="$bin" SHOT_DELAY=${SHOT_DELAY:-3} SHOT_KEYS=${SHOT_KEYS:-} SHOT_TYPE=${SHOT_TYPE:-}
xvfb-run -a -s "-screen 0 ${size}x24" bash -c '
    "$SHOT_BIN" "$@" &
    pid=$!
    sleep "$SHOT_DELAY"
    win=$(xdotool search --sync --onlyvisible --pid "$pid" 2>/dev/null | head -n1 || true)
    if [ -n "$win" ]; then
        xdotool windowactivate --sync "$win" 2>/dev/null || true
        # Without a window manager the keyboard follows the pointer.
        xdotool mousemove --window "$win" 5 5 2>/dev/null || true
        [ -n "$SHOT_TYPE" ] && xdotool type --delay 20 "$SHOT_TYPE"
        for k in $SHOT_KEYS; do
            case "$k" in
                sleep:*) sleep "${k#sleep:}" ;;
                resize:*) size=${k#resize:}; xdotool windowsize "$win" "${size%x*}" "${size#*x}"; sleep 1 ;;
                *) xdotool key "$k"; sleep 0.4 ;;
            esac
        done
        sleep 0.5
        import -window "$win" "$SHOT_OUT"
    else
        import -window root "$SHOT_OUT"
    fi
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
' bash "$@"
echo "screenshot: $out"
