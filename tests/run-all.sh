#!/bin/bash
# run-all.sh: README command 2. The same set-up as dialogreg.sh, a build
# with warnings as errors in build-ci, then every meson test suite. Ends
# with the line "N passed, N failed" and meson's exit status; a skipped
# test counts as failed (tests must not skip silently).
set -u

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/tools/setup.sh"

build="$root/build-ci"

if ! setup_packages || ! setup_locale ||
    ! setup_build "$root" "$build" -Dwerror=true; then
	echo "the set-up or the build failed: no test ran"
	echo "0 passed, 1 failed"
	exit 1
fi
# An existing build-ci keeps -Dwerror=true even if configured otherwise.
if ! meson introspect --buildoptions "$build" 2>/dev/null |
    python3 -c 'import json,sys
sys.exit(0 if any(o["name"] == "werror" and o["value"]
    for o in json.load(sys.stdin)) else 1)'; then
	meson configure "$build" -Dwerror=true >&2 &&
	    ninja -C "$build" >&2 || { echo "0 passed, 1 failed"; exit 1; }
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
meson test -C "$build" --no-rebuild --print-errorlogs 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# meson's summary: "Ok:  12", "Expected Fail:  0", "Fail:  1", ...
count() {
	awk -v key="$1" '
	    index($0, key ":") == 1 { n = $NF } END { print n + 0 }' "$log"
}
ok=$(count "Ok")
xfail=$(count "Expected Fail")
fail=$(count "Fail")
xpass=$(count "Unexpected Pass")
timeout=$(count "Timeout")
skipped=$(count "Skipped")

if [ "$skipped" -gt 0 ]; then
	echo "$skipped skipped test(s) counted as failed: a test must not skip"
	[ "$status" -eq 0 ] && status=1
fi
if [ "$status" -ne 0 ] && [ $((fail + xpass + timeout + skipped)) -eq 0 ]
then
	# meson itself failed before or after running tests.
	fail=1
fi
echo "$((ok + xfail)) passed, $((fail + xpass + timeout + skipped)) failed"
exit "$status"
