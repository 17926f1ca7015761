#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# At a terminal `new` asks to confirm that the dialogue is no
# opinion-forming, marketing or persuasion [T2][S:Definition]: "ja"
# registers nothing, Enter (no) registers it; a script is not asked.
. "$(dirname "$0")/lib.sh"
export LC_ALL=sv_SE.UTF-8

ok init
tty_run ja new title="Kampanj för källsortering" question="Vad tycker du?" \
    initiated_by="Eva Dahl" bodies="Samhällsbyggnadsnämnden"
[ "$RC" -eq 2 ] || fail "a persuasion was registered (status $RC): $(cat "$T/tty")"
grep -q "opinionsbildning, marknadsföring" "$T/tty" ||
    fail "the question was not asked: $(cat "$T/tty")"
grep -q "ingenting registrerades" "$T/tty" ||
    fail "the refusal is not said: $(cat "$T/tty")"
[ "$(sql 'SELECT count(*) FROM dialogues')" = 0 ] ||
    fail "a refused dialogue was stored"

tty_run "" new title="Torget i Åby" question="Hur vill du använda torget?" \
    initiated_by="Eva Dahl" bodies="Samhällsbyggnadsnämnden"
[ "$RC" -eq 0 ] || fail "Enter did not register it (status $RC): $(cat "$T/tty")"
grep -q "MD-2026-001" "$T/tty" || fail "no reference: $(cat "$T/tty")"

# A script is not asked.
ok new title="Busstider" question="Vilka tider?" initiated_by="Eva Dahl" \
    bodies="Samhällsbyggnadsnämnden" </dev/null
expect_no_err "[j/N]"
exit 0
