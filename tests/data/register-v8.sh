#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# register-v8.sh: how register-v8.db was made: a register of schema
# version 8, as dialogreg wrote it before sessions had accessibility notes
# and the register an identity of its own for calendar files (schema 9),
# for the migration test (tests/store/test_migrate.c). One dialogue has
# sessions with their times of day, so that the new column has old rows
# beside it.
#
# Run with a dialogreg of schema 8 (commit dadd1c3):
#   sh register-v8.sh PATH-TO-dialogreg register-v8.db
set -eu
DLG=$1
export DIALOGREG_DB=$2 DIALOGREG_TODAY=2026-05-04 LC_ALL=C.UTF-8
rm -f "$DIALOGREG_DB"
"$DLG" init >/dev/null
"$DLG" config municipality "Tjörns kommun" >/dev/null
"$DLG" config policy tjorn >/dev/null
"$DLG" new title="Ny skatepark i Skärhamn" \
    question="Hur ska skateparken utformas?" \
    initiated_by="Anna Berg, fritidschef" \
    bodies="Kultur- och fritidsnämnden" >/dev/null
"$DLG" session add MD-2026-001 --date 2026-05-20 --time-start 18:00 \
    --time-end 20:00 --place "Skärhamns bibliotek" --method "Open space" \
    --politicians "Per Åström (Kultur- och fritidsnämnden)" >/dev/null
"$DLG" session add MD-2026-001 --date 2026-05-27 --place Webben \
    --participants 31 >/dev/null
"$DLG" new title="Trafiken vid Björkåsskolan" \
    question="Hur tar sig barnen till skolan?" \
    initiated_by="Eva Dahl" bodies="Kultur- och fritidsnämnden" >/dev/null
# Compact it and fold the log into the file, so the one file is the
# whole register.
sqlite3 "$DIALOGREG_DB" "VACUUM; PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
