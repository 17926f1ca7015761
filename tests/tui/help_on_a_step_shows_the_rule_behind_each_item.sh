#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# In a register that follows Tjörn's policy the lifecycle dialog lists
# what the highlighted step lacks and, apart from it, what the policy
# only recommends ("bör"): warnings, marked with !, never counted as
# missing. ? shows each item followed by the rule behind it as Tjörn's
# policy has it, in its own words, with no Sollentuna reference, then
# the keys. In Swedish.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

rm -f "$DB"
dlg init --policy tjorn >"$T/init.out" 2>&1 ||
    fail "dialogreg init --policy tjorn failed: $(cat "$T/init.out")"
ref=$(new_dialogue "Skatepark i Skärhamn")
# Decided but for the purpose, and without who answered the gate
# questions and when: Tjörn's policy only recommends those [T4].
dlg set "$ref" decision_body="Kultur- och fritidsnämnden" \
    decision_date=2026-03-01 decision_paragraph="§ 48" need_views=yes \
    open_to_influence=yes level=dialogue >"$T/set.out" 2>&1 ||
    fail "could not prepare $ref: $(cat "$T/set.out")"

start
# The list says the policy's word for the dialogues.
wait_line "^ Invånardialoger – "
open_view "$ref"
keys s
wait_for "Byt status: $ref"
wait_for "Registrera beslut (blir Beslutad): 1 punkt saknas"
wait_for "Det här saknas för steget (1 punkt):"
wait_for "- Syfte saknas [T4]."
wait_for "Rekommenderas, krävs inte (4 varningar):"
wait_for "! ”Förutsättning 1 bedömd av” saknas"
expect_not "[S:"

keys '?'
wait_for "Hjälp: Byt status"
wait_for "Registrera beslut (blir Beslutad): 1 punkt saknas"
wait_for "- Syfte saknas [T4]."
wait_for "Regel: [T4] Syftet är beskrivet."
text=$(pages_text)
for want in \
    "- Syfte saknas [T4]. Regel: [T4] Syftet är beskrivet. Registret vägrar steget till Beslutad utan det. Tjörns policy: ”Invånardialogen ska ha ett tydligt syfte och det ska alltid finnas möjlighet att påverka.”" \
    "Rekommenderas, krävs inte (4 varningar):" \
    "Registret varnar för det. Tjörns policy: ”Invånardialogen är de förtroendevaldas ansvar”" \
    "?, F1 Visa reglerna bakom stegets checklista, sedan tangenterna" \
    "[T4] är kapitel 4 i Tjörns policy för"; do
	expect_in "$text" "$want"
done
case $text in
*"[S:"*) cat "$T/pages" >&2; fail "the help of a Tjörn register cites Sollentuna" ;;
esac
# The rules come before the keys.
rule_at=$(grep -n "Regel: \[T4\] Syftet" "$T/pages" | head -n 1 | cut -d: -f1)
keys_at=$(grep -n "Ta det markerade steget" "$T/pages" | head -n 1 | cut -d: -f1)
[ -n "$rule_at" ] && [ -n "$keys_at" ] && [ "$rule_at" -lt "$keys_at" ] ||
    fail "the rules are not above the keys (rule $rule_at, keys $keys_at)"

keys q
wait_for "Byt status: $ref"
wait_gone "Hjälp:"
# The warnings did not stop anything: the step is refused only for the
# purpose, and taken once it is written.
dlg set "$ref" purpose="Unga formar parken." >/dev/null ||
    fail "could not set the purpose"
keys q
wait_line "^ $ref  "
keys s
wait_for "Registrera beslut (blir Beslutad): möjligt"
wait_for "Rekommenderas, krävs inte (4 varningar):"
keys Enter
wait_for "Ge $ref status Beslutad?"
keys j
wait_for "$ref har nu status Beslutad"
[ "$(state_of "$ref")" = decided ] || fail "$ref is not decided"
exit 0
