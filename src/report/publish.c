/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * publish.c: the pages of the public web listing [T4 last bullet]: the
 * index of upcoming, ongoing, finished and cancelled dialogues, the page
 * on how residents can take part (the participation ladder [S:Metod]
 * explained) and one page per dialogue, which says how to take part:
 * the sessions, the link to their calendar (ical.c writes it) and the
 * municipality's contact channel. What a page shows is chosen here,
 * field by field, so that nothing personal reaches the web: no contact
 * details or contributions, no names of people (initiator, process owner
 * and leader, politicians, session notes), no reason of a cancellation.
 * Headings go h1 > h2 > h3 without gaps; tables have header cells with
 * scope.
 */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "util.h"
#include "html-int.h"
#include "report-int.h"

#define EN_DASH	"\xe2\x80\x93"

int
report_public(const struct dialogue *d)
{
	return d->state != DLG_PROPOSED && d->state != DLG_REJECTED;
}

/* d's reference as a file name with the extension ext into buf. */
static int
public_name(const struct dialogue *d, const char *ext, char *buf,
    size_t size)
{
	const char *p;

	if (d->ref == NULL || *d->ref == '\0' || d->ref[0] == '.')
		return -1;
	for (p = d->ref; *p != '\0'; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || *p == '-' || *p == '_'))
			return -1;
	if ((size_t)snprintf(buf, size, "%s.%s", d->ref, ext) >= size)
		return -1;
	return 0;
}

int
report_public_file(const struct dialogue *d, char *buf, size_t size)
{
	return public_name(d, "html", buf, size);
}

int
report_public_calendar_file(const struct dialogue *d, char *buf,
    size_t size)
{
	return d->nsessions > 0 && public_name(d, "ics", buf, size) == 0;
}

/* The day of session s, or -1 when it has none that parses. */
static long
session_day(const struct dlg_session *s)
{
	long days;

	return dlg_date_parse(s->date, &days, NULL) == 0 ? days : -1;
}

int
report_public_upcoming(const struct dialogue *d, long today)
{
	size_t i;

	for (i = 0; i < d->nsessions; i++)
		if (session_day(&d->sessions[i]) >= today)
			return 1;
	return 0;
}

/* ------------------------------------------------------------ helpers */

/* A translated format, filled in and escaped. */
static void DLG_PRINTF(2, 3)
put_f(FILE *fp, const char *fmt, ...)
{
	struct strbuf sb;
	va_list ap;

	sb_init(&sb);
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	report_html_escape(fp, sb.buf);
	sb_release(&sb);
}

static void
heading(FILE *fp, int level, const char *text)
{
	fprintf(fp, "<h%d>", level);
	report_html_escape(fp, text);
	fprintf(fp, "</h%d>\n", level);
}

static void
para(FILE *fp, const char *text)
{
	fputs("<p>", fp);
	report_html_escape(fp, text);
	fputs("</p>\n", fp);
}

static int
empty(const char *s)
{
	return s == NULL || *s == '\0';
}

/* A term and its description in a <dl>; nothing when value is empty. */
static void
term(FILE *fp, const char *label, const char *value)
{
	if (empty(value))
		return;
	fputs("<dt>", fp);
	report_html_escape(fp, label);
	fputs("</dt>\n<dd>", fp);
	report_html_escape(fp, value);
	fputs("</dd>\n", fp);
}

/* A header cell of a table's head. */
static void
col(FILE *fp, const char *text)
{
	fputs("<th scope=\"col\">", fp);
	report_html_escape(fp, text);
	fputs("</th>", fp);
}

/* A data cell. */
static void
cell(FILE *fp, const char *text)
{
	fputs("<td>", fp);
	report_html_escape(fp, text);
	fputs("</td>", fp);
}

/* A session's times of day: "18:00–20:00", "18:00", "–20:00" or "".
 * Caller frees. */
