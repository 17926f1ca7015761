# SPDX-License-Identifier: GPL-3.0-or-later
# lib.sh: the harness of the screen tests, sourced by each test with the
# path of the dialogreg binary as $1. Each test gets a fresh temporary
# directory with a demo register, and its own tmux server (tmux -L NAME
# -f /dev/null) that it kills, and only it, at the end. The program runs
# in a detached session of 80x24 with Swedish messages unless the test
# says otherwise; helpers type keys and poll capture-pane (every 50 ms,
# for at most 5 s) for what the screen should show, printing the screen
# when it does not.
#
# With DIALOGREG_VALGRIND=1 (tests/run-all.sh does one such run) the
# program runs under valgrind's memcheck: each process logs to
# $T/valgrind.PID, and the end of the test waits for it and fails on
# any error or leak it reports. TUI_WAIT (seconds, default 5) is how long
# the helpers wait for the screen.

set -u

TUI_HERE=$(cd "$(dirname "$0")" && pwd)

DLG=${1:?usage: $0 PATH-TO-dialogreg}
case $DLG in
/*) ;;
*) DLG=$PWD/$DLG ;;
esac
[ -x "$DLG" ] || { echo "FAIL: no program at $DLG" >&2; exit 1; }

T=$(mktemp -d "${TMPDIR:-/tmp}/dialogreg-tui.XXXXXX") ||
    { echo "FAIL: cannot make a temporary directory" >&2; exit 1; }
# VG: the command line in front of the program in the screens; empty
# unless under valgrind.
VG=
if [ -n "${DIALOGREG_VALGRIND:-}" ]; then
	VG="valgrind -q --vgdb=no --error-exitcode=99 --leak-check=full"
	VG="$VG --show-leak-kinds=definite,indirect"
	VG="$VG --errors-for-leak-kinds=definite,indirect"
	VG="$VG --suppressions='$TUI_HERE/valgrind.supp'"
	VG="$VG --log-file='$T/valgrind.%p'"
fi
# A socket name of our own: the test's name and process id.
SOCK="dlgtui-$(basename "$0" .sh)-$$"
TMUX_STARTED=
# valgrind_check: after the programs ended, each valgrind log is empty
# (-q: only errors are written); 1 and the logs on stderr otherwise.
valgrind_check() {
	vg_rc=0
	for log in "$T"/valgrind.*; do
		[ -e "$log" ] || continue
		pid=${log##*.}
		# The process writes its leak report as it ends (30 s at most).
		i=0
		while kill -0 "$pid" 2>/dev/null && [ "$i" -lt 600 ]; do
			sleep 0.05
			i=$((i + 1))
		done
		if kill -0 "$pid" 2>/dev/null; then
			printf 'FAIL: process %s did not end with its terminal\n' \
			    "$pid" >&2
			kill -KILL "$pid" 2>/dev/null
			vg_rc=1
		fi
		if [ -s "$log" ]; then
			printf 'FAIL: valgrind found errors in process %s:\n' \
			    "$pid" >&2
			cat "$log" >&2
			vg_rc=1
		fi
	done
	return "$vg_rc"
}
cleanup() {
	if [ -n "$TMUX_STARTED" ]; then
		tmux -L "$SOCK" -f /dev/null kill-server 2>/dev/null
	fi
	vg_failed=
	if [ -n "$VG" ] && ! valgrind_check; then
		vg_failed=1
	fi
	rm -rf "$T"
	[ -z "$vg_failed" ] || exit 1
}
trap cleanup EXIT
cd "$T" || exit 1

# Not inside the caller's tmux, and no outer locale that would win.
unset TMUX TMUX_PANE LANGUAGE XDG_DATA_HOME
export LC_ALL=C.UTF-8
export DIALOGREG_TODAY=2026-05-04
export HOME="$T/home"
DB="$T/register.db"
SESSION=dlg
SCREEN="$T/screen"

fail() {
	printf 'FAIL: %s\n' "$*" >&2
	if [ -n "$TMUX_STARTED" ] && tmx has-session -t "$SESSION" \
	    2>/dev/null; then
		printf -- '--- the screen:\n' >&2
		tmx capture-pane -p -t "$SESSION" >&2
		printf -- '---\n' >&2
	fi
	exit 1
}

need() {
	command -v "$1" >/dev/null 2>&1 ||
	    fail "this test needs '$1': install it (Debian: apt-get install $2)"
}
need tmux tmux
need locale locales
locale -a 2>/dev/null | grep -qix 'sv_SE\.utf-\{0,1\}8' ||
    fail "this test needs the locale sv_SE.UTF-8: as root, run" \
    "sed -i 's/^# *\\(sv_SE.UTF-8 UTF-8\\)/\\1/' /etc/locale.gen &&" \
    "locale-gen (Debian: apt-get install locales)"

# dlg ARGS...: run the command line on the test's register (English).
dlg() {
	"$DLG" --db "$DB" "$@"
}

# A demo register, made by the program itself.
dlg demo >"$T/demo.out" 2>&1 || {
	cat "$T/demo.out" >&2
	fail "dialogreg demo failed"
}

tmx() {
	tmux -L "$SOCK" -f /dev/null "$@"
}

# start [VAR=VALUE...]: run the screens on the register in a new session
# of 80x24. Defaults: TERM=tmux-256color, LC_ALL=sv_SE.UTF-8; arguments
# override them or add variables (NO_COLOR=1, TERM=vt100). KEEP=1 keeps
# the pane after the program ends, showing "[exit N]", so the terminal
# it left behind can be inspected; the program is then the pane's child.
start() {
	cols=80
	lines=24
	keep=
	envs="TERM=tmux-256color LC_ALL=sv_SE.UTF-8 LANG=sv_SE.UTF-8"
	for a in "$@"; do
		case $a in
		KEEP=1) keep=1 ;;
		*) envs="$envs $a" ;;
		esac
	done
	cmd="env $envs DIALOGREG_TODAY=$DIALOGREG_TODAY HOME=$HOME \
	    $VG '$DLG' --db '$DB'"
	if [ -n "$keep" ]; then
		cmd="$cmd; echo \"[exit \$?]\"; exec sleep 600"
	else
		# exec: the session ends with the program
		cmd="exec $cmd"
	fi
	TMUX_STARTED=1
	# A server whose last session just ended may still be exiting and
	# refuse the new one ("server exited unexpectedly"): then wait until
	# it is gone and start a server again, once.
	if ! tmx new-session -d -s "$SESSION" -x "$cols" -y "$lines" "$cmd" \
	    2>"$T/tmux.err"; then
		poll '! tmx list-sessions >/dev/null 2>&1'
		tmx new-session -d -s "$SESSION" -x "$cols" -y "$lines" \
		    "$cmd" || fail "tmux cannot start a session:" \
		    "$(cat "$T/tmux.err")"
	fi
	# Keep the size the test asked for, whatever the client.
	tmx set-option -t "$SESSION" -g window-size manual >/dev/null 2>&1
}

# keys KEY...: tmux key names (Enter, Escape, F1, NPage, C-l, j).
keys() {
	tmx send-keys -t "$SESSION" "$@" || fail "cannot send keys $*"
}
# type TEXT: literal text, UTF-8 as it is.
type_text() {
	tmx send-keys -t "$SESSION" -l -- "$1" || fail "cannot type $1"
}

# screen: the visible screen as plain text, into $SCREEN and stdout.
screen() {
	tmx capture-pane -p -t "$SESSION" >"$SCREEN" 2>/dev/null
	cat "$SCREEN"
}

# poll CONDITION: run the shell condition every 50 ms until it holds, for
# at most TUI_WAIT (5) s; returns 1 when it never held. The condition sees
# the helper's argument as $W (poll's own $1 is the condition).
poll() {
	i=0
	while [ "$i" -lt $((${TUI_WAIT:-5} * 20)) ]; do
		if eval "$@"; then
			return 0
		fi
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

on_screen() {
	screen >/dev/null
	grep -qF -- "$1" "$SCREEN"
}

# wait_for TEXT: the screen shows TEXT (fixed string) within 5 s.
wait_for() {
	W=$1
	poll 'on_screen "$W"' || fail "the screen never showed: $1"
}
# wait_gone TEXT: the screen no longer shows TEXT within 5 s.
wait_gone() {
	W=$1
	poll '! on_screen "$W"' || fail "the screen still shows: $1"
}
# wait_line REGEX: a line of the screen matches the extended regex.
wait_line() {
	W=$1
	poll 'screen >/dev/null; grep -qE -- "$W" "$SCREEN"' ||
	    fail "no line of the screen matches: $1"
}
# expect_not TEXT: the screen (as now) does not show TEXT.
expect_not() {
	screen >/dev/null
	! grep -qF -- "$1" "$SCREEN" || fail "the screen shows: $1"
}

# pages_text: the help or text on the screen from the page shown to the
# last (PgDn until the screen stays as it is), without the title and
# status rows and with the lines two pages share taken once, into
# $T/pages; prints it with its lines joined and runs of spaces squeezed,
# so that a sentence wrapped over lines (and pages) is found whole.
pages_text() {
	rm -f "$T"/page.*
	last=
	i=0
	while [ "$i" -lt 30 ]; do
		now=$(screen)
		[ "$now" = "$last" ] && break
		sed '1d;$d' "$SCREEN" >"$T/page.$((i + 100))"
		last=$now
		keys NPage
		W=$now
		poll '[ "$(screen)" != "$W" ]' || break
		i=$((i + 1))
	done
	python3 -c 'import sys
out = []
for f in sys.argv[1:]:
    page = open(f, encoding="utf-8").read().split("\n")
    # the most lines the end of what we have and the page start share
    k = min(len(out), len(page))
    while k > 0 and out[len(out) - k:] != page[:k]:
        k -= 1
    out += page[k:]
print("\n".join(out))' "$T"/page.* >"$T/pages"
	tr '\n' ' ' <"$T/pages" | tr -s ' '
}

# expect_in TEXT WANT: TEXT (from pages_text) holds WANT; else fail,
# showing the pages.
expect_in() {
	case $1 in
	*"$2"*) ;;
	*) cat "$T/pages" >&2; fail "the text does not say: $2" ;;
	esac
}

# row N: line N (1 = the top) of the screen as now.
row() {
	screen | sed -n "${1}p"
}

# pane FORMAT: a tmux format of the pane (#{cursor_y}, #{pane_title}).
pane() {
	tmx display-message -p -t "$SESSION" "$1"
}

# cursor_on TEXT: the terminal cursor sits on the line that shows TEXT.
cursor_on() {
	W=$1
	poll 'y=$(pane "#{cursor_y}"); screen >/dev/null;
	    sed -n "$((y + 1))p" "$SCREEN" | grep -qF -- "$W"' ||
	    fail "the cursor is not on the line with: $1" \
	    "(cursor row $(pane '#{cursor_y}'))"
}

# selected_on TEXT: the line shown in reverse video (the selection) holds
# TEXT; for when the cursor is elsewhere (in a prompt).
selected_on() {
	W=$1
	poll 'tmx capture-pane -p -e -t "$SESSION" >"$T/sgr";
	    grep "$(printf "\033")\[[0-9;]*7[;m]" "$T/sgr" |
	    grep -qF -- "$W"' ||
	    fail "the selected line does not hold: $1"
}

# select_ref REF: move the list's cursor to REF (in reference order, no
# filter), counting its place from the command line's list.
select_ref() {
	# Read as CSV: a cell may hold a line break (a reason).
	n=$(dlg list --format csv | python3 -c 'import csv, sys
rows = list(csv.reader(sys.stdin))[1:]
refs = [r[0].lstrip("\ufeff") for r in rows]
print(refs.index(sys.argv[1]) + 1 if sys.argv[1] in refs else "")' "$1")
	[ -n "$n" ] || fail "no $1 in the register"
	keys g
	while [ "$n" -gt 1 ]; do
		keys j
		n=$((n - 1))
	done
	cursor_on "$1"
}

# resize COLS LINES: the window changes size (the program gets SIGWINCH).
resize() {
	tmx resize-window -t "$SESSION" -x "$1" -y "$2" ||
	    fail "cannot resize to $1x$2"
}

# program_pid: the process id of the program in the pane (its child when
# started with KEEP=1).
program_pid() {
	p=$(pane '#{pane_pid}')
	c=$(pgrep -P "$p" 2>/dev/null | head -n 1)
	echo "${c:-$p}"
}

# expect_terminal_restored: after the program ended (KEEP=1), the pane's
# terminal is as a shell expects it: the main screen, the cursor shown,
# keypad mode off; the register has no journal left behind.
expect_terminal_restored() {
	wait_line '^\[exit [0-9]+\]'
	[ "$(pane '#{alternate_on}')" = 0 ] ||
	    fail "$1: still on the alternate screen"
	[ "$(pane '#{cursor_flag}')" = 1 ] || fail "$1: the cursor is hidden"
	[ "$(pane '#{keypad_cursor_flag}')" = 0 ] ||
	    fail "$1: keypad mode is left on"
	[ ! -e "$DB-wal" ] && [ ! -e "$DB-journal" ] ||
	    fail "$1: the register's journal was left behind"
}

# stop: end the session (and the program in it, if any).
stop() {
	tmx kill-session -t "$SESSION" 2>/dev/null
	expect_gone
}

# expect_gone: the program ended and its session disappeared within 5 s.
expect_gone() {
	poll '! tmx has-session -t "$SESSION" 2>/dev/null' ||
	    fail "the program did not end"
}

# expect_exited PID: the process PID no longer exists within 5 s.
expect_exited() {
	W=$1
	poll '! kill -0 "$W" 2>/dev/null ||
	    ps -o stat= -p "$W" 2>/dev/null | grep -q "^Z"' ||
	    fail "process $1 is still running"
}
