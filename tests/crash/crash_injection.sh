#!/usr/bin/env bash
# Crash injection: starts bearings_crash_writer on one vault, lets it run for a
# random short time, kills it with SIGKILL, and checks what is on disk, KILLS
# times over. After every kill the vault must open from its main file (a vault
# that only opens from its backup counts as a bad outcome: the save sequence
# promises the main file is always complete), it must hold every save the
# writer acknowledged before it died (and at most one more), its records must
# be a gap-free run, the backup (if any) must open and not be newer, and no
# temporary file may be left once Vault::cleanupStaleTempFiles has run.
#
# Usage: crash_injection.sh WRITER [KILLS] [SEED] [MIN_MS] [MAX_MS]
# Each run sleeps MIN_MS..MAX_MS before the kill, counted from the moment the
# writer has opened the vault (one run in eight: from its launch). Sleep times
# and that choice come from bash's RANDOM seeded with SEED, so the sequence is
# reproducible (where each kill lands still depends on the machine's speed);
# the environment variable CRASH_SEED overrides the seed.
set -u
writer=$1
kills=${2:-200}
seed=${CRASH_SEED:-${3:-20240611}}
min_ms=${4:-5}
max_ms=${5:-80}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/v"
vault="$work/v/crash.vault"
RANDOM=$seed

echo "crash injection: $kills kills, seed $seed, ${min_ms}-${max_ms} ms per run"
if ! "$writer" --create "$vault" >/dev/null 2>"$work/err"; then
    echo "FAIL: could not create the vault"; cat "$work/err"; exit 1
fi

bad=0
acked=0        # highest counter ever acknowledged
highest=0      # highest counter found on disk after the previous kill
stale_seen=0   # temporaries found beside the vault before cleanup
saves_total=0
killed_running=0
in_loop=0      # runs killed after the vault was open, i.e. during the save loop
early=0        # runs killed counting from launch rather than from "opened"
start=$(date +%s%N)

for ((i = 1; i <= kills; i++)); do
    delay=$((min_ms + (RANDOM * 32768 + RANDOM) % (max_ms - min_ms + 1)))
    : >"$work/out" # before the launch: the poll below must not see the last run's output
    "$writer" "$vault" >"$work/out" 2>"$work/err" &
    pid=$!
    if [ $((RANDOM % 8)) -eq 0 ]; then
        # One run in eight is killed counting from its launch, so that
        # start-up, the clean-up of temporaries and opening are hit too.
        early=$((early + 1))
    else
        # The others from the moment the vault is open (the writer prints
        # "opened"), so that the kills land in the save loop however slow
        # the build (ASan) or the machine.
        waited=0
        line=""
        while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 30000 ]; do
            read -r line <"$work/out" || true
            [ "$line" = opened ] && break
            sleep 0.002
            waited=$((waited + 2))
        done
    fi
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    if kill -KILL "$pid" 2>/dev/null; then killed=1; else killed=0; fi
    { wait "$pid"; } 2>/dev/null
    status=$?
    if [ "$killed" -eq 1 ]; then
        killed_running=$((killed_running + 1))
    else
        echo "note: run $i: the writer had already ended before the kill (status $status)"
    fi
    if [ "$status" -ne 137 ] && [ "$status" -ne 0 ]; then
        # The writer stopped by itself with an error (it could not open or
        # save): that is a bad outcome too.
        bad=$((bad + 1))
        echo "BAD run $i: the writer exited with $status before the kill"; sed 's/^/  writer: /' "$work/err"
    fi

    # The last complete line the writer printed is the last acknowledged save.
    last=$(grep -E '^[0-9]+$' "$work/out" | tail -n 1)
    runs=$(grep -c -E '^[0-9]+$' "$work/out")
    saves_total=$((saves_total + runs))
    if [ -n "$last" ] && [ "$last" -gt "$acked" ]; then acked=$last; fi
    if grep -q '^opened$' "$work/out"; then in_loop=$((in_loop + 1)); fi

    stale=$(find "$work/v" -mindepth 1 ! -name crash.vault ! -name crash.vault.bak | wc -l)
    stale_seen=$((stale_seen + stale))

    if ! "$writer" --verify "$vault" >"$work/verify" 2>"$work/verr"; then
        bad=$((bad + 1))
        echo "BAD run $i (slept ${delay} ms, last acknowledged $acked):"
        sed 's/^/  verify: /' "$work/verify" "$work/verr"
        cp -a "$work/v" "$work/bad-$i" 2>/dev/null
        # Keep going only if the vault still opens; otherwise stop here.
        grep -q '^main ' "$work/verify" || break
    fi
    read -r _ found _ _ _ < <(grep '^main ' "$work/verify") || found=""
    if [ -z "$found" ]; then
        :
    elif [ "$found" -lt "$acked" ]; then
        bad=$((bad + 1))
        echo "BAD run $i: lost acknowledged saves: acknowledged $acked, vault holds up to $found"
    elif [ "$found" -gt $(( (acked > highest ? acked : highest) + 1 )) ]; then
        bad=$((bad + 1))
        echo "BAD run $i: the vault holds $found, more than one save beyond what was acknowledged ($acked)"
    fi
    [ -n "$found" ] && highest=$found

    left=$(find "$work/v" -mindepth 1 ! -name crash.vault ! -name crash.vault.bak | wc -l)
    if [ "$left" -ne 0 ]; then
        bad=$((bad + 1))
        echo "BAD run $i: $left temporary file(s) left after cleanup:"; ls -la "$work/v"
    fi
    if [ $((i % 1000)) -eq 0 ] && [ "$i" -lt "$kills" ]; then
        echo "  ... $i runs, $bad bad outcomes, highest on disk $highest"
    fi
done

elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "runs: $((i > kills ? kills : i)), killed while running: $killed_running (in the save loop: $in_loop;" \
    "timed from launch: $early), acknowledged saves: $saves_total, highest acknowledged: $acked," \
    "highest on disk: $highest"
echo "temporaries seen before cleanup: $stale_seen; time: ${elapsed_ms} ms"
echo "bad outcomes: $bad"
[ "$bad" -eq 0 ]
