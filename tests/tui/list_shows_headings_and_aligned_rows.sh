#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The register list opens at 80x24 in Swedish with its column headings,
# one row per dialogue with the columns aligned by display width (å ä ö
# and the ellipsis take one cell each, CJK two, a combining accent none),
# the cursor on the selected row, and j/k, End/Home moving it.
. "$(dirname "$0")/lib.sh"
need python3 python3

# Wide and combining characters in two titles.
dlg set MD-2026-002 title="東京の図書館 för alla åldrar" >/dev/null ||
    fail "cannot set a title"
dlg set MD-2026-003 title="$(printf 'Cafe\314\201 och ko\314\210k i parken')" \
    >/dev/null || fail "cannot set a title"

start
wait_for "Referens"
for h in "Rubrik" "Status" "Beslutande organ" "Nästa datum"; do
	wait_for "$h"
done
wait_for "MD-2026-001"
wait_for "MD-2026-020"
wait_for "東京の図書館"
cursor_on "MD-2026-001"

# Every column starts in the same cell on the heading and on each row.
screen >/dev/null
python3 - "$SCREEN" <<'PY' || fail "the columns are not aligned"
import sys, unicodedata
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
def width(s):
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in s)
head = lines[1]
cols = [width(head[:head.index(h)]) for h in
        ("Referens", "Rubrik", "Status", "Beslutande organ", "Nästa datum")]
rows = [l for l in lines if l[1:4] == "MD-"]
assert len(rows) == 20, len(rows)
states = ("Föreslagen", "Beslutad", "Planerad", "Pågår", "Redovisad")
for l in rows:
    assert width(l[:l.index("MD-")]) == cols[0], l
    st = [s for s in states if " " + s + " " in l]
    assert st, l
    assert width(l[:l.index(" " + st[0] + " ") + 1]) == cols[2], l
    date = [w for w in l.split() if len(w) == 10 and w[4] == "-" and
            w[:4].isdigit()]
    if date:
        assert width(l[:l.index(date[0])]) == cols[4], l
    assert width(l) <= 80, l
PY

# Moving: down, to the end (the next page), back to the top.
keys j
cursor_on "MD-2026-002"
keys k
cursor_on "MD-2026-001"
keys G
wait_for "MD-2026-032"
cursor_on "MD-2026-032"
keys g
wait_for "MD-2026-001"
cursor_on "MD-2026-001"
keys End
cursor_on "MD-2026-032"
keys Home
cursor_on "MD-2026-001"
keys NPage
cursor_on "MD-2026-020"
exit 0
