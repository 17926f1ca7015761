/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_backup: the backup reader (JSON with the register's structure).
 * Every record it gives is written again with the backup writer; the
 * first byte of the input picks a record whose sink refuses it, so that
 * the refusal path runs too. */
#include <stdio.h>

#include "dialogue.h"
#include "report.h"
#include "util.h"
#include "fuzz.h"

FUZZ_INIT_LOCALE()

struct state {
	struct report_backup	*b;
	unsigned		 n, refuse;
};

static int
step(struct state *st, struct dlg_error *err)
{
	if (++st->n == st->refuse)
		return err_set(err, ERR_REFUSED, "refused by the harness");
	return 0;
}

static int
on_setting(const char *key, const char *value, void *arg,
    struct dlg_error *err)
{
	struct state *st = arg;

	report_backup_setting(st->b, key, value);
	return step(st, err);
}

static int
on_method(const char *name, int stepno, void *arg, struct dlg_error *err)
{
	struct state *st = arg;

	report_backup_method(st->b, name, stepno);
	return step(st, err);
}

static int
on_dialogue(const struct dialogue *d, void *arg, struct dlg_error *err)
{
	struct state *st = arg;

	report_backup_dialogue(st->b, d, NULL, 0);
	return step(st, err);
}

static int
on_contribution(const char *ref, const struct dlg_contribution *c,
    void *arg, struct dlg_error *err)
{
	struct state *st = arg;

	(void)ref;
	(void)c;
	return step(st, err);
}

static int
on_history(const struct report_history_row *h, void *arg,
    struct dlg_error *err)
{
	struct state *st = arg;

	report_backup_history(st->b, h);
	return step(st, err);
}

static int
on_import(const struct report_import_row *im, void *arg,
    struct dlg_error *err)
{
	struct state *st = arg;

	report_backup_import(st->b, im);
	return step(st, err);
}

static int
on_identity(const char *uid, void *arg, struct dlg_error *err)
{
	struct state *st = arg;

	report_backup_identity(st->b, uid);
	return step(st, err);
}

static const struct report_backup_sink sink = {
	on_setting, on_method, on_dialogue, on_contribution, on_history,
	on_import, NULL, on_identity,
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct dlg_error err;
	struct state st;
	char *out = NULL;
	size_t outlen = 0;
	FILE *fp;

	if (size < 1)
		return 0;
	if ((fp = open_memstream(&out, &outlen)) == NULL)
		return 0;
	memset(&st, 0, sizeof st);
	st.refuse = data[0];
	st.b = report_backup_begin(fp, data[0] & 1);
	err_clear(&err);
	if (report_backup_read((const char *)data + 1, size - 1, &sink, &st,
	    &err) != 0 && err.msg[0] == '\0')
		abort();	/* every refusal says why */
	report_backup_end(st.b);
	fclose(fp);
	free(out);
	return 0;
}
