/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * followup.c: the annual follow-up for the dialogue strategist [S:KLK]:
 * for the dialogues of a year, how many each deciding body held, on which
 * step of the ladder and with which methods; sessions and participants;
 * the share reported in the decision basis, fed back in time [T4] and
 * evaluated; how far the dialogues influenced the decisions; and the list
 * of the year's dialogues with their state. Each share is shown with
 * what it counts ("75 % (3 of 4)"), so the figures can be checked; the
 * printed document shows the counts and shares as bar charts (drawn in
 * the PDF, rows of figures in the text) and the participants per month
 * of the sessions. As a printable document (print.c) or as CSV.
 */
#include "config.h"

#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "util.h"
#include "report-int.h"

/* A name and how many dialogues have it. */
struct fu_count {
	char	*name;
	long	 n;
};
struct fu_counts {
	struct fu_count	*v;
	size_t		 n;
};

struct fu_dialogue {
	char		*ref, *title;
	enum dlg_state	 state;
};

/* The influence tokens, in order, and their labels (the domain's). */
static const char *const infl_token[] = { "yes", "partly", "no", "unknown" };
static const char *const infl_label[] = {
	N_("Yes"), N_("Partly"), N_("No"), N_("Not yet known"),
};
#define NINFL 4

struct report_followup {
	const struct dlg_settings	*s;
	long				 today;
	int				 year;
	long				 total;
	long long			 sessions, participants;
	struct fu_counts		 bodies, methods;
	long				 level[DLG_NLEVELS + 1];
	long				 held;		/* sessions held */
	long				 reported;	/* of held */
	long				 due, in_time;	/* feedback */
	long				 evaluated;	/* of held */
	long				 infl[NINFL];	/* of evaluated */
	struct fu_dialogue		*v;
	size_t				 nv;
	/* participants per month of the sessions (full loads only):
	 * months[k] is month first_month + k, counted as year * 12 +
	 * month - 1 */
	long long			*months;
	size_t				 nmonths;
	long				 first_month;
};

struct report_followup *
report_followup_begin(const struct dlg_settings *s, long today, int year)
{
	struct report_followup *fu = xcalloc(1, sizeof *fu);

	fu->s = s;
	fu->today = today;
	fu->year = year;
	return fu;
}

static void
count(struct fu_counts *c, const char *name)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (strcmp(c->v[i].name, name) == 0) {
			c->v[i].n++;
			return;
		}
	c->v = xrealloc(c->v, (c->n + 1) * sizeof *c->v);
	c->v[c->n].name = xstrdup(name);
	c->v[c->n++].n = 1;
}

static int
count_cmp(const void *a, const void *b)
{
	const struct fu_count *x = a, *y = b;

	if (x->n != y->n)
		return x->n < y->n ? 1 : -1;
	return strcoll(x->name, y->name);
}

static int
days(const char *date, long *out)
{
	return date != NULL && dlg_date_parse(date, out, NULL) == 0;
}

/*
 * Feedback in time [T4]: due feedback_days after the later of the last
 * session and the result summary. Counted when feedback was given, or
 * when the day it was due has passed; in time when the first feedback
 * came on or before that day.
 */
static void
feedback_in_time(struct report_followup *fu, const struct dialogue *d)
{
	long last, res, first, due;
	int has_last = days(d->last_session, &last);

	if (days(dlg_get(d, F_RESULT_DATE), &res) &&
	    (!has_last || res > last)) {
		last = res;
		has_last = 1;
	}
	if (!has_last)
		return;
	due = last + fu->s->feedback_days;
	if (days(d->first_feedback, &first)) {
		fu->due++;
		if (first <= due)
			fu->in_time++;
	} else if (fu->today > due)
		fu->due++;
}

