#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Sessions and contributions are added through small forms checked by the
# domain; contact details stay hidden until c shows them, and x erases
# them after a confirmation; the history says so without the details.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

ref=$(new_dialogue "Skatepark i Skärhamn")
start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "33 dialogues"
open_view "$ref"

# A session: a bad count is refused beside its field, then stored.
keys m
wait_for "Sessions of $ref"
keys a
wait_for "New session of $ref"
wait_for "Counts only: never write down who"
keys Tab
cursor_on "Start time"
type_text "18:00"
keys Tab
type_text "20.00"
keys Tab
type_text "Åby fritidsgård"
keys Tab
cursor_on "Method"
keys Enter
menu_to "Open space"
keys Enter
wait_line "^ Method +Open space"
keys Tab
type_text "tjugo"
keys Tab
wait_for "Give the number of participants as a whole number"
keys C-s
wait_for "Not saved: 1 field needs a change; the message is under it."
cursor_on "Participants (number)"
keys C-u
type_text "23"
keys Tab
type_text "13–15 år: 9"
keys Enter
type_text "16–19 år: 14"
keys C-s
wait_line "^Session [0-9]+ is added to $ref\."
wait_line "^> +[0-9]+ 2026-05-04 18:00–20:00 +Åby fritidsgård +Open space +23"
cursor_on "Åby fritidsgård"
keys Enter
wait_for "Breakdown: 13–15 år: 9"
wait_for "16–19 år: 14"
keys q
wait_for "Sessions of $ref"
keys q
wait_line "^ $ref  "

# A contribution from that session, with contact details.
keys c
wait_for "Contributions to $ref"
wait_for "No contributions yet."
keys a
wait_for "New contribution to $ref"
type_text "Mer belysning vid rampen, det är mörkt på kvällarna."
keys Tab
keys Enter
menu_to "Web"
keys Enter
keys Tab
keys Enter
menu_to "Åby fritidsgård"
keys Enter
keys Tab
cursor_on "Themes"
list_add "belysning" "trygghet"
wait_line "^ Themes +.belysning"
keys Tab
cursor_on "Contact details"
type_text "elin.ek@example.se"
keys C-s
wait_line "^Contribution [0-9]+ is added to $ref\."
wait_for "(given)"
expect_not "elin.ek@example.se"
id=$(dlg contribution list "$ref" --format csv | tail -n 1 | cut -d, -f1)
dlg contribution list "$ref" --format csv | tail -n 1 |
    grep -qF "belysning; trygghet" || fail "the themes were not stored"

keys c
wait_for "Contact details are shown."
wait_for "elin.ek@example.se"
keys c
wait_for "Contact details are hidden."
expect_not "elin.ek@example.se"

# Erase: n keeps them, y erases them.
keys x
wait_for "Erase the contact details of contribution $id?"
keys n
wait_for "Nothing was erased."
dlg contribution list "$ref" --with-contact >"$T/c.txt"
grep -qF "elin.ek@example.se" "$T/c.txt" || fail "n erased the contact"
keys x
wait_for "Erase the contact details of contribution $id?"
keys y
wait_for "The contact details of contribution $id are erased."
wait_for "(erased)"
dlg contribution list "$ref" --with-contact >"$T/c.txt"
! grep -qF "elin.ek@example.se" "$T/c.txt" || fail "the contact is still there"
grep -qF "Mer belysning vid rampen" "$T/c.txt" ||
    fail "the contribution went with its contact"
keys q
wait_line "^ $ref  "

# The history: the erasure, never the details.
keys h
wait_for "History of $ref"
wait_for "Contact details"
wait_for "erased"
expect_not "elin.ek@example.se"
dlg history "$ref" --format csv >"$T/h.csv"
! grep -qF "elin.ek" "$T/h.csv" || fail "the history holds the contact"
exit 0
