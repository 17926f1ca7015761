# SPDX-License-Identifier: GPL-3.0-or-later
# lib.sh (output): helpers for the tests of the outputs people take out of
# the register and the files they bring in: CSV export and survey import,
# the public web listing and the JSON backup. Sources the command-line
# tests' helpers (a fresh register in a temporary directory, English
# messages, today fixed at 2026-05-04, run/ok/fail, snapshot and
# expect_unchanged) and adds the independent readers: Python's csv and
# html.parser modules, iconv and tidy. A missing tool fails the test,
# naming the Debian package to install.

OUT_HERE=$(cd "$(dirname "$0")" && pwd)
. "$OUT_HERE/../cli/lib.sh"

need python3 python3

# py SCRIPT ARGS...: run one of this suite's Python checkers; its
# complaints become the failure message.
py() {
	python3 "$OUT_HERE/$1" "${@:2}" >"$T/py.out" 2>&1 ||
	    fail "$1 $*: $(cat "$T/py.out")"
}

# A register with a dialogue whose fields and contributions hold what
# spreadsheets and web pages must not take at face value: formulas,
# separators, quotes, line breaks, markup, Swedish letters and numbers.
# Prints the reference.
tricky_dialogue() {
	ref=$(new_dialogue \
	    '=HYPERLINK("http://x.example","klicka") & <b>Åsa</b>')
	ok set "$ref" case_number="-12" purpose="-3,5" \
	    background="+46 70 123" goals="@SUM(A1:A2)" \
	    question="$(printf '%s\n%s' 'Rad ett; med semikolon' \
	    'Rad två, "citat" – ÅÄÖ é €')" \
	    budget=125000
	ok contribution add "$ref" --text '=1+1' --themes '-' \
	    --contact '+46701234567'
	ok contribution add "$ref" \
	    --text "$(printf 'Två\nrader; "citat", och <script>')" \
	    --themes 'trygghet; ljus' --contact 'ida@exempel.se' --channel web
	ok contribution add "$ref" --text '42' --themes '-7' --channel letter
	ok contribution add "$ref" --text "$(printf '\tindraget')" \
	    --themes '-x' --channel letter
	printf '%s\n' "$ref"
}
