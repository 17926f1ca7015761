#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A "no" at a gate question explains, in the policies' words, that this
# is not a citizen dialogue (user dialogue, information), and lets the
# user stop (nothing registered), go back and change the answer, or
# register it anyway with the answer and the warning kept.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "32 dialogues"

# Gate 1 no, then stop.
keys a
wait_for "Question 1 of 2"
keys n
wait_for "need no views: not a citizen dialogue"
wait_for "systematic dialogue: it recurs and is tied to decisions"
wait_for "is user dialogue; telling residents what the"
wait_for "municipality does is information"
wait_for "[T2.3][S:Definition]"
wait_for "1  Stop: register nothing"
wait_for "2  Register it anyway, with the warning"
keys 1
wait_for "32 dialogues"
[ "$(dlg list --format csv | tail -n +2 | wc -l)" -eq 32 ] ||
    fail "stopping registered something"

# Gate 2 no, go back to the question, no again and register anyway.
keys a
wait_for "Question 1 of 2"
keys y
wait_for "Question 2 of 2"
keys n
wait_for "cannot be influenced: not a citizen dialogue"
wait_for "real possibility to influence"
wait_for "[T4]"
keys 3
wait_for "Question 2 of 2"
keys n
wait_for "cannot be influenced: not a citizen dialogue"
keys 2
wait_for "New dialogue: what it is not"
keys Enter
wait_for "Registration"
# The domain's warning stays in sight while registering.
wait_for "Gate 2 is answered no"
type_text "Information om nya sophämtningen"
keys Tab
type_text "Vad behöver hushållen veta?"
keys Tab
type_text "Eva Lund"
keys Tab
list_add "Samhällsbyggnadsnämnden"
wait_line "^ Bodies concerned +.Samhällsbyggnadsnämnden"
keys C-s
wait_for "33 dialogues"
ref=$(dlg list --format csv | grep -F "Information om nya sophämtningen" |
    cut -d, -f1 | tr -d '"')
[ -n "$ref" ] || fail "the dialogue was not registered"
expect_field "$ref" need_views yes
expect_field "$ref" open_to_influence no
dlg show "$ref" >"$T/show.txt"
grep -qF "Gate 2 is answered no" "$T/show.txt" ||
    fail "the register does not warn: $(cat "$T/show.txt")"
exit 0
