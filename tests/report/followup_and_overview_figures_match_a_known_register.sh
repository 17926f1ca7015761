#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The annual follow-up and the overview count a register built here with
# known figures. 2026: A, B, C, D held sessions; A and C fed back in time,
# B late, D not at all (due 2026-02-09, today 2026-05-04): 2 of 4 = 50 %;
# all four reported (100 %); A, B, C evaluated (75 %), influence yes,
# partly, no (a third each); E only proposed, F rejected; participants
# per month from the sessions. One dialogue of 2025 counts in the
# overview of all years only. The PDF draws them as charts whose figures
# pdftotext reads.
. "$(dirname "$0")/lib.sh"

KFN="Kultur- och fritidsnämnden"
ok config municipality "Tjörns kommun"	# the PDF's author
SBN="Samhällsbyggnadsnämnden"

# 2025: fed back 2025-05-01, so its evaluation is overdue (180 days).
OLD=$(DIALOGREG_TODAY=2025-03-01 new_dialogue "Gammal dialog" "$KFN") ||
    exit 1
DIALOGREG_TODAY=2025-05-01 DECISION_DATE=2025-03-01 SESSION_DATE=2025-04-10 \
    FEEDBACK_DATE=2025-05-01 walk "$OLD" fed_back

A=$(new_dialogue "Skatepark" "$KFN") || exit 1
walk "$A" evaluated			# session 04-25, feedback 05-01: in time
ok session add "$A" --date 2026-04-28 --participants 15 --politicians "Anna Berg"
B=$(new_dialogue "Bibliotek" "$KFN") || exit 1
SESSION_DATE=2026-02-01 FEEDBACK_DATE=2026-04-01 walk "$B" fed_back  # late
ok set "$B" evaluation_date=2026-04-20 influence=partly goals_met=Delvis
ok advance "$B" evaluated
C=$(new_dialogue "Badplats" "$SBN") || exit 1
SESSION_DATE=2026-03-01 FEEDBACK_DATE=2026-03-20 walk "$C" fed_back  # in time
ok set "$C" evaluation_date=2026-04-20 influence=no goals_met=Nej
ok advance "$C" evaluated
D=$(new_dialogue "Gata" "$SBN") || exit 1
SESSION_DATE=2026-01-10 walk "$D" reported	# no feedback: overdue
E=$(new_dialogue "Park" "Miljönämnden") || exit 1
ok set "$E" level=consultation methods=Enkät planned_end=2026-10-01 \
    decision_deadline=2026-09-01
F=$(new_dialogue "Sporthall" "$KFN") || exit 1
ok advance "$F" rejected --reason "Ingen budget"

# --- the follow-up as CSV, read by Python's csv module
ok followup --year 2026 --format csv
python3 - "$T/out" "$A" "$B" "$C" "$D" "$E" "$F" <<'PY' || fail "follow-up CSV"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig",
                                newline="")))
got = {(r["section"], r["key"]): (r["count"], r["base"], r["percent"])
       for r in rows if r["section"] != "dialogue"}
want = {
    ("total", "dialogues"): ("6", "", ""),
    ("held", "dialogues"): ("4", "6", "66.7"),
    ("sessions", "sessions"): ("5", "", ""),
    ("participants", "participants"): ("95", "", ""),
    ("participants_month", "2026-01"): ("20", "", ""),
    ("participants_month", "2026-02"): ("20", "", ""),
    ("participants_month", "2026-03"): ("20", "", ""),
    ("participants_month", "2026-04"): ("35", "", ""),
    ("body", "Kultur- och fritidsnämnden"): ("3", "6", "50"),
    ("body", "Samhällsbyggnadsnämnden"): ("2", "6", "33.3"),
    ("body", "Miljönämnden"): ("1", "6", "16.7"),
    ("level", "information"): ("0", "6", "0"),
    ("level", "consultation"): ("1", "6", "16.7"),
    ("level", "dialogue"): ("4", "6", "66.7"),
    ("level", "influence"): ("0", "6", "0"),
    ("level", "codecision"): ("0", "6", "0"),
    ("level", "unset"): ("1", "6", "16.7"),
    ("method", "Open space"): ("4", "6", "66.7"),
    ("method", "Enkät"): ("1", "6", "16.7"),
    ("reported", "reported"): ("4", "4", "100"),
    ("fed_back_in_time", "fed_back_in_time"): ("2", "4", "50"),
    ("evaluated", "evaluated"): ("3", "4", "75"),
    ("influence", "yes"): ("1", "3", "33.3"),
    ("influence", "partly"): ("1", "3", "33.3"),
    ("influence", "no"): ("1", "3", "33.3"),
    ("influence", "unknown"): ("0", "3", "0"),
}
assert got == want, (sorted(set(got.items()) ^ set(want.items())))
dl = [(r["key"], r["state"]) for r in rows if r["section"] == "dialogue"]
a, b, c, d, e, f = sys.argv[2:8]
assert dl == [(a, "evaluated"), (b, "evaluated"), (c, "evaluated"),
              (d, "reported"), (e, "proposed"), (f, "rejected")], dl
PY

