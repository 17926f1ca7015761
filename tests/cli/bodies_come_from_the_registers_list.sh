#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The register's list of bodies, in Swedish: `body add/list/edit/remove`
# keep it with history rows; once it holds an entry, the body fields take
# their names from it (abbreviations stored as full names), an unknown
# name and an office are refused, and a party is never a politician's
# body [T5]. An empty list accepts any name, as registers did before. A
# backup keeps the list.
. "$(dirname "$0")/lib.sh"

locale -a 2>/dev/null | grep -qiE '^sv_SE\.utf-?8$' ||
    fail "the sv_SE.UTF-8 locale is missing: run ./dialogreg.sh once, or" \
	"sed -i 's/^# *\\(sv_SE.UTF-8 UTF-8\\)/\\1/' /etc/locale.gen && locale-gen"
export LC_ALL=sv_SE.UTF-8

# --- An empty list: any name, a party still refused.
ok init
ok body list
expect_out "Listan över organ är tom"
ok new title="Badplats vid Sjöhagen" question="Var ska badplatsen ligga?" \
    initiated_by="Eva Ek" bodies="Tekniska nämnden" \
    decision_body="Kommundirektören"
OLD=$(cat "$T/out")
run set "$OLD" politicians="Anna Berg (S)"
expect_rc 2
expect_err "Deltagande förtroendevalda: ”S” för Anna Berg är ett politiskt parti"
expect_err "företräder de förtroendevalda sitt organ, inte sitt parti [T5]"

# --- The list: the council comes with the first body.
ok body add "Barn- och utbildningsnämnden" --abbrev BUN
expect_out "Först lades kommunfullmäktige, ”Kommunfullmäktige”, till i listan"
expect_out "Organet ”Barn- och utbildningsnämnden” har lagts till (BUN, nämnd)."
ok body add Kommunstyrelsen --abbrev KS --kind kommunstyrelse
ok body add Kommunkansliet --not-political
expect_out "(nämnd, inte politiskt)"
ok body list
expect_line_out "Organ                         Förk.  Typ                Politiskt"
expect_line_out "Kommunfullmäktige             KF     kommunfullmäktige  Ja"
expect_line_out "Kommunkansliet                       nämnd              Nej"
ok body list --format csv
expect_out "Kommunstyrelsen,KS,executive_board,yes"
ok body list --format json
json_ok "$T/out"
expect_out '"abbrev": "BUN"'
[ "$(sql "SELECT count(*) FROM history WHERE dialogue_id IS NULL AND
    field LIKE 'body:%'")" = 4 ] || fail "not one history row per body"
[ "$(sql "SELECT new_value FROM history WHERE field = 'body:Kommunkansliet'")" \
    = "Kommunkansliet; ; committee; not_political" ] ||
    fail "the history row of Kommunkansliet is wrong"

# Refused entries leave the register as it was.
snapshot lists
run body add Socialdemokraterna
expect_rc 2
expect_err "”Socialdemokraterna” är ett politiskt parti, inte ett av kommunens organ"
run body add Skolnämnden --abbrev bun
expect_rc 2
expect_err "”bun” finns redan i listan över organ, som namn eller förkortning för ”Barn- och utbildningsnämnden”"
run body add Skolnämnden --kind förvaltning
expect_rc 2
expect_err "”förvaltning” är ingen typ av organ"
run body add "Skol;nämnden"
expect_rc 2
run body remove Tekniska
expect_rc 3
expect_err "det finns inget organ ”Tekniska” i listan över organ"
expect_unchanged lists

# --- Body fields from the list: abbreviations stored as full names.
ok new title="Skolvägen i Björkås" question="Hur tar sig barnen till skolan?" \
    initiated_by="Eva Dahl" bodies="KS;BUN"
REF=$(cat "$T/out")
[ "$(sql "SELECT group_concat(name, '|') FROM (SELECT name FROM items
    WHERE field = 'bodies' AND dialogue_id = (SELECT id FROM dialogues
    WHERE ref = '$REF') ORDER BY pos)")" = \
    "Kommunstyrelsen|Barn- och utbildningsnämnden" ] ||
    fail "bodies not stored by their full names"
ok set "$REF" bodies="bun" decision_body=kf need_views_by=BUN \
    politicians="Anna Berg (bun); Per Åström (KS)"
[ "$(sql "SELECT decision_body || '|' || need_views_by FROM dialogues
    WHERE ref = '$REF'")" = \
    "Kommunfullmäktige|Barn- och utbildningsnämnden" ] ||
    fail "abbreviations not resolved"
