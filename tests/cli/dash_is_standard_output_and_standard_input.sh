#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# "-" as a file name: -o - is standard output for export,
# export-contributions, export-json, print and followup (the same bytes
# as without -o, and no file called "-"); FILE - is standard input for
# import and import-json, also from a pipe, which import reads more than
# once (kept in a temporary file in TMPDIR, removed).
. "$(dirname "$0")/lib.sh"
need python3 python3

ok init
REF=$(new_dialogue) || exit 1
OTHER=$(new_dialogue "Ny lekplats i Kållekärr") || exit 1
ok contribution add "$REF" --text "Fler bänkar vid rampen" --themes ramper
mkdir "$T/tmp"
export TMPDIR="$T/tmp"

# -o - is what no -o gives, byte for byte.
for args in "export" "export --state proposed" \
    "export-contributions $REF" "export-json" "print $REF" \
    "print $REF --sheet" "followup --year 2026" "followup --year 2026 \
    --format csv"; do
	# shellcheck disable=SC2086
	"$DLG" $args >"$T/plain" 2>"$T/plain.err" ||
	    fail "'$args' failed: $(cat "$T/plain.err")"
	# shellcheck disable=SC2086
	run $args -o -
	[ "$RC" -eq 0 ] || fail "'$args -o -' failed"
	cmp -s "$T/plain" "$T/out" || fail "'$args -o -' differs from" \
	    "'$args': $(diff "$T/plain" "$T/out" | head -5)"
	[ -s "$T/out" ] || fail "'$args -o -' wrote nothing"
	[ -e "$T/-" ] && fail "'$args -o -' made a file called '-'"
done

# Through a pipe, as a script uses it.
"$DLG" export -o - 2>/dev/null | head -n 1 | tr -d '\357\273\277\r' \
    >"$T/head"
grep -q '^reference;state;version;deciding_body;' "$T/head" ||
    fail "export -o - | head: $(cat "$T/head")"
"$DLG" export-json -o - | python3 -c 'import json, sys
d = json.load(sys.stdin)
assert d["format"] == "dialogreg-backup", d["format"]
assert len(d["dialogues"]) == 2, len(d["dialogues"])' ||
    fail "export-json -o - is not the backup"
"$DLG" print "$REF" --format pdf -o - >"$T/summary.pdf" ||
    fail "print --format pdf -o - to a file failed"
head -c 5 "$T/summary.pdf" | grep -q '%PDF-' || fail "print -o - is no PDF"
run print "$REF" -o - --lpr
expect_rc 1
expect_err "give either -o FILE or --lpr, not both"

# import REF - from a pipe: every row, named as standard input.
snapshot before
printf 'Svar;Datum;Tema\nMer skugga vid bänkarna;2026-04-20;grönska\nEn vattenpost;2026-04-21;vatten\n' >"$T/survey.csv"
cat "$T/survey.csv" | "$DLG" import "$REF" - --dry-run >"$T/out" \
    2>"$T/err" || fail "import - --dry-run failed: $(cat "$T/err")"
expect_out "Would import 2 contributions into $REF from standard input."
expect_out "Mer skugga vid bänkarna"
expect_unchanged before
cat "$T/survey.csv" | "$DLG" import "$REF" - >"$T/out" 2>"$T/err" ||
    fail "import REF - failed: $(cat "$T/err")"
expect_out "Imported 2 contributions into $REF from standard input."
ok contribution list "$REF" --format csv
expect_out "Mer skugga vid bänkarna"
expect_out "En vattenpost"
# The same bytes again are the same file: refused unless --force.
snapshot once
cat "$T/survey.csv" | "$DLG" import "$REF" - >"$T/out" 2>"$T/err"
[ $? -eq 2 ] || fail "the same input imported twice"
grep -q "was already imported into $REF" "$T/err" ||
    fail "no word of the earlier import: $(cat "$T/err")"
expect_unchanged once
# A bad file from standard input: one message, nothing imported.
printf 'Svar;Datum\n;2026-04-20\n' | "$DLG" import "$OTHER" - >"$T/out" \
    2>"$T/err"
[ $? -eq 2 ] || fail "an input without texts was not refused"
grep -q "^dialogreg: standard input: no row has a text" "$T/err" ||
    fail "the refusal does not name standard input: $(cat "$T/err")"
expect_unchanged once
# Nothing of standard input is left behind.
[ -z "$(ls -A "$T/tmp")" ] || fail "left in TMPDIR: $(ls -A "$T/tmp")"

# import-json - from a pipe: the same register, byte for byte.
"$DLG" export-json -o - >"$T/backup.json" || fail "export-json failed"
"$DLG" export-json -o - | "$DLG" --db "$T/copy.db" import-json - \
    >"$T/out" 2>"$T/err" || fail "import-json - failed: $(cat "$T/err")"
expect_out "Imported the backup standard input into $T/copy.db."
"$DLG" --db "$T/copy.db" export-json -o - >"$T/again.json" ||
    fail "export-json of the copy failed"
cmp -s "$T/backup.json" "$T/again.json" ||
    fail "the register read from standard input is not the same"
[ -e "$T/-" ] && fail "a file called '-' was made"
exit 0
