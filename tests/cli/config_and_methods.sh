#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# config shows and changes the register's settings (validated, in the
# history); method lists the ladder's methods and adds the register's own,
# which `set methods=` then accepts.
. "$(dirname "$0")/lib.sh"

ok init
ok config
for k in municipality council_rule council_name deadline_warn_days \
    feedback_days evaluation_days; do
	grep -q "^$k " "$T/out" || fail "config does not show $k"
done
ok config deadline_warn_days
[ "$(out)" = 56 ] || fail "default deadline_warn_days is $(out)"
ok config municipality "Tjörns kommun"
ok config municipality
[ "$(out)" = "Tjörns kommun" ] || fail "municipality is $(out)"
snapshot before
run config deadline_warn_days åtta
expect_rc 2
expect_err "'åtta' is not a number of days"
expect_unchanged before
run config colour blue
expect_rc 2
expect_err "unknown setting 'colour'"
expect_unchanged before

# A smaller warning limit changes what `new` warns about.
ok config deadline_warn_days 7
run new title=a question=b initiated_by=c bodies=KS \
    decision_deadline=2026-05-20
expect_rc 0
expect_no_err "decision deadline"

ok method list
expect_out "Framtidsverkstad"
expect_out "built-in"
ok method list --format json
json_ok "$T/out"
expect_out '"name": "Enkät"'
run method add Medborgarpanel 9
expect_rc 2
expect_err "'9' is not a step of the participation ladder"
ok method add Medborgarpanel dialogue
expect_out "Added the method 'Medborgarpanel' at step 3"
ok method list
grep -q "^Medborgarpanel  *3  *Dialogue  *this register" "$T/out" ||
    fail "method list lacks the new method"
REF=$(new_dialogue) || exit 1
ok set "$REF" methods="medborgarpanel; Enkät" level=dialogue
ok show "$REF" --format json
expect_out '"name": "Medborgarpanel"'
exit 0
