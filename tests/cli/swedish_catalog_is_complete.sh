#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The Swedish catalog translates every message: no message untranslated,
# none fuzzy, and msgfmt -c finds no error (format strings that disagree
# with the English, a header that is not UTF-8).
set -u
po=${2:?usage: $0 PATH-TO-dialogreg PATH-TO-sv.po}
command -v msgattrib >/dev/null 2>&1 ||
    { echo "FAIL: this test needs msgattrib (Debian: apt-get install" \
    "gettext)" >&2; exit 1; }
msgfmt -c -o /dev/null "$po" || { echo "FAIL: msgfmt -c rejects $po" >&2;
    exit 1; }
grep -q '^"Content-Type: text/plain; charset=UTF-8\\n"' "$po" ||
    { echo "FAIL: $po does not say charset=UTF-8" >&2; exit 1; }
untranslated=$(msgattrib --untranslated --no-obsolete "$po" |
    grep -c '^msgid ' || true)
fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$po" | grep -c '^msgid ' ||
    true)
if [ "$untranslated" -gt 0 ] || [ "$fuzzy" -gt 0 ]; then
	echo "FAIL: $po has untranslated or fuzzy messages:" >&2
	msgattrib --untranslated --no-obsolete "$po" | grep -A2 '^msgid ' >&2
	msgattrib --only-fuzzy --no-obsolete "$po" | grep -A2 '^msgid ' >&2
	exit 1
fi
echo "ok: $po is complete"
