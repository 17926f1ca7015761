#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""mkman.py: make the manual page dialogreg(1) from its source
share/dialogreg.1.in at build time.

    mkman.py --program PROG --version V [--lang LL --po PO] IN OUT

With --po the source is first translated with po4a (po4a-translate,
the page's own catalog PO) into the language LL. Then every line
".Du NAME [SUBCOMMAND]" becomes that command's synopsis, made from the
usage line of the program's command table (PROG --dump-commands) in the
page's language, so that the page shows what `NAME --help` shows; the
build fails when the page leaves out a command or names one the table
does not have. @VERSION@ is the version, @DATE@ the page's date:
SOURCE_DATE_EPOCH when set (reproducible builds), else the day the
source was last changed."""

import argparse
import datetime
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import commands  # noqa: E402


def roff_word(text, font):
    text = text.replace('\\', '\\e').replace('-', '\\-')
    return font, text


def synopsis(words, usage):
    """The roff text of "NAME [SUB] USAGE": the name and options bold,
    placeholders (words in capitals) italic, brackets and bars roman."""
    pieces = [('B', ' '.join(w.replace('-', '\\-') for w in words))]
    if usage:
        pieces.append(('R', ' '))
    for tok in re.findall(r'\s+|\.\.\.|[\[\]|=,]|[^\s\[\]|=,.]+|\.', usage):
        if tok.isspace() or tok in ('[', ']', '|', '...', '.'):
            pieces.append(('R', tok))
        elif tok in ('=', ','):
            pieces.append(('B', tok))
        elif tok.startswith('-'):
            pieces.append(roff_word(tok, 'B'))
        elif tok.upper() == tok and any(ch.isalpha() for ch in tok):
            pieces.append(roff_word(tok, 'I'))
        else:
            pieces.append(roff_word(tok, 'B'))
    out = ''
    font = None
    for f, text in pieces:
        if f != font:
            out += '\\f' + f
            font = f
        out += text
    if font != 'R':
        out += '\\fR'
    return out


def tidy(text):
    """The page as mandoc -Tlint wants it: po4a writes each paragraph on
    one line and requests with a blank after them. Text lines of filled
    paragraphs are broken at spaces before 80 bytes as mandoc counts them
    (a letter beyond ASCII as its escape, \\[u00E5]); a break is a space
    in filled text. No-fill blocks (.nf) and the tag line after .TP or
    .TQ stay whole, since there a line break means something."""
    def size(t):
        return sum(1 if ord(ch) < 128 else 8 for ch in t)

    out = []
    fill = True
    tag = False
    for line in text.split('\n'):
        line = line.rstrip()
        if line.startswith(('.', "'")):
            req = line[1:].split(None, 1)[0] if line[1:].strip() else ''
            if req == 'nf':
                fill = False
            elif req == 'fi':
                fill = True
            tag = req in ('TP', 'TQ')
            out.append(line)
            continue
        if not fill or tag or size(line) <= 80:
            tag = False
            out.append(line)
            continue
        while size(line) > 80:
            cut = 0
            for i, ch in enumerate(line):
                if ch == ' ' and i > 0 and line[i - 1] != '\\' and \
                        size(line[:i]) <= 80:
                    cut = i
            if cut == 0:
                break
            out.append(line[:cut].rstrip())
            line = line[cut:].lstrip()
            if line.startswith(('.', "'")):
                line = '\\&' + line
        out.append(line)
    return '\n'.join(out)


def page_date(source):
    epoch = os.environ.get('SOURCE_DATE_EPOCH')
    t = int(epoch) if epoch else int(os.stat(source).st_mtime)
    return datetime.datetime.fromtimestamp(
        t, tz=datetime.timezone.utc).strftime('%Y-%m-%d')


def translate(source, po, tmpdir):
    out = os.path.join(tmpdir, 'page.1')
    # The .Du lines are ours: po4a copies them as they are.
    r = subprocess.run(['po4a-translate', '-f', 'man', '-m', source,
                        '-p', po, '-l', out, '-k', '0', '-M', 'UTF-8',
                        '-L', 'UTF-8', '-o', 'untranslated=Du'],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    text = r.stdout.decode('utf-8', 'replace')
    # po4a 0.69 says that po4a-translate is deprecated; anything else
    # it says is about the page and is shown.
    for line in text.splitlines():
        if 'deprecated' not in line and line.strip():
            print('po4a-translate: ' + line, file=sys.stderr)
    if r.returncode != 0:
        sys.exit('po4a-translate failed on %s with %s' % (source, po))
    return open(out, encoding='utf-8').read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--program', required=True)
    ap.add_argument('--version', required=True)
    ap.add_argument('--lang')
    ap.add_argument('--po')
    ap.add_argument('source')
    ap.add_argument('output')
    a = ap.parse_args()

    _, english = commands.load(a.program)
    _, local = commands.load(a.program, a.lang) if a.lang else (None,
                                                                 english)
    if a.po:
        with tempfile.TemporaryDirectory() as tmp:
            text = translate(a.source, a.po, tmp)
    else:
        text = open(a.source, encoding='utf-8').read()

    # What the page must show: each command, or each of its
    # subcommands (found in the English table, shown as translated).
    wanted = {}
    for name, c in english.items():
        subs = c.subcommands()
        if not subs:
            wanted[(name, None)] = ([name], local[name].usage[0])
            continue
        for i, s in enumerate(subs):
            parts = local[name].usage[i].split(None, 1)
            wanted[(name, s)] = ([name, parts[0]],
                                 parts[1] if len(parts) > 1 else '')
    seen = set()
    out = []
    errors = []
    for n, line in enumerate(text.split('\n'), 1):
        m = re.fullmatch(r'\.Du\s+(\S+)(?:\s+(\S+))?\s*', line)
        if not m:
            out.append(line)
            continue
        key = (m.group(1), m.group(2))
        what = ' '.join(k for k in key if k)
        if key not in wanted:
            errors.append('%s:%d: the table has no command "%s"' %
                          (a.source, n, what))
            continue
        if key in seen:
            errors.append('%s:%d: "%s" is shown twice' %
                          (a.source, n, what))
        seen.add(key)
        out.append(synopsis(*wanted[key]))
    for key in wanted:
        if key not in seen:
            errors.append('%s: no ".Du %s" line: the page leaves the '
                          'command out' % (a.source,
                                           ' '.join(k for k in key if k)))
    if errors:
        sys.exit('\n'.join(errors))
    text = tidy('\n'.join(out))
    text = text.replace('@VERSION@', a.version)
    text = text.replace('@DATE@', page_date(a.source))
    tmp = a.output + '.tmp'
    with open(tmp, 'w', encoding='utf-8') as f:
        f.write(text)
    os.replace(tmp, a.output)


if __name__ == '__main__':
    main()
