#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The list's CSV and JSON write every character that needs something
# done exactly as before: a title changed behind the program's back holds
# a quote, a comma, CR, LF, a tab, ESC, DEL, a C1 control, U+2028,
# U+2029, a bidi override, a byte that is not UTF-8, a backslash, å, a
# no-break space and a character outside the BMP, between plain runs; a
# list item starts like a formula. The CSV cell shows placeholders, is
# quoted with the quotes doubled and guards the formula; the JSON string
# escapes what JSON and JavaScript need and keeps the rest as it is.
. "$(dirname "$0")/lib.sh"
need python3 python3

REF=$(new_dialogue) || exit 1
sql "UPDATE dialogues SET title = 'Ett \"citat\", sedan' || char(13) ||
    char(10) || 'rad' || char(9) || 'flik' || char(27) || '[1m' ||
    char(127) || char(133) || char(8232) || char(8233) || char(8238) ||
    'x' || CAST(x'ff' AS TEXT) || 'y\\z å' || char(160) || char(128512) ||
    ' slut' WHERE ref = '$REF'"
sql "UPDATE items SET name = '=SUMMA(A1)' WHERE field = 'bodies'"

ok list --format csv
python3 - "$T/out" <<'PY' || fail "the list's CSV cell is not as expected"
import sys
data = open(sys.argv[1], "rb").read()
rep = "\ufffd"
cell = ('"Ett ""citat"", sedan^M\nrad\tflik^[[1m^?' + rep +
        "<U+2028><U+2029><U+202E>x" + rep + "y\\z \u00e5\u00a0\U0001F600"
        ' slut"').encode()
assert cell in data, data
assert "\"'=SUMMA(A1)\"".encode() in data, data
PY

ok list --format json
json_ok "$T/out"
python3 - "$T/out" <<'PY' || fail "the list's JSON string is not as expected"
import sys
data = open(sys.argv[1], "rb").read()
s = ('"title": "Ett \\"citat\\", sedan\\r\\nrad\\tflik\\u001b[1m\\u007f'
     "\\u0085\\u2028\\u2029\u202ex\\ufffdy\\\\z \u00e5\u00a0\U0001F600"
     ' slut"').encode()
assert s in data, data
assert b'"name": "=SUMMA(A1)"' in data, data
PY
