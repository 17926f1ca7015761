#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What a step already taken required keeps holding: on an evaluated
# dialogue "Så används resultatet" and the participating politicians
# (required to start) cannot be emptied. The refusal is in Swedish, names
# the rule and the step back, exits as other refusals do, and leaves the
# register and its history as they were. Other fields stay free, and once
# the dialogue has stepped back (with reasons) to before the start, the
# change is allowed.
. "$(dirname "$0")/lib.sh"

locale -a 2>/dev/null | grep -qiE '^sv_SE\.utf-?8$' ||
    fail "the sv_SE.UTF-8 locale is missing: run ./dialogreg.sh once, or" \
	"sed -i 's/^# *\\(sv_SE.UTF-8 UTF-8\\)/\\1/' /etc/locale.gen && locale-gen"

sv() { LC_ALL=sv_SE.UTF-8 run "$@"; }

history_rows() {
	sql "SELECT count(*) FROM history"
}

ref=$(new_dialogue)
walk "$ref" evaluated

# The exit status of a refusal elsewhere: a value that is not a date.
sv set "$ref" decision_date=2026-02-30
refused_rc=$RC
[ "$refused_rc" -ne 0 ] || fail "a bad date was not refused"

snapshot evaluated
rows=$(history_rows)

sv set "$ref" result_use=""
expect_rc "$refused_rc"
expect_err "Ändringen kan inte sparas: dialogen har status Utvärderad, och \
steget ”starta” (Pågår) kräver det som ändringen skulle ta bort."
expect_err "Om du vill ändra det går du först tillbaka till Planerad, ett \
steg i taget och med en motivering för varje steg."
expect_err "  - ”Så används resultatet” saknas: skriv hur resultatet \
hanteras och vad invånarna kan påverka [T4][S:Syfte]."
expect_err "gå tillbaka ett steg med ”dialogreg advance $ref fed_back \
--reason TEXT”"
expect_no_out "version"
expect_unchanged evaluated
[ "$(history_rows)" = "$rows" ] || fail "a refused change wrote history"

sv set "$ref" politicians=""
expect_rc "$refused_rc"
expect_err "  - Ingen deltagande förtroendevald är angiven: i en \
medborgardialog måste förtroendevalda delta [T5][S:Definition]."
expect_no_err "Så används resultatet"
expect_unchanged evaluated
[ "$(history_rows)" = "$rows" ] || fail "a refused change wrote history"

# With a field that may change, the whole set is still refused.
sv set "$ref" lessons="Börja tidigare." result_use="" politicians=""
expect_rc "$refused_rc"
expect_err "”Så används resultatet” saknas"
expect_err "Ingen deltagande förtroendevald är angiven"
expect_unchanged evaluated

# In English too, from the same catalog's msgids.
run set "$ref" result_use=""
expect_rc "$refused_rc"
expect_err "The change cannot be saved: the dialogue is Evaluated, and the \
step \"start\" (Running) requires what it would remove."
expect_err "step back with 'dialogreg advance $ref fed_back --reason TEXT'"
expect_unchanged evaluated

# A gate answered no is a rule broken as much as an empty field.
sv set "$ref" need_views=no
expect_rc "$refused_rc"
expect_err "steget ”registrera beslut” (Beslutad)"
expect_err "Förutsättning 1 är besvarad med nej"
expect_unchanged evaluated

# What no step required is free, in any state.
sv set "$ref" lessons="Börja tidigare nästa gång."
expect_rc 0
[ "$(history_rows)" -gt "$rows" ] || fail "the allowed change wrote no history"

# Back to running: the start still holds, one step away.
for st in fed_back reported running; do
	sv advance "$ref" "$st" --reason "Vi gör om starten."
	expect_rc 0
done
snapshot running
sv set "$ref" result_use=""
expect_rc "$refused_rc"
expect_err "dialogen har status Pågår, och steget ”starta” (Pågår) kräver"
expect_err "Om du vill ändra det går du först tillbaka ett steg till \
Planerad, med en motivering."
expect_err "gå tillbaka ett steg med ”dialogreg advance $ref planned \
--reason TEXT”"
expect_unchanged running

# A step back without a reason is refused as before.
sv advance "$ref" planned
expect_rc "$refused_rc"
expect_err "Du måste skriva en motivering för att gå tillbaka ett steg."
expect_unchanged running

# Back to planned: the start is undone, and so is its rule.
sv advance "$ref" planned --reason "Politikerna byts ut."
expect_rc 0
rows=$(history_rows)
sv set "$ref" result_use="" politicians=""
expect_rc 0
expect_out "$ref har nu version"
[ "$(sql "SELECT count(*) FROM history")" -eq $((rows + 2)) ] ||
    fail "the change should write two history rows"
ok show "$ref" --format json
json_ok "$T/out"
python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
assert d["state"] == "planned", d["state"]
assert d.get("result_use") in (None, ""), d.get("result_use")
assert d.get("politicians") in (None, "", []), d.get("politicians")' \
    "$T/out" || fail "the stored dialogue is not as set: $(cat "$T/out")"

# The plan itself still holds in planned.
sv set "$ref" process_leader=""
expect_rc "$refused_rc"
expect_err "steget ”markera som planerad” (Planerad)"
expect_err "Processledare saknas"
exit 0
