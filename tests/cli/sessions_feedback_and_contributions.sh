#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The child records from the command line: sessions (counts only),
# feedback, and contributions whose contact details are shown only on
# request, erasable, and never written to the history.
. "$(dirname "$0")/lib.sh"
need python3 python3

REF=$(new_dialogue) || exit 1

# Sessions.
run session add "$REF"
expect_rc 1
expect_err "give the date of the session with --date YYYY-MM-DD"
ok session add "$REF" --date 2026-04-20 --time-start 18.00 --time-end 20:30 \
    --place "Skärhamns skola" \
    --method enkät --participants 34 --breakdown "13–15 år: 20, 16–19 år: 14" \
    --politicians "Anna Berg" --notes "Bra stämning" \
    --accessibility "Ramp vid entrén, hörslinga"
expect_out "Added session 1 to $REF."
expect_no_err "warning:"
run session add "$REF" --date 2026-04-21 --method Tarotkort
expect_rc 2
expect_err "unknown method 'Tarotkort'; see 'dialogreg method list'"
run session add "$REF" --date 2026-04-21 --participants många
expect_rc 1
# A time is HH:MM and the end is not before the start; nothing stored.
run session add "$REF" --date 2026-04-21 --time-start 25.00
expect_rc 2
expect_err "Start time: the time '25.00' does not exist; give 00:00 to 23:59."
run session add "$REF" --date 2026-04-21 --time-start 18:00 --time-end 17:30
expect_rc 2
expect_err "End time 17:30 is before start time 18:00"
[ "$(sql "SELECT count(*) FROM sessions")" = 1 ] ||
    fail "a refused session was stored"
ok session list "$REF"
expect_out "Skärhamns skola"
expect_out "Enkät"
expect_out "Ramp vid entrén, hörslinga"
ok session list "$REF" --format csv
expect_out "1,2026-04-20,18:00,20:30,Skärhamns skola,Enkät,34,"
ok session list "$REF" --format json
json_ok "$T/out"
python3 - "$T/out" <<'PY' || fail "session JSON"
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
assert s == [{"id": 1, "date": "2026-04-20", "time_start": "18:00",
    "time_end": "20:30", "place": "Skärhamns skola",
    "method": "Enkät", "participants": 34,
    "breakdown": "13–15 år: 20, 16–19 år: 14", "politicians": "Anna Berg",
    "notes": "Bra stämning",
    "accessibility": "Ramp vid entrén, hörslinga"}], s
PY

# Feedback.
run feedback add "$REF" --date 2026-05-01 --text "Tack"
expect_rc 1
expect_err "feedback needs --date, --channels and --text"
ok feedback list "$REF"
expect_out "$REF has no feedback yet."
ok feedback add "$REF" --date 2026-05-01 --channels "möte, webb" \
    --text "Nämnden valde ramper." --sender "Kultur- och fritidsnämnden"
expect_out "Added feedback 1 to $REF."
ok feedback list "$REF" --format json
json_ok "$T/out"
expect_out '"channels": "möte, webb"'
ok show "$REF"
expect_out "1 session:"
expect_out "Feedback given 1 time:"

# Contributions: contact details hidden unless asked for.
ok contribution add "$REF" --text "Bygg ramper" \
    --contact "anna@example.org, 0701-234567" --themes "ramper"
expect_out "Added contribution 1 to $REF."
ok contribution add "$REF" --text "Mer ljus" --session 1
run contribution add "$REF" --session 1
expect_rc 1
ok contribution list "$REF"
expect_out "(given)"
expect_no_out "anna@example.org"
expect_out "meeting"
ok contribution list "$REF" --format csv
expect_no_out "anna@example.org"
expect_out ",given,Bygg ramper"
ok contribution list "$REF" --with-contact
expect_out "anna@example.org, 0701-234567"
ok history "$REF" --format csv
expect_no_out "anna@example.org"
expect_out "contribution_contact,,given"

# Erasure: gone from the listing, the history and the register's content.
run contribution erase-contact "$REF" 9
expect_rc 3
run contribution erase-contact "$REF"
expect_rc 1
ok contribution erase-contact "$REF" 1
expect_out "Erased the contact details of contribution 1 of $REF."
ok contribution list "$REF" --with-contact
expect_out "(erased)"
expect_no_out "anna@example.org"
expect_out "Bygg ramper"
ok history "$REF" --format csv
expect_out "contribution_contact,given,erased"
sqlite3 "$DIALOGREG_DB" .dump | grep -q "anna@example" &&
    fail "the erased contact details are still in the register"

# The channel can be typed as the token or in Swedish; stored as the token.
ok contribution add "$REF" --text "Via formuläret" --channel Webb
ok contribution add "$REF" --text "Ett brev" --channel brev
ok contribution list "$REF" --format csv
expect_out ",web,"
expect_out ",letter,"
run contribution add "$REF" --text "Okänt" --channel fax
expect_rc 2
expect_err "Channel: 'fax' is not a channel"
exit 0
