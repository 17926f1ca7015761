#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# At 80x24 nothing the user needs is cut: on a register of more than
# 10 000 dialogues (references MD-2026-NNNNN) the reference column is as
# wide as the longest reference, so neighbouring rows stay distinct; a
# message longer than the bottom row wraps over more rows, shown whole,
# and the list comes back whole with the next key; so does a yes/no
# question.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"

DB="$T/big.db"
dlg demo --size 10050 >"$T/big.out" 2>&1 ||
    fail "dialogreg demo --size failed: $(cat "$T/big.out")"
start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "10050 dialogues"
wait_line "^ MD-2026-001   "
keys G
wait_line "^ MD-2026-10050 "
wait_line "^ MD-2026-10049 "
expect_not "MD-2026-1004…"
expect_not "MD-2026-1005…"

# A search nothing matches: the message names the whole text.
word=Qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjkl
keys /
type_text "$word"
keys Enter
wait_for "No dialogue matches"
wait_for "'$word'"
expect_not "…'"
# The next key takes the message away and the rows are back.
keys k
wait_gone "No dialogue matches"
wait_line "^ MD-2026-10049 "
wait_line "^ MD-2026-10031 "

# A question naming a long file name: whole, the answer letters at its end.
long="$T/en-mycket-lang-katalog-for-utskrifter-av-sammanfattningar"
mkdir -p "$long" || fail "cannot make $long"
: >"$long/summary.txt"
keys Enter
wait_line "^ MD-2026-10049  "
keys p
wait_for "Print preview of MD-2026-10049"
keys w
wait_for "Save as (.pdf or .txt):"
keys C-u
type_text "$long/summary.txt"
keys Enter
wait_line "^The file"
wait_for "/en-mycket-lang-katalog-for-utskrifter-av-sammanfattn"
wait_for "summary.txt' exists. Replace it? [y/n]"
keys y
wait_for "Saved MD-2026-10049 as text"
wait_for "summary.txt'."
[ -s "$long/summary.txt" ] || fail "the file was not replaced"
exit 0
