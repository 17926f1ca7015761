#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Ctrl-Z at the list hands the terminal back to the shell (main screen,
# cursor shown); fg brings the screens back, repainted, the selection
# where it was.
. "$(dirname "$0")/lib.sh"
need bash bash

TMUX_STARTED=1
tmx new-session -d -s "$SESSION" -x 80 -y 24 \
    "env -u LC_ALL TERM=tmux-256color PS1='sh$ ' bash --norc --noprofile -i" ||
    fail "tmux cannot start a shell"
wait_for 'sh$'
type_text "env LC_ALL=C.UTF-8 DIALOGREG_TODAY=$DIALOGREG_TODAY $VG '$DLG' \
    --db '$DB'"
keys Enter
wait_for "Sorted by reference"
keys j
cursor_on "MD-2026-002"
keys C-z
wait_for "Stopped"
[ "$(pane '#{alternate_on}')" = 0 ] || fail "still on the alternate screen"
[ "$(pane '#{cursor_flag}')" = 1 ] || fail "the cursor is hidden"
type_text "fg"
keys Enter
wait_for "Sorted by reference"
cursor_on "MD-2026-002"
keys j
cursor_on "MD-2026-003"
keys q
wait_gone "Sorted by reference"
wait_for 'sh$'
exit 0
