/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * overview.c: the register overview: how many dialogues each deciding
 * body has in each state (for a year of registration or all years), which
 * ones have feedback or evaluation overdue and by how many days, and which
 * are no longer open to influence (planned end on or after the decision
 * deadline). Dialogues arrive one at a time, so a register of any size
 * streams through; only the counts and the two lists are kept. Each
 * dialogue counts once, under its deciding body [T5], so the rows add up
 * to the total.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "util.h"
#include "report-int.h"

/* Warning code of "planned end after the decision deadline" (domain). */
#define CODE_NOT_INFLUENCEABLE	"end_after_deadline"

struct ov_body {
	char	*name;
	long	 n[DLG_NSTATES];
	long	 total, overdue, late;
};

/* A dialogue of one of the lists: its cells, owned; for the overdue
 * list also what is overdue (a token) and by how many days. */
struct ov_entry {
	char		*ref, *state, *body, *title, *a, *b;
	const char	*kind;
	long		 days;
};

struct report_overview {
	const struct dlg_settings	*s;
	long				 today;
	int				 year;
	struct ov_body			*bodies;
	size_t				 nbodies;
	struct ov_body			 all;
	struct ov_entry			*overdue, *late;
	size_t				 noverdue, nlate;
};

struct report_overview *
report_overview_begin(const struct dlg_settings *s, long today, int year)
{
	struct report_overview *ov = xcalloc(1, sizeof *ov);

	ov->s = s;
	ov->today = today;
	ov->year = year;
	return ov;
}

static struct ov_body *
body_of(struct report_overview *ov, const char *name)
{
	size_t i;

	for (i = 0; i < ov->nbodies; i++)
		if (strcmp(ov->bodies[i].name, name) == 0)
			return &ov->bodies[i];
	ov->bodies = xrealloc(ov->bodies,
	    (ov->nbodies + 1) * sizeof *ov->bodies);
	memset(&ov->bodies[ov->nbodies], 0, sizeof *ov->bodies);
	ov->bodies[ov->nbodies].name = xstrdup(name);
	return &ov->bodies[ov->nbodies++];
}

static struct ov_entry *
entry_add(struct ov_entry **v, size_t *n, const struct dialogue *d,
    const char *body, const char *a, const char *b)
{
	struct ov_entry *e;

	*v = xrealloc(*v, (*n + 1) * sizeof **v);
	e = &(*v)[(*n)++];
	memset(e, 0, sizeof *e);
	e->ref = xstrdup(d->ref);
	e->state = xstrdup(dlg_state_label(d->state));
	e->body = xstrdup(body);
	e->title = xstrdup(dlg_get(d, F_TITLE));
	e->a = xstrdup(a);
	e->b = xstrdup(b);
	return e;
}

/* An overdue dialogue in the list: what is overdue, the day it fell due
 * and the days since, as the domain counts them. */
static void
overdue_add(struct report_overview *ov, const struct dialogue *d,
    const char *body, enum dlg_overdue what, long days)
{
	struct ov_entry *e;
	char due[16];

	dlg_date_format(ov->today - days, due, sizeof due);
	e = entry_add(&ov->overdue, &ov->noverdue, d, body,
	    what == DLG_OVERDUE_EVALUATION ?
	    /* TRANSLATORS: what is overdue, in the overview */
	    _("evaluation") :
	    /* TRANSLATORS: what is overdue, in the overview */
	    _("feedback"), due);
	e->kind = what == DLG_OVERDUE_EVALUATION ? "evaluation" : "feedback";
	e->days = days;
}

void
report_overview_add(struct report_overview *ov, const struct dialogue *d)
{
	const char *body = dlg_deciding_body(d, ov->s);
	struct dlg_issues w = { 0 };
	enum dlg_overdue what;
	struct ov_body *b;
	long days;
	int late;

	b = body_of(ov, body != NULL ? body : "");
	b->n[d->state]++;
	b->total++;
	ov->all.n[d->state]++;
	ov->all.total++;
	days = dlg_days_overdue(d, ov->s, ov->today, &what);
	dlg_warnings(d, ov->s, ov->today, &w);
	late = rrec_has_warning(&w, CODE_NOT_INFLUENCEABLE);
	dlg_issues_clear(&w);
	if (days > 0) {
		b->overdue++;
		ov->all.overdue++;
		overdue_add(ov, d, body, what, days);
	}
	if (late) {
		b->late++;
		ov->all.late++;
		entry_add(&ov->late, &ov->nlate, d, body,
		    dlg_get(d, F_PLANNED_END), dlg_get(d, F_DECISION_DEADLINE));
	}
}

