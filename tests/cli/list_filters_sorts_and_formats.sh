#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# list: filters by state, body, year, text and overdue; sorts; limits; and
# writes text (columns aligned by display width, long titles cut with
# "…"), CSV (BOM, field-name header, CRLF) and JSON that parses.
. "$(dirname "$0")/lib.sh"
need python3 python3

# Registered last year: reference MD-2025-001.
OLD=$(DIALOGREG_TODAY=2025-11-03 new_dialogue "Äldreboendet i Ödsmål" \
    Socialnämnden) || exit 1
[ "$OLD" = MD-2025-001 ] || fail "reference of last year is $OLD"
A=$(new_dialogue "Ny skatepark i Skärhamn") || exit 1
B=$(new_dialogue "Cykelväg längs kusten med en mycket lång rubrik som inte får plats" \
    "Samhällsbyggnadsnämnden") || exit 1
C=$(new_dialogue "Åtgärder för ökad trygghet" "Socialnämnden") || exit 1
walk "$A" decided
walk "$C" planned
ok set "$OLD" decision_deadline=2026-12-01

# lines_of CMD...: the references the command lists (csv), in order.
refs() {
	ok list --format csv "$@"
	tail -n +2 "$T/out" | cut -d, -f1 | tr -d '\r' | tr '\n' ' '
}

[ "$(refs --state decided)" = "$A " ] || fail "--state decided: $(refs --state decided)"
[ "$(refs --state decided,planned)" = "$A $C " ] ||
    fail "--state decided,planned: $(refs --state decided,planned)"
[ "$(refs --state Proposed)" = "$OLD $B " ] ||
    fail "--state Proposed (a label): $(refs --state Proposed)"
[ "$(refs --body Socialnämnden)" = "$OLD $C " ] ||
    fail "--body: $(refs --body Socialnämnden)"
[ "$(refs --body socialnämnden)" = "$OLD $C " ] ||
    fail "--body is not case-insensitive"
[ "$(refs --year 2025)" = "$OLD " ] || fail "--year 2025: $(refs --year 2025)"
[ "$(refs --year 2026 --state proposed)" = "$B " ] ||
    fail "--year and --state together: $(refs --year 2026 --state proposed)"
[ "$(refs --text Skärhamn)" = "$A " ] || fail "--text: $(refs --text Skärhamn)"
[ "$(refs --sort title)" = "$B $A $C $OLD " ] ||
    fail "--sort title (Swedish order, Å Ä Ö last): $(refs --sort title)"
[ "$(refs --sort title --reverse)" = "$OLD $C $A $B " ] ||
    fail "--sort title --reverse: $(refs --sort title --reverse)"
[ "$(refs --sort ref --limit 2)" = "$OLD $A " ] ||
    fail "--limit 2: $(refs --sort ref --limit 2)"
[ "$(refs --overdue)" = "" ] || fail "--overdue lists $(refs --overdue)"

# Bad filters are usage errors.
run list --state started
expect_rc 1
run list --sort colour
expect_rc 1
expect_err "unknown sort key 'colour'"
run list --limit 0
expect_rc 1
run list --year 26
expect_rc 1
run list --format xml
expect_rc 1
expect_err "unknown format 'xml'; use text, csv or json"

# CSV: BOM, header of field names, CRLF, one record per dialogue.
ok list --format csv
[ "$(head -c 3 "$T/out" | od -An -tx1 | tr -d ' ')" = efbbbf ] ||
    fail "CSV does not start with a UTF-8 BOM"
head -n 1 "$T/out" | grep -q "^.*reference,state,version,deciding_body,case_number,title,question," ||
    fail "CSV header is not the field names"
[ "$(grep -c "$(printf '\r')\$" "$T/out")" -eq 5 ] ||
    fail "CSV lines do not end in CRLF"
grep -q "^$C,planned," "$T/out" || fail "CSV record of $C"

# JSON parses, has one object per dialogue keyed by field names.
ok list --format json
json_ok "$T/out"
python3 - "$T/out" "$C" <<'PY' || fail "JSON content"
import json, sys
rows = json.load(open(sys.argv[1], encoding="utf-8"))
assert len(rows) == 4, len(rows)
c = [r for r in rows if r["reference"] == sys.argv[2]][0]
assert c["state"] == "planned", c["state"]
assert c["budget"] == 50000, c["budget"]
assert c["bodies"] == [{"name": "Socialnämnden", "note": None, "step": None}]
assert c["target_groups"][0] == {"name": "Unga 13–19 år", "note": "ålder",
    "step": None}, c["target_groups"]
assert c["methods"][0]["step"] == 3, c["methods"]
assert c["deciding_body"] == "Socialnämnden"
PY

# Text: aligned by display width (å ä ö are one column each), long titles
# cut with "…", a count at the end.
ok list
expect_out "4 dialogues."
expect_out "Cykelväg längs kusten med en mycket"
expect_out "…"
expect_no_out "inte får plats"
python3 - "$T/out" <<'PY' || fail "text columns are not aligned"
import sys, unicodedata
lines = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8")]
head = lines[0]
rows = [l for l in lines if l.startswith("MD-")]
def width(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in s)
for col in ("State", "Deciding body", "Title", "Next date"):
    at = width(head[:head.index(col)])
    for r in rows:
        if len(r) <= at:
            continue	# nothing in this column or after it
        assert r[at - 2:at] == "  " and r[at] != " ", (col, r)
PY
exit 0