static char *
session_times(const struct dlg_session *s)
{
	int a = !empty(s->time_start), b = !empty(s->time_end);

	if (a && b)
		return xasprintf("%s" EN_DASH "%s", s->time_start,
		    s->time_end);
	if (a)
		return xstrdup(s->time_start);
	if (b)
		return xasprintf(EN_DASH "%s", s->time_end);
	return xstrdup("");
}

/* A link to a calendar file: marked as one, so that a browser can hand
 * it to the reader's calendar program. */
static void
calendar_link(FILE *fp, const char *file, const char *text)
{
	fputs("<p><a href=\"", fp);
	report_html_escape(fp, file);
	fputs("\" type=\"text/calendar\">", fp);
	report_html_escape(fp, text);
	fputs("</a></p>\n", fp);
}

static const char *
field_label(enum dlg_field f)
{
	return _(dlg_fields[f].label);
}

static int
level_of(const struct dialogue *d)
{
	return dlg_level_from_token(dlg_get(d, F_LEVEL));
}

/* "2026-04-01 – 2026-06-30", or what is known of it. Caller frees. */
static char *
period(const struct dialogue *d)
{
	const char *a = dlg_get(d, F_PLANNED_START);
	const char *b = dlg_get(d, F_PLANNED_END);

	if (!empty(a) && !empty(b))
		return xasprintf("%s " EN_DASH " %s", a, b);
	if (!empty(a))
		/* TRANSLATORS: a period with only its start known */
		return xasprintf(_("from %s"), a);
	if (!empty(b))
		/* TRANSLATORS: a period with only its end known */
		return xasprintf(_("until %s"), b);
	return xstrdup("");
}

/* ------------------------------------------------------------ index */

enum group {
	G_UPCOMING, G_ONGOING, G_FINISHED, G_INFORMATION, G_CANCELLED, G_N
};

/*
 * The table of the index a dialogue is listed in. A dialogue at level
 * Information is information about a decision already taken, not a
 * dialogue residents can influence [S:Metod][T2.3]: it is listed apart,
 * under a heading that says so, never among the upcoming, ongoing or
 * finished dialogues ("take part"); a cancelled one stays with the
 * cancelled.
 */
static enum group
group_of(const struct dialogue *d)
{
	if (d->state != DLG_CANCELLED &&
	    level_of(d) == DLG_LEVEL_INFORMATION)
		return G_INFORMATION;
	switch (d->state) {
	case DLG_RUNNING:
		return G_ONGOING;
	case DLG_REPORTED:
	case DLG_FED_BACK:
	case DLG_EVALUATED:
		return G_FINISHED;
	case DLG_CANCELLED:
		return G_CANCELLED;
	default:
		return G_UPCOMING;
	}
}

static const char *const group_heading[G_N] = {
	/* TRANSLATORS: heading on the web listing */
	N_("Upcoming dialogues"),
	/* TRANSLATORS: heading on the web listing */
	N_("Ongoing dialogues"),
	/* TRANSLATORS: heading on the web listing */
	N_("Finished dialogues"),
	/* TRANSLATORS: heading on the web listing: dialogues at level
	   Information, where residents cannot influence the question */
	N_("Information about decisions already taken"),
	/* TRANSLATORS: heading on the web listing */
	N_("Cancelled dialogues"),
};

