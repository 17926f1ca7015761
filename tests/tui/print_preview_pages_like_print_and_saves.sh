#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The print preview shows the summary page by page exactly as
# `dialogreg print` lays it out, switches to the participant sheet and to
# the briefing for the politicians (the pages of `print --briefing`), and
# saves text identical to the command's and a PDF that keeps å ä ö; it
# says how many pages the PDF has (typeset, it has pages of its own),
# which is what pdfinfo finds in the PDF it saves; the contributions'
# texts come in on request, their contact details never.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"
need pdftotext poppler-utils
need pdfinfo poppler-utils

ref=MD-2026-022
dlg print "$ref" >"$T/print.txt" || fail "dialogreg print failed"
pages=$(grep -c 'Page [0-9]* of' "$T/print.txt")
[ "$pages" -gt 1 ] || fail "$ref prints on one page; the test needs more"
# The first line of the second page's body (after the header and a
# blank line).
second=$(awk 'BEGIN { RS = "\f" } NR == 2' "$T/print.txt" | sed -n 5p |
    sed 's/^ *//; s/ *$//')
[ -n "$second" ] || fail "no text at the top of page 2"

start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "32 dialogues"
open_view "$ref"
keys p
wait_for "Print preview of $ref"
wait_for "Page 1 of $pages"
wait_for "Dialogue summary"
wait_for "Summary without the contributions' texts"
# The PDF's pages, as the preview tells them.
wait_line "Page 1 of $pages \(PDF: [0-9]+ pages?\)"
pdfpages=$(sed -n 's/.*Page 1 of [0-9]* (PDF: \([0-9]*\) pages*).*/\1/p' \
    "$SCREEN" | head -n 1)
[ -n "$pdfpages" ] || fail "the preview does not say how many pages the PDF has"
keys NPage
wait_for "Page 2 of $pages"
wait_for "$second"
keys b
wait_for "Page 1 of $pages"
# Scrolling within the page reaches its own footer.
keys G
wait_line "^Printed 2026-05-04 +Page 1 of $pages$"

# The participant information sheet, and back.
keys i
wait_for "Participant information sheet"
wait_for "Information for participants"
wait_for "What is the dialogue about?"
keys i
wait_for "Dialogue summary"

# The briefing for the politicians, exactly as `print --briefing`, and
# back; it has no contributions to show.
dlg print "$ref" --briefing >"$T/briefing.txt" ||
    fail "dialogreg print --briefing failed"
keys p
wait_for "Briefing for participating politicians"
wait_for "What residents can influence"
wait_for "Page 1 of 1"
keys w
wait_for "Save as (.pdf or .txt):"
keys C-u
type_text "$T/briefing-saved.txt"
keys Enter
wait_for "Saved $ref as text in '$T/briefing-saved.txt'."
cmp -s "$T/briefing.txt" "$T/briefing-saved.txt" ||
    fail "the saved briefing differs from 'dialogreg print --briefing'"
keys c
wait_for "The briefing holds no contributions; press p for the summary."
keys i
wait_for "Participant information sheet"
keys p
wait_for "Briefing for participating politicians"
keys p
wait_for "Summary without the contributions' texts"
wait_for "Page 1 of $pages"

# Saved as text: the very pages the command prints.
keys w
wait_for "Save as (.pdf or .txt):"
wait_for "$ref.pdf"
keys C-u
type_text "$T/summary.txt"
keys Enter
wait_for "Saved $ref as text in '$T/summary.txt'."
cmp -s "$T/print.txt" "$T/summary.txt" ||
    fail "the saved text differs from 'dialogreg print'"

# With the contributions' texts, as --contributions; never contact. Its
# PDF has a page more than its text here: the preview tells the PDF's.
keys c
wait_for "Summary with the contributions' texts"
dlg print "$ref" --contributions --format pdf -o "$T/texts.pdf" 2>"$T/texts.err" ||
    fail "dialogreg print --contributions --format pdf failed"
tp=$(pdfinfo "$T/texts.pdf" | sed -n 's/^Pages: *//p')
tt=$(dlg print "$ref" --contributions | grep -c 'Page [0-9]* of')
[ "$tp" != "$tt" ] || fail "the text and the PDF have $tp pages: the test needs them to differ"
wait_line "Page 1 of $tt \(PDF: $tp pages\)"
keys w
wait_for "Save as (.pdf or .txt):"
keys C-u
type_text "$T/texts.txt"
keys Enter
wait_for "Saved $ref as text in '$T/texts.txt'."
dlg print "$ref" --contributions >"$T/print-texts.txt"
cmp -s "$T/print-texts.txt" "$T/texts.txt" ||
    fail "the saved text differs from 'dialogreg print --contributions'"
grep -qF "Behåll minst 40 bilplatser" "$T/texts.txt" ||
    fail "the contributions' texts are missing"
# Residents' texts stay with their owner; the briefing, saved meanwhile,
# holds none and gets the mode of any new file.
[ "$(stat -c %a "$T/texts.txt")" = 600 ] ||
    fail "the summary with texts is not private"
keys p
wait_for "Briefing for participating politicians"
keys w
wait_for "Save as (.pdf or .txt):"
keys C-u
type_text "$T/briefing2.txt"
keys Enter
wait_for "Saved $ref as text in '$T/briefing2.txt'."
[ "$(stat -c %a "$T/briefing2.txt")" != 600 ] ||
    fail "the briefing is saved as private as the residents' texts"
keys p
wait_for "Summary with the contributions' texts"
dlg contribution list "$ref" --with-contact --format csv |
    python3 -c 'import csv, sys
for r in csv.DictReader(sys.stdin):
    if r.get("contact"):
        print(r["contact"])' >"$T/contacts"
[ -s "$T/contacts" ] || fail "the demo dialogue has no contact details"
while IFS= read -r c; do
	! grep -qF -- "$c" "$T/texts.txt" || fail "a contact is printed: $c"
done <"$T/contacts"
keys c
wait_for "Summary without the contributions' texts"

# PDF under the default name, and no overwriting without asking.
keys w
wait_for "Save as (.pdf or .txt):"
keys C-u
type_text "$T/$ref.pdf"
keys Enter
wait_for "Saved $ref as PDF in '$T/$ref.pdf'."
pdftotext -layout "$T/$ref.pdf" "$T/pdf.txt" || fail "pdftotext failed"
for w in "Strömsby torg" "Samhällsbyggnadsnämnden" "Låta" \
    "Page 1 of $pdfpages"; do
	grep -qF -- "$w" "$T/pdf.txt" || fail "the PDF lacks: $w"
done
[ "$(grep -c "Page [0-9]* of $pdfpages" "$T/pdf.txt")" = "$pdfpages" ] ||
    fail "the PDF has not the $pdfpages pages the preview said"
pdfinfo "$T/$ref.pdf" | grep -q "^Pages: *$pdfpages\$" ||
    fail "pdfinfo counts other pages than the preview's $pdfpages"
cksum "$T/$ref.pdf" >"$T/sum1"
keys w
wait_for "Save as (.pdf or .txt):"
keys C-u
type_text "$T/$ref.pdf"
keys Enter
wait_for "The file '$T/$ref.pdf' exists. Replace it?"
keys n
wait_for "Nothing was saved."
cksum "$T/$ref.pdf" | cmp -s - "$T/sum1" || fail "the file was replaced"
ls "$T" | grep -q "$ref.pdf\." && fail "a temporary file was left behind"

keys q
wait_line "^ $ref  "
exit 0
