#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# f opens the filter menu (menu library); filtering by a state shows only
# its dialogues, the status row names the filter, and "remove every
# filter" brings the whole register back. A body concerned and a year
# filter as the command line's --body and --year do; overdue shows the
# rows flagged O.
. "$(dirname "$0")/lib.sh"

start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "32 dialogues"
keys f
wait_for "By state..."
keys Enter
wait_for "All states"
# All states, Proposed, Decided
keys j j
keys Enter
wait_for "4 dialogues"
wait_for "Filter: Decided"
screen >/dev/null
n=$(grep -c ' MD-2026-' "$SCREEN")
[ "$n" -eq 4 ] || fail "4 rows expected, $n shown"
for r in MD-2026-005 MD-2026-006 MD-2026-007 MD-2026-008; do
	grep -q "$r" "$SCREEN" || fail "$r is decided but not shown"
done
! grep -q "Proposed " "$SCREEN" || fail "a proposed dialogue is shown"

# Overdue only, on top of the state: none of the decided is overdue.
keys f
wait_for "Only overdue"
keys j j j Enter
wait_for "0 dialogues"
wait_for "No dialogue matches the filter"

keys f
wait_for "Remove every filter"
keys End Enter
wait_for "32 dialogues"
expect_not "Filter:"

# A body concerned: the first one the menu offers.
keys f
wait_for "By body concerned..."
keys j Enter
wait_for "All bodies"
keys j Enter
wait_for "Filter: "
screen >/dev/null
B=$(sed -n 's/.*Filter: \(.*[^ ]\)  Sorted by.*/\1/p' "$SCREEN")
[ -n "$B" ] || fail "no body named in the status row"
N=$(dlg list --body "$B" --format csv | tail -n +2 | wc -l)
[ "$N" -gt 0 ] || fail "the CLI finds no dialogue concerning $B"
wait_for "$N dialogues"

# The year, on top of the body; then every filter removed.
keys f
wait_for "By year..."
keys j j Enter
wait_for "All years"
keys j Enter
wait_for "Filter: $B, 2026"
wait_for "$N dialogues"
keys f
wait_for "Remove every filter"
keys End Enter
wait_for "32 dialogues"

# Overdue alone: the rows flagged O.
keys f
wait_for "Only overdue"
keys j j j Enter
wait_for "Filter: overdue"
screen >/dev/null
grep ' MD-2026-' "$SCREEN" >"$T/rows"
[ -s "$T/rows" ] || fail "no overdue dialogue shown"
! grep -qv ' O[LW]*$' "$T/rows" || fail "a row without the O flag"
exit 0
