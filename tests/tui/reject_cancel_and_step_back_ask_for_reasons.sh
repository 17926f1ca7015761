#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Rejecting, cancelling the dialogue and stepping back ask for a reason;
# Esc at the question changes nothing; the reason is kept with the
# dialogue and in the history.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

# history_has REF TEXT: a history row of REF holds TEXT.
history_has() {
	dlg history "$1" --format csv >"$T/history.csv"
	grep -qF -- "$2" "$T/history.csv" ||
	    fail "the history of $1 lacks '$2': $(cat "$T/history.csv")"
}

rejected=$(new_dialogue "Konstgräs på Vallen")
cancelled=$(new_dialogue "Ny badplats vid Kvarnsjön")
walk_cli "$cancelled" planned
back=$(new_dialogue "Torget i Åby")
walk_cli "$back" decided

start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "35 dialogues"

# Reject: Esc at the reason first, then a reason.
open_view "$rejected"
keys s
wait_for "Reject (becomes Rejected): ready, asks for a reason"
menu_to "Reject (becomes Rejected)"
wait_for "Everything this step needs is in place; you are asked for the reason"
keys Enter
wait_for "Why is it rejected?"
keys Escape
wait_for "Nothing was changed."
[ "$(state_of "$rejected")" = proposed ] || fail "Esc rejected it"
keys Enter
wait_for "Why is it rejected?"
# A reason may take several lines; Ctrl-S gives it.
type_text "Frågan avgörs redan i detaljplanen."
keys Enter
type_text "  Se KS 2026/12."
keys C-s
wait_for "$rejected is now Rejected"
[ "$(state_of "$rejected")" = rejected ] || fail "not rejected"
expect_field "$rejected" state_reason "Frågan avgörs redan i detaljplanen.
  Se KS 2026/12."
history_has "$rejected" "Frågan avgörs redan i detaljplanen."
keys q
wait_for "35 dialogues"

# Cancel the dialogue (planned).
open_view "$cancelled"
keys s
wait_for "Now: Planned"
wait_for "Cancel the dialogue (becomes Cancelled): ready, asks for a reason"
menu_to "Cancel the dialogue"
keys Enter
wait_for "Why is the dialogue cancelled?"
type_text "Budgeten drogs in."
keys C-s
wait_for "$cancelled is now Cancelled"
[ "$(state_of "$cancelled")" = cancelled ] || fail "not cancelled"
history_has "$cancelled" "Budgeten drogs in."
keys q
wait_for "35 dialogues"

# Step back (decided -> proposed).
open_view "$back"
keys s
wait_for "Now: Decided"
menu_to "Step back (becomes Proposed)"
keys Enter
wait_for "Why step back?"
type_text "Fel organ beslutade."
keys C-s
wait_for "$back is now Proposed"
[ "$(state_of "$back")" = proposed ] || fail "not stepped back"
history_has "$back" "Fel organ beslutade."
exit 0
