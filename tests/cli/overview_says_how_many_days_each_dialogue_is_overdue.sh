#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The overview says for each overdue dialogue what is overdue, the day it
# fell due and how many days have passed since: feedback counted from the
# later of the last session and the result summary plus feedback_days,
# evaluation from the first feedback plus evaluation_days; in text
# (English and Swedish) and in its CSV, one row per overdue dialogue. A
# dialogue whose feedback is not yet due is not listed.
. "$(dirname "$0")/lib.sh"
need python3 python3

KFN="Kultur- och fritidsnämnden"
# Last session 2026-03-01: feedback due 2026-03-31, 34 days ago.
FB=$(new_dialogue "Skatepark") || exit 1
SESSION_DATE=2026-03-01 walk "$FB" reported
# A result summary dated later moves the day: 2026-03-11 + 30 = 04-10.
RES=$(new_dialogue "Bibliotek") || exit 1
SESSION_DATE=2026-03-01 walk "$RES" reported
ok set "$RES" result_date=2026-03-11
# First feedback 2025-10-01: evaluation due 2026-03-30, 35 days ago.
EV=$(new_dialogue "Badplats") || exit 1
DECISION_DATE=2025-08-01 SESSION_DATE=2025-09-01 FEEDBACK_DATE=2025-10-01 \
    walk "$EV" fed_back
# Session 2026-04-25: feedback due 2026-05-25, not yet.
NOW=$(new_dialogue "Lekplats") || exit 1
walk "$NOW" reported

ok overview
expect_out "3 dialogues have feedback or evaluation overdue:"
grep -Eq '^Reference +State +Deciding body +Overdue +Due +Days overdue +Title$' \
    "$T/out" || fail "the overdue list has no column of days"
expect_line_out "$FB  Reported  $KFN  feedback    2026-03-31            34  Skatepark"
expect_line_out "$RES  Reported  $KFN  feedback    2026-04-10            24  Bibliotek"
expect_line_out "$EV  Fed back  $KFN  evaluation  2026-03-30            35  Badplats"
expect_no_out "Lekplats"

LC_ALL=sv_SE.UTF-8 ok overview
expect_out "3 dialoger har försenad återkoppling eller utvärdering:"
grep -Eq '^Referens +Status +Beslutande organ +Försenad +Senast +Dagar försenad +Rubrik$' \
    "$T/out" || fail "the Swedish overdue list has no column of days"
grep -Eq "^$EV +Återkopplad +$KFN +utvärdering +2026-03-30 +35 +Badplats\$" \
    "$T/out" || fail "the Swedish list lacks $EV's 35 days"

ok overview --format csv
python3 - "$T/out" "$FB" "$RES" "$EV" <<'PY' || fail "overview CSV"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig",
                                newline="")))
late = [(r["reference"], r["overdue_kind"], r["due"], r["days_overdue"])
        for r in rows if r["row"] == "overdue"]
fb, res, ev = sys.argv[2:5]
assert late == [(fb, "feedback", "2026-03-31", "34"),
                (res, "feedback", "2026-04-10", "24"),
                (ev, "evaluation", "2026-03-30", "35")], late
total = [r for r in rows if r["row"] == "total"][0]
assert total["overdue"] == "3" and total["days_overdue"] == "", total
PY

# A shorter period makes the same dialogues later.
ok config feedback_days 10
ok overview
expect_line_out "$FB  Reported  $KFN  feedback    2026-03-11            54  Skatepark"
expect_line_out "$RES  Reported  $KFN  feedback    2026-03-21            44  Bibliotek"
# Its feedback falls due tomorrow (2026-04-25 + 10): not yet overdue.
expect_no_out "Lekplats"
exit 0
