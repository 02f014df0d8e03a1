#!/usr/bin/env bash
# The Debian package, end to end: builds it from the `package` preset with
# CPack, checks what it holds (files, dependencies, RUNPATH, the validators),
# installs it on this machine with apt-get, runs the installed binary (the
# version, a demo vault, a headless export, a short start of the window under
# Xvfb) and removes it again, also when a step fails.
#
# Changes the machine: run it as root or with password-less sudo. It refuses
# to run if a bearings package is already installed, so it never removes one
# it did not install. scripts/test.sh runs it last (BEARINGS_SKIP_PACKAGE=1
# skips it there).
#
# Usage: tests/packaging/install_test.sh [BUILD_DIR]   (default: build/package)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build/package}
case $build in /*) ;; *) build="$PWD/$build" ;; esac
id=org.bearings.Bearings
jobs=$(nproc 2>/dev/null || echo 2)

say() { printf 'install_test: %s\n' "$*"; }
failures=0
fail() { failures=$((failures + 1)); printf 'FAIL: %s\n' "$*"; }
ok() { printf 'ok: %s\n' "$*"; }
die() { printf 'install_test: error: %s\n' "$*" >&2; exit 1; }
check() { # check DESCRIPTION -- command...
    local what=$1; shift 2
    if "$@"; then ok "$what"; else fail "$what"; fi
}
has() { grep -qE -- "$1" <<<"$2"; }     # has REGEX TEXT
lacks() { ! has "$1" "$2"; }            # lacks REGEX TEXT

command -v apt-get >/dev/null 2>&1 && command -v dpkg-deb >/dev/null 2>&1 \
    || die "needs a Debian or Ubuntu system (apt-get, dpkg-deb)"
for tool in cpack desktop-file-validate appstreamcli dpkg-shlibdeps readelf xvfb-run python3; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is missing; run scripts/bootstrap.sh"
done
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "run as root or install sudo"
    sudo_cmd=(sudo -n)
fi
installed() { dpkg-query -W -f='${Status}' bearings 2>/dev/null | grep -q ' installed$'; }
if installed || [ -e /usr/bin/bearings ]; then
    die "Bearings is already installed on this machine (/usr/bin/bearings). This test installs and removes \
the package, so it stops here rather than remove yours. Remove it first (apt-get remove bearings), or skip \
this step with BEARINGS_SKIP_PACKAGE=1."
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/bearings-package.XXXXXX")
we_installed=0
cleanup() {
    local status=$?
    # Any state dpkg still knows (installed, half-installed, config-files).
    if [ "$we_installed" -eq 1 ] && dpkg-query -W bearings >/dev/null 2>&1; then
        say "removing the package again"
        "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq -o DPkg::Lock::Timeout=300 bearings \
            >/dev/null 2>&1 || printf 'install_test: error: could not remove the bearings package; remove it by hand\n' >&2
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- Build the package --------------------------------------------------------
t0=$(date +%s)
cd "$root"
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset package -B "$build" >"$work/configure.log" 2>&1 || { cat "$work/configure.log"; die "configure failed"; }
fi
cmake --build "$build" -j "$jobs" >"$work/build.log" 2>&1 || { tail -n 60 "$work/build.log"; die "build failed"; }
t1=$(date +%s)
rm -f "$build"/bearings_*.deb "$build"/bearings_*.deb.sha256
(cd "$build" && cpack -G DEB) >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; die "cpack failed"; }
debs=("$build"/bearings_*.deb)
[ "${#debs[@]}" -eq 1 ] && [ -f "${debs[0]}" ] || die "expected one bearings_*.deb in $build"
deb=${debs[0]}
t2=$(date +%s)
say "built ${deb#"$root"/} ($(du -k "$deb" | cut -f1) KiB) in $((t1 - t0)) s + cpack $((t2 - t1)) s"

# --- What the package holds ---------------------------------------------------
version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
say "Depends: $depends"
dpkg-deb -x "$deb" "$work/pkg"
p="$work/pkg/usr"
expected=(bin/bearings "share/applications/$id.desktop" "share/metainfo/$id.metainfo.xml"
          "share/icons/hicolor/scalable/apps/$id.svg")
for size in 16 24 32 48 64 128 256 512; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$id.png")
done
missing=()
for f in "${expected[@]}"; do [ -s "$p/$f" ] || missing+=("$f"); done
check "the package holds the binary, the desktop file, the metainfo and $((${#expected[@]} - 3)) icons" -- [ "${#missing[@]}" -eq 0 ]
[ "${#missing[@]}" -eq 0 ] || printf '  missing: /usr/%s\n' "${missing[@]}"
check "the 256 px icon is a 256x256 PNG" -- python3 -c '
import struct, sys
d = open(sys.argv[1], "rb").read(24)
sys.exit(0 if d[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", d[16:24]) == (256, 256) else 1)' \
    "$p/share/icons/hicolor/256x256/apps/$id.png"

check "desktop-file-validate on the packaged desktop file" -- desktop-file-validate "$p/share/applications/$id.desktop"
check "appstreamcli validate --no-net --strict on the packaged metainfo" -- \
    appstreamcli validate --no-net --strict "$p/share/metainfo/$id.metainfo.xml"

for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6-sqlite libsodium23 libsqlite3-0; do
    check "Depends names $dep" -- has "(^|, )$dep( |,|$)" "$depends"
done
check "Depends names no KF5 package (the Qt 5 build cannot be used)" -- lacks '[Kk][Ff]5' "$depends"

needed=$(readelf -d "$p/bin/bearings" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
runpath=$(readelf -d "$p/bin/bearings" | sed -n 's/.*(RUNPATH).*\[\(.*\)\]/\1/p')
# KSyntaxHighlighting built from source (.deps/) travels privately in
# /usr/lib/bearings; a system KF6 is a dependency instead. (The linker would
# drop the library from NEEDED if no code called it.)
private_ksh=0
has '^libKF5SyntaxHighlighting' "$needed" && private_ksh=1
if [ "$private_ksh" -eq 1 ]; then
    check "the private KSyntaxHighlighting the binary needs is in /usr/lib/bearings" -- \
        test -e "$p/lib/bearings/libKF5SyntaxHighlighting.so.5"
fi
if [ -e "$p/lib/bearings" ]; then
    check "the binary's RUNPATH is \$ORIGIN/../lib/bearings" -- [ "$runpath" = '$ORIGIN/../lib/bearings' ]
else
    check "the binary has no RUNPATH" -- [ -z "$runpath" ]
fi
if has '^libKF6SyntaxHighlighting' "$needed"; then
    check "Depends names the system's KF6 SyntaxHighlighting" -- has 'kf6' "$depends"
fi
leaks=$(find "$p" -type f \( -name '*.so*' -o -path '*/bin/*' \) -exec readelf -d {} + 2>/dev/null \
        | grep -E '\((RUNPATH|RPATH)\)' | grep -vF '[$ORIGIN/../lib/bearings]' || true)
check "no file in the package has a RUNPATH into the build machine" -- [ -z "$leaks" ]
[ -z "$leaks" ] || echo "$leaks"

# --- Install, run, remove -----------------------------------------------------
say "installing with apt-get"
we_installed=1
# The package is copied where apt's unprivileged download user can read it.
cp "$deb" "$work/" && chmod 755 "$work" && chmod 644 "$work/$(basename "$deb")"
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=300 "$work/$(basename "$deb")" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log"; die "apt-get install failed"; }
status=$(dpkg-query -W -f='${Status} ${Version}' bearings 2>/dev/null || true)
check "dpkg lists bearings $version as installed" -- [ "$status" = "install ok installed $version" ]

ldd_out=$(ldd /usr/bin/bearings)
check "ldd finds every library of /usr/bin/bearings" -- lacks 'not found' "$ldd_out"
check "no library resolves into $root or a .deps folder" -- lacks "=> ($root|.*/\.deps/)" "$ldd_out"
if [ "$private_ksh" -eq 1 ]; then
    check "KSyntaxHighlighting resolves to /usr/lib/bearings" -- \
        has 'libKF5SyntaxHighlighting\.so\.5 => /usr/(bin/\.\./)?lib/bearings/' "$ldd_out"
