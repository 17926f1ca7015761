#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""pdf_headings.py TEXT PDFTEXT...: for pairs of a printed document as
text (the pages the text printout has) and the text pdftotext -layout
reads from its PDF, check that no page of the PDF ends with a section
heading: each heading of the text (a body line underlined with dashes)
that stands on a PDF page has at least one line of its section after it
on that page. A PDF page's header is its first two lines, its footer
starts at the line ending in "Page k of N" (or "Sida k av N"). Prints
the number of headings checked; exits 1 with the first problem found."""
import re
import sys

FOOT = re.compile(r"(Page|Sida) \d+ (of|av) \d+\s*$")


def headings(path):
    found = set()
    for page in open(path, encoding="utf-8").read().split("\f"):
        body = page.split("\n")[4:61]
        for a, b in zip(body, body[1:]):
            if a and not a.startswith(" ") and re.fullmatch(r"-+", b) \
                    and len(b) == len(a):
                found.add(a.strip())
    return found


def check(text, pdf):
    heads = headings(text)
    seen = 0
    pages = [p for p in open(pdf, encoding="utf-8").read().split("\f")
             if p.strip()]
    for k, page in enumerate(pages, 1):
        lines = [l.strip() for l in page.split("\n")]
        nonempty = [i for i, l in enumerate(lines) if l]
        body = lines[nonempty[1] + 1:]
        for i, l in enumerate(body):
            if FOOT.search(l):
                body = body[:i]
                break
        body = [l for l in body if l]
        for i, l in enumerate(body):
            if l in heads:
                seen += 1
                if i + 1 == len(body):
                    sys.exit(f"{pdf}: page {k} ends with the heading '{l}'")
    return seen


def main():
    args = sys.argv[1:]
    if not args or len(args) % 2:
        sys.exit(__doc__)
    n = 0
    for text, pdf in zip(args[::2], args[1::2]):
        n += check(text, pdf)
    print(n)


main()
