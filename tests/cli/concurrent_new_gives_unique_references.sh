#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Ten processes registering at the same moment get ten different
# references, all stored: first in an existing register, then in one that
# does not exist yet (they race to create it too).
. "$(dirname "$0")/lib.sh"

# ten_at_once: run ten `new` at once and check their references.
ten_at_once() {
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
		wait "$p" ||
		    fail "process $i failed: $(cat "$T/new.$i.err")"
		i=$((i + 1))
	done
	: >"$T/refs"
	i=1
	while [ $i -le 10 ]; do
		cat "$T/new.$i" >>"$T/refs"
		i=$((i + 1))
	done
	[ "$(wc -l <"$T/refs")" -eq 10 ] ||
	    fail "not ten references: $(cat "$T/refs")"
	[ "$(sort -u "$T/refs" | wc -l)" -eq 10 ] ||
	    fail "references repeat: $(sort "$T/refs" | tr '\n' ' ')"
	grep -qvE '^MD-2026-[0-9]{3}$' "$T/refs" &&
	    fail "a reference is not MD-2026-NNN: $(cat "$T/refs")"
	[ "$(sql 'SELECT count(*) FROM dialogues')" = 10 ] ||
	    fail "not ten dialogues stored"
}

ok init
ten_at_once
DIALOGREG_DB=$T/fresh/register.db
export DIALOGREG_DB
ten_at_once
exit 0
