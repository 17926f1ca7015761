#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A register whose schema someone changed with another tool is refused
# before anything in it runs: a trigger added with the sqlite3 shell that
# copies contact details into a table of its own is named in the refusal,
# the file stays byte for byte as it was and nothing is copied. A changed
# or missing object of the register's own is refused the same way.
. "$(dirname "$0")/lib.sh"

REF=$(new_dialogue) || exit 1
ok contribution add "$REF" --text "Fler bänkar" --contact "asa@example.se"

sql "CREATE TABLE stolen (contact TEXT);
CREATE TRIGGER copy_contacts AFTER UPDATE ON dialogues
BEGIN INSERT INTO stolen SELECT contact FROM contributions; END;" ||
    fail "sqlite3 could not add the trigger"
cp "$DIALOGREG_DB" "$T/before.db"

# refused WHAT ARGS...: the command is refused naming WHAT, the file is
# unchanged and no -wal is left behind.
refused() {
	what=$1
	shift
	run "$@"
	expect_rc 5
	expect_err "$what"
	expect_err "which dialogreg did not make"
	expect_err "nothing in it was changed"
	cmp -s "$T/before.db" "$DIALOGREG_DB" ||
	    fail "the register file changed"
}

refused "the table 'stolen'" set "$REF" purpose="Ett syfte"
[ "$(sql 'SELECT count(*) FROM stolen')" = 0 ] ||
    fail "the trigger copied contact details"
refused "the table 'stolen'" show "$REF"
refused "the table 'stolen'" list

# Only the trigger: named by its own name.
sql "DROP TRIGGER copy_contacts; DROP TABLE stolen;
CREATE TRIGGER copy_contacts AFTER UPDATE ON dialogues
BEGIN UPDATE contributions SET text = text; END;" ||
    fail "sqlite3 could not add the trigger"
cp "$DIALOGREG_DB" "$T/before.db"
refused "the trigger 'copy_contacts'" set "$REF" purpose="Ett syfte"

# In Swedish too.
LC_ALL=sv_SE.UTF-8 run set "$REF" purpose="Ett syfte"
expect_rc 5
expect_err "triggern ”copy_contacts”"

# One of the register's own triggers, changed: refused as changed.
sql "DROP TRIGGER copy_contacts; DROP TRIGGER history_no_delete;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN SELECT 1; END;" || fail "sqlite3 could not change the trigger"
cp "$DIALOGREG_DB" "$T/before.db"
run set "$REF" purpose="Ett syfte"
expect_rc 5
expect_err "the trigger 'history_no_delete' changed from what dialogreg made"
cmp -s "$T/before.db" "$DIALOGREG_DB" || fail "the register file changed"

# Missing: refused as missing.
sql "DROP TRIGGER history_no_delete;" || fail "sqlite3 could not drop it"
run show "$REF"
expect_rc 5
expect_err "lacks the trigger 'history_no_delete'"

# The register's own schema restored: it is used again.
sql "CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;" ||
    fail "sqlite3 could not restore the trigger"
ok set "$REF" purpose="Ett syfte"
expect_out "$REF is now at version"
exit 0
