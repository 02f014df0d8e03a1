#!/usr/bin/env bash
# Canary scan: what does Bearings leave on disk on its own?
#
# With HOME, the XDG folders and TMPDIR pointed at fresh temporary folders, the
# test makes a demo vault, exports it, puts a unique canary string into every
# free-text field of every record type (and into the safety plan document),
# imports that with --replace, runs `check` and exports JSON and CSV. The
# exports and the JSON it imported are plaintext on purpose and live in a
# throwaway folder that is deleted before the scan. It then searches, for the
# canary in UTF-8 and UTF-16LE:
#   - everything under the temporary HOME (data, config, cache, state,
#     runtime folders, and the vault itself),
#   - everything under the test's own TMPDIR,
#   - files in /tmp and /var/tmp modified (or changed) since the test began.
# Zero hits are required. Exit 77 (reported as skipped) without python3.
#
# Usage: canary_scan.sh BEARINGS_BINARY
set -u
bin=$1
python=$(command -v python3) || { echo "SKIP: the canary scan needs python3"; exit 77; }

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
marker="$root/marker"
touch "$marker"
home="$root/home"
throwaway="$root/throwaway"
mkdir -p "$home/.local/share" "$home/.config" "$home/.cache" "$home/.local/state" "$home/runtime" \
    "$root/tmp" "$throwaway"
chmod 700 "$home/runtime"
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
    XDG_CACHE_HOME="$home/.cache" XDG_STATE_HOME="$home/.local/state" XDG_RUNTIME_DIR="$home/runtime" \
    TMPDIR="$root/tmp"
vault="$XDG_DATA_HOME/bearings-canary/data.vault"
mkdir -p "$(dirname "$vault")"
pass='canary test passphrase'
# Never printed and never written outside the throwaway folder.
CANARY="CANARY-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
export CANARY

fail() { echo "FAIL: $*"; exit 1; }
run() { # run DESCRIPTION -- command...: passphrase on stdin, output kept quiet
    local what=$1; shift 2
    if ! printf '%s\n' "$pass" | "$@" >"$throwaway/out" 2>"$throwaway/err"; then
        cat "$throwaway/out" "$throwaway/err"; fail "$what"
    fi
    echo "ok: $what"
}

scan_for_canary() { # MARKER ROOT HOME TMPDIR SHARED...
    "$python" - "$@" <<'PY'
import os, stat, sys
canary = os.environ["CANARY"]
patterns = [canary.encode("utf-8"), canary.encode("utf-16-le")]
overlap = max(len(p) for p in patterns)
marker, root, home, tmpdir, *shared = sys.argv[1:]
since = os.stat(marker).st_mtime - 1
scanned = hits = skipped = 0

def scan(path):
    global scanned, hits, skipped
    try:
        with open(path, "rb") as f:
            tail = b""
            found = set()
            while chunk := f.read(1 << 20):
                block = tail + chunk
                for i, p in enumerate(patterns):
                    if p in block:
                        found.add(i)
                tail = block[-overlap:]
    except OSError:
        skipped += 1
        return
    scanned += 1
    if found:
        hits += 1
        print("HIT:", path, "(" + ", ".join(("UTF-8", "UTF-16LE")[i] for i in sorted(found)) + ")")

def walk(top, only_new):
    for dirpath, dirnames, filenames in os.walk(top, onerror=lambda e: None):
        # The test's own folder is scanned in full on its own.
        dirnames[:] = [d for d in dirnames if not (only_new and os.path.join(dirpath, d) == root)]
        for name in filenames:
            path = os.path.join(dirpath, name)
            try:
                st = os.lstat(path)
            except OSError:
                continue
            if not stat.S_ISREG(st.st_mode):
                continue  # no symlinks, sockets or pipes
            if only_new and max(st.st_mtime, st.st_ctime) < since:
                continue
            scan(path)

for top, only_new in [(home, False), (tmpdir, False)] + [(t, True) for t in shared]:
    before = scanned
    walk(top, only_new)
    print(f"  {top}: {scanned - before} files" + (" (new since the test began)" if only_new else ""))
print(f"canary scan: {scanned} files scanned, {skipped} unreadable skipped, {hits} hits")
sys.exit(1 if hits else 0)
PY
}

run "demo vault" -- "$bin" demo --vault "$vault" --passphrase-stdin --seed 11
run "export json of the demo" -- "$bin" export json -o "$throwaway/demo.json" --vault "$vault" --passphrase-stdin

