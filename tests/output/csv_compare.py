# SPDX-License-Identifier: GPL-3.0-or-later
"""csv_compare.py: an exported CSV file against the plain CSV of the same
rows, both read with Python's csv module.

Usage: csv_compare.py EXPORT SEP ENCODING PLAIN

EXPORT is read with the separator SEP (";", "," or "tab") in ENCODING
("utf-8-sig" or "cp1252"); PLAIN is `list --format csv` (comma, UTF-8
with BOM). Every cell must be equal, except that a data cell a
spreadsheet would run as a formula (starting with = + - @ tab or CR)
must have an apostrophe in front, unless it is a plain number.
"""
import csv
import re
import sys

NUMBER = re.compile(r"-?[0-9]+([.,][0-9]+)?$")


def read(path, sep, encoding):
    with open(path, newline="", encoding=encoding) as f:
        return list(csv.reader(f, delimiter=sep, strict=True))


def expected(cell):
    if cell and cell[0] in "=+-@\t\r" and not NUMBER.match(cell):
        return "'" + cell
    return cell


def main():
    path, sep, encoding, plain = sys.argv[1:5]
    sep = "\t" if sep == "tab" else sep
    got = read(path, sep, encoding)
    want = read(plain, ",", "utf-8-sig")
    bad = []
    if not got or got[0] != want[0]:
        bad.append("header differs:\n  got  %r\n  want %r"
                   % (got[:1], want[:1]))
    if len(got) != len(want):
        bad.append("%d rows, want %d" % (len(got), len(want)))
    for r, (g, w) in enumerate(zip(got[1:], want[1:]), start=2):
        if len(g) != len(w):
            bad.append("row %d: %d cells, want %d" % (r, len(g), len(w)))
            continue
        for c, (gc, wc) in enumerate(zip(g, w), start=1):
            if gc != expected(wc):
                bad.append("row %d, column %d (%s): got %r, want %r"
                           % (r, c, want[0][c - 1], gc, expected(wc)))
    if bad:
        print("\n".join(bad[:20]))
        sys.exit(1)
    print("%d rows equal" % (len(got) - 1))


main()
