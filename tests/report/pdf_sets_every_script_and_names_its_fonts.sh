#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Residents write in the languages the municipality reaches out in [T4]:
# a summary with contributions in Polish, Arabic, Persian, Tigrinya,
# Somali and Swedish is typeset with a font for each script (fontconfig's
# fallback; the set-up installs fonts-noto-core), every font embedded,
# and pdftotext reads the texts back. The command names the fonts it used,
# and warns, naming the character, when no installed font has one.
# Amounts never break across a line; addresses are links; the PDF has a
# structure (headings, tables).
. "$(dirname "$0")/lib.sh"

ok config municipality "Tjörns kommun"
REF=$(new_dialogue "Bänkar i Skärhamns park") || exit 1
PL="Zażółć gęślą jaźń, proszę o więcej ławek w parku."
AR="نريد المزيد من المقاعد في الحديقة"
FA="ما نیمکت‌های بیشتری در پارک می‌خواهیم"
TI="ኣብ መናፈሻ ዝያዳ መቐመጢ ንደሊ"
SO="Waxaan rabnaa kursiyo badan oo beerta ah."
SV="Fler bänkar vid åen, gärna med ryggstöd för äldre."
for t in "$PL" "$AR" "$FA" "$TI" "$SO" "$SV"; do
	ok contribution add "$REF" --text "$t"
done
ok set "$REF" purpose="Läs mer på https://www.tjorn.se/dialog eller skriv till dialog@tjorn.se."

ok print "$REF" --contributions --format pdf -o "$T/s.pdf"
pdf_check "$T/s.pdf" >/dev/null || exit 1
for f in "Noto Sans" "Noto Sans Arabic" "Noto Sans Ethiopic"; do
	grep -q "set in .*$f" "$T/err" ||
	    fail "the command does not say it used $f: $(cat "$T/err")"
done
expect_no_err "warning"
grep -q "NotoSansArabic" "$T/pdffonts" && grep -q "NotoSansEthiopic" \
    "$T/pdffonts" || fail "the PDF lacks a font for a script: $(cat "$T/pdffonts")"
pdf_text "$T/s.pdf" "$T/s.txt"
for t in "$PL" "$TI" "$SO" "$SV" "Tjörns kommun"; do
	grep -qF -- "$t" "$T/s.txt" || fail "the PDF text lacks '$t'"
done
# Right-to-left text: the letters in their order. pdftotext guesses word
# breaks from the gaps between glyphs, and at text sizes it sees gaps
# inside Arabic words (poppler's heuristic, whatever the font), so spaces,
# the bidi marks it adds and the zero-width non-joiner are left out.
python3 - "$T/s.txt" "$AR" "$FA" <<'PY' || fail "the PDF text lacks the Arabic or Persian contribution"
import sys
drop = dict.fromkeys(map(ord, " \u00a0\u200c\u200e\u200f\u202a\u202b\u202c"
                         "\u202d\u202e"))
text = open(sys.argv[1], encoding="utf-8").read().translate(drop)
for want in sys.argv[2:]:
    assert want.translate(drop) in text, want
PY
# Addresses are links.
pdfinfo -url "$T/s.pdf" >"$T/urls" 2>&1 || fail "pdfinfo -url failed"
grep -q "https://www.tjorn.se/dialog$" "$T/urls" &&
    grep -q "mailto:dialog@tjorn.se$" "$T/urls" ||
    fail "the addresses are not links: $(cat "$T/urls")"
# A structure for assistive technology: headings, tables, lists.
qpdf --qdf --object-streams=disable "$T/s.pdf" "$T/q.pdf" ||
    fail "qpdf cannot expand the PDF"
for s in "/Type /StructTreeRoot" "/S /H1" "/S /H2" "/S /Table" "/S /TD"; do
	grep -aq "$s" "$T/q.pdf" || fail "the PDF's structure lacks $s"
done

# An amount never breaks across a line: in texts long enough to put it
# at the end of a line somewhere, "125 000 kr" stays on one line.
R2=$(new_dialogue "Budget") || exit 1
w="ord"
i=1
while [ "$i" -le 30 ]; do
	ok contribution add "$R2" --text "$w 125 000 kr och 50 % till bänkar"
	w="$w ord"
	i=$((i + 1))
done
ok print "$R2" --contributions --format pdf -o "$T/a.pdf"
pdf_text "$T/a.pdf" "$T/a.txt"
[ "$(grep -c '125 000 kr och' "$T/a.txt")" -ge 20 ] ||
    fail "too few amounts read back: $(grep -c 125 "$T/a.txt")"
python3 - "$T/a.txt" <<'PY' || fail "an amount is broken across a line"
import re, sys
for l in open(sys.argv[1], encoding="utf-8"):
    if re.search(r"\b125\b", l) and "125 000 kr" not in l:
        sys.exit("broken: " + l)
    if re.search(r"^\s*(Text\s+)?(000\b|kr\b|%)", l):
        sys.exit("broken: " + l)
    if re.search(r"\b50\s*$", l):
        sys.exit("broken: " + l)
PY

# A character that no installed font has (U+0378 is not assigned, so no
# font ever has it) is named in a warning; the PDF is made all the same.
ok contribution add "$REF" --text "Tecken utan typsnitt: ͸."
ok print "$REF" --contributions --format pdf -o "$T/m.pdf"
expect_err "warning: 1 character has no installed font and shows as a box in the PDF: U+0378 (Zzzz)."
expect_err "fonts-noto-core"
head -c 5 "$T/m.pdf" | grep -q '^%PDF-' || fail "no PDF with a missing glyph"
exit 0
