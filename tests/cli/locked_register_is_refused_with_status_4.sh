#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A register another program holds locked past the busy timeout: the
# writer tries again a bounded number of times, then the change is
# refused with exit status 4 and nothing is stored; a lock let go while
# the writer still tries (after its first busy timeout) lets the change
# through; once the lock is gone the same change goes through.
. "$(dirname "$0")/lib.sh"

REF=$(new_dialogue) || exit 1

# Another client holds a write transaction open (fed through a FIFO).
mkfifo "$T/lock.in"
sqlite3 "$DIALOGREG_DB" <"$T/lock.in" >/dev/null 2>&1 &
LOCKER=$!
exec 3>"$T/lock.in"
# It waits for the lock itself: the probe below holds it for a moment
# too, and a locker without a timeout would give up at once and never
# hold it.
printf '.timeout 10000\nBEGIN IMMEDIATE;\n' >&3

# Wait until the lock is really held (poll, bounded).
i=0
while sqlite3 -cmd '.timeout 0' "$DIALOGREG_DB" \
    'BEGIN IMMEDIATE; ROLLBACK;' >/dev/null 2>&1; do
	i=$((i + 1))
	[ $i -lt 500 ] || fail "the other client never took the lock"
	sleep 0.01
done

DIALOGREG_BUSY_TIMEOUT=100
export DIALOGREG_BUSY_TIMEOUT
# It gives up, and in bounded time: 1 + 2 busy timeouts, not forever
# (the timeout here only keeps a hang from stalling the suite).
timeout 60 "$DLG" set "$REF" purpose="Medan någon annan skriver" \
    >"$T/out" 2>"$T/err"
RC=$?
expect_rc 4
expect_err "the register is locked"
[ -z "$(sql "SELECT purpose FROM dialogues WHERE ref = '$REF'")" ] ||
    fail "the refused change was stored"

# Held for longer than one busy timeout (300 ms) but let go well within
# the three the writer waits: the writer's next try takes the lock.
DIALOGREG_BUSY_TIMEOUT=300 "$DLG" set "$REF" purpose="När låset släpps" \
    >"$T/late.out" 2>"$T/late.err" &
WRITER=$!
sleep 0.5
printf 'ROLLBACK;\n' >&3
wait "$WRITER"
LATE=$?
[ "$LATE" -eq 0 ] || fail "a lock let go within the retries still" \
    "refused the change (exit $LATE): $(cat "$T/late.err")"
[ "$(sql "SELECT purpose FROM dialogues WHERE ref = '$REF'")" = \
    "När låset släpps" ] || fail "the change made after the retry is not stored"

exec 3>&-
wait "$LOCKER"

ok set "$REF" purpose="Nu går det"
exit 0
