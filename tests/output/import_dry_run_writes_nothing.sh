#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# --dry-run shows what would be imported (the count, the columns and the
# first rows, never contact details) and leaves the register exactly as
# it was; a file of many rows imports in one go with a final count.
. "$(dirname "$0")/lib.sh"

ref=$(new_dialogue)
snapshot before
{
	printf 'Tidpunkt,Synpunkt,Kategori,Kontaktuppgifter\r\n'
	for i in $(seq 1 8); do
		printf '2026-04-%02d 10:00:00,Synpunkt nummer %d,' "$i" "$i"
		printf 'tema %d,070-000 00 %02d\r\n' "$i" "$i"
	done
} >"$T/enkat.csv"
ok import "$ref" "$T/enkat.csv" --dry-run
expect_out "Would import 8 contributions into $ref from $T/enkat.csv."
expect_out "  line 2: 2026-04-01T10:00:00, survey, tema 1, contact details"
expect_out "    Synpunkt nummer 1"
expect_out "  line 6: "
expect_no_out "line 7: "
expect_no_out "070-000"
expect_out "Nothing was written (--dry-run)."
expect_unchanged before

python3 - "$T/big.csv" <<'PY'
import sys
with open(sys.argv[1], "w", encoding="utf-8", newline="") as f:
    f.write("Svar;Tema\r\n")
    for i in range(5000):
        f.write('"Svar %d; rad ett\r\nrad två";tema %d\r\n' % (i, i % 7))
PY
ok import "$ref" "$T/big.csv"
expect_out "Imported 5000 contributions into $ref from $T/big.csv."
[ "$(sql "SELECT count(*) FROM contributions")" = 5000 ] ||
    fail "not all 5000 rows were imported"
[ "$(sql "SELECT text FROM contributions ORDER BY id DESC LIMIT 1")" = \
    "$(printf 'Svar 4999; rad ett\nrad två')" ] ||
    fail "the last row's text is wrong"
exit 0
