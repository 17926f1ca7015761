#!/bin/bash
# bench.sh: how long the register takes at scale. Builds a synthetic
# register of N dialogues (default 200 000) in a temporary directory and
# times the demo itself and a few reading commands on it. Prints figures
# only: it never passes or fails, so it is not a meson test.
#
#   tests/bench/bench.sh [N] [PROGRAM]
#
# PROGRAM defaults to build/src/dialogreg (built by ./dialogreg.sh).
set -u

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
n=${1:-200000}
prog=${2:-$root/build/src/dialogreg}

if [ ! -x "$prog" ]; then
	echo "bench: no program at $prog; build it with ./dialogreg.sh" >&2
	exit 1
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
db="$dir/register.db"

# run LABEL ARGS...: time one command, output thrown away.
run() {
	local label=$1 start end rc us

	shift
	start=${EPOCHREALTIME/[.,]/}
	"$prog" --db "$db" "$@" >/dev/null 2>"$dir/stderr"
	rc=$?
	end=${EPOCHREALTIME/[.,]/}
	us=$((end - start))
	printf '%-44s %4d.%03d s' "$label" $((us / 1000000)) \
	    $((us % 1000000 / 1000))
	# check exits 2 when something is missing: a result, not a failure.
	case $rc in
	0) ;;
	2) printf '  (exit 2)' ;;
	*) printf '  (exit %d: %s)' "$rc" "$(head -n 1 "$dir/stderr")" ;;
	esac
	printf '\n'
}

echo "dialogreg benchmark: $n synthetic dialogues, $(nproc) CPU(s)"
echo "program: $prog"
run "demo --size $n" demo --size "$n"
printf '%-44s %8s MB\n' "register file" \
    "$(( $(stat -c %s "$db") / 1024 / 1024 ))"

first=$("$prog" --db "$db" list --limit 1 --format csv 2>/dev/null |
    tail -n 1 | cut -d, -f1 | tr -d '"\r')
mid=$(printf '%s-%03d' "${first%-*}" $(( n / 2 > 0 ? n / 2 : 1 )))

run "list --limit 50" list --limit 50
run "list --limit 50 --sort deadline" list --limit 50 --sort deadline
run "list --state running --limit 50" list --state running --limit 50
run "list --text Lekplatsen --limit 50" list --text Lekplatsen --limit 50
run "list --text belysning (contributions)" list --text belysning
run "list --overdue --limit 50" list --overdue --limit 50
run "list (all, text)" list
run "list --format json (all)" list --format json
run "show $mid" show "$mid"
run "check $mid" check "$mid"
run "history $mid" history "$mid"
exit 0
