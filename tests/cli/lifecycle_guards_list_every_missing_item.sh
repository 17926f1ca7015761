#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A dialogue walked through all seven states. Before each step the guard
# refuses with the COMPLETE list of missing items (check on stdout, advance
# on stderr, nothing stored), then accepts once every item is supplied.
. "$(dirname "$0")/lib.sh"

# guard STATE LINE...: check and advance to STATE are refused with exactly
# these lines, and the refusal leaves the register as it was.
guard() {
	to=$1
	shift
	snapshot before
	run check "$REF" "$to"
	expect_rc 2
	for line in "$@"; do
		expect_line_out "$line"
	done
	expect_lines $#
	run advance "$REF" "$to"
	expect_rc 2
	for line in "$@"; do
		expect_err "  - $line"
	done
	expect_unchanged before
}

# accept STATE STEP LABEL: nothing is missing, and the step is taken.
accept() {
	ok check "$REF"
	expect_line_out "Nothing is missing for \"$2\" ($3)."
	ok advance "$REF" "$1"
	expect_out "$REF is now $3"
	[ "$(sql "SELECT state FROM dialogues WHERE ref = '$REF'")" = "$1" ] ||
	    fail "the register does not say $REF is $1"
}

# Registration: everything missing at once, nothing stored.
run new case_number="KS 2026/0123"
expect_rc 2
expect_err "cannot register the dialogue: 4 items are missing:"
expect_err "  - Title is missing."
expect_err "  - Question is missing: say what residents are asked [T4][S:Checklista]."
expect_err "  - Initiated by is missing: name the official or politician who initiated the dialogue [T5][S:Principer]."
expect_err "  - No body concerned is listed: name at least one committee, drafting committee or board [T1][T5][S:Roller]."
[ "$(sql 'SELECT count(*) FROM dialogues')" = 0 ] ||
    fail "a refused dialogue was stored"

REF=$(new_dialogue) || exit 1
[ "$REF" = MD-2026-001 ] || fail "first reference is '$REF', not MD-2026-001"
ok show "$REF"
expect_out "Proposed"

# proposed -> decided
guard decided \
    "Decided by is missing: the decision to hold the dialogue must be taken by Kultur- och fritidsnämnden [T5][S:Roller]." \
    "Decision date is missing." \
    "Decision paragraph is missing." \
    "Gate 1 is not answered: do the politicians need residents' views to decide well? [T4][S:Förutsättningar]" \
    "Gate 1 answered by is missing: name the body that answered [T4][S:Förutsättningar]." \
    "Gate 1 answered on is missing: give the date of the answer [T4][S:Förutsättningar]." \
    "Gate 2 is not answered: is the question still open to influence? [T4][S:Förutsättningar]" \
    "Gate 2 answered by is missing: name the body that answered [T4][S:Förutsättningar]." \
    "Gate 2 answered on is missing: give the date of the answer [T4][S:Förutsättningar]." \
    "Purpose is missing [T4][S:Checklista]." \
    "Participation level is missing: choose a step of the participation ladder [T4][S:Principer]."
ok set "$REF" decision_body="Kultur- och fritidsnämnden" \
    decision_date=2026-04-20 decision_paragraph="§ 48" \
    need_views=yes need_views_by="Kultur- och fritidsnämnden" \
    need_views_date=2026-04-10 \
    open_to_influence=yes open_to_influence_by="Kultur- och fritidsnämnden" \
    open_to_influence_date=2026-04-10 \
    purpose="Unga ska forma parken." level=dialogue
expect_out "$REF is now at version 2."
accept decided decide Decided

