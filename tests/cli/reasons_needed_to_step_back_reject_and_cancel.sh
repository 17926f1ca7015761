#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A step back, a rejection and a cancellation each need a reason: refused
# without --reason (nothing stored), accepted with it, and the reason is
# kept in state_reason and in the history row of the transition.
. "$(dirname "$0")/lib.sh"

# refused REF STATE LINE: advance is refused with LINE, register unchanged.
refused() {
	snapshot before
	run advance "$1" "$2"
	expect_rc 2
	expect_err "  - $3"
	expect_unchanged before
	run advance "$1" "$2" --reason "   "
	expect_rc 2
	expect_err "  - $3"
	expect_unchanged before
}

# history_has REF TO REASON: the history row of the move to TO has REASON.
history_has() {
	ok history "$1" --format csv
	grep -q ",state,[a-z_]*,$2,$3" "$T/out" ||
	    fail "history of $1 lacks the step to $2 with reason '$3'"
	ok history "$1"
	expect_out "$3"
}

# Step back: planned -> decided.
BACK=$(new_dialogue "Hundrastgård i Rönnäng") || exit 1
walk "$BACK" planned
refused "$BACK" decided "A reason is required to step back."
ok advance "$BACK" decided --reason "Budgeten räcker inte; planera om"
expect_out "$BACK is now Decided"
history_has "$BACK" decided "Budgeten räcker inte; planera om"
[ "$(sql "SELECT state_reason FROM dialogues WHERE ref = '$BACK'")" = \
    "Budgeten räcker inte; planera om" ] || fail "state_reason not kept"

# Reject: proposed -> rejected; and reopen: rejected -> proposed.
REJ=$(new_dialogue "Ny logotyp") || exit 1
refused "$REJ" rejected "A reason is required to reject the dialogue."
ok advance "$REJ" rejected --reason "Frågan är redan avgjord"
history_has "$REJ" rejected "Frågan är redan avgjord"
refused "$REJ" proposed "A reason is required to step back."
run check "$REJ" proposed
expect_rc 2
expect_line_out "A reason is required to step back."
ok check "$REJ" proposed --reason "Ny information"
expect_out "Nothing is missing for"
ok advance "$REJ" proposed --reason "Ny information"
history_has "$REJ" proposed "Ny information"

# Cancel before any session: a reason is enough.
CAN=$(new_dialogue "Utegym vid badet") || exit 1
walk "$CAN" decided
refused "$CAN" cancelled "A reason is required to cancel the dialogue."
ok advance "$CAN" cancelled --reason "Bygget stoppades"
history_has "$CAN" cancelled "Bygget stoppades"

# Cancel after sessions were held: the result must be reported, or the
# reason why not [T4]; both items are listed at once.
HELD=$(new_dialogue "Skolvägen") || exit 1
walk "$HELD" running
ok session add "$HELD" --date 2026-04-28 --politicians "Anna Berg"
snapshot before
run advance "$HELD" cancelled
expect_rc 2
expect_err "  - A reason is required to cancel the dialogue."
expect_err "  - Sessions have been held, so the result must be reported: give the result summary and where it was reported, or why it was not reported [T4][S:Checklista]."
expect_unchanged before
ok set "$HELD" not_reported_reason="Deltagarna var för få"
ok advance "$HELD" cancelled --reason "Projektet lades ner"
history_has "$HELD" cancelled "Projektet lades ner"

# Moves that do not exist are refused whatever the reason.
run advance "$HELD" running --reason "ångrar mig"
expect_rc 2
expect_err "A dialogue in state Cancelled cannot move to Running."
run advance "$BACK" evaluated --reason "hoppa"
expect_rc 2
expect_err "A dialogue in state Decided cannot move to Evaluated."
exit 0
