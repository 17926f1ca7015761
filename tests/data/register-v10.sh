#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# register-v10.sh: how register-v10.db was made: a register of schema
# version 10, as dialogreg wrote it before the list kept sort keys for
# the title and the body concerned (schema 11), for the migration test
# (tests/store/test_migrate.c). Four dialogues whose titles and bodies
# sort differently in Swedish than byte by byte (å ä ö after z, case
# folded), and so do their bodies concerned.
#
# Run with a dialogreg of schema 10 (commit f5ca7d1):
#   sh register-v10.sh PATH-TO-dialogreg register-v10.db
set -eu
DLG=$1
export DIALOGREG_DB=$2 DIALOGREG_TODAY=2026-05-04 LC_ALL=C.UTF-8
rm -f "$DIALOGREG_DB"
"$DLG" init --policy tjorn >/dev/null
"$DLG" config municipality "Tjörns kommun" >/dev/null
"$DLG" new title="Östra hamnen" question="Hur ska hamnen användas?" \
    initiated_by="Eva Dahl" bodies="Miljö- och byggnämnden" >/dev/null
"$DLG" new title="ängen vid skolan" question="Vad vill barnen ha där?" \
    initiated_by="Eva Dahl" bodies="Barn- och utbildningsnämnden" >/dev/null
"$DLG" new title="Zonplan för Skärhamn" \
    question="Var ska det byggas?" initiated_by="Eva Dahl" \
    bodies="Kommunstyrelsen" >/dev/null
"$DLG" new title="Åvägen" question="Hur ska Åvägen byggas om?" \
    initiated_by="Eva Dahl" bodies="Tekniska nämnden" >/dev/null
# Compact it and fold the log into the file, so the one file is the
# whole register.
sqlite3 "$DIALOGREG_DB" "VACUUM; PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
