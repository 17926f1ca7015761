#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Printing says clearly what is missing and what to do: no lpr, no
# printer configured ("No default destination"); a PDF needs no program
# at all; --lpr honours $PRINTER; a failed run leaves no temporary file
# behind; usage errors.
. "$(dirname "$0")/lib.sh"
need script bsdutils

REF=$(new_dialogue) || exit 1
mkdir -p "$T/nobin" "$T/tmp" "$T/fake"
export TMPDIR="$T/tmp"

# run_path DIRS ARGS...: run dialogreg with PATH set to DIRS.
run_path() {
	p=$1
	shift
	LAST="PATH=$p dialogreg $*"
	PATH=$p "$DLG" "$@" >"$T/out" 2>"$T/err"
	RC=$?
}
no_temp_left() {
	[ -z "$(ls -A "$T/tmp")" ] || fail "temporary files left: $(ls "$T/tmp")"
	ls "$T"/out.pdf.* >/dev/null 2>&1 && fail "a half-written file is left"
	return 0
}

# The PDF is typeset in the program itself: no program on $PATH is
# needed, and a file written before is replaced whole.
echo old >"$T/out.pdf"
run_path "$T/nobin" print "$REF" --format pdf -o "$T/out.pdf"
expect_rc 0
head -c 5 "$T/out.pdf" | grep -q '^%PDF-' || fail "no PDF without programs"
no_temp_left

# The typesetting module (Pango, Cairo, libical) is loaded only to make
# a PDF or a calendar: without it those say which file and why, in the
# user's language, and leave the file written before as it was; the
# rest of the program, a text printout among it, works without it.
# without_module ARGS...: run dialogreg with no module where it looks.
without_module() {
	LAST="DIALOGREG_MODULEDIR=$T/nomodule dialogreg $*"
	DIALOGREG_MODULEDIR="$T/nomodule" "$DLG" "$@" >"$T/out" 2>"$T/err"
	RC=$?
}
without_module print "$REF" --format pdf -o "$T/out.pdf"
expect_rc 5
expect_err "the typesetting module cannot be loaded, so no PDF or calendar file can be made: $T/nomodule/dialogreg-typeset.so"
head -c 5 "$T/out.pdf" | grep -q '^%PDF-' || fail "the PDF written before was lost"
no_temp_left
LC_ALL=sv_SE.UTF-8 without_module calendar -o "$T/cal.ics"
expect_rc 5
expect_err "typsättningsmodulen kan inte läsas in"
[ ! -e "$T/cal.ics" ] || fail "a calendar file was left without its module"
without_module print "$REF" -o "$T/out.txt"
expect_rc 0
grep -q "$REF" "$T/out.txt" || fail "a text printout needs the module"
no_temp_left

# No lpr.
run_path "$T/nobin" print "$REF" --lpr
expect_rc 5
expect_err "cannot print: the program 'lpr' is missing (Debian package 'cups-bsd')."
expect_err "save it to a file instead with -o FILE."
no_temp_left

# No printer configured: lpr's "No default destination" explained.
cat >"$T/fake/lpr" <<'SH'
#!/bin/sh
echo "lpr: Error - No default destination." >&2
exit 1
SH
chmod +x "$T/fake/lpr"
run_path "$T/fake:$PATH" print "$REF" --lpr
expect_rc 5
expect_err "cannot print: no printer is configured (lpr says: No default destination)."
expect_err "save it to a file instead with -o FILE."
no_temp_left

# A printer that takes the job: $PRINTER is passed on, the file is what
# print writes, and it is removed afterwards.
cat >"$T/fake/lpr" <<SH
#!/bin/sh
printf '%s\n' "\$@" >"$T/lpr.args"
for f; do :; done
cp "\$f" "$T/lpr.file"
SH
ok print "$REF" -o "$T/expected.txt"
PRINTER=kontoret run_path "$T/fake:$PATH" print "$REF" --lpr
expect_rc 0
expect_err "Sent $REF to the printer."
grep -qx -- "-P" "$T/lpr.args" && grep -qx kontoret "$T/lpr.args" ||
    fail "lpr did not get -P kontoret: $(cat "$T/lpr.args")"
cmp -s "$T/lpr.file" "$T/expected.txt" || fail "lpr got another text"
no_temp_left
PRINTER=kontoret run_path "$T/fake:$PATH" print "$REF" --lpr --format pdf
expect_rc 0
head -c 5 "$T/lpr.file" | grep -q '^%PDF-' || fail "lpr did not get the PDF"
no_temp_left

# Usage errors.
run print "$REF" -o "$T/x.txt" --lpr
expect_rc 1
expect_err "give either -o FILE or --lpr, not both"
run print "$REF" --format html
expect_rc 1
expect_err "unknown format 'html'; use text or pdf"
run print MD-2026-999
expect_rc 3
run followup
expect_rc 1
expect_err "which year? Give it with --year YYYY"
run followup --year 26
expect_rc 1
run overview --format json
expect_rc 1
expect_err "unknown format 'json'; use text, csv or pdf"
# A PDF is not written to a terminal.
script -qec "$DLG print $REF --format pdf" /dev/null >"$T/tty" 2>&1 </dev/null
grep -q "a PDF cannot be shown in the terminal: save it with -o FILE" \
    "$T/tty" || fail "a PDF went to the terminal: $(head -c 300 "$T/tty")"
! grep -q '%PDF' "$T/tty" || fail "PDF bytes reached the terminal"
exit 0
