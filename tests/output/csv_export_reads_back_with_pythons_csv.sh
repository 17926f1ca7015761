#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The exported register list and contributions, read back by Python's csv
# module with each separator, give the values of the plain CSV of `list`
# and `contribution list` (formula-like cells with an apostrophe in
# front); the default is ';' and UTF-8 with a byte order mark; the list
# filters work as in `list`; contact details only with --with-contact,
# and then in a file only its owner reads.
. "$(dirname "$0")/lib.sh"

ok demo
ref=$(tricky_dialogue)

run list --format csv
cp "$T/out" "$T/plain.csv"
for sep in ';' ',' tab; do
	ok export --separator "$sep" -o "$T/e.csv"
	expect_err "Exported 33 dialogues to $T/e.csv."
	py csv_compare.py "$T/e.csv" "$sep" utf-8-sig "$T/plain.csv"
done

# The default: UTF-8 with BOM, ';', the same bytes on stdout as in -o.
ok export
cp "$T/out" "$T/stdout.csv"
[ "$(head -c 3 "$T/stdout.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ] ||
    fail "the export does not start with a UTF-8 byte order mark"
head -n 1 "$T/stdout.csv" | grep -q '^.reference;state;version;' ||
    fail "the header is not ';'-separated: $(head -n 1 "$T/stdout.csv")"
ok export --separator ';' -o "$T/e.csv"
cmp -s "$T/stdout.csv" "$T/e.csv" || fail "stdout and -o FILE differ"

# The filters of list.
run list --format csv --state running,reported --sort title --reverse
cp "$T/out" "$T/plain.csv"
ok export --state running,reported --sort title --reverse -o "$T/e.csv"
py csv_compare.py "$T/e.csv" ';' utf-8-sig "$T/plain.csv"
run export --sort nonsense
expect_rc 1
expect_err "unknown sort key 'nonsense'"

# Contributions, with and without contact details.
run contribution list "$ref" --with-contact --format csv
cp "$T/out" "$T/plain.csv"
ok export-contributions "$ref" --with-contact -o "$T/c.csv"
expect_err "Exported 4 contributions of $ref to $T/c.csv."
py csv_compare.py "$T/c.csv" ';' utf-8-sig "$T/plain.csv"
[ "$(stat -c %a "$T/c.csv")" = 600 ] ||
    fail "a file with contact details is mode $(stat -c %a "$T/c.csv")"
ok export-contributions "$ref"
expect_no_out "ida@exempel.se"
expect_no_out "46701234567"
expect_out ";given;"
run contribution list "$ref" --format csv
cp "$T/out" "$T/plain.csv"
ok export-contributions "$ref" --separator tab -o "$T/c.csv"
py csv_compare.py "$T/c.csv" tab utf-8-sig "$T/plain.csv"

run export-contributions MD-1999-999
expect_rc 3
exit 0
