#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# run-all.sh: README command 2. The same set-up as dialogreg.sh, then
# four runs, each a meson test run in a build directory of its own:
#   build-ci    warnings as errors: every suite;
#   build-ci    the screens' suite again, the program under valgrind
#               (tests/tui/lib.sh, DIALOGREG_VALGRIND=1);
#   build-asan  AddressSanitizer (leaks too) and UndefinedBehavior-
#               Sanitizer, halting on the first error: every suite;
#   build-fuzz  clang with -Dfuzz=true: each libFuzzer harness of
#               tests/fuzz for FUZZ_SECONDS (20) seconds.
# Ends with the line "N passed, N failed" over all runs, and exits 0 only
# when every run's meson exited 0 (else the last failing run's status);
# a skipped test counts as failed (tests must not skip silently).
set -u

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$root/tools/setup.sh"

build="$root/build-ci"
asan="$root/build-asan"
fuzz="$root/build-fuzz"

setup_failed() {
	echo "the set-up or the build failed: no test ran"
	echo "0 passed, 1 failed"
	exit 1
}

if ! setup_packages || ! setup_locale ||
    ! setup_build "$root" "$build" -Dwerror=true; then
	setup_failed
fi
# An existing build-ci keeps -Dwerror=true even if configured otherwise.
if ! meson introspect --buildoptions "$build" 2>/dev/null |
    python3 -c 'import json,sys
sys.exit(0 if any(o["name"] == "werror" and o["value"]
    for o in json.load(sys.stdin)) else 1)'; then
	meson configure "$build" -Dwerror=true >&2 &&
	    ninja -C "$build" >&2 || { echo "0 passed, 1 failed"; exit 1; }
fi
# The sanitizer trees: -Db_lundef=false, as the sanitizers' runtimes
# define symbols only at run time.
setup_build "$root" "$asan" -Db_sanitize=address,undefined \
    -Db_lundef=false || setup_failed
(export CC=clang; setup_build "$root" "$fuzz" -Dfuzz=true \
    -Db_sanitize=address,undefined -Db_lundef=false) || setup_failed

log=$(mktemp)
trap 'rm -f "$log"' EXIT

passed=0
failed=0
status=0

# meson's summary: "Ok:  12", "Expected Fail:  0", "Fail:  1", ...
count() {
	awk -v key="$1" '
	    index($0, key ":") == 1 { n = $NF } END { print n + 0 }' "$log"
}

# run TITLE BUILDDIR [MESON-TEST-ARGUMENT...]: one meson test run, its
# counts added to passed and failed, its exit status kept in status.
run() {
	local title=$1 dir=$2 rc ok xfail fail xpass timeout skipped

	shift 2
	printf '\n=== %s\n' "$title"
	meson test -C "$dir" --no-rebuild --print-errorlogs "$@" 2>&1 |
	    tee "$log"
	rc=${PIPESTATUS[0]}
	ok=$(count "Ok")
	xfail=$(count "Expected Fail")
	fail=$(count "Fail")
	xpass=$(count "Unexpected Pass")
	timeout=$(count "Timeout")
	skipped=$(count "Skipped")
	if [ "$skipped" -gt 0 ]; then
		echo "$skipped skipped test(s) counted as failed:" \
		    "a test must not skip"
		[ "$rc" -eq 0 ] && rc=1
	fi
	if [ "$rc" -ne 0 ] &&
	    [ $((fail + xpass + timeout + skipped)) -eq 0 ]; then
		# meson itself failed before or after running tests.
		fail=1
	fi
	passed=$((passed + ok + xfail))
	failed=$((failed + fail + xpass + timeout + skipped))
	[ "$rc" -ne 0 ] && status=$rc
	return 0
}

run "every suite (build-ci)" "$build"

# The screens under valgrind: slower, so the helpers wait longer and the
# corpus of typed texts is smaller (its exactness is checked above). Job
# control is left out: valgrind does not stop on the program's SIGTSTP.
# G_SLICE=always-malloc: GLib's slices (Pango's objects) are then
# allocations of their own, so a layout the program forgets is a leak
# the checkers see (the sanitizer run below too).
G_SLICE=always-malloc DIALOGREG_VALGRIND=1 TUI_WAIT=30 CORPUS_SIZE=10 \
    run "the screens under valgrind (build-ci)" "$build" --suite tui \
    --no-suite job-control --timeout-multiplier 3

# Sanitizers: halt on the first error, leaks counted at each exit. The
# UBSan suppressions hold only what is fixed elsewhere and not yet here,
# the LeakSanitizer ones only what the libraries lose (tests/lsan.supp).
G_SLICE=always-malloc \
ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:print_summary=1 \
LSAN_OPTIONS=suppressions=$root/tests/lsan.supp:print_suppressions=0 \
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:print_summary=1:suppressions=$root/tests/ubsan.supp \
CORPUS_SIZE=50 \
    run "every suite with AddressSanitizer and UBSan (build-asan)" "$asan" \
    --timeout-multiplier 3

FUZZ_SECONDS=${FUZZ_SECONDS:-20} \
    run "the fuzz harnesses (build-fuzz)" "$fuzz" --suite fuzz

echo "$passed passed, $failed failed"
exit "$status"
