#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# With LANG=C.UTF-8 (and LC_ALL unset) the screens speak English: the
# headings, the count, the keys; the register's own Swedish text is
# unchanged.
. "$(dirname "$0")/lib.sh"

unset LC_ALL
start LC_ALL= LANG=C.UTF-8
wait_for "Reference"
wait_for "Title"
wait_for "State"
wait_for "Deciding body"
wait_for "Next date"
wait_for "32 dialogues"
wait_for "Page 1 of 2"
wait_for "Enter Open"
wait_for "q Quit"
wait_for "Proposed"
wait_for "Öppettider på"
keys Enter
wait_for "[Proposed]"
wait_for "Overview"
wait_for "e Edit"
keys q
wait_for "32 dialogues"
exit 0
