#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The summary (`print`), the participant sheet and the public page of a
# dialogue say that its result is advisory and who takes the formal
# decision on the question [T4 "rådgivande"]: the body recorded with the
# decision on the question when there is one, else the deciding body
# (the council when several bodies are concerned [T5]). The page of a
# dialogue at level Information does not: that decision is taken.
. "$(dirname "$0")/lib.sh"

KFN="Kultur- och fritidsnämnden"
SV="Resultatet av dialogen är rådgivande. Det formella beslutet i sakfrågan \
fattas av"
EN="The result of the dialogue is advisory. The formal decision on the \
question is taken by"

# said TEXT FILE: FILE holds TEXT, line breaks and indents as spaces.
said() {
	tr -s ' \n' '  ' <"$2" | grep -qF -- "$1" ||
	    fail "$(basename "$2") does not say: $1"
}

A=$(new_dialogue "Skatepark" "$KFN") || exit 1
walk "$A" running
B=$(new_dialogue "Klimatplan" "$KFN; Miljönämnden") || exit 1
C=$(new_dialogue "Avfallstaxa" "$KFN") || exit 1
LEVEL=information DECIDE_REASON="Beslutet är redan fattat; dialogen informerar." walk "$C" decided

LC_ALL=sv_SE.UTF-8 ok print "$A"
cp "$T/out" "$T/a.txt"
said "$SV $KFN." "$T/a.txt"
# In the plan, after the use of the result.
awk '/^Planering$/,/^Målgrupper$/' "$T/a.txt" >"$T/plan.txt"
said "$SV $KFN." "$T/plan.txt"
ok print "$A"
cp "$T/out" "$T/a-en.txt"
said "$EN $KFN." "$T/a-en.txt"
LC_ALL=sv_SE.UTF-8 ok print "$A" --sheet
cp "$T/out" "$T/sheet.txt"
said "$SV $KFN." "$T/sheet.txt"

# Several bodies: the council decides, unless the decision on the
# question names another body.
LC_ALL=sv_SE.UTF-8 ok print "$B"
cp "$T/out" "$T/b.txt"
said "$SV Kommunfullmäktige." "$T/b.txt"
ok set "$B" question_decision_body="Kommunstyrelsen"
LC_ALL=sv_SE.UTF-8 ok print "$B"
cp "$T/out" "$T/b2.txt"
said "$SV Kommunstyrelsen." "$T/b2.txt"

ok publish -o "$T/web"
py html_check.py en "$T/web"
python3 - "$T/web/$A.html" "$EN $KFN." "$T/web/$C.html" <<'PY' ||
import html.parser, sys

class Sections(html.parser.HTMLParser):
    """The text under each h2."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.h2, self.cur, self.text = False, None, {}
    def handle_starttag(self, tag, attrs):
        self.h2 = tag == "h2"
    def handle_endtag(self, tag):
        self.h2 = False
    def handle_data(self, data):
        if self.h2:
            self.cur = data
            self.text[self.cur] = ""
        elif self.cur is not None:
            self.text[self.cur] += data

def sections(path):
    p = Sections()
    p.feed(open(path, encoding="utf-8").read())
    return p.text

a, want, c = sys.argv[1:4]
use = " ".join(sections(a).get("How the result will be used", "").split())
assert want in use, use
assert "advisory" not in open(c, encoding="utf-8").read(), c
PY
    fail "the public pages: $(cat "$T/py.out" 2>/dev/null)"
LC_ALL=sv_SE.UTF-8 ok publish -o "$T/websv"
said "$SV $KFN." "$T/websv/$A.html"
! grep -qF "rådgivande" "$T/websv/$C.html" ||
    fail "the page of an Information dialogue calls a result advisory"
exit 0
