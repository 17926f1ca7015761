#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Where the register lives: --db, else $DIALOGREG_DB, else
# $XDG_DATA_HOME/dialogreg/register.db, else
# ~/.local/share/dialogreg/register.db; created with its folder, never
# readable by others.
. "$(dirname "$0")/lib.sh"

unset DIALOGREG_DB
mkdir -p "$HOME"

# mode_private FILE: no permission bits for others.
mode_private() {
	m=$(stat -c %a "$1")
	case $m in
	*0) ;;
	*) fail "$1 has mode $m: others may read it" ;;
	esac
}

# mode_is MODE FOLDER: FOLDER has exactly MODE.
mode_is() {
	m=$(stat -c %a "$2")
	[ "$m" = "$1" ] || fail "$2 has mode $m, not $1"
}

umask 022
ok init
[ "$(out)" = "$HOME/.local/share/dialogreg/register.db" ] ||
    fail "default is $(out)"
[ -f "$HOME/.local/share/dialogreg/register.db" ] || fail "not created"
mode_private "$HOME/.local/share/dialogreg/register.db"
# Only the register's own folder is the group's; the folders above it are
# the user's, as mkdir -p makes them, and never group-writable.
mode_is 770 "$HOME/.local/share/dialogreg"
mode_is 755 "$HOME/.local/share"
mode_is 755 "$HOME/.local"

XDG_DATA_HOME=$T/xdg
export XDG_DATA_HOME
ok init
[ "$(out)" = "$T/xdg/dialogreg/register.db" ] || fail "XDG: $(out)"
mode_private "$T/xdg/dialogreg/register.db"
mode_private "$T/xdg/dialogreg"
mode_is 755 "$T/xdg"

# A relative XDG_DATA_HOME is not valid and is ignored.
XDG_DATA_HOME=relative/xdg ok init
[ "$(out)" = "$HOME/.local/share/dialogreg/register.db" ] ||
    fail "relative XDG_DATA_HOME used: $(out)"

DIALOGREG_DB=$T/env.db
export DIALOGREG_DB
ok init
[ "$(out)" = "$T/env.db" ] || fail "DIALOGREG_DB: $(out)"
ok --db "$T/sub/dir/option.db" init
[ "$(out)" = "$T/sub/dir/option.db" ] || fail "--db: $(out)"
mode_private "$T/sub/dir/option.db"
mode_is 770 "$T/sub/dir"
mode_is 755 "$T/sub"
# A strict umask makes them stricter still; the register's folder stays
# the group's.
(umask 077; "$DLG" --db "$T/strict/a/r.db" init >/dev/null) ||
    fail "init under umask 077"
mode_is 700 "$T/strict"
mode_is 770 "$T/strict/a"

# Each register is its own: a dialogue made in one is not in the other.
ok --db "$T/option.db" new title=a question=b initiated_by=c bodies=KS
ok list --format csv
expect_no_out "MD-2026-001"
ok --db "$T/option.db" list --format csv
expect_out "MD-2026-001"
exit 0
