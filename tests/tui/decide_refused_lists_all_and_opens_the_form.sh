#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The lifecycle dialog shows each step's checklist; taking the refused
# decide step lists every missing item and offers the form, which opens
# at the first missing field with each item under its field. Filled in
# there (typed, and chosen from menus), the step is ready and taken.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

ref=$(new_dialogue "Skatepark i Skärhamn")
start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "33 dialogues"
open_view "$ref"
keys s
wait_for "Change state: $ref"
wait_for "Now: Proposed"
wait_for "Decide (becomes Decided): 11 items missing"
wait_for "Reject (becomes Rejected): ready, asks for a reason"
cursor_on "Decide (becomes Decided)"
wait_for "Missing for this step (11 items):"

keys Enter
wait_for "Decide: not possible yet"
wait_for "11 items are missing:"
for item in "Decided by is missing: the decision to hold the dialogue" \
    "Decision date is missing." "Decision paragraph is missing." \
    "Gate 1 is not answered" "Gate 1 answered by is missing" \
    "Gate 2 is not answered" "Gate 2 answered by is missing" \
    "Purpose is missing [T4][S:Checklista]." "Participation level is missing"; do
	wait_for "$item"
done
wait_for "Enter Go to the first missing field"
keys Enter
wait_for "Edit $ref"
wait_for "11 items are missing for the next step"
wait_for "Page 3 of 6: Decision"
cursor_on "Decided by"
wait_for "Decision date is missing."

type_text "Kultur- och fritidsnämnden"
keys Tab
type_text "2026-03-01"
keys Tab
type_text "§ 48"
keys BTab BTab BTab
cursor_on "Participation level"
keys Enter
menu_to "3. Dialogue"
keys Enter
wait_line "^ Participation level +3\. Dialogue"
wait_gone "Participation level is missing"

keys PPage
wait_for "Page 2 of 6: Gate questions"
cursor_on "Need for residents' views"
keys Enter
menu_to "Yes"
keys Enter
keys Tab
type_text "KFN"
keys Tab
type_text "2026-02-20"
keys Tab
cursor_on "Open to influence"
keys Space
menu_to "Yes"
keys Enter
keys Tab
type_text "KFN"
keys Tab
type_text "2026-02-20"

keys PPage
wait_for "Page 1 of 6: Overview"
keys Tab Tab Tab
cursor_on "Purpose"
type_text "Unga ska forma parken."
keys C-s
wait_for "Change state: $ref"
wait_for "Decide (becomes Decided): ready"
wait_for "Everything this step needs is in place."
keys Enter
wait_for "Move $ref to Decided? [y/n]"
keys y
wait_for "$ref is now Decided (version 3)."
[ "$(state_of "$ref")" = decided ] || fail "$ref is not decided"
expect_field "$ref" level dialogue
expect_field "$ref" decision_paragraph "§ 48"
expect_field "$ref" purpose "Unga ska forma parken."
exit 0
