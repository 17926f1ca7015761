#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Enter opens the dialogue view: the lifecycle bar with the seven states
# and the current one in brackets, the warnings first (as the domain
# words them, in Swedish), the sections below; q goes back to the list.
# A rejected or cancelled dialogue says so in words instead of the bar.
. "$(dirname "$0")/lib.sh"
need python3 python3

REF=MD-2026-005
# the first warning as the domain words it in Swedish
W=$(LC_ALL=sv_SE.UTF-8 dlg show "$REF" --format json | python3 -c '
import json, sys
print(json.load(sys.stdin)["warnings"][0]["text"][:30])') ||
    fail "$REF has no warning in the demo"

start
wait_for "MD-2026-001"
select_ref "$REF"
keys Enter
wait_for "Föreslagen"
wait_for "[Beslutad]"
wait_for "Planerad"
wait_for "Utvärderad"
expect_not "[Föreslagen]"
wait_for "$W"
wait_for "! "
# the cursor is on the first line of the view, the warnings
cursor_on "1 "
keys j
cursor_on "! "
keys q
wait_for "Referens"
cursor_on "$REF"

REJ=$(dlg list --state rejected --limit 1 --format csv | tail -n 1 |
    cut -d, -f1 | tr -d '\r"')
CAN=$(dlg list --state cancelled --limit 1 --format csv | tail -n 1 |
    cut -d, -f1 | tr -d '\r"')
keys q
expect_gone

start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "MD-2026-001"
select_ref "$REJ"
keys Enter
wait_for "State: Rejected. This dialogue will not be held."
expect_not "[Rejected]"
expect_not "[Proposed]"
keys q
select_ref "$CAN"
keys Enter
wait_for "State: Cancelled. This dialogue was stopped."
exit 0
