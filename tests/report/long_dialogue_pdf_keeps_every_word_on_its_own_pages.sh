#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A long dialogue (long texts, six sessions, contributions, history)
# prints on several A4 pages. The text: one form feed between pages,
# every page 64 lines of at most 80 columns with header and "Page k of
# N". The PDF is typeset in a proportional font, so it has pages of its
# own (decided: a typeset page holds more than 57 lines of 80 columns,
# and forcing the text's breaks on it would leave half-empty pages): it
# says "Page k of P" on each of its P pages, the command tells P, and
# not a word is lost or reordered at its page and line breaks.
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
	P=$(pdf_check "$T/long.pdf") || exit 1
	[ "$P" -ge 3 ] || fail "the long dialogue's PDF has $P pages only"
	expect_err "The PDF has $P pages"
	pdf_text "$T/long.pdf" "$T/long.pdf.txt"
	k=1
	while [ "$k" -le "$P" ]; do
		grep -q "Page $k of $P\$" "$T/long.pdf.txt" ||
		    fail "the PDF's page $k lacks 'Page $k of $P'"
		k=$((k + 1))
	done
	# Every word of the text's bodies is in the PDF's, in the same
	# order: headers and footers (and the PDF's title) left out, the
	# bullets "-" set as "•".
	python3 - "$T/long.txt" "$T/long.pdf.txt" "$REF" <<'PY' ||
import re, sys

def words(pages, head, foot):
    out = []
    for page in pages:
        lines = [l for l in page.split("\n")]
        body = lines[head:]
        # the footer: from the line with "Page k of N" on
        for i, l in enumerate(body):
            if re.search(r"Page \d+ of \d+\s*$", l):
                body = body[:i]
                break
        for l in body:
            if re.fullmatch(r"-+", l.strip()):
                continue        # the text's underlines and rules
            out += l.split()
    return out

text = open(sys.argv[1], encoding="utf-8").read().split("\f")
pdf = open(sys.argv[2], encoding="utf-8").read().split("\f")
pdf = [p for p in pdf if p.strip()]
# text pages: two header lines, a rule, a blank line
t = words(text, 4, None)
# PDF pages: the two header lines (the text of each page after the
# first non-empty two); page 1 also has the title block
def strip_head(p):
    lines = p.split("\n")
    nonempty = [i for i, l in enumerate(lines) if l.strip()]
    return "\n".join(lines[nonempty[1] + 1:])
pdf = [strip_head(p) for p in pdf]
first = pdf[0].split("\n")
nonempty = [i for i, l in enumerate(first) if l.strip()]
# "Dialogue summary · Fed back", then the subject on one or two lines,
# up to the first heading "Overview"
k = next(i for i in nonempty if first[i].strip() == "Overview")
pdf[0] = "\n".join(first[k:])
# the PDF's bullets are set as "•"
p = ["-" if w == "•" else w for w in words(pdf, 0, None)]
if t != p:
    i = next((i for i, (a, b) in enumerate(zip(t, p)) if a != b),
             min(len(t), len(p)))
    sys.exit("word %d differs: text %r, PDF %r" %
             (i, t[max(0, i - 5):i + 5], p[max(0, i - 5):i + 5]))
PY
	    fail "the PDF lost or moved words ($opts)"
done
# The sessions and the feedback are all there.
grep -q "Session 6, 2026-04-16" "$T/long.txt" || fail "session 6 missing"
grep -q "Session 6, 2026-04-16" "$T/long.pdf.txt" ||
    fail "session 6 missing in the PDF"
grep -q "Feedback 1, 2026-05-01" "$T/long.txt" || fail "the feedback missing"
grep -q "6 contributions have been recorded." "$T/long.txt" ||
    fail "the contributions are not counted"
exit 0
