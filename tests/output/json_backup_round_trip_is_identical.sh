#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# export-json, import-json into a new register, export-json again: the
# same bytes, and the same rows in every table (ids, times, versions and
# the history included; an erased contact stays erased). The backup holds
# contact details and is readable by its owner only; --without-contact
# leaves them out. A register that is not empty, or a file that is not a
# valid backup, is refused with nothing written.
. "$(dirname "$0")/lib.sh"

ok demo
ref=$(tricky_dialogue)
ok contribution erase-contact "$ref" \
    "$(sql "SELECT id FROM contributions WHERE contact = 'ida@exempel.se'")"
ok config municipality "Strömsby kommun"
ok method add "Walk and talk" 3
printf 'Svar;E-post\r\nMer grönt;eva@exempel.se\r\n' >"$T/enkat.csv"
ok import MD-2026-013 "$T/enkat.csv"

ok export-json -o "$T/b1.json"
expect_err "Exported the register with 33 dialogues to $T/b1.json."
expect_err "keep it safe"
[ "$(stat -c %a "$T/b1.json")" = 600 ] ||
    fail "the backup is mode $(stat -c %a "$T/b1.json")"
json_ok "$T/b1.json"
grep -q '"contact": "+46701234567"' "$T/b1.json" ||
    fail "the backup lacks a contact detail"
grep -q '"contact_erased": true' "$T/b1.json" ||
    fail "the backup lacks the erased contact"

ok --db "$T/r2.db" import-json "$T/b1.json"
expect_out "Dialogues: 33, contributions: "
ok --db "$T/r2.db" export-json
cp "$T/out" "$T/b2.json"
cmp -s "$T/b1.json" "$T/b2.json" ||
    fail "the second export differs: $(diff "$T/b1.json" "$T/b2.json" | head)"
for t in dialogues items sessions feedback contributions history settings \
    methods imports; do
	[ "$(sqlite3 "$DIALOGREG_DB" "SELECT * FROM $t ORDER BY 1, 2")" = \
	    "$(sqlite3 "$T/r2.db" "SELECT * FROM $t ORDER BY 1, 2")" ] ||
	    fail "the table $t differs after the round trip"
done
# The restored register works: search, a new dialogue, a second import
# of the same file is still noticed.
ok --db "$T/r2.db" list --text ryggstöd
ok --db "$T/r2.db" list --text "Mer grönt"
expect_out "MD-2026-013"
run --db "$T/r2.db" import MD-2026-013 "$T/enkat.csv"
expect_rc 2
expect_err "already imported"

# Only into an empty register.
snapshot r2 "$T/r2.db"
run --db "$T/r2.db" import-json "$T/b1.json"
expect_rc 2
expect_err "is not empty"
expect_unchanged r2 "$T/r2.db"

# Without contact details.
ok export-json --without-contact -o "$T/b3.json"
! grep -q -e '@exempel' -e '46701234567' "$T/b3.json" ||
    fail "--without-contact kept contact details"
grep -q '"without_contact": true' "$T/b3.json" || fail "not marked"

# Not a backup: refused with line and column, the register stays empty.
refused() {
	rm -f "$T/r3.db"*
	run --db "$T/r3.db" import-json "$T/$1"
	expect_rc 2
	expect_err "$2"
	expect_err "nothing was imported; the register is still empty"
	[ "$(sqlite3 "$T/r3.db" "SELECT (SELECT count(*) FROM dialogues) +
	    (SELECT count(*) FROM history)")" = 0 ] ||
	    fail "a refused backup left rows behind"
}
sed '0,/"format_version": 1,/s//"format_version": 1,,/' "$T/b1.json" \
    >"$T/comma.json"
refused comma.json "line 3, column 23: a key (a string in quotes) is"
sed '0,/"state": "proposed"/s//"state": "flying"/' "$T/b1.json" \
    >"$T/state.json"
refused state.json "'flying' is not a state"
sed '0,/"planned_start": "2026-\([0-9-]*\)"/s//"planned_start": "2026-02-31"/' \
    "$T/b1.json" >"$T/date.json"
refused date.json "'planned_start' does not hold a valid value"
head -c 5000 "$T/b1.json" >"$T/cut.json"
refused cut.json "the string is not closed"
# A history row may say contact details were given, never hold them.
sed '0,/"field": "contribution_contact",\(.*\)/{n;n;s/"new_value": "given"/"new_value": "eva@exempel.se"/}' \
    "$T/b1.json" >"$T/contact.json"
grep -q '"new_value": "eva@exempel.se"' "$T/contact.json" ||
    fail "the test could not plant a contact value in the history"
refused contact.json "does not hold a valid value"
printf '{"format": "something else"}' >"$T/other.json"
refused other.json "line 1, column 12: this is not a backup of a dialogue"
exit 0
