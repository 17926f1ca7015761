#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# run.sh HARNESS CORPUS: run one libFuzzer harness for FUZZ_SECONDS
# (default 20) from the seed corpus CORPUS (left as it is: new inputs go
# to a temporary folder). Passes when libFuzzer ends without a finding;
# a finding is kept in FUZZ_ARTIFACTS (default the temporary folder,
# printed) with the command that replays it.
set -u

fuzzer=${1:?usage: $0 HARNESS CORPUS}
seeds=${2:?usage: $0 HARNESS CORPUS}
seconds=${FUZZ_SECONDS:-20}

work=$(mktemp -d "${TMPDIR:-/tmp}/dialogreg-fuzz.XXXXXX") ||
    { echo "FAIL: cannot make a temporary directory" >&2; exit 1; }
artifacts=${FUZZ_ARTIFACTS:-$work/artifacts}
mkdir -p "$work/corpus" "$artifacts"
trap 'rm -rf "$work/corpus"' EXIT

# One process, bounded in time and memory; an input that runs over 10 s
# is a finding too (a hang).
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$work/corpus" "$seeds"
status=$?
if [ "$status" -ne 0 ]; then
	echo "FAIL: $(basename "$fuzzer") found a problem (exit $status):" >&2
	ls -l "$artifacts" >&2
	echo "replay: $fuzzer $artifacts/<file>" >&2
	exit 1
fi
[ -n "${FUZZ_ARTIFACTS:-}" ] || rm -rf "$work"
exit 0