static void
index_table(FILE *fp, const struct report_public_in *in, enum group g,
    const struct dialogue *const *v, size_t n)
{
	char file[256], *per;
	size_t i, shown = 0;
	int level;

	for (i = 0; g == G_INFORMATION && i < n; i++)
		if (group_of(v[i]) == g)
			break;
	/* Only a register that has such dialogues explains them. */
	if (g == G_INFORMATION && i == n)
		return;
	heading(fp, 2, _(group_heading[g]));
	if (g == G_INFORMATION)
		para(fp, _("Here the municipality informs about decisions "
		    "already taken. You cannot influence these questions, but "
		    "you can read what was decided and ask about it."));
	for (i = 0; i < n; i++) {
		if (group_of(v[i]) != g ||
		    report_public_file(v[i], file, sizeof file) != 0)
			continue;
		if (shown++ == 0) {
			fputs("<table>\n<thead>\n<tr>", fp);
			/* TRANSLATORS: column headers of the web listing */
			fputs("<th scope=\"col\">", fp);
			report_html_escape(fp, _("Dialogue"));
			fputs("</th><th scope=\"col\">", fp);
			report_html_escape(fp, field_label(F_LEVEL));
			fputs("</th><th scope=\"col\">", fp);
			/* TRANSLATORS: column header: planned start - end */
			report_html_escape(fp, _("Period"));
			fputs("</th><th scope=\"col\">", fp);
			/* TRANSLATORS: column header of the web listing */
			report_html_escape(fp, _("Deciding body"));
			fputs("</th><th scope=\"col\">", fp);
			report_html_escape(fp, _("State"));
			fputs("</th></tr>\n</thead>\n<tbody>\n", fp);
		}
		fputs("<tr><th scope=\"row\"><a href=\"", fp);
		report_html_escape(fp, file);
		fputs("\">", fp);
		report_html_escape(fp, dlg_get(v[i], F_TITLE));
		fputs("</a></th><td>", fp);
		level = level_of(v[i]);
		report_html_escape(fp, level > 0 ? dlg_level_label(level) :
		    /* TRANSLATORS: a level of participation not yet set */
		    _("not decided yet"));
		fputs("</td><td>", fp);
		per = period(v[i]);
		report_html_escape(fp, per);
		free(per);
		fputs("</td><td>", fp);
		report_html_escape(fp, dlg_deciding_body(v[i], in->s));
		fputs("</td><td>", fp);
		report_html_escape(fp, dlg_state_label(v[i]->state));
		fputs("</td></tr>\n", fp);
	}
	if (shown > 0)
		fputs("</tbody>\n</table>\n", fp);
	else
		/* TRANSLATORS: under a heading of the web listing */
		para(fp, _("There are none at the moment."));
}

/* A session to come, for the index's list of the coming weeks. */
struct agenda_row {
	const struct dialogue		*d;
	const struct dlg_session	*s;
	long				 day;
};

static int
by_when(const void *a, const void *b)
{
	const struct agenda_row *x = a, *y = b;
	int c;

	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	/* No time of day first: the day's own events, then by start. */
	c = strcmp(x->s->time_start != NULL ? x->s->time_start : "",
	    y->s->time_start != NULL ? y->s->time_start : "");
	if (c == 0)
		c = strcmp(x->d->ref, y->d->ref);
	if (c == 0)
		c = (x->s->id > y->s->id) - (x->s->id < y->s->id);
	return c;
}

/*
 * When residents can come in the coming weeks, across the dialogues:
 * each session's day and times, its dialogue (linked), its place. Not
 * those of a cancelled dialogue: they will not be held (its own page
 * and the calendar say so).
 */
