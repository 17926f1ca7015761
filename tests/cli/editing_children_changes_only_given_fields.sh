#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Sessions, feedback and contributions can be edited: only the options
# given change, the history names each changed column with old and new
# (never a contact detail), a row of another dialogue is not found, a
# stale --if-version is refused and a bad value leaves the file as it was.
. "$(dirname "$0")/lib.sh"
need python3 python3

REF=$(new_dialogue) || exit 1
OTHER=$(new_dialogue "Ett annat samråd") || exit 1

ok session add "$REF" --date 2026-04-20 --place "Skolan" --method enkät \
    --participants 34 --politicians "Anna Berg" --notes "Bra stämning"
ok session add "$OTHER" --date 2026-04-22 --place "Biblioteket"
ok feedback add "$REF" --date 2026-05-01 --channels webb --text "Tack"
ok contribution add "$REF" --text "Bygg ramper vid kyrkan" --themes ramper \
    --contact "anna@example.org"

# A session: only the place and the count change.
ok session edit "$REF" 1 --place "Åby fritidsgård" --participants 40
expect_out "Changed session 1 of $REF"
ok session list "$REF" --format csv
expect_out "1,2026-04-20,,,Åby fritidsgård,Enkät,40,,Anna Berg,Bra stämning"
ok history "$REF" --format csv
expect_out "session 1 place,Skolan,Åby fritidsgård"
expect_out "session 1 participants,34,40"
expect_no_out "session 1 date"
expect_no_out "session 1 notes"

# The same again changes nothing and keeps the version.
V=$(sql "SELECT version FROM dialogues WHERE ref = '$REF'")
ok session edit "$REF" 1 --place "Åby fritidsgård"
expect_out "nothing to change; it stays at version $V"

# Feedback: only the text.
ok feedback edit "$REF" 1 --text "Tack för era synpunkter"
ok feedback list "$REF" --format json
json_ok "$T/out"
python3 - "$T/out" <<'PY' || fail "feedback JSON"
import json, sys
f = json.load(open(sys.argv[1], encoding="utf-8"))
assert f[0]["text"] == "Tack för era synpunkter", f
assert f[0]["channels"] == "webb" and f[0]["date"] == "2026-05-01", f
PY
ok history "$REF" --format csv
expect_out "feedback 1 text,Tack,Tack för era synpunkter"

# A contribution: text (found by search), the contact changed, then erased;
# the history says so but never holds a contact.
ok contribution edit "$REF" 1 --text "Bygg skejtramper" \
    --contact "anna.berg@example.org"
ok list --text skejtramper --format csv
expect_out "$REF"
ok list --text kyrkan --format csv
expect_no_out "$REF"
ok contribution list "$REF" --with-contact --format csv
expect_out "anna.berg@example.org"
expect_out "ramper,anna.berg@example.org,Bygg skejtramper"
ok contribution edit "$REF" 1 --contact ""
ok contribution list "$REF" --format csv
expect_out ",erased,Bygg skejtramper"
ok history "$REF" --format csv
expect_out "contribution 1 text,Bygg ramper vid kyrkan,Bygg skejtramper"
expect_out "contribution 1 contact,given,changed"
expect_out "contribution 1 contact,given,erased"
expect_no_out "example.org"
sqlite3 "$DIALOGREG_DB" .dump | grep -q "example.org" &&
    fail "the register still holds a contact detail"

# A row of another dialogue is not found.
run session edit "$REF" 2 --place "X"
expect_rc 3
expect_err "$REF has no session 2"
run feedback edit "$OTHER" 1 --text "X"
expect_rc 3
run contribution edit "$OTHER" 1 --text "X"
expect_rc 3
run contribution edit "$REF" 1 --session 2
expect_rc 3

# A stale version is refused naming who changed what; nothing is written.
V=$(sql "SELECT version FROM dialogues WHERE ref = '$REF'")
snapshot before
run session edit "$REF" 1 --notes "Sent" --if-version $((V - 1))
expect_rc 4
expect_err "$REF was changed by $(id -un)"
expect_err "nothing was saved"
expect_unchanged before
ok session edit "$REF" 1 --notes "I tid" --if-version "$V"

# Bad values are refused and the file stays as it was.
snapshot before
run session edit "$REF" 1 --date 2026-13-01
expect_rc 2
expect_err "2026-13-01"
expect_unchanged before
run feedback edit "$REF" 1 --date 2026-02-30
expect_rc 2
expect_unchanged before
run contribution edit "$REF" 1 --channel brevduva
expect_rc 2
expect_unchanged before
run session edit "$REF" 1 --method Tarotkort
expect_rc 2
expect_unchanged before

# Usage: nothing to change, no number.
run session edit "$REF" 1
expect_rc 1
run feedback edit "$REF"
expect_rc 1
expect_err "which feedback?"

# A count beyond any session is refused and the register stays usable.
run session add "$REF" --date 2026-05-02 --participants 9223372036854775807
expect_rc 2
expect_err "more than one session can count"
ok list
exit 0
