#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""exact.py: helpers of the exactness tests (typed_text_is_stored_exactly).

  exact.py stored JSON KEY FILE      the JSON object's KEY (or, for a list
                                     of objects, the last one's) is the
                                     file's bytes exactly; else shows both
  exact.py words DIR                 for each DIR/NNN.txt the word
                                     nearest the middle of the text:
                                     writes DIR/NNN.keys ("LEFT
                                     BACKSPACES", the keys the editor
                                     needs from the end of the text) and
                                     DIR/NNN.want, the text with the word
                                     replaced
  exact.py list JSON KEY FILE...     the list of objects holds, in its
                                     last len(FILE...) entries, KEY equal
                                     to each file's bytes in order
  exact.py history JSON FIELD FILE...  the history's rows of FIELD, the
                                     last len(FILE...) of them, have as
                                     new values each file's bytes
"""
import glob
import os
import json
import sys
import unicodedata

NEW_WORD = "ÄNDRAT"


def units(s):
    """Cursor steps of the editor over s: a mark goes with its base."""
    return sum(1 for c in s if unicodedata.category(c) not in ("Mn", "Me"))


def stored(path, key, file):
    with open(path, encoding="utf-8") as fp:
        v = json.load(fp)
    if isinstance(v, list):
        v = v[-1]
    got = v.get(key)
    with open(file, encoding="utf-8", newline="") as fp:
        want = fp.read()
    if got != want:
        print("stored:   %r\ntyped:    %r" % (got, want), file=sys.stderr)
        for i, (a, b) in enumerate(zip(got or "", want)):
            if a != b:
                print("first difference at character %d" % i,
                      file=sys.stderr)
                break
        sys.exit(1)


def read(file):
    with open(file, encoding="utf-8", newline="") as fp:
        return fp.read()


def same(got, want, what):
    if got == want:
        return True
    print("%s:\nstored:   %r\ntyped:    %r" % (what, got, want),
          file=sys.stderr)
    for i, (a, b) in enumerate(zip(got or "", want)):
        if a != b:
            print("first difference at character %d" % i, file=sys.stderr)
            break
    return False


def compare(values, files):
    if len(values) < len(files):
        sys.exit("only %d stored values for %d texts" % (len(values),
                                                         len(files)))
    values = values[len(values) - len(files):]
    bad = [f for v, f in zip(values, files)
           if not same(v, read(f), os.path.basename(f))]
    if bad:
        sys.exit("%d of %d texts were not stored as typed" % (len(bad),
                                                              len(files)))


def word(file, out):
    with open(file, encoding="utf-8", newline="") as fp:
        t = fp.read()
    spans = []
    i = 0
    while i < len(t):
        if t[i].isalpha():
            j = i
            while j < len(t) and t[j].isalpha():
                j += 1
            # The cursor cannot stand between a letter and its mark:
            # then the word without its last letter.
            e = j
            if j < len(t) and unicodedata.category(t[j]) in ("Mn", "Me"):
                e = j - 1
            if e > i:
                spans.append((i, e))
            i = j
        else:
            i += 1
    if not spans:
        sys.exit("no word in %s" % file)
    mid = len(t) / 2
    a, b = min(spans, key=lambda s: abs((s[0] + s[1]) / 2 - mid))
    with open(out, "w", encoding="utf-8", newline="") as fp:
        fp.write(t[:a] + NEW_WORD + t[b:])
    return "%d %d\n" % (units(t[b:]), units(t[a:b]))


def main():
    cmd = sys.argv[1]
    if cmd == "stored":
        stored(sys.argv[2], sys.argv[3], sys.argv[4])
    elif cmd == "words":
        for f in sorted(glob.glob(os.path.join(sys.argv[2], "*.txt"))):
            base = f[:-len(".txt")]
            with open(base + ".keys", "w") as fp:
                fp.write(word(f, base + ".want"))
    elif cmd == "list":
        with open(sys.argv[2], encoding="utf-8") as fp:
            compare([o.get(sys.argv[3]) for o in json.load(fp)],
                    sys.argv[4:])
    elif cmd == "history":
        with open(sys.argv[2], encoding="utf-8") as fp:
            compare([r["new"] for r in json.load(fp)
                     if r["field"] == sys.argv[3]], sys.argv[4:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
