#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A method not in the catalogue, typed in the dialogue's form: the screens
# never point to the command line; the message under the field says that
# saving offers to add it, and saving offers the steps of the ladder. Not
# adding it keeps the form and stores nothing; adding it stores the
# method in the catalogue at the chosen step and saves the dialogue.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

ref=$(new_dialogue "Skatepark i Skärhamn")
start
wait_for "33 dialoger"
open_view "$ref"
keys e
wait_for "Redigera $ref"
n=0
until cursor_line | grep -q "^ Metoder "; do
	[ "$n" -lt 60 ] || fail "the form has no field Metoder"
	# each Tab moves the cursor or scrolls: wait until it did
	W="$(pane '#{cursor_y}')$(screen)"
	keys Tab
	poll '[ "$(pane "#{cursor_y}")$(screen)" != "$W" ]' ||
	    fail "Tab did not move to the next field"
	n=$((n + 1))
done
# A list: each method an item of its own in the list editor.
list_add "Open space" "Pizzakväll"
wait_for "Metoder: metoden ”Pizzakväll” finns inte i"
wait_for "spara: då erbjuds du att lägga till den i"
expect_not "dialogreg"

# Saving offers the catalogue; not adding it keeps the form.
keys C-s
wait_for "”Pizzakväll” finns inte i metodkatalogen"
wait_for "Lägg till den i steg 3. Dialog"
expect_not "dialogreg"
menu_to "Lägg inte till den"
keys Enter
wait_for "Inte sparat"
expect_not "dialogreg"
expect_field "$ref" methods ""
dlg method list >"$T/methods" || fail "method list failed"
! grep -q "Pizzakväll" "$T/methods" || fail "a declined method was stored"

# Saving again and choosing a step adds it and saves the dialogue.
keys C-s
wait_for "Lägg till den i steg 3. Dialog"
menu_to "Lägg till den i steg 3. Dialog"
keys Enter
wait_line "^ $ref  "
expect_field "$ref" methods "Open space; Pizzakväll"
dlg method list >"$T/methods" || fail "method list failed"
grep -Eq "^Pizzakväll +3 " "$T/methods" ||
    fail "the method is not in the catalogue at step 3: $(cat "$T/methods")"
exit 0
