# SPDX-License-Identifier: GPL-3.0-or-later
"""kill.py: kill dialogreg with SIGKILL at random moments of its writes and
check what a killed write leaves: PRAGMA integrity_check and the search
indexes' integrity-check ok, exactly the state before or the state after
(a canonical dump of every table's rows, without the columns that hold the
clock time), and no temporary file once the register is opened again.

Usage: python3 kill.py DIALOGREG WORKDIR MIN_RUNS MAX_RUNS BUDGET_SECONDS

The actions: a survey import, a transition, a form's worth of fields in
one `set`, register creation (`init`) and a backup restore
(`import-json` into a new register). Each is run once to the end first,
which gives the state after and its duration; the kills then fall
uniformly into 0..1.1 times that duration. Runs stop at MAX_RUNS or when
BUDGET_SECONDS have passed, whichever comes first; fewer than MIN_RUNS is a
failure. Prints how many runs there were, and how many kills hit a write
in flight (the state before) or came after its commit.
"""
import os
import random
import shutil
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crashcheck import dump, fail, integrity, leftovers  # noqa: E402

DLG, WORK = (os.path.abspath(a) for a in sys.argv[1:3])
MIN_RUNS, MAX_RUNS, BUDGET = int(sys.argv[3]), int(sys.argv[4]), \
    float(sys.argv[5])

def run(args, db, check=True):
    env = dict(os.environ, DIALOGREG_DB=db)
    p = subprocess.run([DLG] + args, env=env, capture_output=True,
                       text=True)
    if check and p.returncode != 0:
        fail("dialogreg %s: exit %d\n%s%s" % (" ".join(args)[:200],
             p.returncode, p.stdout, p.stderr))
    return p


# ------------------------------------------------------------ set-up
os.chdir(WORK)
base = os.path.join(WORK, "base.db")
run(["demo"], base)
ready = run(["new", "title=Ny skatepark i Skärhamn",
             "question=Hur ska skateparken utformas?",
             "initiated_by=Anna Berg", "bodies=Kultur- och fritidsnämnden"],
            base).stdout.split()[0]
run(["set", ready, "decision_body=Kultur- och fritidsnämnden",
     "decision_date=2026-03-01", "decision_paragraph=§ 48",
     "need_views=yes", "need_views_by=KFN", "need_views_date=2026-02-20",
     "open_to_influence=yes", "open_to_influence_by=KFN",
     "open_to_influence_date=2026-02-20", "purpose=Unga ska forma parken.",
     "level=dialogue"], base)
run(["export-json", "-o", os.path.join(WORK, "backup.json")], base)
with open(os.path.join(WORK, "enkat.csv"), "w", encoding="utf-8") as f:
    f.write("Datum;Svar;Tema;E-post\n")
    for i in range(1500):
        f.write("2026-04-%02d 10:%02d;Svar %d: fler bussar på kvällarna "
                "och en park vid ån;tema %d;person%d@example.org\n"
                % (i % 28 + 1, i % 60, i, i % 7, i))
long_text = "Deltagarna ville ha fler bussar och en park vid ån. " * 300
empty = os.path.join(WORK, "empty.db")
run(["init"], empty)

# name: (arguments, the register starts as a copy of base or is missing)
ACTIONS = {
    "import": (["import", "MD-2026-015", "enkat.csv"], True),
    "transition": (["advance", ready, "decided"], True),
    "form save": (["set", "MD-2026-001", "purpose=" + long_text,
                   "goals=Fler mål; " + long_text[:2000],
                   "background=" + long_text, "budget=250000",
                   "financing=Fritidsbudgeten",
                   "communication_plan=Affischer. " + long_text,
                   "documentation_plan=Anteckningar",
                   "feedback_plan=Möte i december",
                   "evaluation_plan=Enkät efteråt",
                   "target_groups=Unga 13–19 år (ålder); Föräldrar",
                   "result_summary=" + long_text], True),
    "register creation": (["init"], False),
    "backup restore": (["import-json", "backup.json"], False),
}

# The state before and after each action, and how long it takes.
ref = {}
for name, (args, from_base) in ACTIONS.items():
    db = os.path.join(WORK, "ref.db")
    for f in os.listdir(WORK):
        if f.startswith("ref.db"):
            os.unlink(os.path.join(WORK, f))
    if from_base:
        shutil.copy(base, db)
    before = dump(db)
    t0 = time.monotonic()
    run(args, db)
    took = time.monotonic() - t0
    integrity(db)
    ref[name] = (before, dump(db), took)

# ------------------------------------------------------------ the kills
names = list(ACTIONS)
rnd = random.Random(int(os.environ.get("CRASH_SEED", str(os.getpid()))))
count = {n: [0, 0] for n in names}	# [before, after]
runs = 0
start = time.monotonic()
while runs < MAX_RUNS and time.monotonic() - start < BUDGET:
    name = names[runs % len(names)]
    args, from_base = ACTIONS[name]
    before, after, took = ref[name]
    folder = os.path.join(WORK, "run")
    shutil.rmtree(folder, ignore_errors=True)
    os.mkdir(folder)
    db = os.path.join(folder, "register.db")
    if from_base:
        shutil.copy(base, db)
    env = dict(os.environ, DIALOGREG_DB=db)
    delay = rnd.uniform(0, took * 1.1)
    p = subprocess.Popen([DLG] + args, env=env, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    time.sleep(delay)
    p.send_signal(signal.SIGKILL)
    p.wait()
    runs += 1
    where = "%s, killed after %.0f ms (run %d)" % (name, delay * 1000, runs)

    # The next open: any command; a missing register only the creating
    # one can open, and creation (as any open for writing) clears what
    # a killed one left.
    if os.path.exists(db):
        run(["list"], db)
        state = dump(db)
        # A restore makes its register first, then fills it in one
        # transaction: killed in between, the register is empty.
        if state == ref["register creation"][1] and \
                name == "backup restore":
            state = None
    else:
        state = None
        run(["init"], db)
    left = leftovers(folder)
    if left:
        fail("%s: temporary files left after the next open: %s"
             % (where, left))
    if os.path.exists(db):
        integrity(db)
    if state == before:
        count[name][0] += 1
    elif state == after:
        count[name][1] += 1
    else:
        fail("%s: the register is neither as before nor as after" % where)
    # A killed write must not stop the next one: run it to the end.
    if state == before and from_base:
        run(args, db)
        if dump(db) != after:
            fail("%s: the write after the kill did not give the state "
                 "after" % where)

elapsed = time.monotonic() - start
print("%d runs in %.1f s (budget %d runs or %.0f s):" % (runs, elapsed,
      MAX_RUNS, BUDGET))
for n in names:
    print("  %-17s %3d killed in flight or before, %3d after the commit "
          "(one run takes %.0f ms)" % (n, count[n][0], count[n][1],
                                       ref[n][2] * 1000))
if runs < MIN_RUNS:
    fail("only %d runs in %.0f s; at least %d are needed"
         % (runs, BUDGET, MIN_RUNS))
