#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# l prints in the background: the preview goes on turning pages while
# lpr runs. Without a printer (lpr: No default destination) it says so
# and offers to save the file instead; with one it names the printer of
# $PRINTER. The file sent is the document's PDF, removed afterwards.
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
. "$HERE/modal.sh"

ref=MD-2026-022
pages=$(dlg print "$ref" | grep -c 'Page [0-9]* of')
mkdir -p "$T/bin"
# A printer system without a printer; it answers only once told to, so
# the test can see the screen working meanwhile.
cat >"$T/bin/lpr" <<EOS
#!/bin/sh
i=0
while [ ! -e "$T/go" ] && [ \$i -lt 200 ]; do sleep 0.05; i=\$((i + 1)); done
echo "lpr: Error - No default destination." >&2
exit 1
EOS
chmod +x "$T/bin/lpr"

start LC_ALL=C.UTF-8 LANG=C.UTF-8 "PATH=$T/bin:$PATH"
wait_for "32 dialogues"
open_view "$ref"
keys p
wait_for "Page 1 of $pages"
keys l
wait_for "Printing in the background..."
# Not frozen: the pages turn while lpr waits.
keys NPage
wait_for "Page 2 of $pages"
touch "$T/go"
wait_for "No default destination"
wait_for "No printer can be used. Save the printout to a file instead?"
keys n
# The message is shown whole, over two rows, until the next key.
wait_for "cannot print: no printer is configured"
wait_for "or set a default with 'lpoptions -d PRINTER'."
keys C-l
wait_gone "cannot print: no printer is configured"
wait_for "Page 2 of $pages"
[ ! -e "$T/$ref.pdf" ] || fail "saved although the answer was no"

# Again, and this time save instead.
keys l
wait_for "No printer can be used. Save the printout to a file instead?"
keys y
wait_for "Save as (.pdf or .txt):"
keys C-u
type_text "$T/instead.pdf"
keys Enter
wait_for "Saved $ref as PDF in '$T/instead.pdf'."
head -c 5 "$T/instead.pdf" | grep -q '%PDF-' || fail "no PDF was saved"
stop

# A printer named in $PRINTER takes the job.
cat >"$T/bin/lpr" <<EOS
#!/bin/sh
printf '%s\n' "\$@" >"$T/lpr.args"
last=
for a in "\$@"; do last=\$a; done
head -c 5 "\$last" >"$T/lpr.head"
exit 0
EOS
start LC_ALL=C.UTF-8 LANG=C.UTF-8 "PATH=$T/bin:$PATH" PRINTER=Kontor
wait_for "32 dialogues"
open_view "$ref"
keys p
wait_for "Page 1 of $pages"
keys l
wait_for "Sent $ref to the printer Kontor."
grep -qx -- "-P" "$T/lpr.args" && grep -qx "Kontor" "$T/lpr.args" ||
    fail "lpr was not told the printer: $(cat "$T/lpr.args")"
grep -qx "$ref" "$T/lpr.args" || fail "the job is not named $ref"
grep -q '%PDF-' "$T/lpr.head" || fail "lpr was not given the PDF"
sent=$(tail -n 1 "$T/lpr.args")
[ ! -e "$sent" ] || fail "the file sent to the printer was left behind"
keys q
wait_line "^ $ref  "
exit 0
