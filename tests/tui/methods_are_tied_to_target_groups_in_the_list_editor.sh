#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A method is tied to the target groups it is meant to reach, with a
# short motivation [T4][S:Metod], in the list editor: the methods' list
# has the columns Metod, Målgrupper and Motivering; the groups are picked
# from the dialogue's own target groups (one typed in the same form and
# not saved yet among them), the motivation is typed. A group the
# dialogue does not have is refused under the field, naming the
# dialogue's groups, and the form is not saved until it is put right.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

# wait_text TEXT: the screen shows TEXT, also when it wraps over rows.
joined() {
	screen | sed 's/^ *//; s/ *$//' | tr '\n' ' ' | grep -qF -- "$W"
}
wait_text() {
	W=$1
	poll joined || fail "the screen never showed (joined): $1"
}

ref=$(new_dialogue "Torget i Åby")
dlg set "$ref" target_groups="Unga 13–19 år (ålder, språk)" \
    >"$T/set.out" 2>&1 || fail "cannot set the target groups: $(cat "$T/set.out")"
start
wait_for "33 dialoger"
open_view "$ref"
keys e
wait_for "Redigera $ref"
keys NPage NPage NPage
wait_for "Sida 4 av 6: Planering"
cursor_on "Målgrupper"
# A second target group, in the form only.
list_add "Boende i Åby (tillgänglighet)"
wait_line "^ Målgrupper +•Unga 13–19 år \(ålder, språk\)"
keys Tab
cursor_on "Metoder"
keys Enter
wait_for "Listan är tom"
wait_line "^ +Metod +Målgrupper +Motivering"

# The method from the catalogue, both groups picked, the motivation typed.
keys a
wait_for "Ny post: Metoder"
keys Enter
menu_to "Enkät"
keys Enter
wait_line "^ Metod +Enkät"
keys Tab
wait_for "De målgrupper metoden ska nå: Enter eller Ctrl-P väljer bland dialogens"
keys Enter
menu_to "Unga 13–19 år"
keys Space
menu_to "Boende i Åby"
keys Space
keys Enter
wait_line "^ Målgrupper +Unga 13–19 år, Boende i Åby"
keys Tab
wait_for "Kort om varför metoden passar de här målgrupperna"
type_text "når dem via skolorna"
keys C-s
wait_line "^ > Enkät +Unga 13–19 år, Boende i Åby +når dem via skolorna"
wait_for "Målgrupper: Unga 13–19 år, Boende i Åby"
wait_for "Motivering: når dem via skolorna"

# A ':' in the groups would start the motivation: refused there.
keys a
type_text "Open space"
keys Tab
type_text "Äldre: kvällar"
keys C-s
wait_for "Målgrupperna kan inte innehålla ':'"
# A group the dialogue does not have, typed: the list takes it, the
# form refuses it under the field and does not save.
keys C-u
type_text "Äldre"
keys Tab
type_text "flera kvällsträffar"
keys C-s
wait_line "^ > Open space +Äldre +flera kvällsträffar"
keys q
wait_text "Metoder: metoden ”Open space” ska nå målgruppen ”Äldre”, som inte är en av dialogens målgrupper (Unga 13–19 år; Boende i Åby)"
keys C-s
wait_text "Inte sparat: 1 fält behöver ändras"
[ "$(field "$ref" methods)" = "" ] || fail "a refused tie was saved"

# Put right: the row changed to a group of the dialogue's.
cursor_on "Metoder"
keys Enter
wait_line "^ > Enkät"
keys j
wait_line "^ > Open space"
keys Enter
wait_for "Ändra post: Metoder"
keys Tab
wait_line "^ Målgrupper +Äldre"
keys C-u Enter
menu_to "Boende i Åby"
keys Space Enter
wait_line "^ Målgrupper +Boende i Åby"
keys C-s
wait_line "^ > Open space +Boende i Åby +flera kvällsträffar"
keys q
wait_line "^ Metoder +•Enkät \(Unga 13–19 år, Boende i Åby: når dem via"
keys C-s
wait_for "$ref är sparad"
expect_field "$ref" target_groups \
    "Unga 13–19 år (ålder, språk); Boende i Åby (tillgänglighet)"
expect_field "$ref" methods "Enkät (Unga 13–19 år, Boende i Åby: når dem via skolorna); Open space (Boende i Åby: flera kvällsträffar)"
keys q
wait_for "33 dialoger"
keys q
expect_gone
echo "ok: methods are tied to target groups in the list editor"
