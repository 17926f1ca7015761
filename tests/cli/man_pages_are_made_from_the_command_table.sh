#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The manual page dialogreg(1), in English and in Swedish, as the build
# makes it: version and date from the build, mandoc -Tlint clean, every
# command's synopsis the usage line its --help prints (in the page's
# language: the Swedish one through the catalog), the Swedish text from
# the page's own catalog with nothing left untranslated, Swedish
# headings for `man -L sv dialogreg`, installed where man looks. The
# generator refuses a page that leaves a command out or names one the
# table does not have.
. "$(dirname "$0")/lib.sh"
BUILD=${2:?usage: $0 PATH-TO-dialogreg BUILD-ROOT SOURCE-ROOT}
SRC=${3:?usage: $0 PATH-TO-dialogreg BUILD-ROOT SOURCE-ROOT}
need python3 python3
need mandoc mandoc
need man man-db
need po4a-translate po4a

EN=$BUILD/share/dialogreg.1
SV=$BUILD/share/sv/dialogreg.1
[ -f "$EN" ] || fail "the build made no $EN"
[ -f "$SV" ] || fail "the build made no Swedish page $SV (it needs po4a:" \
    "apt-get install po4a, then build again)"

# Version and date from the build, and nothing of the source left.
version=$("$DLG" --version | sed -n '1s/^dialogreg //p')
[ -n "$version" ] || fail "--version says no version"
for page in "$EN" "$SV"; do
	grep -q "^\\.TH DIALOGREG 1 \"\\{0,1\\}[0-9]\\{4\\}-[0-9][0-9]-[0-9][0-9]\"\\{0,1\\} \"dialogreg $version\"" \
	    "$page" || fail "$page: .TH has not the build's version" \
	    "$version and a date: $(grep '^\.TH' "$page")"
	grep -n -e '@VERSION@' -e '@DATE@' -e '^\.Du' "$page" &&
	    fail "$page keeps the source's placeholders"
done
SOURCE_DATE_EPOCH=86400 python3 "$SRC/tools/mkman.py" --program "$DLG" \
    --version 9.8.7 "$SRC/share/dialogreg.1.in" "$T/epoch.1" ||
    fail "mkman.py failed"
grep -q '^\.TH DIALOGREG 1 "1970-01-02" "dialogreg 9\.8\.7"' "$T/epoch.1" ||
    fail "SOURCE_DATE_EPOCH does not give the date: $(grep '^\.TH' \
    "$T/epoch.1")"

# mandoc finds nothing to say, style included.
mandoc -Tlint "$EN" "$SV" >"$T/lint" 2>&1
[ -s "$T/lint" ] && fail "mandoc -Tlint: $(head -20 "$T/lint")"

# render PAGE: the page as man shows it, one line per synopsis.
render() {
	MANWIDTH=250 man -l "$1" 2>/dev/null | sed 's/^ *//; s/  */ /g'
}
render "$EN" >"$T/en.txt"
render "$SV" >"$T/sv.txt"
[ "$(wc -l <"$T/en.txt")" -gt 300 ] || fail "man -l shows little of $EN"

