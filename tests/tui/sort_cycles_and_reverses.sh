#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# s sorts by the next column (title after reference), r reverses; the
# first row is the one the store's order puts first, as the CLI lists
# it, and the status row says the order.
. "$(dirname "$0")/lib.sh"

FIRST=$(dlg list --sort title --limit 1 --format csv | tail -n 1 |
    cut -d, -f1 | tr -d '\r"')
LAST=$(dlg list --sort title --reverse --limit 1 --format csv |
    tail -n 1 | cut -d, -f1 | tr -d '\r"')
[ -n "$FIRST" ] && [ -n "$LAST" ] || fail "the CLI gives no order"

start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "Sorted by reference"
cursor_on "MD-2026-001"
keys s
wait_for "Sorted by title"
cursor_on "$FIRST"
keys r
wait_for "Sorted by title, reversed"
cursor_on "$LAST"
keys r s
wait_for "Sorted by state"
keys s s s s s
wait_for "Sorted by reference"
cursor_on "MD-2026-001"
exit 0
