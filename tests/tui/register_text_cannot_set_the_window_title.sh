#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Text from the register never reaches the terminal raw: a contribution
# and a title holding the escape sequence that sets the window title
# (ESC ] 0 ; ... BEL), a bidi override and a C1 control are shown as
# visible placeholders, and the pane's title stays what it was.
. "$(dirname "$0")/lib.sh"
need sqlite3 sqlite3

REF=MD-2026-014
sqlite3 "$DB" "UPDATE contributions SET text = 'hej' || char(27) ||
    ']0;pwned' || char(7) || 'då' WHERE id = (SELECT min(c.id) FROM
    contributions c JOIN dialogues d ON d.id = c.dialogue_id
    WHERE d.ref = '$REF');
    UPDATE dialogues SET title = 'Ungdomens' || char(27) || ']2;owned' ||
    char(7) || ' hus ' || char(8238) || 'xet' || char(155) || 'y'
    WHERE ref = '$REF'" || fail "sqlite3 cannot change the register"

start
wait_for "MD-2026-001"
TITLE=$(pane '#{pane_title}')
case $TITLE in
*owned*|*pwned*) fail "the pane title is already '$TITLE'" ;;
esac
select_ref "$REF"
# the title in the list: ESC as ^[, BEL as ^G
wait_for "Ungdomens^[]2"
keys Enter
wait_for "Ungdomens^[]2;owned^G hus <U+202E>xet"
# down to the contributions
keys ']' ']' ']' ']'
keys ']'
wait_for "hej^[]0;pwned^Gdå"
[ "$(pane '#{pane_title}')" = "$TITLE" ] ||
    fail "the pane title changed to '$(pane '#{pane_title}')'"
# the raw bytes never came through: no ESC ] in what tmux holds
tmx capture-pane -p -e -t "$SESSION" >"$T/sgr"
! grep -q "$(printf '\033')]" "$T/sgr" || fail "an OSC reached the pane"
exit 0
