#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Ctrl-E hands a text of several lines to $EDITOR (here a script that
# edits the file with sed, as a user's editor would), through a private
# file of mode 0600 that is gone afterwards; the form takes back exactly
# what the editor wrote, and the screens come back whole. With VISUAL
# set, VISUAL wins; an editor that fails leaves the text as it was.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

ref=$(new_dialogue "Gångväg vid Åkerby skola")
dlg set "$ref" "question=Hur vill du att gångvägen ska se ut?
  Tänk på   belysning och
snöröjning.  " >/dev/null || fail "set question failed"

# The editor: records its file's mode and name, then edits with sed.
cat >"$T/editor.sh" <<'EOS'
#!/bin/sh
stat -c %a "$1" >"$(dirname "$0")/mode"
printf '%s\n' "$1" >"$(dirname "$0")/file"
sed -i 's/belysning/belysning, bänkar/; $ a\
Ny sista rad med åäö.' "$1"
EOS
cat >"$T/failing.sh" <<'EOS'
#!/bin/sh
echo "trasig" >"$1"
exit 3
EOS
chmod +x "$T/editor.sh" "$T/failing.sh"
mkdir "$T/tmp"

start EDITOR="$T/editor.sh" TMPDIR="$T/tmp"
wait_for "33 dialoger"
open_view "$ref"
keys e
wait_for "Redigera $ref"
keys Tab Tab
wait_for "Ctrl-E öppnar din redigerare"
keys C-e
wait_for "bänkar"
wait_for "Ny sista rad med åäö."
wait_for "Redigera $ref"
[ "$(cat "$T/mode")" = 600 ] || fail "the editor's file had mode $(cat "$T/mode")"
[ ! -e "$(cat "$T/file")" ] || fail "the editor's file was left behind"
[ -z "$(ls -A "$T/tmp")" ] || fail "files left in TMPDIR: $(ls -A "$T/tmp")"
keys C-s
wait_for "$ref är sparad"
expect_field "$ref" question "Hur vill du att gångvägen ska se ut?
  Tänk på   belysning, bänkar och
snöröjning.  
Ny sista rad med åäö."
keys q
wait_for "33 dialoger"
keys q
expect_gone

# VISUAL wins over EDITOR; an editor that fails changes nothing.
start EDITOR="$T/editor.sh" VISUAL="$T/failing.sh" TMPDIR="$T/tmp"
wait_for "33 dialoger"
open_view "$ref"
keys e
wait_for "Redigera $ref"
keys Tab Tab
wait_for "Ctrl-E öppnar din redigerare"
keys C-e
wait_for "Redigeraren avslutades med ett fel (status 3); texten är oförändrad."
expect_not "trasig"
keys Escape
wait_line "^ $ref  "
expect_field "$ref" question "Hur vill du att gångvägen ska se ut?
  Tänk på   belysning, bänkar och
snöröjning.  
Ny sista rad med åäö."
[ -z "$(ls -A "$T/tmp")" ] || fail "files left in TMPDIR: $(ls -A "$T/tmp")"
keys q
wait_for "33 dialoger"
keys q
expect_gone
echo "ok: the editor's text came back exactly"
