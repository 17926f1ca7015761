#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bench.sh: how fast the register is at scale, beside the sqlite3 shell.
# Builds a synthetic register of N dialogues (default 200 000; the
# generator gives every dialogue with sessions 10-71 contributions) in a
# temporary directory, then times each reading command and the sqlite3
# shell doing the same work on the same file (the same rows, the same
# columns, the same order), and prints both with their ratio. Each figure
# is the best of RUNS runs (default 3), so that other work on the machine
# weighs less. Prints figures only: it never passes or fails, so it is
# not a meson test.
#
#   tests/bench/bench.sh [N] [PROGRAM]
#
# PROGRAM defaults to build/src/dialogreg (built by ./dialogreg.sh).
# RUNS=5 tests/bench/bench.sh ... for more runs; KEEP=FILE keeps the
# register (and reuses it when it exists: no demo then).
set -u

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
n=${1:-200000}
prog=${2:-$root/build/src/dialogreg}
runs=${RUNS:-3}

if [ ! -x "$prog" ]; then
	echo "bench: no program at $prog; build it with ./dialogreg.sh" >&2
	exit 1
fi
if ! command -v sqlite3 >/dev/null; then
	echo "bench: the sqlite3 shell is needed (apt-get install sqlite3)" >&2
	exit 1
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db=${KEEP:-$dir/register.db}

# now: microseconds since the epoch.
now() {
	echo "${EPOCHREALTIME/[.,]/}"
}

# best CMD...: the best wall time of $runs runs, in microseconds, in $us;
# the output is thrown away, the exit status kept in $rc.
best() {
	local i start end t

	us=
	for ((i = 0; i < runs; i++)); do
		start=$(now)
		"$@" >/dev/null 2>"$dir/stderr"
		rc=$?
		end=$(now)
		t=$((end - start))
		if [ -z "$us" ] || [ "$t" -lt "$us" ]; then
			us=$t
		fi
	done
}

ms() {
	printf '%d.%03d' $(($1 / 1000000)) $(($1 % 1000000 / 1000))
}

# peak KB of one run of CMD...
peak() {
	/usr/bin/time -f '%M' -o "$dir/rss" "$@" >/dev/null 2>&1
	cat "$dir/rss"
}

# compare LABEL 'SQL' [shell options] -- program arguments...: the
# program beside the shell, the ratio program / shell.
compare() {
	local label=$1 sql=$2 p s kb

	shift 2
	local opts=()
	while [ "$1" != "--" ]; do
		opts+=("$1")
		shift
	done
	shift
	best "$prog" --db "$db" "$@"
	p=$us
	[ "$rc" -eq 0 ] || label="$label (exit $rc: $(head -n 1 "$dir/stderr"))"
	best sqlite3 "${opts[@]}" "$db" "$sql"
	s=$us
	kb=$(peak "$prog" --db "$db" "$@")
	printf '%-40s %8s s %8s s %6s %7s MB\n' "$label" "$(ms "$p")" \
	    "$(ms "$s")" "$(awk -v p="$p" -v s="$s" \
	    'BEGIN { printf "%.2f", (s > 0 ? p / s : 0) }')" \
	    "$(awk -v k="$kb" 'BEGIN { printf "%.1f", k / 1024 }')"
}

# The list's rows as the shell can give them: every column, the lists
# joined, the children counted, as `list --format csv|json` prints them.
ROW="d.*, (SELECT group_concat(i.name, '; ') FROM items i
  WHERE i.dialogue_id = d.id) AS lists,
  (SELECT count(*) FROM sessions s WHERE s.dialogue_id = d.id) AS n_sessions,
  (SELECT max(s.date) FROM sessions s WHERE s.dialogue_id = d.id) AS last,
  (SELECT sum(s.participants) FROM sessions s WHERE s.dialogue_id = d.id)
    AS n_participants,
  (SELECT count(*) FROM feedback f WHERE f.dialogue_id = d.id) AS n_feedback,
  (SELECT min(f.date) FROM feedback f WHERE f.dialogue_id = d.id) AS first,
  (SELECT count(*) FROM contributions c WHERE c.dialogue_id = d.id)
    AS n_contributions"
REF="ORDER BY d.year, d.serial"
DEADLINE="ORDER BY d.decision_deadline IS NULL, d.decision_deadline,
  d.year, d.serial"
FTS="d.id IN (SELECT rowid FROM dialogue_fts WHERE dialogue_fts MATCH
  '\"belysning\" *') OR d.id IN (SELECT c.dialogue_id FROM contributions c
  WHERE c.id IN (SELECT rowid FROM contribution_fts WHERE contribution_fts
  MATCH '\"belysning\" *'))"

echo "dialogreg benchmark: $n synthetic dialogues, $(nproc) CPU(s)," \
    "best of $runs"
