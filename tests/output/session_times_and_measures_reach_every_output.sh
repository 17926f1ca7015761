#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A session's start and end time are shown wherever its date is: the
# session list, the summary, the participant sheet, the briefing and the
# public page. The measures decided with the decision on the question
# [T5] are shown with it in the summary's feedback section and on the
# public page of a finished dialogue. The JSON backup keeps all of
# schema 8's fields byte for byte, and a backup made before them still
# reads, the new fields empty.
. "$(dirname "$0")/lib.sh"

KFN="Kultur- och fritidsnämnden"
A=$(new_dialogue "Skatepark" "$KFN") || exit 1
SESSION_DATE=2026-04-25 walk "$A" fed_back
id=$(sql "SELECT id FROM sessions")
ok session edit "$A" "$id" --time-start 18.00 --time-end 20:00
ok session add "$A" --date 2026-04-28 --time-start 9:30 --place Webben \
    --politicians "Anna Berg (KFN)"
ok set "$A" question_decision_body="$KFN" question_decision_date=2026-05-02 \
    question_decision_outcome="Skateparken byggs vid Strandvägen." \
    question_decision_measures="Ramper byggs 2027.
Belysningen ses över." decided_start=2026-04-01 decided_end=2026-06-30 \
    responsible_planning="Eva Lund" responsible_feedback="Omar Said"

# The session list: a column each.
ok session list "$A"
grep -Eq "^ +$id +2026-04-25 +18:00 +20:00 " "$T/out" ||
    fail "the session list lacks the times"
LC_ALL=sv_SE.UTF-8 ok session list "$A"
expect_out "Börjar"
expect_out "Slutar"

# The summary: in the session's subheading, not again as a line.
LC_ALL=sv_SE.UTF-8 ok print "$A"
cp "$T/out" "$T/sum.txt"
grep -Eq "^Dialogtillfälle 1, 2026-04-25 18:00–20:00$" "$T/sum.txt" ||
    fail "the summary lacks the session's times"
grep -Eq "^Dialogtillfälle 2, 2026-04-28 09:30$" "$T/sum.txt" ||
    fail "the summary lacks a start time alone"
! grep -Eq "^  (Börjar|Slutar) " "$T/sum.txt" ||
    fail "the times are printed twice"
awk '/^Återkoppling$/,/^Granskning$/' "$T/sum.txt" >"$T/fb.txt"
grep -Eq "^  Beslutade åtgärder +Ramper byggs 2027\.$" "$T/fb.txt" ||
    fail "the feedback section lacks the measures decided"
grep -qF "Belysningen ses över." "$T/fb.txt" ||
    fail "the measures lose their second line"

# The participant sheet and the briefing list the sessions by day and
# time.
LC_ALL=sv_SE.UTF-8 ok print "$A" --sheet
expect_out "2026-04-25 18:00–20:00"
expect_out "2026-04-28 09:30"
LC_ALL=sv_SE.UTF-8 ok print "$A" --briefing
expect_out "2026-04-25 18:00–20:00"

# The public page: the sessions with their times and places, the
# measures with the decision on the question; valid and accessible.
ok publish -o "$T/web"
py html_check.py en "$T/web"
python3 - "$T/web/$A.html" <<'PY' || fail "the public page shows them wrongly"
import sys
a = open(sys.argv[1], encoding="utf-8").read()
part = a.split("<h2>Sessions</h2>", 1)
assert len(part) == 2, "no sessions on the page"
ses = part[1].split("<h2>", 1)[0]
assert ('<tr><th scope="row">2026-04-25</th><td>18:00–20:00</td>'
        '<td></td><td></td></tr>') in ses, ses
assert ('<tr><th scope="row">2026-04-28</th><td>09:30</td>'
        '<td>Webben</td><td></td></tr>') in ses, ses
assert "Anna Berg" not in ses, "a politician's name on the web"
dec = a.split("<h2>Decision on the question</h2>", 1)[1]
assert ("<p>Skateparken byggs vid Strandvägen.</p>\n"
        "<h3>Measures decided</h3>\n<p>Ramper byggs 2027.<br>\n"
        "Belysningen ses över.</p>") in dec, dec
PY
LC_ALL=sv_SE.UTF-8 ok publish -o "$T/webb"
grep -qF "<h3>Beslutade åtgärder</h3>" "$T/webb/$A.html" ||
    fail "the Swedish page lacks the measures' heading"
grep -qF "<h2>Dialogtillfällen</h2>" "$T/webb/$A.html" ||
    fail "the Swedish page lacks the sessions' heading"

# The backup keeps every new field; another register reads it back to
# the same bytes.
ok export-json -o "$T/b1.json"
for key in '"time_start": "18:00"' '"time_end": "20:00"' \
    '"decided_start": "2026-04-01"' '"responsible_feedback": "Omar Said"' \
    '"question_decision_measures": "Ramper byggs 2027.\nBelysningen'; do
	grep -qF -- "$key" "$T/b1.json" || fail "the backup lacks $key"
done
ok --db "$T/r2.db" import-json "$T/b1.json"
ok --db "$T/r2.db" export-json -o "$T/b2.json"
cmp -s "$T/b1.json" "$T/b2.json" ||
    fail "the second export differs: $(diff "$T/b1.json" "$T/b2.json" | head)"

# As a program before schema 8 wrote it: none of its keys.
python3 - "$T/b1.json" "$T/old.json" <<'PY' || fail "could not edit"
import json, sys
b = json.load(open(sys.argv[1], encoding="utf-8"))
new = ["decided_start", "decided_end", "responsible_planning",
       "responsible_conduct", "responsible_documentation",
       "responsible_processing", "responsible_feedback",
       "responsible_evaluation", "question_decision_measures"]
for d in b["dialogues"]:
    for k in new:
        d.pop(k)
    for s in d["sessions"]:
        s.pop("time_start")
        s.pop("time_end")
json.dump(b, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
ok --db "$T/r3.db" import-json "$T/old.json"
expect_out "Imported the backup"
[ "$(sqlite3 "$T/r3.db" "SELECT count(*) FROM dialogues WHERE
    decided_start IS NOT NULL OR responsible_feedback IS NOT NULL OR
    question_decision_measures IS NOT NULL")" = 0 ] ||
    fail "a new field came from nowhere"
[ "$(sqlite3 "$T/r3.db" "SELECT count(*) FROM sessions
    WHERE time_start IS NULL")" = 2 ] || fail "the sessions differ"
[ "$(sqlite3 "$T/r3.db" "SELECT question_decision_outcome FROM
    dialogues")" = "Skateparken byggs vid Strandvägen." ] ||
    fail "an old field was lost"
# A field the record has never had is still refused.
python3 - "$T/b1.json" "$T/bad.json" <<'PY' || fail "could not edit"
import json, sys
b = json.load(open(sys.argv[1], encoding="utf-8"))
b["dialogues"][0]["decided_middle"] = "2026-05-01"
json.dump(b, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
run --db "$T/r4.db" import-json "$T/bad.json"
expect_rc 2
expect_err "may not hold the key 'decided_middle'"
exit 0
