#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The register file is replaced on disk (a restore, a move, a mistaken
# copy) while the screens have it open. Saving the form is refused with a
# message that says so; the typed value stays in the form, and neither
# the old file nor the new one gets it.
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
type_text "Ny rubrik som inte får försvinna"

# A copy takes the register's place; the opened file lives on aside.
sqlite3 "$DB" ".backup '$T/copy.db'" || fail "sqlite3 could not copy"
mv "$DB" "$T/old.db" || fail "could not move the register"
mv "$T/copy.db" "$DB" || fail "could not put the copy in place"

keys C-s
# (The message wraps where the path's length puts it: short parts.)
wait_for "was moved, replaced or"
wait_for "nothing was saved. Open the register again."
wait_line "^ Title +Ny rubrik som inte får försvinna"
expect_field "$ref" title "Skatepark i Skärhamn"
[ "$(sqlite3 "$T/old.db" "SELECT title FROM dialogues
    WHERE ref = '$ref'")" = "Skatepark i Skärhamn" ] ||
    fail "the change went into the file that was moved away"
exit 0
