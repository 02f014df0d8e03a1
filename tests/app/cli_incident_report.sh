#!/usr/bin/env bash
# Whole-process test of the incident record chain on real, encrypted vaults:
# `check` verifies it, `export incident-report` writes the report with its
# head, and a change made behind the app's back is found.
# Usage: cli_incident_report.sh BEARINGS_BINARY TAMPER_BINARY
set -u
bin=$1
tamper=$2
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
expect_text() { # expect_text FILE EXTENDED-REGEX DESCRIPTION
    checks=$((checks + 1))
    if grep -E -q -- "$2" "$1"; then echo "ok: $3"; else failures=$((failures + 1)); echo "FAIL: $3: '$2' not in $1"; head -c 3000 "$1"; fi
}
reject_text() { # reject_text FILE EXTENDED-REGEX DESCRIPTION
    checks=$((checks + 1))
    if grep -E -q -- "$2" "$1"; then failures=$((failures + 1)); echo "FAIL: $3: '$2' in $1"; else echo "ok: $3"; fi
}
with_pass() { printf '%s\n' "$1" | "${@:2}"; }

A="$work/a.vault"
from=$(date -d '-120 days' +%F)
to=$(date +%F)
expect 0 "demo creates a vault" -- with_pass "$pass" "$bin" demo --vault "$A" --passphrase-stdin --seed 3
expect 0 "check verifies the chain" -- with_pass "$pass" "$bin" check --vault "$A" --passphrase-stdin
expect_text "$work/out" "^Incident record chain: [0-9]+ links, head [0-9a-f]{64}, intact\.$" "check reports the chain"
head=$(sed -n 's/^Incident record chain: .*head \([0-9a-f]\{64\}\), intact\.$/\1/p' "$work/out")
links=$(sed -n 's/^Incident record chain: \([0-9]*\) links.*/\1/p' "$work/out")

R="$work/report.html"
expect 0 "export incident-report" -- with_pass "$pass" "$bin" export incident-report --relationship 1 \
    --from "$from" --to "$to" --format html -o "$R" --vault "$A" --passphrase-stdin
expect_text "$work/err" "not encrypted" "export warns the file is not encrypted"
expect_text "$R" "<h1>Incident record</h1>" "the report has its title"
expect_text "$R" "What happened" "the report lists what happened"
expect_text "$R" "Evidence kept" "the report lists the evidence kept"
expect_text "$R" "<code>$head</code>" "the report prints the chain head"
expect_text "$R" "bearings check --vault '.*a\.vault' --passphrase-stdin --head $head" "the report prints the verify command"
reject_text "$R" "<script" "the report has no script"

expect 0 "check --head confirms the report's head" -- with_pass "$pass" "$bin" check --vault "$A" --passphrase-stdin --head "$head"
expect_text "$work/out" "^The head $head is link $links of $links in this chain\.$" "check names the head's link"
expect 4 "check --head with a head from elsewhere" -- with_pass "$pass" "$bin" check --vault "$A" --passphrase-stdin --head "$(printf 'ab%.0s' {1..32})"
expect_text "$work/out" "is not part of this chain" "check says the head is not in the chain"

expect 0 "export incident-report as PDF" -- with_pass "$pass" "$bin" export incident-report --relationship 1 \
    --from "$from" --to "$to" --format pdf -o "$work/report.pdf" --vault "$A" --passphrase-stdin
if command -v pdftotext >/dev/null 2>&1; then
    pdftotext "$work/report.pdf" "$work/report.txt"
    expect_text "$work/report.txt" "$head" "the PDF prints the chain head"
    expect_text "$work/report.txt" "bearings check" "the PDF prints the verify command"
else
    echo "skip: pdftotext (poppler-utils) is not installed"
fi
expect 2 "an unknown relationship" -- with_pass "$pass" "$bin" export incident-report --relationship "Nobody" \
    --from "$from" --to "$to" --format html -o "$work/nobody.html" --vault "$A" --passphrase-stdin
expect_text "$work/err" "The vault has: 1 \(" "the error lists the relationships"
expect 2 "a bad date" -- "$bin" export incident-report --relationship 1 --from 2026-02-30 --to "$to" \
    --format html -o "$work/x.html" --vault "$A"
expect 2 "a bad head" -- "$bin" check --vault "$A" --head 1234
expect 2 "--head belongs to check" -- "$bin" export json -o "$work/x.json" --head "$head" --vault "$A"

# A change made behind the app's back.
expect 0 "tamper with an incident's note" -- with_pass "$pass" "$tamper" "$A"
expect 4 "check finds the change" -- with_pass "$pass" "$bin" check --vault "$A" --passphrase-stdin
expect_text "$work/out" "^Incident record chain: $links links, head $head, does not verify: journal entry [0-9]+ differs from its last recorded version \(link [0-9]+, recorded .*\); it was changed outside the record\.$" \
    "check says where the record was changed"
expect 4 "check --head on a broken chain" -- with_pass "$pass" "$bin" check --vault "$A" --passphrase-stdin --head "$head"

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
