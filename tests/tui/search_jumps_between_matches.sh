#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# "/" searches as the user types over titles, questions and
# contributions (full text): a word only a contribution holds finds its
# dialogue before Enter is pressed; n and N move between the matches in
# list order and wrap around; Esc gives the search up.
. "$(dirname "$0")/lib.sh"

# The dialogues that hold "kvällen", in list order, as the CLI says.
dlg list --text kvällen --format csv | tail -n +2 | cut -d, -f1 |
    tr -d '\r"' >"$T/matches"
[ "$(wc -l <"$T/matches")" -ge 3 ] || fail "the demo lacks 'kvällen'"
M1=$(sed -n 1p "$T/matches")
M2=$(sed -n 2p "$T/matches")
ML=$(tail -n 1 "$T/matches")
ONLY=$(dlg list --text musikstudio --format csv | tail -n +2 | cut -d, -f1 |
    tr -d '\r"')
[ -n "$ONLY" ] || fail "the demo lacks 'musikstudio'"
! dlg show "$ONLY" | grep -qi musikstudio ||
    fail "'musikstudio' should be in a contribution only"

start
wait_for "MD-2026-001"
keys /
type_text "musikstu"
# as you type: the selection is already on the dialogue, the cursor is
# in the prompt
wait_for "*$ONLY"
selected_on "$ONLY"
cursor_on "musikstu"
keys Enter
cursor_on "$ONLY"

# a search starts from the selected row: from the top here
keys g
cursor_on "MD-2026-001"
keys /
type_text "kvällen"
selected_on "$M1"
keys Enter
cursor_on "$M1"
keys n
cursor_on "$M2"
keys N
cursor_on "$M1"
# before the first match: N wraps to the last one
keys N
cursor_on "$ML"
keys n
cursor_on "$M1"

# Esc gives the search up: back where it started
keys g
cursor_on "MD-2026-001"
keys /
type_text "musikstudio"
selected_on "$ONLY"
keys Escape
cursor_on "MD-2026-001"
exit 0
