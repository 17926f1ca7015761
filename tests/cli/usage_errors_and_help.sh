#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The command line itself: an unknown command or option, or a missing
# argument, is a usage error (exit 1) with the usage; every command's
# --help prints its usage and options and exits 0.
. "$(dirname "$0")/lib.sh"

ok --help
cp "$T/out" "$T/help"
for c in init demo new list show set check advance session feedback \
    contribution history fields config method; do
	grep -q "^  $c " "$T/help" || fail "--help does not list $c"
	ok "$c" --help
	expect_out "Usage"
	expect_out "dialogreg $c"
	expect_out "--help"
	[ -s "$T/err" ] && fail "$c --help wrote to stderr"
done
ok --version
grep -Eq '^dialogreg [0-9]+\.[0-9]+' "$T/out" || fail "--version"
ok session add --help
expect_out "--participants N"
ok list --help
expect_out "--overdue"
expect_out "--sort KEY"

run frobnicate
expect_rc 1
expect_err "dialogreg: unknown command 'frobnicate'"
expect_err "  advance "
run --bogus list
expect_rc 1
expect_err "unknown option '--bogus'"
run list --bogus
expect_rc 1
expect_err "dialogreg: unknown option '--bogus'"
expect_err "Usage: dialogreg list [OPTIONS]"
run list -q
expect_rc 1
expect_err "unknown option '-q'"
run list --format
expect_rc 1
expect_err "option '--format' needs a value"
run show
expect_rc 1
expect_err "which dialogue? Give its reference"
run show MD-2026-001 MD-2026-002
expect_rc 1
run advance MD-2026-001
expect_rc 1
expect_err "to which state?"
run advance MD-2026-001 started
expect_rc 1
run check MD-2026-001 decided extra
expect_rc 1
run new
expect_rc 1
run set MD-2026-001
expect_rc 1
run session
expect_rc 1
expect_err "missing subcommand: add, edit or list"
expect_err "dialogreg session add REF --date DATE"
run session remove MD-2026-001
expect_rc 1
expect_err "unknown subcommand 'remove'"
run contribution
expect_rc 1
run method
expect_rc 1
run demo --size none
expect_rc 1
run config a b c
expect_rc 1
run init extra
expect_rc 1
[ ! -e "$DIALOGREG_DB" ] || fail "a usage error created the register"

# Options may come before or after the arguments.
ok init
REF=$(new_dialogue) || exit 1
ok show --format json "$REF"
ok show "$REF" --format=json

# A bad value of a known option is named once, as what it is: never also
# as an unknown option.
for args in "list --sort nope" "list --state xyz" "export --encoding latin9" \
    "export --state xyz" "export --separator x"; do
	# shellcheck disable=SC2086
	run $args
	expect_rc 1
	expect_no_err "unknown option"
	[ "$(grep -c '^Usage:' "$T/err")" -eq 1 ] ||
	    fail "'$args': the usage is printed more than once"
done
run list --sort nope
expect_err "unknown sort key 'nope'"
run export --encoding latin9
expect_err "unknown encoding 'latin9'"
exit 0
