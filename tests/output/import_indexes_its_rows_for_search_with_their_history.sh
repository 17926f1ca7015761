#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# An import indexes its rows for the full-text search at the end of its
# transaction, not row by row: into a register without contributions by
# building the index anew, into one that has many by adding the new rows
# only. Either way the search finds the old rows and the new, the index
# agrees with the table, and nothing of the pause of the index row by
# row is left behind. The history holds a row "contribution" for each
# row imported, followed by "contribution_contact" when it came with
# contact details, as when they are added by hand; an import refused
# leaves the register and its index as they were.
. "$(dirname "$0")/lib.sh"

fts_ok() {
	sql "INSERT INTO contribution_fts (contribution_fts, rank)
	    VALUES ('integrity-check', 1)" ||
	    fail "the full-text index does not agree with the contributions"
	[ "$(sql "SELECT count(*) FROM fts_pause")" = 0 ] ||
	    fail "the index is left paused"
}

finds() {
	ok list --text "$1" --format csv
	grep -q "$2" "$T/out" || fail "searching '$1' does not find $2"
}

a=$(new_dialogue "Parken vid ån")
b=$(new_dialogue "Biblioteket i centrum")

# Into a register without contributions: the index is built anew.
printf 'Svar;E-post\r\nFler parkbänkar vid ån;eva@exempel.se\r\n%s\r\n%s\r\n' \
    'Belysning på gångvägen;' 'Grönare lekplats;anonymous' >"$T/a.csv"
ok import "$a" "$T/a.csv"
fts_ok
finds parkbänkar "$a"
finds lekplats "$a"

# Many rows there, a few new: the new ones are added to the index.
python3 - "$T/many.csv" <<'PY'
import sys
with open(sys.argv[1], "w", encoding="utf-8", newline="") as f:
    f.write("Svar;Kontakt\r\n")
    for i in range(300):
        f.write('"Synpunkt %d om ån";%s\r\n' % (i, "" if i % 3 else
            "070-%d" % i))
PY
ok import "$a" "$T/many.csv"
printf 'Svar;Kontakt\r\nLängre öppettider på lördagar;ulla@exempel.se\r\n' \
    >"$T/b.csv"
ok import "$b" "$T/b.csv"
fts_ok
finds öppettider "$b"
finds parkbänkar "$a"
ok list --text öppettider --format csv
grep -q "$a" "$T/out" && fail "searching 'öppettider' finds $a"

# The history: a row per contribution in the order of their ids, the
# contact row right after its contribution's, never the contact itself.
[ "$(sql "SELECT count(*) FROM contributions c WHERE NOT EXISTS
    (SELECT 1 FROM history h WHERE h.field = 'contribution'
    AND h.new_value = CAST(c.id AS TEXT)
    AND h.dialogue_id = c.dialogue_id)")" = 0 ] ||
    fail "a contribution imported has no history row"
[ "$(sql "SELECT count(*) FROM history h JOIN history p ON p.id = h.id - 1
    WHERE h.field = 'contribution_contact' AND (p.field <> 'contribution'
    OR h.new_value <> 'given' OR (SELECT coalesce(contact, '') FROM
    contributions WHERE id = CAST(p.new_value AS INTEGER)) = '')")" = 0 ] ||
    fail "a contact row does not follow its contribution's row"
[ "$(sql "SELECT count(*) FROM history WHERE field = 'contribution_contact'")" \
    = "$(sql "SELECT count(*) FROM contributions WHERE contact IS NOT NULL")" ] ||
    fail "not one contact row per contribution with contact details"
[ "$(sql "SELECT count(*) FROM history h JOIN history n ON n.id > h.id
    WHERE h.field = 'contribution' AND n.field = 'contribution'
    AND CAST(n.new_value AS INTEGER) < CAST(h.new_value AS INTEGER)")" = 0 ] ||
    fail "the history rows are not in the order of the contributions"
[ "$(sql "SELECT count(*) FROM history WHERE new_value LIKE '%exempel%'
    OR new_value LIKE '070-%'")" = 0 ] || fail "the history holds contacts"
[ "$(sql "SELECT count(DISTINCT version) FROM history WHERE dialogue_id =
    (SELECT id FROM dialogues WHERE ref = '$a') AND field IN
    ('contribution', 'import')")" = 2 ] ||
    fail "the rows of one import are not one change of the dialogue"

# Refused: nothing changes, the index included.
snapshot before
printf 'Svar;Datum\r\nEn rad;2026-04-01\r\nEn till;inte ett datum\r\n' \
    >"$T/bad.csv"
run import "$a" "$T/bad.csv"
expect_rc 2
expect_err "line 3, column 2"
expect_unchanged before
fts_ok
exit 0