static void
index_agenda(FILE *fp, const struct report_public_in *in,
    const struct dialogue *const *up, size_t nup)
{
	struct agenda_row *rows = NULL;
	long day, end = in->today + REPORT_AGENDA_DAYS;
	int weeks = REPORT_AGENDA_DAYS / 7;
	size_t i, j, n = 0, alloc = 0;
	char file[256], *times;

	for (i = 0; i < nup; i++) {
		if (up[i]->state == DLG_CANCELLED ||
		    report_public_file(up[i], file, sizeof file) != 0)
			continue;
		for (j = 0; j < up[i]->nsessions; j++) {
			day = session_day(&up[i]->sessions[j]);
			if (day < in->today || day >= end)
				continue;
			if (n == alloc) {
				alloc = alloc ? 2 * alloc : 16;
				rows = xrealloc(rows, alloc * sizeof *rows);
			}
			rows[n].d = up[i];
			rows[n].s = &up[i]->sessions[j];
			rows[n++].day = day;
		}
	}
	if (n > 0)
		qsort(rows, n, sizeof *rows, by_when);

	fputs("<h2>", fp);
	/* TRANSLATORS: heading on the web listing; %d is a number of
	   weeks */
	put_f(fp, ngettext("Sessions in the coming %d week",
	    "Sessions in the coming %d weeks", (unsigned long)weeks), weeks);
	fputs("</h2>\n", fp);
	if (n == 0)
		para(fp, _("No sessions are planned in the coming weeks."));
	else {
		fputs("<table>\n<thead>\n<tr>", fp);
		/* TRANSLATORS: column headers of the sessions on the web */
		col(fp, _("Date"));
		col(fp, _("Time"));
		col(fp, _("Dialogue"));
		col(fp, _("Place or channel"));
		fputs("</tr>\n</thead>\n<tbody>\n", fp);
	}
	for (i = 0; i < n; i++) {
		fputs("<tr><th scope=\"row\">", fp);
		report_html_escape(fp, rows[i].s->date);
		fputs("</th>", fp);
		times = session_times(rows[i].s);
		cell(fp, times);
		free(times);
		report_public_file(rows[i].d, file, sizeof file);
		fputs("<td><a href=\"", fp);
		report_html_escape(fp, file);
		fputs("\">", fp);
		report_html_escape(fp, dlg_get(rows[i].d, F_TITLE));
		fputs("</a></td>", fp);
		cell(fp, rows[i].s->place);
		fputs("</tr>\n", fp);
	}
	if (n > 0)
		fputs("</tbody>\n</table>\n", fp);
	free(rows);
	calendar_link(fp, REPORT_PUBLIC_FEED, _("All upcoming sessions as a "
	    "calendar to subscribe to (iCalendar file)"));
}

void
report_public_index(FILE *fp, const struct report_public_in *in,
    const struct dialogue *const *v, size_t n,
    const struct dialogue *const *up, size_t nup)
{
	const char *town = in->s != NULL ? in->s->municipality : NULL;
	int g;

	rhtml_begin(fp, in, _("Citizen dialogues"), REPORT_PUBLIC_INDEX);
	if (!empty(town)) {
		fputs("<h1>", fp);
		/* TRANSLATORS: %s is the municipality */
		put_f(fp, _("Citizen dialogues in %s"), town);
		fputs("</h1>\n", fp);
	} else
		heading(fp, 1, _("Citizen dialogues"));
	para(fp, _("In a citizen dialogue the elected representatives ask "
	    "residents for their views before they decide a question. Here "
	    "are the dialogues that are coming up, going on now or finished, "
	    "with what you can influence and what came out of them."));
	fputs("<p><a href=\"" REPORT_PUBLIC_TAKEPART "\">", fp);
	report_html_escape(fp, _("Read how you can take part."));
	fputs("</a></p>\n", fp);
	index_agenda(fp, in, up, nup);
	for (g = 0; g < G_N; g++)
		index_table(fp, in, (enum group)g, v, n);
	rhtml_end(fp, in);
}

/* ------------------------------------------------------------ ladder */

/* What each step means, after the Sollentuna rules [S:Metod]. */
static const char *const level_meaning[DLG_NLEVELS + 1] = {
	NULL,
	N_("The decision has been taken or cannot be influenced. The "
	    "municipality informs, one way, and answers questions. On its own "
	    "this is not a citizen dialogue."),
	N_("Views are collected, often once, for example with a survey, "
	    "interviews or a focus group."),
	N_("Residents and elected representatives exchange thoughts, often "
	    "at several meetings."),
	N_("Residents take part in planning and carrying out the work and "
	    "shape the proposal."),
	N_("Residents and elected representatives decide together, for "
	    "example in a citizens' budget. The formal decision still rests "
	    "with the elected body."),
};

/* The catalogue's methods of one step, joined. Caller frees. */
static char *
methods_of(const struct dlg_methods *m, int step)
{
	struct strbuf sb;
	size_t i;

	sb_init(&sb);
	for (i = 0; m != NULL && i < m->n; i++) {
		if (m->v[i].step != step)
			continue;
		if (sb.len > 0)
			sb_add(&sb, ", ");
		sb_add(&sb, m->v[i].name);
	}
	return sb_detach(&sb);
}

