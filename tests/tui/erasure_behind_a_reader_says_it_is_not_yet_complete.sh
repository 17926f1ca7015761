#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Contact details erased in the screens while another program holds a
# read transaction on the register: the journal cannot be emptied at
# once, and the screens say so in Swedish (the official may have told the
# resident the details are gone) instead of only "erased". Once the other
# program is done, the next open finishes the erasure: the address is in
# none of the register's files.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"
. "$HERE/../reader.sh"

ADDRESS="elin.ek.5c2d1@example.se"

ref=$(new_dialogue "Belysning i Åbyparken")
dlg contribution add "$ref" --text "Mörkt vid rampen på kvällarna" \
    --contact "Elin Ek, $ADDRESS" >/dev/null || fail "contribution add failed"
id=$(dlg contribution list "$ref" --format csv | tail -n 1 | cut -d, -f1)
in_files "$DB" 5c2d1 || fail "the address is not in the register to begin with"

# Another client with a read transaction open.
reader_start "$DB"

start
wait_for "33 dialoger"
open_view "$ref"
keys c
wait_for "Synpunkter i $ref"
keys x
wait_for "Radera kontaktuppgifterna för synpunkt $id?"
keys j
wait_for "Raderingen är inte klar än"
wait_for "en kopia av de raderade uppgifterna"
keys Enter
wait_gone "Raderingen är inte klar än"
wait_for "(raderade)"
in_files "$DB" 5c2d1 || fail "the screens say a copy remains, but none does"
# The session goes at once; the program, still connected to the
# register, a moment later: wait for it.
pid=$(program_pid)
stop
expect_exited "$pid"

# The reader is done; the next open finishes the erasure.
reader_done
reader_stop
dlg list >/dev/null || fail "list failed"
in_files "$DB" 5c2d1 && fail "the address is still in the register's files"
exit 0
