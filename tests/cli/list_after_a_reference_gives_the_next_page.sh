#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# list --after REF: the dialogues after REF in the order asked for, so
# that --limit N --after LAST pages through the register by key; the
# pages join into the whole list for every sort key and direction, also
# across the dialogues without a deadline (last). export takes it too;
# an unknown reference is named, in Swedish under sv_SE.
. "$(dirname "$0")/lib.sh"

ok demo --size 60
for sort in ref title state deadline start updated body; do
	for rev in "" --reverse; do
		ok list --sort "$sort" $rev --format csv
		tail -n +2 "$T/out" | cut -d, -f1 >"$T/all"
		: >"$T/paged"
		after=
		while :; do
			ok list --sort "$sort" $rev --limit 7 --format csv \
			    ${after:+--after "$after"}
			tail -n +2 "$T/out" | cut -d, -f1 >"$T/page"
			[ -s "$T/page" ] || break
			cat "$T/page" >>"$T/paged"
			after=$(tail -n 1 "$T/page")
			[ "$(wc -l <"$T/paged")" -le 60 ] ||
			    fail "paging by $sort $rev does not end"
		done
		cmp -s "$T/all" "$T/paged" ||
		    fail "pages by $sort $rev are not the list:" \
		    "$(diff "$T/all" "$T/paged" | head -n 5)"
	done
done

ok export --sort deadline --limit 3 --after "$(sed -n 10p "$T/all")" \
    --separator ,
[ "$(wc -l <"$T/out")" -eq 4 ] || fail "export --after gave no 3 rows"

run list --after MD-1999-999
expect_rc 3
expect_err "there is no dialogue 'MD-1999-999'"
LC_ALL=sv_SE.UTF-8 run list --after MD-1999-999
expect_err "det finns ingen dialog ”MD-1999-999”"
exit 0
