#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `publish` writes valid HTML5 (tidy finds nothing to say) that is
# accessible (lang, skip link, headings in order, header cells with
# scope, a print style sheet, no script) and holds no personal data: no
# contact details, no contributions, no names of people, no reason for a
# cancellation, not in the calendar files either; text from the register
# is escaped. A dialogue to come or going on says how to take part: its
# sessions with their times, places, methods and accessibility notes in a
# table, the link to their calendar, and where to send a view (the
# register's contact channel, its e-mail address linked, and the
# reference to mark it with); without a channel publish warns. The index
# lists the sessions of the coming weeks. A second run replaces the
# pages and removes those of dialogues no longer public, and leaves other
# files alone.
. "$(dirname "$0")/lib.sh"

need tidy tidy
ok demo
ref=$(new_dialogue '=HYPERLINK("http://x.example","klicka") & <b>Åsa</b>')
walk "$ref" running
ok contribution add "$ref" --text "En synpunkt som inte ska synas" \
    --contact "ida@exempel.se"

ok session add "$ref" --date 2026-05-20 --time-start 18.00 --time-end 20:30 \
    --place "Skärhamns skola <aulan>" --method "Open space" \
    --accessibility "Hörslinga & ramp; teckentolk om du säger till" \
    --politicians "Per Åström (KFN)" --notes "Anteckning som inte syns"

ok publish -o "$T/web"
expect_out "Published 27 dialogues to $T/web: index.html, delta.html and a \
page for each dialogue."
expect_err "warning: the pages do not say how to send a view: the register \
has no contact channel."
! grep -q "Send your views" "$T/web/$ref.html" ||
    fail "a call for views without a channel"
