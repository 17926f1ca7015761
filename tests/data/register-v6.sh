#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# register-v6.sh: how register-v6.db was made: a register of schema
# version 6, as dialogreg wrote it before the register had a list of
# bodies (schema 7), for the migration test (tests/store/test_migrate.c).
# Its dialogues name their bodies freely, as every register did then:
# one of them an office, which a list of bodies would never hold.
#
# Run with a dialogreg of schema 6 (commit 8afb72c):
#   sh register-v6.sh PATH-TO-dialogreg register-v6.db
set -eu
DLG=$1
export DIALOGREG_DB=$2 DIALOGREG_TODAY=2026-03-02 LC_ALL=C.UTF-8
rm -f "$DIALOGREG_DB"
"$DLG" init >/dev/null
"$DLG" config municipality "Tjörns kommun" >/dev/null
"$DLG" new title="Ny skatepark i Skärhamn" \
    question="Hur ska skateparken utformas?" \
    initiated_by="Anna Berg, fritidschef" \
    bodies="Kultur- och fritidsnämnden; Barn- och utbildningsnämnden" \
    sender="Kultur- och fritidsnämnden" >/dev/null
"$DLG" set MD-2026-001 need_views=yes need_views_by="Kultur- och fritidsnämnden" \
    decision_body=Kommunfullmäktige process_owner="Kommunkansliet" \
    politicians="Per Åström (Kultur- och fritidsnämnden)" >/dev/null
"$DLG" new title="Trafiken vid Björkåsskolan" \
    question="Hur tar sig barnen till skolan?" \
    initiated_by="Eva Dahl" bodies="Samhällsbyggnadsnämnden" >/dev/null
"$DLG" feedback add MD-2026-002 --date 2026-03-01 --channels webb \
    --text "Tack för era svar." --sender Samhällsbyggnadsnämnden >/dev/null
# Compact it and fold the log into the file, so the one file is the
# whole register.
sqlite3 "$DIALOGREG_DB" "VACUUM; PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