void
report_public_takepart(FILE *fp, const struct report_public_in *in)
{
	char *methods;
	int l;

	rhtml_begin(fp, in, _("How you can take part"),
	    REPORT_PUBLIC_TAKEPART);
	heading(fp, 1, _("How you can take part"));
	para(fp, _("In a citizen dialogue the elected representatives ask "
	    "residents for their views before they decide a question. The "
	    "result is advisory: the decision stays with the elected "
	    "representatives, but your views are put before them when they "
	    "decide."));
	/* TRANSLATORS: heading on the web page on taking part */
	heading(fp, 2, _("The participation ladder"));
	para(fp, _("Before a dialogue starts, the elected representatives "
	    "decide how much residents can influence the question. The "
	    "participation ladder has five steps; the higher the step, the "
	    "more you can influence."));
	fputs("<table>\n<thead>\n<tr><th scope=\"col\">", fp);
	/* TRANSLATORS: column headers of the table of the ladder */
	report_html_escape(fp, _("Step"));
	fputs("</th><th scope=\"col\">", fp);
	report_html_escape(fp, _("You get to"));
	fputs("</th><th scope=\"col\">", fp);
	report_html_escape(fp, _("What it means"));
	fputs("</th><th scope=\"col\">", fp);
	report_html_escape(fp, _("Example methods"));
	fputs("</th></tr>\n</thead>\n<tbody>\n", fp);
	for (l = 1; l <= DLG_NLEVELS; l++) {
		fputs("<tr><th scope=\"row\">", fp);
		/* TRANSLATORS: step number and name of the ladder */
		put_f(fp, _("%d. %s"), l, dlg_level_label(l));
		fputs("</th><td>", fp);
		report_html_escape(fp, dlg_level_gets(l));
		fputs("</td><td>", fp);
		report_html_escape(fp, _(level_meaning[l]));
		fputs("</td><td>", fp);
		methods = methods_of(in->methods, l);
		report_html_escape(fp, methods);
		free(methods);
		fputs("</td></tr>\n", fp);
	}
	fputs("</tbody>\n</table>\n", fp);
	/* TRANSLATORS: heading on the web page on taking part */
	heading(fp, 2, _("What you can expect"));
	fputs("<ul>\n<li>", fp);
	report_html_escape(fp, _("Before a dialogue starts you are told how "
	    "much you can influence and how the result will be used."));
	fputs("</li>\n<li>", fp);
	report_html_escape(fp, _("What comes out of the dialogue is compiled "
	    "and put before the elected representatives who decide."));
	fputs("</li>\n<li>", fp);
	report_html_escape(fp, _("You hear back what was decided and how the "
	    "views counted."));
	fputs("</li>\n</ul>\n", fp);
	fputs("<p><a href=\"" REPORT_PUBLIC_INDEX "\">", fp);
	report_html_escape(fp, _("See the dialogues you can take part in."));
	fputs("</a></p>\n", fp);
	rhtml_end(fp, in);
}

/* ------------------------------------------------------------ dialogue */

/* The names of l; for methods, with the target groups each is meant to
 * reach and why [T4][S:Metod] (groups, never people). */
static void
list_items(FILE *fp, const struct dlg_items *l, int methods)
{
	size_t i;
	char *t;

	fputs("<ul>\n", fp);
	for (i = 0; i < l->n; i++) {
		t = methods ? rtext_method(&l->v[i], 0) :
		    xstrdup(l->v[i].name);
		fputs("<li>", fp);
		report_html_escape(fp, t);
		fputs("</li>\n", fp);
		free(t);
	}
	fputs("</ul>\n", fp);
}

static int
finished(enum dlg_state s)
{
	return s == DLG_REPORTED || s == DLG_FED_BACK || s == DLG_EVALUATED;
}

