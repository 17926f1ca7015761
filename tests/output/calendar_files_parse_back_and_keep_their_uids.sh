#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The calendar files of the public listing, read back with libical
# (ical_check.c): CRLF lines of at most 75 octets, text escaped and read
# back as it was written, times of day in Europe/Stockholm with the
# file's own VTIMEZONE, which agrees with the host's zone data in summer
# and in winter time, a day without a time of day as an all-day event,
# the sessions of a cancelled dialogue CANCELLED. Each public dialogue
# with sessions has its file, linked from its page; kalender.ics holds
# every session to come, linked from the index; nothing of a dialogue
# that is not public, and no names of people. UIDs are the reference, the
# session's number and the register's identity: a second run writes the
# same bytes, a changed session keeps its UID, and so does a register
# restored from its backup.
. "$(dirname "$0")/lib.sh"

[ -x "${ICAL_CHECK:-}" ] ||
    fail "no calendar checker: ICAL_CHECK names the build's ical_check"
# ical FILE...: read the files back; their events into $T/events.
ical() {
	"$ICAL_CHECK" "$@" >"$T/events" 2>"$T/ical.err" ||
	    fail "libical does not read $*: $(head -5 "$T/ical.err")"
}
# event UID: the line of the event whose UID starts so in $T/events.
event() {
	grep -F -- "$1" "$T/events" || fail "no event $1 in $(cat "$T/events")"
}

