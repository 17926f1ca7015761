#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A backup made before a field of sessions, feedback or contributions
# existed lacks its key: it still reads, the field empty, and the rest is
# restored as it was. A required part missing, or a key no field has, is
# still refused with nothing imported.
. "$(dirname "$0")/lib.sh"

ok demo
ok export-json -o "$T/b1.json"
# As an older program would have written it: no "breakdown" in sessions,
# no "themes" in contributions.
python3 - "$T/b1.json" "$T/old.json" <<'PY' || fail "could not edit"
import json, sys
b = json.load(open(sys.argv[1], encoding="utf-8"))
n = 0
for d in b["dialogues"]:
    for s in d["sessions"]:
        s.pop("breakdown")
        n += 1
    for c in d["contributions"]:
        c.pop("themes")
assert n > 0
json.dump(b, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
ok --db "$T/r2.db" import-json "$T/old.json"
expect_out "Imported the backup"
[ "$(sqlite3 "$T/r2.db" "SELECT count(*) FROM sessions
    WHERE breakdown IS NOT NULL")" = 0 ] || fail "a breakdown came from nowhere"
[ "$(sqlite3 "$DIALOGREG_DB" "SELECT count(*), sum(participants)
    FROM sessions")" = "$(sqlite3 "$T/r2.db" "SELECT count(*),
    sum(participants) FROM sessions")" ] || fail "the sessions differ"
[ "$(sqlite3 "$DIALOGREG_DB" "SELECT group_concat(text, '|')
    FROM contributions")" = "$(sqlite3 "$T/r2.db" "SELECT
    group_concat(text, '|') FROM contributions")" ] ||
    fail "the contributions differ"

# A session without its date, or with a key no field has: refused.
for edit in 's.pop("date")' 's["mood"] = "glad"'; do
	python3 - "$T/b1.json" "$T/bad.json" "$edit" <<'PY' || fail "edit"
import json, sys
b = json.load(open(sys.argv[1], encoding="utf-8"))
s = next(s for d in b["dialogues"] for s in d["sessions"])
exec(sys.argv[3])
json.dump(b, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
	rm -f "$T/r3.db"*
	run --db "$T/r3.db" import-json "$T/bad.json"
	expect_rc 2
	expect_err "nothing was imported"
done
expect_err "may not hold the key 'mood'"
exit 0
