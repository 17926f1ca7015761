# SPDX-License-Identifier: GPL-3.0-or-later
# reader.sh: another program reading the register, for the tests of
# erasure behind a reader (sourced after the suite's lib.sh, which gives
# $T and fail). The reader is the sqlite3 shell fed through a FIFO, so
# its read transaction stays open between the steps of the test; it
# answers each step in its output, which is polled (bounded).

# in_files DB TEXT: 0 when some file of the register DB (.db, -wal,
# -shm) holds TEXT.
in_files() {
	for f in "$1" "$1-wal" "$1-shm"; do
		[ -f "$f" ] && grep -qaF "$2" "$f" && return 0
	done
	return 1
}

# reader_await TEXT: the reader has printed TEXT.
reader_await() {
	i=0
	until grep -qF "$1" "$T/reader.out"; do
		i=$((i + 1))
		[ $i -lt 500 ] || fail "the reader never said '$1'"
		sleep 0.01
	done
}

# reader_start DB: a read transaction on DB, open until reader_done;
# returns once it has read (the contributions counted, "reading|N").
reader_start() {
	mkfifo "$T/reader.in"
	sqlite3 "$1" <"$T/reader.in" >"$T/reader.out" 2>&1 &
	READER=$!
	exec 3>"$T/reader.in"
	printf "BEGIN;\nSELECT 'reading', count(*) FROM contributions;\n" >&3
	reader_await "reading|"
}

# reader_done: the reader ends its transaction but stays connected.
reader_done() {
	printf "COMMIT;\nSELECT 'done';\n" >&3
	reader_await "done"
}

# reader_stop: the reader ends.
reader_stop() {
	exec 3>&-
	wait "$READER"
}
