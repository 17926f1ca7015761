#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""mkcompletion.py: make the bash completion of dialogreg at build time.

    mkcompletion.py --program PROG IN OUT

The line @TABLE@ of IN becomes the word lists of the program's command
table (PROG --dump-commands, the same table --help prints): the
commands, each one's subcommands and options, the placeholder of each
option's value, and the placeholders of each command's arguments in
order (REF, FILE...), which the completion turns into the register's
references and file names."""

import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import commands  # noqa: E402


def sh(s):
    """s quoted for the shell."""
    return "'" + s.replace("'", "'\\''") + "'"


def arguments(usage, options):
    """The placeholders of a usage line's arguments, in order: the words
    in capitals that are not an option's value ([OPTIONS] aside)."""
    takes = {o: v for o, v in options if v}
    words = re.sub(r'[\[\]|]', ' ', usage).split()
    out = []
    skip = False
    for w in words:
        if skip:
            skip = False
            continue
        if w.startswith('-'):
            skip = w in takes
            continue
        if w == 'OPTIONS' or w.upper() != w:
            continue
        out.append(w.rstrip('.'))
    return out


def table(glob, cmds):
    lines = ['# The command table (dialogreg --dump-commands).']
    lines.append('_dialogreg_commands=%s' % sh(' '.join(cmds)))
    lines.append('')
    lines.append('# The options of a command ("-": before the command).')
    lines.append('_dialogreg_options()\n{\n\tcase $1 in')
    lines.append('\t-) echo %s ;;' % sh(' '.join(o for o, _ in glob)))
    for name, c in cmds.items():
        lines.append('\t%s) echo %s ;;' % (
            name, sh(' '.join(dict.fromkeys(o for o, _ in c.options)))))
    lines.append('\tesac\n}\n')
    lines.append('# The placeholder of the value option $2 of command $1 '
                 'takes (nothing: none).')
    lines.append('_dialogreg_value()\n{\n\tcase "$1 $2" in')
    for name, opts in [('-', glob)] + [(n, c.options)
                                       for n, c in cmds.items()]:
        for o, v in dict(opts).items():
            if v:
                lines.append('\t%s) echo %s ;;' % (sh(name + ' ' + o),
                                                   sh(v)))
    lines.append('\tesac\n}\n')
    lines.append('# The subcommands of command $1.')
    lines.append('_dialogreg_subcommands()\n{\n\tcase $1 in')
    for name, c in cmds.items():
        if c.subcommands():
            lines.append('\t%s) echo %s ;;' % (name,
                                                sh(' '.join(c.subcommands()))))
    lines.append('\tesac\n}\n')
    lines.append('# The placeholders of the arguments of command $1 '
                 '(subcommand $2).')
    lines.append('_dialogreg_arguments()\n{\n\tcase "$1 $2" in')
    for name, c in cmds.items():
        subs = c.subcommands()
        for i, u in enumerate(c.usage):
            key = name + ' '
            if subs:
                key += subs[i]
                u = u.split(None, 1)[1] if len(u.split()) > 1 else ''
            args = arguments(u, c.options)
            if args:
                lines.append('\t%s) echo %s ;;' % (sh(key),
                                                    sh(' '.join(args))))
    lines.append('\tesac\n}')
    return '\n'.join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--program', required=True)
    ap.add_argument('source')
    ap.add_argument('output')
    a = ap.parse_args()
    glob, cmds = commands.load(a.program)
    text = open(a.source, encoding='utf-8').read()
    if text.count('@TABLE@') != 1:
        sys.exit('%s: no single line @TABLE@' % a.source)
    text = text.replace('@TABLE@', table(glob, cmds))
    tmp = a.output + '.tmp'
    with open(tmp, 'w', encoding='utf-8') as f:
        f.write(text)
    os.replace(tmp, a.output)


if __name__ == '__main__':
    main()
