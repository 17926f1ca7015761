#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# I in the contributions imports a survey's CSV file: the dry run first
# (count, encoding, separator, the columns' roles, the first rows, never
# contact details),
# then on yes the progress bar and the finish, and the list holds the
# new contributions. The same file again is refused unless forced.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

ref=$(new_dialogue "Lekplats i Ängsvik")
printf 'Svar;Datum;Tema;E-post\r\n%s\r\n%s\r\n%s\r\n' \
    'Fler gungor åt de små;2026-04-01;lek;anna.ek@example.se' \
    'Skugga över sandlådan;2026-04-02;"sol; värme";' \
    'Öppna ytor för bollspel;2026-04-03;bollspel;' >"$T/enkät.csv"

start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "33 dialogues"
open_view "$ref"
keys c
wait_for "Contributions to $ref"
wait_for "No contributions yet."
keys I
wait_for "CSV file to import:"
type_text "$T/enkät.csv"
keys Enter
wait_for "Would import 3 contributions into $ref from enkät.csv."
wait_for "The file is UTF-8, separated by ';', with 3 rows under its header."
wait_for "column 1 'Svar': text"
wait_for "line 2: 2026-04-01, survey, lek, contact details given"
wait_for "Fler gungor åt de små"
wait_for "line 3: 2026-04-02, survey, sol; värme"
expect_not "anna.ek@example.se"
wait_for "Import 3 contributions into $ref? [y/n]"
[ "$(dlg contribution list "$ref" --format csv | tail -n +2 | wc -l)" = 0 ] ||
    fail "the dry run wrote contributions"
keys y
wait_line "^  \[(█|#)+\]$"
wait_for "100 %  3 of 3 rows"
wait_for "Imported 3 contributions into $ref from enkät.csv."
keys Enter
wait_for "Contributions to $ref"
wait_for "Fler gungor åt de små"
wait_for "Skugga över sandlådan"
wait_for "Öppna ytor för bollspel"
wait_for "3/3"
[ "$(dlg contribution list "$ref" --format csv | tail -n +2 | wc -l)" = 3 ] ||
    fail "the register does not hold the 3 contributions"

# The same file again: refused unless forced.
keys I
wait_for "CSV file to import:"
type_text "$T/enkät.csv"
keys Enter
wait_for "This file was already imported into $ref at"
wait_for "Import it again anyway (a forced import)? [y/n]"
keys n
wait_for "Nothing was imported."
[ "$(dlg contribution list "$ref" --format csv | tail -n +2 | wc -l)" = 3 ] ||
    fail "a refused import wrote contributions"
keys I
wait_for "CSV file to import:"
type_text "$T/enkät.csv"
keys Enter
wait_for "Import it again anyway (a forced import)? [y/n]"
keys y
wait_for "Imported 3 contributions into $ref from enkät.csv."
keys Enter
wait_for "6/6"
[ "$(dlg contribution list "$ref" --format csv | tail -n +2 | wc -l)" = 6 ] ||
    fail "the forced import did not write"
exit 0