fi
if [ -e "$p/lib/bearings/libKF5SyntaxHighlighting.so.5" ]; then
    check "ldd finds every library of the private KSyntaxHighlighting" -- \
        lacks 'not found' "$(ldd /usr/lib/bearings/libKF5SyntaxHighlighting.so.5)"
fi

# A private home: nothing of the user's is read or written.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" \
       XDG_CACHE_HOME="$work/home/cache" XDG_RUNTIME_DIR="$work/run" LC_ALL=C.UTF-8
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM

check "/usr/bin/bearings --version says Bearings $version" -- \
    [ "$(/usr/bin/bearings --version 2>&1)" = "Bearings $version" ]
vault="$work/demo.vault"
with_passphrase() { # runs /usr/bin/bearings ARGS... with the passphrase on stdin; output in $work/cli.log
    printf '%s\n' 'a passphrase for the package test' \
        | /usr/bin/bearings "$@" --vault "$vault" --passphrase-stdin >"$work/cli.log" 2>&1 \
        || { sed 's/^/  /' "$work/cli.log"; return 1; }
}
check "the installed binary creates a demo vault" -- with_passphrase demo --weeks 4 --seed 11
check "the installed binary exports it as JSON, headless" -- with_passphrase export json -o "$work/export.json"
check "the export holds the demo's relationships and journal" -- python3 -c '
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
sys.exit(0 if d.get("format") == "bearings-export" and d.get("relationships") and d.get("journalEntries") else 1)' \
    "$work/export.json"

# The window: started under Xvfb, it must still be running after a few
# seconds (timeout's 124), i.e. the platform plugin and every library loaded.
set +e
xvfb-run -a -s "-screen 0 1280x800x24" timeout 5 /usr/bin/bearings --vault "$vault" >"$work/gui.log" 2>&1
gui_status=$?
set -e
check "the installed app starts its window under Xvfb and keeps running" -- [ "$gui_status" -eq 124 ]
[ "$gui_status" -eq 124 ] || { echo "  exit status $gui_status"; sed 's/^/  /' "$work/gui.log"; }

say "removing with apt-get"
"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq -o DPkg::Lock::Timeout=300 bearings \
    >"$work/apt-remove.log" 2>&1 || { cat "$work/apt-remove.log"; fail "apt-get remove failed"; }
not_installed() { ! installed; }
check "the package is removed" -- not_installed
gone() { for f in "$@"; do [ ! -e "$f" ] || return 1; done; }
check "/usr/bin/bearings, /usr/lib/bearings and the desktop file are gone" -- \
    gone /usr/bin/bearings /usr/lib/bearings "/usr/share/applications/$id.desktop"
# The package has no configuration files; purging drops dpkg's leftover record
# (state "rc", kept because of the ldconfig postrm) so nothing stays behind.
"${sudo_cmd[@]}" dpkg --purge bearings >/dev/null 2>&1 || fail "dpkg --purge bearings failed"
we_installed=0

say "$failures failure(s); $(($(date +%s) - t0)) s in all"
[ "$failures" -eq 0 ]
