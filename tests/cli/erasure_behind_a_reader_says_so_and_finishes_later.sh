#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Contact details erased while another program holds a read transaction
# on the register: the journal cannot be emptied at once. The command
# says so, and the next time the register is opened the copy goes: the
# address is then in none of the register's files (.db, -wal, -shm),
# though the other program is still connected.
. "$(dirname "$0")/lib.sh"

ADDRESS="asa.oberg.7f3a9@example.se"

# in_files: 0 when some file of the register holds the address.
in_files() {
	for f in "$DIALOGREG_DB" "$DIALOGREG_DB-wal" "$DIALOGREG_DB-shm"; do
		[ -f "$f" ] && grep -qaF "7f3a9" "$f" && return 0
	done
	return 1
}

REF=$(new_dialogue) || exit 1
ok contribution add "$REF" --text "Fler bänkar på torget, gärna i skugga"
ok contribution add "$REF" --text "Ja" --contact "Åsa Öberg, $ADDRESS"
ok contribution add "$REF" --text "Fler bänkar på torget, gärna i skugga"
in_files || fail "the address is not in the register to begin with"

# Another client with a read transaction open (fed through a FIFO); it
# answers each step in its output, which is polled (bounded).
mkfifo "$T/reader.in"
sqlite3 "$DIALOGREG_DB" <"$T/reader.in" >"$T/reader.out" 2>&1 &
READER=$!
exec 3>"$T/reader.in"
printf "BEGIN;\nSELECT 'reading', count(*) FROM contributions;\n" >&3
# await TEXT: the reader has printed TEXT.
await() {
	i=0
	until grep -qF "$1" "$T/reader.out"; do
		i=$((i + 1))
		[ $i -lt 500 ] || fail "the reader never said '$1'"
		sleep 0.01
	done
}
await "reading|3"

ok contribution erase-contact "$REF" 2
expect_out "Erased the contact details of contribution 2 of $REF."
expect_out "Another program is reading the register"
expect_out "the next time the register is opened or changed"
in_files || fail "the note says a copy remains, but none does"

# The reader is done but stays connected; the next open finishes.
printf "COMMIT;\nSELECT 'done';\n" >&3
await "done"
ok list
in_files && fail "the address is still in the register's files"
[ "$(sql "SELECT count(*) FROM erase_pending")" = 0 ] ||
    fail "the erasure is still marked as pending"

# In Swedish too, and without a reader nothing is said.
ok contribution add "$REF" --text "Nej" --contact "$ADDRESS"
LC_ALL=sv_SE.UTF-8 ok contribution erase-contact "$REF" 4
expect_no_out "journal"
expect_no_out "journalfil"
in_files && fail "the address is left after an erasure with no reader"

exec 3>&-
wait "$READER"
exit 0
