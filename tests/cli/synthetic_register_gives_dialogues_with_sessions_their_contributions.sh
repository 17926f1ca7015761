#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# demo --size N: every dialogue with sessions gets 10 to 71
# contributions of varied length (a line to a paragraph), some with
# themes, each with its history row naming it, all in one change of the
# dialogue; a dialogue without sessions has none. Creating a dialogue
# writes a history row for each field it was given, none for the rest.
# The load goes through a rollback journal (each page written once) and
# the register is back in write-ahead-log mode after it, with nothing
# left beside it; with another connection open on the file it goes
# through the log as usual, with the same result.
. "$(dirname "$0")/lib.sh"

ok demo --size 200
expect_out "Made 200 dialogues in $DIALOGREG_DB"
[ "$(sql 'PRAGMA integrity_check')" = ok ] || fail "integrity_check"
with=$(sql 'SELECT count(*) FROM dialogues d
    WHERE EXISTS (SELECT 1 FROM sessions s WHERE s.dialogue_id = d.id)')
[ "$with" -ge 50 ] || fail "only $with dialogues with sessions"
bad=$(sql 'SELECT count(*) FROM dialogues d WHERE
    (SELECT count(*) FROM contributions c WHERE c.dialogue_id = d.id)
    NOT BETWEEN 10 AND 71
    AND EXISTS (SELECT 1 FROM sessions s WHERE s.dialogue_id = d.id)')
[ "$bad" -eq 0 ] || fail "$bad dialogues with sessions lack contributions"
none=$(sql 'SELECT count(*) FROM contributions c WHERE NOT EXISTS
    (SELECT 1 FROM sessions s WHERE s.dialogue_id = c.dialogue_id)')
[ "$none" -eq 0 ] || fail "$none contributions without a session"
total=$(sql 'SELECT count(*) FROM contributions')
[ "$total" -ge $((with * 10)) ] || fail "only $total contributions"
# Lengths from a line to a paragraph, themes on some.
[ "$(sql 'SELECT min(length(text)) < 60 AND max(length(text)) > 200
    FROM contributions')" -eq 1 ] || fail "the texts are all alike long"
themed=$(sql 'SELECT count(*) FROM contributions WHERE themes IS NOT NULL')
[ "$themed" -gt 0 ] && [ "$themed" -lt "$total" ] ||
    fail "$themed of $total contributions have themes"
# The history names each contribution, in one version per dialogue.
[ "$(sql "SELECT count(*) FROM contributions c WHERE CAST(c.id AS TEXT)
    NOT IN (SELECT h.new_value FROM history h
    WHERE h.field = 'contribution')")" -eq 0 ] ||
    fail "a contribution has no history row"
[ "$(sql "SELECT count(DISTINCT dialogue_id || '/' || version) FROM history
    WHERE field = 'contribution'")" -eq "$with" ] ||
    fail "the contributions of a dialogue are not one change"
# No history row for a field left empty at creation.
[ "$(sql "SELECT count(*) FROM history WHERE version = 1
    AND field NOT IN ('created') AND coalesce(new_value, '') = ''")" -eq 0 ] ||
    fail "creation wrote rows for empty fields"
# The full-text index knows the contributions.
ok list --text rullstol --format csv
[ "$(wc -l <"$T/out")" -ge 2 ] || fail "no dialogue found by a contribution"
[ "$(sql 'PRAGMA journal_mode')" = wal ] || fail "not in WAL mode after"
[ -e "$DIALOGREG_DB-journal" ] && fail "a rollback journal is left"
sql "INSERT INTO contribution_fts (contribution_fts, rank)
    VALUES ('integrity-check', 1)" || fail "the index disagrees"
sql 'SELECT count(*), sum(length(text)) FROM contributions' >"$T/fresh"

# Another connection open: the mode cannot change, the demo is the same.
export DIALOGREG_DB="$T/held.db"
ok init
{ echo 'SELECT count(*) FROM dialogues;'; sleep 3; } |
    sqlite3 "$DIALOGREG_DB" >/dev/null &
held=$!
sleep 1
ok demo --size 200
[ -s "$DIALOGREG_DB-wal" ] || fail "the demo held open did not use the log"
wait "$held"
[ "$(sql 'PRAGMA journal_mode')" = wal ] || fail "not in WAL mode (held)"
sql 'SELECT count(*), sum(length(text)) FROM contributions' >"$T/held"
cmp -s "$T/fresh" "$T/held" || fail "another demo with the file held open"
[ "$(sql 'PRAGMA integrity_check')" = ok ] || fail "integrity_check (held)"
exit 0
