#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Files in the shapes of the survey tools municipalities use (Microsoft
# Forms saved as CSV UTF-8, Google Forms, Netigate, Esmaker, SurveyMonkey
# with its two header rows, Excel's "CSV (semikolonavgränsad)" in
# Windows-1252) import every answer with its date, line breaks and
# channel: none is refused for a "Kanal" value the register does not
# know. The dry run names each column's role, in Swedish in Swedish mode.
. "$(dirname "$0")/lib.sh"

locale -a 2>/dev/null | grep -qiE '^sv_SE\.utf-?8$' ||
    fail "the sv_SE.UTF-8 locale is missing: run ./dialogreg.sh once"
sv() { LC_ALL=sv_SE.UTF-8 run "$@"; }

py survey_files.py tools "$T"
for tool in msforms googleforms netigate esmaker surveymonkey excel-sv; do
	ref=$(new_dialogue "Enkät från $tool")
	# Netigate and SurveyMonkey head the answers' column with the
	# question itself: that column is found without --map.
	ok import "$ref" "$T/$tool.csv"
	expect_out "contributions into $ref from $T/$tool.csv."
	ok contribution list "$ref" --format json
	cp "$T/out" "$T/$tool.json"
	py survey_files.py check-tool "$tool" "$T/$tool.json"
done

ref=$(new_dialogue "Forms torrkörning")
ok import "$ref" "$T/msforms.csv" --dry-run
expect_out "The file is UTF-8 with BOM, separated by ',', with 2 rows under"
expect_out "  column 2 'Start time': not imported"
expect_out "  column 3 'Completion time': date"
expect_out "  column 7 'Din synpunkt': text"
expect_out "  column 8 'Kanal': channel"
expect_out "Dates: understood in 2 of 2 contributions"
expect_out "Dates with '/' are read month first (MM/DD/YYYY), as the file's"
expect_out "  'Telefon': 1 row, kept as other with its text"
expect_out "  line 2: 2026-11-20T10:12:33, other (Telefon)"
# "anonymous" in Forms' Email column is no contact detail.
expect_no_out "contact details given"
sv import "$ref" "$T/msforms.csv" --dry-run
expect_out "Skulle importera 2 synpunkter till $ref"
expect_out "  kolumn 2 ”Start time”: importeras inte"
expect_out "  kolumn 3 ”Completion time”: datum"
expect_out "  kolumn 4 ”Email”: kontaktuppgifter"
expect_out "  kolumn 8 ”Kanal”: kanal"
expect_out "  ”Telefon”: 1 rad, sparas som annan med sin text"
expect_out "  rad 2: 2026-11-20T10:12:33, annan (Telefon)"
expect_out "Ingenting skrevs (--dry-run)."

ok import "$ref" "$T/surveymonkey.csv" --dry-run --map text=10
expect_out "Its second line is a second header (as SurveyMonkey writes)"
expect_out "  column 4 'End Date': date"
ok import "$ref" "$T/excel-sv.csv" --dry-run
expect_out "The file is Windows-1252, separated by ';', with 2 rows"

# The question as the answers' header; two questions need --map.
sv import "$ref" "$T/netigate.csv" --dry-run
expect_out "  kolumn 5 ”Vad vill du förbättra i parken?”: text"
printf 'Datum;Vad tycker du?;Vad saknas?\n2026-11-20;Bra;Bänkar\n' \
    >"$T/two.csv"
sv import "$ref" "$T/two.csv" --dry-run
[ "$RC" -ne 0 ] || fail "two question columns were guessed between"
expect_err "flera kolumner i rubrikraden är frågor"
ok import "$ref" "$T/two.csv" --dry-run --map text=3
expect_out "  column 3 'Vad saknas?': text"
exit 0
