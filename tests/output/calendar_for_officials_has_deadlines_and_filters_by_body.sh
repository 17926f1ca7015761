#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `calendar -o FILE` writes for officials and politicians the sessions to
# come of every dialogue but rejected ones (proposed ones too, which the
# public calendar leaves out) and the decision deadlines from today on
# as all-day events that take no time, of questions not decided yet;
# libical reads it back. --body keeps the dialogues that concern one
# body, named by its name or abbreviation (any case); a body not in the
# register's list is refused. "-o -" writes the same bytes to standard
# output and nothing else; two runs give the same bytes; the register
# is not changed.
. "$(dirname "$0")/lib.sh"

[ -x "${ICAL_CHECK:-}" ] ||
    fail "no calendar checker: ICAL_CHECK names the build's ical_check"
ical() {
	"$ICAL_CHECK" "$@" >"$T/events" 2>"$T/ical.err" ||
	    fail "libical does not read $*: $(head -5 "$T/ical.err")"
}
uids() {
	cut -d'|' -f1 "$T/events" | sed 's/@.*//' | tr '\n' ' '
}
# unfolded FILE: the file with its folded lines joined (RFC 5545 3.1).
unfolded() {
	python3 -c 'import sys; sys.stdout.write(open(sys.argv[1],
	    newline="").read().replace("\r\n ", ""))' "$1"
}

KFN="Kultur- och fritidsnämnden"
BUN="Barn- och utbildningsnämnden"
ok config municipality "Strömsby kommun"
ok body add "$KFN" --abbrev KFN
ok body add "$BUN" --abbrev BUN
# A: running, a session to come, its deadline 2026-12-15 (walk's).
A=$(new_dialogue "Skatepark" "$KFN") || exit 1
walk "$A" running
ok session add "$A" --date 2026-05-20 --time-start 18:00 --place Skolan
SA=$(sql "SELECT max(id) FROM sessions")
# B: proposed, of the other body, a session and a deadline.
B=$(new_dialogue "Skolskjutsar" "$BUN") || exit 1
ok set "$B" decision_deadline=2026-09-30
ok session add "$B" --date 2026-06-10 --place Webben
SB=$(sql "SELECT max(id) FROM sessions")
# C: its question decided already: no deadline.
C=$(new_dialogue "Simhallen" "$KFN") || exit 1
walk "$C" running
ok set "$C" question_decision_body="$KFN" question_decision_date=2026-05-02 \
    question_decision_outcome="Simhallen renoveras."
# D: the deadline passed; E: rejected.
D=$(new_dialogue "Gamla frågan" "$KFN") || exit 1
ok set "$D" decision_deadline=2026-04-01
E=$(new_dialogue "Avslagen fråga" "$KFN") || exit 1
ok set "$E" decision_deadline=2026-10-01
ok advance "$E" rejected --reason "Ingen fråga att påverka"
snapshot before

ok calendar -o "$T/cal.ics"
[ ! -s "$T/out" ] || fail "a file's calendar wrote to stdout: $(out)"
expect_err "Wrote the calendar $T/cal.ics: sessions 2, decision deadlines 2."
ical "$T/cal.ics"
[ "$(uids)" = "$A-session-$SA $B-session-$SB $B-deadline $A-deadline " ] ||
    fail "the calendar holds $(uids)"
RID=$(sql "SELECT uid FROM register_identity")
grep -qxF "$A-deadline@$RID|DATE:20261215|DATE:20261216||TRANSPARENT|\
Decision on the question at the latest: Skatepark||Reference: $A / \
Deciding body: $KFN / State: Running" "$T/events" ||
    fail "the deadline reads back as $(grep deadline "$T/events")"
unfolded "$T/cal.ics" | grep -qF "NAME:Citizen dialogues in Strömsby kommun: \
sessions and decision deadlines" || fail "the calendar's name"

# Standard output: the same bytes, and nothing else.
ok calendar -o -
cmp -s "$T/out" "$T/cal.ics" || fail "-o - differs from the file"
[ ! -s "$T/err" ] || fail "-o - wrote to stderr: $(cat "$T/err")"
ok calendar -o "$T/cal2.ics"
cmp -s "$T/cal.ics" "$T/cal2.ics" || fail "two runs differ"

# One body: by abbreviation, or by its name in any case.
ok calendar --body KFN -o -
cp "$T/out" "$T/kfn.ics"
ical "$T/kfn.ics"
[ "$(uids)" = "$A-session-$SA $A-deadline " ] || fail "KFN's: $(uids)"
unfolded "$T/kfn.ics" | grep -qF "NAME:$KFN: citizen dialogues\, sessions \
and decision deadlines" || fail "the body's calendar is not named after it"
ok calendar --body "barn- och utbildningsnämnden" -o "$T/bun.ics"
expect_err "sessions 1, decision deadlines 1."
ical "$T/bun.ics"
[ "$(uids)" = "$B-session-$SB $B-deadline " ] || fail "BUN's: $(uids)"
run calendar --body Socialnämnden -o "$T/soc.ics"
expect_rc 2
expect_err "'Socialnämnden' is not in the register's list of bodies"
[ ! -e "$T/soc.ics" ] || fail "a refused calendar was written"

# In Swedish, in the register's words.
LC_ALL=sv_SE.UTF-8 ok calendar -o -
cp "$T/out" "$T/sv.ics"
ical "$T/sv.ics"
grep -qF "|Beslut i sakfrågan senast: Skatepark||Referens: $A / \
Beslutande organ: $KFN / Status: Pågår" "$T/events" ||
    fail "the Swedish deadline: $(grep deadline "$T/events")"
expect_unchanged before
exit 0
