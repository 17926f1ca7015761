#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# kill -9 at random moments of an import, a transition, a form save, a
# register creation and a backup restore: after the next open the
# register passes integrity_check, holds exactly the state before or the
# state after, and no temporary file is left. At least 200 runs; at most
# 250 or 120 seconds, whichever comes first (kill.py says how many ran).
. "$(dirname "$0")/lib.sh"

python3 "$(dirname "$SELF")/kill.py" "$DLG" "$T" 200 250 120 ||
    fail "see above"
exit 0
