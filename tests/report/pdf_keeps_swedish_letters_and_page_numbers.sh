#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A summary printed as PDF (typeset with Pango on Cairo) is sound for
# qpdf, has A4 pages, its title, author, subject and creation date, all
# its fonts embedded, and reads back through pdftotext with å, ä and ö
# intact, the municipality in the header and "Page 1 of N" (N the PDF's
# own pages) in the footer; the text form has the same header and
# footer, "Page 1 of M" for its own pages. The command says on stderr how
# many pages the PDF has and which fonts it uses.
. "$(dirname "$0")/lib.sh"

ok config municipality "Tjörns kommun"
REF=$(new_dialogue "Äldreboende på Öckerö – åtgärder för gården") || exit 1
ok set "$REF" purpose="Höra vad de äldre och deras anhöriga tycker om \
gården, ljuset och gångvägarna." case_number="KS 2026/0042"

ok print "$REF" -o "$T/sum.txt"
[ ! -s "$T/out" ] || fail "print -o wrote to standard output"
N=$(pages "$T/sum.txt") || exit 1
grep -q "^Tjörns kommun  *Dialogue summary\$" "$T/sum.txt" ||
    fail "the text header lacks the municipality: $(head -n 2 "$T/sum.txt")"
grep -q "^$REF  Äldreboende på Öckerö – åtgärder för gården  *Proposed\$" \
    "$T/sum.txt" || fail "the text header lacks reference, title and state"
grep -q "^Printed 2026-05-04  *Page 1 of $N\$" "$T/sum.txt" ||
    fail "the text footer lacks the print date and 'Page 1 of $N'"

ok print "$REF" --format pdf -o "$T/sum.pdf"
head -c 5 "$T/sum.pdf" | grep -q '^%PDF-' || fail "not a PDF"
P=$(pdf_check "$T/sum.pdf") || exit 1
expect_err "The PDF has $P page"
expect_err "set in Noto Sans"
[ ! -s "$T/out" ] || fail "print -o wrote to standard output"
grep -q "^Title: *Dialogue summary: $REF Äldreboende på Öckerö – åtgärder för gården\$" \
    "$T/pdfinfo" || fail "the PDF's title: $(grep Title "$T/pdfinfo")"
grep -q '^Author: *Tjörns kommun$' "$T/pdfinfo" ||
    fail "the PDF's author is not the municipality: $(grep Author "$T/pdfinfo")"
grep -q '^Subject: *Dialogue summary$' "$T/pdfinfo" ||
    fail "the PDF's subject: $(grep Subject "$T/pdfinfo")"
grep -q '^CreationDate: .*May  *4 .*2026' "$T/pdfinfo" ||
    fail "the PDF's creation date is not the print date: $(grep CreationDate "$T/pdfinfo")"
grep -q 'NotoSans-Regular' "$T/pdffonts" && grep -q 'NotoSans-Bold' \
    "$T/pdffonts" || fail "the PDF is not set in Noto Sans and its bold: $(cat "$T/pdffonts")"
pdf_text "$T/sum.pdf" "$T/pdf.txt"
for s in "Tjörns kommun" "Äldreboende på Öckerö – åtgärder för gården" \
    "Höra vad de äldre och deras anhöriga tycker om" "gångvägarna." \
    "KS 2026/0042" "Page 1 of $P" "Printed 2026-05-04" "Dialogue summary" \
    "Proposed" "Initiated by" "Anna Berg, fritidschef"; do
	grep -qF -- "$s" "$T/pdf.txt" || fail "the PDF text lacks '$s'"
done
[ "$(grep -c "Page [0-9]* of $P" "$T/pdf.txt")" -eq "$P" ] ||
    fail "not every page of the PDF says 'Page k of $P'"
grep -q "å" "$T/pdf.txt" && grep -q "ä" "$T/pdf.txt" &&
    grep -q "ö" "$T/pdf.txt" && grep -q "Ö" "$T/pdf.txt" ||
    fail "the PDF text lost å, ä or ö"

# Typographic quotes and ligatures would change what was typed.
ok set "$REF" background="Rådets 'förslag' \\ file: fil; ffi 50 % \`x\`"
ok print "$REF" --format pdf -o "$T/q.pdf"
pdf_text "$T/q.pdf" "$T/q.txt"
grep -qF -- "Rådets 'förslag' \\ file: fil; ffi 50 % \`x\`" "$T/q.txt" ||
    fail "the PDF changed the background: $(grep Rådets "$T/q.txt")"

# A PDF on standard output when it is not a terminal.
"$DLG" print "$REF" --format pdf >"$T/piped.pdf" 2>"$T/err" ||
    fail "print --format pdf to a pipe failed: $(cat "$T/err")"
head -c 5 "$T/piped.pdf" | grep -q '^%PDF-' || fail "piped output is no PDF"

# The participant sheet prints the same way.
ok print "$REF" --sheet --format pdf -o "$T/sheet.pdf"
pdf_text "$T/sheet.pdf" "$T/sheet.txt"
grep -qF "Information for participants" "$T/sheet.txt" ||
    fail "the sheet's PDF lacks its kind in the header"
grep -qF "Page 1 of" "$T/sheet.txt" || fail "the sheet's PDF lacks 'Page 1 of'"
pdf_check "$T/sheet.pdf" >/dev/null || exit 1
exit 0
