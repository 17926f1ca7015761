#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A known option with a bad value is one message, saying what the value
# should be: never also "unknown option" after it, whichever command and
# whichever spelling (--opt=VALUE or --opt VALUE). Exit status 1, and
# the register is unchanged.
. "$(dirname "$0")/lib.sh"

ok init
REF=$(new_dialogue) || exit 1
snapshot before

# The two of the report, stderr exactly.
run list --year=abc
expect_rc 1
cat >"$T/want" <<'EOF'
dialogreg: --year needs a whole number of at least 1000, not 'abc'
Usage: dialogreg list [OPTIONS]
Run 'dialogreg list --help' for its options.
EOF
diff -u "$T/want" "$T/err" >"$T/diff" || fail "stderr: $(cat "$T/diff")"
[ -s "$T/out" ] && fail "list --year=abc wrote to stdout"

run export --encoding=latin1
expect_rc 1
cat >"$T/want" <<'EOF'
dialogreg: unknown encoding 'latin1'; use utf-8 or windows-1252
Usage: dialogreg export [OPTIONS]
Run 'dialogreg export --help' for its options.
EOF
diff -u "$T/want" "$T/err" >"$T/diff" || fail "stderr: $(cat "$T/diff")"
[ -s "$T/out" ] && fail "export --encoding=latin1 wrote to stdout"

# Every command's options that take a value, given a bad one.
while IFS= read -r args; do
	[ -n "$args" ] || continue
	# shellcheck disable=SC2086
	eval "run $args"
	expect_rc 1
	expect_no_err "unknown option"
	n=$(grep -c '^dialogreg: ' "$T/err")
	[ "$n" -eq 1 ] || fail "'$args': $n messages instead of one"
	[ "$(grep -c '^Usage:' "$T/err")" -le 1 ] ||
	    fail "'$args': the usage is printed more than once"
done <<EOF
list --year abc
list --year=12345
list --limit=0
list --format=xml
list --sort=colour
list --state=done
export --year=abc
export --separator=x
export --limit x
export-contributions $REF --encoding=x
export-contributions $REF --separator=pipe
overview --year=abc
overview --format=xml
followup --year=abc
followup --year 2026 --format=xml
print $REF --format=xml
show $REF --format=xml
history $REF --format=xml
fields --format=xml
rules --format=xml
rules --policy=none
init --policy=none
demo --size=x
advance $REF decided --if-version=x
set $REF title=x --if-version=0
session add $REF --date 2026-04-01 --participants=many
session edit $REF 1 --participants=many
session list $REF --format=xml
feedback list $REF --format=xml
contribution list $REF --format=xml
contribution edit $REF x --text y
method list --format=xml
body list --format=xml
import $REF nofile.csv --encoding=x
import $REF nofile.csv --session=x
import $REF nofile.csv --separator=x
import $REF nofile.csv --date-format=x
import $REF nofile.csv --channel=x
import $REF nofile.csv --map=x
publish -o web --lang=x1
EOF
expect_unchanged before
exit 0
