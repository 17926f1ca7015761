#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# What the start required keeps holding while the dialogue runs: emptying
# "Så används resultatet" in the form and saving is refused with the
# rule under the field and, as the notice, why and how to step back;
# every value typed stays in the form and nothing is stored. With the
# field written again, the same form saves the other change.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"
need sqlite3 sqlite3

ref=$(new_dialogue "Skatepark i Skärhamn")
walk_cli "$ref" running
start
wait_for "33 dialoger"
open_view "$ref"
keys e
wait_for "Redigera $ref"
keys NPage NPage NPage
wait_for "Sida 4 av 6: Planering"
# Financing, then the use of the result, on the plan's page.
for i in 1 2 3 4 5 6 7 8; do
	keys Tab
done
cursor_on "Finansiering"
keys C-u
type_text "Kulturbudgeten"
keys Tab
cursor_on "Så används resultatet"
keys C-u
wait_line "^ Så används resultatet +│ *$"

sqlite3 "$DB" .dump >"$T/before.dump" || fail "sqlite3 cannot dump"
keys C-s
wait_for "Ändringen kan inte sparas: dialogen har status Pågår, och steget"
wait_for "”starta”"
wait_for "tillbaka ett steg till Planerad, med en motivering."
wait_for "steg i vyn, med s (Byt status)."
# The rule, under its field, in the guard's own words.
wait_for "”Så används resultatet” saknas: skriv hur"
wait_for "resultatet hanteras och vad invånarna kan påverka"
# The form keeps what was typed: the new financing, the emptied field.
wait_line "^ +│Kulturbudgeten"
wait_line "^ Så används resultatet +│ *$"
cursor_on "Så används resultatet"
expect_not "är sparad"
sqlite3 "$DB" .dump >"$T/after.dump" || fail "sqlite3 cannot dump"
cmp -s "$T/before.dump" "$T/after.dump" ||
    fail "the register changed: $(diff "$T/before.dump" "$T/after.dump" |
    head -20)"
expect_field "$ref" result_use "Underlag till beslut"
expect_field "$ref" financing "Fritidsbudget"
[ "$(state_of "$ref")" = running ] || fail "$ref is no longer running"

# Saving again is refused again: the refusal does not wear off.
keys C-s
wait_for "Ändringen kan inte sparas"
expect_field "$ref" result_use "Underlag till beslut"

# Written again, the field no longer breaks the rule: the form saves.
type_text "Resultatet blir underlag till nämndens beslut."
keys C-s
wait_line "^$ref är sparad \(version [0-9]+\)\."
expect_field "$ref" financing "Kulturbudgeten"
expect_field "$ref" result_use "Resultatet blir underlag till nämndens beslut."
exit 0
