#!/bin/sh
# Ten processes registering at the same moment get ten different
# references, all stored.
. "$(dirname "$0")/lib.sh"

ok init
pids=
i=1
while [ $i -le 10 ]; do
	"$DLG" new title="Samtidig $i" question="Fråga $i?" \
	    initiated_by="Tjänsteperson $i" bodies=Kommunstyrelsen \
	    >"$T/new.$i" 2>"$T/new.$i.err" &
	pids="$pids $!"
	i=$((i + 1))
done
i=1
for p in $pids; do
	wait "$p" || fail "process $i failed: $(cat "$T/new.$i.err")"
	i=$((i + 1))
done
: >"$T/refs"
i=1
while [ $i -le 10 ]; do
	cat "$T/new.$i" >>"$T/refs"
	i=$((i + 1))
done
[ "$(wc -l <"$T/refs")" -eq 10 ] || fail "not ten references: $(cat "$T/refs")"
[ "$(sort -u "$T/refs" | wc -l)" -eq 10 ] ||
    fail "references repeat: $(sort "$T/refs" | tr '\n' ' ')"
grep -qvE '^MD-2026-[0-9]{3}$' "$T/refs" &&
    fail "a reference is not MD-2026-NNN: $(cat "$T/refs")"
[ "$(sql 'SELECT count(*) FROM dialogues')" = 10 ] ||
    fail "not ten dialogues stored"
exit 0
