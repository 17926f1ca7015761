#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The screens follow the window: 120x40 shows more rows and a wider title
# column; 60x20 is too small and says so in plain words until the window
# grows; back at 80x24 the list is as before, the cursor on its row.
. "$(dirname "$0")/lib.sh"

start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "MD-2026-020"
expect_not "MD-2026-021"
keys j j
cursor_on "MD-2026-003"

resize 120 40
wait_for "MD-2026-032"
# a title cut at 80 columns is whole at 120
T8=$(dlg show MD-2026-002 --format csv | tail -n 1)
wait_for "Namn på den nya stadsdelen vid Ängsviken"
cursor_on "MD-2026-003"

resize 60 20
wait_for "The window is too small"
wait_for "80 columns"
expect_not "MD-2026-003"
# keys do nothing that cannot be seen
keys q
wait_for "The window is too small"
tmx has-session -t "$SESSION" 2>/dev/null || fail "q acted on a hidden screen"

resize 80 24
wait_for "MD-2026-020"
expect_not "too small"
expect_not "MD-2026-021"
cursor_on "MD-2026-003"

# the view relays out too
keys Enter
wait_for "[Proposed]"
resize 120 40
wait_for "[Proposed]"
resize 60 20
wait_for "The window is too small"
resize 80 24
wait_for "[Proposed]"
# Swedish (catalog pass): start; resize 60 20; wait_for "Fönstret är för litet"
exit 0
