# SPDX-License-Identifier: GPL-3.0-or-later
# lib.sh: shared helpers for the command-line tests. Each test script
# sources this with the path of the dialogreg binary as $1; it gets a fresh
# temporary directory with its own register, English messages and a fixed
# "today" (2026-05-04), and helpers that fail with a message saying what
# was expected and what the program printed.

set -u

DLG=${1:?usage: $0 PATH-TO-dialogreg}
case $DLG in
/*) ;;
*) DLG=$PWD/$DLG ;;
esac
[ -x "$DLG" ] || { echo "FAIL: no program at $DLG" >&2; exit 1; }

T=$(mktemp -d "${TMPDIR:-/tmp}/dialogreg-cli.XXXXXX") ||
    { echo "FAIL: cannot make a temporary directory" >&2; exit 1; }
trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
cd "$T" || exit 1

export LC_ALL=C.UTF-8
export DIALOGREG_TODAY=2026-05-04
export DIALOGREG_DB="$T/register.db"
export HOME="$T/home"
unset XDG_DATA_HOME LANGUAGE

LAST=
RC=0

fail() {
	printf 'FAIL: %s\n' "$*" >&2
	if [ -n "$LAST" ]; then
		printf -- '--- command: %s (exit %s)\n' "$LAST" "$RC" >&2
		printf -- '--- stdout:\n' >&2
		cat "$T/out" >&2 2>/dev/null
		printf -- '--- stderr:\n' >&2
		cat "$T/err" >&2 2>/dev/null
	fi
	exit 1
}

need() {
	command -v "$1" >/dev/null 2>&1 ||
	    fail "this test needs '$1': install it (Debian: apt-get install $2)"
}
need sqlite3 sqlite3

# run ARGS...: run dialogreg, keep stdout in $T/out, stderr in $T/err and
# the exit status in RC.
run() {
	LAST="dialogreg $*"
	"$DLG" "$@" >"$T/out" 2>"$T/err"
	RC=$?
}

# ok ARGS...: run and expect success.
ok() {
	run "$@"
	[ "$RC" -eq 0 ] || fail "expected success"
}

expect_rc() {
	[ "$RC" -eq "$1" ] || fail "expected exit status $1, got $RC"
}

# expect_out TEXT / expect_err TEXT: the output holds TEXT (fixed string).
expect_out() {
	grep -qF -- "$1" "$T/out" || fail "stdout lacks: $1"
}
expect_err() {
	grep -qF -- "$1" "$T/err" || fail "stderr lacks: $1"
}
expect_no_out() {
	! grep -qF -- "$1" "$T/out" || fail "stdout should not hold: $1"
}
expect_no_err() {
	! grep -qF -- "$1" "$T/err" || fail "stderr should not hold: $1"
}
# expect_line_out TEXT: stdout has a line that is exactly TEXT.
expect_line_out() {
	grep -qxF -- "$1" "$T/out" || fail "stdout has no line: $1"
}
# expect_lines N: stdout has exactly N lines.
expect_lines() {
	n=$(wc -l <"$T/out")
	[ "$n" -eq "$1" ] || fail "expected $1 lines on stdout, got $n"
}

# out: stdout of the last run, without its final newline.
out() {
	cat "$T/out"
}

# snapshot NAME: the register's content (sqlite3 .dump) into $T/NAME.dump.
snapshot() {
	sqlite3 "${2:-$DIALOGREG_DB}" .dump >"$T/$1.dump" ||
	    fail "sqlite3 cannot dump the register"
}
# expect_unchanged NAME: the register's content equals snapshot NAME.
expect_unchanged() {
	sqlite3 "${2:-$DIALOGREG_DB}" .dump >"$T/now.dump" ||
	    fail "sqlite3 cannot dump the register"
	cmp -s "$T/$1.dump" "$T/now.dump" ||
	    fail "the register changed: $(diff "$T/$1.dump" "$T/now.dump" |
	    head -20)"
}

# sql QUERY: run a query on the register, print the result.
sql() {
	sqlite3 "$DIALOGREG_DB" "$1"
}

# json_ok FILE: FILE parses as JSON.
json_ok() {
	need python3 python3
	python3 -m json.tool "$1" >/dev/null 2>"$T/json.err" ||
	    fail "not valid JSON ($1): $(cat "$T/json.err")"
}

# A dialogue ready for registration; prints its reference.
new_dialogue() {
	run new title="${1:-Ny skatepark i Skärhamn}" \
	    question="Hur ska skateparken utformas?" \
	    initiated_by="Anna Berg, fritidschef" \
	    bodies="${2:-Kultur- och fritidsnämnden}"
	[ "$RC" -eq 0 ] || fail "could not register a dialogue"
	head -n 1 "$T/out"
}

# walk REF STATE: supply what each step needs and advance REF step by step
# until it is in STATE. Decision, session and feedback dates come from
# DECISION_DATE, SESSION_DATE and FEEDBACK_DATE (defaults: recent, so
# nothing is overdue). LEVEL (default dialogue) is the level decided; with
# DECIDE_REASON the decision is taken with that reason (the override of
# Level Information for a question open to influence [T4]).
walk() {
	# the deciding body, as the program derives it
	body=$("$DLG" show "$1" --format csv | tail -n 1 | cut -d, -f4 |
	    tr -d '\r')
	[ -n "$body" ] || fail "walk: no deciding body for $1"
	for st in decided planned running reported fed_back evaluated; do
		case $st in
		decided)
			ok set "$1" decision_body="$body" \
			    decision_date="${DECISION_DATE:-2026-03-01}" \
			    decision_paragraph="§ 48" \
			    need_views=yes need_views_by=KFN \
			    need_views_date=2026-02-20 \
			    open_to_influence=yes open_to_influence_by=KFN \
			    open_to_influence_date=2026-02-20 \
			    purpose="Unga ska forma parken." \
			    level="${LEVEL:-dialogue}" ;;
		planned)
			ok set "$1" goals="40 unga deltar" \
			    target_groups="Unga 13–19 år (ålder)" \
			    background="Platsen är en grusplan i dag." \
			    project_plan="Projektplan KFN 2026/4" \
			    resources="Planarkitekt, 40 timmar" \
			    methods="Open space" planned_start=2026-04-01 \
			    planned_end=2026-06-30 decision_deadline=2026-12-15 \
			    budget=50000 financing=Fritidsbudget \
			    responsibilities="Fritid gör allt" \
			    process_owner=KFN \
			    process_leader="Eva Lund" communication_plan=Skolor \
			    documentation_plan=Anteckningar \
			    feedback_plan="Möte" evaluation_plan="Enkät" ;;
		running)
			ok set "$1" politicians="Anna Berg (KFN)" \
			    result_use="Underlag till beslut" \
			    participants_informed=yes parties_invited=2026-03-15 ;;
		reported)
			ok session add "$1" --date "${SESSION_DATE:-2026-04-25}" \
			    --politicians "Anna Berg" --participants 20
			ok set "$1" result_summary="Ramper" \
			    report_reference="KFN § 90" \
			    report_date="${SESSION_DATE:-2026-04-25}" ;;
		fed_back)
			ok feedback add "$1" --date "${FEEDBACK_DATE:-2026-05-01}" \
			    --channels webb --text "Så blev det." ;;
		evaluated)
			ok set "$1" evaluation_date=2026-05-03 influence=yes \
			    goals_met="Ja" ;;
		esac
		if [ "$st" = decided ] && [ -n "${DECIDE_REASON:-}" ]; then
			ok advance "$1" "$st" --reason "$DECIDE_REASON"
		else
			ok advance "$1" "$st"
		fi
		[ "$st" = "$2" ] && return 0
	done
	fail "walk: unknown state $2"
}

# tty_run ANSWER ARG...: run dialogreg ARG... on a pseudo-terminal (its
# standard error too), type ANSWER and a newline if it asks [j/N] or
# [y/N]; what the terminal showed in $T/tty, the status in $RC.
tty_run() {
	answer=$1
	shift
	python3 - "$DLG" "$answer" "$@" >"$T/tty" <<'PY'
import os, pty, select, sys, time
dlg, answer, args = sys.argv[1], sys.argv[2], sys.argv[3:]
pid, fd = pty.fork()
if pid == 0:
    os.execv(dlg, [dlg] + args)
out, sent, end = b"", False, time.time() + 20
while time.time() < end:
    r, _, _ = select.select([fd], [], [], 0.2)
    if r:
        try:
            data = os.read(fd, 4096)
        except OSError:
            break
        if not data:
            break
        out += data
        if not sent and (b"[j/N]" in out or b"[y/N]" in out):
            os.write(fd, answer.encode() + b"\n")
            sent = True
sys.stdout.write(out.decode("utf-8", "replace"))
if not sent:
    os.kill(pid, 9)
_, status = os.waitpid(pid, 0)
sys.exit(os.WEXITSTATUS(status))
PY
	RC=$?
}
