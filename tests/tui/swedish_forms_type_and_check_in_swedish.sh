#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# In Swedish (LC_ALL=sv_SE.UTF-8): a new dialogue typed with å ä ö, the
# domain's refusals in Swedish under the fields, the fields' Swedish
# labels, and the decide step's checklist in Swedish. (Texts of the
# screens themselves are asserted in English in the other tests until
# the catalog has them.)
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

start
wait_for "MD-2026-001"
keys a
wait_for "[S:Förutsättningar]"
# 1 = yes at both gate questions; then the confirmation that it is no
# opinion-forming or marketing.
keys 1 1
wait_for "Ny dialog: vad den inte är"
wait_for "opinionsbildning"
keys 1
wait_for "Frågeställning"
wait_for "Initierad av"
wait_for "Berörda organ"
cursor_on "Rubrik"
keys C-s
wait_for "Rubrik saknas."
wait_for "Frågeställning saknas: skriv vad invånarna ska tillfrågas om"
cursor_on "Rubrik"
type_text "Ny lekplats vid Åvägen i Östby"
keys Tab
type_text "Vad tycker barnen om gungor, klätterställning och skärmtak?"
keys Tab
type_text "Åsa Öberg, lekplatsansvarig"
keys Tab
# A list: its own editor, one item a row.
keys Enter
wait_for "Listan är tom: a lägger till en post."
keys a
wait_for "Ny post: Berörda organ"
type_text "Samhällsbyggnadsnämnden"
keys C-s
wait_line "^ > Samhällsbyggnadsnämnden"
keys q
wait_line "^ Berörda organ +.Samhällsbyggnadsnämnden"
keys C-s
poll 'dlg list --format csv | grep -qF "Ny lekplats vid Åvägen i Östby"' ||
    fail "the dialogue was not registered"
wait_for "Ny lekplats vid"
ref=$(dlg list --format csv | grep -F "Ny lekplats vid Åvägen i Östby" |
    cut -d, -f1 | tr -d '"')
[ -n "$ref" ] || fail "the dialogue was not registered"
expect_field "$ref" question \
    "Vad tycker barnen om gungor, klätterställning och skärmtak?"
expect_field "$ref" initiated_by "Åsa Öberg, lekplatsansvarig"

# The lifecycle dialog: the guard's items in Swedish.
open_view "$ref"
keys s
wait_for "Beslutad"
wait_for "”Genomförandet beslutat den” saknas."
wait_for "”Genomförandet beslutat i” saknas."
wait_for "Syfte saknas [T4][S:Checklista]."
keys Enter
wait_for "”Genomförandet beslutat den” saknas."
keys Enter
wait_for "Genomförandet beslutat av"
cursor_on "Genomförandet beslutat av"
exit 0
