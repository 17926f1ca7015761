#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The screens opening a new register (made by them, no dialogue, no
# policy chosen) ask once which policy the municipality follows, one
# line each on what it means. Choosing Tjörn's stores policy=tjorn with
# its history row; the list then says "Invånardialoger" and is not asked
# again, and a new dialogue's questions use its word; P shows the
# policy and changes it. Esc leaves both policies and
# stores nothing. The demo register, which stores one, is not asked, and
# a change there is confirmed first. In Swedish.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
need sqlite3 sqlite3

# history_of_policy: the stored changes of the policy, "old>new" a line.
history_of_policy() {
	sqlite3 "$DB" "SELECT coalesce(old_value, '') || '>' || new_value
	    FROM history WHERE field = 'setting:policy' ORDER BY id"
}

# The demo stores "combined": straight to the list.
start
wait_for "MD-2026-001"
wait_line "^ Medborgardialoger – "
expect_not "vilken policy"
# P: the policy shown; a change of a register with dialogues is asked.
keys P
wait_for "Registrets policy"
wait_for "Registret följer nu båda policyerna (Tjörns och Sollentunas)."
wait_for "1  Tjörns policy: berörs flera nämnder beslutar kommunfullmäktige"
wait_for "> 3  Båda (kombinerat): alla regler i båda policyerna"
keys 1
wait_for "Ska registret följa Tjörns policy från och med nu?"
keys n
wait_for "Ingenting ändrades."
[ "$(dlg config policy)" = combined ] || fail "the policy changed on no"
stop

# A new register.
rm -f "$DB"
start
wait_for "Nytt register: vilken policy följer kommunen?"
wait_for "kräver (”ska”) stoppar steget tills det finns på plats"
wait_for "1  Tjörns policy: berörs flera nämnder beslutar kommunfullmäktige"
wait_for "2  Sollentunas regler: nämnden beslutar efter ja på två frågor"
wait_for "3  Båda (kombinerat): alla regler i båda policyerna"
keys Escape
wait_for "Registret följer båda policyerna; byt med P i registerlistan."
wait_for "Registret är tomt"
[ -z "$(history_of_policy)" ] || fail "Esc stored a policy: $(history_of_policy)"
[ "$(dlg config policy)" = combined ] || fail "Esc did not leave both"
stop

# Not chosen yet: asked again; Tjörn's policy this time.
start
wait_for "Nytt register: vilken policy följer kommunen?"
keys 1
wait_line "^ Invånardialoger – $DB"
wait_for "Registret följer nu Tjörns policy: Policy för invånardialog"
[ "$(dlg config policy)" = tjorn ] ||
    fail "the policy is '$(dlg config policy)', not tjorn"
[ "$(history_of_policy)" = "combined>tjorn" ] ||
    fail "the history of the policy is '$(history_of_policy)'"
# A new dialogue's questions speak as Tjörn's policy does.
keys a
wait_for "Fråga 1 av 2"
expect_not "Sollentunas regler"
keys n
wait_for "De förtroendevalda behöver inte invånarnas syn: ingen invånardialog"
wait_for "Utan det behovet är det ingen invånardialog."
expect_not "[S:"
keys 1
wait_for "Registret är tomt"
stop

# Chosen: not asked again, and P changes it (no dialogue to confirm).
start
wait_line "^ Invånardialoger – "
expect_not "vilken policy"
keys '?'
wait_for "Hjälp: Registerlista"
text=$(pages_text)
expect_in "$text" "P Den policy registret följer: se den och byt den"
expect_in "$text" "Registret följer Tjörns policy (Policy för invånardialog, KF 2018-03-28 § 48); byt med P."
keys q
keys P
wait_for "Registrets policy"
wait_for "Registret följer nu Tjörns policy"
wait_for "> 1  Tjörns policy"
keys Down Enter
wait_line "^ Medborgardialoger – "
wait_for "Registret följer nu Sollentunas regler: Regler för medborgardialog"
[ "$(dlg config policy)" = sollentuna ] || fail "P did not store sollentuna"
[ "$(history_of_policy | tail -n 1)" = "tjorn>sollentuna" ] ||
    fail "the change is not in the history: $(history_of_policy)"
exit 0
