#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A register another program holds locked past the busy timeout: the
# change is refused with exit status 4 and nothing is stored; once the
# lock is gone the same change goes through.
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
run set "$REF" purpose="Medan någon annan skriver"
expect_rc 4
expect_err "the register is locked"

printf 'ROLLBACK;\n' >&3
exec 3>&-
wait "$LOCKER"

[ -z "$(sql "SELECT purpose FROM dialogues WHERE ref = '$REF'")" ] ||
    fail "the refused change was stored"
ok set "$REF" purpose="Nu går det"
exit 0
