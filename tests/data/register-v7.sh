#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# register-v7.sh: how register-v7.db was made: a register of schema
# version 7, as dialogreg wrote it before the record kept the decided
# time plan, the official responsible for each task, the measures decided
# and the sessions' times of day (schema 8), for the migration test
# (tests/store/test_migrate.c). One dialogue has a plan, a budget frame,
# responsibilities as free text, sessions and a decision on the question,
# so that each new column has old rows beside it.
#
# Run with a dialogreg of schema 7 (commit 69a20cb):
#   sh register-v7.sh PATH-TO-dialogreg register-v7.db
set -eu
DLG=$1
export DIALOGREG_DB=$2 DIALOGREG_TODAY=2026-05-04 LC_ALL=C.UTF-8
rm -f "$DIALOGREG_DB"
"$DLG" init >/dev/null
"$DLG" config municipality "Sollentuna kommun" >/dev/null
"$DLG" config policy sollentuna >/dev/null
"$DLG" body add "Kultur- och fritidsnämnden" --abbrev KFN --kind committee \
    >/dev/null
"$DLG" new title="Ny skatepark i Skärhamn" \
    question="Hur ska skateparken utformas?" \
    initiated_by="Anna Berg, fritidschef" \
    bodies="Kultur- och fritidsnämnden" >/dev/null
"$DLG" set MD-2026-001 planned_start=2026-04-01 planned_end=2026-06-30 \
    budget=50000 budget_frame=60000 \
    responsibilities="Fritidsförvaltningen planerar och dokumenterar." \
    question_decision_body="Kultur- och fritidsnämnden" \
    question_decision_outcome="Parken byggs med ramper." >/dev/null
"$DLG" session add MD-2026-001 --date 2026-04-20 --place "Skärhamns bibliotek" \
    --participants 24 --politicians "Per Åström (KFN)" >/dev/null
"$DLG" session add MD-2026-001 --date 2026-04-27 --place Webben \
    --participants 31 >/dev/null
"$DLG" new title="Trafiken vid Björkåsskolan" \
    question="Hur tar sig barnen till skolan?" \
    initiated_by="Eva Dahl" bodies="Kultur- och fritidsnämnden" >/dev/null
# Compact it and fold the log into the file, so the one file is the
# whole register.
sqlite3 "$DIALOGREG_DB" "VACUUM; PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
