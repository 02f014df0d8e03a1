#!/usr/bin/env bash
# Whole-process test of the headless commands on real, encrypted vaults
# (default key derivation, as users get it). Usage: cli_vault_scenario.sh BEARINGS_BINARY
set -u
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
pass='correct horse battery'
failures=0
checks=0

expect() { # expect CODE DESCRIPTION -- command...
    local want=$1 what=$2; shift 3
    "$@" >"$work/out" 2>"$work/err"
    local got=$?
    checks=$((checks + 1))
    if [ "$got" != "$want" ]; then
        failures=$((failures + 1))
        echo "FAIL: $what: exit $got, expected $want"; sed 's/^/  stdout: /' "$work/out"; sed 's/^/  stderr: /' "$work/err"
    else
        echo "ok: $what"
    fi
}
expect_text() { # expect_text FILE PATTERN DESCRIPTION
    checks=$((checks + 1))
    if grep -q -- "$2" "$1"; then echo "ok: $3"; else failures=$((failures + 1)); echo "FAIL: $3: '$2' not in $1"; cat "$1"; fi
}
with_pass() { printf '%s\n' "$1" | "${@:2}"; }

A="$work/a.vault"; B="$work/b.vault"
expect 0 "demo creates a vault" -- with_pass "$pass" "$bin" demo --vault "$A" --passphrase-stdin --seed 7
expect_text "$work/out" "journal entries" "demo reports what it made"
[ -s "$A" ] || { failures=$((failures + 1)); echo "FAIL: no vault file"; }
if grep -a -q -e "CREATE TABLE" -e "SQLite format" -e "kept-promise" "$A"; then
    failures=$((failures + 1)); echo "FAIL: plaintext found in the vault file"
else echo "ok: no plaintext in the vault file"; fi

cp "$A" "$work/a.before"
expect 1 "demo refuses to overwrite" -- with_pass "$pass" "$bin" demo --vault "$A" --passphrase-stdin
expect 0 "check opens the vault" -- with_pass "$pass" "$bin" check --vault "$A" --passphrase-stdin
expect_text "$work/out" "journalEntries" "check counts records"
expect 3 "wrong passphrase" -- with_pass "not the passphrase" "$bin" check --vault "$A" --passphrase-stdin
cmp -s "$A" "$work/a.before" && echo "ok: wrong passphrase leaves the file alone" || { failures=$((failures + 1)); echo "FAIL: file changed"; }

expect 0 "export json" -- with_pass "$pass" "$bin" export json -o "$work/a.json" --vault "$A" --passphrase-stdin
expect_text "$work/a.json" '"format": "bearings-export"' "json export has the format marker"
expect 0 "export csv" -- with_pass "$pass" "$bin" export csv -o "$work/a.csv" --vault "$A" --passphrase-stdin
expect_text "$work/a.csv" "date,time,relationship,channel" "csv export has its header"

expect 0 "import into a new vault" -- with_pass "$pass" "$bin" import json "$work/a.json" --vault "$B" --passphrase-stdin
expect 0 "export the imported vault" -- with_pass "$pass" "$bin" export json -o "$work/b.json" --vault "$B" --passphrase-stdin
if diff <(grep -v exportedAt "$work/a.json") <(grep -v exportedAt "$work/b.json") >/dev/null; then
    echo "ok: export -> import -> export is identical"
else failures=$((failures + 1)); echo "FAIL: round trip differs"; fi
checks=$((checks + 1))

cp "$B" "$work/b.before"
expect 1 "import into a vault with records needs --replace" -- with_pass "$pass" "$bin" import json "$work/a.json" --vault "$B" --passphrase-stdin
head -c 5000 "$work/a.json" > "$work/broken.json"
expect 4 "truncated import is refused" -- with_pass "$pass" "$bin" import json "$work/broken.json" --vault "$B" --passphrase-stdin --replace
expect_text "$work/err" "line" "the error says where"
cmp -s "$B" "$work/b.before" && echo "ok: refused imports leave the vault alone" || { failures=$((failures + 1)); echo "FAIL: vault changed"; }
expect 0 "import --replace" -- with_pass "$pass" "$bin" import json "$work/a.json" --vault "$B" --passphrase-stdin --replace

mkdir "$work/folder"; : > "$work/empty"; head -c 4096 /dev/urandom > "$work/random"
printf '{"hello": 1}' > "$work/other.json"
expect 5 "a folder as the vault" -- with_pass "$pass" "$bin" check --vault "$work/folder" --passphrase-stdin
expect 4 "an empty file as the vault" -- with_pass "$pass" "$bin" check --vault "$work/empty" --passphrase-stdin
expect 4 "a random file as the vault" -- with_pass "$pass" "$bin" check --vault "$work/random" --passphrase-stdin
expect 4 "a file of another format" -- with_pass "$pass" "$bin" check --vault "$work/other.json" --passphrase-stdin
# A well-formed vault from a newer Bearings: version 2, trailer recomputed.
python3 - "$A" "$work/future.vault" <<'PY'
import hashlib, sys
data = bytearray(open(sys.argv[1], 'rb').read()[:-32])
data[8:10] = (2).to_bytes(2, 'little')
open(sys.argv[2], 'wb').write(bytes(data) + hashlib.blake2b(bytes(data), digest_size=32).digest())
PY
cp "$work/future.vault" "$work/future.before"
expect 4 "a vault from a newer version" -- with_pass "$pass" "$bin" check --vault "$work/future.vault" --passphrase-stdin
expect_text "$work/err" "newer version" "the error asks to update"
cmp -s "$work/future.vault" "$work/future.before" && echo "ok: the newer vault is left alone" || { failures=$((failures + 1)); echo "FAIL: newer vault changed"; }
expect 5 "a missing vault" -- with_pass "$pass" "$bin" check --vault "$work/missing.vault" --passphrase-stdin
[ -s "$work/empty" ] && { failures=$((failures + 1)); echo "FAIL: empty file was written"; }
expect 2 "no passphrase source" -- "$bin" check --vault "$A" </dev/null
expect 2 "demo without --vault" -- "$bin" demo
expect 2 "export without -o" -- "$bin" export json --vault "$A"
expect 2 "an option of another command" -- "$bin" check --replace

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
