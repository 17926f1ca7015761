"""survey_files.py: survey exports as the tools write them, for the
import tests, and the check of what was imported.

Usage: survey_files.py write DIR
       survey_files.py check JSON

write: one file per encoding and separator, DIR/survey-ENC-SEP.csv, with
the same three answers: a quoted text with a line break, doubled quotes
and the separators inside, Swedish letters and €, a row without text
(skipped), dates with and without a time.
check: the JSON of `contribution list --with-contact --format json`
holds exactly the two answers.
"""
import json
import sys

HEADER = ["Datum", "Svar", "Tema", "E-post"]
ROWS = [
    ["2026-04-12 14:30", 'Fler bänkar,\r\ngärna med "ryggstöd"; tack\tnu',
     "Parker", "anna@exempel.se"],
    ["2026-04-13", "Mer ljus vid ån – kostar €", "Trygghet", ""],
    ["", "", "", ""],
]
WANT = [
    ("2026-04-12T14:30:00", 'Fler bänkar,\ngärna med "ryggstöd"; tack\tnu',
     "Parker", "anna@exempel.se"),
    ("2026-04-13", "Mer ljus vid ån – kostar €", "Trygghet", None),
]
ENCODINGS = {
    "utf8": ("utf-8", b""),
    "utf8bom": ("utf-8", b"\xef\xbb\xbf"),
    "utf16le": ("utf-16-le", b"\xff\xfe"),
    "utf16be": ("utf-16-be", b"\xfe\xff"),
    "cp1252": ("cp1252", b""),
}
SEPS = {"comma": ",", "semicolon": ";", "tab": "\t"}


def field(s, sep):
    if any(c in s for c in (sep, '"', "\r", "\n")):
        return '"' + s.replace('"', '""') + '"'
    return s


def text(sep):
    lines = [sep.join(field(c, sep) for c in row)
             for row in [HEADER] + ROWS]
    return "\r\n".join(lines) + "\r\n"


def write(d):
    for enc, (codec, bom) in ENCODINGS.items():
        for name, sep in SEPS.items():
            with open("%s/survey-%s-%s.csv" % (d, enc, name), "wb") as f:
                f.write(bom + text(sep).encode(codec))


def check(path):
    with open(path, encoding="utf-8") as f:
        got = json.load(f)
    bad = []
    if len(got) != len(WANT):
        bad.append("%d contributions, want %d" % (len(got), len(WANT)))
    for g, (created, text_, theme, contact) in zip(got, WANT):
        for key, want in (("created", created), ("text", text_),
                          ("themes", theme), ("contact", contact),
                          ("channel", "survey")):
            if g.get(key) != want:
                bad.append("%s: %r, want %r" % (key, g.get(key), want))
    if bad:
        print("\n".join(bad))
        sys.exit(1)


if sys.argv[1] == "write":
    write(sys.argv[2])
else:
    check(sys.argv[2])
