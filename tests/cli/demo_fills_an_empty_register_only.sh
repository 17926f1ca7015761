#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# demo: about 30 realistic dialogues covering every state, with sessions,
# contributions and feedback; a register that holds dialogues is refused
# untouched; --size N makes N synthetic ones.
. "$(dirname "$0")/lib.sh"

ok demo
n=$(sed -n 's/^Made \([0-9]*\) dialogues in .*/\1/p' "$T/out")
[ -n "$n" ] && [ "$n" -ge 25 ] && [ "$n" -le 40 ] ||
    fail "demo made '$n' dialogues, not about 30"
expect_out "in $DIALOGREG_DB"
ok list --format csv
for s in proposed decided planned running reported fed_back evaluated \
    rejected cancelled; do
	grep -q "^MD-[0-9-]*,$s," "$T/out" || fail "no demo dialogue is $s"
done
[ "$(sql 'SELECT count(*) FROM sessions')" -gt 0 ] || fail "no sessions"
[ "$(sql 'SELECT count(*) FROM contributions')" -gt 0 ] ||
    fail "no contributions"
ok list --overdue --format csv
[ "$(wc -l <"$T/out")" -ge 2 ] || fail "no overdue dialogue in the demo"
ok list
expect_out "L  no longer open to influence"

snapshot before
run demo
expect_rc 2
expect_err "already holds $n dialogues; the demo needs an empty register"
expect_unchanged before

ok --db "$T/synthetic.db" demo --size 120
expect_out "Made 120 dialogues in $T/synthetic.db"
ok --db "$T/synthetic.db" list --format csv --limit 5
[ "$(wc -l <"$T/out")" -eq 6 ] || fail "--limit 5 on the synthetic register"
exit 0
