#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every CSV the program writes shows control characters as the text
# outputs do: a register changed behind the program's back (sqlite3) holds
# ESC, BEL, a C1 control and a bidi override in a title, a body, a session
# and a contribution; list, show, overview, followup, export and
# export-contributions as CSV hold none of them raw but "^[", "^G", U+FFFD
# and "<U+202E>". The JSON backup stays lossless.
. "$(dirname "$0")/lib.sh"
need python3 python3

REF=$(new_dialogue) || exit 1
ok contribution add "$REF" --text "Bra idé" --themes "ljus"
ok session add "$REF" --date 2026-04-01 --place "Skolan" --participants 3
sql "UPDATE dialogues SET title = 'A' || char(27) || '[31mRED' ||
    char(7) || char(155) || 'x' || char(8238) || 'y',
    purpose = 'rad ett' || char(10) || 'rad' || char(9) || 'två'
    WHERE ref = '$REF'"
sql "UPDATE items SET name = 'KFN' || char(27) || ']0;t' || char(7)
    WHERE field = 'bodies'"
sql "UPDATE contributions SET text = 'hej' || char(27) || '[2J' ||
    char(133) || char(8238), themes = char(7) || 'ljus'"

ESC=$(printf '\033')
BEL=$(printf '\007')
C1=$(printf '\302\233')
NEL=$(printf '\302\205')
RLO=$(printf '\342\200\256')

# clean FILE WHAT: FILE holds none of the raw characters.
clean() {
	for b in "$ESC" "$BEL" "$C1" "$NEL" "$RLO"; do
		! grep -q "$b" "$1" ||
		    fail "$2: a raw control character is in the CSV"
	done
}

ok list --format csv
clean "$T/out" "list"
expect_out "A^[[31mRED^G�x<U+202E>y"
# several-line text keeps its line break and tab, inside quotes
python3 - "$T/out" <<'PY' || fail "list CSV does not keep the lines"
import csv, io, sys
rows = list(csv.DictReader(io.open(sys.argv[1], encoding="utf-8-sig",
    newline="")))
assert rows[0]["purpose"] == "rad ett\nrad\ttvå", repr(rows[0]["purpose"])
assert rows[0]["bodies"] == "KFN^[]0;t^G", repr(rows[0]["bodies"])
PY
ok show "$REF" --format csv
clean "$T/out" "show"
expect_out "A^[[31mRED^G�x<U+202E>y"
ok overview --format csv
clean "$T/out" "overview"
expect_out "KFN^[]0;t^G"
ok followup --year 2026 --format csv
clean "$T/out" "followup"
expect_out "A^[[31mRED^G�x<U+202E>y"
ok export
clean "$T/out" "export"
expect_out "A^[[31mRED^G�x<U+202E>y"
ok export --encoding windows-1252 --replace
clean "$T/out" "export in Windows-1252"
ok export-contributions "$REF"
clean "$T/out" "export-contributions"
expect_out "hej^[[2J�<U+202E>"
expect_out "^Gljus"

# The JSON backup is not CSV: it keeps every character as it is.
ok export-json -o "$T/backup.json"
python3 - "$T/backup.json" <<'PY' || fail "the JSON backup lost characters"
import json, sys
def strings(v):
    if isinstance(v, dict):
        for x in v.values():
            yield from strings(x)
    elif isinstance(v, list):
        for x in v:
            yield from strings(x)
    elif isinstance(v, str):
        yield v
s = set(strings(json.load(open(sys.argv[1], encoding="utf-8"))))
assert "A\x1b[31mRED\x07\x9bx\u202ey" in s, "title"
assert "hej\x1b[2J\x85\u202e" in s, "contribution"
PY
exit 0
