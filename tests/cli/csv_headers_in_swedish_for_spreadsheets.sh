#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# export and export-contributions --headers sv: the first row in Swedish
# (the columns' labels, whatever the messages' language) for people who
# open the file in a spreadsheet; en the English labels; the default
# stays the field names, the rows stay the same, and what
# export-contributions writes import reads back.
. "$(dirname "$0")/lib.sh"
need python3 python3

ok init
REF=$(new_dialogue) || exit 1
OTHER=$(new_dialogue "Ny lekplats i Kållekärr") || exit 1
ok contribution add "$REF" --text "Fler bänkar vid rampen" --themes "ramper" \
    --channel web --contact "anna@example.org"
ok contribution add "$REF" --text "Belysning; gärna solceller" \
    --channel meeting

# first_row FILE: the header row without BOM and CR.
first_row() {
	head -n 1 "$1" | tr -d '\357\273\277\r'
}

ok export -o "$T/names.csv"
first_row "$T/names.csv" | grep -q '^reference;state;version;deciding_body;case_number;title;question;' ||
    fail "the default header is not the field names: $(first_row "$T/names.csv")"
ok export --headers names -o "$T/names2.csv"
cmp -s "$T/names.csv" "$T/names2.csv" || fail "--headers names is not the default"

for loc in C.UTF-8 sv_SE.UTF-8; do
	LC_ALL=$loc "$DLG" export --headers sv -o "$T/sv.$loc.csv" \
	    2>"$T/err.$loc" ||
	    fail "export --headers sv ($loc): $(cat "$T/err.$loc")"
done
cmp -s "$T/sv.C.UTF-8.csv" "$T/sv.sv_SE.UTF-8.csv" ||
    fail "the Swedish headers depend on the user's language"
first_row "$T/sv.C.UTF-8.csv" | grep -q '^Referens;Status;Version;Beslutande organ;Diarienummer;Rubrik;Frågeställning;' ||
    fail "not Swedish: $(first_row "$T/sv.C.UTF-8.csv")"
first_row "$T/sv.C.UTF-8.csv" | grep -q ';Synpunkter;Försenad;Varningar$' ||
    fail "the last columns are not Swedish: $(first_row "$T/sv.C.UTF-8.csv")"
# The messages stay in the user's language.
grep -qxF "Exported 2 dialogues to $T/sv.C.UTF-8.csv." "$T/err.C.UTF-8" ||
    fail "--headers sv changed the messages: $(cat "$T/err.C.UTF-8")"
LC_ALL=sv_SE.UTF-8 "$DLG" export --headers en -o "$T/en.csv" 2>/dev/null ||
    fail "export --headers en failed"
first_row "$T/en.csv" | grep -q '^Reference;State;Version;Deciding body;Case number;Title;Question;' ||
    fail "not English: $(first_row "$T/en.csv")"

# Only the first row differs, and every row has as many columns.
python3 - "$T/names.csv" "$T/sv.C.UTF-8.csv" "$T/en.csv" <<'PY' ||
import csv, sys
tables = [list(csv.reader(open(p, encoding="utf-8-sig", newline=""),
    delimiter=";")) for p in sys.argv[1:]]
names = tables[0]
for t in tables[1:]:
    assert len(t[0]) == len(names[0]), (len(t[0]), len(names[0]))
    assert len(set(t[0])) == len(t[0]), "a label twice: %r" % t[0]
    assert t[1:] == names[1:], "the rows differ"
PY
    fail "the labelled exports are not the same rows"

# Windows-1252: the Swedish letters of the headers are encoded too.
ok export --headers sv --encoding windows-1252 -o "$T/cp.csv"
iconv -f WINDOWS-1252 -t UTF-8 "$T/cp.csv" | head -n 1 | tr -d '\r' |
    grep -q '^Referens;Status;Version;Beslutande organ;Diarienummer;Rubrik;Frågeställning;' ||
    fail "the Windows-1252 header is not the Swedish one"

# The contributions' export.
ok export-contributions "$REF" --headers sv -o "$T/csv.sv"
[ "$(first_row "$T/csv.sv")" = "Nr;Registrerad;Kanal;Tillfälle;Teman;Kontaktuppgifter;Synpunkt;Kanal enligt filen" ] ||
    fail "contributions' Swedish header: $(first_row "$T/csv.sv")"
ok export-contributions "$REF" -o "$T/csv.names"
[ "$(first_row "$T/csv.names")" = "id;created;channel;session;themes;contact;text;channel_text" ] ||
    fail "contributions' default header: $(first_row "$T/csv.names")"
[ "$(tail -n +2 "$T/csv.sv")" = "$(tail -n +2 "$T/csv.names")" ] ||
    fail "the contributions' rows differ with --headers sv"

# Round trip: what export-contributions writes (names), import reads.
"$DLG" export-contributions "$REF" --with-contact -o - |
    "$DLG" import "$OTHER" - >"$T/out" 2>"$T/err" ||
    fail "import of the export failed: $(cat "$T/err")"
expect_out "Imported 2 contributions into $OTHER from standard input."
ok export-contributions "$OTHER" --with-contact -o "$T/back.csv"
python3 - "$T/csv.names" "$T/back.csv" <<'PY' || fail "round trip"
import csv, sys
def rows(p):
    r = list(csv.DictReader(open(p, encoding="utf-8-sig", newline=""),
        delimiter=";"))
    return sorted((x["text"], x["channel"], x["themes"], x["created"])
        for x in r)
a, b = rows(sys.argv[1]), rows(sys.argv[2])
assert a == b, (a, b)
PY
grep -q "anna@example.org" "$T/back.csv" || fail "the contact did not come back"

# A bad value, and a locale where Swedish cannot be had.
snapshot before
run export --headers swedish
expect_rc 1
expect_err "dialogreg: unknown headers 'swedish'; use names, sv or en"
LC_ALL=C "$DLG" export --headers sv >"$T/out" 2>"$T/err"
[ $? -eq 1 ] || fail "--headers sv in the C locale did not say it cannot"
grep -q "the Swedish column headers are not available here" "$T/err" ||
    fail "no reason given: $(cat "$T/err")"
[ -s "$T/out" ] && fail "a refused export wrote: $(head -c 200 "$T/out")"
expect_unchanged before
exit 0
