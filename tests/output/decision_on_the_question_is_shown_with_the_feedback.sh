#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The decision on the question (body, date, paragraph, outcome) is shown
# where feedback is written and read [T4: feedback tells what was decided
# and how the views counted]: in the feedback section of the summary,
# and on the public page of a finished dialogue, also when only some of
# its fields are recorded. A dialogue not yet finished has no such
# section on its page.
. "$(dirname "$0")/lib.sh"

KFN="Kultur- och fritidsnämnden"
A=$(new_dialogue "Skatepark" "$KFN") || exit 1
walk "$A" fed_back
R=$(new_dialogue "Bibliotek" "$KFN") || exit 1
walk "$R" running

# Not decided yet: the feedback section says so.
LC_ALL=sv_SE.UTF-8 ok print "$A"
awk '/^Återkoppling$/,/^Granskning$/' "$T/out" >"$T/fb0.txt"
grep -qF "Beslut i sakfrågan: vad som beslutades och hur synpunkterna vägdes in" \
    "$T/fb0.txt" || fail "the feedback section has no decision on the question"
grep -qF "Sakfrågan är inte beslutad ännu." "$T/fb0.txt" ||
    fail "the summary does not say the question is undecided"

ok set "$A" question_decision_body="$KFN" question_decision_date=2026-05-02 \
    question_decision_paragraph="§ 112" \
    question_decision_outcome="Skateparken byggs vid Strandvägen."
LC_ALL=sv_SE.UTF-8 ok print "$A"
cp "$T/out" "$T/sum.txt"
awk '/^Återkoppling$/,/^Granskning$/' "$T/sum.txt" >"$T/fb.txt"
for line in "Sakfrågan beslutad av +$KFN" \
    "Sakfrågan beslutad den +2026-05-02" "Sakfrågan beslutad i +§ 112" \
    "Beslut i sakfrågan +Skateparken byggs vid Strandvägen."; do
	grep -Eq -- "^  $line\$" "$T/fb.txt" ||
	    fail "the feedback section lacks: $line"
done
# The decision comes before the feedback given, and only once.
d=$(grep -n "Beslut i sakfrågan: vad som" "$T/fb.txt" | cut -d: -f1)
f=$(grep -n "^Återkoppling 1, 2026-05-01" "$T/fb.txt" | cut -d: -f1)
[ -n "$d" ] && [ -n "$f" ] && [ "$d" -lt "$f" ] ||
    fail "the decision is not before the feedback (lines $d, $f)"
[ "$(grep -c "Skateparken byggs vid Strandvägen." "$T/sum.txt")" = 1 ] ||
    fail "the outcome is printed more than once"

ok publish -o "$T/web"
py html_check.py en "$T/web"
python3 - "$T/web/$A.html" "$T/web/$R.html" <<'PY' ||
import sys
a = open(sys.argv[1], encoding="utf-8").read()
r = open(sys.argv[2], encoding="utf-8").read()
part = a.split("<h2>Decision on the question</h2>", 1)
assert len(part) == 2, "no decision on the question on the finished page"
dec = part[1].split("<h2>", 1)[0]
for want in ("<dt>Question decided by</dt>\n<dd>Kultur- och fritidsnämnden",
             "<dt>Question decided on</dt>\n<dd>2026-05-02",
             "<dt>Question decided in</dt>\n<dd>§ 112",
             "<p>Skateparken byggs vid Strandvägen.</p>"):
    assert want in dec, (want, dec)
assert "Decision on the question" not in r, "a running dialogue's page"
PY
    fail "the public pages show the decision wrongly"

# Body and paragraph only: still shown, not "not decided yet".
ok set "$A" question_decision_date= question_decision_outcome=
ok publish -o "$T/web"
grep -qF "<dd>§ 112</dd>" "$T/web/$A.html" ||
    fail "a decision with only body and paragraph is not shown"
! grep -qF "The question has not been decided yet." "$T/web/$A.html" ||
    fail "a recorded decision is called not decided"
exit 0
