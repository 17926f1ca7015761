#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Once a dialogue runs its level is fixed [S:Principer]: changing it in
# the form warns beside the field, and saving asks for the reason; without
# one nothing is saved, with one the level and its reason are stored.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

ref=$(new_dialogue "Skatepark i Skärhamn")
walk_cli "$ref" running
start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "33 dialogues"
open_view "$ref"
keys e
wait_for "Edit $ref"
keys NPage NPage
wait_for "Page 3 of 6: Decision"
cursor_on "Participation level"
keys Enter
menu_to "4. Influence"
keys Enter
wait_for "The dialogue has started: when you save, you are"
keys C-s
wait_for "Why does the level change?"
keys Escape
wait_for "Not saved: a change of the level after the start needs a reason."
expect_field "$ref" level dialogue
keys C-s
wait_for "Why does the level change?"
type_text "Nämnden gav invånarna mer att säga till om."
keys C-s
wait_line "^$ref is saved \(version [0-9]+\)\."
expect_field "$ref" level influence
expect_field "$ref" level_change_reason \
    "Nämnden gav invånarna mer att säga till om."
exit 0
