#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Methods are chosen for the target groups they are to reach [T4]
# [S:Metod]: each method's note names its target groups and says why,
# "Enkät (Unga 13–19 år: når dem via skolorna)". A group the dialogue
# does not have is refused, naming it and the dialogue's groups, and
# nothing changes. At the plan each method without a tie and each group
# no method reaches is a warning, in each policy's words; it never stops
# the step, and methods without a note (as older registers hold them)
# keep working. The summary and the public page show the ties. In
# Swedish.
. "$(dirname "$0")/lib.sh"
export LC_ALL=sv_SE.UTF-8
locale -a 2>/dev/null | grep -qiE '^sv_SE\.utf-?8$' ||
    fail "the sv_SE.UTF-8 locale is missing: run ./dialogreg.sh once, or" \
	"sed -i 's/^# *\\(sv_SE.UTF-8 UTF-8\\)/\\1/' /etc/locale.gen && locale-gen"

ok init --policy tjorn
ref=$(new_dialogue "Torget i Åby")
walk "$ref" decided
GROUPS="Unga 13–19 år (ålder, språk); Boende i Åby (tillgänglighet)"

# A group the dialogue does not have: refused, nothing stored.
snapshot before
run set "$ref" target_groups="$GROUPS" \
    methods="Enkät (Unga 13–19 år: når dem via skolorna); Open space (Äldre: flera kvällsträffar)"
expect_rc 2
expect_err "Metoder: metoden ”Open space” ska nå målgruppen ”Äldre”, som inte är en av dialogens målgrupper (Unga 13–19 år; Boende i Åby); ange en av dem, eller lägg först till gruppen bland målgrupperna."
expect_unchanged before
# The same before the dialogue has any target group.
run set "$ref" methods="Enkät (Unga 13–19 år: når dem via skolorna)"
expect_rc 2
expect_err "metoden ”Enkät” ska nå målgruppen ”Unga 13–19 år”, men dialogen har inga målgrupper än"
expect_unchanged before

# Methods without a note, as a register from before the ties holds
# them: accepted; the plan warns about each, in Tjörn's words [T4].
ok set "$ref" target_groups="$GROUPS" methods="Open space; Enkät" \
    goals="40 unga deltar" planned_start=2026-05-10 planned_end=2026-06-30 \
    decision_deadline=2026-12-15 outreach=yes feedback_plan="Möte i juni" \
    evaluation_plan="Enkät"
run check "$ref"
expect_rc 0
expect_out "Inget saknas för steget ”markera som planerad” (Planerad)."
expect_err "varning: Metoden ”Open space” säger inte vilken målgrupp den är till för eller varför den valts: ange de målgrupper den ska nå, med en kort motivering [T4]."
expect_err "varning: Metoden ”Enkät” säger inte vilken målgrupp den är till för eller varför den valts"
expect_err "varning: Ingen metod ska nå målgruppen ”Unga 13–19 år”: ange den vid den metod som valts för den [T4]."
expect_err "varning: Ingen metod ska nå målgruppen ”Boende i Åby”"
expect_no_err "[S:"
ok rules --format csv
expect_out '[T4],planned,warning,"Varje metod anger de målgrupper den ska nå, med en kort motivering.",method_not_tied,"Metoder och verktyg ska väljas utifrån målgrupp, syfte och vad resultatet av dialogen ska användas till."'
expect_out '[T4],planned,warning,Varje målgrupp nås av minst en metod.,target_group_not_reached,"Metoder och verktyg ska väljas utifrån målgrupp, syfte och vad resultatet av dialogen ska användas till."'

