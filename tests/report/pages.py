#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""pages.py [--page WORD --of WORD] FILE...: check the paginated text
printing commands wrote and print the number of pages of each file, one
line each (one run for many files: Python starts slowly). Pages are
separated by form feeds; each has exactly 64 lines of at most 80
columns: a header (two lines, a rule, a blank line), 57 body lines, a
blank line, a rule and the footer line ending in "WORD k WORD N"
(default "Page k of N"). A section heading (a line underlined with
dashes) is never the last line of a page: at least two lines of its
section follow it on the same page. No page starts with a blank body
line. Exits 1 with the first problem found."""
import re
import sys
import unicodedata

LINES, COLS, BODY = 64, 80, range(4, 61)   # body: 0-based lines 4..60


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in s)


def check(path, page_word, of_word):
    text = open(path, encoding="utf-8").read()
    pages = text.split("\f")
    n = len(pages)

    def bad(msg):
        sys.exit(f"{path}: {msg}")

    for k, page in enumerate(pages, 1):
        if not page.endswith("\n"):
            bad(f"page {k} does not end with a newline")
        lines = page[:-1].split("\n")
        if len(lines) != LINES:
            bad(f"page {k} has {len(lines)} lines, not {LINES}")
        for i, l in enumerate(lines):
            if width(l) > COLS:
                bad(f"page {k}, line {i + 1} is {width(l)} wide: {l}")
        if lines[2] != "-" * COLS or lines[62] != "-" * COLS:
            bad(f"page {k} lacks the rules of header and footer")
        if lines[3] != "" or lines[61] != "":
            bad(f"page {k} lacks the blank lines around the body")
        if lines[:2] != pages[0][:-1].split("\n")[:2]:
            bad(f"page {k} has another header than page 1")
        want = f"{page_word} {k} {of_word} {n}"
        if not lines[63].endswith(want):
            bad(f"page {k} footer is '{lines[63]}', not ending in '{want}'")
        body = lines[4:61]
        if body[0] == "" and any(body):
            bad(f"page {k} starts with a blank line")
        for i in range(len(body) - 1):
            if re.fullmatch(r"-+", body[i + 1]) and body[i] and \
                    not body[i].startswith(" "):
                # a heading at body line i, underlined at i + 1: two
                # lines of its section follow on the page, or its one
                # line at the very end of the document
                end = k == n and i + 3 == len(body)
                if i + 2 >= len(body) or body[i + 2] == "" or \
                        (i + 3 >= len(body) and not end):
                    bad(f"page {k}: the heading '{body[i]}' is not "
                        f"followed by two lines of its section on the page")
        last = max((i for i, l in enumerate(body) if l), default=-1)
        if last >= 0 and re.fullmatch(r"-+", body[last]):
            bad(f"page {k} ends with a heading")
    return n


def main():
    args = sys.argv[1:]
    page_word, of_word = "Page", "of"
    while args and args[0] in ("--page", "--of"):
        if args[0] == "--page":
            page_word = args[1]
        else:
            of_word = args[1]
        args = args[2:]
    for path in args:
        print(check(path, page_word, of_word))


main()
