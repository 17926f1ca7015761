#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# On the public index a dialogue at level Information is listed apart,
# under a heading that says it is information about a decision already
# taken, never among the upcoming, ongoing or finished dialogues that
# residents can influence [S:Metod][T2.3]; a cancelled one stays with the
# cancelled. A register without such dialogues has no such heading.
. "$(dirname "$0")/lib.sh"

KFN="Kultur- och fritidsnämnden"
D=$(new_dialogue "Skatepark" "$KFN") || exit 1
walk "$D" decided
ok publish -o "$T/none"
! grep -qF "decisions already taken" "$T/none/index.html" ||
    fail "an index without Information dialogues explains them"

I=$(new_dialogue "Avfallstaxa" "$KFN") || exit 1
LEVEL=information DECIDE_REASON="Beslutet är redan fattat; dialogen informerar." walk "$I" decided
R=$(new_dialogue "Nya busstider" "$KFN") || exit 1
LEVEL=information DECIDE_REASON="Beslutet är redan fattat; dialogen informerar." walk "$R" running
X=$(new_dialogue "Stängd badplats" "$KFN") || exit 1
LEVEL=information DECIDE_REASON="Beslutet är redan fattat; dialogen informerar." walk "$X" decided
ok advance "$X" cancelled --reason "Frågan utgick"

# where.py INDEX: each dialogue's link and the h2 it stands under.
cat >"$T/where.py" <<'PY'
import html.parser, sys

class Index(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.in_h2, self.h2, self.found, self.paras = False, None, [], {}
    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href", "")
        if tag == "h2":
            self.in_h2, self.h2 = True, ""
        elif tag == "a" and href.startswith("MD-"):
            self.found.append((href[:-5], self.h2))
    def handle_endtag(self, tag):
        if tag == "h2":
            self.in_h2 = False
    def handle_data(self, data):
        if self.in_h2:
            self.h2 += data

p = Index()
p.feed(open(sys.argv[1], encoding="utf-8").read())
for ref, h2 in p.found:
    print("%s\t%s" % (ref, h2))
PY

ok publish -o "$T/web"
py html_check.py en "$T/web"
python3 "$T/where.py" "$T/web/index.html" >"$T/where" ||
    fail "cannot read the index"
grep -qxF "$D	Upcoming dialogues" "$T/where" ||
    fail "$D is not upcoming: $(cat "$T/where")"
for ref in "$I" "$R"; do
	grep -qxF "$ref	Information about decisions already taken" "$T/where" ||
	    fail "$ref is not listed apart: $(cat "$T/where")"
	[ "$(grep -c "^$ref	" "$T/where")" = 1 ] ||
	    fail "$ref is listed twice: $(cat "$T/where")"
done
grep -qxF "$X	Cancelled dialogues" "$T/where" ||
    fail "the cancelled $X is not with the cancelled: $(cat "$T/where")"
grep -qF "You cannot influence these questions" "$T/web/index.html" ||
    fail "the heading is not explained"

LC_ALL=sv_SE.UTF-8 ok publish -o "$T/websv"
py html_check.py sv "$T/websv"
python3 "$T/where.py" "$T/websv/index.html" >"$T/wheresv" ||
    fail "cannot read the Swedish index"
grep -qxF "$I	Information om beslut som redan är fattade" "$T/wheresv" ||
    fail "$I is not listed apart in Swedish: $(cat "$T/wheresv")"
grep -qxF "$D	Kommande dialoger" "$T/wheresv" ||
    fail "$D is not upcoming in Swedish: $(cat "$T/wheresv")"
grep -qF "Du kan inte påverka de här frågorna" "$T/websv/index.html" ||
    fail "the Swedish heading is not explained"
exit 0
