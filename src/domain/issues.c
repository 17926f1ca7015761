/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * issues.c: lists of issues, the missing items of a guard and the
 * warnings, each a stable code, a field to jump to and a sentence.
 */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "dialogue.h"
#include "internal.h"

void
dlg_issues_add(struct dlg_issues *l, const char *code, int field,
    const char *fmt, ...)
{
	struct strbuf sb;
	va_list ap;

	if (l->n == l->alloc) {
		l->alloc = l->alloc ? l->alloc * 2 : 8;
		l->v = xrealloc(l->v, l->alloc * sizeof *l->v);
	}
	l->v[l->n].code = code;
	l->v[l->n].field = field;
	l->v[l->n].text = NULL;
	if (!l->codes_only) {
		sb_init(&sb);
		va_start(ap, fmt);
		sb_vaddf(&sb, fmt, ap);
		va_end(ap);
		l->v[l->n].text = sb_detach(&sb);
	}
	l->n++;
}

void
dom_issues_take(struct dlg_issues *l, const char *code, int field,
    char *text)
{
	if (l->n == l->alloc) {
		l->alloc = l->alloc ? l->alloc * 2 : 8;
		l->v = xrealloc(l->v, l->alloc * sizeof *l->v);
	}
	l->v[l->n].code = code;
	l->v[l->n].field = field;
	if (l->codes_only) {
		free(text);
		text = NULL;
	}
	l->v[l->n].text = text;
	l->n++;
}

void
dlg_issues_clear(struct dlg_issues *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i].text);
	free(l->v);
	memset(l, 0, sizeof *l);
}

int
dlg_issues_has(const struct dlg_issues *l, const char *code)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].code, code) == 0)
			return 1;
	return 0;
}
