#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The bash completion the build made, loaded by bash-completion from
# where meson installs it: `dialogreg ad` completes to advance,
# `dialogreg show MD-` to the references of the register (the one --db
# names, else the default), options and subcommands from the same table
# as --help (every command and every option --help prints is completed),
# file names where a file is asked for; and nothing is created or changed.
. "$(dirname "$0")/lib.sh"
BUILD=${2:?usage: $0 PATH-TO-dialogreg BUILD-ROOT SOURCE-ROOT}
need bash bash
need python3 python3
LOADER=/usr/share/bash-completion/bash_completion
[ -f "$LOADER" ] || fail "this test needs bash-completion (Debian:" \
    "apt-get install bash-completion)"
COMPLETION=$BUILD/share/dialogreg
[ -f "$COMPLETION" ] || fail "the build made no completion $COMPLETION"

# Where meson installs it, and where bash-completion then looks.
python3 - "$BUILD" <<'PY' >"$T/installed" ||
import json, sys, os
d = json.load(open(os.path.join(sys.argv[1], "meson-info",
    "intro-installed.json")))
for k, v in d.items():
    print("%s\t%s" % (os.path.relpath(k, sys.argv[1]), v))
PY
    fail "meson introspect: no list of installed files"
grep -qE '^share/dialogreg	.*/share/bash-completion/completions/dialogreg$' \
    "$T/installed" ||
    fail "the completion is not installed in share/bash-completion/completions"
mkdir -p "$T/share/bash-completion/completions" "$T/bin" "$T/xdg"
cp "$COMPLETION" "$T/share/bash-completion/completions/dialogreg"
ln -s "$DLG" "$T/bin/dialogreg"

# The registers: three dialogues in the default one, one in another.
ok init
for t in "Ny skatepark i Skärhamn" "Ny lekplats i Kållekärr" "Bibliotek"; do
	new_dialogue "$t" >/dev/null || exit 1
done
ok --db "$T/other.db" init
run --db "$T/other.db" new title="Parkering vid hamnen" question="Var?" \
    initiated_by="Eva Lund" bodies="Kommunstyrelsen"
[ "$RC" -eq 0 ] || fail "could not register in the other register"
OTHERREF=$(head -n 1 "$T/out")
snapshot before
snapshot other "$T/other.db"
printf 'Svar\nMer ljus\n' >"$T/survey.csv"

# complete WORD...: what bash completes for the command line WORD... (the
# last word being completed; "=" its own word, as bash splits), one a
# line, sorted, after bash-completion loaded the completion on demand.
complete_words() {
	PATH="$T/bin:$PATH" XDG_DATA_DIRS="$T/share" XDG_DATA_HOME="$T/xdg" \
	    BASH_COMPLETION_USER_DIR="$T/none" bash --norc --noprofile -c '
	. "$0" || exit 1
	__load_completion dialogreg || { echo "NOT LOADED"; exit 1; }
	spec=$(complete -p dialogreg) || { echo "NO SPEC"; exit 1; }
	fn=${spec#*-F }; fn=${fn%% *}
	COMP_WORDS=("$@")
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
	COMPREPLY=()
	"$fn" dialogreg "${COMP_WORDS[COMP_CWORD]}" \
	    "${COMP_WORDS[COMP_CWORD-1]}"
	[ ${#COMPREPLY[@]} -eq 0 ] || printf "%s\n" "${COMPREPLY[@]}" |
	    sort' "$LOADER" "$@"
}

# expect_completion WANT WORD...: the completions are exactly WANT
# (lines).
expect_completion() {
	want=$1
	shift
	got=$(complete_words "$@")
	[ "$got" = "$want" ] || fail "completing '$*': want" \
	    "'$(echo "$want" | tr '\n' ' ')', got '$(echo "$got" | tr '\n' ' ')'"
}

expect_completion "advance" dialogreg ad
REFS=$("$DLG" list --format csv | tr -d '\r' | sed -e 1d -e 's/,.*//' | sort)
[ "$(echo "$REFS" | wc -l)" -eq 3 ] || fail "the register lists: $REFS"
expect_completion "$REFS" dialogreg show MD-
expect_completion "$REFS" dialogreg session add ""
expect_completion "$REFS" dialogreg list --after MD-2026
expect_completion "$(echo "$REFS" | grep -- '-002$')" dialogreg advance \
    MD-2026-002
expect_completion "$OTHERREF" dialogreg --db "$T/other.db" show MD-
expect_completion "$OTHERREF" dialogreg --db = "$T/other.db" history ""
expect_completion "$OTHERREF" dialogreg --verbose --db "$T/other.db" \
    print --sheet ""
expect_completion "" dialogreg check MD-2026-001 ""
DIALOGREG_DB="$T/none.db" complete_words dialogreg show MD- >"$T/none"
[ -s "$T/none" ] && fail "references without a register: $(cat "$T/none")"
[ -e "$T/none.db" ] && fail "completing made a register"

expect_completion "add
edit
list" dialogreg session ""
expect_completion "erase-contact" dialogreg contribution er
expect_completion "--participants" dialogreg session add MD-2026-001 --par
expect_completion "--db
--help
--verbose
--version" dialogreg --
expect_completion "--headers" dialogreg export --hea
expect_completion "$T/survey.csv" dialogreg import MD-2026-001 "$T/su"
expect_completion "$T/survey.csv" dialogreg export -o "$T/su"
expect_completion "$T/survey.csv" dialogreg export --output = "$T/su"
expect_completion "" dialogreg import MD-2026-001 "$T/survey.csv" ""

# Everything --help names is completed: each command from its first
# letters, each of its options after "--".
"$DLG" --help | sed -n 's/^  \([a-z][a-z-]*\)  .*/\1/p' >"$T/commands"
[ "$(wc -l <"$T/commands")" -ge 20 ] || fail "--help lists few commands"
while read -r c; do
	complete_words dialogreg "$(printf %s "$c" | cut -c1-3)" |
	    grep -qx -- "$c" || fail "'$c' is not completed"
	"$DLG" "$c" --help | sed -n 's/^  \(-[a-z]\)\{0,1\}[, ]*\(--[a-z-]*\).*/\2/p' \
	    >"$T/options"
	[ -s "$T/options" ] || fail "$c --help names no options"
	complete_words dialogreg "$c" -- >"$T/completed"
	while read -r o; do
		grep -qx -- "$o" "$T/completed" || fail "'dialogreg $c --'" \
		    "does not offer $o, which '$c --help' names"
	done <"$T/options"
done <"$T/commands"

expect_unchanged before
expect_unchanged other "$T/other.db"
exit 0
