#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Sorted by decision deadline (read page by page by key, not by
# position), page down and page up show exactly the rows the command
# line lists at those places, also across the dialogues without a
# deadline (they come last) and back again.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"

DB="$T/paged.db"
dlg demo --size 150 >"$T/demo.out" 2>&1 ||
    fail "dialogreg demo --size failed: $(cat "$T/demo.out")"
dlg list --sort deadline --format csv | tail -n +2 | cut -d, -f1 |
    tr -d '\r"' >"$T/order"
[ "$(wc -l <"$T/order")" -eq 150 ] || fail "the CLI lists no 150 rows"

# page_is TOP: rows 3-22 of the screen are the CLI's rows TOP+1..TOP+20.
page_is() {
	sed -n "$(($1 + 1)),$(($1 + 20))p" "$T/order" >"$T/want"
	W=$1
	poll 'screen >/dev/null; sed -n 3,22p "$SCREEN" |
	    awk "{ print \$1 }" | grep "^MD-" >"$T/got";
	    cmp -s "$T/want" "$T/got"' ||
	    fail "the page at row $1 is not the CLI's:" \
	    "$(diff "$T/want" "$T/got" | head -n 6)"
}

start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "150 dialogues"
keys s s s s
wait_for "Sorted by decision deadline"
page_is 0
# Each page down moves 19 rows (one stays in view).
for top in 19 38 57 76 95 114 130; do
	keys NPage
	page_is "$top"
done
for top in 111 92 73 54 35 16 0; do
	keys PPage
	page_is "$top"
done
# Reversed: the rows with a deadline latest first, those without last.
keys r
wait_for "Sorted by decision deadline, reversed"
dlg list --sort deadline --reverse --format csv | tail -n +2 |
    cut -d, -f1 | tr -d '\r"' >"$T/order"
page_is 0
for top in 19 38 57 76 95 114 130; do
	keys NPage
	page_is "$top"
done
keys PPage
page_is 111
exit 0
