#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Twenty processes change one dialogue at once without --if-version: each
# reads the dialogue inside its own write transaction, so none is refused
# as stale, no change is lost and the history holds every one of them in
# an unbroken row of versions. A stale --if-version is still refused.
#
# 20 writers x 40 changes (800 in all) keep the test well under a minute
# on two cores: each change is its own process and its own synced commit.
# tests/bench/concurrent-writers.sh runs the full 20 x 500 on demand.
. "$(dirname "$0")/lib.sh"

WRITERS=20
CHANGES=${CONCURRENT_CHANGES:-40}

REF=$(new_dialogue) || exit 1
ok session add "$REF" --date 2026-04-01 --place Torget --politicians Ja
ok contribution add "$REF" --text "Fler bänkar"
START=$(sql "SELECT version FROM dialogues WHERE ref = '$REF'")

# writer P: CHANGES changes, each its own process; failures are counted
# in $T/fail.P with their messages in $T/err.P. Writers 1-14 set a
# field, 15-17 edit the session, 18-20 edit the contribution.
writer() {
	p=$1
	i=1
	: >"$T/fail.$p"
	while [ $i -le "$CHANGES" ]; do
		v="w$p-$i"
		if [ "$p" -le 14 ]; then
			"$DLG" set "$REF" purpose="$v"
		elif [ "$p" -le 17 ]; then
			"$DLG" session edit "$REF" 1 --place "$v"
		else
			"$DLG" contribution edit "$REF" 1 --text "$v"
		fi >/dev/null 2>>"$T/err.$p" || echo "$v" >>"$T/fail.$p"
		i=$((i + 1))
	done
}

pids=
p=1
while [ $p -le $WRITERS ]; do
	writer $p &
	pids="$pids $!"
	p=$((p + 1))
done
for pid in $pids; do
	wait "$pid"
done

failed=$(cat "$T"/fail.* | wc -l)
[ "$failed" -eq 0 ] ||
    fail "$failed of $((WRITERS * CHANGES)) changes were refused:" \
    "$(cat "$T"/err.* | sort | uniq -c | head -5)"

# Every value is in the history once, as the new value of its field.
p=1
: >"$T/expected"
while [ $p -le $WRITERS ]; do
	i=1
	while [ $i -le "$CHANGES" ]; do
		echo "w$p-$i" >>"$T/expected"
		i=$((i + 1))
	done
	p=$((p + 1))
done
sort "$T/expected" >"$T/expected.sorted"
sql "SELECT new_value FROM history WHERE new_value LIKE 'w%-%'" |
    sort >"$T/history.sorted"
cmp -s "$T/expected.sorted" "$T/history.sorted" ||
    fail "the history lacks changes: $(diff "$T/expected.sorted" \
    "$T/history.sorted" | head -10)"

# Each change got a version of its own, one after the other.
TOTAL=$((WRITERS * CHANGES))
[ "$(sql "SELECT version FROM dialogues WHERE ref = '$REF'")" = \
    $((START + TOTAL)) ] || fail "the version is not $((START + TOTAL))"
[ "$(sql "SELECT count(DISTINCT version) FROM history
    WHERE version > $START")" = $TOTAL ] ||
    fail "changes share a version or one is missing"
# Each old value is the new value of the change before (nothing lost in
# between), for every field the writers changed.
[ "$(sql "SELECT count(*) FROM history h JOIN history p
    ON p.dialogue_id = h.dialogue_id AND p.field = h.field
    AND p.id = (SELECT max(id) FROM history q WHERE q.field = h.field
        AND q.dialogue_id = h.dialogue_id AND q.id < h.id)
    WHERE h.version > $START AND h.old_value IS NOT p.new_value")" = 0 ] ||
    fail "a change was written over a value it had not read"

# The last value of each is the last one the history names.
[ "$(sql "SELECT purpose FROM dialogues WHERE ref = '$REF'")" = \
    "$(sql "SELECT new_value FROM history WHERE field = 'purpose'
    ORDER BY id DESC LIMIT 1")" ] || fail "the stored purpose is not the last"

# A stale version asked for is still refused, naming who changed what.
run set "$REF" purpose="För sent" --if-version "$START"
expect_rc 4
expect_err "$REF was changed by $(id -un)"
expect_err "nothing was saved"
exit 0
