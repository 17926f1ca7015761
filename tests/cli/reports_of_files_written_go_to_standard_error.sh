#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Standard output holds only data: "Exported N ..." and the other reports
# of a file written, the warnings and the printer's receipt go to
# standard error, so "export ... 2>/dev/null | ..." gets CSV and nothing
# else, and a command that writes a file says nothing on standard output.
. "$(dirname "$0")/lib.sh"
need python3 python3

ok init
REF=$(new_dialogue) || exit 1
new_dialogue "Ny lekplats i Kållekärr" >/dev/null || exit 1
ok contribution add "$REF" --text "Fler bänkar" --contact "anna@example.org"

# export to a file: stdout empty, the report on stderr.
run export -o "$T/list.csv"
expect_rc 0
[ -s "$T/out" ] && fail "export -o FILE wrote to stdout: $(cat "$T/out")"
grep -qxF "Exported 2 dialogues to $T/list.csv." "$T/err" ||
    fail "no report on stderr: $(cat "$T/err")"
# Into a pipe: only CSV, the same as the file.
"$DLG" export 2>/dev/null >"$T/piped.csv" || fail "export to a pipe failed"
cmp -s "$T/list.csv" "$T/piped.csv" ||
    fail "the pipe got more than the CSV: $(diff "$T/list.csv" \
    "$T/piped.csv" | head -5)"
python3 - "$T/piped.csv" <<'PY' || fail "the pipe holds more than CSV"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig",
    newline=""), delimiter=";"))
assert rows[0][:3] == ["reference", "state", "version"], rows[0][:3]
assert len(rows) == 3, len(rows)
assert all(len(r) == len(rows[0]) for r in rows), [len(r) for r in rows]
PY

for args in "export-contributions $REF -o $T/c.csv" \
    "export-contributions $REF --with-contact -o $T/cc.csv" \
    "export-json -o $T/b.json" "export-json --without-contact -o $T/s.json" \
    "print $REF -o $T/p.txt" "followup --year 2026 -o $T/f.txt" \
    "followup --year 2026 --format csv -o $T/f.csv"; do
	# shellcheck disable=SC2086
	run $args
	[ "$RC" -eq 0 ] || fail "'$args' failed"
	[ -s "$T/out" ] && fail "'$args' wrote to stdout: $(cat "$T/out")"
done
run export-contributions "$REF" -o "$T/c.csv"
expect_err "Exported 1 contribution of $REF to $T/c.csv."
run export-json -o "$T/b.json"
expect_err "Exported the register with 2 dialogues to $T/b.json."
expect_err "The file holds contact details (personal data); keep it safe."

# The printer's receipt: stderr too (an lpr that takes the job).
mkdir "$T/bin"
printf '#!/bin/sh\ncat >/dev/null\nexit 0\n' >"$T/bin/lpr"
chmod +x "$T/bin/lpr"
PATH="$T/bin:$PATH" "$DLG" print "$REF" --lpr >"$T/out" 2>"$T/err" ||
    fail "print --lpr with a working lpr failed: $(cat "$T/err")"
[ -s "$T/out" ] && fail "print --lpr wrote to stdout: $(cat "$T/out")"
grep -qxF "Sent $REF to the printer." "$T/err" ||
    fail "no receipt on stderr: $(cat "$T/err")"

# In Swedish as well.
LC_ALL=sv_SE.UTF-8 "$DLG" export -o "$T/sv.csv" >"$T/out" 2>"$T/err" ||
    fail "export in Swedish failed"
[ -s "$T/out" ] && fail "export -o in Swedish wrote to stdout"
grep -q "^Exporterade 2 dialoger till $T/sv.csv\\.\$" "$T/err" ||
    fail "no Swedish report on stderr: $(cat "$T/err")"
exit 0
