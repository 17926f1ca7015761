#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# What schema 8 added to the record, set and shown in Swedish: the
# budget and the plan are the administration's proposal, the frame and
# the time plan come with the decision [S:Roller]; an official is named
# for each task [T5]; the decision on the question records the measures
# decided [T5]. A plan outside the decided time plan warns under
# Sollentuna's rules, not Tjörn's; tasks without an official warn under
# both, each citing its own policy. Bad input is refused in Swedish and
# nothing changes; every change has its history row.
. "$(dirname "$0")/lib.sh"

sv_ok() { LC_ALL=sv_SE.UTF-8 ok "$@"; }
sv_run() { LC_ALL=sv_SE.UTF-8 run "$@"; }
# warnings REF: the texts of REF's warnings in Swedish, one a line, into
# $T/out (show wraps them).
warnings() {
	sv_ok show "$1" --format json
	python3 - "$T/out" >"$T/w" <<'PY' || fail "no warnings in the JSON"
import json, sys
for w in json.load(open(sys.argv[1], encoding="utf-8"))["warnings"]:
    print(w["text"])
PY
	mv "$T/w" "$T/out"
}
need python3 python3

ok config policy sollentuna

# Decided, not yet planned: the step's checklist names every task
# without an official in one item, under Sollentuna's reference.
REF2=$(new_dialogue "Trafiken vid Björkåsskolan") || exit 1
walk "$REF2" decided
sv_run check "$REF2" planned
expect_rc 2
expect_err "varning: Ingen ansvarig tjänsteperson är utsedd för: planering, genomförande, dokumentation, bearbetning av resultat, återkoppling, utvärdering [S:Roller]."

REF=$(new_dialogue) || exit 1
# The plan walk() makes runs 2026-04-01 .. 2026-06-30.
walk "$REF" planned
sv_ok set "$REF" budget_frame=60000 decided_start=2026-04-10 \
    decided_end=2026-06-15 question_decision_measures="Ramper byggs 2027.
Belysning ses över."
sv_ok show "$REF"
grep -Eq "^Budget \(förslag, kr\) +50 000 kr$" "$T/out" ||
    fail "the budget is not labelled as the proposal"
grep -Eq "^Budgetram \(beslut, kr\) +60 000 kr$" "$T/out" ||
    fail "the frame is not labelled as the decision"
grep -Eq "^Beslutad tidsplan, start +2026-04-10$" "$T/out" ||
    fail "show lacks the decided start"
grep -Eq "^Beslutad tidsplan, slut +2026-06-15$" "$T/out" ||
    fail "show lacks the decided end"
grep -Eq "^Beslutade åtgärder +Ramper byggs 2027\.$" "$T/out" ||
    fail "show lacks the measures decided"
expect_out "Belysning ses över."
# Outside the time plan on both ends, and no official for any task.
warnings "$REF"
expect_out "Planerad start 2026-04-01 är före starten 2026-04-10 i den tidsplan som beslutande organ har bestämt [S:Roller]."
expect_out "Planerat slut 2026-06-30 är efter slutet 2026-06-15 i den tidsplan som beslutande organ har bestämt [S:Roller]."
expect_out "Ingen ansvarig tjänsteperson är utsedd för: planering, genomförande"

# Officials for some tasks: the warning names only the others.
sv_ok set "$REF" responsible_planning="Eva Lund" \
    responsible_conduct="Eva Lund" responsible_documentation="Omar Said" \
    responsible_processing="Omar Said"
sv_ok show "$REF"
grep -Eq "^Ansvarig för planering +Eva Lund$" "$T/out" ||
    fail "show lacks the official responsible for planning"
grep -Eq "^Ansvarig för bearbetning +Omar Said$" "$T/out" ||
    fail "show lacks the official responsible for processing"
warnings "$REF"
expect_out "Ingen ansvarig tjänsteperson är utsedd för: återkoppling, utvärdering [S:Roller]."
expect_no_out "utsedd för: planering"
sv_ok print "$REF"
grep -Eq "^Ansvarig för dokumentation +Omar Said$" "$T/out" ||
    fail "the summary lacks the responsible officials"
grep -Eq "^Beslutad tidsplan, slut +2026-06-15$" "$T/out" ||
    fail "the summary lacks the decided time plan"

# Under Tjörn's policy the time plan is not its rule; the tasks are [T5].
ok config policy tjorn
warnings "$REF"
expect_no_out "tidsplan som beslutande organ"
expect_out "Ingen ansvarig tjänsteperson är utsedd för: återkoppling, utvärdering [T5]."
ok config policy sollentuna

# A plan inside the decided time plan, every task with its official: no
# warning of either.
sv_ok set "$REF" planned_start=2026-04-10 planned_end=2026-06-15 \
    responsible_feedback="Eva Lund" responsible_evaluation="Eva Lund"
warnings "$REF"
expect_no_out "tidsplan som beslutande organ"
expect_no_out "Ingen ansvarig tjänsteperson"

# Refused in Swedish, the register unchanged.
snapshot before
sv_run set "$REF" decided_end=2026-13-01
expect_rc 2
expect_err "Beslutad tidsplan, slut: datumet ”2026-13-01” finns inte."
sv_run set "$REF" responsible_feedback="Eva
Lund"
expect_rc 2
expect_err "Ansvarig för återkoppling"
expect_unchanged before

# Each change has its history row, named by the field.
ok history "$REF" --format csv
for f in budget_frame decided_start decided_end question_decision_measures \
    responsible_planning responsible_feedback responsible_evaluation; do
	grep -q ",$f," "$T/out" || fail "the history lacks $f"
done
# The rules list has both rows with the policy's words.
ok rules
tr '\n' ' ' <"$T/out" >"$T/rules"
grep -qF "decided. The register warns about it. Sollentuna's rules: \"Nämnd – Bestämmer tidsplan\" (plan_outside_time_plan)" "$T/rules" ||
    fail "the rules lack the decided time plan"
grep -qF "Ansvarsfördelningen för dialogen mellan förtroendevalda, tjänstemän och invånare.\" (missing_responsible)" "$T/rules" ||
    fail "the rules lack the responsible officials"
exit 0
