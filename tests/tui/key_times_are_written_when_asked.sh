#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# DIALOGREG_KEY_TIMES=FILE (for the benchmark): the screens write how
# long the first full screen and then each key took, one line per event,
# in microseconds; without it nothing is written.
. "$(dirname "$0")/lib.sh"

start "DIALOGREG_KEY_TIMES=$T/times"
wait_for "MD-2026-001"
keys j
keys j
keys NPage
keys q
expect_gone
[ -s "$T/times" ] || fail "no times written"
head -n 1 "$T/times" | grep -qE '^start [0-9]+$' ||
    fail "the first line is not the start: $(head -n 1 "$T/times")"
[ "$(grep -cE '^106 [0-9]+$' "$T/times")" -eq 2 ] ||
    fail "not two lines for j: $(cat "$T/times")"
[ "$(grep -cvE '^(start|timeout|[0-9]+) [0-9]+$' "$T/times")" -eq 0 ] ||
    fail "a line is not an event and a time: $(cat "$T/times")"

rm -f "$T/times"
start
wait_for "MD-2026-001"
keys j q
expect_gone
[ ! -e "$T/times" ] || fail "times written without being asked"
exit 0
