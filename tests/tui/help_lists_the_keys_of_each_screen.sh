#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# ? and F1 show the help of the screen they are pressed on, made from the
# key table the screen dispatches from: every key with its text, the
# list's flag legend; any other key goes back. The status row lists the
# keys too.
. "$(dirname "$0")/lib.sh"

start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "MD-2026-001"
wait_for "/ Search"
wait_for "? Help"
keys '?'
wait_for "Help: Register list"
wait_for "Search titles, questions and contributions as you type"
wait_for "Go to the next match"
wait_for "?, F1"
wait_for "q, Esc"
# the legend is below: scroll to it
keys NPage
wait_for "feedback or evaluation is overdue"
wait_for "no longer open to influence"
keys q
wait_for "Sorted by reference"
expect_not "Help:"

keys F1
wait_for "Help: Register list"
keys Escape
wait_gone "Help:"

# The view has its own keys.
keys Enter
wait_for "Back"
keys F1
wait_for "Help: Dialogue"
wait_for "Change the state: the next steps and what each needs"
wait_for "Every change made to the dialogue"
keys Escape
wait_gone "Help:"
wait_for "MD-2026-001"
exit 0