static int
body_cmp(const void *a, const void *b)
{
	const struct ov_body *x = a, *y = b;

	return strcoll(x->name, y->name);
}

/* ------------------------------------------------------------ CSV */

/* The columns after the counts, filled in the rows of overdue
 * dialogues only. */
#define CSV_OVERDUE_COLS	4

static void
csv_row(FILE *fp, const char *row, const char *body, const struct ov_body *b)
{
	int st;

	report_csv_field(fp, row);
	putc(',', fp);
	report_csv_field(fp, body);
	for (st = 0; st < DLG_NSTATES; st++)
		fprintf(fp, ",%ld", b->n[st]);
	fprintf(fp, ",%ld,%ld,%ld", b->total, b->overdue, b->late);
	for (st = 0; st < CSV_OVERDUE_COLS; st++)
		putc(',', fp);
	rcsv_eol(fp);
}

/* An overdue dialogue: no counts, its reference, what is overdue (a
 * token), the day it fell due and the days since. */
static void
csv_overdue_row(FILE *fp, const struct ov_entry *e)
{
	int i;

	fputs("overdue,", fp);
	report_csv_field(fp, e->body);
	for (i = 0; i < DLG_NSTATES + 3; i++)
		putc(',', fp);
	putc(',', fp);
	report_csv_field(fp, e->ref);
	fprintf(fp, ",%s,%s,%ld", e->kind, e->b, e->days);
	rcsv_eol(fp);
}

static void
write_csv(struct report_overview *ov, FILE *fp)
{
	size_t i;
	int st;

	rcsv_bom(fp);
	fputs("row,deciding_body", fp);
	for (st = 0; st < DLG_NSTATES; st++)
		fprintf(fp, ",%s", dlg_state_token((enum dlg_state)st));
	fputs(",total,overdue,not_influenceable,reference,overdue_kind,due,"
	    "days_overdue", fp);
	rcsv_eol(fp);
	for (i = 0; i < ov->nbodies; i++)
		csv_row(fp, "body", ov->bodies[i].name, &ov->bodies[i]);
	csv_row(fp, "total", "", &ov->all);
	for (i = 0; i < ov->noverdue; i++)
		csv_overdue_row(fp, &ov->overdue[i]);
}

/* ------------------------------------------------------------ text */

/* Width of the body column of the table. */
#define W_BODY	26

/* One cell: clean text cut to width, padded left (numbers) or right. */
static void
cell(FILE *fp, const char *s, size_t width, int right)
{
	char *c = report_sanitize(s, 0), *f = rtext_fit(c, width);
	size_t w;

	for (w = report_width(f); right && w < width; w++)
		putc(' ', fp);
	fputs(f, fp);
	for (w = report_width(f); !right && w < width; w++)
		putc(' ', fp);
	free(f);
	free(c);
}

/* The table of deciding body x state, numbers right-aligned under
 * their state (report_table leaves its last column unaligned). */
static void
write_matrix(struct report_overview *ov, FILE *fp)
{
	size_t w[DLG_NSTATES + 1], bw, i, k;
	const struct ov_body *b;
	char num[24];

	/* TRANSLATORS: column header of the overview */
	bw = report_width(_("Deciding body"));
	for (i = 0; i < ov->nbodies; i++)
		if (report_width(ov->bodies[i].name) > bw)
			bw = report_width(ov->bodies[i].name);
	if (bw > W_BODY)
		bw = W_BODY;
	for (k = 0; k < DLG_NSTATES; k++)
		w[k] = report_width(dlg_state_label((enum dlg_state)k));
	/* TRANSLATORS: column header of the overview: all states */
	w[DLG_NSTATES] = report_width(_("Total"));
	cell(fp, _("Deciding body"), bw, 0);
	for (k = 0; k <= DLG_NSTATES; k++) {
		fputs("  ", fp);
		cell(fp, k < DLG_NSTATES ? dlg_state_label((enum dlg_state)k) :
		    _("Total"), w[k], 1);
	}
	putc('\n', fp);
	for (i = 0; i <= ov->nbodies; i++) {
		b = i < ov->nbodies ? &ov->bodies[i] : &ov->all;
		/* TRANSLATORS: the last row of the overview: all bodies */
		cell(fp, i < ov->nbodies ? b->name : _("Total"), bw, 0);
		for (k = 0; k <= DLG_NSTATES; k++) {
			snprintf(num, sizeof num, "%ld", k < DLG_NSTATES ?
			    b->n[k] : b->total);
			fputs("  ", fp);
			cell(fp, num, w[k], 1);
		}
		putc('\n', fp);
	}
}

