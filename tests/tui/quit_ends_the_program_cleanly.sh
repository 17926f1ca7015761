#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# q leaves the view, q again ends the program: exit status 0, the
# terminal left as it was (main screen, cursor visible, keypad off), no
# journal of the register left behind; without a shell around it, the
# session disappears.
. "$(dirname "$0")/lib.sh"

start KEEP=1
wait_for "MD-2026-001"
keys Enter
wait_for "[Föreslagen]"
keys q
wait_for "Referens"
keys q
wait_for "[exit 0]"
expect_terminal_restored "q"
stop

start
wait_for "MD-2026-001"
keys q
expect_gone
exit 0
