# SPDX-License-Identifier: GPL-3.0-or-later
"""commands.py: the command table as the program prints it with the
hidden option --dump-commands, for the build's generators (mkman.py,
mkcompletion.py). The program is the one place the commands, their usage
lines and options are written down; these only read it."""

import os
import re
import subprocess
import sys


class Command:
    def __init__(self, name, help_text):
        self.name = name
        self.help = help_text
        self.usage = []         # the usage lines after the name
        self.options = []       # (option, value placeholder or '')

    def subcommands(self):
        """The subcommands, when the usage lines start with one each
        (a word in small letters, as "add REF ..."), else []."""
        subs = [u.split()[0] for u in self.usage if u.split()]
        if subs and len(subs) == len(self.usage) and \
                all(re.fullmatch(r'[a-z][a-z-]*', s) for s in subs):
            return subs
        return []


def load(program, lang=None):
    """The table of program, its texts in lang (None: the msgids, as
    English). Returns (global options, {name: Command} in order)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith('LC_') and k not in ('LANG', 'LANGUAGE')}
    # C.UTF-8 takes LANGUAGE into account (glibc), so no Swedish locale
    # need be installed to make the Swedish page.
    env['LC_ALL'] = 'C.UTF-8'
    if lang:
        env['LANGUAGE'] = lang
    out = subprocess.run([program, '--dump-commands'], env=env,
                         stdout=subprocess.PIPE, check=True).stdout
    glob = []
    cmds = {}
    for line in out.decode('utf-8').splitlines():
        if not line or line.startswith('#'):
            continue
        f = line.split('\t')
        if f[0] == 'command':
            cmds[f[1]] = Command(f[1], f[2])
        elif f[0] == 'usage':
            cmds[f[1]].usage.append(f[2])
        elif f[0] == 'option':
            (glob if f[1] == '-' else cmds[f[1]].options).append(
                (f[2], f[3]))
        else:
            sys.exit('%s --dump-commands: unknown record %r' %
                     (program, f[0]))
    if lang and not cmds:
        sys.exit('%s --dump-commands printed no commands' % program)
    return glob, cmds
