#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A step that says something happened refuses dates after today: a decision,
# a session, a result, a report, feedback or an evaluation dated in the
# future is a missing item naming the field and the date, and the same
# dialogue is accepted once today has come (DIALOGREG_TODAY fixes today).
. "$(dirname "$0")/lib.sh"

REF=$(new_dialogue) || exit 1
body=$("$DLG" show "$REF" --format csv | tail -n 1 | cut -d, -f4 | tr -d '\r')

# proposed -> decided: a decision dated tomorrow
ok set "$REF" decision_body="$body" decision_date=2026-05-05 \
    decision_paragraph="§ 48" need_views=yes need_views_by=KFN \
    open_to_influence=yes open_to_influence_by=KFN \
    need_views_date=2026-04-01 open_to_influence_date=2026-04-01 \
    purpose="Unga ska forma parken." level=dialogue
snapshot before
run check "$REF" decided
expect_rc 2
expect_line_out "Decision date 2026-05-05 is in the future (today is 2026-05-04): record it once it has happened."
expect_lines 1
run advance "$REF" decided
expect_rc 2
expect_err "  - Decision date 2026-05-05 is in the future"
expect_unchanged before
LC_ALL=sv_SE.UTF-8 run check "$REF" decided
expect_rc 2
expect_out "Genomförandet beslutat den 2026-05-05 ligger i framtiden (i dag är det 2026-05-04)"
DIALOGREG_TODAY=2026-05-05 ok check "$REF" decided
ok set "$REF" decision_date=2026-05-04
ok advance "$REF" decided
ok set "$REF" goals="40 unga deltar" target_groups="Unga 13–19 år (ålder)" \
    background="Grusplan i dag." project_plan="Projektplan KFN 2026/4" \
    resources="Planarkitekt, 40 timmar" \
    methods="Open space" planned_start=2026-05-10 planned_end=2026-06-30 \
    decision_deadline=2026-12-15 budget=50000 financing=Fritidsbudget \
    responsibilities="Fritid gör allt" process_owner="Fritidschefen" \
    process_leader="Eva Lund" communication_plan=Skolor \
    documentation_plan=Anteckningar feedback_plan="Möte" \
    evaluation_plan="Enkät"
ok advance "$REF" planned
ok set "$REF" politicians="Anna Berg (KFN)" result_use="Underlag till beslut" \
    participants_informed=yes parties_invited=2026-05-01
ok advance "$REF" running

# running -> reported: the only session, the result and the report are
# still to come
ok session add "$REF" --date 2026-05-20 --politicians "Anna Berg" \
    --participants 20
ok set "$REF" result_summary="Ramper" result_date=2026-05-21 \
    report_reference="KFN § 90" report_date=2026-05-22
snapshot before
run check "$REF" reported
expect_rc 2
expect_line_out "No session has been held yet: every session recorded is dated in the future (today is 2026-05-04)."
expect_line_out "Result summary date 2026-05-21 is in the future (today is 2026-05-04): record it once it has happened."
expect_line_out "Report date 2026-05-22 is in the future (today is 2026-05-04): record it once it has happened."
expect_lines 3
run advance "$REF" reported
expect_rc 2
expect_unchanged before
# a session held today counts, the future one does not matter
ok session add "$REF" --date 2026-05-04 --participants 5
run check "$REF" reported
expect_rc 2
expect_lines 2
expect_no_out "No session has been held"
DIALOGREG_TODAY=2026-05-22 ok advance "$REF" reported

# reported -> fed_back: feedback dated next month
ok feedback add "$REF" --date 2026-06-01 --channels webb --text "Så blev det."
run check "$REF" fed_back
expect_rc 2
expect_line_out "No feedback has been given yet: the feedback recorded is dated in the future (today is 2026-05-04)."
expect_lines 1
DIALOGREG_TODAY=2026-06-01 ok advance "$REF" fed_back

# fed_back -> evaluated: an evaluation dated next year
ok set "$REF" evaluation_date=2027-01-10 influence=yes goals_met=Ja
run check "$REF" evaluated
expect_rc 2
expect_line_out "Evaluation date 2027-01-10 is in the future (today is 2026-05-04): record it once it has happened."
expect_lines 1
DIALOGREG_TODAY=2027-01-10 ok advance "$REF" evaluated
exit 0
