#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""corpus.py DIR [N]: write N (default 200) texts, DIR/000.txt ..., that
the exactness tests type into the screens and read back. Made here, with
a fixed seed, so every run types the same texts: Swedish words with å ä
ö, words longer than any field, lines exactly as wide as the fields and
one cell more, leading and trailing spaces, several blank lines, wide
CJK characters, combining marks, right-to-left script, emoji and very
long texts. No tabs and no control characters: Tab is the form's key
for the next field, and control characters are not typed text.

The fields are 49 cells wide in the dialogue's form and 60 in the
contribution's at 80 columns; the widths around both are covered (the
editor keeps one cell for the cursor, so the text wraps one earlier).
"""
import os
import random
import sys

WORDS = ("och att det som en på är av för med till den har inte om ett "
         "kommunen invånarna dialogen frågan förslaget nämnden beslutet "
         "gångvägen belysningen lekplatsen skolgården biblioteket "
         "öppettider ängen åkern älven östra västra sjön ön år både "
         "trygghet tillgänglighet förskola äldreboende fritidsgård "
         "återkoppling utvärdering sammanställning medborgardialog "
         "invånardialog synpunkt dialogtillfälle förtroendevalda "
         "klätterställning gungor små barn kvällen höst vår sommar "
         "vinter måndag lördag mötesplats torget hamnen Skärhamn "
         "Strömsby Åkerby Öckerö Ängsvik").split()
LONG = ["Kommunfullmäktigeledamotsuppdragsbeskrivningsdokumentationen",
        "Trafiksäkerhetsåtgärdsprogramsgenomförandeplaneringsgruppen"
        "sammanträdesprotokollsjusteringen",
        "https://www.strömsby.se/kommun-och-politik/medborgardialog/"
        "pågående-dialoger/utveckling-av-torget?källa=nyhetsbrev&år=2026",
        "a" * 130]
CJK = "市民対話公園図書館意見交流会議中文字符韓국어대화"
HEBREW = "שלום עולם דיאלוג עם התושבים"
ARABIC = "مرحبا بالعالم حوار مع السكان"
COMBINING = ["e\u0301", "a\u0308", "o\u0308", "a\u030a", "n\u0303",
             "u\u0308\u0301"]
EMOJI = ["\U0001F600", "\U0001F333", "\u2764", "\U0001F44D"]
WIDTHS = [47, 48, 49, 50, 58, 59, 60, 61, 62]


def words(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def sentence(rng):
    s = words(rng, rng.randint(4, 14))
    return s[0].upper() + s[1:] + rng.choice([".", "!", "?", "."])


def line_of_width(rng, width):
    """A line of words exactly width characters (all one cell)."""
    s = ""
    while len(s) < width:
        s += (" " if s else "") + rng.choice(WORDS)
    s = s[:width]
    if s.endswith(" "):
        s = s[:-1] + "x"
    return s


def paragraph(rng, n):
    return " ".join(sentence(rng) for _ in range(n))


def make(rng, i):
    kind = i % 20
    if kind == 0:
        return paragraph(rng, rng.randint(1, 3))
    if kind == 1:
        return sentence(rng) + " " + rng.choice(LONG) + " " + sentence(rng)
    if kind == 2:
        w = WIDTHS[(i // 20) % len(WIDTHS)]
        return "\n".join(line_of_width(rng, w) for _ in range(3))
    if kind == 3:
        w = WIDTHS[(i // 20 + 3) % len(WIDTHS)]
        return line_of_width(rng, w) + " " + words(rng, 3)
    if kind == 4:
        return sentence(rng) + " " * rng.randint(1, 4)
    if kind == 5:
        return (sentence(rng) + "\n" * rng.randint(2, 5) +
                sentence(rng) + "\n\n\n" + sentence(rng))
    if kind == 6:
        return " " * rng.randint(1, 6) + sentence(rng) + "\n  " + \
            sentence(rng)
    if kind == 7:
        return sentence(rng) + " " + "".join(
            rng.choice(CJK) for _ in range(rng.randint(20, 70))) + \
            " " + sentence(rng)
    if kind == 8:
        return " ".join(
            rng.choice(WORDS) + rng.choice(COMBINING)
            for _ in range(rng.randint(5, 25)))
    if kind == 9:
        return sentence(rng) + " " + HEBREW + ". " + ARABIC + "."
    if kind == 10:
        return "\n\n".join(paragraph(rng, rng.randint(3, 8))
                           for _ in range(rng.randint(3, 8)))
    if kind == 11:
        return sentence(rng) + " " + " ".join(
            rng.choice(EMOJI) for _ in range(rng.randint(1, 6)))
    if kind == 12:
        # Spaces at a wrap point: several, where the row ends.
        w = WIDTHS[(i // 20) % len(WIDTHS)]
        return line_of_width(rng, w - 2) + "    " + words(rng, 8)
    if kind == 13:
        return "\n".join("- " + sentence(rng) for _ in range(6))
    if kind == 14:
        return ("Fråga: " + sentence(rng) + "\n" + "Svar: " +
                paragraph(rng, 2) + "\n\n" + "Övrigt:   " + sentence(rng))
    if kind == 15:
        # Wide characters across the edge of the row.
        return "".join(rng.choice(CJK) for _ in range(rng.randint(24, 90)))
    if kind == 16:
        return sentence(rng) + "\n" + " " * 40 + sentence(rng) + "   \n" + \
            "sista raden"
    if kind == 17:
        return "".join(rng.choice("åäöÅÄÖéü") for _ in range(
            rng.randint(70, 200)))
    if kind == 18:
        # A text as long as a long written contribution.
        return "\n".join(paragraph(rng, 6) for _ in range(12))
    return sentence(rng) + " " + rng.choice(LONG) + rng.choice(COMBINING) \
        + " " + words(rng, 5) + "  "


def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    rng = random.Random(20261201)
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        t = make(rng, i)
        assert "\t" not in t and t.strip() != ""
        with open(os.path.join(out, "%03d.txt" % i), "w",
                  encoding="utf-8", newline="") as fp:
            fp.write(t)


if __name__ == "__main__":
    main()
