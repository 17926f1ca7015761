#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# I shows the same preview as --dry-run, in Swedish in Swedish mode: each
# column's role, the channel values the register does not know with their
# counts and what they become. Before importing, '-' leaves a column out
# and '=' maps an unknown value to a channel; the preview shows the
# change and the import follows it. Nothing is written before yes.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

ref=$(new_dialogue "Badplats vid Pater Noster")
printf 'Svar;Kanal;Tema\r\n%s\r\n%s\r\n%s\r\n' \
    'Fler bryggor;Telefon;bad' 'Bättre parkering;telefon;trafik' \
    'Livräddare på sommaren;Mässa;trygghet' >"$T/kanal.csv"

start
wait_for "33 dialoger"
open_view "$ref"
keys c
wait_for "Inga synpunkter ännu."
keys I
wait_for "CSV-fil att importera:"
type_text "$T/kanal.csv"
keys Enter
wait_for "Skulle importera 3 synpunkter till $ref från kanal.csv."
wait_for "kolumn 1 ”Svar”: text"
wait_for "kolumn 2 ”Kanal”: kanal"
wait_for "kolumn 3 ”Tema”: tema"
wait_for "”Telefon”: 2 rader, sparas som annan med sin text"
wait_for "”Mässa”: 1 rad, sparas som annan med sin text"
wait_for "Importera 3 synpunkter till $ref? [j/n]"

# = maps Telefon to a letter.
keys =
wait_for "Kanalvärde att koppla (som i filen):"
keys C-u
type_text "Telefon"
keys Enter
wait_for "Kanal för ”Telefon”"
type_text "brev"
keys Enter
wait_for "”Telefon”: 2 rader, blir brev"
wait_for "”Mässa”: 1 rad, sparas som annan med sin text"

# - leaves the theme column out.
keys -
wait_for "Kolumn att lämna utanför (nummer):"
type_text "3"
keys Enter
wait_for "kolumn 3 ”Tema”: importeras inte"
[ "$(dlg contribution list "$ref" --format csv | tail -n +2 | wc -l)" = 0 ] ||
    fail "the preview wrote contributions"

keys j
wait_for "Importerade 3 synpunkter till $ref från kanal.csv."
keys Enter
wait_for "Fler bryggor"
dlg contribution list "$ref" --format json >"$T/got.json"
grep -q '"channel": "letter"' "$T/got.json" ||
    fail "Telefon was not mapped to letter: $(cat "$T/got.json")"
grep -q '"channel_text": "Mässa"' "$T/got.json" ||
    fail "Mässa was not kept as other"
! grep -q '"themes": "bad"' "$T/got.json" ||
    fail "the theme column was not left out"
exit 0
