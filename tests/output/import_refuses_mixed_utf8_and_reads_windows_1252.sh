#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A file that is valid UTF-8 is UTF-8. One with UTF-8 characters and also
# a byte that is not UTF-8 is refused, naming the line and the byte and
# how to fix it, and the register stays as it was (sqlite3 .dump); never
# mojibake ("lÃ¤ngs"). A file in which nothing is UTF-8 is Windows-1252,
# and so is a file --encoding windows-1252 says is.
. "$(dirname "$0")/lib.sh"

locale -a 2>/dev/null | grep -qiE '^sv_SE\.utf-?8$' ||
    fail "the sv_SE.UTF-8 locale is missing: run ./dialogreg.sh once"

ref=$(new_dialogue "Teckenkodning")
ok contribution add "$ref" --text "Finns redan"
snapshot before

# "längs ån" in UTF-8, then one Windows-1252 "ä" (0xE4) on line 3.
printf 'Svar;Datum\r\nlängs ån;2026-01-01\r\nl\xe4ngs;2026-01-02\r\n' \
    >"$T/mixed.csv"
off=$(($(printf 'Svar;Datum\r\nlängs ån;2026-01-01\r\nl' | wc -c) + 1))
run import "$ref" "$T/mixed.csv"
expect_rc 2
expect_err "mixed.csv: line 3, byte $off of the file: the file is UTF-8, but \
the byte 0xE4 here is not UTF-8"
expect_err "save the file as UTF-8 again, or give --encoding windows-1252"
expect_err "nothing was imported"
expect_unchanged before
run import "$ref" "$T/mixed.csv" --dry-run
expect_rc 2
expect_unchanged before
LC_ALL=sv_SE.UTF-8 run import "$ref" "$T/mixed.csv"
expect_rc 2
expect_err "rad 3, byte $off i filen: filen är UTF-8, men byten 0xE4 här är \
inte UTF-8"
run import "$ref" "$T/mixed.csv" --encoding utf-8
expect_rc 2
expect_unchanged before

# Pure Windows-1252: read as such, no mojibake.
printf 'Svar;Kanal\r\nl\xe4ngs \xe5n \x96 \x80;M\xf6te\r\n' >"$T/cp1252.csv"
ok import "$ref" "$T/cp1252.csv"
[ "$(sql "SELECT text FROM contributions WHERE channel = 'meeting'")" = \
    "längs ån – €" ] || fail "the Windows-1252 file was not read right"
! sql "SELECT text FROM contributions" | grep -q 'Ã' ||
    fail "mojibake in the register"

# Told: Windows-1252 even where the bytes could be UTF-8.
printf 'Svar\r\nr\xc3\xa4tt\r\n' >"$T/told.csv"
ok import "$ref" "$T/told.csv" --encoding windows-1252
[ "$(sql "SELECT count(*) FROM contributions WHERE text = 'rÃ¤tt'")" = 1 ] ||
    fail "--encoding windows-1252 was not followed"
run import "$ref" "$T/told.csv" --encoding latin-9
expect_rc 1
expect_err "unknown encoding 'latin-9'; use utf-8 or windows-1252"
exit 0
