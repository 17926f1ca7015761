#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# What a distributor checks first: the licence meson.build names has its
# full text in COPYING, every source file (C, headers, scripts, meson
# files, the manual page's source) names it in an SPDX line at its top,
# --version says it, and no placeholder address for bug reports is left
# anywhere (the catalog's header, xgettext's arguments).
. "$(dirname "$0")/lib.sh"
SRC=${2:?usage: $0 PATH-TO-dialogreg SOURCE-ROOT}

spdx=$(sed -n "s/^ *license : '\(.*\)',\$/\1/p" "$SRC/meson.build")
[ "$spdx" = "GPL-3.0-or-later" ] ||
    fail "meson.build names the licence '$spdx'; this test knows" \
    "GPL-3.0-or-later's text only"
[ -f "$SRC/COPYING" ] || fail "no licence file COPYING"
head -n 3 "$SRC/COPYING" | grep -q 'GNU GENERAL PUBLIC LICENSE' &&
    head -n 3 "$SRC/COPYING" | grep -q 'Version 3, 29 June 2007' ||
    fail "COPYING is not the GNU GPL version 3"
grep -q 'END OF TERMS AND CONDITIONS' "$SRC/COPYING" &&
    grep -q 'How to Apply These Terms to Your New Programs' "$SRC/COPYING" ||
    fail "COPYING is not the licence's full text"

# Every source file: the line among its first two (after a #!).
find "$SRC" \( -name 'build*' -o -name .git -o -name __pycache__ -o \
    -path "$SRC/tests/fuzz/corpus" \) -prune -o -type f \( -name '*.c' \
    -o -name '*.h' -o -name '*.sh' -o -name '*.py' -o -name '*.in' -o \
    -name meson.build -o -name meson_options.txt -o -path "$SRC/.ci/*" \) \
    -print >"$T/files"
n=$(wc -l <"$T/files")
[ "$n" -gt 200 ] || fail "found only $n source files under $SRC"
while read -r f; do
	head -n 2 "$f" | grep -q "SPDX-License-Identifier: $spdx\\b" ||
	    echo "${f#"$SRC"/}"
done <"$T/files" >"$T/missing"
[ -s "$T/missing" ] && fail "no 'SPDX-License-Identifier: $spdx' line at" \
    "the top of: $(cat "$T/missing")"

ok --version
expect_out "License $spdx"
expect_out "NO WARRANTY"
LC_ALL=sv_SE.UTF-8 "$DLG" --version >"$T/out" 2>&1 ||
    fail "--version failed in Swedish"
expect_out "Licens $spdx"

# No placeholder address for bug reports, in the sources or the catalog.
dom=example
grep -rIl --exclude-dir='build*' --exclude-dir=.git -e "$dom\\.invalid" \
    -e "msgid-bugs-address=[^ ]*$dom" "$SRC" >"$T/placeholders"
[ -s "$T/placeholders" ] && fail "a placeholder address in:" \
    "$(cat "$T/placeholders")"
for po in "$SRC"/po/*.po; do
	grep '^"Report-Msgid-Bugs-To:' "$po" | grep -qi "$dom" &&
	    fail "$po reports bugs to a placeholder address"
done
exit 0
