#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A long dialogue (long texts, six sessions, contributions, history)
# prints on several A4 pages: the text has one form feed between pages,
# every page 64 lines of at most 80 columns with header and "Page k of
# N", and the PDF that groff makes of it has exactly as many pages.
. "$(dirname "$0")/lib.sh"

ok config municipality "Tjörns kommun"
REF=$(long_dialogue) || exit 1

for opts in "" "--contributions --history"; do
	# shellcheck disable=SC2086
	ok print "$REF" $opts -o "$T/long.txt"
	N=$(pages "$T/long.txt") || exit 1
	FF=$(tr -cd '\f' <"$T/long.txt" | wc -c)
	[ "$FF" -eq $((N - 1)) ] || fail "$FF form feeds for $N pages"
	[ "$N" -ge 3 ] || fail "a long dialogue on $N pages only ($opts)"
	# shellcheck disable=SC2086
	ok print "$REF" $opts --format pdf -o "$T/long.pdf"
	P=$(pdf_pages "$T/long.pdf") || exit 1
	[ "$P" -eq "$N" ] ||
	    fail "the PDF has $P pages, the text $N ($opts)"
	pdf_text "$T/long.pdf" "$T/long.pdf.txt"
	grep -q "Page $N of $N" "$T/long.pdf.txt" ||
	    fail "the PDF's last page lacks 'Page $N of $N'"
	# No line is lost at a page break: every body line of the text is in
	# the PDF, in the same order.
	python3 - "$T/long.txt" "$T/long.pdf.txt" <<'PY' || fail "the PDF lost lines"
import re, sys
norm = lambda l: re.sub(r"\s+", " ", l).strip()
text = [norm(l) for l in open(sys.argv[1], encoding="utf-8").read()
        .replace("\f", "\n").split("\n") if norm(l)]
pdf = [norm(l) for l in open(sys.argv[2], encoding="utf-8").read()
       .replace("\f", "\n").split("\n") if norm(l)]
assert text == pdf, next(((i, a, b) for i, (a, b) in
                          enumerate(zip(text, pdf)) if a != b),
                         (len(text), len(pdf)))
PY
done
# The sessions and the feedback are all there.
grep -q "Session 6, 2026-04-16" "$T/long.txt" || fail "session 6 missing"
grep -q "Feedback 1, 2026-05-01" "$T/long.txt" || fail "the feedback missing"
grep -q "6 contributions have been recorded." "$T/long.txt" ||
    fail "the contributions are not counted"
exit 0
