#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# No lost updates: a change based on a version another process has
# changed meanwhile is refused (exit 4) naming who changed what, and the
# other change stays.
. "$(dirname "$0")/lib.sh"

REF=$(new_dialogue) || exit 1
ok set "$REF" purpose="Första syftet"
expect_out "$REF is now at version 2."
READ=$(sql "SELECT version FROM dialogues WHERE ref = '$REF'")
[ "$READ" = 2 ] || fail "version is '$READ', not 2"

# Another process changes the question meanwhile.
ok set "$REF" question="Ändrad av en kollega"
expect_out "version 3"

# Ours, based on version 2, is refused and names who and what.
snapshot before
run set "$REF" title="Min rubrik" --if-version "$READ"
expect_rc 4
expect_err "$REF was changed by $(id -un)"
expect_err "(question)"
expect_err "nothing was saved"
expect_unchanged before
[ "$(sql "SELECT question FROM dialogues WHERE ref = '$REF'")" = \
    "Ändrad av en kollega" ] || fail "the other change was lost"
[ "$(sql "SELECT title FROM dialogues WHERE ref = '$REF'")" != \
    "Min rubrik" ] || fail "the stale change was stored"

# The same for a transition.
run advance "$REF" rejected --reason "Fel" --if-version 1
expect_rc 4
expect_unchanged before

# Based on the current version it goes through.
ok set "$REF" title="Min rubrik" --if-version 3
expect_out "version 4"

# A bad version is a usage error.
run set "$REF" title=x --if-version tre
expect_rc 1
expect_err "--if-version needs a whole number"
exit 0
