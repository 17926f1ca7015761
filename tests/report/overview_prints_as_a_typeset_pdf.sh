#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The register overview is also a printed document: `overview --format
# pdf -o FILE` typesets it on A4 (pdfinfo) with each deciding body's
# dialogues per state and their numbers, the overdue dialogues with how
# many days they are late, in Swedish (pdftotext); a PDF is not written
# to a terminal without -o; the text and CSV forms stay as they were.
. "$(dirname "$0")/lib.sh"
need pdfinfo poppler-utils
need pdftotext poppler-utils
export LC_ALL=sv_SE.UTF-8
ok demo
ok overview --format pdf -o "$T/o.pdf"
pdfinfo "$T/o.pdf" >"$T/info" || fail "pdfinfo cannot read the overview"
grep -q "595.276 x 841.89 pts (A4)" "$T/info" || fail "not A4: $(cat "$T/info")"
grep -q "^Title: *Översikt över registret" "$T/info" ||
    fail "no title: $(cat "$T/info")"
pdftotext -layout "$T/o.pdf" "$T/o.txt" || fail "pdftotext failed"
for want in "Strömsby kommun" "Samhällsbyggnadsnämnden" "Kultur- och fritidsnämnden" \
    "Föreslagen" "Försenade dialoger" "dagar försenad" "Sida 1 av"; do
	grep -qF -- "$want" "$T/o.txt" || fail "the overview PDF lacks: $want"
done
# The same bodies as the text form, and the CSV unchanged in shape.
ok overview
expect_out "Beslutande organ"
ok overview --format csv -o -
expect_out "row,deciding_body,proposed"
exit 0