# decided -> planned
guard planned \
    "Goals are missing [S:Checklista]." \
    "Background is missing: is there an earlier history of the question that is important to know? [S:Checklista]" \
    "Target groups are missing: name at least one, with considerations such as age, language or disability [T4][S:Checklista]." \
    "Methods are missing: choose at least one method on the participation ladder [T4][S:Metod]." \
    "Planned start is missing [T4][S:Checklista]." \
    "Planned end is missing [T4][S:Checklista]." \
    "Decision deadline is missing: the dialogue must end before the question is decided [T4][S:Roller]." \
    "Budget is missing [S:Checklista]." \
    "Financing is missing [S:Checklista]." \
    "Project plan is missing: refer to the project plan of the assignment [S:Roller]." \
    "Experts' time and resources are missing: say which experts of the administration take part and what time and resources are set aside for them [S:Roller]." \
    "Process owner is missing [S:Checklista]." \
    "Process leader is missing [S:Roller]." \
    "Communication plan is missing [S:Checklista]." \
    "Documentation plan is missing [S:Checklista]." \
    "Feedback plan is missing [T4][S:Checklista]." \
    "Evaluation plan is missing [T4][S:Checklista]."
# A plan whose end is not before the deadline is refused for that reason.
ok set "$REF" goals="40 unga deltar" \
    target_groups="Unga 13–19 år (ålder, språk)" methods="Open space" \
    background="Parken har varit en grusplan sedan 1990." \
    project_plan="Projektplan KFN 2026/4" \
    resources="Planarkitekt, 40 timmar" \
    planned_start=2026-06-01 planned_end=2026-09-30 \
    decision_deadline=2026-09-30 budget="125 000" financing="Fritidsbudget" \
    responsibilities="Fritid planerar och dokumenterar" \
    process_owner="Kultur- och fritidschefen" process_leader="Eva Lund" \
    communication_plan="Skolor och sociala medier" \
    documentation_plan="Anteckningar" feedback_plan="Möte i oktober" \
    evaluation_plan="Enkät efteråt"
guard planned \
    "Planned end 2026-09-30 is not before the decision deadline 2026-09-30: the question would no longer be open to influence [T4][S:Förutsättningar]."
ok set "$REF" decision_deadline=2026-12-15
accept planned plan Planned

# planned -> running
guard running \
    "No participating politician is listed: a citizen dialogue needs elected representatives taking part [T5][S:Definition]." \
    "Use of the result is missing: say how the result is handled and what residents can influence [T4][S:Syfte]." \
    "Participants informed is not yes: participants must be told the level of influence and how the result will be used [T4][S:Syfte]."
ok set "$REF" politicians="Anna Berg (Kultur- och fritidsnämnden)" \
    result_use="Underlag till nämndens beslut" participants_informed=yes
accept running start Running

# running -> reported: the rest happens later in the year (a step never
# records what has not happened yet)
export DIALOGREG_TODAY=2026-11-30
guard reported \
    "No session is recorded: add at least one session." \
    "Result summary is missing [T4][S:Checklista]." \
    "Reported in decision basis is missing: the result must always be put before the decision-makers [T4][S:Roller]." \
    "Report date is missing."
ok session add "$REF" --date 2026-06-10 --place "Skärhamns skola" \
    --method "Open space" --participants 34 --politicians "Anna Berg"
ok set "$REF" result_summary="Ramper och belysning" \
    report_reference="KFN 2026-10-12 § 90" report_date=2026-10-12
accept reported report Reported

# reported -> fed_back
guard fed_back \
    "No feedback is recorded: add the feedback given to the participants, with date, channels and text [T4][S:Principer]."
ok feedback add "$REF" --date 2026-10-20 --channels "möte, webb" \
    --text "Nämnden valde ramper och belysning." \
    --sender "Kultur- och fritidsnämnden"
accept fed_back "feed back" "Fed back"

# fed_back -> evaluated
guard evaluated \
    "Evaluation date is missing [T4][S:KLK]." \
    "Influenced the decision is missing: answer yes, partly, no or unknown [T4][S:KLK]." \
    "Goals met is missing [S:KLK]."
ok set "$REF" evaluation_date=2026-11-20 influence=partly goals_met="Ja, 34 av 40"
accept evaluated evaluate Evaluated

# The end: no step follows, and the history has every transition.
ok check "$REF"
expect_out "no step follows"
ok history "$REF" --format csv
for s in decided planned running reported fed_back evaluated; do
	grep -q ",state,[a-z_]*,$s," "$T/out" || fail "history lacks the step to $s"
done
exit 0
