#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Imported rows can belong to a session: --session N for every row (a
# session of another dialogue is refused, saying so), or a column mapped
# as session holding a session's number or date; a value that is no
# session of the dialogue refuses the file naming line and column.
. "$(dirname "$0")/lib.sh"

ref=$(new_dialogue "Med dialogtillfällen")
other=$(new_dialogue "En annan dialog")
ok session add "$ref" --date 2026-04-01 --place "Biblioteket"
ok session add "$ref" --date 2026-04-08 --place "Skolan"
ok session add "$other" --date 2026-04-02 --place "Hamnen"
s1=$(sql "SELECT s.id FROM sessions s JOIN dialogues d ON d.id = \
s.dialogue_id WHERE d.ref = '$ref' AND s.date = '2026-04-01'")
s2=$(sql "SELECT s.id FROM sessions s JOIN dialogues d ON d.id = \
s.dialogue_id WHERE d.ref = '$ref' AND s.date = '2026-04-08'")
so=$(sql "SELECT s.id FROM sessions s JOIN dialogues d ON d.id = \
s.dialogue_id WHERE d.ref = '$other'")
snapshot before

printf '%s\n' 'Svar,Tema' 'Fler bänkar,park' 'Mer ljus,trygghet' \
    >"$T/plain.csv"
run import "$ref" "$T/plain.csv" --session "$so"
expect_rc 2
expect_err "--session $so: that is no session of $ref (it may be another \
dialogue's); its sessions are $s1 (2026-04-01), $s2 (2026-04-08)"
expect_unchanged before
run import "$ref" "$T/plain.csv" --session x
expect_rc 1
expect_err "--session: 'x' is not a session number"

ok import "$ref" "$T/plain.csv" --session "$s2" --dry-run
expect_out "Session: every contribution belongs to session $s2."
expect_out "  line 2: -, survey, session $s2, park"
ok import "$ref" "$T/plain.csv" --session "$s2"
[ "$(sql "SELECT count(*) FROM contributions WHERE session_id = $s2")" = 2 ] ||
    fail "--session did not tie the rows to the session"

printf '%s\n' 'Svar,Dialogtillfälle' "Från biblioteket,2026-04-01" \
    "Från skolan,$s2" 'Utan tillfälle,' >"$T/col.csv"
ok import "$ref" "$T/col.csv"
[ "$(sql "SELECT session_id FROM contributions WHERE text = \
'Från biblioteket'")" = "$s1" ] || fail "a session date was not matched"
[ "$(sql "SELECT session_id FROM contributions WHERE text = \
'Från skolan'")" = "$s2" ] || fail "a session number was not matched"
[ "$(sql "SELECT session_id IS NULL FROM contributions WHERE text = \
'Utan tillfälle'")" = 1 ] || fail "an empty session cell got a session"

snapshot before2
printf '%s\n' 'Svar;Tillfälle' 'bra;2026-04-01' "hamnen;$so" >"$T/bad.csv"
run import "$ref" "$T/bad.csv"
expect_rc 2
expect_err "bad.csv: line 3, column 2: '$so' is no session of the dialogue; \
write a session's number or date: $s1 (2026-04-01), $s2 (2026-04-08)"
expect_unchanged before2
exit 0
