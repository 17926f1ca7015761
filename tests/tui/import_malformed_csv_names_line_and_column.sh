#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A malformed survey file imported from the screens is refused with the
# line and the column of the fault, and nothing at all is imported.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

ref=$(new_dialogue "Lekplats i Ängsvik")
printf 'Svar;Datum\nFler gungor;2026-04-01\nSkugga;2026-13-01\n' \
    >"$T/bad-date.csv"
printf 'Svar;Datum\nFler gungor;2026-04-01\n"Skugga;2026-04-02\n' \
    >"$T/bad-quote.csv"

start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "33 dialogues"
open_view "$ref"
keys c
wait_for "No contributions yet."
keys I
wait_for "CSV file to import:"
type_text "$T/bad-date.csv"
keys Enter
wait_for "bad-date.csv: line 3, column 2: '2026-13-01' is not a date"
wait_for "Nothing was imported."
keys Enter
wait_for "No contributions yet."
keys I
wait_for "CSV file to import:"
type_text "$T/bad-quote.csv"
keys Enter
wait_for "bad-quote.csv: line 3, column 1:"
wait_for "Nothing was imported."
keys Enter
wait_for "No contributions yet."
[ "$(dlg contribution list "$ref" --format csv | tail -n +2 | wc -l)" = 0 ] ||
    fail "a refused file left contributions"
dlg history "$ref" --format csv >"$T/h.csv"
! grep -q ',import,' "$T/h.csv" || fail "the history records an import"
exit 0
