#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Contact details of contributions are personal data: no printout has
# them (summary, with contributions, with history, sheet, PDF) unless
# --with-contact asks for them; erased ones then show as erased.
. "$(dirname "$0")/lib.sh"

REF=$(new_dialogue) || exit 1
ok contribution add "$REF" --text "Bygg ramper vid bryggan" \
    --themes "ramper; brygga" --contact "Rune Falk, rune.falk@exempel.se"
ok contribution add "$REF" --text "Mer ljus på kvällen" --themes ljus \
    --contact "0701-234567"
ok contribution erase-contact "$REF" 2

for opts in "" "--contributions" "--history" "--contributions --history" \
    "--sheet"; do
	# shellcheck disable=SC2086
	ok print "$REF" $opts
	expect_no_out "rune.falk"
	expect_no_out "Rune Falk"
	expect_no_out "0701-234567"
	expect_no_out "Contact"
done
ok print "$REF" --contributions
expect_out "Bygg ramper vid bryggan"
# the count stays with its theme: a no-break space between them
NB=$(printf '\302\240')
grep -Eq "^Themes +brygga$NB\(1\); ljus$NB\(1\); ramper$NB\(1\)\$" "$T/out" ||
    fail "the themes are not counted with a no-break space"
ok print "$REF"
expect_out "2 contributions have been recorded."
expect_no_out "Bygg ramper vid bryggan"

ok print "$REF" --contributions --format pdf -o "$T/c.pdf"
pdf_text "$T/c.pdf" "$T/c.txt"
grep -q "Bygg ramper" "$T/c.txt" || fail "the PDF lacks the contribution"
! grep -q "rune.falk" "$T/c.txt" || fail "the PDF shows contact details"

ok print "$REF" --with-contact
grep -q "^  Contact  *Rune Falk, rune.falk@exempel.se\$" "$T/out" ||
    fail "--with-contact does not show the contact details"
grep -q "^  Contact  *(erased)\$" "$T/out" ||
    fail "--with-contact does not show erased details as erased"
expect_no_out "0701-234567"
expect_out "Bygg ramper vid bryggan"

# The sheet has no contributions, contact details or history to add.
run print "$REF" --sheet --with-contact
expect_rc 1
expect_err "the participant sheet holds no contributions, contact details or history"

# A printout with contact details is for its owner only, whatever the umask.
(umask 022 && "$DLG" print "$REF" --with-contact -o "$T/private.txt") ||
    fail "print --with-contact -o failed"
[ "$(stat -c %a "$T/private.txt")" = 600 ] ||
    fail "a printout with contact details is mode $(stat -c %a "$T/private.txt"), not 600"

# -o never replaces what is not an ordinary file (a device, a folder).
mkdir "$T/folder"
run print "$REF" -o "$T/folder"
expect_rc 1
expect_err "is not an ordinary file"
[ -d "$T/folder" ] || fail "the folder given to -o was replaced"
run export -o "$T/folder"
expect_rc 1
expect_err "is not an ordinary file"
[ -c /dev/null ] || fail "/dev/null is no longer a device"
exit 0
