#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A malformed survey file is refused with the line and column of the
# fault, and the register stays exactly as it was (sqlite3 .dump): an
# unclosed quote, a byte that is no character in Windows-1252, a UTF-8
# file with a broken character (line and byte), text after a closing
# quote, a bad date, a row longer than the header, a file without a text
# column, an empty one, a session the dialogue does not have.
. "$(dirname "$0")/lib.sh"

ref=$(new_dialogue)
ok contribution add "$ref" --text "Finns redan"
snapshot before
printf 'Svar,Datum\r\nbra,2026-01-01\r\n' >"$T/good.csv"

# refused FILE WHERE WHAT: status 2, "FILE: WHERE: WHAT", no change.
refused() {
	run import "$ref" "$T/$1"
	expect_rc 2
	expect_err "$1: $2: $3"
	expect_err "nothing was imported"
	expect_unchanged before
}

printf '%s\r\n' 'Svar,Datum' 'bra,2026-01-01' 'också bra,"2026-01-02' \
    'x,2026-01-03' >"$T/quote.csv"
refused quote.csv "line 3, column 2" \
    "the quoted field that starts here is never closed"

printf 'Datum;Svar\r\n2026-01-01;bra\r\n2026-01-02;"tv\xe5\r\nrader"\r\n' \
    >"$T/undefined.csv"
printf '2026-01-03;m\xe5nga \x81 fel\r\n' >>"$T/undefined.csv"
refused undefined.csv "line 5, column 2" \
    "the byte 0x81 is not a character in Windows-1252"

printf '\xef\xbb\xbfSvar;Tema\r\nhej;a\r\nd\xc3\xa5;b\xc3\r\n' \
    >"$T/broken.csv"
refused broken.csv "line 3, byte 27 of the file" \
    "the file is UTF-8, but the byte 0xC3 here is not UTF-8"

printf 'Svar,Tema\n"sa "hej" till",park\n' >"$T/after.csv"
refused after.csv "line 2, column 1" \
    "text follows the closing quote of a field"

printf 'Svar;Datum\nbra;2026-02-30\n' >"$T/date.csv"
refused date.csv "line 2, column 2" "'2026-02-30' is not a date"

printf 'Svar;Tema\nbra;park;extra\n' >"$T/long.csv"
refused long.csv "line 2, column 3" \
    "the row has more columns than the header (2 columns)"

printf 'Namn;Ålder\nEva;40\n' >"$T/notext.csv"
refused notext.csv "line 1" \
    "no column of the header is the contributions' text"

printf 'Svar;Dialogtillfälle\nbra;2026-03-01\n' >"$T/session.csv"
refused session.csv "line 2, column 2" \
    "'2026-03-01' is no session: the dialogue has no sessions"
run import "$ref" "$T/good.csv" --session 1
expect_rc 2
expect_err "--session 1: $ref has no sessions"
expect_unchanged before

: >"$T/empty.csv"
run import "$ref" "$T/empty.csv"
expect_rc 2
expect_err "empty.csv: the file is empty"
expect_unchanged before

printf 'Svar\n\n\n' >"$T/blank.csv"
run import "$ref" "$T/blank.csv"
expect_rc 2
expect_err "no row has a text"
expect_unchanged before

run import "$ref" "$T/missing.csv"
expect_rc 3
expect_err "cannot read '$T/missing.csv'"
run import MD-1999-001 "$T/quote.csv"
expect_rc 3
expect_unchanged before

# The same rows, well formed, go in.
ok import "$ref" "$T/good.csv"
[ "$(sql "SELECT count(*) FROM contributions")" = 2 ] ||
    fail "the good file was not imported"
exit 0
