#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Importing the same file again is refused (status 2), saying into which
# dialogue, when and by whom it was imported, whatever the file is called
# now; --force imports it again. Each contribution gets its history row
# and the import one of its own; the history never holds contact details.
. "$(dirname "$0")/lib.sh"

ref=$(new_dialogue)
other=$(new_dialogue "En annan dialog")
printf 'Svar;E-post\r\nMer grönt;eva@exempel.se\r\nFärre bilar;\r\n' \
    >"$T/enkat.csv"
ok import "$ref" "$T/enkat.csv"
expect_out "Imported 2 contributions into $ref from $T/enkat.csv."
snapshot once

cp "$T/enkat.csv" "$T/samma.csv"
run import "$other" "$T/samma.csv"
expect_rc 2
expect_err "the file 'enkat.csv' was already imported into $ref at "
expect_err " by $(id -un) (2 contributions); nothing was imported"
expect_err "give --force to import it again"
expect_unchanged once

run import "$ref" "$T/enkat.csv" --dry-run
expect_rc 0
expect_out "Note: this file was already imported into $ref"
expect_unchanged once

ok import "$ref" "$T/enkat.csv" --force
[ "$(sql "SELECT count(*) FROM contributions")" = 4 ] ||
    fail "--force did not import the file again"
[ "$(sql "SELECT count(*) FROM imports")" = 2 ] ||
    fail "the imports table does not hold both imports"

ok history "$ref" --format csv
expect_out ",contribution,,1,"
expect_out ",contribution_contact,,given,"
expect_out ",import,,2,"
[ "$(grep -c ',contribution,' "$T/out")" -eq 4 ] ||
    fail "not one history row per contribution"
[ "$(sql "SELECT count(*) FROM history WHERE old_value LIKE '%exempel%'
    OR new_value LIKE '%exempel%' OR reason LIKE '%exempel%'")" = 0 ] ||
    fail "the history holds contact details"
exit 0
