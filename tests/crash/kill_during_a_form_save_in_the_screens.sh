#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# kill -9 at random moments after Ctrl-S in the dialogue's form in the
# screens (tmux): after the next open the register passes integrity_check,
# holds exactly the state before or the state after the save, and no
# temporary file is left. Fewer runs than the command line's test
# (kill_at_random_moments_leaves_before_or_after): each one starts the
# screens and types the form.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../tui/lib.sh"
. "$HERE/../tui/modal.sh"

RUNS=10
check() {
	python3 "$HERE/crashcheck.py" "$@" || fail "after run $run"
}

ref=$(new_dialogue "Skatepark i Skärhamn")
cp "$DB" "$T/before.db"
check dump "$DB" "$T/before.dump"

# edit: open the form of $ref, change the title and the question.
edit() {
	start LC_ALL=C.UTF-8 LANG=C.UTF-8
	wait_for "33 dialogues"
	open_view "$ref"
	keys e
	wait_for "Edit $ref"
	keys Tab
	cursor_on "Title"
	keys C-u
	type_text "Skatepark vid ån i Skärhamn"
	keys Tab
	cursor_on "Question"
	keys C-u
	type_text "Var ska skateparken ligga, och vilka ramper vill ni ha?"
	wait_for "vilka ramper"
}

# restore: the register as before the save, with no journal.
restore() {
	rm -f "$DB" "$DB-wal" "$DB-shm"
	cp "$T/before.db" "$DB"
}

# The state after: a save that ends.
run=0
edit
keys C-s
wait_for "$ref is saved (version 2)."
kill -KILL "$(program_pid)"
expect_gone
dlg list >/dev/null || fail "the register cannot be opened"
check dump "$DB" "$T/after.dump"
cmp -s "$T/before.dump" "$T/after.dump" && fail "the save changed nothing"

before=0
after=0
run=1
while [ "$run" -le "$RUNS" ]; do
	restore
	# A moment within the save: it takes a few milliseconds.
	delay=$(python3 -c 'import random; print(random.uniform(0, 0.012))')
	edit
	pid=$(program_pid)
	keys C-s
	sleep "$delay"
	kill -KILL "$pid"
	expect_gone
	dlg list >/dev/null || fail "run $run: the register cannot be opened"
	check leftovers "$T"
	check integrity "$DB"
	check dump "$DB" "$T/now.dump"
	if cmp -s "$T/now.dump" "$T/before.dump"; then
		before=$((before + 1))
	elif cmp -s "$T/now.dump" "$T/after.dump"; then
		after=$((after + 1))
	else
		fail "run $run: the register is neither as before nor as after"
	fi
	run=$((run + 1))
done
echo "$RUNS runs: $before killed before the commit, $after after it"
exit 0