# Every usage line of every command's --help, in the page of its
# language: "Usage: dialogreg show REF ..." or "  dialogreg session add ...".
"$DLG" --help | sed -n 's/^  \([a-z][a-z-]*\)  .*/\1/p' >"$T/commands"
[ "$(wc -l <"$T/commands")" -ge 20 ] || fail "--help lists few commands"
for lang in C.UTF-8:en sv_SE.UTF-8:sv; do
	loc=${lang%:*}
	page=$T/${lang#*:}.txt
	while read -r c; do
		LC_ALL=$loc "$DLG" "$c" --help >"$T/help" 2>&1 ||
		    fail "$c --help failed ($loc)"
		sed -n -e 's/^[^ ].*: dialogreg //p' -e 's/^  dialogreg //p' \
		    "$T/help" | sed 's/  */ /g' >"$T/usage"
		[ -s "$T/usage" ] || fail "$c --help ($loc) has no usage line"
		while IFS= read -r u; do
			grep -qxF -- "$u" "$page" || fail "the page $page" \
			    "lacks the synopsis '$u' that '$c --help' prints"
		done <"$T/usage"
	done <"$T/commands"
done

# The Swedish page is Swedish, headings and all.
for h in NAMN BESKRIVNING ALTERNATIV KOMMANDON SKÄRMARNA MILJÖ FILER \
    SLUTSTATUS EXEMPEL "SE ÄVEN"; do
	grep -qx "$h" "$T/sv.txt" || fail "the Swedish page has no heading $h"
done
for h in NAME DESCRIPTION OPTIONS COMMANDS ENVIRONMENT "EXIT STATUS"; do
	grep -qx "$h" "$T/en.txt" || fail "the English page has no heading $h"
	grep -qx "$h" "$T/sv.txt" && fail "the Swedish page has the heading $h"
done
grep -qF "Registrera eller ändra ett dialogtillfälle" "$T/sv.txt" ||
    fail "the Swedish page's text is not Swedish"
grep -qF "session add REF --date DATUM [ALTERNATIV]" "$T/sv.txt" ||
    fail "the Swedish synopses do not come from the Swedish catalog"
# Its catalog translates all of the page as it is now: po4a writes the
# page only when every paragraph has its translation (-k 100).
po4a-translate -f man -m "$SRC/share/dialogreg.1.in" -p \
    "$SRC/po/man/sv.po" -l "$T/full.1" -k 100 -M UTF-8 -L UTF-8 \
    -o untranslated=Du >"$T/po4a" 2>&1
[ -s "$T/full.1" ] || fail "po/man/sv.po does not translate all of the" \
    "page (run 'ninja dialogreg-man-update-po' and translate): $(cat \
    "$T/po4a")"

# man finds them where meson installs them.
python3 - "$BUILD" <<'PY' >"$T/installed" ||
import json, sys, os
d = json.load(open(os.path.join(sys.argv[1], "meson-info",
    "intro-installed.json")))
for k, v in d.items():
    print("%s\t%s" % (os.path.relpath(k, sys.argv[1]), v))
PY
    fail "meson introspect: no list of installed files"
grep -qE '^share/dialogreg\.1	.*/share/man/man1/dialogreg\.1$' \
    "$T/installed" || fail "dialogreg.1 is not installed in man1"
grep -qE '^share/sv/dialogreg\.1	.*/share/man/sv/man1/dialogreg\.1$' \
    "$T/installed" || fail "the Swedish page is not installed in sv/man1"
mkdir -p "$T/man/man1" "$T/man/sv/man1"
cp "$EN" "$T/man/man1/dialogreg.1"
cp "$SV" "$T/man/sv/man1/dialogreg.1"
MANPATH=$T/man MANWIDTH=80 man -L sv dialogreg 2>/dev/null >"$T/msv" ||
    fail "man -L sv dialogreg failed"
grep -qx 'NAMN' "$T/msv" && grep -q 'BESKRIVNING' "$T/msv" ||
    fail "man -L sv dialogreg is not Swedish: $(head -5 "$T/msv")"
MANPATH=$T/man MANWIDTH=80 man -L en dialogreg 2>/dev/null | grep -qx 'NAME' ||
    fail "man -L en dialogreg is not English"

# The generator keeps page and table together.
grep -v '^\.Du rules$' "$SRC/share/dialogreg.1.in" >"$T/less.1.in"
python3 "$SRC/tools/mkman.py" --program "$DLG" --version 1 \
    "$T/less.1.in" "$T/less.1" 2>"$T/err" &&
    fail "a page without 'rules' was made"
grep -q 'no ".Du rules" line: the page leaves the command out' "$T/err" ||
    fail "no reason given: $(cat "$T/err")"
sed 's/^\.Du rules$/.Du rules\n.TP\n.Du frobnicate/' \
    "$SRC/share/dialogreg.1.in" >"$T/more.1.in"
python3 "$SRC/tools/mkman.py" --program "$DLG" --version 1 \
    "$T/more.1.in" "$T/more.1" 2>"$T/err" &&
    fail "a page with an unknown command was made"
grep -q 'the table has no command "frobnicate"' "$T/err" ||
    fail "no reason given: $(cat "$T/err")"
exit 0