static void
section_level(FILE *fp, const struct dialogue *d)
{
	int level = level_of(d);

	heading(fp, 2, field_label(F_LEVEL));
	if (level == 0) {
		para(fp, _("The level of participation has not been decided "
		    "yet."));
		return;
	}
	fputs("<p><strong>", fp);
	report_html_escape(fp, dlg_level_label(level));
	fputs("</strong>: ", fp);
	/* TRANSLATORS: %s is what residents get at a step, e.g. "give
	   opinions" */
	put_f(fp, _("you get to %s."), dlg_level_gets(level));
	fputs("</p>\n", fp);
	para(fp, _(level_meaning[level]));
	fputs("<p><a href=\"" REPORT_PUBLIC_TAKEPART "\">", fp);
	report_html_escape(fp, _("About the participation ladder"));
	fputs("</a></p>\n", fp);
}

static void
section_dates(FILE *fp, const struct dialogue *d)
{
	/* TRANSLATORS: heading on a dialogue's web page */
	heading(fp, 2, _("Dates"));
	if (empty(dlg_get(d, F_PLANNED_START)) &&
	    empty(dlg_get(d, F_PLANNED_END)) &&
	    empty(dlg_get(d, F_DECISION_DEADLINE))) {
		para(fp, _("The dates have not been set yet."));
		return;
	}
	fputs("<dl>\n", fp);
	term(fp, field_label(F_PLANNED_START), dlg_get(d, F_PLANNED_START));
	term(fp, field_label(F_PLANNED_END), dlg_get(d, F_PLANNED_END));
	/* TRANSLATORS: the decision deadline, as residents read it */
	term(fp, _("The question will be decided at the latest on"),
	    dlg_get(d, F_DECISION_DEADLINE));
	fputs("</dl>\n", fp);
}

/* When and where residents can come: each session's day and times, its
 * place and method and what makes it accessible [T4], and the calendar
 * of them; never who was there or the notes. */
static void
section_sessions(FILE *fp, const struct dialogue *d)
{
	const struct dlg_session *ss;
	char file[256], *times;
	size_t i;
	int access = 0;

	if (d->nsessions == 0)
		return;
	for (i = 0; i < d->nsessions; i++)
		access |= !empty(d->sessions[i].accessibility);
	/* TRANSLATORS: heading on a dialogue's web page */
	heading(fp, 2, _("Sessions"));
	fputs("<table>\n<thead>\n<tr>", fp);
	/* TRANSLATORS: column headers of the sessions on the web */
	col(fp, _("Date"));
	col(fp, _("Time"));
	col(fp, _("Place or channel"));
	col(fp, _("Method"));
	/* Only when one has notes: an empty column says nothing. */
	if (access)
		col(fp, _("Accessibility"));
	fputs("</tr>\n</thead>\n<tbody>\n", fp);
	for (i = 0; i < d->nsessions; i++) {
		ss = &d->sessions[i];
		fputs("<tr><th scope=\"row\">", fp);
		report_html_escape(fp, ss->date);
		fputs("</th>", fp);
		times = session_times(ss);
		cell(fp, times);
		free(times);
		cell(fp, ss->place);
		cell(fp, ss->method);
		if (access)
			cell(fp, ss->accessibility);
		fputs("</tr>\n", fp);
	}
	fputs("</tbody>\n</table>\n", fp);
	if (report_public_calendar_file(d, file, sizeof file))
		calendar_link(fp, file, ngettext("Add the session to your "
		    "calendar (iCalendar file)", "Add the sessions to your "
		    "calendar (iCalendar file)", (unsigned long)d->nsessions));
}

/*
 * text (a translated sentence) with the contact channel where the
 * marker MARK stands: the text escaped, each e-mail address of the
 * channel a mailto link.
 */
#define MARK	"\x01"

static void
put_contact(FILE *fp, const char *text, const char *contact)
{
	const char *m = strstr(text, MARK);
	size_t pos = 0, done = 0, a, len;
	char *part;

	part = xstrndup(text, m != NULL ? (size_t)(m - text) : strlen(text));
	report_html_escape(fp, part);
	free(part);
	if (m == NULL)
		return;
	while (dlg_contact_address(contact, &pos, &a, &len)) {
		part = xstrndup(contact + done, a - done);
		report_html_escape(fp, part);
		free(part);
		part = xstrndup(contact + a, len);
		fputs("<a href=\"mailto:", fp);
		report_html_escape(fp, part);
		fputs("\">", fp);
		report_html_escape(fp, part);
		fputs("</a>", fp);
		free(part);
		done = a + len;
	}
	report_html_escape(fp, contact + done);
	report_html_escape(fp, m + strlen(MARK));
}

