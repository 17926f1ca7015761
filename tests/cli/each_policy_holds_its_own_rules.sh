#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A register follows the policy it was created with (DOMAIN.md "Policy
# profiles"): the same dialogue under Tjörn's policy and Sollentuna's
# rules is refused for that policy's rules only, cites that policy only,
# and uses its word for the dialogue. `rules` lists what each does; the
# policy is changed with config, and the change is in the history.
. "$(dirname "$0")/lib.sh"
export LC_ALL=sv_SE.UTF-8
need_sv() {
	locale -a 2>/dev/null | grep -qi '^sv_SE.utf-\?8$' ||
	    fail "the sv_SE.UTF-8 locale is missing"
}
need_sv

TJ="$T/tjorn.db"
SO="$T/sollentuna.db"
ok --db "$TJ" init --policy tjorn
ok --db "$SO" init --policy sollentuna
ok --db "$TJ" config policy
expect_line_out "tjorn"
run --db "$TJ" init --policy sollentuna
expect_rc 2
expect_err "registret följer redan Tjörns policy; byt med ”dialogreg config policy sollentuna”"

for db in "$TJ" "$SO"; do
	ok --db "$db" new title="Torget i Åby" question="Hur vill du använda torget?" \
	    initiated_by="Eva Dahl" bodies="Kultur- och fritidsnämnden" \
	    level=information open_to_influence=yes
	case $db in
	"$TJ")
		expect_err "varning: Graden av delaktighet Information är bara envägsinformation, inte en invånardialog [T2.3]."
		expect_no_err "medborgardialog" ;;
	*)
		expect_err "inte en medborgardialog [S:Metod]." ;;
	esac
done

# Decision: Tjörn refuses Information with gate 2 yes [T4]; Sollentuna
# warns about it and asks who answered the gates [S:Förutsättningar].
run --db "$TJ" check MD-2026-001
expect_out "Graden Information går emot förutsättning 2: frågan går att påverka, men invånarna skulle bara informeras. Välj det steg på trappan som invånarna får, eller ange skälet till Information när steget tas [T4]."
expect_no_out "[S:"
expect_err "varning: ”Förutsättning 1 bedömd av” saknas: ange det organ som tog ställning till förutsättningen [T4]."
run --db "$SO" check MD-2026-001
expect_out "”Förutsättning 1 bedömd av” saknas: ange det organ som tog ställning till förutsättningen [S:Förutsättningar]."
expect_no_out "Graden Information går emot"
expect_no_out "[T"

# The same decision recorded in both; Tjörn's with a reason.
for db in "$TJ" "$SO"; do
	ok --db "$db" set MD-2026-001 decision_body="Kultur- och fritidsnämnden" \
	    decision_date=2026-04-20 decision_paragraph="§ 12" \
	    need_views=yes need_views_by="Kultur- och fritidsnämnden" \
	    need_views_date=2026-04-01 open_to_influence_by="Kultur- och fritidsnämnden" \
	    open_to_influence_date=2026-04-01 purpose="Ett levande torg"
done
run --db "$TJ" advance MD-2026-001 decided
expect_rc 2
ok --db "$TJ" advance MD-2026-001 decided \
    --reason "Torgets utformning är redan beslutad; dialogen informerar."
ok --db "$TJ" history MD-2026-001 --format csv
expect_out "Torgets utformning är redan beslutad; dialogen informerar."
ok --db "$SO" advance MD-2026-001 decided

# The plan: Sollentuna's checklist asks for a budget and a project
# plan; Tjörn's policy does not. Sollentuna's "bör" on the
# responsibilities is a warning, not a refusal [S:Roller].
for db in "$TJ" "$SO"; do
	ok --db "$db" set MD-2026-001 target_groups="Handlare (språk)" \
	    methods="Utställning" planned_start=2026-05-10 \
	    planned_end=2026-06-10 decision_deadline=2026-09-01
done
run --db "$TJ" check MD-2026-001
expect_rc 0
expect_no_out "Budget saknas"
run --db "$SO" check MD-2026-001
expect_rc 2
expect_out "Budget saknas [S:Checklista]."
expect_out "Projektplan saknas: hänvisa till uppdragets projektplan [S:Roller]."
expect_out "Sakkunnigas tid och resurser saknas: ange vilka sakkunniga på förvaltningen som deltar och vilken tid och vilka resurser som avsätts för dem [S:Roller]."
expect_no_out "Ansvarsfördelning saknas"
expect_err "varning: Ansvarsfördelning saknas [S:Roller]."
run --db "$TJ" check MD-2026-001
expect_no_out "Sakkunnigas"
expect_no_err "Sakkunnigas"