# Tied, in any case: stored as the target groups spell them; one tie
# without motivation, one group reached by none.
ok set "$ref" methods="enkät (unga 13–19 år: når dem via skolorna); Open space (UNGA 13–19 ÅR)"
[ "$(sql "SELECT name || ' (' || note || ')' FROM items WHERE field = 'methods' ORDER BY pos")" = \
    "Enkät (Unga 13–19 år: når dem via skolorna)
Open space (Unga 13–19 år)" ] || fail "ties not stored as the target groups spell them: $(sql "SELECT note FROM items WHERE field = 'methods'")"
run check "$ref"
expect_rc 0
expect_err "varning: Metoden ”Open space” saknar motivering: skriv kort varför den passar sina målgrupper [T4]."
expect_err "varning: Ingen metod ska nå målgruppen ”Boende i Åby”: ange den vid den metod som valts för den [T4]."
expect_no_err "Metoden ”Enkät”"
expect_no_err "målgruppen ”Unga 13–19 år”"

# Under Sollentuna's rules the same warnings cite [S:Metod].
ok config policy sollentuna
ok set "$ref" budget=50000 financing=Fritidsbudget background="Grusplan i dag." \
    project_plan="Projektplan KFN 2026/4" \
    resources="Planarkitekt, 40 timmar" process_owner=KFN \
    process_leader="Eva Lund" communication_plan=Skolor \
    documentation_plan=Anteckningar partners=Hyresgästföreningen \
    responsibilities="Fritid gör allt" fact_basis="Trafikmätning 2025"
run check "$ref"
expect_rc 0
expect_err "varning: Metoden ”Open space” saknar motivering: skriv kort varför den passar sina målgrupper [S:Metod]."
expect_err "varning: Ingen metod ska nå målgruppen ”Boende i Åby”: ange den vid den metod som valts för den [S:Metod]."
expect_no_err "[T4]"
ok rules --format csv
expect_out '[S:Metod],planned,warning,"Varje metod anger de målgrupper den ska nå, med en kort motivering.",method_not_tied,Metod för dialog väljer man beroende på hur mycket invånarna kan påverka ett beslut samt vilken målgrupp man vill nå.'
expect_out '[S:Metod],planned,warning,Varje målgrupp nås av minst en metod.,target_group_not_reached,Metod för dialog väljer man'

# Warnings never stop the step; they stay pointed out once planned.
ok advance "$ref" planned
expect_err "varning: Ingen metod ska nå målgruppen ”Boende i Åby”"
# A group the methods still name cannot leave the target groups.
snapshot planned
run set "$ref" target_groups="Boende i Åby (tillgänglighet)"
expect_rc 2
expect_err "metoden ”Enkät” ska nå målgruppen ”Unga 13–19 år”, som inte är en av dialogens målgrupper (Boende i Åby)"
expect_unchanged planned

# Every method tied and every group reached: no such warning is left.
ok set "$ref" methods="Enkät (Unga 13–19 år: når dem via skolorna); Open space (Unga 13–19 år, Boende i Åby: flera kvällsträffar); Webb (: alla läser webben)"
expect_err "varning: Metoden ”Webb” anger ingen målgrupp: ange vilka målgrupper den ska nå [S:Metod]."
ok set "$ref" methods="Enkät (Unga 13–19 år: når dem via skolorna); Open space (Unga 13–19 år, Boende i Åby: flera kvällsträffar)"
ok show "$ref"
expect_no_out "säger inte vilken målgrupp"
expect_no_out "anger ingen målgrupp"
expect_no_out "saknar motivering"
expect_no_out "Ingen metod ska nå"
# The method's own step still warns [S:Metod].
expect_out "Metoden ”Enkät” hör till steg 2, Konsultation"

# The summary and the public page show what each method is for.
ok print "$ref"
expect_out "Enkät (steg 2, Konsultation), för Unga 13–19 år: når dem via skolorna"
expect_out "Open space (steg 3, Dialog), för Unga 13–19 år, Boende i Åby: flera"
ok publish -o "$T/web"
grep -qF "<li>Open space, för Unga 13–19 år, Boende i Åby: flera kvällsträffar</li>" \
    "$T/web/$ref.html" || fail "the public page lacks the tie: $(grep -F '<li>' "$T/web/$ref.html")"
echo "ok: methods are tied to their target groups"
