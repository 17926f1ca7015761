#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# "/" finds the first match without reading every match: the search is
# read on and counted between keys, the list says "at least N matches"
# until it is counted, then the count, which is the command line's, the
# list's filter included; the first match from the top is selected and
# n goes on to the next. On a register big enough that a search for a
# common prefix is not read in one go.
. "$(dirname "$0")/lib.sh"

# A bigger register than the demo's, made by the program itself.
DB=$T/big.db
dlg demo --size 1500 >"$T/big.out" 2>&1 || {
	cat "$T/big.out" >&2
	fail "dialogreg demo --size failed"
}
dlg list --text s --format csv | tail -n +2 | cut -d, -f1 |
    tr -d '\r"' >"$T/matches"
N=$(wc -l <"$T/matches")
[ "$N" -ge 100 ] || fail "the register has too few matches of 's': $N"
M1=$(sed -n 1p "$T/matches")
M2=$(sed -n 2p "$T/matches")
K=$(dlg list --text s --state running --format csv | tail -n +2 | wc -l)
[ "$K" -ge 2 ] || fail "too few running dialogues match 's': $K"

start LC_ALL=C.UTF-8 LANG=C.UTF-8
# Wide enough for the whole status line.
resize 200 24
wait_for "1500 dialogues"
keys /
type_text "s"
selected_on "$M1"
wait_for "Search 's': $N matches"
keys Enter
cursor_on "$M1"
keys n
cursor_on "$M2"

# With the state filter, the count is of the matches the list holds.
keys f
wait_for "By state..."
keys Enter
wait_for "All states"
keys j j j j Enter
wait_for "Filter: Running"
wait_for "Search 's': $K matches"
exit 0