/* A list of dialogues: reference, state, body, the two cells a and b,
 * with days the days overdue, then the title. */
static void
write_list(FILE *fp, const struct ov_entry *v, size_t n, const char *a_key,
    const char *a_label, const char *b_key, const char *b_label, int days)
{
	struct report_column cols[7] = {
		{ "reference", N_("Reference"), 0, 0 },
		{ "state", N_("State"), 0, 0 },
		{ "deciding_body", N_("Deciding body"), 26, 0 },
		{ a_key, a_label, 0, 0 },
		{ b_key, b_label, 0, 0 },
		/* TRANSLATORS: column header of the overdue list: how many
		   days have passed since feedback or evaluation was due */
		{ "days_overdue", N_("Days overdue"), 0, RCOL_NUMBER },
		{ "title", N_("Title"), 40, 0 },
	};
	struct report_table *t;
	const char *cells[7];
	char num[24];
	size_t i, k;

	if (!days)
		cols[5] = cols[6];	/* the title in its place */
	t = report_table_begin(fp, FMT_TEXT, cols, days ? 7 : 6);
	for (i = 0; i < n; i++) {
		k = 0;
		cells[k++] = v[i].ref;
		cells[k++] = v[i].state;
		cells[k++] = v[i].body;
		cells[k++] = v[i].a;
		cells[k++] = v[i].b;
		if (days) {
			snprintf(num, sizeof num, "%ld", v[i].days);
			cells[k++] = num;
		}
		cells[k] = v[i].title;
		report_table_row(t, cells);
	}
	report_table_end(t);
}

static void
write_text(struct report_overview *ov, FILE *fp)
{
	char date[16];

	dlg_date_format(ov->today, date, sizeof date);
	if (ov->year != 0)
		fprintf(fp, _("Dialogues registered in %d, by deciding body "
		    "and state, as of %s:\n"), ov->year, date);
	else
		fprintf(fp, _("All dialogues, by deciding body and state, as "
		    "of %s:\n"), date);
	if (ov->all.total == 0) {
		fputs(_("There are no dialogues to count."), fp);
		putc('\n', fp);
		return;
	}
	putc('\n', fp);
	write_matrix(ov, fp);

	putc('\n', fp);
	if (ov->noverdue == 0)
		fputs(_("No dialogue has feedback or evaluation overdue.\n"),
		    fp);
	else {
		fprintf(fp, ngettext("%zu dialogue has feedback or evaluation "
		    "overdue:\n", "%zu dialogues have feedback or evaluation "
		    "overdue:\n", (unsigned long)ov->noverdue), ov->noverdue);
		/* TRANSLATORS: column headers of the overdue list: what is
		   overdue (feedback, evaluation) and the day it was due */
		write_list(fp, ov->overdue, ov->noverdue, "overdue",
		    N_("Overdue"), "due", N_("Due"), 1);
	}

	putc('\n', fp);
	if (ov->nlate == 0)
		fputs(_("Every dialogue is planned to end before its decision "
		    "deadline.\n"), fp);
	else {
		fprintf(fp, ngettext("%zu dialogue is no longer open to "
		    "influence: it is planned to end on or after its decision "
		    "deadline:\n", "%zu dialogues are no longer open to "
		    "influence: they are planned to end on or after their "
		    "decision deadline:\n", (unsigned long)ov->nlate),
		    ov->nlate);
		write_list(fp, ov->late, ov->nlate, "planned_end",
		    dlg_fields[F_PLANNED_END].label, "decision_deadline",
		    dlg_fields[F_DECISION_DEADLINE].label, 0);
	}
}

/* ------------------------------------------------------------ document */

/* An entry of a list as one item: "REF Title (state, body): text". */
static void
doc_entry(struct report_doc *doc, const struct ov_entry *e, const char *what)
{
	char *t = xasprintf("%s  %s (%s, %s): %s", e->ref,
	    e->title != NULL ? e->title : "", e->state, e->body, what);

	report_doc_item(doc, "-", t);
	free(t);
}

