#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# a in the list starts a new dialogue with the two gate questions of the
# Sollentuna rules; then the registration form: saving it empty lists
# every missing item, each under its field, and registers nothing; filled
# in (typed and picked from the list of bodies) it registers the dialogue
# with the gate answers.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "32 dialogues"
keys a
wait_for "Question 1 of 2"
wait_for "Do the elected representatives need more knowledge of the"
wait_for "[S:Förutsättningar]"
cursor_on "1  Yes"
keys y
wait_for "Question 2 of 2"
wait_for "Can the question be influenced?"
# Enter takes the highlighted answer
keys Enter
# Then the confirmation of what a citizen dialogue is not [T2]: "It is"
# registers nothing.
wait_for "New dialogue: what it is not"
wait_for "opinion-forming, marketing, or persuading"
keys 2
wait_for "32 dialogues"
keys a
wait_for "Question 1 of 2"
keys y
wait_for "Question 2 of 2"
keys y
wait_for "New dialogue: what it is not"
keys Enter
wait_for "New dialogue"
wait_for "Registration"

# Saved empty: every missing item, nothing registered.
keys C-s
wait_for "Not registered yet: 4 items are missing"
wait_for "Title is missing."
wait_for "Question is missing"
wait_for "Initiated by is missing"
wait_for "No body concerned is listed"
cursor_on "Title"
[ "$(dlg list --format csv | tail -n +2 | wc -l)" -eq 32 ] ||
    fail "something was registered"

type_text "Ny lekplats vid Åvägen"
keys Tab
type_text "Hur vill barn och föräldrar att lekplatsen ska se ut?"
keys Tab
type_text "Örjan Ängström"
keys Tab
cursor_on "Bodies concerned"
# Pick from the bodies the register knows: a menu, picked items say so.
keys C-p
wait_for "[ ] Kultur- och fritidsnämnden"
menu_to "Kultur- och fritidsnämnden"
keys Space
wait_for "[x] Kultur- och fritidsnämnden"
keys Enter
wait_line "^ Bodies concerned +.Kultur- och fritidsnämnden"
keys C-s
wait_for "is registered."
wait_for "33 dialogues"

ref=$(dlg list --format csv | grep -F "Ny lekplats vid Åvägen" | cut -d, -f1 |
    tr -d '"')
[ -n "$ref" ] || fail "the new dialogue is not in the register"
expect_field "$ref" title "Ny lekplats vid Åvägen"
expect_field "$ref" question \
    "Hur vill barn och föräldrar att lekplatsen ska se ut?"
expect_field "$ref" initiated_by "Örjan Ängström"
expect_field "$ref" bodies "Kultur- och fritidsnämnden"
expect_field "$ref" need_views yes
expect_field "$ref" open_to_influence yes
expect_field "$ref" state proposed
exit 0
