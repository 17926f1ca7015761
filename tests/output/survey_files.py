# SPDX-License-Identifier: GPL-3.0-or-later
"""survey_files.py: survey exports as the tools write them, for the
import tests, and the check of what was imported.

Usage: survey_files.py write DIR
       survey_files.py check JSON
       survey_files.py tools DIR
       survey_files.py check-tool TOOL JSON

write: one file per encoding and separator, DIR/survey-ENC-SEP.csv, with
the same three answers: a quoted text with a line break, doubled quotes
and the separators inside, Swedish letters and €, a row without text
(skipped), dates with and without a time.
check: the JSON of `contribution list --with-contact --format json`
holds exactly the two answers.
tools: one file per survey tool, DIR/TOOL.csv, in the shape of its
export: Microsoft Forms (xlsx saved as CSV UTF-8: a BOM, ID, "Start time",
"Completion time", "Email" anonymous, US dates), Google Forms
("Tidstämpel"), Netigate (respondent columns, dotted dates, the question
as header), Esmaker (ISO dates with Z, a "Kanal" column), SurveyMonkey
(two header rows, "11/20/2026 10:12:33 AM"), Excel's "CSV
(semikolonavgränsad)" (';', Windows-1252, CRLF). Each has extra columns,
free-text answers with line breaks and, most, a "Kanal" column with
values the register does not know.
check-tool: the JSON of `contribution list --format json` after importing
TOOL.csv holds the tool's answers as TOOLS says.
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


# Per tool: encoding, BOM, separator, header rows, data rows, and what
# each contribution must be: (created, channel, channel_text, text).
TOOLS = {
    "msforms": ("utf-8", b"\xef\xbb\xbf", ",", [
        ["ID", "Start time", "Completion time", "Email", "Name",
         "Last modified time", "Din synpunkt", "Kanal"],
    ], [
        ["1", "11/20/2026 10:10:01", "11/20/2026 10:12:33", "anonymous", "",
         "", "Fler bänkar längs ån,\ngärna i skugga", "Telefon"],
        ["2", "11/21/2026 9:01:00", "11/21/2026 9:05:10", "anonymous", "",
         "", "Bättre belysning", "Webb"],
    ], [
        ("2026-11-20T10:12:33", "other", "Telefon",
         "Fler bänkar längs ån,\ngärna i skugga"),
        ("2026-11-21T09:05:10", "web", None, "Bättre belysning"),
    ]),
    "googleforms": ("utf-8", b"", ",", [
        ["Tidstämpel", "Din synpunkt", "Kanal", "Ålder"],
    ], [
        ["2026/11/20 10:12:33", "Mer grönska\r\noch fler träd", "Mässa",
         "34"],
        ["2026/11/22 18:40:02", "Cykelbana hela vägen", "enkät", "51"],
        ["2026/11/23 08:00:00", "", "Telefon", "40"],
    ], [
        ("2026-11-20T10:12:33", "other", "Mässa",
         "Mer grönska\noch fler träd"),
        ("2026-11-22T18:40:02", "survey", None, "Cykelbana hela vägen"),
    ]),
    "netigate": ("utf-8", b"\xef\xbb\xbf", ";", [
        ["Respondent ID", "Status", "Startdatum", "Slutdatum",
         "Vad vill du förbättra i parken?", "Kön"],
    ], [
        ["1001", "Completed", "20.11.2026 10:10:00", "20.11.2026 10:12:33",
         "Lekplatsen; den är sliten", "Kvinna"],
        ["1002", "Completed", "21.11.2026 11:00:00", "21.11.2026 11:02:00",
         "Toaletter \"året runt\"", "Man"],
    ], [
        ("2026-11-20T10:12:33", "survey", None, "Lekplatsen; den är sliten"),
        ("2026-11-21T11:02:00", "survey", None, 'Toaletter "året runt"'),
    ]),
    "esmaker": ("utf-8", b"", ";", [
        ["Svarsid", "Svarsdatum", "Kanal", "Synpunkt", "Kontakt"],
    ], [
        ["77", "2026-11-20T10:12:00Z", "Telefon", "Ring om bryggan\npå "
         "torsdag", ""],
        ["78", "2026-11-20T11:30:00+01:00", "Brev", "Bänk vid bussen",
         ""],
        ["79", "2026-11-21T09:00:00Z", "telefon", "Laga trappan", ""],
    ], [
        ("2026-11-20T10:12:00Z", "other", "Telefon",
         "Ring om bryggan\npå torsdag"),
        ("2026-11-20T10:30:00Z", "letter", None, "Bänk vid bussen"),
        ("2026-11-21T09:00:00Z", "other", "telefon", "Laga trappan"),
    ]),
    "surveymonkey": ("utf-8", b"", ",", [
        ["Respondent ID", "Collector ID", "Start Date", "End Date",
         "IP Address", "Email Address", "First Name", "Last Name",
         "Custom Data 1", "Vad tycker du om förslaget?"],
        ["", "", "", "", "", "", "", "", "", "Open-Ended Response"],
    ], [
        ["11870001", "4301", "11/20/2026 10:10:01 AM",
         "11/20/2026 10:12:33 AM", "", "", "", "", "", "Bra, men dyrt"],
        ["11870002", "4301", "11/20/2026 01:10:00 PM",
         "11/20/2026 01:15:00 PM", "", "", "", "", "",
         "Nej tack,\ninte här"],
    ], [
        ("2026-11-20T10:12:33", "survey", None, "Bra, men dyrt"),
        ("2026-11-20T13:15:00", "survey", None, "Nej tack,\ninte här"),
    ]),
    "excel-sv": ("cp1252", b"", ";", [
        ["Datum", "Svar", "Kanal", "Tema"],
    ], [
        ["2026-11-20 10:12", "Längs ån – kostar 5 €", "Möte", "Natur"],
        ["2026-11-21 14:00", "Fler \"öppna\" ytor;\r\ntack", "Telefon",
         "Lek"],
    ], [
        ("2026-11-20T10:12:00", "meeting", None, "Längs ån – kostar 5 €"),
        ("2026-11-21T14:00:00", "other", "Telefon",
         'Fler "öppna" ytor;\ntack'),
    ]),
}


def tools(d):
    for name, (codec, bom, sep, heads, rows, _want) in TOOLS.items():
        lines = [sep.join(field(c, sep) for c in row)
                 for row in heads + rows]
        with open("%s/%s.csv" % (d, name), "wb") as f:
            f.write(bom + ("\r\n".join(lines) + "\r\n").encode(codec))


def check_tool(name, path):
    with open(path, encoding="utf-8") as f:
        got = json.load(f)
    want = TOOLS[name][5]
    bad = []
    if len(got) != len(want):
        bad.append("%d contributions, want %d" % (len(got), len(want)))
    for g, (created, channel, ctext, text_) in zip(got, want):
        for key, w in (("created", created), ("channel", channel),
                       ("channel_text", ctext), ("text", text_)):
            if g.get(key) != w:
                bad.append("%s: %s: %r, want %r" % (name, key, g.get(key),
                                                    w))
    if bad:
        print("\n".join(bad))
        sys.exit(1)


if sys.argv[1] == "write":
    write(sys.argv[2])
elif sys.argv[1] == "tools":
    tools(sys.argv[2])
elif sys.argv[1] == "check-tool":
    check_tool(sys.argv[2], sys.argv[3])
else:
    check(sys.argv[2])
