#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# In Swedish the printed pages say "Sida 1 av N" (text and PDF, each
# with its own number of pages, which the command tells in Swedish), the
# summary's labels and states are Swedish, and shares in the follow-up
# are written the Swedish way, with a decimal comma and a space before
# the percent sign ("33,3 %"), in its text and in its PDF's charts.
. "$(dirname "$0")/lib.sh"

locale -a 2>/dev/null | grep -qix 'sv_SE\.utf-\{0,1\}8' ||
    fail "this test needs the locale sv_SE.UTF-8: as root run" \
    "sed -i 's/^# *\\(sv_SE.UTF-8 UTF-8\\)/\\1/' /etc/locale.gen && locale-gen"

REF=$(new_dialogue "Lekplats vid Åkerby skola") || exit 1
walk "$REF" fed_back
# Two more that held sessions, so that shares are thirds.
for t in "Gång- och cykelväg i Ödsmål" "Fritidsgård i Kållekärr"; do
	R=$(new_dialogue "$t") || exit 1
	walk "$R" fed_back
done
ok set "$REF" evaluation_date=2026-05-03 influence=yes goals_met=Ja
ok advance "$REF" evaluated

export LC_ALL=sv_SE.UTF-8
ok print "$REF" -o "$T/sum.txt"
N=$(pages --page Sida --of av "$T/sum.txt") || exit 1
grep -q "Sida 1 av $N\$" "$T/sum.txt" || fail "the text lacks 'Sida 1 av $N'"
grep -q "Utvärderad\$" "$T/sum.txt" || fail "the header lacks the state in Swedish"
ok print "$REF" --format pdf -o "$T/sum.pdf"
P=$(pdf_pages "$T/sum.pdf") || exit 1
expect_err "PDF:en har $P sid"
pdf_text "$T/sum.pdf" "$T/pdf.txt"
grep -q "Sida 1 av $P" "$T/pdf.txt" || fail "the PDF lacks 'Sida 1 av $P'"
grep -q "Åkerby" "$T/pdf.txt" || fail "the PDF lost Å"

ok followup --year 2026
grep -Eq '33,3[  ]%' "$T/out" || fail "the follow-up lacks '33,3 %'"
grep -Eq '100[  ]%' "$T/out" || fail "the follow-up lacks '100 %'"
ok followup --year 2026 --format pdf -o "$T/f.pdf"
pdf_text "$T/f.pdf" "$T/fpdf.txt"
grep -Eq '33,3[  ]%[  ]\(1 av 3\)' "$T/fpdf.txt" ||
    fail "the follow-up's PDF lacks '33,3 % (1 av 3)'"
grep -q "Deltagare per månad" "$T/fpdf.txt" ||
    fail "the follow-up's PDF lacks its chart of participants per month"
exit 0
