#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A survey export in UTF-8 (with and without BOM), UTF-16 LE and BE (with
# BOM) or Windows-1252, separated by ',', ';' or tab, imports the same
# answers: quoted line breaks, doubled quotes and separators inside a
# field, Swedish letters and €; the row without text is skipped; columns
# are found by their Swedish header names; --dry-run names the encoding
# and separator it found.
. "$(dirname "$0")/lib.sh"

py survey_files.py write "$T"
n=0
for f in "$T"/survey-*.csv; do
	ref=$(new_dialogue "Import $(basename "$f")")
	ok import "$ref" "$f"
	expect_out "Imported 2 contributions into $ref from $f."
	expect_out "Skipped 1 row without text."
	ok contribution list "$ref" --with-contact --format json
	cp "$T/out" "$T/got.json"
	py survey_files.py check "$T/got.json"
	n=$((n + 1))
done
[ "$n" -eq 15 ] || fail "expected 15 survey files, found $n"

ref=$(new_dialogue "Torrkörning")
ok import "$ref" "$T/survey-cp1252-semicolon.csv" --dry-run
expect_out "The file is Windows-1252, separated by ';', with 3 rows under"
ok import "$ref" "$T/survey-utf16le-tab.csv" --dry-run
expect_out "The file is UTF-16LE, separated by tab"
ok import "$ref" "$T/survey-utf8bom-comma.csv" --dry-run
expect_out "The file is UTF-8 with BOM, separated by ','"
expect_out "  column 1 'Datum': date"
expect_out "  column 2 'Svar': text"
expect_out "  column 3 'Tema': theme"
expect_out "  column 4 'E-post': contact details"

# Columns by --map, by name or number, and a channel for every row.
printf 'Q1,Q2,Q3\r\nja,Bygg en scen,2026-05-01\r\n' >"$T/map.csv"
run import "$ref" "$T/map.csv"
expect_rc 2
expect_err "name it with --map text=COLUMN"
ok import "$ref" "$T/map.csv" --map text=q2,date=3 --channel webb
ok contribution list "$ref" --format json
grep -q '"text": "Bygg en scen"' "$T/out" || fail "mapped text missing"
grep -q '"channel": "web"' "$T/out" || fail "--channel webb is not web"
grep -q '"created": "2026-05-01"' "$T/out" || fail "mapped date missing"
run import "$ref" "$T/map.csv" --map colour=1
expect_rc 1
expect_err "--map: unknown key 'colour'; use text, date, channel, theme, \
contact or session"
exit 0