# The administration answers for its experts' time and resources
# [S:Roller]: once the plan is taken under Sollentuna's rules they stay
# written; Tjörn's policy does not ask for them.
ok --db "$SO" set MD-2026-001 budget=40000 financing="Nämndens budget" \
    goals="30 handlare svarar" background="Torget byggdes 1972." \
    project_plan="Projektplan KFN 2026/9" process_owner="Kultur- och fritidsnämnden" \
    process_leader="Eva Lund" communication_plan="Brev till handlarna" \
    documentation_plan="Anteckningar" feedback_plan="Möte i september" \
    evaluation_plan="Enkät efteråt" \
    resources="En planarkitekt och en kommunikatör, 20 timmar var"
ok --db "$SO" advance MD-2026-001 planned
run --db "$SO" set MD-2026-001 resources=""
expect_rc 2
expect_err "Sakkunnigas tid och resurser saknas"
[ "$(sqlite3 "$SO" "SELECT resources FROM dialogues WHERE ref = 'MD-2026-001'")" = \
    "En planarkitekt och en kommunikatör, 20 timmar var" ] ||
    fail "the refused change emptied the resources"
ok --db "$SO" rules --format csv
grep "missing_resources" "$T/out" | grep -q "guard" ||
    fail "Sollentuna's resources are not a guard: $(cat "$T/out")"
ok --db "$TJ" rules --format csv
expect_no_out "missing_resources"

# rules: each policy's own rows, its references and its own words.
ok --db "$TJ" rules
expect_out "Vad Tjörns policy (Policy för invånardialog, KF 2018-03-28 § 48) säger, regel"
expect_out "Invånardialogen ska ha ett tydligt syfte"
expect_no_out "[S:"
expect_no_out "(missing_budget)"
ok --db "$SO" rules --format csv
expect_out "missing_responsibilities"
grep "missing_responsibilities" "$T/out" | grep -q "warning" ||
    fail "Sollentuna's responsibilities are not a warning: $(cat "$T/out")"
grep "missing_budget" "$T/out" | grep -q "guard" ||
    fail "Sollentuna's budget is not a guard"
LC_ALL=C.UTF-8 ok --db "$SO" rules --policy tjorn
expect_out "The rules of Tjörn's policy"
expect_out "Tjörn's policy: \"Invånardialogen ska ha ett tydligt syfte"
run rules --policy lund
expect_rc 1
expect_err "”lund” är ingen policy; ange tjorn, sollentuna eller combined"

# The printout and the public pages cite the register's policy and
# handbook, and speak its word; nothing of the other policy shows.
ok --db "$TJ" config municipality "Tjörns kommun"
ok --db "$TJ" config handbook "Handbok för invånardialog, kommunkansliet 2019"
ok --db "$TJ" print MD-2026-001
expect_out "Utskriven 2026-05-04 · Policy för invånardialog, KF 2018-03-28 § 48"
expect_out "Handbok                      Handbok för invånardialog, kommunkansliet 2019"
expect_no_out "[S:"
expect_no_out "edborgardialog"
ok --db "$TJ" publish -o "$T/web"
grep -q "Invånardialoger i Tjörns kommun" "$T/web/index.html" ||
    fail "the index does not say invånardialoger"
grep -q "Dialogerna följer Policy för invånardialog, KF 2018-03-28 § 48." \
    "$T/web/index.html" || fail "the pages do not cite the policy"
! grep -q "edborgardialog\|\[S:" "$T"/web/*.html ||
    fail "a Tjörn page says medborgardialog or cites Sollentuna"
ok --db "$TJ" fields
expect_no_out "[S:"

# The policy can be changed later; the change is in the history.
ok --db "$SO" config policy tjorn
[ "$(sqlite3 "$SO" "SELECT count(*) FROM history WHERE field = 'setting:policy'")" -ge 2 ] ||
    fail "the change of policy is not in the history"
run --db "$SO" config policy lund
expect_rc 2
expect_err "”lund” är ingen policy; ange tjorn, sollentuna eller combined."
exit 0
