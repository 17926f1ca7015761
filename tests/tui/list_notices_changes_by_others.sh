#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Another official changes the register (here the command line, another
# process): the open list and the open view show it within a few seconds
# without a key being pressed.
. "$(dirname "$0")/lib.sh"

start
wait_for "MD-2026-003"
dlg set MD-2026-003 title="Ändrat av en kollega" >/dev/null ||
    fail "dialogreg set failed"
wait_for "Ändrat av en kollega"
# a new dialogue raises the count
dlg new title="Helt ny från terminal två" question="Vad tycker du?" \
    initiated_by="Eva Lund" bodies="Socialnämnden" >/dev/null ||
    fail "dialogreg new failed"
wait_line "33 dialog"
keys G
wait_for "Helt ny från terminal"

# the view too
keys g
select_ref MD-2026-003
keys Enter
wait_for "Ändrat av en kollega"
dlg set MD-2026-003 purpose="Syftet skrevs om i terminal två" >/dev/null ||
    fail "dialogreg set failed"
wait_for "Syftet skrevs om i terminal"
exit 0
