#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# With the register's list of bodies in use (the demo fills it), the
# dialogue's form offers its bodies in the menus: the deciding body
# comes first (two bodies concerned: the council [T5]) and is chosen
# there; a typed abbreviation is stored as the full name, and a name the
# list lacks is refused under its field. The list itself is kept in a
# screen of its own (B): a body added there is in the register.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

ref=$(new_dialogue "Trygg väg till Björkåsskolan" "SBN; BUN")
start
wait_for "33 dialoger"
select_ref "$ref"
keys e
wait_for "Redigera $ref"

# Page 3, the decision: the menu of the deciding body.
keys NPage NPage
wait_for "Sida 3 av 6: Beslut"
keys Tab
cursor_on "Genomförandet beslutat av"
wait_for "Ett organ ur registrets lista"
keys Enter
wait_for "(ingen)"
wait_for "Barn- och utbildningsnämnden (BUN)"
# The council first, after "(none)": two bodies are concerned [T5].
[ "$(grep -n "Kommunfullmäktige (KF)" "$SCREEN" | head -n 1 | cut -d: -f1)" \
    -lt "$(grep -n "Kommunstyrelsen (KS)" "$SCREEN" | head -n 1 |
    cut -d: -f1)" ] || fail "the deciding body is not first in the menu"
menu_to "Kommunfullmäktige (KF)"
keys Enter
wait_line "^ Genomförandet beslutat av +Kommunfullmäktige *$"

# Page 2: a gate answered by an abbreviation.
keys PPage
wait_for "Sida 2 av 6: Förutsättningar"
keys Tab
cursor_on "Förutsättning 1 bedömd av"
type_text "sbn"
keys Tab
expect_not "finns inte i registrets lista"

# Page 4: an office as process owner is no body of the list.
keys NPage NPage
wait_for "Sida 4 av 6: Planering"
i=0
while ! cursor_line | grep -qF "Processägare"; do
	keys Tab
	i=$((i + 1))
	[ "$i" -lt 30 ] || fail "no process owner on the plan's page"
	sleep 0.05
done
type_text "Kommunledningskontoret"
keys Tab
wait_for "Processägare: ”Kommunledningskontoret” finns inte"
keys C-s
wait_for "Inte sparat"
expect_field "$ref" decision_body ""

# Picked from the menu instead (the refusal put the cursor there).
cursor_on "Processägare"
keys Enter
menu_to "Samhällsbyggnadsnämnden (SBN)"
keys Enter
keys C-s
wait_for "$ref är sparad"
expect_field "$ref" decision_body "Kommunfullmäktige"
expect_field "$ref" need_views_by "Samhällsbyggnadsnämnden"
expect_field "$ref" process_owner "Samhällsbyggnadsnämnden"

# The list of bodies: B from the list of dialogues, a to add one.
wait_for "33 dialoger"
keys B
wait_for "Registrets organ"
wait_for "Kommunfullmäktige"
wait_for "bolagsstyrelse"
keys a
wait_for "Nytt organ"
type_text "Tekniska nämnden"
keys Tab
type_text "TN"
keys C-s
wait_for "Organet ”Tekniska nämnden” har lagts till."
wait_line "^> Tekniska nämnden +TN +nämnd +Ja"
dlg body list --format csv | grep -q "^Tekniska nämnden,TN,committee,yes" ||
    fail "the body added in the screens is not in the register"
# A body that dialogues name is not removed.
keys g
keys d
wait_for "Ta bort organet ”Kommunfullmäktige” ur listan?"
keys j
wait_for "kan inte tas bort"
keys q
wait_for "33 dialoger"
exit 0