/* The participants of d's sessions (loaded ones) in their months. */
static void
count_months(struct report_followup *fu, const struct dialogue *d)
{
	const struct dlg_session *se;
	long m, k, from, to;
	int y, mo;
	size_t i, j;

	for (i = 0; i < d->nsessions; i++) {
		se = &d->sessions[i];
		if (se->participants <= 0 || se->date == NULL ||
		    sscanf(se->date, "%4d-%2d", &y, &mo) != 2 || mo < 1 ||
		    mo > 12)
			continue;
		m = (long)y * 12 + mo - 1;
		if (fu->nmonths == 0) {
			fu->first_month = m;
			fu->months = xcalloc(1, sizeof *fu->months);
			fu->nmonths = 1;
		}
		/* grow the range of months to hold m, zeros between */
		from = m < fu->first_month ? m : fu->first_month;
		to = m > fu->first_month + (long)fu->nmonths - 1 ? m :
		    fu->first_month + (long)fu->nmonths - 1;
		if (from != fu->first_month ||
		    to - from + 1 != (long)fu->nmonths) {
			long long *v = xcalloc((size_t)(to - from + 1),
			    sizeof *v);

			for (j = 0; j < fu->nmonths; j++)
				v[fu->first_month - from + (long)j] =
				    fu->months[j];
			free(fu->months);
			fu->months = v;
			fu->nmonths = (size_t)(to - from + 1);
			fu->first_month = from;
		}
		k = m - fu->first_month;
		fu->months[k] += se->participants;
	}
}

void
report_followup_add(struct report_followup *fu, const struct dialogue *d)
{
	const struct dlg_items *m = dlg_list(d, F_METHODS);
	const char *body = dlg_deciding_body(d, fu->s), *infl, *title;
	struct fu_dialogue *e;
	size_t i;

	fu->total++;
	count(&fu->bodies, body != NULL ? body : "");
	fu->level[dlg_level_from_token(dlg_get(d, F_LEVEL))]++;
	for (i = 0; i < m->n; i++)
		count(&fu->methods, m->v[i].name);
	fu->sessions += dlg_sessions_held(d);
	fu->participants += d->n_participants;
	count_months(fu, d);
	if (dlg_sessions_held(d) > 0) {
		fu->held++;
		if (dlg_get(d, F_REPORT_REFERENCE) != NULL)
			fu->reported++;
		feedback_in_time(fu, d);
		if (dlg_get(d, F_EVALUATION_DATE) != NULL) {
			fu->evaluated++;
			infl = dlg_get(d, F_INFLUENCE);
			for (i = 0; i < NINFL - 1; i++)
				if (infl != NULL &&
				    strcmp(infl, infl_token[i]) == 0)
					break;
			fu->infl[i]++;	/* none recorded: not yet known */
		}
	}
	fu->v = xrealloc(fu->v, (fu->nv + 1) * sizeof *fu->v);
	e = &fu->v[fu->nv++];
	e->ref = xstrdup(d->ref);
	title = dlg_get(d, F_TITLE);
	e->title = xstrdup(title != NULL ? title : "");
	e->state = d->state;
}

/* A share in tenths of a percent, rounded; -1 without a base. */
static long
tenths(long num, long base)
{
	if (base <= 0)
		return -1;
	return (num * 1000 + base / 2) / base;
}

/* "33,3 %" / "50 %" in the user's language, into buf. */
static void
percent(long num, long base, char *buf, size_t size)
{
	long t = tenths(num, base);
	char n[32];
	char *s;

	if (t < 0) {
		snprintf(buf, size, "-");
		return;
	}
	if (t % 10 == 0)
		snprintf(n, sizeof n, "%ld", t / 10);
	else
		snprintf(n, sizeof n, "%ld%s%ld", t / 10,
		    localeconv()->decimal_point, t % 10);
	/* TRANSLATORS: a percentage; Swedish writes a space before the
	   sign: "%s %%" */
	s = xasprintf(_("%s%%"), n);
	snprintf(buf, size, "%s", s);
	free(s);
}

/* "75 % (3 of 4)", or a dash without a base. Caller frees. */
static char *
share(long num, long base)
{
	char p[48];

	if (base <= 0)
		return xstrdup(_("- (none to count)"));
	percent(num, base, p, sizeof p);
	/* TRANSLATORS: a share in the follow-up: "75 % (3 of 4)" */
	return xasprintf(_("%s (%ld of %ld)"), p, num, base);
}

/* ------------------------------------------------------------ text */