ok config contact "Kontaktcenter, medborgardialog@stromsby.se, tfn 0304-60 10 00"
[ ! -s "$T/err" ] || fail "an office's channel is warned about: $(cat "$T/err")"
ok publish -o "$T/web"
[ ! -s "$T/err" ] || fail "publish warns: $(cat "$T/err")"
py html_check.py en "$T/web"
for f in "$T"/web/*.html; do
	tidy -e -q "$f" >"$T/tidy.out" 2>&1
	rc=$?
	[ "$rc" -eq 0 ] && [ ! -s "$T/tidy.out" ] ||
	    fail "tidy (status $rc) on $(basename "$f"):" \
	    "$(head -5 "$T/tidy.out")"
done
[ -e "$T/web/$ref.html" ] || fail "no page for $ref"
for f in MD-2026-001 MD-2026-028 MD-2026-029; do
	[ ! -e "$T/web/$f.html" ] ||
	    fail "$f is proposed or rejected, yet published"
done

# How to take part, on the page of a running dialogue.
python3 - "$T/web/$ref.html" "$ref" <<'PY' || fail "the page on taking part"
import sys
page, ref = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
ses = page.split("<h2>Sessions</h2>", 1)[1].split("<h2>", 1)[0]
assert ('<tr><th scope="col">Date</th><th scope="col">Time</th>'
        '<th scope="col">Place or channel</th><th scope="col">Method</th>'
        '<th scope="col">Accessibility</th></tr>') in ses, ses
assert ('<tr><th scope="row">2026-05-20</th><td>18:00–20:30</td>'
        '<td>Skärhamns skola &lt;aulan&gt;</td><td>Open space</td>'
        '<td>Hörslinga &amp; ramp; teckentolk om du säger till</td></tr>'
        ) in ses, ses
assert ('<p><a href="%s.ics" type="text/calendar">Add the session to your '
        'calendar (iCalendar file)</a></p>' % ref) in ses, ses
views = page.split("<h2>Send your views</h2>", 1)[1].split("<h2>", 1)[0]
assert ('<p>Send your views on the question to Kontaktcenter, '
        '<a href="mailto:medborgardialog@stromsby.se">'
        'medborgardialog@stromsby.se</a>, tfn 0304-60 10 00. Mark them %s, '
        'so that they reach the right dialogue.</p>' % ref) in views, views
assert "interpreter, sign language" in views, views
for who in ("Per Åström", "Anteckning som inte syns"):
    assert who not in page, who
PY
# Only while views are wanted: not on a finished dialogue's page.
! grep -q "Send your views" "$T/web/MD-2026-019.html" ||
    fail "a reported dialogue asks for views"
grep -qF "<h2>Sessions in the coming 8 weeks</h2>" "$T/web/index.html" ||
    fail "the index lacks the coming sessions"
grep -qF "<td><a href=\"$ref.html\">" "$T/web/index.html" ||
    fail "the index does not list the session to come"

# Nothing personal, on the pages or in the calendars.
if grep -l -e '@exempel\.se' -e '070-' -e 'Per Åström' "$T"/web/*.html \
    "$T"/web/*.ics >"$T/grep.out"; then
	fail "contact details on $(cat "$T/grep.out")"
fi
run list --format json
cp "$T/out" "$T/list.json"
LAST=	# the failures below say all; the listing would drown them
python3 - "$DLG" "$T/list.json" "$T/web" >"$T/py.out" 2>&1 <<'PY' ||
import json, os, subprocess, sys
dlg, listing, web = sys.argv[1:4]
pages = {f: open(os.path.join(web, f), encoding="utf-8",
                newline="").read().replace("\r\n ", "")
         for f in os.listdir(web) if f.endswith((".html", ".ics"))}
everything = "\n".join(pages.values())
bad = []
def shown(ref):
    return json.loads(subprocess.run([dlg, "show", ref, "--format", "json"],
        capture_output=True, check=True, text=True).stdout)
for d in json.load(open(listing, encoding="utf-8")):
    ref = d["reference"]
    c = json.loads(subprocess.run([dlg, "contribution", "list", ref,
        "--with-contact", "--format", "json"], capture_output=True,
        check=True, text=True).stdout)
    for x in c:
        if len(x["text"]) >= 12 and x["text"] in everything:
            bad.append("%s: a contribution's text is published" % ref)
        if x["contact"] and x["contact"] in everything:
            bad.append("%s: contact details are published" % ref)
    page = pages.get(ref + ".html")
    if page is None:
        continue
    page += pages.get(ref + ".ics", "")
    s = shown(ref)
    people = [s.get(k) for k in ("initiated_by", "process_leader")] + \
        [p["name"] for p in s["politicians"]]
    for p in people:
        if p and p in page:
            bad.append("%s: the name %r is published" % (ref, p))
    if s["state"] == "cancelled" and s["state_reason"] in page:
        bad.append("%s: the reason of the cancellation is published" % ref)
if bad:
    print("\n".join(bad[:20]))
    sys.exit(1)
PY
    fail "personal data published: $(cat "$T/py.out")"

# Escaped, not markup.
grep -qF '=HYPERLINK(&quot;http://x.example&quot;,&quot;klicka&quot;) '\
'&amp; &lt;b&gt;Åsa&lt;/b&gt;' \
    "$T/web/$ref.html" || fail "the title is not escaped on its page"
grep -qF '&lt;b&gt;Åsa&lt;/b&gt;' "$T/web/index.html" ||
    fail "the title is not escaped in the index"
! grep -q '<b>Åsa' "$T"/web/*.html ||
    fail "markup from the register got through"

# Swedish: lang="sv" from --lang, and from the locale.
ok publish -o "$T/websv" --lang sv
py html_check.py sv "$T/websv"
LANG=sv_SE.UTF-8 LC_ALL=sv_SE.UTF-8 "$DLG" publish -o "$T/websv2" \
    >/dev/null 2>"$T/err" ||
    fail "publish in a Swedish locale failed: $(cat "$T/err")"
py html_check.py sv "$T/websv2"

# Again, after one dialogue went back to proposed: its page goes, the
# user's own file stays, no temporary file is left.
echo "egen fil" >"$T/web/egen.txt"
ok advance MD-2026-005 proposed --reason "Beslutet tas om"
ok publish -o "$T/web"
expect_out "Published 26 dialogues"
expect_out "Removed 1 file of a dialogue no longer public or without sessions."
[ ! -e "$T/web/MD-2026-005.html" ] || fail "the page of MD-2026-005 stayed"
[ -e "$T/web/egen.txt" ] || fail "publish removed a file it did not write"
py html_check.py en "$T/web"
[ "$(ls -A "$T/web" | grep '^\.')" = .dialogreg-publish ] ||
    fail "files left behind: $(ls -A "$T/web" | grep '^\.')"

run publish
expect_rc 1
expect_err "give the folder for the pages with -o DIR"
run publish -o "$T/web/egen.txt"
expect_rc 1
expect_err "is not a folder"
exit 0
