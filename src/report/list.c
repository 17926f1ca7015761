/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * list.c: the register list, one dialogue at a time so that a register of
 * any size streams through without being held in memory. Text has fixed
 * column widths (measured in display cells, decided before the first row)
 * so rows can be written as they come; long cells are cut with "…". Flags
 * mark what needs attention, explained in a legend under the list.
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

/* Text column widths that do not follow from the headers. */
#define W_REF	11	/* MD-2026-007 */
#define W_BODY	26
#define W_TITLE	38
#define W_DATE	10

enum { FLAG_OVERDUE = 1, FLAG_LATE = 2, FLAG_WARN = 4 };

/* The flag letters, translated as in the screens' register list. */
static const char *
flag_overdue(void)
{
	/* TRANSLATORS: flag letter in the register list: feedback or
	   evaluation is overdue (Swedish: F for försenad). One letter. */
	return _("O");
}

static const char *
flag_late(void)
{
	/* TRANSLATORS: flag letter in the register list: no longer open to
	   influence, the planned end is after the decision deadline
	   (Swedish: P for påverka). One letter. */
	return _("L");
}

static const char *
flag_warn(void)
{
	/* TRANSLATORS: flag letter in the register list: other warnings
	   (Swedish: V for varning). One letter. */
	return _("W");
}

struct report_list {
	FILE			*fp;
	enum report_format	 fmt;
	const struct dlg_settings *s;
	long			 today;
	long			 count;
	unsigned		 flags_seen;
	struct rjson		 json;
	struct rrec_list_row	 row;		/* CSV: one row's cells */
	size_t			 w_ref, w_state, w_body, w_title, w_date;
};

/* The header labels of the text list. */
/* TRANSLATORS: column header of the register list */
#define H_REF	N_("Reference")
/* TRANSLATORS: column header of the register list */
#define H_STATE	N_("State")
/* TRANSLATORS: column header: the body that decides the dialogue */
#define H_BODY	N_("Deciding body")
/* TRANSLATORS: column header of the register list */
#define H_TITLE	N_("Title")
/* TRANSLATORS: column header: the next date that matters for a dialogue */
#define H_DATE	N_("Next date")
/* TRANSLATORS: column header: flag letters such as O (overdue) */
#define H_FLAGS	N_("Flags")

static size_t
max_sz(size_t a, size_t b)
{
	return a > b ? a : b;
}

static size_t
label_width(const char *label)
{
	char *c = report_sanitize(label, 0);
	size_t w = report_width(c);

	free(c);
	return w;
}

static void
text_cell(FILE *fp, const char *s, size_t width)
{
	char *c = report_sanitize(s, 0), *f = rtext_fit(c, width);

	rtext_pad(fp, f, width);
	fputs("  ", fp);
	free(f);
	free(c);
}

/* The last cell of a row: cut, but not padded. */
static void
last_cell(FILE *fp, const char *s, size_t width)
{
	char *c = report_sanitize(s, 0), *f = rtext_fit(c, width);

	fputs(f, fp);
	free(f);
	free(c);
}

struct report_list *
report_list_begin(FILE *fp, enum report_format fmt,
    const struct dlg_settings *s, long today)
{
	struct report_list *rl = xcalloc(1, sizeof *rl);
	int i;

	rl->fp = fp;
	rl->fmt = fmt;
	rl->s = s;
	rl->today = today;
	rrec_list_row_init(&rl->row);
	switch (fmt) {
	case FMT_CSV:
		rcsv_bom(fp);
		rrec_csv_header(fp);
		break;
	case FMT_JSON:
		rj_init(&rl->json, fp, 1);
		rj_open(&rl->json, NULL, 1);
		break;
	case FMT_TEXT:
		rl->w_ref = max_sz(W_REF, label_width(_(H_REF)));
		rl->w_state = label_width(_(H_STATE));
		for (i = 0; i < DLG_NSTATES; i++)
			rl->w_state = max_sz(rl->w_state,
			    label_width(dlg_state_label((enum dlg_state)i)));
		rl->w_body = max_sz(W_BODY, label_width(_(H_BODY)));
		rl->w_title = max_sz(W_TITLE, label_width(_(H_TITLE)));
		rl->w_date = max_sz(W_DATE, label_width(_(H_DATE)));
		text_cell(fp, _(H_REF), rl->w_ref);
		text_cell(fp, _(H_STATE), rl->w_state);
		text_cell(fp, _(H_BODY), rl->w_body);
		text_cell(fp, _(H_TITLE), rl->w_title);
		text_cell(fp, _(H_DATE), rl->w_date);
		rtext_put(fp, _(H_FLAGS), 0);
		putc('\n', fp);
		break;
	}
	return rl;
}

