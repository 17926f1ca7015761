/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * format.c: the output formats and the generic table every small listing
 * uses (history, sessions, feedback, contributions, fields, settings,
 * methods). CSV and JSON stream; text buffers the rows so that columns
 * can be aligned by display width.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "report.h"
#include "util.h"
#include "report-int.h"

int
report_format_parse(const char *s, enum report_format *out,
    struct dlg_error *err)
{
	if (strcasecmp(s, "text") == 0)
		*out = FMT_TEXT;
	else if (strcasecmp(s, "csv") == 0)
		*out = FMT_CSV;
	else if (strcasecmp(s, "json") == 0)
		*out = FMT_JSON;
	else
		return err_set(err, ERR_USAGE, _("unknown format '%s'; use "
		    "text, csv or json"), s);
	return 0;
}

struct report_table {
	FILE				*fp;
	enum report_format		 fmt;
	const struct report_column	*cols;
	size_t				 ncols;
	struct rjson			 json;
	long				 rows;
	/* text: the cells, cleaned and cut, rows * ncols */
	char				**cells;
	size_t				 ncells, alloc;
};

struct report_table *
report_table_begin(FILE *fp, enum report_format fmt,
    const struct report_column *cols, size_t ncols)
{
	struct report_table *t = xcalloc(1, sizeof *t);
	size_t i;

	t->fp = fp;
	t->fmt = fmt;
	t->cols = cols;
	t->ncols = ncols;
	switch (fmt) {
	case FMT_CSV:
		rcsv_bom(fp);
		for (i = 0; i < ncols; i++) {
			if (i > 0)
				putc(',', fp);
			report_csv_field(fp, cols[i].key);
		}
		rcsv_eol(fp);
		break;
	case FMT_JSON:
		rj_init(&t->json, fp, 1);
		rj_open(&t->json, NULL, 1);
		break;
	case FMT_TEXT:
		break;
	}
	return t;
}

/* 1 when s is a JSON integer: an optional minus, no leading zero. */
static int
is_integer(const char *s)
{
	if (strlen(s) > 18)
		return 0;
	if (*s == '-')
		s++;
	if (*s < '0' || *s > '9' || (s[0] == '0' && s[1] != '\0'))
		return 0;
	while (*s >= '0' && *s <= '9')
		s++;
	return *s == '\0';
}

void
report_table_row(struct report_table *t, const char *const *cells)
{
	size_t i;
	char *c;

	t->rows++;
	switch (t->fmt) {
	case FMT_CSV:
		for (i = 0; i < t->ncols; i++) {
			if (i > 0)
				putc(',', t->fp);
			report_csv_field(t->fp, cells[i]);
		}
		rcsv_eol(t->fp);
		break;
	case FMT_JSON:
		rj_open(&t->json, NULL, 0);
		for (i = 0; i < t->ncols; i++) {
			const char *v = cells[i];

			if (v != NULL && (t->cols[i].flags & RCOL_NUMBER) &&
			    is_integer(v))
				rj_int(&t->json, t->cols[i].key,
				    strtoll(v, NULL, 10));
			else
				rj_str(&t->json, t->cols[i].key, v);
		}
		rj_close(&t->json, 0);
		break;
	case FMT_TEXT:
		if (t->ncells + t->ncols > t->alloc) {
			t->alloc = (t->alloc + t->ncols) * 2;
			t->cells = xrealloc(t->cells,
			    t->alloc * sizeof *t->cells);
		}
		for (i = 0; i < t->ncols; i++) {
			c = report_sanitize(cells[i],
			    (t->cols[i].flags & RCOL_BLOCK) != 0);
			t->cells[t->ncells++] = rtext_fit(c,
			    (size_t)t->cols[i].max);
			free(c);
		}
		break;
	}
}

/* Display width of the widest line of a (possibly multi-line) cell. */
static size_t
cell_width(const char *s)
{
	size_t w = 0, lw;
	const char *nl;
	char *line;

	for (;;) {
		nl = strchr(s, '\n');
		line = nl ? xstrndup(s, (size_t)(nl - s)) : xstrdup(s);
		if ((lw = report_width(line)) > w)
			w = lw;
		free(line);
		if (nl == NULL)
			return w;
		s = nl + 1;
	}
}

static void
text_write(struct report_table *t)
{
	size_t *w = xcalloc(t->ncols, sizeof *w);
	size_t i, r, k, lw, start;
	const char *label;
	char *hdr;

	for (i = 0; i < t->ncols; i++) {
		hdr = report_sanitize(_(t->cols[i].label), 0);
		w[i] = report_width(hdr);
		free(hdr);
	}
	for (k = 0; k < t->ncells; k++) {
		i = k % t->ncols;
		if (i + 1 < t->ncols && (lw = cell_width(t->cells[k])) > w[i])
			w[i] = lw;
	}
	for (i = 0; i < t->ncols; i++) {
		label = _(t->cols[i].label);
		hdr = report_sanitize(label, 0);
		if (i + 1 < t->ncols) {
			rtext_pad(t->fp, hdr, w[i]);
			fputs("  ", t->fp);
		} else
			fputs(hdr, t->fp);
		free(hdr);
	}
	putc('\n', t->fp);
	for (r = 0; r < (size_t)t->rows; r++) {
		char **row = t->cells + r * t->ncols;
		size_t last = 0;

		/* Pad only up to the last cell that holds something. */
		for (i = 0; i < t->ncols; i++)
			if (row[i][0] != '\0')
				last = i;
		start = 0;
		for (i = 0; i <= last; i++) {
			if (i > 0)
				fputs("  ", t->fp);
			if (i + 1 == t->ncols) {
				/* last column: unpadded, lines indented */
				rtext_put_block(t->fp, row[i], start);
				break;
			}
			lw = report_width(row[i]);
			if (t->cols[i].flags & RCOL_NUMBER)
				for (; lw < w[i]; lw++)
					putc(' ', t->fp);
			fputs(row[i], t->fp);
			if (i < last)
				for (; lw < w[i]; lw++)
					putc(' ', t->fp);
			start += w[i] + 2;
		}
		putc('\n', t->fp);
	}
	free(w);
}

long
report_table_end(struct report_table *t)
{
	long rows = t->rows;
	size_t k;

	switch (t->fmt) {
	case FMT_CSV:
		break;
	case FMT_JSON:
		rj_close(&t->json, 1);
		break;
	case FMT_TEXT:
		if (t->rows > 0)
			text_write(t);
		break;
	}
	for (k = 0; k < t->ncells; k++)
		free(t->cells[k]);
	free(t->cells);
	free(t);
	return rows;
}

const char *
report_erasure_pending_note(void)
{
	return _("Another program is reading the register just now, so a "
	    "copy of the erased details is still in the register's journal "
	    "file. It is removed as soon as that program is done: the next "
	    "time the register is opened or changed.");
}
