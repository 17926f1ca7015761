/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * record.c: one dialogue as a machine record, the same in `list` and
 * `show`: a CSV row under a header of field names, or a JSON object whose
 * keys are the field names (dialogue.h's table), states as English tokens,
 * list fields as arrays of {name, note, step}, amounts as numbers. Also
 * the columns of the child records (from the domain's tables of their
 * fields), shared by JSON and the tables.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "util.h"
#include "report-int.h"


int
rrec_has_warning(const struct dlg_issues *w, const char *code)
{
	size_t i;

	for (i = 0; i < w->n; i++)
		if (strcmp(w->v[i].code, code) == 0)
			return 1;
	return 0;
}

/* The columns are those of the export (report_list_key/_cells), so the
 * list's CSV and `export` cannot drift apart. */
void
rrec_csv_header(FILE *fp)
{
	size_t i, n = report_list_ncols();

	for (i = 0; i < n; i++) {
		if (i > 0)
			putc(',', fp);
		report_csv_field(fp, report_list_key(i));
	}
	rcsv_eol(fp);
}

void
rrec_csv_row(FILE *fp, struct rrec_list_row *row, const struct dialogue *d,
    const struct dlg_settings *s, long today)
{
	struct rrec_list_row own;
	struct rrec_list_row *r = row;
	size_t i;

	if (r == NULL) {
		rrec_list_row_init(&own);
		r = &own;
	}
	rrec_list_row_fill(r, d, s, today);
	/* The record in one piece. */
	sb_reset(&r->line);
	for (i = 0; i < RREC_LIST_NCOLS; i++) {
		if (i > 0)
			sb_addc(&r->line, ',');
		rcsv_list_field(&r->line, r->cell[i]);
	}
	sb_addn(&r->line, "\r\n", 2);
	fwrite(r->line.buf, 1, r->line.len, fp);
	if (row == NULL)
		rrec_list_row_free(&own);
	else
		rrec_list_row_release(r);
}

/* ------------------------------------------------------------ children */

void
rrec_child_columns(enum dlg_child k, struct rrec_child_table *t)
{
	const struct dlg_child_def *def = &dlg_children[k];
	const struct dlg_child_field *cf;
	struct report_column *c;
	size_t i;
	int block;

	memset(t, 0, sizeof *t);
	t->kind = k;
	/* TRANSLATORS: column header: the number of a session, feedback or
	   contribution */
	t->cols[0] = (struct report_column){ "id", N_("No."), 0, RCOL_NUMBER };
	t->field[0] = RREC_COL_ID;
	t->n = 1;
	if (k == DLG_CHILD_CONTRIBUTION) {
		/* TRANSLATORS: column header: when a contribution was
		   recorded */
		t->cols[1] = (struct report_column){ "created", N_("Recorded"),
		    0, 0 };
		t->field[1] = RREC_COL_CREATED;
		t->n = 2;
	}
	/* The fields shown beside each other, then those under the row. */
	for (block = 0; block <= 1; block++)
		for (i = 0; i < def->nfields && t->n < RREC_MAXCOLS; i++) {
			cf = &def->fields[i];
			if (((cf->flags & DLG_CF_BLOCK) != 0) != block)
				continue;
			c = &t->cols[t->n];
			c->key = cf->name;
			c->label = cf->header;
			c->max = cf->width;
			c->flags = block ? RCOL_BLOCK : cf->type == FT_COUNT ||
			    cf->type == FT_SESSION ? RCOL_NUMBER : 0;
			t->field[t->n++] = (int)i;
		}
}

void
rrec_child_cells(const struct rrec_child_table *t, const void *rec,
    long long id, const char *created, char **own, const char **cells)
{
	size_t i;

	for (i = 0; i < t->n; i++) {
		own[i] = NULL;
		if (t->field[i] == RREC_COL_ID)
			own[i] = xasprintf("%lld", id);
		else if (t->field[i] == RREC_COL_CREATED) {
			cells[i] = created;
			continue;
		} else
			own[i] = dlg_child_get(t->kind, rec,
			    (size_t)t->field[i]);
		cells[i] = own[i];
	}
}

void
rrec_cells_free(char **own, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(own[i]);
}

/* Write cells as a JSON object keyed by cols. */
static void
json_cells(struct rjson *j, const struct report_column *cols, size_t n,
    const char *const *cells)
{
	size_t i;

	rj_open(j, NULL, 0);
	for (i = 0; i < n; i++) {
		if (cells[i] != NULL && (cols[i].flags & RCOL_NUMBER))
			rj_int(j, cols[i].key, strtoll(cells[i], NULL, 10));
		else
			rj_str(j, cols[i].key, cells[i]);
	}
	rj_close(j, 0);
}

/* ------------------------------------------------------------ JSON */

static void
json_list(struct rjson *j, const char *key, const struct dlg_items *l)
{
	size_t i;

	rj_open(j, key, 1);
	for (i = 0; i < l->n; i++) {
		rj_open(j, NULL, 0);
		rj_str(j, "name", l->v[i].name);
		rj_str(j, "note", l->v[i].note);
		if (l->v[i].step > 0)
			rj_int(j, "step", l->v[i].step);
		else
			rj_null(j, "step");
		rj_close(j, 0);
	}
	rj_close(j, 1);
}

/* 1 when s holds only decimal digits (an amount that fits a long long). */
static int
digits(const char *s)
{
	size_t n = strspn(s, "0123456789");

	return n > 0 && n < 19 && s[n] == '\0';
}

void
rrec_json(struct rjson *j, const struct dialogue *d,
    const struct dlg_settings *s, long today, int full)
{
	struct dlg_issues w = { 0 };
	struct rrec_child_table t;
	const char *cells[RREC_MAXCOLS];
	char *own[RREC_MAXCOLS];
	const char *v;
	size_t i;
	int f;

	rj_open(j, NULL, 0);
	rj_str(j, "reference", d->ref);
	rj_str(j, "state", dlg_state_token(d->state));
	rj_int(j, "version", d->version);
	rj_str(j, "deciding_body", dlg_deciding_body(d, s));
	for (f = 0; f < DLG_NFIELDS; f++) {
		const struct dlg_field_def *def = &dlg_fields[f];

		if (def->type == FT_LIST) {
			json_list(j, def->name, dlg_list(d, (enum dlg_field)f));
			continue;
		}
		v = dlg_get(d, (enum dlg_field)f);
		if (v != NULL && def->type == FT_AMOUNT && digits(v))
			rj_int(j, def->name, strtoll(v, NULL, 10));
		else
			rj_str(j, def->name, v);
	}
	rj_str(j, "created", d->created);
	rj_str(j, "updated", d->updated);
	rj_str(j, "updated_by", d->updated_by);
	rj_int(j, "n_sessions", d->n_sessions);
	rj_str(j, "last_session", d->last_session);
	rj_int(j, "n_participants", d->n_participants);
	rj_int(j, "n_feedback", d->n_feedback);
	rj_str(j, "first_feedback", d->first_feedback);
	rj_int(j, "n_contributions", d->n_contributions);
	rj_bool(j, "overdue", dlg_is_overdue(d, s, today));
	dlg_warnings(d, s, today, &w);
	rj_open(j, "warnings", 1);
	for (i = 0; i < w.n; i++) {
		rj_open(j, NULL, 0);
		rj_str(j, "code", w.v[i].code);
		rj_str(j, "field", w.v[i].field >= 0 &&
		    w.v[i].field < DLG_NFIELDS ?
		    dlg_fields[w.v[i].field].name : NULL);
		rj_str(j, "text", w.v[i].text);
		rj_close(j, 0);
	}
	rj_close(j, 1);
	dlg_issues_clear(&w);
	if (full) {
		rrec_child_columns(DLG_CHILD_SESSION, &t);
		rj_open(j, "sessions", 1);
		for (i = 0; i < d->nsessions; i++) {
			rrec_child_cells(&t, &d->sessions[i],
			    d->sessions[i].id, NULL, own, cells);
			json_cells(j, t.cols, t.n, cells);
			rrec_cells_free(own, t.n);
		}
		rj_close(j, 1);
		rrec_child_columns(DLG_CHILD_FEEDBACK, &t);
		rj_open(j, "feedback", 1);
		for (i = 0; i < d->nfeedback; i++) {
			rrec_child_cells(&t, &d->feedback[i],
			    d->feedback[i].id, NULL, own, cells);
			json_cells(j, t.cols, t.n, cells);
			rrec_cells_free(own, t.n);
		}
		rj_close(j, 1);
	}
	rj_close(j, 0);
}
