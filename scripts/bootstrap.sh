#!/usr/bin/env bash
# Installs everything Bearings needs to build, run and test, on Debian 12 and
# newer Debian/Ubuntu. Idempotent: a second run only checks and returns.
#
# KDE Syntax-Highlighting: where the distribution ships KF6 we use it. Debian 12
# has no KF6 (KF6 needs Qt >= 6.5, Debian 12 has 6.4) and its KF5 package is
# built against Qt 5, which cannot share a process with Qt 6. There we build the
# last KF5 release (5.116, which supports Qt 6) from Debian's own source archive
# into the project-local prefix .deps/, verified by its sha256.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
deps="$root/.deps"
ksh_version=5.116.0
ksh_sha256=6f8ccacebd0dc9ce050b2b23b715750c97938b3336fbbb80967920cb8c1dfaa7
ksh_prefix="$deps/ksyntaxhighlighting-$ksh_version"

say() { printf 'bootstrap: %s\n' "$*"; }
die() { printf 'bootstrap: error: %s\n' "$*" >&2; exit 1; }

if ! command -v apt-get >/dev/null 2>&1; then
    die "this script supports Debian and Ubuntu (apt). See README.md, 'Build options', for other systems."
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "run as root or install sudo"
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive

packages=(
    build-essential cmake ninja-build ccache pkg-config git ca-certificates xz-utils
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6svg6 libqt6opengl6-dev libxkbcommon-dev libsqlite3-dev libsodium-dev libgl-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    xvfb xauth fonts-dejavu-core clang poppler-utils python3
    # packaging: dpkg-shlibdeps for CPack, the two validators, icon rendering
    dpkg-dev file desktop-file-utils appstream librsvg2-bin
)

is_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'
}

apt_updated=0
apt_update_once() {
    if [ "$apt_updated" -eq 0 ]; then
        say "apt-get update"
        "${sudo_cmd[@]}" apt-get update -qq
        apt_updated=1
    fi
}

has_candidate() {
    local c
    c=$(apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ {print $2}')
    [ -n "$c" ] && [ "$c" != "(none)" ]
}

# KF6 where the distribution offers it.
use_kf6=0
if is_installed libkf6syntaxhighlighting-dev; then
    use_kf6=1
elif [ ! -f "$ksh_prefix/.complete" ]; then
    apt_update_once
    if has_candidate libkf6syntaxhighlighting-dev; then
        use_kf6=1
        packages+=(libkf6syntaxhighlighting-dev)
    fi
fi

missing=()
for p in "${packages[@]}"; do
    is_installed "$p" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
    apt_update_once
    say "installing: ${missing[*]}"
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
    say "system packages present"
fi

if [ "$use_kf6" -eq 1 ]; then
    say "KSyntaxHighlighting: using the distribution's KF6"
    exit 0
fi

if [ -f "$ksh_prefix/.complete" ]; then
    say "KSyntaxHighlighting $ksh_version (Qt 6 build) present in .deps/"
    exit 0
fi

# --- Build KSyntaxHighlighting 5.116 against Qt 6 ----------------------------
say "building KSyntaxHighlighting $ksh_version against Qt 6 (about a minute)"
work=$(mktemp -d "${TMPDIR:-/tmp}/bearings-deps.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$deps"

# A private apt configuration that sees Debian's trixie suite for two
# downloads only; the system's own sources and lists are left alone. The
# archive address is the one this machine already uses.
uri=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 2>/dev/null \
      | awk '$2 !~ /security|updates|backports/ && $1 ~ /debian\/?$/ {print $1; exit}')
[ -n "$uri" ] || uri=$(apt-get indextargets --format '$(REPO_URI)' 2>/dev/null | grep -v security | head -n1)
[ -n "$uri" ] || die "could not find this machine's Debian archive address (apt-get indextargets)"
uri=${uri%/}

mkdir -p "$work/lists/partial" "$work/archives/partial" "$work/src"
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
opts=""
[ -f "$keyring" ] && opts="[signed-by=$keyring]"
cat > "$work/sources.list" <<SOURCES
deb $opts $uri trixie main
deb-src $opts $uri trixie main
SOURCES
apt_private=(
    -o "Dir::Etc::SourceList=$work/sources.list"
    -o "Dir::Etc::SourceParts=/dev/null"
    -o "Dir::State::Lists=$work/lists"
    -o "Dir::Cache::Archives=$work/archives"
    -o "Dir::Cache::pkgcache=" -o "Dir::Cache::srcpkgcache="
    -o "APT::Sandbox::User=root"
)
if ! apt-get "${apt_private[@]}" update -qq; then
    # An older keyring may not know trixie's signing key. The files we fetch are
    # checked against a pinned sha256 below, so retry without the signature.
    say "trixie index signature not verifiable with this keyring; relying on the pinned checksum"
    sed -i 's/\[signed-by=[^]]*\]/[trusted=yes]/; t; s/^\(deb\(-src\)\?\) /\1 [trusted=yes] /' "$work/sources.list"
    apt-get "${apt_private[@]}" update -qq
fi

(cd "$work/src" && apt-get "${apt_private[@]}" source --download-only "ksyntax-highlighting=$ksh_version-1" ) \
    || say "some source files did not arrive (the .dsc may 404); checking the tarball"
tarball="$work/src/ksyntax-highlighting_$ksh_version.orig.tar.xz"
[ -f "$tarball" ] || die "could not download ksyntax-highlighting_$ksh_version.orig.tar.xz"
echo "$ksh_sha256  $tarball" | sha256sum -c --quiet - || die "checksum mismatch for the KSyntaxHighlighting source"

(cd "$work/src" && apt-get "${apt_private[@]}" download extra-cmake-modules) \
    || die "could not download extra-cmake-modules from trixie"
ecm_deb=$(ls "$work/src"/extra-cmake-modules_*.deb | head -n1)
dpkg -x "$ecm_deb" "$work/ecm"

tar -xf "$tarball" -C "$work/src"
srcdir=$(find "$work/src" -maxdepth 1 -type d -name 'syntax-highlighting-*' -o -maxdepth 1 -type d -name 'ksyntax-highlighting-*' | head -n1)
[ -d "$srcdir" ] || die "unexpected layout of the KSyntaxHighlighting tarball"

rm -rf "$ksh_prefix"
cmake -S "$srcdir" -B "$work/build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$ksh_prefix" \
    -DCMAKE_INSTALL_LIBDIR=lib \
    -DCMAKE_PREFIX_PATH="$work/ecm/usr" \
    -DECM_DIR="$work/ecm/usr/share/ECM/cmake" \
    -DQT_MAJOR_VERSION=6 \
    -DBUILD_TESTING=OFF -DBUILD_QCH=OFF -DBUILD_DESIGNERPLUGIN=OFF \
    >"$work/configure.log" 2>&1 || { tail -n 40 "$work/configure.log"; die "configuring KSyntaxHighlighting failed"; }
cmake --build "$work/build" >"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log"; die "building KSyntaxHighlighting failed"; }
cmake --install "$work/build" >/dev/null
touch "$ksh_prefix/.complete"
say "KSyntaxHighlighting installed in ${ksh_prefix#"$root"/}"