void
report_next_date(const struct dialogue *d, const struct dlg_settings *s,
    char *buf, size_t size)
{
	const char *v = NULL;
	long due;

	buf[0] = '\0';
	switch (d->state) {
	case DLG_PROPOSED:
	case DLG_DECIDED:
		v = dlg_get(d, F_DECISION_DEADLINE);
		break;
	case DLG_PLANNED:
		v = dlg_get(d, F_PLANNED_START);
		break;
	case DLG_RUNNING:
		v = dlg_get(d, F_PLANNED_END);
		break;
	case DLG_REPORTED:
		if (dlg_feedback_due(d, s, &due) == 0)
			dlg_date_format(due, buf, size);
		return;
	case DLG_FED_BACK:
		if (dlg_evaluation_due(d, s, &due) == 0)
			dlg_date_format(due, buf, size);
		return;
	default:
		return;
	}
	if (v != NULL)
		snprintf(buf, size, "%s", v);
}

static void
text_row(struct report_list *rl, const struct dialogue *d)
{
	struct dlg_issues w = { 0 };
	char date[16], flags[32];
	unsigned fl = 0;
	size_t i, n = 0;
	FILE *fp = rl->fp;

	dlg_warnings(d, rl->s, rl->today, &w);
	if (dlg_is_overdue(d, rl->s, rl->today))
		fl |= FLAG_OVERDUE;
	if (rrec_has_warning(&w, CODE_NOT_INFLUENCEABLE))
		fl |= FLAG_LATE;
	for (i = 0; i < w.n; i++)
		if (strcmp(w.v[i].code, CODE_NOT_INFLUENCEABLE) != 0 &&
		    strcmp(w.v[i].code, "feedback_overdue") != 0 &&
		    strcmp(w.v[i].code, "evaluation_overdue") != 0)
			fl |= FLAG_WARN;
	dlg_issues_clear(&w);
	/* The same translated letters as the screens' list. */
	if (fl & FLAG_OVERDUE)
		n += (size_t)snprintf(flags + n, sizeof flags - n, "%s",
		    flag_overdue());
	if (fl & FLAG_LATE)
		n += (size_t)snprintf(flags + n, sizeof flags - n, "%s",
		    flag_late());
	if (fl & FLAG_WARN)
		n += (size_t)snprintf(flags + n, sizeof flags - n, "%s",
		    flag_warn());
	flags[n] = '\0';
	rl->flags_seen |= fl;

	report_next_date(d, rl->s, date, sizeof date);
	text_cell(fp, d->ref, rl->w_ref);
	text_cell(fp, dlg_state_label(d->state), rl->w_state);
	text_cell(fp, dlg_deciding_body(d, rl->s), rl->w_body);
	if (date[0] == '\0' && n == 0) {
		last_cell(fp, dlg_get(d, F_TITLE), rl->w_title);
	} else if (n == 0) {
		text_cell(fp, dlg_get(d, F_TITLE), rl->w_title);
		rtext_put(fp, date, 0);
	} else {
		text_cell(fp, dlg_get(d, F_TITLE), rl->w_title);
		text_cell(fp, date, rl->w_date);
		fputs(flags, fp);
	}
	putc('\n', fp);
}

void
report_list_row(struct report_list *rl, const struct dialogue *d)
{
	rl->count++;
	switch (rl->fmt) {
	case FMT_CSV:
		rrec_csv_row(rl->fp, &rl->row, d, rl->s, rl->today);
		break;
	case FMT_JSON:
		rrec_json(&rl->json, d, rl->s, rl->today, 0);
		break;
	case FMT_TEXT:
		text_row(rl, d);
		break;
	}
}

void
report_list_end(struct report_list *rl)
{
	FILE *fp = rl->fp;

	switch (rl->fmt) {
	case FMT_CSV:
		break;
	case FMT_JSON:
		rj_close(&rl->json, 1);
		break;
	case FMT_TEXT:
		putc('\n', fp);
		fprintf(fp, ngettext("%ld dialogue.\n", "%ld dialogues.\n",
		    (unsigned long)rl->count), rl->count);
		/* TRANSLATORS: legend under the list: a flag letter and
		   what it means */
		if (rl->flags_seen & FLAG_OVERDUE)
			fprintf(fp, _("  %s  feedback or evaluation is "
			    "overdue\n"), flag_overdue());
		if (rl->flags_seen & FLAG_LATE)
			fprintf(fp, _("  %s  no longer open to influence: the "
			    "planned end is after the decision deadline\n"),
			    flag_late());
		if (rl->flags_seen & FLAG_WARN)
			fprintf(fp, _("  %s  other warnings: 'dialogreg show "
			    "REF' lists them\n"), flag_warn());
		break;
	}
	rrec_list_row_free(&rl->row);
	free(rl);
}
