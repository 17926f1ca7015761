#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `calendar` needs where to write (-o FILE, or -o - for standard
# output): without it, with an argument it does not take, an empty
# --body or a folder for the file it is a usage error (exit 1) that
# names what to give, writes nothing and leaves the register as it was;
# --help shows its options; the command list names it.
. "$(dirname "$0")/lib.sh"

REF=$(new_dialogue) || exit 1
ok session add "$REF" --date 2026-05-20 --time-start 18:00
snapshot before

ok --help
grep -q "^  calendar " "$T/out" || fail "--help does not list calendar"
ok calendar --help
expect_out "Usage: dialogreg calendar [--body BODY] -o FILE"
expect_out "  --body BODY         only dialogues that concern this body"
expect_out "  -o, --output FILE   the calendar file (iCalendar); - for standard output"
[ ! -s "$T/err" ] || fail "calendar --help wrote to stderr"

run calendar
expect_rc 1
expect_err "dialogreg: give the file for the calendar with -o FILE, or -o - \
for standard output"
expect_err "Usage: dialogreg calendar [--body BODY] -o FILE"
run calendar -o
expect_rc 1
run calendar -o "$T/k.ics" extra
expect_rc 1
expect_err "unexpected argument 'extra'"
run calendar --body "" -o "$T/k.ics"
expect_rc 1
expect_err "--body needs the name of a body"
mkdir "$T/dir"
run calendar -o "$T/dir"
expect_rc 1
expect_err "is not an ordinary file"
[ ! -e "$T/k.ics" ] || fail "a refused run wrote the calendar"
[ -z "$(ls -A "$T/dir")" ] || fail "a refused run left a file behind"

# Standard output: the calendar only, starting as one does.
ok calendar -o -
[ "$(head -n 1 "$T/out")" = "$(printf 'BEGIN:VCALENDAR\r')" ] ||
    fail "stdout does not start with the calendar: $(head -n 2 "$T/out")"
grep -q "^DTSTART;TZID=Europe/Stockholm:20260520T180000" "$T/out" ||
    fail "the session is not in the calendar"
[ ! -s "$T/err" ] || fail "-o - wrote to stderr: $(cat "$T/err")"
expect_unchanged before
exit 0