/* Bars of counts, each with its share of base: "3\t50 %". */
static void
count_chart(struct report_doc *doc, const char *const *names,
    const long *n, size_t k, long base)
{
	struct report_bar *bars = xcalloc(k, sizeof *bars);
	char p[48];
	size_t i;

	for (i = 0; i < k; i++) {
		percent(n[i], base, p, sizeof p);
		bars[i].label = names[i];
		bars[i].figures = xasprintf("%ld\t%s", n[i], p);
		bars[i].value = n[i];
		bars[i].scale = base;
	}
	report_doc_chart(doc, REPORT_CHART_COUNTS, bars, k);
	for (i = 0; i < k; i++)
		free((char *)bars[i].figures);
	free(bars);
}

/* A share to chart: what it is, and num of base. */
struct fu_share {
	const char	*label;
	long		 num, base;
};

/* A bar per share, "75 % (3 of 4)" beside it. */
static void
share_chart(struct report_doc *doc, const struct fu_share *v, size_t n)
{
	struct report_bar *bars = xcalloc(n, sizeof *bars);
	size_t i;

	for (i = 0; i < n; i++) {
		bars[i].label = v[i].label;
		bars[i].figures = share(v[i].num, v[i].base);
		bars[i].value = v[i].num;
		bars[i].scale = v[i].base;
	}
	report_doc_chart(doc, REPORT_CHART_SHARES, bars, n);
	for (i = 0; i < n; i++)
		free((char *)bars[i].figures);
	free(bars);
}

static void
counts_section(struct report_doc *doc, const char *title,
    struct fu_counts *c, long base, const char *none)
{
	const char **names;
	long *n;
	size_t i;

	report_doc_heading(doc, title);
	if (c->n == 0) {
		report_doc_para(doc, none);
		return;
	}
	qsort(c->v, c->n, sizeof *c->v, count_cmp);
	names = xcalloc(c->n, sizeof *names);
	n = xcalloc(c->n, sizeof *n);
	for (i = 0; i < c->n; i++) {
		names[i] = c->v[i].name;
		n[i] = c->v[i].n;
	}
	count_chart(doc, names, n, c->n, base);
	free(names);
	free(n);
}

/* The participants of each month from the first session to the last,
 * "april 2026" in the user's language. */
static void
months_section(struct report_doc *doc, const struct report_followup *fu)
{
	struct report_bar *bars;
	char **labels;
	size_t i;
	long m;

	/* TRANSLATORS: heading of the follow-up */
	report_doc_heading(doc, _("Participants per month"));
	if (fu->nmonths == 0) {
		report_doc_para(doc, _("No participants have been counted at "
		    "sessions yet."));
		return;
	}
	bars = xcalloc(fu->nmonths, sizeof *bars);
	labels = xcalloc(fu->nmonths, sizeof *labels);
	for (i = 0; i < fu->nmonths; i++) {
		m = fu->first_month + (long)i;
		labels[i] = xasprintf("%s %ld",
		    nl_langinfo((nl_item)(MON_1 + (int)(m % 12))), m / 12);
		bars[i].label = labels[i];
		bars[i].figures = xasprintf("%lld", fu->months[i]);
		bars[i].value = (long)fu->months[i];
	}
	report_doc_chart(doc, REPORT_CHART_COUNTS, bars, fu->nmonths);
	for (i = 0; i < fu->nmonths; i++) {
		free(labels[i]);
		free((char *)bars[i].figures);
	}
	free(labels);
	free(bars);
}

static void
put_num(struct report_doc *doc, const char *label, long long v)
{
	char num[32];

	snprintf(num, sizeof num, "%lld", v);
	report_doc_field(doc, label, num);
}

