#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A register without dialogues (just made with init, no policy chosen)
# first asks which policy it follows (Esc: both), then says it is empty
# and how to register one; the filter by body offers only "All bodies"; a
# new dialogue's form opens and its list of bodies to pick from is
# empty. (Sorting those empty lists was undefined behaviour, which the
# sanitizer tree stops the program on.)
. "$(dirname "$0")/lib.sh"

rm -f "$DB"
dlg init >"$T/init.out" 2>&1 ||
    fail "dialogreg init failed: $(cat "$T/init.out")"
start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "A new register: which policy does the municipality follow?"
keys Escape
wait_for "The register is empty: press a to register a dialogue."
keys f
wait_for "By body concerned..."
keys j
cursor_on "By body concerned..."
keys Enter
wait_for "All bodies"
keys Escape
wait_gone "All bodies"
wait_for "The register is empty"
keys a
wait_for "Question 1 of 2"
keys y
wait_for "Question 2 of 2"
keys Enter
wait_for "New dialogue: what it is not"
keys Enter
wait_for "Registration"
wait_for "Bodies concerned"
stop
exit 0
