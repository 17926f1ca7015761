#!/bin/sh
# f opens the filter menu (menu library); filtering by a state shows only
# its dialogues, the status row names the filter, and "remove every
# filter" brings the whole register back.
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
