#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# An export in Windows-1252, decoded by iconv, is the UTF-8 export without
# its byte order mark; a character Windows-1252 lacks is refused naming
# its row and column, and no file is left; with --replace it becomes '?'
# and the user is told how many were replaced.
. "$(dirname "$0")/lib.sh"

need iconv libc-bin
ref=$(tricky_dialogue)

ok export -o "$T/u.csv"
ok export --encoding windows-1252 -o "$T/w.csv"
iconv -f WINDOWS-1252 -t UTF-8 "$T/w.csv" >"$T/w8.csv" ||
    fail "iconv cannot read the Windows-1252 export"
tail -c +4 "$T/u.csv" | cmp -s - "$T/w8.csv" ||
    fail "the Windows-1252 export differs: $(tail -c +4 "$T/u.csv" |
    diff - "$T/w8.csv" | head -5)"
grep -q 'ÅÄÖ é €' "$T/w8.csv" || fail "Swedish letters or € were lost"
ok export-contributions "$ref" --encoding cp1252 --separator , -o "$T/c.csv"
ok export-contributions "$ref" --separator , -o "$T/cu.csv"
iconv -f WINDOWS-1252 -t UTF-8 "$T/c.csv" |
    cmp -s - <(tail -c +4 "$T/cu.csv") ||
    fail "the contributions in Windows-1252 differ"

# A character Windows-1252 cannot hold: the second dialogue's title.
new_dialogue 'Ödön Őrsi och ŝ' >/dev/null
run export --encoding windows-1252 -o "$T/w2.csv"
expect_rc 2
expect_err "row 3, column 6 (title): the character 'Ő' (U+0150) cannot"
expect_err "cannot be written in Windows-1252"
expect_err "--replace"
[ ! -e "$T/w2.csv" ] || fail "a refused export left a file"
[ -z "$(ls -A "$T" | grep '^\.w2\.csv')" ] || fail "a temporary file was left"
run export --encoding windows-1252 --replace -o "$T/w2.csv"
expect_rc 0
expect_err "2 characters could not be written in Windows-1252 and were"
iconv -f WINDOWS-1252 -t UTF-8 "$T/w2.csv" | grep -q 'Ödön ?rsi och ?' ||
    fail "the replaced title is not 'Ödön ?rsi och ?'"

run export --encoding latin-9
expect_rc 1
expect_err "unknown encoding 'latin-9'"
exit 0
