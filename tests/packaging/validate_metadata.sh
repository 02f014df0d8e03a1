#!/usr/bin/env bash
# Checks the desktop integration files before they are packaged: the .desktop
# file with desktop-file-validate, the AppStream metainfo with
# `appstreamcli validate --no-net --strict`, and that both agree with the
# project (app id, icon, version, screenshots). scripts/bootstrap.sh installs
# both tools.
# Usage: validate_metadata.sh SOURCE_ROOT METAINFO APP_ID VERSION
set -u
root=$1 metainfo=$2 id=$3 version=$4
desktop="$root/packaging/linux/$id.desktop"
failures=0
fail() { failures=$((failures + 1)); echo "FAIL: $*"; }
ok() { echo "ok: $*"; }

for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null 2>&1 || { echo "FAIL: $tool is missing; run scripts/bootstrap.sh"; exit 1; }
done

# desktop-file-validate exits 0 on warnings, so its output is read too;
# hints are advice and allowed.
out=$(desktop-file-validate "$desktop" 2>&1)
status=$?
[ -n "$out" ] && echo "$out"
if [ "$status" -eq 0 ] && ! grep -qE '(error|warning):' <<<"$out"; then
    ok "desktop-file-validate $id.desktop"
else
    fail "desktop-file-validate $id.desktop"
fi

# --strict fails on infos too (only pedantic hints pass); --no-net skips
# fetching the screenshots.
if appstreamcli validate --no-net --strict "$metainfo"; then
    ok "appstreamcli validate --no-net --strict"
else
    fail "appstreamcli validate --no-net --strict"
fi

grep -qx "Icon=$id" "$desktop" && ok "the desktop file names the icon $id" || fail "Icon= is not $id"
[ -f "$root/packaging/icons/$id.svg" ] && ok "the icon exists" || fail "packaging/icons/$id.svg is missing"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
    && ok "the metainfo launches $id.desktop" || fail "the metainfo's launchable is not $id.desktop"
grep -qF "setDesktopFileName(u\"$id\"_s)" "$root/app/main.cpp" \
    && ok "app/main.cpp sets the desktop file name $id" || fail "app/main.cpp does not call setDesktopFileName(u\"$id\"_s)"

newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n1 | cut -d'"' -f2)
[ "$newest" = "$version" ] && ok "the newest release in the metainfo is $version" \
    || fail "the newest release in the metainfo is '$newest', the project is $version: add a <release>"

shots=$(grep -o 'screenshot-[a-z0-9-]*\.png' "$metainfo" | sort -u)
[ -n "$shots" ] || fail "no screenshots in the metainfo"
for shot in $shots; do
    [ -f "$root/docs/$shot" ] || fail "docs/$shot (a metainfo screenshot) does not exist"
done
[ -n "$shots" ] && ok "every metainfo screenshot exists in docs/"

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
