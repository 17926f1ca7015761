#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# What is typed is what is stored. 200 texts made by corpus.py (å ä ö,
# words longer than the field, lines as wide as the field and one more,
# leading and trailing spaces, blank lines, CJK, combining marks,
# right-to-left script, emoji, long texts) are typed with send-keys -l
# into a new contribution and into the dialogue's question, saved, and
# read back with the command line's JSON: byte for byte the same. Then
# each text is stored with the command line, opened in the form and
# saved unchanged: the register is untouched (.dump identical, no
# history row); then one word in the middle is changed with the
# editor's keys: only that word differs.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"
need sqlite3 sqlite3

N=${CORPUS_SIZE:-200}
python3 "$HERE/corpus.py" "$T/corpus" "$N" || fail "corpus.py failed"
EX="python3 $HERE/exact.py"

# wait_long TEXT: as wait_for, for up to 60 s (the longest texts).
wait_long() {
	W=$1
	i=0
	while ! on_screen "$W"; do
		i=$((i + 1))
		[ "$i" -lt 1200 ] || fail "the screen never showed: $1"
		sleep 0.05
	done
}
# in_question: the cursor is in the question's box (the rows from its
# label down to the next field's), so the keys go to the question.
in_question() {
	poll 'screen >/dev/null; y=$(($(pane "#{cursor_y}") + 1));
	    q=$(grep -n "^ Frågeställning " "$SCREEN" | cut -d: -f1);
	    p=$(grep -n "^ Syfte " "$SCREEN" | cut -d: -f1);
	    [ -n "$q" ] && [ -n "$p" ] && [ "$y" -ge "$q" ] &&
	    [ "$y" -lt "$p" ]' ||
	    fail "the cursor is not in the question (row $(pane '#{cursor_y}'))"
}
# type_file FILE: the file's bytes, typed (trailing line breaks too).
type_file() {
	txt=$(cat "$1"; printf x)
	type_text "${txt%x}"
}

ref=$(new_dialogue "Lekplats i Åkerby")
start
wait_for "33 dialoger"
open_view "$ref"

# 1. Each text typed into a new contribution.
keys c
wait_for "Synpunkter i $ref"
for f in "$T"/corpus/*.txt; do
	keys a
	wait_for "Ny synpunkt i $ref"
	type_file "$f"
	keys C-s
	wait_long "har lagts till i $ref."
	# The message of the save before may still show: the form closed
	# is what says this save is done.
	wait_gone "Ny synpunkt i $ref"
done
dlg contribution list "$ref" --format json >"$T/c.json" ||
    fail "contribution list failed"
$EX list "$T/c.json" text "$T"/corpus/*.txt ||
    fail "the contributions were not stored as typed"
keys q
wait_line "^ $ref  "

# 2. Each text typed into the question, over what was there.
v=$(dlg show "$ref" --format json | python3 -c \
    'import json, sys; print(json.load(sys.stdin)["version"])')
for f in "$T"/corpus/*.txt; do
	keys e
	wait_for "Redigera $ref"
	keys Tab Tab
	in_question
	keys C-u
	wait_line "^ Frågeställning +│ *$"
	type_file "$f"
	keys C-s
	v=$((v + 1))
	wait_long "$ref är sparad (version $v)."
done
dlg history "$ref" --format json >"$T/h.json" || fail "history failed"
$EX history "$T/h.json" question "$T"/corpus/*.txt ||
    fail "the questions were not stored as typed"

# 3. Stored by the command line, saved unchanged, then one word changed.
$EX words "$T/corpus" || fail "exact.py words failed"
for f in "$T"/corpus/*.txt; do
	txt=$(cat "$f"; printf x)
	dlg set "$ref" "question=${txt%x}" >/dev/null ||
	    fail "set question=$(basename "$f") failed"
	v=$((v + 1))
	sqlite3 "$DB" .dump >"$T/before.sql"
	keys e
	wait_for "Redigera $ref"
	keys C-s
	wait_for "Ingenting ändrades, så ingenting sparades."
	sqlite3 "$DB" .dump >"$T/after.sql"
	cmp -s "$T/before.sql" "$T/after.sql" ||
	    fail "saving $(basename "$f") unchanged changed the register:" \
	    "$(diff "$T/before.sql" "$T/after.sql" | head -n 5)"

	set -- $(cat "${f%.txt}.keys")
	keys e
	wait_for "Redigera $ref"
	keys Tab Tab
	in_question
	[ "$1" -gt 0 ] && tmx send-keys -t "$SESSION" -N "$1" Left
	tmx send-keys -t "$SESSION" -N "$2" BSpace
	type_text "ÄNDRAT"
	keys C-s
	v=$((v + 1))
	wait_long "$ref är sparad (version $v)."
done
# The question's history: each text as the command line set it, then
# as the form saved it with one word changed (the unchanged saves wrote
# nothing, as the .dump showed).
dlg history "$ref" --format json >"$T/h.json" || fail "history failed"
$EX history "$T/h.json" question $(for f in "$T"/corpus/*.txt; do
	printf '%s %s\n' "$f" "${f%.txt}.want"; done) ||
    fail "saving unchanged or changing one word did not store exactly"

keys q
wait_for "33 dialoger"
keys q
expect_gone
echo "ok: $N texts typed, stored and read back exactly"
