#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# dialogreg.sh: README command 1. On a fresh Debian 12 (as root) installs
# what is missing, builds the program, creates the demo register once and
# opens it; later runs only check and start. Arguments are passed to the
# program: ./dialogreg.sh show MD-2026-001
set -eu

root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$root/tools/setup.sh"

build="$root/build"
demo="$build/demo/register.db"

setup_packages
setup_locale
setup_build "$root" "$build"

if [ ! -e "$demo" ]; then
	# Built aside and moved in place, so a failed build leaves nothing
	# half made behind.
	setup_say "dialogreg: creating the demo register $demo"
	tmp="$build/demo/register.db.new"
	rm -f "$tmp" "$tmp-wal" "$tmp-shm"
	"$build/src/dialogreg" --db "$tmp" demo >/dev/null
	mv "$tmp" "$demo"
fi

exec "$build/src/dialogreg" --db "$demo" "$@"
