#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Page breaks are sensible in everything printed: in the summaries (plain,
# with contributions and history) and participant sheets of every demo
# dialogue, of a long dialogue, and in the follow-up, no heading is the
# last line of a page (each keeps two lines of its section with it), no
# page starts with a blank line and no line is wider than 80 columns.
# Their PDFs, with pages of their own, never end a page with a heading
# either (read back with pdftotext).
. "$(dirname "$0")/lib.sh"

ok demo
LONG=$(long_dialogue) || exit 1
ok list --format csv
REFS=$(tail -n +2 "$T/out" | cut -d, -f1 | tr -d '\357\273\277\r')
[ "$(printf '%s\n' "$REFS" | wc -l)" -ge 30 ] || fail "the demo is too small"
checked=0
pairs=
mkdir "$T/p"
for ref in $REFS; do
	for opts in "" "--contributions --history" "--sheet"; do
		checked=$((checked + 1))
		# shellcheck disable=SC2086
		ok print "$ref" $opts -o "$T/p/$checked.txt"
		# shellcheck disable=SC2086
		ok print "$ref" $opts --format pdf -o "$T/p/$checked.pdf"
		pdf_text "$T/p/$checked.pdf" "$T/p/$checked.pdftxt"
		pairs="$pairs $T/p/$checked.txt $T/p/$checked.pdftxt"
	done
done
ok followup --year 2026 -o "$T/p/followup.txt"
pages "$T"/p/*.txt >/dev/null || exit 1
ok followup --year 2026 --format pdf -o "$T/p/followup.pdf"
pdf_text "$T/p/followup.pdf" "$T/p/followup.pdftxt"
# shellcheck disable=SC2086
seen=$(python3 "$HERE/pdf_headings.py" $pairs "$T/p/followup.txt" \
    "$T/p/followup.pdftxt" 2>"$T/headings.err") ||
    fail "a PDF page ends with a heading: $(cat "$T/headings.err")"
[ "$seen" -ge 500 ] || fail "only $seen headings found in the PDFs"

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
# ... and so does the PDF's: the first page of a PDF cut after a heading.
python3 - "$T/p/1.txt" "$T/p/1.pdftxt" "$T/bad.pdftxt" <<'PY' ||
import re, sys
text = open(sys.argv[1], encoding="utf-8").read().split("\f")[0].split("\n")
head = next(a for a, b in zip(text[4:], text[5:])
            if re.fullmatch(r"-+", b) and a and len(a) == len(b))
page = open(sys.argv[2], encoding="utf-8").read().split("\f")[0]
lines = page.split("\n")
i = next(i for i, l in enumerate(lines) if l.strip() == head)
foot = next(l for l in lines if re.search(r"Page \d+ of \d+", l))
open(sys.argv[3], "w", encoding="utf-8").write(
    "\n".join(lines[:i + 1] + [foot]) + "\f")
PY
    fail "could not make a bad PDF page"
! python3 "$HERE/pdf_headings.py" "$T/p/1.txt" "$T/bad.pdftxt" \
    >/dev/null 2>&1 || fail "the PDF checker misses a heading at a page's foot"
[ "$checked" -ge 96 ] || fail "only $checked documents checked"
exit 0