[ "$(sql "SELECT group_concat(note, '|') FROM (SELECT note FROM items
    WHERE field = 'politicians' AND dialogue_id = (SELECT id FROM
    dialogues WHERE ref = '$REF') ORDER BY pos)")" = \
    "Barn- och utbildningsnämnden|Kommunstyrelsen" ] ||
    fail "the politicians' bodies not stored by their full names"
ok list --body ks
expect_no_out "$REF"
ok list --body BUN
expect_out "$REF"

snapshot fields
run set "$REF" decision_body=Kommundirektören
expect_rc 2
expect_err "Genomförandet beslutat av: ”Kommundirektören” finns inte i registrets lista över organ"
expect_err "”dialogreg body add NAMN”"
# Under both policies an office may not decide or answer the gates; as
# process owner it is a warning (the dialogue is the elected members'
# responsibility, but neither policy says "ska" of the owner).
for f in decision_body need_views_by open_to_influence_by; do
	run set "$REF" "$f=Kommunkansliet"
	expect_rc 2
	expect_err "”Kommunkansliet” är inte ett politiskt organ"
	expect_err "[T5][S:Roller]"
done
run set "$REF" process_owner=Kommunkansliet
expect_rc 0
expect_err "varning: Processägare: ”Kommunkansliet” är inte ett politiskt organ"
ok set "$REF" process_owner=
snapshot fields
run set "$REF" politicians="Anna Berg (S)"
expect_rc 2
expect_err "Skriv organet, t.ex. ”Anna Berg (Barn- och utbildningsnämnden)”."
for p in M V SD C L KD MP; do
	run set "$REF" politicians="Anna Berg ($p)"
	expect_rc 2
	expect_err "är ett politiskt parti"
done
run set "$REF" bodies="KS; Kommunstyrelsen"
expect_rc 2
expect_err "”KS” och ”Kommunstyrelsen” är samma organ"
run new title=a question=b initiated_by=c bodies="Tekniska nämnden"
expect_rc 2
expect_err "Berörda organ: ”Tekniska nämnden” finns inte i registrets lista"
expect_unchanged fields
# Any body of the list may send; the feedback's sender is one too.
ok set "$REF" sender=Kommunkansliet
run feedback add "$REF" --date 2026-05-01 --channels webb --text "Tack" \
    --sender Kommundirektören
expect_rc 2
expect_err "”Kommundirektören” finns inte i registrets lista över organ"
ok feedback add "$REF" --date 2026-05-01 --channels webb --text "Tack" \
    --sender bun
ok feedback list "$REF" --format csv
expect_out "Barn- och utbildningsnämnden,webb,Tack"

# --- Changing and removing: not a body that dialogues name.
run body remove BUN
expect_rc 2
expect_err "organet ”Barn- och utbildningsnämnden” kan inte tas bort: 1 dialog anger det"
run body edit KS --name "Kommunstyrelsen i Strömsby"
expect_rc 2
expect_err "organet ”Kommunstyrelsen” behåller sitt namn: 1 dialog anger det"
ok body edit BUN --abbrev BUN2 --kind beredning
expect_out "Organet ”BUN” är nu ”Barn- och utbildningsnämnden” (BUN2, beredning)."
ok body add Valnämnden --abbrev VN
ok body edit vn --name "Kommunens valnämnd" --not-political
ok body remove "kommunens valnämnd"
expect_out "Organet ”Kommunens valnämnd” har tagits bort ur listan."
run body remove KF
expect_rc 2
expect_err "1 dialog anger det"

# --- The council setting names a body of the list.
run config council_name Fullmäktige
expect_rc 2
expect_err "”Fullmäktige” finns inte i registrets lista över organ"
run config council_name Kommunkansliet
expect_rc 2
expect_err "kan därför inte vara kommunfullmäktige"
ok config council_name kf
[ "$(out)" = Kommunfullmäktige ] || fail "council_name is $(out)"

# A backup keeps the list; a register restored from it uses it.
ok export-json -o "$T/backup.json"
ok --db "$T/restored.db" import-json "$T/backup.json"
[ "$("$DLG" --db "$T/restored.db" body list --format csv)" = \
    "$("$DLG" body list --format csv)" ] || fail "the backup lost bodies"
run --db "$T/restored.db" set "$REF" decision_body=Kommundirektören
expect_rc 2

# The old dialogue keeps its free names until they are changed.
ok show "$OLD" --format json
expect_out '"decision_body": "Kommundirektören"'
exit 0