struct report_doc *
report_overview_doc(struct report_overview *ov)
{
	struct report_bar *bars;
	struct report_doc *doc;
	char date[16], *t, *sub;
	long top = 1;
	size_t i, k;
	int st;

	if (ov->nbodies > 1)
		qsort(ov->bodies, ov->nbodies, sizeof *ov->bodies, body_cmp);
	dlg_date_format(ov->today, date, sizeof date);
	sub = ov->year != 0 ?
	    /* TRANSLATORS: the subject of the printed overview */
	    xasprintf(_("Dialogues registered in %d"), ov->year) :
	    /* TRANSLATORS: the subject of the printed overview */
	    xstrdup(_("All dialogues"));
	/* TRANSLATORS: the kind of document, in the header of each page */
	doc = report_doc_new(ov->s->municipality, _("Register overview"), sub,
	    date, ov->today);
	report_doc_cite(doc, ov->s);
	free(sub);
	t = ov->year != 0 ? xasprintf(_("Dialogues registered in %d, by "
	    "deciding body and state, as of %s:\n"), ov->year, date) :
	    xasprintf(_("All dialogues, by deciding body and state, as of "
	    "%s:\n"), date);
	t[strcspn(t, "\n")] = '\0';
	report_doc_para(doc, t);
	free(t);
	if (ov->all.total == 0) {
		report_doc_para(doc, _("There are no dialogues to count."));
		return doc;
	}
	/* Each body: its dialogues per state, as bars beside their
	 * numbers. */
	for (i = 0; i < ov->nbodies; i++)
		if (ov->bodies[i].total > top)
			top = ov->bodies[i].total;
	bars = xcalloc(DLG_NSTATES, sizeof *bars);
	for (i = 0; i <= ov->nbodies; i++) {
		const struct ov_body *b = i < ov->nbodies ? &ov->bodies[i] :
		    &ov->all;

		report_doc_heading(doc, i < ov->nbodies ? (b->name[0] ?
		    b->name : _("(no body)")) : _("Total"));
		for (st = 0, k = 0; st < DLG_NSTATES; st++) {
			if (b->n[st] == 0)
				continue;
			bars[k].label = dlg_state_label((enum dlg_state)st);
			bars[k].figures = xasprintf("%ld", b->n[st]);
			bars[k].value = b->n[st];
			bars[k].scale = i < ov->nbodies ? top : b->total;
			k++;
		}
		report_doc_chart(doc, REPORT_CHART_COUNTS, bars, k);
		while (k > 0)
			free((char *)bars[--k].figures);
	}
	free(bars);
	/* TRANSLATORS: heading of the printed overview */
	report_doc_heading(doc, _("Overdue dialogues"));
	if (ov->noverdue == 0)
		report_doc_para(doc, _("No dialogue has feedback or evaluation "
		    "overdue."));
	for (i = 0; i < ov->noverdue; i++) {
		/* TRANSLATORS: %1$s is what is overdue (feedback,
		   evaluation), %2$s the day it was due, %3$ld the days */
		t = xasprintf(ngettext("%s due %s, %ld day overdue",
		    "%s due %s, %ld days overdue",
		    (unsigned long)ov->overdue[i].days), ov->overdue[i].a,
		    ov->overdue[i].b, ov->overdue[i].days);
		doc_entry(doc, &ov->overdue[i], t);
		free(t);
	}
	/* TRANSLATORS: heading of the printed overview */
	report_doc_heading(doc, _("No longer open to influence"));
	if (ov->nlate == 0)
		report_doc_para(doc, _("Every dialogue is planned to end before "
		    "its decision deadline."));
	for (i = 0; i < ov->nlate; i++) {
		/* TRANSLATORS: %1$s the planned end, %2$s the deadline */
		t = xasprintf(_("planned to end %s, decision deadline %s"),
		    ov->late[i].a != NULL ? ov->late[i].a : "",
		    ov->late[i].b != NULL ? ov->late[i].b : "");
		doc_entry(doc, &ov->late[i], t);
		free(t);
	}
	return doc;
}

static void
entries_free(struct ov_entry *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].ref);
		free(v[i].state);
		free(v[i].body);
		free(v[i].title);
		free(v[i].a);
		free(v[i].b);
	}
	free(v);
}

int
report_overview_end(struct report_overview *ov, FILE *fp,
    enum report_format fmt, struct dlg_error *err)
{
	size_t i;
	int rc = 0;

	/* qsort's array may not be NULL, even for no items. */
	if (ov->nbodies > 1)
		qsort(ov->bodies, ov->nbodies, sizeof *ov->bodies, body_cmp);
	switch (fp == NULL ? FMT_CSV : fmt) {
	case FMT_TEXT:
		write_text(ov, fp);
		break;
	case FMT_CSV:
		if (fp != NULL)
			write_csv(ov, fp);
		break;
	case FMT_JSON:
		rc = err_set(err, ERR_USAGE, _("the overview is written as "
		    "text or csv, not json"));
		break;
	}
	for (i = 0; i < ov->nbodies; i++)
		free(ov->bodies[i].name);
	free(ov->bodies);
	entries_free(ov->overdue, ov->noverdue);
	entries_free(ov->late, ov->nlate);
	free(ov);
	return rc;
}
