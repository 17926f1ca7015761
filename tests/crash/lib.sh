# SPDX-License-Identifier: GPL-3.0-or-later
# lib.sh: helpers of the crash suite, on top of the cli suite's lib.sh
# (the real binary, a fresh temporary directory, English messages, a fixed
# today). Sourced with the path of the dialogreg binary as $1.

# This script, by a path that stays valid after lib.sh changes folder.
SELF=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
. "$(dirname "$0")/../cli/lib.sh"

need python3 python3
need prlimit util-linux

# survey ROWS FILE: a survey tool's CSV export with ROWS answers.
survey() {
	python3 - "$1" >"$2" <<'PY'
import sys
print("Datum;Svar;Tema;E-post")
for i in range(int(sys.argv[1])):
    print("2026-04-%02d 10:%02d;Svar %d: fler bussar på kvällarna och en "
          "park vid ån;tema %d;person%d@example.org" % (i % 28 + 1, i % 60,
          i, i % 7, i))
PY
}

# integrity FILE: PRAGMA integrity_check of FILE says ok.
integrity() {
	r=$(sqlite3 "$1" "PRAGMA integrity_check" 2>&1)
	[ "$r" = ok ] || fail "integrity_check of $1: $r"
}

# no_leftovers DIR: no temporary file of ours in DIR.
no_leftovers() {
	left=$(ls -A "$1" | grep -E '\.new-......|^\..*\.[A-Za-z0-9]{6}$' || true)
	[ -z "$left" ] || fail "temporary files left in $1: $left"
}

# same_bytes A B: files A and B are byte for byte the same.
same_bytes() {
	cmp -s "$1" "$2" || fail "$1 changed"
}

# not_by_signal: the last run ended by itself, not by a signal.
not_by_signal() {
	[ "$RC" -lt 128 ] || fail "ended by signal $((RC - 128))"
}

# in_mount_namespace "$@": run the rest of the script in a mount namespace
# of its own, so that the file systems it mounts vanish with it even when
# it is killed. Root needs no more; others get a user namespace.
in_mount_namespace() {
	if [ -z "${DIALOGREG_CRASH_NS:-}" ]; then
		export DIALOGREG_CRASH_NS=1
		rm -rf "$T"
		trap - EXIT
		cd / || exit 1
		unshare -m --propagation private true 2>/dev/null &&
		    exec unshare -m --propagation private "$SELF" "$DLG"
		unshare -rm --propagation private true 2>/dev/null &&
		    exec unshare -rm --propagation private "$SELF" "$DLG"
		echo "FAIL: this test mounts small file systems and needs" \
		    "a mount namespace (root, or user namespaces)" >&2
		exit 1
	fi
}

# small_fs DIR SIZE: a tmpfs of SIZE (as mount says it: 512k, 2m) at DIR.
# It is unmounted at the end, before the temporary folder goes.
MOUNTS=
small_fs() {
	mkdir -p "$1"
	mount -t tmpfs -o "size=$2,mode=0755" tmpfs "$1" ||
	    fail "cannot mount a tmpfs at $1"
	MOUNTS="$1 $MOUNTS"
	trap 'for m in $MOUNTS; do umount -l "$m"; done
	    chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
}
