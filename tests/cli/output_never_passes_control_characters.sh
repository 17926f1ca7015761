#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Text from the register never reaches the terminal with control
# characters: a register changed behind the program's back (sqlite3) holds
# ESC, a C1 control and a byte that is not UTF-8; text output shows
# placeholders ("^[", U+FFFD), JSON escapes them and still parses, CSV
# shows the same placeholders.
. "$(dirname "$0")/lib.sh"
need python3 python3

REF=$(new_dialogue) || exit 1
ok contribution add "$REF" --text "Bra idé" --contact "anna@example.org"
sql "UPDATE dialogues SET title = 'A' || char(27) || '[31mRED' ||
    char(155) || 'x' || CAST(X'FF' AS TEXT) || char(7),
    purpose = 'rad ett' || char(10) || 'rad två' || char(27) || ']0;t'
    WHERE ref = '$REF'"
sql "UPDATE contributions SET text = 'hej' || char(27) || '[2J',
    themes = char(27) || 'c'"

ESC=$(printf '\033')
C1=$(printf '\302\233')
BEL=$(printf '\007')
FF=$(printf '\377')

# clean: the last output holds none of the raw bytes.
clean() {
	for b in "$ESC" "$C1" "$BEL" "$FF"; do
		! grep -q "$b" "$T/out" ||
		    fail "a raw control byte reached the terminal"
		! grep -q "$b" "$T/err" ||
		    fail "a raw control byte reached stderr"
	done
}

ok list
clean
expect_out "A^[[31mRED�x�^G"
ok show "$REF"
clean
expect_out "A^[[31mRED�x�^G"
# a several-line field keeps its lines, indented under the value
expect_out "rad ett"
grep -Eq '^ +rad två\^\[\]0;t$' "$T/out" || fail "second line of purpose"
ok contribution list "$REF"
clean
expect_out "hej^[[2J"
expect_out "(given)"
ok history "$REF"
clean

ok show "$REF" --format json
clean
json_ok "$T/out"
expect_out '\u001b[31mRED\u009bx\ufffd\u0007'
python3 - "$T/out" <<'PY' || fail "JSON does not round-trip the control characters"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
assert d["title"] == "A\x1b[31mRED\x9bx\ufffd\x07", repr(d["title"])
assert d["purpose"] == "rad ett\nrad två\x1b]0;t", repr(d["purpose"])
PY
ok list --format json
json_ok "$T/out"
ok contribution list "$REF" --format json
json_ok "$T/out"

ok show "$REF" --format csv
clean
expect_out ",A^[[31mRED�x�^G,"

# Messages quoting what the user typed are made safe too.
run set "$REF" "$(printf 'x\033[2Jy')=1"
expect_rc 2
clean
expect_err "unknown field 'x^[[2Jy'"
run show "$(printf 'MD\033[2J')"
expect_rc 3
clean

# Bidi overrides are shown as placeholders in text, never obeyed; a
# formula-like title is text in CSV, not a formula.
ok new title="$(printf 'Abc \342\200\256gnp.exe tail')" question=Q \
    initiated_by=X bodies=KS
BIDI=$(cat "$T/out")
ok list
expect_out "Abc <U+202E>gnp.exe tail"
grep -q "$(printf '\342\200\256')" "$T/out" &&
    fail "a bidi override reached the text output"
ok set "$BIDI" 'title==HYPERLINK("http://x/","klick")'
ok list --format csv
expect_out "\"'=HYPERLINK(\"\"http://x/\"\",\"\"klick\"\")\""
ok show "$BIDI" --format csv
expect_out "\"'=HYPERLINK("
exit 0
