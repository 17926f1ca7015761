#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The Swedish labels say what they hold: which body answered a gate
# ("Förutsättning 1 bedömd av"), that the decision beside the deciding
# body is the one to hold the dialogue ("Genomförandet beslutat av"),
# that the evaluation asks a question ("Påverkades beslutet?"); no label
# ends in a loose ", organ" or ", datum", and no field's help, in either
# language, is only a policy tag. Messages name the fields by the same
# labels.
. "$(dirname "$0")/lib.sh"
need python3 python3

for loc in C.UTF-8 sv_SE.UTF-8; do
	LC_ALL=$loc ok fields --format json
	python3 - "$T/out" "$loc" <<'PY' || fail "labels or help in $loc"
import json, re, sys
fields = {f["name"]: f for f in json.load(open(sys.argv[1],
                                               encoding="utf-8"))}
bare = [n for n, f in fields.items()
        if not re.sub(r"\[[^]]*\]", "", f["help"]).strip()]
assert not bare, ("help that is only a tag", bare)
if sys.argv[2].startswith("sv"):
    want = {
        "need_views_by": "Förutsättning 1 bedömd av",
        "need_views_date": "Förutsättning 1 bedömd den",
        "open_to_influence_by": "Förutsättning 2 bedömd av",
        "open_to_influence_date": "Förutsättning 2 bedömd den",
        "decision_body": "Genomförandet beslutat av",
        "decision_date": "Genomförandet beslutat den",
        "decision_paragraph": "Genomförandet beslutat i",
        "question_decision_body": "Sakfrågan beslutad av",
        "influence": "Påverkades beslutet?",
        "outreach_how": "Så görs uppsökande arbete",
        "level_change_reason": "Motivering för ändrad grad",
    }
    got = {n: fields[n]["label"] for n in want}
    assert got == want, got
    loose = [f["label"] for f in fields.values()
             if re.search(r", (organ|datum|hur)$", f["label"])]
    assert not loose, loose
    assert "förvaltning" in fields["administration"]["help"], \
        fields["administration"]["help"]
PY
done

REF=$(new_dialogue) || exit 1
LC_ALL=sv_SE.UTF-8 run check "$REF" decided
expect_rc 2
expect_out "”Genomförandet beslutat av” saknas: beslutet om genomförande ska fattas av Kultur- och fritidsnämnden [T5][S:Roller]."
expect_out "”Förutsättning 1 bedömd av” saknas: ange det organ som tog ställning till förutsättningen"
expect_out "”Genomförandet beslutat den” saknas."

walk "$REF" decided
LC_ALL=sv_SE.UTF-8 ok print "$REF"
grep -Eq "^Beslutande organ +Kultur- och fritidsnämnden$" "$T/out" ||
    fail "the summary lacks the deciding body"
expect_out "Förutsättningar och beslut om genomförande"
grep -Eq "^Genomförandet beslutat av +Kultur- och fritidsnämnden$" "$T/out" ||
    fail "the summary does not say who decided to hold the dialogue"
grep -Eq "^Förutsättning 1 bedömd av +KFN$" "$T/out" ||
    fail "the summary does not say who answered gate 1"
exit 0