# --- the follow-up as printable text
ok followup --year 2026 -o "$T/f.txt"
pages "$T/f.txt" >/dev/null || exit 1
for s in "Citizen dialogues registered in 2026" \
    "Reported in the decision basis      100% (4 of 4)" \
    "Fed back within 30 days             50% (2 of 4)" \
    "Evaluation recorded                 75% (3 of 4)" \
    "Partly                              33.3% (1 of 3)" \
    "Not yet known                       0% (0 of 3)" \
    "Sessions held                       5" \
    "Participants in all                 95" \
    "$D  Reported   Gata"; do
	grep -qF -- "$s" "$T/f.txt" || fail "the follow-up lacks '$s'"
done
grep -q "^  Kultur- och fritidsnämnden  *3  *50%\$" "$T/f.txt" ||
    fail "the follow-up lacks 3 dialogues for $KFN"
grep -q "^  Dialogue  *4  *66.7%\$" "$T/f.txt" ||
    fail "the follow-up lacks 4 dialogues at step Dialogue"
! grep -q "$OLD" "$T/f.txt" || fail "the 2025 dialogue is in 2026's follow-up"
ok followup --year 2025 --format csv
grep -q "^total,dialogues,,,1,," "$T/out" || fail "2025 has not 1 dialogue"
grep -q "^  April 2026  *35\$" "$T/f.txt" ||
    fail "the follow-up lacks 35 participants in April 2026"
# The PDF draws the figures as charts, each bar with its numbers beside
# it as text: pdftotext reads them on the bar's line.
ok followup --year 2026 --format pdf -o "$T/f.pdf"
pdf_check "$T/f.pdf" >/dev/null || exit 1
grep -q "^Title: *Annual follow-up: Citizen dialogues registered in 2026\$" \
    "$T/pdfinfo" || fail "the follow-up's title: $(grep Title "$T/pdfinfo")"
pdf_text "$T/f.pdf" "$T/fpdf.txt"
for re in "Reported in the decision basis +100% \(4 of 4\)" \
    "Fed back within 30 days +50% \(2 of 4\)" \
    "Evaluation recorded +75% \(3 of 4\)" \
    "Partly +33\.3% \(1 of 3\)" "Not yet known +0% \(0 of 3\)" \
    "Kultur- och fritidsnämnden +3 +50%" \
    "Samhällsbyggnadsnämnden +2 +33\.3%" "Dialogue +4 +66\.7%" \
    "Not chosen yet +1 +16\.7%" "Open space +4 +66\.7%" \
    "January 2026 +20" "April 2026 +35" "Participants per month"; do
	grep -Eq -- "$re" "$T/fpdf.txt" ||
	    fail "the follow-up's PDF lacks '$re'"
done
# The charts are drawn: filled bars in the page's content.
need qpdf qpdf
qpdf --qdf --object-streams=disable "$T/f.pdf" "$T/fq.pdf" ||
    fail "qpdf cannot expand the follow-up's PDF"
[ "$(grep -ac ' re f$' "$T/fq.pdf")" -ge 15 ] ||
    fail "the follow-up's PDF draws no bars"


# --- the overview of all years, as CSV
ok overview --format csv
python3 - "$T/out" <<'PY' || fail "overview CSV"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig",
                                newline="")))
states = ["proposed", "decided", "planned", "running", "reported",
          "fed_back", "evaluated", "rejected", "cancelled"]
got = {(r["row"], r["deciding_body"]):
       [int(r[s]) for s in states + ["total", "overdue",
                                     "not_influenceable"]]
       for r in rows if r["row"] != "overdue"}
want = {
    ("body", "Kultur- och fritidsnämnden"): [0, 0, 0, 0, 0, 1, 2, 1, 0,
                                             4, 1, 0],
    ("body", "Miljönämnden"): [1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1],
    ("body", "Samhällsbyggnadsnämnden"): [0, 0, 0, 0, 1, 0, 1, 0, 0,
                                          2, 1, 0],
    ("total", ""): [1, 0, 0, 0, 1, 1, 3, 1, 0, 7, 2, 1],
}
assert got == want, got
# One row per overdue dialogue: what, the day it fell due, days since.
late = [(r["deciding_body"], r["overdue_kind"], r["due"], r["days_overdue"])
        for r in rows if r["row"] == "overdue"]
assert late == [("Kultur- och fritidsnämnden", "evaluation", "2025-10-28",
                 "188"),
                ("Samhällsbyggnadsnämnden", "feedback", "2026-02-09",
                 "84")], late
PY

# --- the overview of 2026 as text, with its lists
ok overview --year 2026
expect_out "Dialogues registered in 2026, by deciding body and state, as of 2026-05-04:"
grep -q "^Total  *1  *0  *0  *0  *1  *0  *3  *1  *0  *6\$" "$T/out" ||
    fail "the overview's total row is wrong"
expect_out "1 dialogue has feedback or evaluation overdue:"
grep -q "^$D  Reported  $SBN  *feedback  *2026-02-09  *84  Gata\$" "$T/out" ||
    fail "the overdue list lacks $D"
expect_out "1 dialogue is no longer open to influence"
grep -q "^$E  Proposed  Miljönämnden  *2026-10-01  *2026-09-01  *Park\$" \
    "$T/out" || fail "the not-influenceable list lacks $E"
expect_no_out "$OLD"
ok overview
expect_out "2 dialogues have feedback or evaluation overdue:"
grep -q "^$OLD  Fed back  $KFN  *evaluation  *2025-10-28  *188  Gammal dialog\$" \
    "$T/out" || fail "the overview of all years lacks $OLD's evaluation"
exit 0