# Stamp the canary into every free-text field. Every record type listed must
# have at least one record with the canary, or the test itself is broken.
"$python" - "$throwaway/demo.json" "$throwaway/canary.json" <<'PY' || fail "could not stamp the canary"
import json, os, sys
canary = os.environ["CANARY"]
fields = {
    "relationships": [("name", 200), ("notes", 20000)],
    "strategyChanges": [("reason", 2000)],
    "relationshipItems": [("text", 2000)],
    "assessmentReflections": [("text", 2000)],
    "boundaries": [("behaviour", 2000), ("limit", 2000), ("consequence", 2000)],
    "breaches": [("description", 2000)],
    "userTags": [("label", 200)],
    "journalEntries": [("note", 20000), ("present", 2000), ("evidence", 2000)],
    "trialPlans": [("myBehaviour", 2000), ("theirBehaviour", 2000)],
    "benchmarks": [("label", 200)],
    "checkIns": [("helped", 2000), ("hindered", 2000)],
    "monthlyReviews": [("patterns", 2000), ("progress", 2000), ("planChanges", 2000)],
    "messageScripts": [("title", 200), ("body", 20000)],
    "logisticsItems": [("text", 2000)],
}
stamped = 0
def stamp(text, limit):
    global stamped
    stamped += 1
    return (text or "")[: limit - len(canary) - 1] + " " + canary
data = json.load(open(sys.argv[1], encoding="utf-8"))
for array, specs in fields.items():
    records = data.get(array) or []
    if not records:
        sys.exit(f"the demo has no {array}")
    for record in records:
        for key, limit in specs:
            record[key] = stamp(record[key], limit)
# The safety plan document: every free-text string in it (not phone numbers,
# the region, the format or the date).
plan = data["safetyPlans"][0]
doc = json.loads(plan["document"])
doc["code_word"] = stamp(doc["code_word"], 200)
doc["notes"] = stamp(doc["notes"], 2000)
for c in doc["contacts"]:
    c["name"] = stamp(c["name"], 200); c["relationship"] = stamp(c["relationship"], 200)
for h in doc["hotlines"]:
    h["notes"] = stamp(h["notes"], 2000)
for p in doc["safe_places"]:
    for k in ("name", "address", "how_to_get_there"):
        p[k] = stamp(p[k], 200)
for e in doc["essentials"]:
    e["text"] = stamp(e["text"], 200)
for k in ("if_they_show_up", "exit_steps", "grounding_tools"):
    doc[k] = [stamp(s, 2000) for s in doc[k]]
plan["document"] = json.dumps(doc, ensure_ascii=False)
json.dump(data, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
open(sys.argv[2] + ".count", "w").write(str(stamped))
print(f"stamped {stamped} text fields in {len(fields) + 1} record types")
PY
stamped=$(cat "$throwaway/canary.json.count")

run "import the stamped file with --replace" -- \
    "$bin" import json "$throwaway/canary.json" --vault "$vault" --passphrase-stdin --replace
run "check" -- "$bin" check --vault "$vault" --passphrase-stdin
run "export csv" -- "$bin" export csv -o "$throwaway/journal.csv" --vault "$vault" --passphrase-stdin
run "export json" -- "$bin" export json -o "$throwaway/after.json" --vault "$vault" --passphrase-stdin

# The canary really is in the vault: every stamped field comes back.
found=$(grep -o -F -- "$CANARY" "$throwaway/after.json" | wc -l)
[ "$found" -eq "$stamped" ] || fail "the export holds the canary $found times, expected $stamped"
grep -q -F -- "$CANARY" "$throwaway/journal.csv" || fail "the CSV export does not hold the canary"
echo "ok: the vault holds the canary in all $stamped fields"

# The scanner finds what it looks for: one file in each encoding.
mkdir "$throwaway/control"
printf '%s' "x$CANARY" >"$throwaway/control/utf8"
printf '%s' "x$CANARY" | "$python" -c 'import sys; sys.stdout.buffer.write(sys.stdin.read().encode("utf-16-le"))' \
    >"$throwaway/control/utf16"
scan_for_canary "$marker" "$root" "$throwaway/control" "$throwaway/none" >"$throwaway/control.out"
grep -q ' 2 hits$' "$throwaway/control.out" || { cat "$throwaway/control.out"; fail "the scanner misses the canary"; }
echo "ok: the scanner finds the canary in UTF-8 and UTF-16LE"

rm -rf "$throwaway"
[ -e "$throwaway" ] && fail "could not delete the throwaway folder"

scan_for_canary "$marker" "$root" "$home" "$root/tmp" /tmp /var/tmp
status=$?
[ "$status" -eq 0 ] || fail "the canary was found on disk"
echo "ok: no trace of the canary outside the vault's ciphertext"
