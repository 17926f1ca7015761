#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Nothing typed in a form is lost by a resize, a too small window or the
# help, and nothing is written until it is saved: Esc asks first when
# something changed, and a quit signal ends the program losing only the
# unsaved form.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

ref=$(new_dialogue "Skatepark i Skärhamn")
start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "33 dialogues"
open_view "$ref"
keys e
wait_for "Edit $ref"
keys Tab
cursor_on "Title"
keys C-u
type_text "Ändrad rubrik åäö"
keys Tab
cursor_on "Question"

resize 120 40
wait_line "^ Title +Ändrad rubrik åäö"
cursor_on "Question"
resize 60 20
wait_for "The window is too small"
resize 80 24
wait_line "^ Title +Ändrad rubrik åäö"
cursor_on "Question"

# Help from the same table: the save key and its alternative.
keys C-g
wait_for "Help: Edit $ref"
wait_for "Ctrl-S, F2"
wait_for "Esc"
keys q
wait_line "^ Title +Ändrad rubrik åäö"
expect_field "$ref" title "Skatepark i Skärhamn"

# Esc asks; n keeps the form, y closes it without saving.
keys Escape
wait_for "You have changed this form. Close it and lose the changes? [y/n]"
keys n
wait_gone "lose the changes?"
wait_line "^ Title +Ändrad rubrik åäö"
keys Escape
wait_for "lose the changes?"
keys y
wait_line "^ $ref  "
expect_field "$ref" title "Skatepark i Skärhamn"

# Esc on an unchanged form closes it at once.
keys e
wait_for "Edit $ref"
keys Escape
wait_line "^ $ref  "

# A quit signal in the middle of a form: the program ends, the register
# is as it was.
keys e
wait_for "Edit $ref"
keys Tab
type_text " och mer"
wait_for "Skärhamn och mer"
kill -TERM "$(program_pid)"
expect_gone
expect_field "$ref" title "Skatepark i Skärhamn"
exit 0
