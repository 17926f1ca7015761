# SPDX-License-Identifier: GPL-3.0-or-later
"""html_check.py: the public web pages read with Python's html.parser.

Usage: html_check.py LANG DIR

Every *.html file in DIR must: start with <!DOCTYPE html>; have
<html lang="LANG">; have a skip link to #main as its first link and an
element with id="main"; have exactly one h1 as its first heading and
never skip a heading level going down; give every table header cells,
each with scope="col" or "row"; hold no script, no event handler
attribute and no external style sheet; carry an inline style sheet with
a print part; link only to pages that exist in DIR (or #main), to
calendar files (*.ics) that exist in DIR, each link to one marked
type="text/calendar", or to an e-mail address (mailto:).
"""
import html.parser
import os
import sys


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.doctype = None
        self.lang = None
        self.links = []
        self.ids = set()
        self.headings = []
        self.tables = []
        self.problems = []
        self.style = ""
        self.in_style = False

    def handle_decl(self, decl):
        self.doctype = decl

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for name in a:
            if name.startswith("on"):
                self.problems.append("event handler %s on <%s>"
                                     % (name, tag))
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "a":
            self.links.append(a.get("href"))
            href = a.get("href") or ""
            if href.endswith(".ics") and a.get("type") != "text/calendar":
                self.problems.append("the calendar link %r is not marked "
                                     "type=\"text/calendar\"" % href)
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.headings.append(int(tag[1]))
        elif tag == "table":
            self.tables.append([])
        elif tag == "th":
            if not self.tables:
                self.problems.append("<th> outside a table")
            else:
                self.tables[-1].append(a.get("scope"))
        elif tag == "script":
            self.problems.append("a <script>")
        elif tag == "link" and a.get("rel") == "stylesheet":
            self.problems.append("an external style sheet")
        elif tag == "style":
            self.in_style = True

    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False

    def handle_data(self, data):
        if self.in_style:
            self.style += data


def check(path, lang, files):
    p = Page()
    with open(path, encoding="utf-8") as f:
        p.feed(f.read())
    bad = list(p.problems)
    if p.doctype is None or p.doctype.lower() != "doctype html":
        bad.append("no <!DOCTYPE html>")
    if p.lang != lang:
        bad.append("lang is %r, want %r" % (p.lang, lang))
    if not p.links or p.links[0] != "#main":
        bad.append("the first link is %r, not the skip link to #main"
                   % (p.links[:1],))
    if "main" not in p.ids:
        bad.append("no element with id=\"main\"")
    if not p.headings or p.headings[0] != 1:
        bad.append("the first heading is not h1: %r" % p.headings[:3])
    if p.headings.count(1) != 1:
        bad.append("%d h1 headings" % p.headings.count(1))
    for before, after in zip(p.headings, p.headings[1:]):
        if after > before + 1:
            bad.append("heading h%d follows h%d" % (after, before))
    for i, scopes in enumerate(p.tables, start=1):
        if not scopes:
            bad.append("table %d has no header cells" % i)
        for s in scopes:
            if s not in ("col", "row"):
                bad.append("table %d: a header cell with scope %r"
                           % (i, s))
    if "@media print" not in p.style:
        bad.append("no print style sheet")
    for href in p.links:
        if href == "#main" or href in files:
            continue
        if href and href.startswith("mailto:") and "@" in href:
            continue
        bad.append("a link to %r, which is not a page here" % href)
    return ["%s: %s" % (os.path.basename(path), b) for b in bad]


def main():
    lang, d = sys.argv[1:3]
    files = sorted(f for f in os.listdir(d) if f.endswith(".html"))
    if not files:
        print("no pages in %s" % d)
        sys.exit(1)
    targets = set(files) | set(f for f in os.listdir(d)
                               if f.endswith(".ics"))
    bad = []
    for f in files:
        bad += check(os.path.join(d, f), lang, targets)
    if bad:
        print("\n".join(bad[:30]))
        sys.exit(1)
    print("%d pages checked" % len(files))


main()