/*
 * How to send a view while the dialogue is to come or going on [T4]:
 * the municipality's channel (the register's setting, an office's, never
 * a person's) and the reference to mark it with, so that it reaches the
 * dialogue; at level Information, where to ask about the decision.
 * Support to take part (interpreter, sign language) is asked for there
 * too [T4 språk, funktionsnedsättning]. Nothing when no channel is set
 * (publish warns).
 */
static void
section_contact(FILE *fp, const struct report_public_in *in,
    const struct dialogue *d)
{
	const char *contact = in->s != NULL ? in->s->contact : NULL;
	int info = level_of(d) == DLG_LEVEL_INFORMATION;
	char *t;

	if (empty(contact) || (d->state != DLG_DECIDED &&
	    d->state != DLG_PLANNED && d->state != DLG_RUNNING))
		return;
	/* TRANSLATORS: headings on a dialogue's web page */
	heading(fp, 2, info ? _("Questions") : _("Send your views"));
	t = xasprintf(info ?
	    /* TRANSLATORS: the first %s is the municipality's contact
	       channel, the second the dialogue's reference */
	    _("You can send questions about the decision to %s. Mark them "
	    "%s.") :
	    /* TRANSLATORS: the first %s is the municipality's contact
	       channel, the second the dialogue's reference */
	    _("Send your views on the question to %s. Mark them %s, so "
	    "that they reach the right dialogue."), MARK, d->ref);
	fputs("<p>", fp);
	put_contact(fp, t, contact);
	fputs("</p>\n", fp);
	free(t);
	para(fp, _("Do you need an interpreter, sign language or other "
	    "support to take part? Contact the municipality in good time."));
}

static void
section_bodies(FILE *fp, const struct report_public_in *in,
    const struct dialogue *d)
{
	const struct dlg_items *bodies = dlg_list(d, F_BODIES);

	/* TRANSLATORS: heading on a dialogue's web page */
	heading(fp, 2, _("Who is responsible"));
	fputs("<dl>\n", fp);
	term(fp, _("Deciding body"), dlg_deciding_body(d, in->s));
	term(fp, field_label(F_SENDER), dlg_get(d, F_SENDER));
	fputs("</dl>\n", fp);
	if (bodies->n > 0) {
		/* TRANSLATORS: heading on a dialogue's web page */
		heading(fp, 3, _("Bodies concerned"));
		list_items(fp, bodies, 0);
	}
}

