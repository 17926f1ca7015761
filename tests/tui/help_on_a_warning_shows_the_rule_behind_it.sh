#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# In the dialogue view ? shows the rule behind each warning, the one the
# cursor is on first, each as the register's policy (here both) words
# it with the policies' own words quoted in Swedish, and the keys after
# them. A warning a step only recommends (a target group without its
# considerations) is found among that step's rules. A dialogue without
# warnings shows the keys first, as before.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

start LC_ALL=C.UTF-8 LANG=C.UTF-8
wait_for "MD-2026-001"
select_ref MD-2026-007
keys Enter
wait_line "^ MD-2026-007  "
wait_for "2 warnings"
wait_for "! Level Information alone is one-way information"
keys j
cursor_on "! Level Information alone is one-way information"
# To the second warning.
menu_to "! Level Information contradicts gate 2"
keys '?'
wait_for "Help: Dialogue"
text=$(pages_text)
expect_in "$text" "2 warnings ! Level Information contradicts gate 2: the question is open to influence, yet residents are only informed [S:Metod]. Rule: [S:Metod] Level Information does not go with a question open to influence. The register warns about it. Sollentuna's rules: \"Information – När beslut är taget utan att det funnits möjlighet att påverka frågan. Envägskommunikation\""
expect_in "$text" "! Level Information alone is one-way information, not a citizen dialogue [T2.3][S:Metod]. Rule: [T2.3][S:Metod] Level Information alone is no citizen dialogue. The register warns about it. Tjörn's policy: \"Invånardialog handlar inte om"
expect_in "$text" "?, F1 Show the rule behind each warning, then this help"
expect_in "$text" "[S:Metod] is the section \"Metod\""
# The selected warning first, then the other, then the keys.
second=$(grep -n "Rule: \[S:Metod\] Level Information does not go" \
    "$T/pages" | head -n 1 | cut -d: -f1)
first=$(grep -n "Rule: \[T2.3\]\[S:Metod\] Level Information alone" \
    "$T/pages" | head -n 1 | cut -d: -f1)
keys_at=$(grep -n "Edit the dialogue, starting at the selected field" \
    "$T/pages" | head -n 1 | cut -d: -f1)
[ -n "$second" ] && [ -n "$first" ] && [ -n "$keys_at" ] &&
    [ "$second" -lt "$first" ] && [ "$first" -lt "$keys_at" ] ||
    fail "not the selected warning, the other, then the keys" \
    "($second, $first, $keys_at)"
keys q
wait_gone "Help:"
wait_line "^ MD-2026-007  "

# A warning of the plan's step, held once the dialogue runs.
keys q
select_ref MD-2026-013
keys Enter
wait_line "^ MD-2026-013  "
wait_for "1 warning"
keys '?'
wait_for "Help: Dialogue"
text=$(pages_text)
expect_in "$text" "! The target group 'Barnfamiljer' has no considerations"
expect_in "$text" "Rule: [T4][S:Metod] Each target group has its considerations (age, language, disability). The register warns about it. Tjörn's policy: \"I varje invånardialog ska hänsyn tas"
keys q
wait_gone "Help:"

# Without warnings: the keys first.
keys q
select_ref MD-2026-002
keys Enter
wait_line "^ MD-2026-002  "
[ "$(dlg show MD-2026-002 --format json | python3 -c 'import json, sys
print(len(json.load(sys.stdin)["warnings"]))')" = 0 ] ||
    fail "MD-2026-002 has warnings in the demo"
keys '?'
wait_for "Help: Dialogue"
row 3 | grep -q "Edit the dialogue, starting at the selected field" ||
    fail "the help of a dialogue without warnings does not start with the keys"
expect_not "Rule:"
exit 0
