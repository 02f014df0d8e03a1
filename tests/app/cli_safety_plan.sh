#!/usr/bin/env bash
# Whole-process test of `bearings export safety-plan` on a real demo vault:
# every format, the wallet card, paper sizes, no display, and bad input.
# Usage: cli_safety_plan.sh BEARINGS_BINARY
set -u
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
# The command paints PDFs without any display, whatever the environment asks for.
unset DISPLAY WAYLAND_DISPLAY
export QT_QPA_PLATFORM=xcb
pass='correct horse battery'
failures=0
checks=0

fail() { failures=$((failures + 1)); echo "FAIL: $*"; }
expect() { # expect CODE DESCRIPTION -- command...
    local want=$1 what=$2; shift 3
    "$@" >"$work/out" 2>"$work/err"
    local got=$?
    checks=$((checks + 1))
    if [ "$got" != "$want" ]; then
        fail "$what: exit $got, expected $want"; sed 's/^/  stdout: /' "$work/out"; sed 's/^/  stderr: /' "$work/err"
    else
        echo "ok: $what"
    fi
}
contains() { # contains FILE DESCRIPTION TEXT... (FILE's text with line breaks as spaces)
    local file=$1 what=$2; shift 2
    local text
    text=$(tr '\n' ' ' <"$file" | tr -s ' ')
    for t in "$@"; do
        checks=$((checks + 1))
        case "$text" in
            *"$t"*) ;;
            *) fail "$what: '$t' missing"; return ;;
        esac
    done
    echo "ok: $what"
}
lacks() { # lacks FILE DESCRIPTION TEXT
    checks=$((checks + 1))
    if grep -q -F -- "$3" "$1"; then fail "$2: '$3' should not be there"; else echo "ok: $2"; fi
}
page_size() { pdfinfo "$1" | sed -n 's/^Page size: *\([0-9.]*\) x \([0-9.]*\) pts.*/\1 \2/p'; }
size_is() { # size_is PDF WIDTH HEIGHT DESCRIPTION (within half a point)
    checks=$((checks + 1))
    local got
    got=$(page_size "$1")
    if python3 -c "import sys; w,h=map(float,'$got'.split()); sys.exit(0 if abs(w-$2)<0.5 and abs(h-$3)<0.5 else 1)" 2>/dev/null
    then echo "ok: $4"; else fail "$4: page size '$got', expected $2 x $3"; fi
}
well_formed() { # well_formed FILE DESCRIPTION
    checks=$((checks + 1))
    if python3 -c "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])" "$1" 2>"$work/xml"
    then echo "ok: $2"; else fail "$2"; cat "$work/xml"; fi
}
with_pass() { printf '%s\n' "$1" | "${@:2}"; }
run_export() { with_pass "$pass" "$bin" export safety-plan --vault "$V" --passphrase-stdin "$@"; }

sections=("Emergency number" "Helplines" "Trusted people" "Code word" "Safe places" "If the person shows up"
    "Leaving safely" "Documents and essentials" "For hard moments" "Notes")
# From the demo story's plan (core/demo/DemoText.cpp): people, numbers, places.
entries=("Jordan" "206-555-0134" "Priya" "206-555-0178" "Dr. Lee" "206-555-0142" "911" "1-800-799-7233"
    "1-800-787-3224" "blue umbrella" "14 Elm Street" "The public library" "Birth certificates")

V="$work/demo.vault"
expect 0 "demo vault" -- with_pass "$pass" "$bin" demo --vault "$V" --passphrase-stdin --seed 3

have_poppler=1
command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null || have_poppler=0

expect 0 "export pdf" -- run_export --format pdf -o "$work/plan.pdf"
contains "$work/err" "says the file is not encrypted" "not encrypted"
if [ "$have_poppler" = 1 ]; then
    pdftotext "$work/plan.pdf" "$work/plan.pdf.txt"
    contains "$work/plan.pdf.txt" "pdf has every section" "${sections[@]}"
    contains "$work/plan.pdf.txt" "pdf has every contact and number" "${entries[@]}"
    contains "$work/plan.pdf.txt" "pdf is dated" "Printed on"
    size_is "$work/plan.pdf" 612 792 "a US plan prints on Letter"
    expect 0 "export pdf on A4" -- run_export --format pdf --paper a4 -o "$work/plan-a4.pdf"
    size_is "$work/plan-a4.pdf" 595.28 841.89 "--paper a4"

    expect 0 "export the wallet card" -- run_export --format pdf --card -o "$work/card.pdf"
    checks=$((checks + 1))
    if pdfinfo "$work/card.pdf" | grep -q '^Pages: *1$'; then echo "ok: the card is one page"; else fail "card pages"; pdfinfo "$work/card.pdf"; fi
    size_is "$work/card.pdf" 242.65 153.07 "the card is 85.6 x 54 mm"
    pdftotext "$work/card.pdf" "$work/card.pdf.txt"
    contains "$work/card.pdf.txt" "the card has the essentials" "911" "1-800-799-7233" "Jordan" "206-555-0134" \
        "Priya" "206-555-0178" "blue umbrella" "Jordan's flat"
    lacks "$work/card.pdf.txt" "the card leaves out a third person" "Dr. Lee"