KFN="Kultur- och fritidsnämnden"
ok config municipality "Strömsby kommun"
ok config contact "medborgardialog@stromsby.se, tfn 0304-60 10 00"
RID=$(sql "SELECT uid FROM register_identity")
[ ${#RID} -eq 32 ] || fail "the register has no identity: '$RID'"

A=$(new_dialogue 'Skatepark; ramper, och "bowl"' "$KFN") || exit 1
walk "$A" running
ok session add "$A" --date 2026-04-25 --place Skolan \
    --politicians "Per Åström (KFN)"
ok session add "$A" --date 2026-05-20 --time-start 18.00 --time-end 20:30 \
    --place 'Skärhamns skola; aulan, plan 2 \ entré B' --method "Open space" \
    --accessibility "Hörslinga, ramp; teckenspråkstolk om du säger till" \
    --politicians "Per Åström (KFN)" --notes "Anteckning som inte syns"
ok session add "$A" --date 2026-11-10 --time-start 09:30 --time-end 11:00 \
    --place Webben
LONG="Torget i Skärhamn hela dagen, vid fontänen mellan biblioteket och \
vårdcentralen, under det blå tältet med kommunens flagga"
ok session add "$A" --date 2026-06-01 --place "$LONG"
ids=$(sql "SELECT id FROM sessions ORDER BY date" | tr '\n' ' ')
set -- $ids
S_PAST=$1 S_SUMMER=$2 S_DAY=$3 S_WINTER=$4

B=$(new_dialogue "Bibliotekets öppettider" "$KFN") || exit 1
walk "$B" planned
ok session add "$B" --date 2026-05-28 --time-start 17:00 --place Biblioteket
S_B=$(sql "SELECT max(id) FROM sessions")
ok advance "$B" cancelled --reason "Frågan avgjordes på annat sätt"
C=$(new_dialogue "Inte publik ännu" "$KFN") || exit 1
ok session add "$C" --date 2026-05-21 --place "Hemlig lokal"

ok publish -o "$T/web"
expect_out "Calendars: kalender.ics with the sessions to come, and 2 with \
a dialogue's sessions each."
for f in "$A.ics" "$B.ics" kalender.ics; do
	[ -s "$T/web/$f" ] || fail "no calendar $f"
done
[ ! -e "$T/web/$C.ics" ] || fail "a proposed dialogue got a calendar"
py html_check.py en "$T/web"
grep -qF "<a href=\"$A.ics\" type=\"text/calendar\">Add the sessions to \
your calendar (iCalendar file)</a>" "$T/web/$A.html" ||
    fail "the page does not link its calendar"
grep -qF '<a href="kalender.ics" type="text/calendar">' "$T/web/index.html" ||
    fail "the index does not link the calendar of all sessions"

# The dialogue's file: every session, held or to come, as written.
ical "$T/web/$A.ics"
[ "$(wc -l <"$T/events")" -eq 4 ] || fail "not 4 events: $(cat "$T/events")"
[ "$(cut -d'|' -f1 "$T/events" | tr '\n' ' ')" = "$A-session-$S_PAST@$RID \
$A-session-$S_SUMMER@$RID $A-session-$S_DAY@$RID $A-session-$S_WINTER@$RID " ] ||
    fail "UIDs or order: $(cut -d'|' -f1 "$T/events")"
[ "$(event "$A-session-$S_SUMMER@")" = "$A-session-$S_SUMMER@$RID|\
TZID=Europe/Stockholm:20260520T180000|TZID=Europe/Stockholm:20260520T203000|\
CONFIRMED||Citizen dialogue: Skatepark; ramper, och \"bowl\"|\
Skärhamns skola; aulan, plan 2 \\ entré B|Method: Open space / \
Accessibility: Hörslinga, ramp; teckenspråkstolk om du säger till / \
Send your views or questions to medborgardialog@stromsby.se, tfn \
0304-60 10 00 and mark them $A." ] || fail "the summer session reads back as \
$(event "$A-session-$S_SUMMER@")"
event "$A-session-$S_WINTER@" | grep -qF \
    "|TZID=Europe/Stockholm:20261110T093000|TZID=Europe/Stockholm:20261110T110000|" ||
    fail "the winter session: $(event "$A-session-$S_WINTER@")"
event "$A-session-$S_DAY@" | grep -qF "|DATE:20260601|DATE:20260602|CONFIRMED||\
Citizen dialogue: Skatepark; ramper, och \"bowl\"|$LONG|" ||
    fail "a day without a time: $(event "$A-session-$S_DAY@")"
# Escaped in the file, folded where long.
grep -qF 'LOCATION:Skärhamns skola\; aulan\, plan 2 \\ entré B' \
    "$T/web/$A.ics" || fail "the place is not escaped"
grep -qF 'SUMMARY:Citizen dialogue: Skatepark\; ramper\, och "bowl"' \
    "$T/web/$A.ics" || fail "the title is not escaped"
grep -q "^LOCATION:Torget i Skärhamn" "$T/web/$A.ics" &&
    grep -q "^ " "$T/web/$A.ics" || fail "the long place is not folded"
grep -c '^BEGIN:VTIMEZONE' "$T/web/$A.ics" | grep -qx 1 ||
    fail "not one VTIMEZONE"

# Nothing personal, in any calendar.
for who in "Per Åström" "Anna Berg" "Eva Lund" "Anteckning som inte syns" \
    "Hemlig lokal" "annat sätt"; do
	! grep -qF "$who" "$T"/web/*.ics || fail "'$who' is in a calendar"
done

# The cancelled dialogue: its session CANCELLED, no call for views.
ical "$T/web/$B.ics"
event "$B-session-$S_B@" | grep -qF "|TZID=Europe/Stockholm:20260528T170000||\
CANCELLED||Cancelled: Bibliotekets öppettider|Biblioteket|The citizen \
dialogue was cancelled." || fail "the cancelled session: $(cat "$T/events")"
! grep -q "Send your views" "$T/events" || fail "a cancelled one asks for views"

# The calendar of all to come: from today (2026-05-04) on, of public
# dialogues only, the cancelled one's CANCELLED.
ical "$T/web/kalender.ics"
[ "$(cut -d'|' -f1 "$T/events" | tr '\n' ' ')" = "$A-session-$S_SUMMER@$RID \
$B-session-$S_B@$RID $A-session-$S_DAY@$RID $A-session-$S_WINTER@$RID " ] ||
    fail "the feed holds: $(cut -d'|' -f1,2 "$T/events")"
grep -qF "NAME:Citizen dialogues in Strömsby kommun" "$T/web/kalender.ics" ||
    fail "the feed has no name"
# The index lists the coming eight weeks, not the cancelled one.
python3 - "$T/web/index.html" "$A" <<'PY' || fail "the index's sessions"
import sys
page, a = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
part = page.split("<h2>Sessions in the coming 8 weeks</h2>", 1)[1]
part = part.split("<h2>", 1)[0]
rows = [r for r in part.split("<tr>") if "scope=\"row\"" in r]
assert len(rows) == 2, rows
assert rows[0].startswith('<th scope="row">2026-05-20</th><td>18:00–20:30'
    '</td><td><a href="%s.html">Skatepark; ramper, och &quot;bowl&quot;</a>'
    '</td><td>Skärhamns skola; aulan, plan 2 \\ entré B</td>' % a), rows[0]
assert rows[1].startswith('<th scope="row">2026-06-01</th><td></td>'), rows[1]
assert "Bibliotekets" not in part and "2026-11-10" not in part, part
PY

# Stable: the same register writes the same bytes.
ok publish -o "$T/web2"
for f in "$A.ics" "$B.ics" kalender.ics; do
	cmp -s "$T/web/$f" "$T/web2/$f" ||
	    fail "$f differs between two runs: $(diff "$T/web/$f" "$T/web2/$f")"
done
# A changed session is the same event: same UID, the new place.
ok session edit "$A" "$S_SUMMER" --place "Skärhamns bibliotek"
ok publish -o "$T/web"
ical "$T/web/$A.ics"
event "$A-session-$S_SUMMER@$RID|" | grep -qF "|Skärhamns bibliotek|" ||
    fail "the edited session: $(cat "$T/events")"
[ "$(wc -l <"$T/events")" -eq 4 ] || fail "events were added"

# A register restored from its backup keeps its identity: the same
# calendars, byte for byte.
ok export-json -o "$T/backup.json"
grep -qF "\"register_uid\": \"$RID\"" "$T/backup.json" ||
    fail "the backup lacks the register's identity"
ok --db "$T/restored.db" import-json "$T/backup.json"
ok --db "$T/restored.db" publish -o "$T/web3"
for f in "$A.ics" "$B.ics" kalender.ics; do
	cmp -s "$T/web/$f" "$T/web3/$f" ||
	    fail "$f differs once restored: $(diff "$T/web/$f" "$T/web3/$f")"
done
# A backup made before schema 9 has none: the new register keeps its
# own.
grep -v '"register_uid"' "$T/backup.json" >"$T/old.json"
ok --db "$T/old.db" import-json "$T/old.json"
[ "$(sqlite3 "$T/old.db" "SELECT uid FROM register_identity")" != "$RID" ] ||
    fail "an identity came from nowhere"

# A register of its own has UIDs of its own.
export DIALOGREG_DB="$T/other.db"
ok init
[ "$(sql "SELECT uid FROM register_identity")" != "$RID" ] ||
    fail "two registers share an identity"
export DIALOGREG_DB="$T/register.db"

# Swedish.
LC_ALL=sv_SE.UTF-8 ok publish -o "$T/websv"
ical "$T/websv/kalender.ics"
grep -qF "|Medborgardialog: Skatepark; ramper, och \"bowl\"|Skärhamns \
bibliotek|Metod: Open space / Tillgänglighet: Hörslinga" "$T/events" ||
    fail "the Swedish feed: $(cat "$T/events")"
grep -qF "|Inställt: Bibliotekets öppettider|" "$T/events" ||
    fail "the Swedish cancelled session: $(cat "$T/events")"
grep -qF "<h2>Dialogtillfällen de kommande 8 veckorna</h2>" \
    "$T/websv/index.html" || fail "the Swedish index's heading"
exit 0
