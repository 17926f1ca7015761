# SPDX-License-Identifier: GPL-3.0-or-later
# setup.sh: the set-up shared by the two README commands, sourced by
# dialogreg.sh (command 1) and tests/run-all.sh (command 2). Each step
# does only what is missing, so a second run costs a few milliseconds:
# Debian packages (apt-get as root, else says what to install), the
# sv_SE.UTF-8 locale, and a meson build directory built with ninja.
# Messages go to stderr; stdout stays the program's.

# Every Debian 12 package the build, the program and the tests need:
# libpango1.0-dev and libcairo2-dev typeset the PDFs in the program, in
# the fonts of fonts-dejavu-core and fonts-noto-core (Latin for Swedish,
# Polish and Somali, Arabic and Persian, Ethiopic for Tigrinya), cups-bsd
# gives lpr, poppler-utils (pdftotext, pdfinfo, pdffonts), qpdf and tidy
# check the outputs; libical-dev writes the calendar files; valgrind runs the screens' tests once, clang and
# libclang-rt-14-dev (libFuzzer, the sanitizers' runtimes) build the
# fuzz harnesses of tests/fuzz.
SETUP_PACKAGES="meson ninja-build gcc pkg-config libncurses-dev
libsqlite3-dev libical-dev gettext locales tmux sqlite3 python3 libpango1.0-dev
libcairo2-dev fonts-dejavu-core fonts-noto-core cups-bsd poppler-utils
qpdf tidy valgrind clang libclang-rt-14-dev"
# The manual pages and the completion: po4a translates the page into
# Swedish at build time, mandoc checks both pages (mandoc -Tlint), man-db
# shows them (man -l, man -L sv), and bash-completion is what loads the
# completion the tests try.
SETUP_PACKAGES="$SETUP_PACKAGES po4a mandoc man-db bash-completion"

setup_say() {
	printf '%s\n' "$*" >&2
}

setup_is_root() {
	[ "$(id -u)" -eq 0 ]
}

# The packages of SETUP_PACKAGES that dpkg does not have installed.
setup_missing_packages() {
	local installed pkg missing=""

	# One dpkg-query for all: "name ii" per installed package.
	installed=$'\n'$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' \
	    $SETUP_PACKAGES 2>/dev/null || true)
	for pkg in $SETUP_PACKAGES; do
		case $installed in
		*$'\n'"$pkg ii"*) ;;
		*) missing="$missing $pkg" ;;
		esac
	done
	printf '%s' "${missing# }"
}

setup_packages() {
	local missing

	if ! command -v dpkg-query >/dev/null 2>&1; then
		setup_say "dialogreg: not a Debian system; make sure these" \
		    "are installed:" $SETUP_PACKAGES
		return 0
	fi
	missing=$(setup_missing_packages)
	[ -z "$missing" ] && return 0
	if ! setup_is_root; then
		setup_say "dialogreg: these Debian packages are missing:" \
		    "$missing"
		setup_say "Install them as root, then run this again:"
		setup_say "  apt-get update && apt-get install -y $missing"
		return 1
	fi
	setup_say "dialogreg: installing $missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2 &&
	    apt-get install -y -qq --no-install-recommends $missing >&2 ||
	    { setup_say "dialogreg: apt-get could not install $missing"; \
	    return 1; }
	missing=$(setup_missing_packages)
	if [ -n "$missing" ]; then
		setup_say "dialogreg: still missing after apt-get: $missing"
		return 1
	fi
}

# The Swedish locale: without it LANG=sv_SE.UTF-8 silently gives English.
setup_locale() {
	if locale -a 2>/dev/null | grep -qix 'sv_SE\.utf-\{0,1\}8'; then
		return 0
	fi
	if ! setup_is_root; then
		setup_say "dialogreg: the locale sv_SE.UTF-8 is missing." \
		    "Generate it as root, then run this again:"
		setup_say "  sed -i 's/^# *\\(sv_SE.UTF-8 UTF-8\\)/\\1/'" \
		    "/etc/locale.gen && locale-gen"
		return 1
	fi
	setup_say "dialogreg: generating the locale sv_SE.UTF-8"
	if ! grep -q '^sv_SE.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null; then
		if grep -q '^# *sv_SE.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null
		then
			sed -i 's/^# *\(sv_SE.UTF-8 UTF-8\)/\1/' /etc/locale.gen
		else
			echo 'sv_SE.UTF-8 UTF-8' >> /etc/locale.gen
		fi
	fi
	locale-gen >&2 || { setup_say "dialogreg: locale-gen failed"; \
	    return 1; }
}

# setup_build SRCDIR BUILDDIR [MESON-OPTION...]: configure BUILDDIR once
# (meson regenerates itself later when a meson.build changes), then
# build with ninja (a no-op when nothing changed).
setup_build() {
	local src=$1 dir=$2

	shift 2
	if [ ! -f "$dir/build.ninja" ]; then
		if [ -d "$dir/meson-private" ]; then
			meson setup --reconfigure "$@" "$dir" "$src" >&2 ||
			    return 1
		else
			meson setup "$@" "$dir" "$src" >&2 || return 1
		fi
	fi
	# Quiet when there is nothing to do; progress and errors otherwise.
	ninja -C "$dir" | { grep -v -e '^ninja: no work to do\.$' \
	    -e '^ninja: Entering directory' >&2 || true; }
	if [ "${PIPESTATUS[0]}" -ne 0 ]; then
		setup_say "dialogreg: the build failed"
		return 1
	fi
}
