#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every warning of the domain, reached from the command line with "today"
# fixed at 2026-05-04: printed when it arises (stderr, "warning: "), shown
# by `show`, marked in `list`, never blocking.
. "$(dirname "$0")/lib.sh"

# Level Information: not a dialogue; with gate 2 yes: a contradiction.
run new title="Information om ny taxa" question="Vad tycker du?" \
    initiated_by="Per Ek" bodies=Miljönämnden level=information \
    open_to_influence=yes
expect_rc 0
INFO=$(head -n 1 "$T/out")
expect_err "warning: Level Information alone is one-way information, not a citizen dialogue [T2.3][S:Metod]."
expect_err "warning: Level Information contradicts gate 2: the question is open to influence, yet residents are only informed [S:Metod]."

# A gate answered no: not a citizen dialogue [T2.3][S:Definition].
run new title="Brukarenkät hemtjänst" question="Hur nöjd är du?" \
    initiated_by="Lena Ek" bodies=Socialnämnden need_views=no
expect_rc 0
expect_err "warning: Gate 1 is answered no: without a need for residents' views this is not a citizen dialogue [T4][S:Förutsättningar]."

# Deadline near: 16 days left, within the 56-day warning.
run new title="Ny badplats" question="Var?" initiated_by="Per Ek" \
    bodies=Samhällsbyggnadsnämnden decision_deadline=2026-05-20
expect_rc 0
NEAR=$(head -n 1 "$T/out")
expect_err "warning: The decision deadline 2026-05-20 is 16 days away: residents must be asked in good time [T4]."

# A method from another step than the level.
REF=$(new_dialogue) || exit 1
ok set "$REF" level=consultation methods="Open space"
expect_err "warning: The method 'Open space' belongs to step 3, Dialogue, not to the chosen level Consultation [S:Metod]."

# No longer influenceable: planned end after the decision deadline.
ok set "$REF" planned_end=2026-10-01 decision_deadline=2026-09-01
expect_err "warning: Planned end 2026-10-01 is not before the decision deadline 2026-09-01: the question is no longer open to influence [T4][S:Förutsättningar]."
LATE=$REF

# Session without politicians, and feedback overdue (session 2026-03-01,
# 30 days, today 2026-05-04).
RUN=$(new_dialogue "Skolgården i Kyrkesund") || exit 1
walk "$RUN" running
run session add "$RUN" --date 2026-03-01 --place "Kyrkesunds skola" \
    --participants 12
expect_rc 0
expect_err "warning: The session on 2026-03-01 had no politicians present: without them it is a user dialogue, not a citizen dialogue [T2.3][S:Definition]."
expect_err "warning: Feedback is overdue: participants should have heard back within 30 days of 2026-03-01 [T4][S:Principer]."
ok show "$RUN"
expect_out "Feedback is overdue"
expect_out "had no politicians present"

# Evaluation overdue: fed back 2025-10-01, 180 days.
EVAL=$(new_dialogue "Biblioteket i Skärhamn") || exit 1
SESSION_DATE=2025-09-01 FEEDBACK_DATE=2025-10-01 walk "$EVAL" fed_back
ok show "$EVAL" --format json
expect_out "Evaluation is overdue: the dialogue should have been evaluated within 180 days of the first feedback on 2025-10-01 [T4][S:KLK]."

# Level changed after start: needs --reason, then warns and shows it.
snapshot before
run set "$RUN" level=influence
expect_rc 2
expect_err "dialogreg: Participation level is fixed once the dialogue has started; give a reason for the change [S:Principer]."
expect_err "dialogreg: give the reason with --reason TEXT"
expect_unchanged before
ok set "$RUN" level=influence --reason "Nämnden gav mer mandat"
expect_err "warning: The participation level was changed after the start; the reason is shown on the dialogue summary [T4][S:Principer]."
ok show "$RUN"
expect_out "Nämnden gav mer mandat"
[ "$(sql "SELECT level_change_reason FROM dialogues WHERE ref = '$RUN'")" = \
    "Nämnden gav mer mandat" ] || fail "level_change_reason not stored"
ok history "$RUN" --format csv
grep -q ',level,dialogue,influence,Nämnden gav mer mandat' "$T/out" ||
    fail "the history lacks the level change with its reason"

# The list marks them with the screens' letters: O overdue, L no longer
# open to influence, W other warnings (Swedish F, P, V).
ok list
grep -Eq "^$RUN .*  OL?W?\$" "$T/out" || fail "$RUN not marked overdue (O)"
grep -Eq "^$EVAL .*  OL?W?\$" "$T/out" || fail "$EVAL not marked overdue (O)"
grep -Eq "^$LATE .*  LW?\$" "$T/out" || fail "$LATE not marked late (L)"
grep -Eq "^$INFO .*  W\$" "$T/out" || fail "$INFO not marked with warnings (W)"
grep -Eq "^$NEAR .*  W\$" "$T/out" || fail "$NEAR not marked with warnings (W)"
expect_out "O  feedback or evaluation is overdue"
expect_out "L  no longer open to influence"
expect_out "W  other warnings"
LC_ALL=sv_SE.UTF-8 run list
grep -Eq "^$RUN .*  FP?V?\$" "$T/out" || fail "$RUN not marked F in Swedish"
expect_out "F  återkopplingen eller utvärderingen är försenad"

ok list --overdue --format csv
grep -q "^$RUN," "$T/out" || fail "--overdue lacks $RUN"
grep -q "^$EVAL," "$T/out" || fail "--overdue lacks $EVAL"
[ "$(grep -c '^MD-' "$T/out")" -eq 2 ] || fail "--overdue lists more than the two"

# A different setting moves the limit: 90 days, no longer overdue.
ok config feedback_days 90
ok list --overdue --format csv
! grep -q "^$RUN," "$T/out" || fail "feedback_days 90 still lists $RUN"
exit 0
