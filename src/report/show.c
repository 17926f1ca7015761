/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * show.c: one dialogue with everything, for `show`: in text the filled-in
 * fields under their translated labels (aligned by display width, amounts
 * and answers in the user's language), the deciding body, the warnings as
 * of today, the sessions and the feedback; in CSV the list's record; in
 * JSON the list's object with sessions and feedback added.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "util.h"
#include "report-int.h"

/* The records of kind k of d as a table of their columns. */
static void
child_table(FILE *fp, enum report_format fmt, enum dlg_child k,
    const struct dialogue *d)
{
	struct rrec_child_table t;
	struct report_table *rt;
	const char *cells[RREC_MAXCOLS];
	char *own[RREC_MAXCOLS];
	size_t i, n = k == DLG_CHILD_SESSION ? d->nsessions : d->nfeedback;

	rrec_child_columns(k, &t);
	rt = report_table_begin(fp, fmt, t.cols, t.n);
	for (i = 0; i < n; i++) {
		if (k == DLG_CHILD_SESSION)
			rrec_child_cells(&t, &d->sessions[i],
			    d->sessions[i].id, NULL, own, cells);
		else
			rrec_child_cells(&t, &d->feedback[i],
			    d->feedback[i].id, NULL, own, cells);
		report_table_row(rt, cells);
		rrec_cells_free(own, t.n);
	}
	report_table_end(rt);
}

void
report_sessions(FILE *fp, enum report_format fmt, const struct dialogue *d)
{
	child_table(fp, fmt, DLG_CHILD_SESSION, d);
}

void
report_feedback(FILE *fp, enum report_format fmt, const struct dialogue *d)
{
	child_table(fp, fmt, DLG_CHILD_FEEDBACK, d);
}

struct report_contributions {
	struct rrec_child_table	 t;
	struct report_column	 shown[RREC_MAXCOLS];	/* t.cols less drop */
	struct report_table	*rt;
	size_t			 drop;	/* a column text leaves out, or t.n */
	int			 text;
	int			 with_contact;
};

/* 1 when column i of t holds the channel as an imported file wrote it. */
static int
is_channel_text(const struct rrec_child_table *t, size_t i)
{
	return t->field[i] >= 0 && strcmp(dlg_contribution_fields[
	    t->field[i]].name, "channel_text") == 0;
}

struct report_contributions *
report_contributions_begin(FILE *fp, enum report_format fmt,
    int with_contact)
{
	struct report_contributions *rc = xcalloc(1, sizeof *rc);
	size_t i, n = 0;

	rrec_child_columns(DLG_CHILD_CONTRIBUTION, &rc->t);
	rc->text = fmt == FMT_TEXT;
	rc->with_contact = with_contact;
	/* Text shows the imported channel's own text in the channel's cell
	 * ("other (Telefon)"); CSV and JSON keep it a column of its own. */
	rc->drop = rc->t.n;
	for (i = 0; i < rc->t.n; i++)
		if (rc->text && is_channel_text(&rc->t, i))
			rc->drop = i;
		else
			rc->shown[n++] = rc->t.cols[i];
	rc->rt = report_table_begin(fp, fmt, rc->shown, n);
	return rc;
}

void
report_contributions_row(struct report_contributions *rc,
    const struct dlg_contribution *c)
{
	const struct dlg_child_field *cf;
	const char *cells[RREC_MAXCOLS], *out[RREC_MAXCOLS];
	char *own[RREC_MAXCOLS], *shown = NULL;
	size_t i, n = 0;

	rrec_child_cells(&rc->t, c, c->id, c->created, own, cells);
	for (i = 0; i < rc->t.n; i++) {
		if (rc->t.field[i] < 0)
			continue;
		cf = &dlg_contribution_fields[rc->t.field[i]];
		if (cf->type == FT_CHANNEL && rc->text && cells[i] != NULL)
			cells[i] = shown = dlg_channel_shown(c);
		if (!(cf->flags & DLG_CF_PERSONAL))
			continue;
		if (cells[i] != NULL && rc->with_contact)
			continue;
		if (cells[i] != NULL)
			cells[i] = rc->text ?
			    /* TRANSLATORS: in place of contact details not
			       shown */
			    _("(given)") : "given";
		else if (c->contact_erased)
			cells[i] = rc->text ?
			    /* TRANSLATORS: contact details that were erased
			       (GDPR) */
			    _("(erased)") : "erased";
	}
	for (i = 0; i < rc->t.n; i++)
		if (i != rc->drop)
			out[n++] = cells[i];
	report_table_row(rc->rt, out);
	rrec_cells_free(own, rc->t.n);
	free(shown);
}

long
report_contributions_end(struct report_contributions *rc)
{
	long n = report_table_end(rc->rt);

	free(rc);
	return n;
}

/* The width text is wrapped at: a terminal of 80 columns. */
#define TEXT_WIDTH	79
#define MIN_VALUE	30	/* narrowest value column */

/* One "Label  value" line; long values wrapped and indented under the
 * value. */
static void
text_line(FILE *fp, const char *label, const char *value, size_t width)
{
	char *c = report_sanitize(label, 0);
	size_t vw = TEXT_WIDTH > width + 2 + MIN_VALUE ?
	    TEXT_WIDTH - width - 2 : MIN_VALUE;

	rtext_pad(fp, c, width);
	fputs("  ", fp);
	rtext_wrap(fp, value, width + 2, vw);
	putc('\n', fp);
	free(c);
}

static void
text_show(FILE *fp, const struct dialogue *d, const struct dlg_settings *s,
    long today)
{
	struct dlg_issues w = { 0 };
	const char *body;
	size_t width = 0, lw, i;
	char *v, *meta;
	int f;

	/* The label column: as wide as the widest label shown. */
	const char *const extra[] = {
		/* TRANSLATORS: label in `show`: the dialogue's reference */
		N_("Reference"),
		/* TRANSLATORS: label in `show`: the lifecycle state */
		N_("State"),
		/* TRANSLATORS: label in `show` */
		N_("Deciding body"),
		/* TRANSLATORS: label in `show`: version and last change */
		N_("Version"),
	};
	for (i = 0; i < sizeof extra / sizeof extra[0]; i++)
		if ((lw = report_width(_(extra[i]))) > width)
			width = lw;
	for (f = 0; f < DLG_NFIELDS; f++) {
		v = dlg_format_field(d, (enum dlg_field)f);
		if (*v != '\0' &&
		    (lw = report_width(_(dlg_fields[f].label))) > width)
			width = lw;
		free(v);
	}

	text_line(fp, _(extra[0]), d->ref, width);
	text_line(fp, _(extra[1]), dlg_state_label(d->state), width);
	body = dlg_deciding_body(d, s);
	text_line(fp, _(extra[2]), body != NULL ? body :
	    _("none yet: no body concerned"), width);
	/* TRANSLATORS: version line in `show`: "4, changed 2026-05-04T10:15:00Z
	   by anna" */
	meta = xasprintf(_("%lld, changed %s by %s"), d->version,
	    d->updated != NULL ? d->updated : "-",
	    d->updated_by != NULL ? d->updated_by : "-");
	text_line(fp, _(extra[3]), meta, width);
	free(meta);
	putc('\n', fp);

	for (f = 0; f < DLG_NFIELDS; f++) {
		v = dlg_format_field(d, (enum dlg_field)f);
		if (*v != '\0')
			text_line(fp, _(dlg_fields[f].label), v, width);
		free(v);
	}

	dlg_warnings(d, s, today, &w);
	if (w.n > 0) {
		putc('\n', fp);
		fputs(_("Warnings:\n"), fp);
		for (i = 0; i < w.n; i++) {
			fputs("  - ", fp);
			rtext_wrap(fp, w.v[i].text, 4, TEXT_WIDTH - 4);
			putc('\n', fp);
		}
	}
	dlg_issues_clear(&w);

	putc('\n', fp);
	if (d->nsessions == 0)
		fputs(_("No sessions yet.\n"), fp);
	else {
		fprintf(fp, ngettext("%zu session:\n", "%zu sessions:\n",
		    (unsigned long)d->nsessions), d->nsessions);
		report_sessions(fp, FMT_TEXT, d);
	}
	putc('\n', fp);
	if (d->nfeedback == 0)
		fputs(_("No feedback given yet.\n"), fp);
	else {
		fprintf(fp, ngettext("Feedback given %zu time:\n",
		    "Feedback given %zu times:\n",
		    (unsigned long)d->nfeedback), d->nfeedback);
		report_feedback(fp, FMT_TEXT, d);
	}
	putc('\n', fp);
	fprintf(fp, ngettext("%lld contribution ('dialogreg contribution list "
	    "%s' shows it).\n", "%lld contributions ('dialogreg contribution "
	    "list %s' shows them).\n", (unsigned long)d->n_contributions),
	    d->n_contributions, d->ref);
}

void
report_show(FILE *fp, enum report_format fmt, const struct dialogue *d,
    const struct dlg_settings *s, long today)
{
	struct rjson j;

	switch (fmt) {
	case FMT_CSV:
		rcsv_bom(fp);
		rrec_csv_header(fp);
		rrec_csv_row(fp, NULL, d, s, today);
		break;
	case FMT_JSON:
		rj_init(&j, fp, 1);
		rrec_json(&j, d, s, today, 1);
		break;
	case FMT_TEXT:
		text_show(fp, d, s, today);
		break;
	}
}