struct report_doc *
report_followup_doc(struct report_followup *fu)
{
	struct report_doc *doc;
	const char *names[DLG_NLEVELS + 1];
	long n[DLG_NLEVELS + 1];
	struct fu_share shares[NINFL];
	char *subject, *label, *cut;
	size_t i, k, sw = 0, lw;

	/* TRANSLATORS: subject of the follow-up, in the page header */
	subject = xasprintf(_("Citizen dialogues registered in %d"), fu->year);
	/* TRANSLATORS: the kind of document, in the header of each page */
	doc = report_doc_new(fu->s->municipality, _("Annual follow-up"),
	    subject, "", fu->today);
	report_doc_cite(doc, fu->s);
	free(subject);
	report_doc_label_width(doc, 34);

	/* TRANSLATORS: heading of the follow-up */
	report_doc_heading(doc, _("In figures"));
	/* TRANSLATORS: label in the follow-up */
	put_num(doc, _("Dialogues"), fu->total);
	/* TRANSLATORS: label in the follow-up */
	put_num(doc, _("Dialogues that held sessions"), fu->held);
	/* TRANSLATORS: label in the follow-up */
	put_num(doc, _("Sessions held"), fu->sessions);
	/* TRANSLATORS: label in the follow-up */
	put_num(doc, _("Participants in all"), fu->participants);
	report_doc_blank(doc);
	report_doc_para(doc, _("Of the dialogues that held sessions:"));
	label = xasprintf(ngettext("Fed back within %d day",
	    "Fed back within %d days", (unsigned long)fu->s->feedback_days),
	    fu->s->feedback_days);
	/* TRANSLATORS: label in the follow-up [T4] */
	shares[0].label = _("Reported in the decision basis");
	shares[0].num = fu->reported;
	shares[0].base = fu->held;
	shares[1].label = label;
	shares[1].num = fu->in_time;
	shares[1].base = fu->due;
	/* TRANSLATORS: label in the follow-up */
	shares[2].label = _("Evaluation recorded");
	shares[2].num = fu->evaluated;
	shares[2].base = fu->held;
	share_chart(doc, shares, 3);
	free(label);
	report_doc_blank(doc);
	report_doc_para(doc, _("A dialogue counts towards the share fed back in "
	    "time once its feedback was given or its due date has passed."));

	months_section(doc, fu);

	/* TRANSLATORS: heading of the follow-up */
	report_doc_heading(doc,
	    _("Did the dialogues influence the decisions?"));
	if (fu->evaluated == 0)
		report_doc_para(doc, _("No dialogue of the year has been "
		    "evaluated yet."));
	else {
		report_doc_para(doc, _("Of the evaluated dialogues:"));
		for (i = 0; i < NINFL; i++) {
			shares[i].label = _(infl_label[i]);
			shares[i].num = fu->infl[i];
			shares[i].base = fu->evaluated;
		}
		share_chart(doc, shares, NINFL);
	}

	/* TRANSLATORS: heading of the follow-up */
	counts_section(doc, _("Dialogues per deciding body"), &fu->bodies,
	    fu->total, _("There are no dialogues to count."));

	/* TRANSLATORS: heading of the follow-up */
	report_doc_heading(doc, _("Dialogues per participation level"));
	for (i = 1, k = 0; i <= DLG_NLEVELS; i++) {
		names[k] = dlg_level_label((int)i);
		n[k++] = fu->level[i];
	}
	if (fu->level[0] > 0) {
		/* TRANSLATORS: follow-up: dialogues without a level yet */
		names[k] = _("Not chosen yet");
		n[k++] = fu->level[0];
	}
	count_chart(doc, names, n, k, fu->total);

	/* TRANSLATORS: heading of the follow-up */
	counts_section(doc, _("Dialogues per method"), &fu->methods,
	    fu->total, _("No methods have been chosen yet."));
	report_doc_para(doc, _("A dialogue with several methods counts once "
	    "for each."));

	/* TRANSLATORS: heading of the follow-up */
	report_doc_heading(doc, _("The dialogues of the year"));
	if (fu->nv == 0)
		report_doc_para(doc, _("There are no dialogues to count."));
	for (i = 0; i < fu->nv; i++)
		if ((lw = report_width(dlg_state_label(fu->v[i].state))) > sw)
			sw = lw;
	for (i = 0; i < fu->nv; i++) {
		struct strbuf sb;
		char *c;

		sb_init(&sb);
		sb_addf(&sb, "%s  ", fu->v[i].ref);
		c = report_sanitize(dlg_state_label(fu->v[i].state), 0);
		sb_add(&sb, c);
		for (lw = report_width(c); lw < sw; lw++)
			sb_addc(&sb, ' ');
		free(c);
		sb_add(&sb, "  ");
		c = report_sanitize(fu->v[i].title, 0);
		lw = report_width(sb.buf);
		cut = rtext_fit(c, lw < REPORT_PAGE_COLS ?
		    REPORT_PAGE_COLS - lw : 1);
		sb_add(&sb, cut);
		free(cut);
		free(c);
		report_doc_line(doc, sb.buf);
		sb_release(&sb);
	}
	return doc;
}

/* ------------------------------------------------------------ CSV */

