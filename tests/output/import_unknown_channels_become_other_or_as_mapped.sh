#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A "Kanal" column with values the register does not know never refuses
# the file: each is kept as written under the channel "other" (Swedish
# "annan"), counted in the dry run; --channel-map maps a value to a
# channel; --map channel=- leaves the column out. The text kept shows in
# the list and the printout and survives a JSON backup.
. "$(dirname "$0")/lib.sh"

locale -a 2>/dev/null | grep -qiE '^sv_SE\.utf-?8$' ||
    fail "the sv_SE.UTF-8 locale is missing: run ./dialogreg.sh once"
sv() { LC_ALL=sv_SE.UTF-8 run "$@"; }

printf '%s\r\n' 'Svar;Kanal' 'Ring mig;Telefon' 'Skriv till mig;telefon' \
    'Vid mässan;Mässa' 'På mötet;möte' 'Utan kanal;' >"$T/kanal.csv"

ref=$(new_dialogue "Kanaler")
ok import "$ref" "$T/kanal.csv" --dry-run
expect_out "Channel values the register does not know:"
expect_out "  'Telefon': 2 rows, kept as other with their text"
expect_out "  'Mässa': 1 row, kept as other with its text"
sv import "$ref" "$T/kanal.csv" --dry-run --channel-map Telefon=brev
expect_out "  ”Telefon”: 2 rader, blir brev"
expect_out "  ”Mässa”: 1 rad, sparas som annan med sin text"

ok import "$ref" "$T/kanal.csv"
expect_out "Imported 5 contributions into $ref"
ok contribution list "$ref" --format json
grep -q '"channel": "other", "channel_text": "Telefon"' "$T/out" ||
    grep -q '"channel_text": "Telefon"' "$T/out" ||
    fail "the channel's text was not kept: $(cat "$T/out")"
[ "$(sql "SELECT count(*) FROM contributions WHERE channel = 'other'")" = 3 ] ||
    fail "three rows should be under 'other'"
[ "$(sql "SELECT channel_text FROM contributions WHERE text = 'Vid mässan'")" \
    = "Mässa" ] || fail "'Mässa' is not kept as written"
[ "$(sql "SELECT channel FROM contributions WHERE text = 'Utan kanal'")" \
    = "survey" ] || fail "an empty channel is not the default"
ok contribution list "$ref"
expect_out "other (Telefon)"
sv contribution list "$ref"
expect_out "annan (Telefon)"
ok print "$ref" --format text --contributions
expect_out "other (Mässa)"

# The JSON backup keeps the text and restores it.
ok export-json -o "$T/backup.json"
grep -q '"channel_text": "Mässa"' "$T/backup.json" ||
    fail "the backup lacks the channel's text"
DIALOGREG_DB="$T/restored.db" run import-json "$T/backup.json"
[ "$RC" -eq 0 ] || fail "the backup does not restore: $(cat "$T/err")"
[ "$(sqlite3 "$T/restored.db" "SELECT channel_text FROM contributions \
WHERE text = 'Vid mässan'")" = "Mässa" ] ||
    fail "the restored register lost the channel's text"

ref=$(new_dialogue "Kanaler mappade")
ok import "$ref" "$T/kanal.csv" --channel-map 'Telefon=letter,Mässa=möte' --force
[ "$(sql "SELECT count(*) FROM contributions c JOIN dialogues d ON \
d.id = c.dialogue_id WHERE d.ref = '$ref' AND channel = 'letter' AND \
channel_text IS NULL")" = 2 ] || fail "--channel-map did not map Telefon"
[ "$(sql "SELECT count(*) FROM contributions c JOIN dialogues d ON \
d.id = c.dialogue_id WHERE d.ref = '$ref' AND channel = 'meeting'")" = 2 ] ||
    fail "--channel-map did not map Mässa"

ref=$(new_dialogue "Kanal utelämnad")
ok import "$ref" "$T/kanal.csv" --map channel=- --channel web --dry-run
expect_out "  column 2 'Kanal': not imported"
expect_out "Channel: web for every contribution."
ok import "$ref" "$T/kanal.csv" --map channel=- --channel web --force
[ "$(sql "SELECT count(*) FROM contributions c JOIN dialogues d ON \
d.id = c.dialogue_id WHERE d.ref = '$ref' AND channel = 'web'")" = 5 ] ||
    fail "--map channel=- did not leave the column out"

run import "$ref" "$T/kanal.csv" --channel-map Telefon=fax
expect_rc 1
expect_err "--channel-map: 'fax' is not a channel"
run import "$ref" "$T/kanal.csv" --map text=-
expect_rc 1
expect_err "--map: the text cannot be left out"
exit 0
