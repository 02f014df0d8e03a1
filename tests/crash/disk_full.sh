#!/usr/bin/env bash
# Disk full at every point of a save, on a real file system. A small tmpfs
# holds a vault and its backup; before each save it is filled (fallocate) so
# that exactly FREE bytes are left, then bearings_crash_writer --save-once
# opens the vault, adds one record and saves. FREE runs from 0 to two vault
# files and a margin in steps of STEP bytes (default 4096, the tmpfs page, so
# every distinct amount of free space is tried); past that a save always fits.
# Every save starts from the same files (restored from a copy outside the
# tmpfs), in two scenarios:
#   same size  the new vault is as large as the old one and its backup; the
#              old backup's space, freed when the new backup is renamed over
#              it, always makes room for the new vault, so saves fail only
#              while writing the backup (step 3 of the save);
#   growing    each record carries 20 kB of notes (CRASH_WRITER_NOTE_BYTES),
#              so the new vault is larger than the old backup and some saves
#              fail after the backup was replaced, while writing the vault
#              (step 4).
# After each save, with the space freed again, the vault must open from its
# main file and hold exactly the acknowledged records (the new one if the save
# said so, else the previous ones), its backup must open, no temporary file may
# be left once Vault::cleanupStaleTempFiles has run, a refused save must say
# the disk is full and leave the vault byte for byte as it was, and the writer
# must not fail in any other way.
#
# Usage: disk_full.sh WRITER [STEP]
# Needs root to mount the tmpfs; exits 77 (skipped) otherwise.
set -u
writer=$1
step=${2:-4096}

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: the disk-full run mounts a small tmpfs, which needs root"
    exit 77
fi
command -v fallocate >/dev/null 2>&1 || { echo "SKIP: fallocate is missing"; exit 77; }
work=$(mktemp -d)
mnt="$work/mnt"
mkdir "$mnt"
if ! mount -t tmpfs -o size=4m,mode=0700 bearings-disk-full "$mnt"; then
    rmdir "$mnt"; rm -rf "$work"
    echo "SKIP: could not mount a tmpfs here"
    exit 77
fi
trap 'umount "$mnt"; rm -rf "$work"' EXIT
vault="$mnt/v/crash.vault"
avail() { df -B1 --output=avail "$mnt" | tail -n 1 | tr -d ' '; }
fingerprint() { sha256sum "$vault" | cut -d' ' -f1; }
strays() { find "$mnt/v" -mindepth 1 ! -name crash.vault ! -name crash.vault.bak | wc -l; }

bad=0; points=0; saved=0; refused=0; backup_replaced=0; stale_seen=0
run_scenario() { # NAME NOTE_BYTES
    local name=$1 notes=$2
    export CRASH_WRITER_NOTE_BYTES=$notes
    rm -rf "$mnt/v" "$work/state"
    mkdir "$mnt/v"
    # The starting point: a vault with two records and a backup with one.
    if ! "$writer" --create "$vault" >/dev/null 2>"$work/err" \
        || ! "$writer" --save-once "$vault" >/dev/null 2>>"$work/err" \
        || ! "$writer" --save-once "$vault" >/dev/null 2>>"$work/err"; then
        echo "FAIL: could not prepare the vault"; cat "$work/err"; exit 1
    fi
    cp -a "$mnt/v" "$work/state"
    local size backup_size max
    size=$(stat -c %s "$vault")
    backup_size=$(stat -c %s "$vault.bak")
    max=$((2 * size + 131072))
    echo "$name: vault $size bytes, backup $backup_size bytes; free space 0..$max bytes in steps of $step"
    local free status last left before found backup_state old_backup
    old_backup=$(sha256sum "$vault.bak" | cut -d' ' -f1)
    for ((free = 0; free <= max; free += step)); do
        points=$((points + 1))
        rm -rf "$mnt/v" "$mnt/filler"
        cp -a "$work/state" "$mnt/v"
        local have
        have=$(avail)
        if [ "$have" -gt "$free" ] && ! fallocate -l $((have - free)) "$mnt/filler"; then
            echo "FAIL: could not fill the disk"; exit 1
        fi
        left=$(avail)
        before=$(fingerprint)
        "$writer" --save-once "$vault" >"$work/out" 2>"$work/err"
        status=$?
        last=$(grep -E '^[0-9]+$' "$work/out" | tail -n 1)
        local expected=2
        case $status in
        0)
            saved=$((saved + 1)); expected=3
            [ "$last" = 3 ] || { bad=$((bad + 1)); echo "BAD at $left bytes free: acknowledged '$last', not 3"; }
            ;;
        5)
            refused=$((refused + 1))
            if ! grep -q 'disk is full' "$work/err"; then
                bad=$((bad + 1)); echo "BAD at $left bytes free: the refusal does not say the disk is full:"
                cat "$work/err"
            fi
            if [ "$(fingerprint)" != "$before" ]; then
                bad=$((bad + 1)); echo "BAD at $left bytes free: a refused save changed the vault"
            fi
            if [ "$(sha256sum "$vault.bak" | cut -d' ' -f1)" != "$old_backup" ]; then
                backup_replaced=$((backup_replaced + 1)) # refused while writing the vault (step 4)
            fi
            ;;
        *)
            bad=$((bad + 1)); echo "BAD at $left bytes free: the writer failed with status $status:"; cat "$work/err"
            ;;
        esac
        stale_seen=$((stale_seen + $(strays)))
        rm -f "$mnt/filler"

        if ! "$writer" --verify "$vault" >"$work/verify" 2>"$work/verr"; then
            bad=$((bad + 1)); echo "BAD at $left bytes free: the vault does not verify:"; cat "$work/verify" "$work/verr"
        fi
        found=""; backup_state=""
        read -r _ found _ _ backup_state < <(grep '^main ' "$work/verify")
        if [ "$found" != "$expected" ]; then
            bad=$((bad + 1)); echo "BAD at $left bytes free: expected records up to $expected, the vault holds '$found'"
        fi
        if [ -z "$backup_state" ] || [ "$backup_state" = none ]; then
            bad=$((bad + 1)); echo "BAD at $left bytes free: no backup"
        fi
        if [ "$(strays)" -ne 0 ]; then
            bad=$((bad + 1)); echo "BAD at $left bytes free: temporary files left after cleanup:"; ls -la "$mnt/v"
        fi
    done
}

run_scenario "same size" 0
run_scenario "growing" 20000
echo "points: $points, saves acknowledged: $saved, refused as disk full: $refused" \
    "(of which after the backup was replaced: $backup_replaced), temporaries seen before cleanup: $stale_seen"
echo "bad outcomes: $bad"
[ "$bad" -eq 0 ] && [ "$refused" -gt 0 ] && [ "$saved" -gt 0 ]
