# SPDX-License-Identifier: GPL-3.0-or-later
# lib.sh (report): helpers for the printing and follow-up tests. Sources
# the command-line tests' helpers (a fresh register in a temporary
# directory, English messages, today fixed at 2026-05-04, run/ok/fail,
# new_dialogue and walk) and adds what printed output needs: the tools
# that read PDF back (missing ones fail the test, naming the package) and
# the page checker.

. "$(dirname "$0")/../cli/lib.sh"

HERE=$(cd "$(dirname "$0")" && pwd)

need python3 python3

# pages [--page WORD --of WORD] FILE...: check the paginated text in each
# FILE (see pages.py) and print its number of pages, a line per file.
pages() {
	python3 "$HERE/pages.py" "$@" 2>"$T/pages.err" ||
	    fail "the pages are wrong: $(cat "$T/pages.err")"
}

# pdf_pages FILE: the number of pages pdfinfo reports, after checking
# that they are A4 (595.276 x 841.89 pts).
pdf_pages() {
	need pdfinfo poppler-utils
	pdfinfo "$1" >"$T/pdfinfo" 2>&1 ||
	    fail "pdfinfo cannot read $1: $(cat "$T/pdfinfo")"
	grep -q '^Page size: *595\.[0-9]* x 841\.[0-9]* pts (A4)$' \
	    "$T/pdfinfo" || fail "$1 is not A4: $(grep 'Page size' "$T/pdfinfo")"
	sed -n 's/^Pages: *//p' "$T/pdfinfo"
}

# pdf_check FILE: FILE is a sound PDF as the real tools read it (qpdf
# --check finds no error; pdfinfo: A4, a title and an author; pdffonts:
# every font embedded as a subset with a Unicode map); prints its number
# of pages. pdfinfo's output stays in $T/pdfinfo, pdffonts' in
# $T/pdffonts.
pdf_check() {
	need qpdf qpdf
	need pdffonts poppler-utils
	qpdf --check "$1" >"$T/qpdf" 2>&1 ||
	    fail "qpdf --check finds errors in $1: $(cat "$T/qpdf")"
	n=$(pdf_pages "$1") || exit 1
	grep -q '^Title: *[^ ]' "$T/pdfinfo" || fail "$1 has no title"
	grep -q '^Author: *[^ ]' "$T/pdfinfo" || fail "$1 has no author"
	pdffonts "$1" >"$T/pdffonts" 2>&1 || fail "pdffonts cannot read $1"
	# name type... emb sub uni object-number generation
	[ "$(awk 'NR > 2' "$T/pdffonts" | wc -l)" -ge 1 ] ||
	    fail "$1 has no fonts: $(cat "$T/pdffonts")"
	! awk 'NR > 2 && ($(NF-4) != "yes" || $(NF-3) != "yes" ||
	    $(NF-2) != "yes")' "$T/pdffonts" | grep -q . ||
	    fail "$1 has fonts not embedded as subsets: $(cat "$T/pdffonts")"
	printf '%s\n' "$n"
}

# pdf_text PDF TXT: the text of PDF as pdftotext -layout reads it.
pdf_text() {
	need pdftotext poppler-utils
	pdftotext -layout "$1" "$2" 2>"$T/pdftotext.err" ||
	    fail "pdftotext cannot read $1: $(cat "$T/pdftotext.err")"
}

# long_text N WORDS...: N sentences made of the words, for long fields.
long_text() {
	n=$1
	shift
	i=0
	out=
	while [ "$i" -lt "$n" ]; do
		out="$out$* nummer $i med åäö och ÅÄÖ. "
		i=$((i + 1))
	done
	printf '%s' "$out"
}

# long_dialogue: a dialogue fed back, with long texts, many sessions and
# contributions; prints its reference.
long_dialogue() {
	REF=$(new_dialogue "Översiktsplan för Skärhamn och Åstol – "\
"en lång dialog med mycket text") || exit 1
	walk "$REF" reported >/dev/null
	ok set "$REF" background="$(long_text 40 Bakgrunden beskriver läget)" \
	    purpose="$(long_text 12 Syftet är att höra invånarna)" \
	    goals="$(long_text 8 Målet är många deltagare)" \
	    responsibilities="$(long_text 25 Ansvaret fördelas så)" \
	    communication_plan="$(long_text 15 Vi bjuder in via skolor)" \
	    result_summary="$(long_text 30 Resultatet visar)"
	s=1
	while [ "$s" -le 6 ]; do
		ok session add "$REF" --date "2026-04-1$s" \
		    --place "Skärhamns skola, sal $s" --method "Open space" \
		    --participants $((s * 10)) --politicians "Anna Berg" \
		    --notes "$(long_text 4 Anteckningar från kvällen)"
		# "Added session N to REF.": N counts over the register
		id=$(sed -n 's/^Added session \([0-9]*\) .*/\1/p' "$T/out")
		ok contribution add "$REF" --session "$id" --themes "skola; väg" \
		    --text "$(long_text 3 Synpunkten gäller vägen)"
		s=$((s + 1))
	done
	ok feedback add "$REF" --date 2026-05-01 --channels "möte, webb" \
	    --text "$(long_text 10 Nämnden berättade)"
	ok advance "$REF" fed_back
	printf '%s\n' "$REF"
}
