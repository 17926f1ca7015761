#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SIGTERM, SIGHUP (the ssh connection dropped) and Ctrl-C end the
# program, even with a prompt open, with the terminal restored: main
# screen, cursor visible, keypad mode off, the process gone and no
# journal of the register left behind; the exit status names the signal.
. "$(dirname "$0")/lib.sh"

for sig in TERM HUP INT; do
	start KEEP=1
	wait_for "MD-2026-001"
	keys Enter
	wait_for "[Föreslagen]"
	keys q
	wait_for "Referens"
	keys /
	type_text "park"
	wait_for "park"
	pid=$(program_pid)
	[ -n "$pid" ] || fail "no program in the pane"
	if [ "$sig" = INT ]; then
		keys C-c
	else
		kill -"$sig" "$pid" || fail "cannot send SIG$sig"
	fi
	expect_exited "$pid"
	expect_terminal_restored "SIG$sig"
	# The shell learns that a signal ended it: 128 + its number.
	case $sig in
	TERM) wait_for "[exit 143]" ;;
	HUP) wait_for "[exit 129]" ;;
	esac
	stop
done
exit 0
