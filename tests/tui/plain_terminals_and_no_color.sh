#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# TERM=vt100 (no colour, ASCII lines) and NO_COLOR: the screens render
# and work; no colour reaches the terminal; with colours the warnings
# are coloured as well as marked with "!".
. "$(dirname "$0")/lib.sh"

ESC=$(printf '\033')
# colour: an SGR with a foreground colour (30-37, 38;5;N, 90-97)
has_colour() {
	tmx capture-pane -p -e -t "$SESSION" >"$T/sgr"
	grep -Eq "$ESC\\[([0-9]+;)*(3[0-7]|38;5;[0-9]+|9[0-7])(;[0-9]+)*m" \
	    "$T/sgr"
}

open_warned() {
	wait_for "MD-2026-001"
	select_ref MD-2026-005
	keys Enter
	wait_for "[Beslutad]"
	wait_for "! "
}

start TERM=vt100
wait_for "Referens"
open_warned
# ASCII: the arrows of the bar are ">" and an ellipsis is "~"
wait_for "Föreslagen>[Beslutad]>Planerad"
! has_colour || fail "colour on a vt100"
keys q
wait_line "Ängsv[^ ]*~"
keys q
expect_gone

start NO_COLOR=1
open_warned
! has_colour || fail "colour despite NO_COLOR"
keys q q
expect_gone

start TERM=linux
open_warned
keys q q
expect_gone

start TERM=xterm-256color
open_warned
has_colour || fail "no colour on xterm-256color"
keys q q
expect_gone
exit 0
