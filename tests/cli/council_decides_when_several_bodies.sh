#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# [T5] Several bodies concerned: the municipal council decides. A decision
# recorded by one of the committees does not satisfy the guard; one by
# Kommunfullmäktige does (compared without regard to case and spaces).
# With the council rule off, the first body concerned decides.
. "$(dirname "$0")/lib.sh"

decision_ready() {
	ok set "$1" decision_date=2026-04-20 decision_paragraph="§ 12" \
	    need_views=yes need_views_by=KS open_to_influence=yes \
	    open_to_influence_by=KS need_views_date=2026-04-01 \
	    open_to_influence_date=2026-04-01 purpose="Ett gemensamt torg" \
	    level=consultation
}

REF=$(new_dialogue "Torget i Kållekärr" \
    "Kultur- och fritidsnämnden; Samhällsbyggnadsnämnden") || exit 1
decision_ready "$REF"

ok show "$REF"
expect_out "Kommunfullmäktige"
ok show "$REF" --format json
grep -q '"deciding_body": "Kommunfullmäktige"' "$T/out" ||
    fail "JSON deciding_body is not Kommunfullmäktige"

ok set "$REF" decision_body="Kultur- och fritidsnämnden"
snapshot before
run advance "$REF" decided
expect_rc 2
expect_err "The decision must be taken by Kommunfullmäktige, the deciding body when several bodies are concerned, not by 'Kultur- och fritidsnämnden' [T5][S:Roller]."
expect_unchanged before

ok set "$REF" decision_body="  kommunfullmäktige "
ok advance "$REF" decided
expect_out "$REF is now Decided"

# One body: that body decides, the council is the wrong one.
REF2=$(new_dialogue "Lekplats i Rönnäng" "Samhällsbyggnadsnämnden") || exit 1
decision_ready "$REF2"
ok set "$REF2" decision_body=Kommunfullmäktige
run check "$REF2"
expect_rc 2
expect_line_out "The decision must be taken by Samhällsbyggnadsnämnden, the one body concerned, not by 'Kommunfullmäktige' [T5][S:Roller]."

# The council rule off (a municipality whose committees decide): the first
# body concerned decides.
ok config council_rule no
REF3=$(new_dialogue "Gång- och cykelväg" \
    "Samhällsbyggnadsnämnden; Kultur- och fritidsnämnden") || exit 1
decision_ready "$REF3"
ok set "$REF3" decision_body=Kommunfullmäktige
run check "$REF3"
expect_rc 2
expect_line_out "The decision must be taken by Samhällsbyggnadsnämnden, the first body concerned, not by 'Kommunfullmäktige' [T5][S:Roller]."
ok set "$REF3" decision_body=Samhällsbyggnadsnämnden
ok advance "$REF3" decided
exit 0
