#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# From the view, Enter on a field opens the form with the cursor on that
# field, e opens it too, s the lifecycle dialog; Esc comes back to the
# view on the same line. In the list, a starts a new dialogue and Esc
# (nothing typed) comes back to the list.
. "$(dirname "$0")/lib.sh"

# down_to TEXT: j until the cursor's line holds TEXT (at most 40 lines);
# each step waits for the view's "Line N of M" to count on.
down_to() {
	i=0
	while [ "$i" -lt 40 ]; do
		y=$(pane '#{cursor_y}')
		screen | sed -n "$((y + 1))p" | grep -qF -- "$1" && return 0
		n=$(sed -n 's/.*Line \([0-9]*\) of.*/\1/p' "$SCREEN")
		[ -n "$n" ] || fail "no line number in the view"
		keys j
		wait_for "Line $((n + 1)) of"
		i=$((i + 1))
	done
	fail "never reached a line with: $1"
}

start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "MD-2026-001"
keys Enter
wait_for "[Proposed]"
down_to "Purpose"
cursor_on "Purpose"
keys Enter
# the form: the view's status row is gone, the cursor on Purpose
wait_gone "e Edit"
cursor_on "Purpose"
keys Escape
wait_for "e Edit"
cursor_on "Purpose"

down_to "Initiated by"
keys e
wait_gone "e Edit"
cursor_on "Initiated by"
keys Escape
wait_for "e Edit"

keys s
wait_gone "e Edit"
keys Escape
wait_for "e Edit"
wait_for "[Proposed]"

keys q
wait_for "Sorted by reference"
keys a
wait_gone "Sorted by reference"
keys Escape
wait_for "Sorted by reference"
wait_for "32 dialogues"
exit 0