static void
section_result(FILE *fp, const struct dialogue *d)
{
	const struct dlg_feedback *fb;
	const char *outcome, *measures;
	size_t i;

	/* TRANSLATORS: heading on a dialogue's web page */
	heading(fp, 2, _("Result"));
	if (empty(dlg_get(d, F_RESULT_SUMMARY)))
		para(fp, _("The result has not been compiled yet."));
	else {
		rhtml_paras(fp, dlg_get(d, F_RESULT_SUMMARY));
		if (!empty(dlg_get(d, F_RESULT_DATE))) {
			fputs("<p>", fp);
			/* TRANSLATORS: %s is a date */
			put_f(fp, _("Compiled %s."),
			    dlg_get(d, F_RESULT_DATE));
			fputs("</p>\n", fp);
		}
	}

	/* TRANSLATORS: heading on a dialogue's web page */
	heading(fp, 2, _("Feedback to the participants"));
	if (d->nfeedback == 0)
		para(fp, _("The participants have not heard back yet."));
	for (i = 0; i < d->nfeedback; i++) {
		fb = &d->feedback[i];
		fputs("<h3>", fp);
		/* TRANSLATORS: heading of one feedback; %s is its date */
		put_f(fp, _("Feedback %s"), fb->date != NULL ? fb->date : "");
		fputs("</h3>\n", fp);
		if (!empty(fb->channels) || !empty(fb->sender)) {
			fputs("<dl>\n", fp);
			/* TRANSLATORS: how feedback reached participants */
			term(fp, _("Channels"), fb->channels);
			term(fp, _("Sender"), fb->sender);
			fputs("</dl>\n", fp);
		}
		rhtml_paras(fp, fb->text);
	}

	/* TRANSLATORS: heading on a dialogue's web page */
	heading(fp, 2, _("Decision on the question"));
	outcome = dlg_get(d, F_QUESTION_DECISION_OUTCOME);
	measures = dlg_get(d, F_QUESTION_DECISION_MEASURES);
	if (empty(dlg_get(d, F_QUESTION_DECISION_BODY)) &&
	    empty(dlg_get(d, F_QUESTION_DECISION_DATE)) &&
	    empty(dlg_get(d, F_QUESTION_DECISION_PARAGRAPH)) &&
	    empty(outcome) && empty(measures)) {
		para(fp, _("The question has not been decided yet."));
		return;
	}
	fputs("<dl>\n", fp);
	term(fp, field_label(F_QUESTION_DECISION_BODY),
	    dlg_get(d, F_QUESTION_DECISION_BODY));
	term(fp, field_label(F_QUESTION_DECISION_DATE),
	    dlg_get(d, F_QUESTION_DECISION_DATE));
	term(fp, field_label(F_QUESTION_DECISION_PARAGRAPH),
	    dlg_get(d, F_QUESTION_DECISION_PARAGRAPH));
	fputs("</dl>\n", fp);
	rhtml_paras(fp, outcome);
	/* [T5] the politicians decide the measures from what came up. */
	if (!empty(measures)) {
		heading(fp, 3, field_label(F_QUESTION_DECISION_MEASURES));
		rhtml_paras(fp, measures);
	}
}

void
report_public_dialogue(FILE *fp, const struct report_public_in *in,
    const struct dialogue *d)
{
	const char *title = dlg_get(d, F_TITLE);
	const struct dlg_items *methods = dlg_list(d, F_METHODS);
	char *t;

	if (empty(title))
		title = d->ref;
	rhtml_begin(fp, in, title, NULL);
	heading(fp, 1, title);
	fputs("<p>", fp);
	/* TRANSLATORS: the reference and the state of a dialogue */
	put_f(fp, _("%s, state: %s"), d->ref, dlg_state_label(d->state));
	fputs("</p>\n", fp);
	if (d->state == DLG_CANCELLED) {
		/* Not the reason: it may name people. */
		fputs("<p class=\"notice\"><strong>", fp);
		report_html_escape(fp, _("This dialogue was cancelled."));
		fputs("</strong></p>\n", fp);
	}

	/* TRANSLATORS: heading on a dialogue's web page */
	heading(fp, 2, _("The question"));
	if (empty(dlg_get(d, F_QUESTION)))
		para(fp, title);
	else
		rhtml_paras(fp, dlg_get(d, F_QUESTION));

	section_level(fp, d);

	/* TRANSLATORS: heading on a dialogue's web page */
	heading(fp, 2, _("How the result will be used"));
	if (empty(dlg_get(d, F_RESULT_USE)))
		para(fp, _("This has not been written yet."));
	else
		rhtml_paras(fp, dlg_get(d, F_RESULT_USE));
	/* [T4 "rådgivande"]; at level Information there is no result to
	 * weigh: the decision is already taken (the level says so). */
	if (level_of(d) != DLG_LEVEL_INFORMATION) {
		t = rtext_advisory(d, in->s);
		para(fp, t);
		free(t);
	}

	section_dates(fp, d);
	section_sessions(fp, d);
	section_contact(fp, in, d);

	if (methods->n > 0) {
		/* TRANSLATORS: heading: the methods of a dialogue */
		heading(fp, 2, _("How the dialogue is held"));
		list_items(fp, methods, 1);
	}

	section_bodies(fp, in, d);

	if (finished(d->state))
		section_result(fp, d);
	rhtml_end(fp, in);
}
