#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# register-v9.sh: how register-v9.db was made: a register of schema
# version 9, as dialogreg wrote it before the dialogue record had the
# experts' time and resources (schema 10), for the migration test
# (tests/store/test_migrate.c). A Sollentuna register, whose rules ask
# for the resources at the step to Planned, with one dialogue already
# planned under the older rules and one still proposed.
#
# Run with a dialogreg of schema 9 (commit c1a4376):
#   sh register-v9.sh PATH-TO-dialogreg register-v9.db
set -eu
DLG=$1
export DIALOGREG_DB=$2 DIALOGREG_TODAY=2026-05-04 LC_ALL=C.UTF-8
rm -f "$DIALOGREG_DB"
"$DLG" init --policy sollentuna >/dev/null
"$DLG" config municipality "Sollentuna kommun" >/dev/null
"$DLG" new title="Ny lekplats i Tureberg" \
    question="Vad vill barnen kunna göra på den nya lekplatsen?" \
    initiated_by="Eva Dahl, ordförande i kultur- och fritidsnämnden" \
    bodies="Kultur- och fritidsnämnden" >/dev/null
"$DLG" set MD-2026-001 need_views=yes need_views_by="Kultur- och fritidsnämnden" \
    need_views_date=2026-04-10 open_to_influence=yes \
    open_to_influence_by="Kultur- och fritidsnämnden" \
    open_to_influence_date=2026-04-10 purpose="Barnen ska forma lekplatsen." \
    level=dialogue decision_body="Kultur- och fritidsnämnden" \
    decision_paragraph="§ 12" decision_date=2026-04-20 \
    >/dev/null
"$DLG" advance MD-2026-001 decided >/dev/null
"$DLG" set MD-2026-001 goals="100 barn deltar" \
    target_groups="Barn 6–12 år (ålder, språk)" \
    background="Den gamla lekplatsen revs 2025." \
    partners="Turebergsskolan" project_plan="Projektplan KFN 2026/7" \
    methods="Cafémetoden (Barn 6–12 år: samtal i små grupper)" \
    planned_start=2026-05-01 planned_end=2026-06-15 \
    decision_deadline=2026-09-30 budget=60000 financing=Fritidsbudget \
    responsibilities="Fritidsförvaltningen planerar och dokumenterar" \
    process_owner="Kultur- och fritidsnämnden" process_leader="Anders Ek" \
    communication_plan="Skolorna" documentation_plan="Anteckningar" \
    feedback_plan="Brev till skolorna" evaluation_plan="Enkät efteråt" \
    fact_basis="Lekplatsinventering 2025" >/dev/null
"$DLG" advance MD-2026-001 planned >/dev/null
"$DLG" new title="Trafiken vid Edsbergsskolan" \
    question="Hur tar sig barnen till skolan?" \
    initiated_by="Eva Dahl" bodies="Kultur- och fritidsnämnden" >/dev/null
# Compact it and fold the log into the file, so the one file is the
# whole register.
sqlite3 "$DIALOGREG_DB" "VACUUM; PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