else
    echo "SKIP: pdftotext/pdfinfo (poppler-utils) not installed; PDF contents not checked"
    [ -s "$work/plan.pdf" ] || fail "no PDF written"
fi

expect 0 "export html" -- run_export --format html -o "$work/plan.html"
well_formed "$work/plan.html" "html is well-formed"
python3 -c "import sys, re; print(re.sub('<[^>]+>', ' ', open(sys.argv[1]).read()))" "$work/plan.html" >"$work/plan.html.txt"
contains "$work/plan.html.txt" "html has every section, contact and number" "${sections[@]}" "${entries[@]}"
expect 0 "export the card as html" -- run_export --format html --card -o "$work/card.html"
well_formed "$work/card.html" "card html is well-formed"
expect 0 "export txt" -- run_export --format txt -o "$work/plan.txt"
upper=()
for s in "${sections[@]}"; do upper+=("${s^^}"); done
contains "$work/plan.txt" "text has every section" "${upper[@]}"
contains "$work/plan.txt" "text has every contact and number" "${entries[@]}"
expect 0 "export md" -- run_export --format md -o "$work/plan.md"
for s in "${sections[@]}"; do
    checks=$((checks + 1))
    grep -q -x -F "## $s" "$work/plan.md" || fail "markdown heading '## $s'"
done
contains "$work/plan.md" "markdown has every contact and number" "${entries[@]}"

# Bad input: usage errors before any passphrase is read.
expect 2 "--card with txt" -- run_export --format txt --card -o "$work/x.txt"
contains "$work/err" "says which formats have a card" "PDF or HTML"
expect 2 "--card with md" -- run_export --format md --card -o "$work/x.md"
expect 2 "no --format" -- run_export -o "$work/x.pdf"
expect 2 "unknown format" -- run_export --format docx -o "$work/x.docx"
expect 2 "unknown paper" -- run_export --format pdf --paper a5 -o "$work/x.pdf"
expect 2 "no -o" -- run_export --format pdf
expect 2 "--format belongs to documents" -- with_pass "$pass" "$bin" export json --format pdf -o "$work/x.json" --vault "$V" --passphrase-stdin
expect 2 "--card belongs to export" -- with_pass "$pass" "$bin" check --card --vault "$V" --passphrase-stdin
[ -e "$work/x.pdf" ] || [ -e "$work/x.txt" ] && fail "a refused export wrote a file"

expect 3 "wrong passphrase" -- with_pass "not it" "$bin" export safety-plan --format pdf -o "$work/wrong.pdf" --vault "$V" --passphrase-stdin
checks=$((checks + 1)); [ -e "$work/wrong.pdf" ] && fail "wrong passphrase wrote a file" || echo "ok: nothing written"
expect 5 "a folder that does not exist" -- run_export --format pdf -o "$work/no/such/plan.pdf"
expect 5 "no vault" -- with_pass "$pass" "$bin" export safety-plan --format md -o "$work/none.md" --vault "$work/none.vault" --passphrase-stdin

# The options of the other document export, the incident report, are checked
# by the same parser (tests/app/cli_incident_report.sh runs the report itself).
expect 2 "incident report needs dates" -- "$bin" export incident-report --relationship 1 --from 2026-01-01 --format pdf -o "$work/r.pdf"
expect 2 "incident report dates in order" -- "$bin" export incident-report --relationship 1 --from 2026-03-01 --to 2026-01-01 --format html -o "$work/r.html"
expect 2 "incident report has no card" -- "$bin" export incident-report --relationship 1 --from 2026-01-01 --to 2026-03-01 --format pdf --card -o "$work/r.pdf"

echo "$checks checks, $failures failures"
[ "$failures" = 0 ]
