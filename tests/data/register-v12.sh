#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# register-v12.sh: how register-v12.db was made: a register of schema
# version 12, as dialogreg wrote it while its full-text indexes still
# kept every word's position (detail=full), before they kept only which
# rows hold a word (schema 13), for the migration test
# (tests/store/test_migrate.c). Two dialogues with contributions whose
# words have hyphens, Swedish letters and themes.
#
# Run with a dialogreg of schema 12 (commit bf17d49):
#   sh register-v12.sh PATH-TO-dialogreg register-v12.db
set -eu
DLG=$1
export DIALOGREG_DB=$2 DIALOGREG_TODAY=2026-11-30 LC_ALL=C.UTF-8
rm -f "$DIALOGREG_DB"
"$DLG" init --policy sollentuna >/dev/null
"$DLG" config municipality "Sollentuna kommun" >/dev/null
"$DLG" new title="Parken vid Edsviken" \
    question="Vad ska parken ha för ljus?" initiated_by="Eva Dahl" \
    bodies="Kommunstyrelsen" >/dev/null
"$DLG" new title="Skolvägen" question="Hur tar barnen sig till skolan?" \
    initiated_by="Eva Dahl" bodies="Tekniska nämnden" >/dev/null
"$DLG" contribution add MD-2026-001 --channel web \
    --text "Belysningen vid bryggan är trasig, skicka e-post till förvaltningen." \
    --themes "trygghet" >/dev/null
"$DLG" contribution add MD-2026-001 --channel letter \
    --text "Fler bänkar och en hundrastgård, tack." >/dev/null
"$DLG" contribution add MD-2026-002 --channel email \
    --text "Övergångsstället vid Ängsvägen behöver ett farthinder." \
    --themes "trafik" >/dev/null
# Compact it and fold the log into the file, so the one file is the
# whole register.
sqlite3 "$DIALOGREG_DB" "VACUUM; PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
