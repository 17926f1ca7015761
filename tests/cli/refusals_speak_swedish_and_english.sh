#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The same refusals, once with LANG=sv_SE.UTF-8 and once in English: every
# guard item, value error and "not found" comes from the catalog the build
# made, with plurals and Swedish amounts.
. "$(dirname "$0")/lib.sh"

locale -a 2>/dev/null | grep -qiE '^sv_SE\.utf-?8$' ||
    fail "the sv_SE.UTF-8 locale is missing: run ./dialogreg.sh once, or" \
	"sed -i 's/^# *\\(sv_SE.UTF-8 UTF-8\\)/\\1/' /etc/locale.gen && locale-gen"

sv() { LC_ALL=sv_SE.UTF-8 run "$@"; }
en() { LC_ALL=C.UTF-8 run "$@"; }

# Registration refused: three items, one sentence each, plural form.
sv new title="Lekplats i Åby"
expect_rc 2
expect_err "dialogen kan inte registreras: 3 punkter saknas:"
expect_err "Frågeställning saknas"
expect_err "”Initierad av” saknas"
expect_err "Inget berört organ är angivet"
en new title="Lekplats i Åby"
expect_rc 2
expect_err "cannot register the dialogue: 3 items are missing:"
expect_err "Question is missing"
expect_err "Initiated by is missing"
expect_err "No body concerned is listed"
[ "$(sqlite3 "$DIALOGREG_DB" 'SELECT count(*) FROM dialogues' 2>/dev/null)" \
    = 0 ] || [ ! -e "$DIALOGREG_DB" ] || fail "a refused dialogue was stored"

ok new title="Lekplats i Åby" question="Hur ska lekplatsen se ut?" \
    initiated_by="Eva Ek" bodies="Tekniska nämnden" budget="125 000"
ref=$(cat "$T/out")

# The decide guard, in both languages.
sv check "$ref"
expect_rc 2
expect_out "Syfte saknas [T4][S:Checklista]."
expect_out "”Genomförandet beslutat den” saknas."
expect_out "Grad av delaktighet saknas"
expect_err "11 punkter saknas för steget ”registrera beslut” (Beslutad)"
en check "$ref"
expect_rc 2
expect_out "Purpose is missing [T4][S:Checklista]."
expect_out "Decision date is missing."
expect_err "11 items are missing for \"decide\" (Decided)"

# One item: the singular.
sv advance "$ref" rejected
expect_rc 2
expect_err "1 punkt behöver åtgärdas"
expect_err "Du måste skriva en motivering för att avslå dialogen."

# A value refused names the field and the text.
sv set "$ref" decision_date=2026-02-30
expect_rc 2
expect_err "Genomförandet beslutat den: datumet ”2026-02-30” finns inte."
en set "$ref" decision_date=2026-02-30
expect_rc 2
expect_err "Decision date: the date '2026-02-30' does not exist."

sv show MD-2026-099
expect_rc 3
expect_err "det finns ingen dialog ”MD-2026-099”"
en show MD-2026-099
expect_rc 3
expect_err "there is no dialogue 'MD-2026-099'"

# Labels, states and amounts as a Swedish reader writes them.
sv show "$ref"
expect_out "Föreslagen"
expect_out "Beslutande organ"
expect_out "125 000 kr"
en show "$ref"
expect_out "Proposed"
expect_out "125,000 kr"
exit 0
