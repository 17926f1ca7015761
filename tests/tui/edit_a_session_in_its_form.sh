#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# e in the sessions list opens the session's form filled with the row;
# what is typed (å, ä and ö too, and a start time as Swedish writes it)
# is saved through the store and shows in the list and on the command
# line. A change by someone else meanwhile is
# refused with the store's message, the typed values stay, and saving
# again stores them.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

ref=$(new_dialogue "Skatepark i Skärhamn")
dlg session add "$ref" --date 2026-04-20 --place "Skolan" \
    --politicians "Anna Berg" --participants 12 >/dev/null ||
    fail "could not add a session"
id=$(dlg session list "$ref" --format csv | tail -n 1 | cut -d, -f1)

start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "33 dialogues"
open_view "$ref"
keys m
wait_for "Sessions of $ref"
wait_line "^> +$id 2026-04-20 Skolan"
keys ?
wait_for "Change the selected session in the form"
keys q
wait_for "Sessions of $ref"
wait_for "e Edit"

# The form holds the row; the session gets its start time after the
# date, and the place becomes one with å, ä and ö.
keys e
wait_for "Session $id of $ref"
wait_line "^ Place or channel +Skolan"
keys Tab
cursor_on "Start time"
wait_for "A time of day, written HH:MM"
type_text "18.30"
# An end before the start is refused under the end, and kept to change.
keys Tab
type_text "17:00"
keys Tab
wait_for "End time 17:00 is before start time 18:30"
keys BTab
cursor_on "End time"
keys C-u
keys Tab
cursor_on "Place or channel"
keys C-u
type_text "Åsa ängar på Öckerö"
keys C-s
wait_line "^Session $id of $ref is saved\."
wait_line "^> +$id 2026-04-20 18:30 +Åsa ängar på Öckerö +12"
dlg show "$ref" --format json >"$T/show.json" || fail "show failed"
python3 - "$T/show.json" <<'PY' || fail "the place is not stored"
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))["sessions"]
assert [x["place"] for x in s] == ["Åsa ängar på Öckerö"], s
assert s[0]["participants"] == 12 and s[0]["date"] == "2026-04-20", s
assert s[0]["time_start"] == "18:30" and s[0]["time_end"] is None, s
PY
dlg history "$ref" --format csv >"$T/h.csv"
grep -qF "session $id place,Skolan,Åsa ängar på Öckerö" "$T/h.csv" ||
    fail "the history lacks the change: $(cat "$T/h.csv")"

# Someone else changes the dialogue while the form is open.
keys e
wait_for "Session $id of $ref"
dlg session edit "$ref" "$id" --notes "Från en kollega" >/dev/null ||
    fail "the other change failed"
keys Tab Tab Tab
keys C-u
type_text "Ängön"
keys C-s
wait_for "was changed by"
wait_for "Your values are kept"
wait_line "^ Place or channel +Ängön"
keys C-s
wait_line "^Session $id of $ref is saved\."
wait_line "^> +$id 2026-04-20 18:30 +Ängön"
dlg session list "$ref" --format csv >"$T/s.csv"
grep -qF "Ängön" "$T/s.csv" || fail "the second save was lost"
grep -qF "Från en kollega" "$T/s.csv" || fail "the other change was lost"
exit 0
