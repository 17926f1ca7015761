/*
 * record.c: one dialogue as a machine record, the same in `list` and
 * `show`: a CSV row under a header of field names, or a JSON object whose
 * keys are the field names (dialogue.h's table), states as English tokens,
 * list fields as arrays of {name, note, step}, amounts as numbers. Also
 * the columns of sessions and feedback, shared by JSON and the tables.
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
rrec_csv_row(FILE *fp, const struct dialogue *d,
    const struct dlg_settings *s, long today)
{
	struct strlist cells = { 0 };
	size_t i;

	report_list_cells(d, s, today, &cells);
	for (i = 0; i < cells.n; i++) {
		if (i > 0)
			putc(',', fp);
		report_csv_field(fp, cells.v[i]);
	}
	sl_clear(&cells);
	rcsv_eol(fp);
}

/* ------------------------------------------------------------ children */

const struct report_column rrec_session_cols[RREC_SESSION_NCOLS] = {
	/* TRANSLATORS: column header: the number of a session */
	{ "id", N_("No."), 0, RCOL_NUMBER },
	/* TRANSLATORS: column header */
	{ "date", N_("Date"), 0, 0 },
	/* TRANSLATORS: column header: where a session was held */
	{ "place", N_("Place"), 24, 0 },
	/* TRANSLATORS: column header */
	{ "method", N_("Method"), 20, 0 },
	/* TRANSLATORS: column header: number of participants */
	{ "participants", N_("Participants"), 0, RCOL_NUMBER },
	/* TRANSLATORS: column header: participants by age and gender */
	{ "breakdown", N_("Breakdown"), 24, 0 },
	/* TRANSLATORS: column header: politicians present */
	{ "politicians", N_("Politicians"), 30, 0 },
	/* TRANSLATORS: column header */
	{ "notes", N_("Notes"), 0, RCOL_BLOCK },
};

void
rrec_session_cells(const struct dlg_session *ss, char *buf, size_t size,
    char *buf2, size_t size2, const char *cells[RREC_SESSION_NCOLS])
{
	snprintf(buf, size, "%lld", ss->id);
	if (ss->participants >= 0)
		snprintf(buf2, size2, "%lld", ss->participants);
	cells[0] = buf;
	cells[1] = ss->date;
	cells[2] = ss->place;
	cells[3] = ss->method;
	cells[4] = ss->participants >= 0 ? buf2 : NULL;
	cells[5] = ss->breakdown;
	cells[6] = ss->politicians;
	cells[7] = ss->notes;
}

const struct report_column rrec_feedback_cols[RREC_FEEDBACK_NCOLS] = {
	{ "id", N_("No."), 0, RCOL_NUMBER },
	{ "date", N_("Date"), 0, 0 },
	/* TRANSLATORS: column header: the body that gave feedback */
	{ "sender", N_("Sender"), 30, 0 },
	/* TRANSLATORS: column header: how feedback reached participants */
	{ "channels", N_("Channels"), 30, 0 },
	/* TRANSLATORS: column header: the feedback text */
	{ "text", N_("Text"), 0, RCOL_BLOCK },
};

void
rrec_feedback_cells(const struct dlg_feedback *fb, char *buf, size_t size,
    const char *cells[RREC_FEEDBACK_NCOLS])
{
	snprintf(buf, size, "%lld", fb->id);
	cells[0] = buf;
	cells[1] = fb->date;
	cells[2] = fb->sender;
	cells[3] = fb->channels;
	cells[4] = fb->text;
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
	const char *cells[RREC_SESSION_NCOLS];
	char b1[32], b2[32];
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
		rj_open(j, "sessions", 1);
		for (i = 0; i < d->nsessions; i++) {
			rrec_session_cells(&d->sessions[i], b1, sizeof b1,
			    b2, sizeof b2, cells);
			json_cells(j, rrec_session_cols, RREC_SESSION_NCOLS,
			    cells);
		}
		rj_close(j, 1);
		rj_open(j, "feedback", 1);
		for (i = 0; i < d->nfeedback; i++) {
			rrec_feedback_cells(&d->feedback[i], b1, sizeof b1,
			    cells);
			json_cells(j, rrec_feedback_cols, RREC_FEEDBACK_NCOLS,
			    cells);
		}
		rj_close(j, 1);
	}
	rj_close(j, 0);
}