static void
csv_row(FILE *fp, const char *section, const char *key, const char *name,
    const char *state, long long num, long base)
{
	long t = tenths((long)num, base);

	report_csv_field(fp, section);
	putc(',', fp);
	report_csv_field(fp, key);
	putc(',', fp);
	report_csv_field(fp, name);
	putc(',', fp);
	report_csv_field(fp, state);
	if (num >= 0)
		fprintf(fp, ",%lld", num);
	else
		putc(',', fp);
	if (base >= 0)
		fprintf(fp, ",%ld", base);
	else
		putc(',', fp);
	/* a share as a number with a point, whatever the locale */
	if (t >= 0 && t % 10 == 0)
		fprintf(fp, ",%ld", t / 10);
	else if (t >= 0)
		fprintf(fp, ",%ld.%ld", t / 10, t % 10);
	else
		putc(',', fp);
	rcsv_eol(fp);
}

void
report_followup_csv(struct report_followup *fu, FILE *fp)
{
	size_t i;

	rcsv_bom(fp);
	fputs("section,key,name,state,count,base,percent", fp);
	rcsv_eol(fp);
	csv_row(fp, "total", "dialogues", NULL, NULL, fu->total, -1);
	csv_row(fp, "held", "dialogues", NULL, NULL, fu->held, fu->total);
	csv_row(fp, "sessions", "sessions", NULL, NULL, fu->sessions, -1);
	csv_row(fp, "participants", "participants", NULL, NULL,
	    fu->participants, -1);
	for (i = 0; i < fu->nmonths; i++) {
		long m = fu->first_month + (long)i;
		char key[48];

		snprintf(key, sizeof key, "%04ld-%02ld", m / 12, m % 12 + 1);
		csv_row(fp, "participants_month", key, NULL, NULL,
		    fu->months[i], -1);
	}
	/* qsort's array may not be NULL, even for no items. */
	if (fu->bodies.n > 1)
		qsort(fu->bodies.v, fu->bodies.n,
		    sizeof *fu->bodies.v, count_cmp);
	for (i = 0; i < fu->bodies.n; i++)
		csv_row(fp, "body", fu->bodies.v[i].name,
		    fu->bodies.v[i].name, NULL, fu->bodies.v[i].n, fu->total);
	for (i = 1; i <= DLG_NLEVELS; i++)
		csv_row(fp, "level", dlg_level_token((int)i),
		    dlg_level_label((int)i), NULL, fu->level[i], fu->total);
	csv_row(fp, "level", "unset", _("Not chosen yet"), NULL,
	    fu->level[0], fu->total);
	/* qsort's array may not be NULL, even for no items. */
	if (fu->methods.n > 1)
		qsort(fu->methods.v, fu->methods.n,
		    sizeof *fu->methods.v, count_cmp);
	for (i = 0; i < fu->methods.n; i++)
		csv_row(fp, "method", fu->methods.v[i].name,
		    fu->methods.v[i].name, NULL, fu->methods.v[i].n,
		    fu->total);
	csv_row(fp, "reported", "reported", NULL, NULL, fu->reported,
	    fu->held);
	csv_row(fp, "fed_back_in_time", "fed_back_in_time", NULL, NULL,
	    fu->in_time, fu->due);
	csv_row(fp, "evaluated", "evaluated", NULL, NULL, fu->evaluated,
	    fu->held);
	for (i = 0; i < NINFL; i++)
		csv_row(fp, "influence", infl_token[i], _(infl_label[i]), NULL,
		    fu->infl[i], fu->evaluated);
	for (i = 0; i < fu->nv; i++)
		csv_row(fp, "dialogue", fu->v[i].ref, fu->v[i].title,
		    dlg_state_token(fu->v[i].state), -1, -1);
}

void
report_followup_free(struct report_followup *fu)
{
	size_t i;

	if (fu == NULL)
		return;
	for (i = 0; i < fu->bodies.n; i++)
		free(fu->bodies.v[i].name);
	free(fu->bodies.v);
	for (i = 0; i < fu->methods.n; i++)
		free(fu->methods.v[i].name);
	free(fu->methods.v);
	for (i = 0; i < fu->nv; i++) {
		free(fu->v[i].ref);
		free(fu->v[i].title);
	}
	free(fu->v);
	free(fu->months);
	free(fu);
}
