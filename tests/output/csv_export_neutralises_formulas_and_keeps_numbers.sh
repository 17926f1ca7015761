#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Cells a spreadsheet would run as a formula (starting with = + - @ or a
# tab) get an apostrophe in front; plain numbers, negative ones and
# decimals with a comma too, stay as they are; the header stays as it is.
. "$(dirname "$0")/lib.sh"

ref=$(tricky_dialogue)
ok export -o "$T/list.csv"
ok export-contributions "$ref" --with-contact -o "$T/c.csv"
cat >"$T/check.py" <<'PY'
import csv, sys
def rows(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        r = list(csv.reader(f, delimiter=";"))
    return [dict(zip(r[0], row)) for row in r[1:]]
d = rows(sys.argv[1])[0]
c = rows(sys.argv[2])
want = {
    "title": "'=HYPERLINK(\"http://x.example\",\"klicka\") & <b>Åsa</b>",
    "case_number": "-12",
    "purpose": "-3,5",
    "background": "'+46 70 123",
    "goals": "'@SUM(A1:A2)",
    "budget": "125000",
}
bad = ["%s: %r, want %r" % (k, d.get(k), v) for k, v in want.items()
       if d.get(k) != v]
cwant = [("'=1+1", "'-", "'+46701234567"), (None, "trygghet; ljus",
         "ida@exempel.se"), ("42", "-7", ""), ("'\tindraget", "'-x", "")]
if len(c) != len(cwant):
    bad.append("%d contributions, want %d" % (len(c), len(cwant)))
for row, (text, themes, contact) in zip(c, cwant):
    if text is not None and row["text"] != text:
        bad.append("text %r, want %r" % (row["text"], text))
    if row["themes"] != themes:
        bad.append("themes %r, want %r" % (row["themes"], themes))
    if row["contact"] != contact:
        bad.append("contact %r, want %r" % (row["contact"], contact))
if list(c[0].keys())[0] != "id":
    bad.append("header %r" % list(c[0].keys()))
if bad:
    print("\n".join(bad))
    sys.exit(1)
PY
python3 "$T/check.py" "$T/list.csv" "$T/c.csv" >"$T/py.out" 2>&1 ||
    fail "$(cat "$T/py.out")"
exit 0
