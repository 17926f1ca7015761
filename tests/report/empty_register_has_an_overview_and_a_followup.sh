#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A new register without dialogues still has an overview and an annual
# follow-up, as text and as CSV: they say there is nothing to count, and
# the CSV has its header and its total row. (Sorting the empty lists of
# deciding bodies and methods was undefined behaviour, which the
# sanitizer tree stops on.)
. "$(dirname "$0")/lib.sh"

ok init
ok overview
expect_out "There are no dialogues to count."
ok overview --format csv
expect_out "row,deciding_body,proposed"
expect_out "total,,0,0,0,0,0,0,0,0,0,0,0,0"
ok followup --year 2026
expect_out "There are no dialogues to count."
expect_out "No methods have been chosen yet."
ok followup --year 2026 --format csv
expect_out "held,dialogues"
expect_no_out "body,"
expect_no_out "method,"
