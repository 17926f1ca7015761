/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_json: the strict JSON reader (RFC 8259) of backups. */
#include "report.h"
#include "util.h"
#include "fuzz.h"

FUZZ_INIT_LOCALE()

/* Touch every value once, as a reader of the tree would. */
static size_t
walk(const struct report_jv *v)
{
	size_t i, n = 1;

	if (v->type == JV_STRING || v->type == JV_NUMBER)
		n += strlen(v->s);
	for (i = 0; i < v->n; i++) {
		if (v->type == JV_OBJECT &&
		    report_jv_get(v, v->keys[i]) != v->v[i])
			abort();	/* keys are unique: get finds its own */
		n += walk(v->v[i]);
	}
	return n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct report_jv *v = NULL;
	struct dlg_error err;

	err_clear(&err);
	if (report_json_parse((const char *)data, size, &v, &err) == 0) {
		(void)walk(v);
		(void)report_jv_get(v, "format");
		report_jv_free(v);
	} else if (err.msg[0] == '\0') {
		abort();	/* every refusal says why */
	}
	return 0;
}
