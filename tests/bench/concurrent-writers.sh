#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# concurrent-writers.sh: the issue's full figure, 20 processes x 500
# changes to one dialogue without --if-version (10 000 processes, each its
# own synced commit: minutes, not a suite test). Runs the suite's test
# with the larger count and prints the time it took; the test itself
# checks 0 refused, 0 lost, the history complete.
#
#   tests/bench/concurrent-writers.sh [CHANGES] [PROGRAM]
set -u

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
changes=${1:-500}
prog=${2:-$root/build/src/dialogreg}

if [ ! -x "$prog" ]; then
	echo "bench: no program at $prog; build it with ./dialogreg.sh" >&2
	exit 1
fi
start=${EPOCHREALTIME/[.,]/}
CONCURRENT_CHANGES=$changes sh "$root/tests/cli/concurrent_writers_without_version_never_conflict.sh" "$prog"
rc=$?
end=${EPOCHREALTIME/[.,]/}
printf '20 writers x %d changes: %s, %d.%03d s\n' "$changes" \
    "$([ $rc -eq 0 ] && echo 'none refused, none lost' || echo FAILED)" \
    $(((end - start) / 1000000)) $((((end - start) / 1000) % 1000))
exit $rc