echo "program: $prog"
echo "sqlite3: $(sqlite3 --version | cut -d' ' -f1)"
if [ ! -e "$db" ]; then
	start=$(now)
	/usr/bin/time -f '%M' -o "$dir/rss" "$prog" --db "$db" demo \
	    --size "$n" >/dev/null 2>"$dir/stderr" ||
	    { echo "bench: demo failed: $(cat "$dir/stderr")" >&2; exit 1; }
	end=$(now)
	printf '%-40s %8s s (peak %d MB)\n' "demo --size $n" \
	    "$(ms $((end - start)))" $(($(cat "$dir/rss") / 1024))
fi
size=$(stat -c %s "$db")
printf '%-40s %8d MB, %d bytes per dialogue\n' "register file" \
    $((size / 1048576)) $((n > 0 ? size / n : 0))
for t in dialogues contributions history; do
	printf '%-40s %10d\n' "rows in $t" \
	    "$(sqlite3 "$db" "SELECT count(*) FROM $t")"
done
# One open first, so a migration is not timed.
"$prog" --db "$db" list --limit 1 >/dev/null 2>&1

printf '\n%-40s %10s %10s %6s %10s\n' "" "program" "shell" "ratio" "peak RSS"
compare "first page (50, by reference)" \
    "SELECT $ROW FROM dialogues d $REF LIMIT 50" -csv -header -- \
    list --limit 50 --format csv
compare "first page by deadline" \
    "SELECT $ROW FROM dialogues d $DEADLINE LIMIT 50" -csv -header -- \
    list --limit 50 --sort deadline --format csv
compare "first page, state running" \
    "SELECT $ROW FROM dialogues d WHERE d.state IN ('running') $REF
    LIMIT 50" -csv -header -- \
    list --state running --limit 50 --format csv
compare "full text 'belysning', first page" \
    "SELECT $ROW FROM dialogues d WHERE $FTS $REF LIMIT 50" -csv -header -- \
    list --text belysning --limit 50 --format csv
compare "full text 'belysning', all matches" \
    "SELECT $ROW FROM dialogues d WHERE $FTS $REF" -csv -header -- \
    list --text belysning --format csv
compare "all running (scan), CSV" \
    "SELECT $ROW FROM dialogues d WHERE d.state IN ('running') $REF" \
    -csv -header -- list --state running --format csv
compare "whole register, CSV" \
    "SELECT $ROW FROM dialogues d $REF" -csv -header -- list --format csv
compare "whole register, JSON" \
    "SELECT $ROW FROM dialogues d $REF" -json -- list --format json

# The screens: a scripted key sequence in tmux (80x24), each key's time
# measured inside the program (DIALOGREG_KEY_TIMES); the first full
# screen, then p50, p99 and the slowest over every key, and the peak
# memory of the program at the end.
if ! command -v tmux >/dev/null; then
	echo "(no tmux: the screens are not measured)"
	exit 0
fi
sock="dlgbench-$$"
times="$dir/times"
tmux -L "$sock" -f /dev/null new-session -d -s b -x 80 -y 24 \
    "exec env TERM=tmux-256color LC_ALL=C.UTF-8 DIALOGREG_KEY_TIMES=$times \
    '$prog' --db '$db'"
k() {
	local key

	for key in "$@"; do
		tmux -L "$sock" send-keys -t b "$key"
		sleep 0.4
	done
}
sleep 2
k NPage NPage NPage NPage NPage PPage PPage j j k G g
k s s s s NPage NPage NPage NPage r NPage NPage g
k s s s NPage NPage NPage s s s
k Enter q Enter q
k / l e k Enter n n N
sleep 1
k Enter q
pid=$(tmux -L "$sock" display-message -p -t b '#{pane_pid}')
hwm=$(awk '/^VmHWM/ { print int($2 / 1024) }' "/proc/$pid/status" \
    2>/dev/null)
k q
tmux -L "$sock" kill-server 2>/dev/null
echo
awk -v hwm="${hwm:-?}" '
$1 == "start" { start = $2; next }
{ t[n++] = $2 }
END {
	if (n == 0) { print "screens: no key times (tmux?)"; exit }
	# sort
	for (i = 1; i < n; i++) {
		v = t[i]
		for (j = i - 1; j >= 0 && t[j] > v; j--)
			t[j + 1] = t[j]
		t[j + 1] = v
	}
	p50 = t[int(n * 0.50)]
	p99 = t[int(n * 0.99) < n ? int(n * 0.99) : n - 1]
	printf "screens: first full screen %.1f ms; %d events: p50 %.1f ms," \
	    " p99 %.1f ms, slowest %.1f ms; peak RSS %s MB\n", start / 1000,
	    n, p50 / 1000, p99 / 1000, t[n - 1] / 1000, hwm
}' "$times"
sort -k2 -n -r "$times" | head -n 5 | sed 's/^/  slowest: /'
exit 0
