#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Page breaks are sensible in everything printed: in the summaries (plain,
# with contributions and history) and participant sheets of every demo
# dialogue, of a long dialogue, and in the follow-up, no heading is the
# last line of a page (each keeps two lines of its section with it), no
# page starts with a blank line and no line is wider than 80 columns.
. "$(dirname "$0")/lib.sh"

ok demo
LONG=$(long_dialogue) || exit 1
ok list --format csv
REFS=$(tail -n +2 "$T/out" | cut -d, -f1 | tr -d '\357\273\277\r')
[ "$(printf '%s\n' "$REFS" | wc -l)" -ge 30 ] || fail "the demo is too small"
checked=0
mkdir "$T/p"
for ref in $REFS; do
	for opts in "" "--contributions --history" "--sheet"; do
		checked=$((checked + 1))
		# shellcheck disable=SC2086
		ok print "$ref" $opts -o "$T/p/$checked.txt"
	done
done
ok followup --year 2026 -o "$T/p/followup.txt"
pages "$T"/p/*.txt >/dev/null || exit 1

# The checker itself finds a heading at the foot of a page.
python3 - "$T/p/1.txt" "$T/bad.txt" <<'PY' || fail "could not make a bad page"
import sys
page = open(sys.argv[1], encoding="utf-8").read().split("\f")[0]
lines = page.split("\n")
lines[59], lines[60] = "Heading", "-------"
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines))
PY
! python3 "$HERE/pages.py" "$T/bad.txt" >/dev/null 2>&1 ||
    fail "the page checker misses a heading at the foot of a page"
[ "$checked" -ge 96 ] || fail "only $checked documents checked"
exit 0
