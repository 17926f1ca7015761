#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Each bad input gives its own message and exit status and leaves the
# register's content exactly as it was (sqlite3 .dump before and after).
. "$(dirname "$0")/lib.sh"

REF=$(new_dialogue) || exit 1
ESC=$(printf '\033')

# refused STATUS MESSAGE ARGS...: dialogreg ARGS exits STATUS, says
# MESSAGE, and the register is unchanged.
refused() {
	status=$1 msg=$2
	shift 2
	snapshot before
	run "$@"
	expect_rc "$status"
	expect_err "$msg"
	expect_unchanged before
}

refused 2 "Decision date: the date '2026-13-01' does not exist." \
    set "$REF" decision_date=2026-13-01
refused 2 "Decision date: the date '2026-02-30' does not exist." \
    set "$REF" decision_date=2026-02-30
refused 2 "Budget (proposal, kr): '12x' is not an amount" set "$REF" budget=12x
refused 2 "Title: the text '\\xFF' is not valid UTF-8" \
    set "$REF" "title=$(printf '\377')"
refused 2 "Title: the text 'a\\x1B[31mb' holds a control character" \
    set "$REF" "title=$(printf 'a\033[31mb')"
refused 2 "has a line break, but the field takes one line only" \
    set "$REF" "title=$(printf 'a\nb')"
refused 2 "is too long (301 characters)" \
    set "$REF" "title=$(printf '%0301d' 0)"
refused 2 "unknown field 'colour'; see 'dialogreg fields'" \
    set "$REF" colour=red
refused 2 "Methods: the method 'Fax' is not in the method catalogue" \
    set "$REF" methods=Fax
refused 2 "Participation level: 'sjätte' is not a step" \
    set "$REF" level=sjätte
refused 1 "'nix' is not FIELD=VALUE" set "$REF" nix
refused 3 "there is no dialogue 'MD-2026-999'" set MD-2026-999 title=x
refused 3 "there is no dialogue 'MD-2026-999'" show MD-2026-999
refused 3 "there is no dialogue 'MD-2026-999'" advance MD-2026-999 decided
refused 3 "there is no dialogue 'MD-2026-999'" history MD-2026-999
refused 3 "there is no dialogue 'MD-2026-999'" \
    session add MD-2026-999 --date 2026-05-01
refused 2 "the date '2026-04-31' does not exist" \
    session add "$REF" --date 2026-04-31
refused 2 "'fax' is not a channel" \
    contribution add "$REF" --text hej --channel fax
refused 3 "$REF has no session 7" \
    contribution add "$REF" --text hej --session 7

# No raw control character reaches the terminal in any of these messages.
run set "$REF" "title=$(printf 'a\033]0;pwned\007b')"
expect_rc 2
! grep -q "$ESC" "$T/err" || fail "a raw ESC reached stderr"

# Every bad value of one command is reported, not just the first.
refused 2 "Budget (proposal, kr): 'abc' is not an amount" \
    set "$REF" budget=abc decision_deadline=2026-02-30 colour=red \
    "question=$(printf '\377')"
expect_err "Decision deadline: the date '2026-02-30' does not exist."
expect_err "unknown field 'colour'"
expect_err "Question: the text '\\xFF' is not valid UTF-8"
run new title=Ok question=Ok initiated_by=Ok bodies=KS budget=abc \
    decision_deadline=2026-02-30
expect_rc 2
expect_err "Budget (proposal, kr): 'abc' is not an amount"
expect_err "Decision deadline: the date '2026-02-30' does not exist."
[ "$(sql 'SELECT count(*) FROM dialogues')" = 1 ] ||
    fail "a refused dialogue was stored"

# Not a register: a text file is left byte for byte as it was.
printf 'protokoll\n' >"$T/notes.txt"
cp "$T/notes.txt" "$T/notes.orig"
run --db "$T/notes.txt" list
expect_rc 5
expect_err "'$T/notes.txt' is not a dialogue register"
run --db "$T/notes.txt" new title=x question=y initiated_by=z bodies=KS
expect_rc 5
cmp -s "$T/notes.txt" "$T/notes.orig" || fail "the text file was changed"

# No register at all, without creating one.
run --db "$T/nowhere/register.db" list
expect_rc 5
expect_err "there is no register at '$T/nowhere/register.db'"
[ ! -e "$T/nowhere" ] || fail "list created a register"

# A register of a newer schema is refused, reads and writes alike.
cp "$DIALOGREG_DB" "$T/newer.db"
sqlite3 "$T/newer.db" "PRAGMA user_version = 99"
snapshot newer "$T/newer.db"
run --db "$T/newer.db" set "$REF" title=x
expect_rc 5
expect_err "was made by a newer version of dialogreg (schema 99)"
run --db "$T/newer.db" list
expect_rc 5
expect_unchanged newer "$T/newer.db"
[ "$(sqlite3 "$T/newer.db" 'PRAGMA user_version')" = 99 ] ||
    fail "the newer register's schema version was changed"

# A read-only file: no write bit at all is read-only even for root, so
# this test means the same whoever runs it. Reading still works.
chmod 0444 "$DIALOGREG_DB"
refused 5 "is read-only for you; nothing can be changed in it" \
    set "$REF" title=x
refused 5 "is read-only for you" new title=x question=y initiated_by=z \
    bodies=KS
ok list
expect_out "$REF"
ok show "$REF"
chmod 0660 "$DIALOGREG_DB"

# A read-only folder: the register cannot write its journal next to it.
chmod 0555 "$T"
refused 5 "the folder of the register '$DIALOGREG_DB' is read-only" \
    set "$REF" title=x
chmod 0755 "$T"

# Real permissions, as an ordinary user: root bypasses them (the 0444 case
# above is then refused by the mode bits alone), so when the test runs as
# root it also runs the program as "nobody" (setpriv) on a file that is
# only readable to others. Run as an ordinary user, 0444 above already
# was a real permission check.
if [ "$(id -u)" -eq 0 ]; then
	need setpriv util-linux
	chmod 0755 "$T"
	chmod 0644 "$DIALOGREG_DB"
	snapshot before
	LAST="setpriv nobody: dialogreg set"
	setpriv --reuid=65534 --regid=65534 --clear-groups \
	    "$DLG" set "$REF" title=x >"$T/out" 2>"$T/err"
	RC=$?
	expect_rc 5
	expect_err "is read-only for you"
	expect_unchanged before
fi
exit 0
