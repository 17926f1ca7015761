# SPDX-License-Identifier: GPL-3.0-or-later
# modal.sh: helpers of the tests of the forms and dialogs (the dialogue's
# form, the lifecycle dialog, the child lists), sourced after lib.sh.
# They register dialogues with the command line, open them in the
# screens, and fill in with the command line what a step needs where
# typing it all would only make the test long; the steps themselves are
# taken in the screens.

# new_dialogue TITLE [BODIES]: register a dialogue; prints its reference.
new_dialogue() {
	dlg new title="$1" question="Hur ska platsen användas?" \
	    initiated_by="Anna Berg, fritidschef" \
	    bodies="${2:-Kultur- och fritidsnämnden}" >"$T/new.out" 2>&1 ||
	    fail "could not register '$1': $(cat "$T/new.out")"
	head -n 1 "$T/new.out"
}

# field REF NAME: the stored value of a field (JSON, as the CLI shows it).
field() {
	dlg show "$1" --format json >"$T/show.json" ||
	    fail "dialogreg show $1 failed"
	python3 -c 'import json, sys
v = json.load(open(sys.argv[1])).get(sys.argv[2])
if isinstance(v, list):
    v = "; ".join(i["name"] + (" (%s)" % i["note"] if i.get("note") else "")
        for i in v)
print("" if v is None else v)' "$T/show.json" "$2"
}
need python3 python3

# expect_field REF NAME VALUE: the register holds VALUE in the field.
expect_field() {
	v=$(field "$1" "$2")
	[ "$v" = "$3" ] || fail "$1 $2 is '$v', expected '$3'"
}

# open_view REF: from the register list, open REF's view.
open_view() {
	select_ref "$1"
	keys Enter
	wait_line "^ $1  "
}

# prepare REF STATE: fill with the command line what the step into STATE
# needs (the deciding body is Kultur- och fritidsnämnden).
prepare() {
	case $2 in
	decided)
		dlg set "$1" decision_body="Kultur- och fritidsnämnden" \
		    decision_date=2026-03-01 decision_paragraph="§ 48" \
		    need_views=yes need_views_by=KFN need_views_date=2026-02-20 \
		    open_to_influence=yes open_to_influence_by=KFN \
		    open_to_influence_date=2026-02-20 \
		    purpose="Unga formar platsen." \
		    level=dialogue ;;
	planned)
		dlg set "$1" goals="40 unga deltar" \
		    target_groups="Unga 13–19 år (ålder)" \
		    background="Platsen är en grusplan i dag." \
		    project_plan="Projektplan KFN 2026/4" \
		    resources="Planarkitekt, 40 timmar" \
		    methods="Open space" planned_start=2026-04-01 \
		    planned_end=2026-06-30 decision_deadline=2026-12-15 \
		    budget=50000 financing=Fritidsbudget \
		    responsibilities="Fritid gör allt" \
		    process_owner=KFN process_leader="Eva Lund" \
		    communication_plan=Skolor documentation_plan=Anteckningar \
		    feedback_plan=Möte evaluation_plan=Enkät ;;
	running)
		dlg set "$1" politicians="Anna Berg (KFN)" \
		    result_use="Underlag till beslut" \
		    participants_informed=yes parties_invited=2026-03-15 ;;
	reported)
		dlg set "$1" result_summary=Ramper report_reference="KFN § 90" \
		    report_date=2026-04-26 ;;
	evaluated)
		dlg set "$1" evaluation_date=2026-05-03 influence=yes \
		    goals_met=Ja ;;
	*)
		true ;;
	esac >"$T/prepare.out" 2>&1 ||
	    fail "could not prepare $1 for $2: $(cat "$T/prepare.out")"
}

# walk_cli REF STATE: prepare and advance with the command line up to
# STATE (for tests about what comes after).
walk_cli() {
	for st in decided planned running reported fed_back evaluated; do
		prepare "$1" "$st"
		case $st in
		reported)
			dlg session add "$1" --date 2026-04-25 \
			    --politicians "Anna Berg" --participants 20 \
			    >/dev/null ;;
		fed_back)
			dlg feedback add "$1" --date 2026-05-01 \
			    --channels webb --text "Så blev det." >/dev/null ;;
		esac
		dlg advance "$1" "$st" >"$T/advance.out" 2>&1 ||
		    fail "could not advance $1 to $st: $(cat "$T/advance.out")"
		[ "$st" = "$2" ] && return 0
	done
	fail "walk_cli: unknown state $2"
}

# state_of REF: the stored state token.
state_of() {
	dlg show "$1" --format json | python3 -c \
	    'import json, sys; print(json.load(sys.stdin)["state"])'
}

# cursor_line: the text of the line the terminal cursor is on.
cursor_line() {
	y=$(pane '#{cursor_y}')
	screen | sed -n "$((y + 1))p"
}

# settle: wait until the screen and the cursor stay as they are for a
# moment, so a line drawn on the way to the cursor (a status line
# painted between two refreshes, slow under valgrind) is not taken for
# where the cursor rests.
settle() {
	last=
	j=0
	while [ "$j" -lt $((${TUI_WAIT:-5} * 10)) ]; do
		now="$(pane '#{cursor_y}')$(screen)"
		[ -n "$last" ] && [ "$now" = "$last" ] && return 0
		last=$now
		sleep 0.15
		j=$((j + 1))
	done
	return 0
}

# menu_to TEXT: in a menu, j until the cursor's line holds TEXT.
menu_to() {
	i=0
	while [ "$i" -lt 40 ]; do
		settle
		cursor_line | grep -qF -- "$1" && return 0
		y0=$(pane '#{cursor_y}')
		keys j
		W=$y0
		poll '[ "$(pane "#{cursor_y}")" != "$W" ]' ||
		    fail "the menu stopped before: $1"
		i=$((i + 1))
	done
	fail "the menu has no item: $1"
}

# list_add ITEM...: on a list field of a form, open its list editor, add
# each ITEM ("name" or "name (note)", typed in the name's field) and go
# back to the form.
list_add() {
	keys Enter
	for it in "$@"; do
		keys a
		type_text "$it"
		keys C-s
		wait_for "> ${it% (*}"
	done
	keys q
}
