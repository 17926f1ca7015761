#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# fields: every field of the record, by the name the command line and
# JSON use, with its label, type and help; the same names are exactly the
# field keys of `show --format json`, and `set` knows every one.
. "$(dirname "$0")/lib.sh"
need python3 python3

REF=$(new_dialogue) || exit 1
ok fields --format json
json_ok "$T/out"
cp "$T/out" "$T/fields.json"
ok show "$REF" --format json
cp "$T/out" "$T/show.json"
python3 - "$T/fields.json" "$T/show.json" <<'PY' || fail "fields and JSON keys differ"
import json, sys
fields = json.load(open(sys.argv[1], encoding="utf-8"))
show = json.load(open(sys.argv[2], encoding="utf-8"))
names = [f["name"] for f in fields]
assert len(names) == len(set(names)), "a name repeats"
for f in fields:
    assert f["label"] and f["type"] and f["help"], f
extra = {"reference", "state", "version", "deciding_body", "created",
         "updated", "updated_by", "n_sessions", "last_session",
         "n_participants", "n_feedback", "first_feedback", "n_contributions",
         "overdue", "warnings", "sessions", "feedback"}
keys = [k for k in show if k not in extra]
assert keys == names, (set(keys) ^ set(names))
open(sys.argv[1] + ".names", "w").write("\n".join(names) + "\n")
PY

# The text listing names each field with its English label.
ok fields
for name in $(cat "$T/fields.json.names"); do
	grep -q "^$name " "$T/out" || fail "fields lacks $name"
done
expect_out "decision_deadline"
expect_out "Decision deadline"
expect_out "level_change_reason"
[ "$(grep -c '^[a-z_]* ' "$T/out")" -ge "$(wc -l <"$T/fields.json.names")" ] ||
    fail "fields lists fewer fields than JSON"

# A date field's label says it is a date, in both languages.
grep -Eq '^parties_invited +All parties invited on +date ' "$T/out" ||
    fail "parties_invited is not labelled as a date"
LC_ALL=sv_SE.UTF-8 ok fields
grep -Eq '^parties_invited +Alla partier inbjudna den +datum ' "$T/out" ||
    fail "parties_invited is not labelled as a date in Swedish"
expect_out "datum, ÅÅÅÅ-MM-DD, då alla partier i kommunfullmäktige bjöds in"

# The help texts cite the policies: the listing says what the references
# are, the Swedish section names explained in English.
ok fields
expect_out "Policy references: [T4] is chapter 4 of Tjörn's policy for"
expect_out "Förutsättningar"
expect_out "(preconditions)"
ok --help
expect_out "Policy references: [T4] is chapter 4"
LC_ALL=sv_SE.UTF-8 ok fields
expect_out "Hänvisningar till policyerna: [T4] är kapitel 4 i Tjörns policy för"
expect_no_out "preconditions"

# Every label fits the label column of the screens at 80 columns (a third
# of the width), so none is cut, in either language.
for loc in C.UTF-8 sv_SE.UTF-8; do
	LC_ALL=$loc ok fields --format json
	python3 - "$T/out" "$loc" <<'PY' || fail "a label is wider than 26 columns"
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
long = [(f["name"], f["label"]) for f in d if len(f["label"]) > 26]
assert not long, (sys.argv[2], long)
PY
done

# CSV: BOM and a header.
ok fields --format csv
head -n 1 "$T/out" | grep -q 'name,label,type,help' || fail "CSV header"

# set knows every field: the program's own are refused as such, what
# registration needs is kept (it holds after the step), the others
# accepted (an empty value clears; nothing else changes).
for name in $(cat "$T/fields.json.names"); do
	run set "$REF" "$name="
	case $name in
	level_change_reason|state_reason)
		expect_rc 2
		expect_no_err "unknown field" ;;
	title|question|initiated_by|bodies)
		expect_rc 2
		expect_err "registering a dialogue requires what it would remove"
		expect_no_err "unknown field" ;;
	*)
		[ "$RC" -eq 0 ] || fail "set does not accept $name" ;;
	esac
done
exit 0
