#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Dates as survey tools write them are read: 2026-11-20 10:12,
# 2026-11-20T10:12:00Z, 20.11.2026 10:12:33, 2026/11/20 and
# 11/20/2026 10:12:33 AM. A file whose dates could be day or month first
# (01/02/2026) is refused naming line and column, and read as --date-format
# says; dates that disagree are refused naming both lines.
. "$(dirname "$0")/lib.sh"

locale -a 2>/dev/null | grep -qiE '^sv_SE\.utf-?8$' ||
    fail "the sv_SE.UTF-8 locale is missing: run ./dialogreg.sh once"

# shape TEXT STORED: one file with that date, imported, stored as STORED.
n=0
shape() {
	n=$((n + 1))
	printf 'Svar,Datum\nsvar %d,%s\n' "$n" "$1" >"$T/d$n.csv"
	ok import "$ref" "$T/d$n.csv"
	got=$(sql "SELECT created FROM contributions WHERE text = 'svar $n'")
	[ "$got" = "$2" ] || fail "'$1' was stored as '$got', want '$2'"
}

ref=$(new_dialogue "Datum")
shape "2026-11-20 10:12" "2026-11-20T10:12:00"
shape "2026-11-20T10:12:00Z" "2026-11-20T10:12:00Z"
shape "20.11.2026 10:12:33" "2026-11-20T10:12:33"
shape "2026/11/20" "2026-11-20"
shape "11/20/2026 10:12:33 AM" "2026-11-20T10:12:33"
shape "11/20/2026 1:02:03 PM" "2026-11-20T13:02:03"
shape "20/11/2026" "2026-11-20"
shape "2026-11-20T10:12:00+02:00" "2026-11-20T08:12:00Z"

snapshot before
printf '%s\n' 'Svar;Datum' 'ett;01/02/2026' 'två;"03/04/2026 09:00"' \
    >"$T/amb.csv"
run import "$ref" "$T/amb.csv"
expect_rc 2
expect_err "amb.csv: line 2, column 2: the date '01/02/2026' may be day or \
month first, and no date in the file tells which; state the format with \
--date-format DD/MM/YYYY or --date-format MM/DD/YYYY"
expect_unchanged before
LC_ALL=sv_SE.UTF-8 run import "$ref" "$T/amb.csv"
expect_rc 2
expect_err "rad 2, kolumn 2: datumet ”01/02/2026” kan ha dagen eller \
månaden först"
ok import "$ref" "$T/amb.csv" --date-format DD/MM/YYYY --dry-run
expect_out "Dates with '/' are read day first (DD/MM/YYYY), as --date-format"
expect_out "  line 2: 2026-02-01, survey"
ok import "$ref" "$T/amb.csv" --date-format MM/DD/YYYY
[ "$(sql "SELECT created FROM contributions WHERE text = 'två'")" = \
    "2026-03-04T09:00:00" ] || fail "--date-format MM/DD/YYYY was not used"

# One unambiguous date tells the file's order, even after ambiguous ones.
printf '%s\n' 'Svar,Datum' 'fyra,01/02/2026' 'fem,25/12/2026' >"$T/dmy.csv"
ok import "$ref" "$T/dmy.csv" --dry-run
expect_out "  line 2: 2026-02-01, survey"
expect_out "Dates with '/' are read day first (DD/MM/YYYY), as the file's"

snapshot before2
printf '%s\n' 'Svar,Datum' 'sex,25/12/2026' 'sju,12/25/2026' >"$T/both.csv"
run import "$ref" "$T/both.csv"
expect_rc 2
expect_err "the dates do not agree: line 2 has '25/12/2026' (day first) and \
line 3 has '12/25/2026' (month first)"
run import "$ref" "$T/both.csv" --date-format DD/MM/YYYY
expect_rc 2
expect_err "line 3, column 2: '12/25/2026' is not a date"
run import "$ref" "$T/both.csv" --date-format YYYY
expect_rc 1
expect_err "--date-format: 'YYYY' is not a format"
expect_unchanged before2
exit 0
