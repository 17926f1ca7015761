#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The options each command's --help names (which the manual page's
# synopses and the completion are made from) are the options its parser
# takes: none of them is an unknown option, and one that --help gives a
# value takes one. Run against a register that does not exist, so that
# no command gets as far as changing anything.
. "$(dirname "$0")/lib.sh"

export DIALOGREG_DB="$T/missing/register.db"
"$DLG" --help | sed -n 's/^  \([a-z][a-z-]*\)  .*/\1/p' >"$T/commands"
[ "$(wc -l <"$T/commands")" -ge 20 ] || fail "--help lists few commands"
n=0
while read -r c; do
	"$DLG" "$c" --help >"$T/help" || fail "$c --help failed"
	# The subcommands: the first words of a usage of several lines.
	subs=$(sed -n 's/^  dialogreg [a-z-]* \([a-z][a-z-]*\)\( .*\)\{0,1\}$/\1/p' \
	    "$T/help")
	[ -n "$subs" ] || subs=-
	# "  -o, --output FILE   ..." -> "--output FILE"
	sed -n 's/^  \(-[a-z], \)\{0,1\}\(--[a-z-]*\)\( [^ ][^ ]*\)\{0,1\}  .*/\2\3/p' \
	    "$T/help" >"$T/options"
	sed -n 's/^  \(-[a-z], \)\{0,1\}\(--[a-z-]*\)\( [^ ][^ ]*\)\{0,1\}$/\2\3/p' \
	    "$T/help" >>"$T/options"
	while read -r opt value; do
		[ "$opt" = --help ] && continue
		took=
		for s in $subs; do
			[ "$s" = - ] && s=
			# shellcheck disable=SC2086
			if [ -n "$value" ]; then
				"$DLG" "$c" $s "$opt" x >"$T/out" 2>"$T/err"
			else
				"$DLG" "$c" $s "$opt" >"$T/out" 2>"$T/err"
			fi
			if ! grep -q "unknown option\|needs a value" "$T/err"
			then
				took=yes
				break
			fi
		done
		[ -n "$took" ] || fail "'$c --help' names $opt${value:+ $value}," \
		    "which '$c' refuses: $(head -n 1 "$T/err")"
		n=$((n + 1))
	done <"$T/options"
done <"$T/commands"
[ "$n" -gt 80 ] || fail "only $n options tried"
[ -e "$T/missing" ] && fail "a command made the register's folder"
exit 0
