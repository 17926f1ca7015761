#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A list field is edited as a list: one item a row, the note (the target
# group's considerations) in a column of its own, add, change, move and
# remove with keys, the catalogue's methods picked from a menu; no "a;
# b (note)" syntax to learn, and what the syntax cannot hold is refused
# with a reason. The form shows each field's kind, and Enter in a
# one-line field stays in it and says so, so nothing typed after it
# lands in another field.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

ref=$(new_dialogue "Utegym vid Lövstabadet")
start
wait_for "33 dialoger"
open_view "$ref"
keys e
wait_for "Redigera $ref"

# Enter in a one-line field: refused there, the cursor stays.
keys Tab
cursor_on "Rubrik"
wait_for "En rad fritext"
keys Enter
wait_for "Fältet rymmer en rad. Tab går till nästa fält; Ctrl-S sparar."
type_text " och Åvallen"
wait_line "^ Rubrik +Utegym vid Lövstabadet och Åvallen"
cursor_on "Rubrik"

# The plan: target groups as a list.
keys NPage NPage NPage
wait_for "Sida 4 av 6: Planering"
cursor_on "Målgrupper"
wait_line "^ Målgrupper +.\\(inga\\)"
wait_for "En lista, en post per rad: Enter öppnar den"
type_text "x"
wait_for "En lista ändras i en egen vy: Enter öppnar den."
keys Enter
wait_for "Listan är tom: a lägger till en post."
wait_line "^ +Målgrupp +Hänsyn"
keys a
wait_for "Ny post: Målgrupper"
type_text "Unga 13–19 år"
keys Tab
wait_for "Vad som krävs för att nå gruppen: ålder, språk"
type_text "ålder; språk"
keys C-s
wait_for "En post kan inte innehålla ';': lägg till varje post på en egen rad."
keys C-u
type_text "ålder, språk"
keys C-s
wait_line "^ > Unga 13–19 år +ålder, språk"
keys a
wait_for "Ny post: Målgrupper"
type_text "Företagare i Skärhamn"
keys C-s
wait_line "^ > Företagare i Skärhamn"
keys a
type_text "unga 13–19 år"
keys C-s
wait_for "Posten finns redan i listan; ta bara med varje post en gång."
keys Escape
wait_for "Vill du stänga det utan att spara?"
keys j
wait_line "^ > Företagare i Skärhamn"
# Move it above, change it, then remove it.
keys K
wait_line "^ > Företagare i Skärhamn"
[ "$(screen | grep -n 'Företagare i Skärhamn' | head -n 1 | cut -d: -f1)" -lt \
    "$(screen | grep -n 'Unga 13–19 år' | head -n 1 | cut -d: -f1)" ] ||
    fail "K did not move the item up"
keys Enter
wait_for "Ändra post: Målgrupper"
keys C-u
type_text "Företagare i Skärhamns hamn"
keys C-s
wait_line "^ > Företagare i Skärhamns hamn"
keys d
wait_for "Ta bort 'Företagare i Skärhamns hamn' ur listan?"
keys j
wait_gone "Företagare i Skärhamns hamn"
keys q
wait_line "^ Målgrupper +•Unga 13–19 år \(ålder, språk\)"

# Methods: picked from the catalogue's menu in the item's form.
keys Tab
cursor_on "Metoder"
keys Enter
wait_for "Listan är tom"
keys a
wait_for "Ny post: Metoder"
wait_for "välj ett känt med Enter eller Ctrl-P"
keys Enter
menu_to "Fokusgrupp"
keys Enter
wait_line "^ Metod +Fokusgrupp"
keys C-s
wait_line "^ > Fokusgrupp"
keys q
wait_line "^ Metoder +•Fokusgrupp"

# A date says how it is written.
keys Tab Tab Tab Tab
cursor_on "Planerad start"
wait_for "Ett datum, skrivet ÅÅÅÅ-MM-DD (2026-11-24)"

keys C-s
wait_for "$ref är sparad"
expect_field "$ref" title "Utegym vid Lövstabadet och Åvallen"
expect_field "$ref" target_groups "Unga 13–19 år (ålder, språk)"
expect_field "$ref" methods "Fokusgrupp"
keys q
wait_for "33 dialoger"
keys q
expect_gone
echo "ok: lists are edited one item a row"
