#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Adding and editing a session, feedback or a contribution run the same
# check: the same bad value is refused by both with the same exit status
# and the same message, in English and in Swedish, and the register stays
# as it was. A contribution from a session without a channel came from a
# meeting, whether it is added or edited so.
. "$(dirname "$0")/lib.sh"

REF=$(new_dialogue) || exit 1
ok session add "$REF" --date 2026-04-20 --place "Skolan"
ok feedback add "$REF" --date 2026-05-01 --channels webb --text "Tack"
ok contribution add "$REF" --text "Fler bänkar"

# alike KIND 'ADD-ARGS' BAD-OPTION BAD-VALUE EXPECTED-TEXT [STATUS]: add
# with the bad option and edit 1 with it refuse alike (exit status 2, a
# refusal, unless STATUS says otherwise).
alike() {
	kind=$1 base=$2 opt=$3 val=$4 want=$5 status=${6:-2}
	for lang in C.UTF-8 sv_SE.UTF-8; do
		snapshot before
		# shellcheck disable=SC2086
		LC_ALL=$lang run "$kind" add "$REF" $base "$opt" "$val"
		add_rc=$RC
		cp "$T/err" "$T/add.err"
		expect_unchanged before
		LC_ALL=$lang run "$kind" edit "$REF" 1 "$opt" "$val"
		expect_unchanged before
		[ "$RC" -eq "$add_rc" ] ||
		    fail "$kind $opt: add exits $add_rc, edit $RC"
		cmp -s "$T/add.err" "$T/err" ||
		    fail "$kind $opt '$val': add says '$(cat "$T/add.err")'," \
		    "edit '$(cat "$T/err")'"
		[ "$lang" = C.UTF-8 ] && expect_err "$want"
	done
	[ "$add_rc" -eq "$status" ] ||
	    fail "$kind $opt: expected exit status $status, got $add_rc"
}

alike session "--date 2026-04-21" --date 2026-13-01 "2026-13-01"
alike session "" --date "  " "Session date is required"
alike session "--date 2026-04-21" --participants 2000000 \
    "more than one session can count"
alike session "--date 2026-04-21" --politicians "$(printf 'Anna\033Berg')" \
    "Politicians present"
alike session "--date 2026-04-21" --method Tarotkort \
    "unknown method 'Tarotkort'"
alike feedback "--date 2026-05-02 --text Tack" --channels " " \
    "Channels is required"
alike feedback "--date 2026-05-02 --channels webb" --text "" \
    "Feedback text is required"
alike contribution "--text Hej" --channel brevduva \
    "Channel: 'brevduva' is not a channel"
alike contribution "--text Hej" --session 7 "$REF has no session 7" 3
alike contribution "" --text "   " "Contribution is required"

# From a session with no channel given: a meeting, in both.
ok contribution add "$REF" --text "Mer ljus" --session 1 --channel ""
ok contribution edit "$REF" 1 --session 1 --channel ""
ok contribution list "$REF" --format csv
[ "$(grep -c ',meeting,1,' "$T/out")" -eq 2 ] ||
    fail "both contributions should be from a meeting: $(out)"
exit 0
