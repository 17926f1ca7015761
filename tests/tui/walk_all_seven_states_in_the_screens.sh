#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A dialogue goes through all seven states with every step taken in the
# lifecycle dialog; what each step needs is filled in with the command
# line between the steps, except the session and the feedback, which are
# added in the screens.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

# step STATE LABEL: take the step into STATE (shown as LABEL) from the
# view, and check the register.
step() {
	keys s
	wait_for "Change state: $ref"
	wait_for "(becomes $2): ready"
	cursor_on "(becomes $2): ready"
	keys Enter
	wait_for "Move $ref to $2? [y/n]"
	keys y
	wait_for "$ref is now $2"
	[ "$(state_of "$ref")" = "$1" ] || fail "$ref is not $1"
}

ref=$(new_dialogue "Skatepark i Skärhamn")
start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "33 dialogues"
open_view "$ref"
wait_for "[Proposed]"

prepare "$ref" decided
step decided Decided
prepare "$ref" planned
step planned Planned
prepare "$ref" running
step running Running

# Not reported before a session is held.
prepare "$ref" reported
keys s
wait_for "Report (becomes Reported): 1 item missing"
wait_for "No session is recorded"
keys q
keys m
wait_for "Sessions of $ref"
wait_for "No sessions yet."
keys a
wait_for "New session of $ref"
cursor_on "Date"
keys Tab Tab Tab
cursor_on "Place or channel"
type_text "Skärhamns skola"
keys Tab Tab Tab Tab
cursor_on "Politicians present"
list_add "Anna Berg (KFN)"
wait_line "^ Politicians present +.Anna Berg \(KFN\)"
keys C-s
wait_line "^Session [0-9]+ is added to $ref\."
wait_line "^> +[0-9]+ 2026-05-04 Skärhamns skola +Anna Berg \(KFN\)"
keys q
wait_line "^ $ref  "
step reported Reported

keys m
wait_for "Sessions of $ref"
keys f
wait_for "Feedback on $ref"
keys a
wait_for "New feedback on $ref"
keys Tab Tab
cursor_on "Channels"
list_add "webb" "möte på skolan"
wait_line "^ Channels +.webb"
wait_line "^ +.möte på skolan"
keys Tab
type_text "Så här blev parken."
keys C-s
wait_line "^Feedback [0-9]+ is added to $ref\."
keys q
wait_for "Sessions of $ref"
keys q
wait_line "^ $ref  "
step fed_back "Fed back"

prepare "$ref" evaluated
step evaluated Evaluated
keys s
wait_for "Now: Evaluated"
wait_for "Step back (becomes Fed back): ready, asks for a reason"
keys q
wait_for "[Evaluated]"
exit 0
