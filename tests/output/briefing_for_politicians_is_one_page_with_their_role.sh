#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `print --briefing` gives the participating politicians one A4 page, as
# text and as PDF: the question, the level and what residents can
# influence (the use of the result), that the result is advisory, the
# sessions with date and place, and their role as both policies put it:
# for their body, not their party [T5]; listen and discuss, not answer
# for or defend [S:Roller]; no political debate, open to all parties in
# the council [T5]. It holds no contributions and takes none of the
# summary's options.
. "$(dirname "$0")/lib.sh"
need pdftotext poppler-utils
need pdfinfo poppler-utils

KFN="Kultur- och fritidsnämnden"
REF=$(new_dialogue "Skatepark" "$KFN") || exit 1
walk "$REF" running
ok set "$REF" politicians="Anna Berg ($KFN); Omar Said ($KFN)" \
    result_use="Förslagen blir underlag för parkens utformning."
ok session add "$REF" --date 2026-05-12 --place "Fritidsgården Kvarnen" \
    --method "Open space" --politicians "Anna Berg"
ok session add "$REF" --date 2026-05-20 --place "Skärhamns skola"
ok contribution add "$REF" --text "En synpunkt som inte hör hit"

# joined FILE: the text with its line breaks as spaces.
joined() {
	tr -s ' \n' '  ' <"$1"
}

ok print "$REF" --briefing
cp "$T/out" "$T/en.txt"
[ "$(grep -c "Page 1 of 1" "$T/en.txt")" = 1 ] ||
    fail "the briefing is not one page"
joined "$T/en.txt" >"$T/en.flat"
for want in "Briefing for participating politicians" \
    "Hur ska skateparken utformas?" \
    "Dialogue, step 3 of 5 of the participation ladder: residents get to" \
    "Förslagen blir underlag för parkens utformning." \
    "The result of the dialogue is advisory." \
    "2026-05-12 Fritidsgården Kvarnen (Open space)" \
    "2026-05-20 Skärhamns skola" \
    "You take part for your body, not for your party" \
    "to listen and discuss" "not about answering for or defending" \
    "Political debate is avoided" \
    "open to all political parties represented in the municipal council; all of them were invited on 2026-03-15." \
    "Anna Berg, for $KFN" "Omar Said, for $KFN"; do
	grep -qF -- "$want" "$T/en.flat" || fail "the briefing lacks: $want"
done
! grep -qF "inte hör hit" "$T/en.txt" || fail "a contribution is printed"

LC_ALL=sv_SE.UTF-8 ok print "$REF" --briefing
joined "$T/out" >"$T/sv.flat"
for want in "Information till deltagande förtroendevalda" \
    "Dialog, steg 3 av 5 i delaktighetstrappan: invånarna får resonera." \
    "Resultatet av dialogen är rådgivande." "Din roll i dialogen" \
    "Du deltar för ditt organ, inte för ditt parti" \
    "lyssna och diskutera" "stå till svars för eller försvara" \
    "Politisk debatt undviks" \
    "öppen för alla politiska partier som är representerade i kommunfullmäktige" \
    "Anna Berg, för $KFN" "Sida 1 av 1"; do
	grep -qF -- "$want" "$T/sv.flat" || fail "the Swedish briefing lacks: $want"
done

# The PDF: the same page.
LC_ALL=sv_SE.UTF-8 ok print "$REF" --briefing --format pdf -o "$T/b.pdf"
pdfinfo "$T/b.pdf" >"$T/info" 2>&1 || fail "pdfinfo: $(cat "$T/info")"
grep -q '^Pages: *1$' "$T/info" || fail "the PDF has not one page"
pdftotext -layout "$T/b.pdf" "$T/pdf.txt" || fail "pdftotext failed"
for want in "Information till deltagande förtroendevalda" "Din roll i dialogen" \
    "Skärhamns skola"; do
	grep -qF -- "$want" "$T/pdf.txt" || fail "the PDF lacks: $want"
done

# At level Information: their duty to inform [S:Roller]. (A question
# open to influence is decided at that level only with a reason [T4].)
INFO=$(new_dialogue "Ny avfallstaxa" "$KFN") || exit 1
LEVEL=information DECIDE_REASON="Beslutet om taxan är redan fattat." \
    walk "$INFO" running
ok print "$INFO" --briefing
joined "$T/out" | grep -qF "you then have a responsibility to inform" ||
    fail "the briefing at level Information lacks the duty to inform"

# Not with the summary's options, nor with the sheet.
snapshot before
run print "$REF" --briefing --sheet
expect_rc 1
expect_err "give either --sheet or --briefing, not both"
run print "$REF" --briefing --contributions
expect_rc 1
expect_err "the briefing for the politicians holds no contributions"
LC_ALL=sv_SE.UTF-8 run print "$REF" --briefing --history
expect_rc 1
expect_err "informationen till förtroendevalda innehåller inga synpunkter"
expect_unchanged before
exit 0
