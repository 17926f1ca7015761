# SPDX-License-Identifier: GPL-3.0-or-later
"""crashcheck.py: what the crash tests check in a register after a kill:
a canonical dump of its rows, its integrity, temporary files left. Also a
command line for the shell tests:

    python3 crashcheck.py dump DB OUT    the canonical dump into OUT
    python3 crashcheck.py integrity DB   integrity_check and the search
                                          indexes' integrity-check ok
    python3 crashcheck.py leftovers DIR  no temporary file of ours in DIR
"""
import os
import re
import sqlite3
import sys

# Columns that hold the clock time of a write, not its content.
CLOCK = {"created", "updated", "at"}
# Columns made at random once per register (its identity, from which the
# calendars' UIDs come): two registers made alike still differ there.
RANDOM = {("register_identity", "uid")}
# Our temporary files: a register being built, an output file aside.
TEMP = re.compile(r"\.new-......|^\..*\.[A-Za-z0-9]{6}$")


def fail(msg):
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def dump(db):
    """Every table's rows, time columns left out; None: no register."""
    if not os.path.exists(db):
        return None
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    try:
        out = []
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND "
            "name NOT LIKE '%fts%' ORDER BY name")]
        for t in tables:
            cols = [r[1] for r in con.execute(
                "SELECT * FROM pragma_table_info(?)", (t,))]
            keep = [c for c in cols if c not in CLOCK and
                    (t, c) not in RANDOM]
            sel = ", ".join('"%s"' % c for c in keep)
            rows = con.execute('SELECT %s FROM "%s" ORDER BY %s' % (
                sel, t, ", ".join(str(i + 1) for i in range(len(keep)))))
            out.append((t, tuple(keep), tuple(rows)))
        out.append(("user_version",
                    con.execute("PRAGMA user_version").fetchone()))
        return tuple(out)
    finally:
        con.close()


def integrity(db):
    con = sqlite3.connect(db)
    try:
        r = con.execute("PRAGMA integrity_check").fetchall()
        if r != [("ok",)]:
            fail("integrity_check of %s: %s" % (db, r))
        for fts in ("dialogue_fts", "contribution_fts"):
            con.execute("INSERT INTO %s(%s) VALUES ('integrity-check')"
                        % (fts, fts))
    except sqlite3.DatabaseError as e:
        fail("integrity of %s: %s" % (db, e))
    finally:
        con.close()


def leftovers(folder):
    return sorted(n for n in os.listdir(folder) if TEMP.search(n))



if __name__ == "__main__":
    what, arg = sys.argv[1], sys.argv[2]
    if what == "dump":
        with open(sys.argv[3], "w", encoding="utf-8") as f:
            f.write(repr(dump(arg)))
    elif what == "integrity":
        integrity(arg)
    elif what == "leftovers":
        left = leftovers(arg)
        if left:
            fail("temporary files left in %s: %s" % (arg, left))
    else:
        fail("unknown check " + what)
