#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# From a refused step, e opens the form at the first missing field, on
# screen with the cursor on it; the count of missing items in the notice
# follows as each item is filled in, until nothing is missing and the
# step can be taken. The step's help says what the policy references of
# the items are.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

# back_to LABEL: Shift-Tab until the cursor is on the field LABEL.
back_to() {
	n=0
	until cursor_line | grep -q "^ $1 "; do
		[ "$n" -lt 40 ] || fail "the form has no field $1"
		W="$(pane '#{cursor_y}')$(screen)"
		keys BTab
		poll '[ "$(pane "#{cursor_y}")$(screen)" != "$W" ]' ||
		    fail "Shift-Tab did not move to the previous field"
		n=$((n + 1))
	done
}

ref=$(new_dialogue "Skatepark i Skärhamn")
walk_cli "$ref" planned
start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "33 dialogues"
open_view "$ref"
keys s
wait_for "Start (becomes Running): 3 items missing"
# the items cite the policies; the help gives the rule behind each,
# then the keys, and says what the references are
keys '?'
wait_for "Help: Change state"
text=$(pages_text)
expect_in "$text" "Rule: [T5][S:Definition] At least one participating politician is named."
expect_in "$text" "Policy references: [T4] is chapter 4"
expect_in "$text" "(preconditions)"
keys q
wait_for "Start (becomes Running): 3 items missing"
keys e
wait_for "Edit $ref"
wait_for "3 items are missing for the next step"
# the first missing field is on screen, the cursor on it, its item under
cursor_on "Participating politicians"
wait_for "No participating politician is listed"
y=$(pane '#{cursor_y}')
[ "$y" -ge 1 ] && [ "$y" -le 22 ] || fail "the cursor is off the form ($y)"

list_add "Anna Berg (KFN)"
wait_line "^ Participating politicians +.Anna Berg \(KFN\)"
wait_for "2 items are missing for the next step"
wait_gone "No participating politician is listed"

back_to "Participants informed"
wait_for "Participants informed is not yes"
keys Enter
menu_to "Yes"
keys Enter
wait_line "^ Participants informed +Yes"
wait_for "1 item is missing for the next step; it is shown under its field."

# (the field before it, then Tab: the form engine does not take typing
# in a several-line field that Shift-Tab scrolled to the top row)
back_to "Financing"
keys Tab
cursor_on "Use of the result"
wait_for "Use of the result is missing"
type_text "Underlag till nämndens beslut"
wait_line "^ Use of the result +.Underlag till nämndens beslut"
keys Tab
wait_for "Nothing is missing for the next step any more: save, then take the step."
keys C-s
wait_for "Change state: $ref"
wait_for "Start (becomes Running): ready"
exit 0
