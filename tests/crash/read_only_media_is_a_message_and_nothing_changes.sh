#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A register on read-only media (a file system mounted read-only, where
# even root may not write): every change is refused with a message and
# exit status 5, reading still works, and nothing changes; an output file
# there is refused the same way.
. "$(dirname "$0")/lib.sh"
in_mount_namespace

M=$T/media
small_fs "$M" 4m
export DIALOGREG_DB="$M/register.db"
ok demo
ok export-json -o "$M/backup.json"
survey 50 "$T/enkat.csv"
snapshot before
grep -q "INSERT INTO" "$T/before.dump" || fail "an empty dump"
mount -o remount,ro "$M" || fail "cannot remount $M read-only"
cp "$M/register.db" "$T/before.db"
cp "$M/backup.json" "$T/backup-before.json"

ok list
expect_out "MD-2026-015"
ok show MD-2026-015

for change in "set MD-2026-001 purpose=Nytt" \
    "advance MD-2026-001 decided" \
    "import MD-2026-015 $T/enkat.csv" \
    "contribution add MD-2026-015 --text Hej" \
    "new title=a question=b initiated_by=c bodies=KS"; do
	# shellcheck disable=SC2086
	run $change
	not_by_signal
	expect_rc 5
	expect_err "is on read-only media (a file system mounted read-only); nothing can be changed in it"
done
LC_ALL=sv_SE.UTF-8 run set MD-2026-001 purpose=Nytt
expect_rc 5
expect_err "ligger på ett skrivskyddat medium"

run export-json -o "$M/backup.json"
not_by_signal
expect_rc 5
expect_err "cannot write"
LC_ALL=sv_SE.UTF-8 run export -o "$M/lista.csv"
expect_rc 5
expect_err "kan inte skriva"
run --db "$M/ny.db" init
expect_rc 5

same_bytes "$M/register.db" "$T/before.db"
same_bytes "$M/backup.json" "$T/backup-before.json"
# The sqlite3 shell too reads a register on read-only media only as an
# immutable file.
expect_unchanged before "file:$M/register.db?immutable=1"
integrity "file:$M/register.db?immutable=1"
[ ! -e "$M/ny.db" ] && [ ! -e "$M/lista.csv" ] ||
    fail "a file was made on read-only media"
exit 0
