#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Contact details erased while another program holds a read transaction
# on the register: the journal cannot be emptied at once. The command
# says so, and the next time the register is opened the copy goes: the
# address is then in none of the register's files (.db, -wal, -shm),
# though the other program is still connected.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/../reader.sh"

ADDRESS="asa.oberg.7f3a9@example.se"

REF=$(new_dialogue) || exit 1
ok contribution add "$REF" --text "Fler bänkar på torget, gärna i skugga"
ok contribution add "$REF" --text "Ja" --contact "Åsa Öberg, $ADDRESS"
ok contribution add "$REF" --text "Fler bänkar på torget, gärna i skugga"
in_files "$DIALOGREG_DB" 7f3a9 ||
    fail "the address is not in the register to begin with"

# Another client with a read transaction open.
reader_start "$DIALOGREG_DB"
reader_await "reading|3"

ok contribution erase-contact "$REF" 2
expect_out "Erased the contact details of contribution 2 of $REF."
expect_out "Another program is reading the register"
expect_out "the next time the register is opened or changed"
in_files "$DIALOGREG_DB" 7f3a9 ||
    fail "the note says a copy remains, but none does"

# The reader is done but stays connected; the next open finishes.
reader_done
ok list
in_files "$DIALOGREG_DB" 7f3a9 &&
    fail "the address is still in the register's files"
[ "$(sql "SELECT count(*) FROM erase_pending")" = 0 ] ||
    fail "the erasure is still marked as pending"

# In Swedish too, and without a reader nothing is said.
ok contribution add "$REF" --text "Nej" --contact "$ADDRESS"
LC_ALL=sv_SE.UTF-8 ok contribution erase-contact "$REF" 4
expect_no_out "journal"
expect_no_out "journalfil"
in_files "$DIALOGREG_DB" 7f3a9 &&
    fail "the address is left after an erasure with no reader"

reader_stop
exit 0
