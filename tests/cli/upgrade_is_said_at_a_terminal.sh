#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A register of an older schema is upgraded when it is opened; at a
# terminal the program says so first, in Swedish, since at national
# size the upgrade takes a minute and looks like a hang. A script reads
# nothing new, and a register already upgraded says nothing.
. "$(dirname "$0")/lib.sh"
export LC_ALL=sv_SE.UTF-8
data=$(cd "$(dirname "$0")/../data" && pwd)

cp "$data/register-v12.db" "$DIALOGREG_DB" || fail "cannot copy the old register"
chmod u+w "$DIALOGREG_DB"
tty_run "" list
[ "$RC" -eq 0 ] || fail "the upgrade failed (status $RC): $(cat "$T/tty")"
grep -q "registret ”$DIALOGREG_DB” uppgraderas från schema 12 till " \
    "$T/tty" || fail "the upgrade was not said: $(cat "$T/tty")"
grep -q "Parken vid Edsviken" "$T/tty" ||
    fail "the list did not follow: $(cat "$T/tty")"
[ "$(sql 'PRAGMA user_version')" -gt 12 ] || fail "not upgraded"

tty_run "" list		# upgraded already
grep -q "uppgraderas" "$T/tty" && fail "said again: $(cat "$T/tty")"

# A script is not told.
rm -f "$DIALOGREG_DB" "$DIALOGREG_DB-wal" "$DIALOGREG_DB-shm"
cp "$data/register-v12.db" "$DIALOGREG_DB" || fail "cannot copy the old register"
ok list
expect_no_err "uppgraderas"
[ "$(sql 'PRAGMA user_version')" -gt 12 ] || fail "not upgraded by a script"
exit 0
