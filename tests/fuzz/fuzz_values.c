/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_values: the date and amount parsers of fields, options and
 * imports. A date that parses is written and read back to the same day;
 * an amount that parses is never negative and is written again. */
#include "dialogue.h"
#include "util.h"
#include "fuzz.h"

FUZZ_INIT_LOCALE()

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct dlg_error err;
	char *s = fuzz_string(data, size), *txt, buf[32];
	long days, again;
	long long kr;

	err_clear(&err);
	if (dlg_date_parse(s, &days, &err) == 0) {
		dlg_date_format(days, buf, sizeof buf);
		if (dlg_date_parse(buf, &again, &err) != 0 || again != days)
			abort();	/* a parsed date reads back the same */
	} else if (err.msg[0] == '\0') {
		abort();
	}
	err_clear(&err);
	if (dlg_amount_parse(s, &kr, &err) == 0) {
		if (kr < 0)
			abort();	/* whole kronor, never negative */
		txt = dlg_amount_format(kr);
		free(txt);
	} else if (err.msg[0] == '\0') {
		abort();
	}
	free(s);
	return 0;
}
