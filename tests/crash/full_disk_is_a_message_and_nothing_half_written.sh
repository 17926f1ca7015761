#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A full disk is a message and exit status 5, never a death by signal: the
# register keeps exactly what it held (its bytes, integrity_check ok), an
# output file that existed keeps its old content, no temporary file stays,
# and once there is room again the same work succeeds.
. "$(dirname "$0")/lib.sh"
in_mount_namespace

# The register on one small disk, output files on another.
M=$T/disk
O=$T/outdisk
small_fs "$M" 3m
small_fs "$O" 4m
export DIALOGREG_DB="$M/register.db"
ok demo
ok export-json -o "$O/backup.json"
ok export -o "$O/lista.csv"
survey 3000 "$T/enkat.csv"
long=$(python3 -c 'print("Deltagarna ville ha fler bussar. " * 580)')

snapshot before
grep -q "INSERT INTO" "$T/before.dump" || fail "an empty dump"
# Fill both disks to the last block.
for d in "$M" "$O"; do
	dd if=/dev/zero of="$d/fyllnad" bs=4096 2>/dev/null
	[ "$(df --output=avail "$d" | tail -n 1 | tr -d ' ')" -eq 0 ] ||
	    fail "the disk $d is not full"
done
cp "$M/register.db" "$T/before.db"
cp "$O/backup.json" "$T/backup-before.json"
cp "$O/lista.csv" "$T/lista-before.csv"

run import MD-2026-015 "$T/enkat.csv"
not_by_signal
expect_rc 5
expect_err "the disk is full; nothing was saved"
LC_ALL=sv_SE.UTF-8 run set MD-2026-001 purpose="Nytt syfte" \
    result_summary="$long" documentation_plan="$long"
not_by_signal
expect_rc 5
expect_err "disken är full; inget har sparats"
run contribution add MD-2026-015 --text "$long"
not_by_signal
expect_rc 5
expect_err "the disk is full"
same_bytes "$M/register.db" "$T/before.db"
# The sqlite3 shell cannot make its -shm file on a full disk either; as
# nothing writes meanwhile, it may read the register as immutable.
expect_unchanged before "file:$M/register.db?immutable=1"
integrity "file:$M/register.db?immutable=1"

# Reading needs no room, but SQLite's -shm file of a register opened for
# writing does: the export says so, and writes nothing.
run export-json -o "$T/backup.json"
not_by_signal
expect_rc 5
expect_err "the disk is full"
[ ! -e "$T/backup.json" ] || fail "a half-written backup.json"

# An output file on a full disk keeps its old content.
rm -f "$M/fyllnad"
dd if=/dev/zero of="$M/fyllnad" bs=4096 count=64 2>/dev/null
run export-json -o "$O/backup.json"
not_by_signal
expect_rc 5
expect_err "cannot write '$O/backup.json': the disk is full; the file was left as it was"
same_bytes "$O/backup.json" "$T/backup-before.json"
LC_ALL=sv_SE.UTF-8 run export -o "$O/lista.csv"
expect_rc 5
expect_err "disken är full"
same_bytes "$O/lista.csv" "$T/lista-before.csv"
no_leftovers "$O"

# A backup restored into a new register on a full disk: nothing is made.
run --db "$O/kopia.db" import-json "$T/backup-before.json"
not_by_signal
expect_rc 5
expect_err "the disk is full"
[ ! -e "$O/kopia.db" ] || fail "a half-made register kopia.db"
no_leftovers "$O"
no_leftovers "$M"

# Room again: the same work succeeds.
rm "$M/fyllnad" "$O/fyllnad"
ok import MD-2026-015 "$T/enkat.csv"
expect_out "Imported 3000 contributions"
ok export-json -o "$O/backup.json"
ok --db "$O/kopia.db" import-json "$T/backup-before.json"
integrity "$M/register.db"
integrity "$O/kopia.db"
exit 0
