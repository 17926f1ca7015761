/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * sheet.c: the participant information sheet [T4]: what residents are
 * told before they take part: what the dialogue is about, how much they
 * can influence (the step of the participation ladder and what residents
 * get there), how the result will be used, when and how they hear back,
 * the dates and who stands behind it. Written to residents, in plain
 * language, and without personal data: no names of people, no
 * contributions, only bodies and dates.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "util.h"
#include "report-int.h"

/* What each step of the ladder means for the reader [S:Metod]. */
static const char *const explain[DLG_NLEVELS + 1] = {
	NULL,
	N_("You get to know about the question and what will happen. You are "
	"not asked for your views."),
	N_("You get to give your opinions, for example in a survey, an "
	"interview or a focus group. The politicians read them before "
	"they decide."),
	N_("You get to reason together with politicians and other residents, "
	"and hear each other's arguments. What comes up is weighed into the "
	"decision."),
	N_("You get to help shape the proposals, for example in a future "
	"workshop. The politicians decide with your proposals as a basis."),
	N_("You get to decide together with others, for example on a share "
	"of a budget. The decision is still formally taken by the elected "
	"body."),
};

static void
missing(struct report_doc *doc)
{
	/* TRANSLATORS: on the participant sheet, for something not yet
	   decided (how the result is used, dates) */
	report_doc_para(doc, _("Not decided yet."));
}

/* Field f as text, or NULL when empty. Caller frees. */
static char *
value(const struct dialogue *d, enum dlg_field f)
{
	char *v = dlg_format_field(d, f);

	if (*v == '\0') {
		free(v);
		return NULL;
	}
	return v;
}

static void
para_field(struct report_doc *doc, const struct dialogue *d,
    enum dlg_field f, int say_missing)
{
	char *v = value(d, f);

	if (v != NULL)
		report_doc_para(doc, v);
	else if (say_missing)
		missing(doc);
	free(v);
}

static void
about(struct report_doc *doc, const struct dialogue *d)
{
	/* TRANSLATORS: heading of the participant sheet */
	report_doc_heading(doc, _("What is the dialogue about?"));
	para_field(doc, d, F_QUESTION, 1);
	if (dlg_get(d, F_PURPOSE) != NULL) {
		report_doc_blank(doc);
		para_field(doc, d, F_PURPOSE, 0);
	}
	if (dlg_get(d, F_BACKGROUND) != NULL) {
		report_doc_blank(doc);
		para_field(doc, d, F_BACKGROUND, 0);
	}
}

static void
influence(struct report_doc *doc, const struct dialogue *d,
    const struct dlg_settings *s)
{
	int level = dlg_level_from_token(dlg_get(d, F_LEVEL)), i;
	char *t;

	/* TRANSLATORS: heading of the participant sheet */
	report_doc_heading(doc, _("How much can you influence?"));
	if (level == DLG_LEVEL_UNSET) {
		missing(doc);
		return;
	}
	/* TRANSLATORS: participant sheet: "Dialogue, step 3 of 5 of the
	   participation ladder." */
	t = xasprintf(_("The dialogue is at the level %s, step %d of 5 of the "
	    "participation ladder."), dlg_level_label(level), level);
	report_doc_para(doc, t);
	free(t);
	report_doc_para(doc, _(explain[level]));
	report_doc_blank(doc);
	/* The ladder, with the dialogue's step marked. */
	for (i = DLG_NLEVELS; i >= 1; i--) {
		t = xasprintf("%s %d  %s: %s", i == level ? ">" : " ", i,
		    dlg_level_label(i), dlg_level_gets(i));
		report_doc_line(doc, t);
		report_doc_keep(doc);
		free(t);
	}
	report_doc_blank(doc);
	t = rtext_advisory(d, s);
	report_doc_para(doc, t);
	free(t);
}

static void
use(struct report_doc *doc, const struct dialogue *d)
{
	/* TRANSLATORS: heading of the participant sheet */
	report_doc_heading(doc, _("How will the result be used?"));
	para_field(doc, d, F_RESULT_USE, 1);
}

static void
take_part(struct report_doc *doc, const struct dialogue *d)
{
	const struct dlg_items *tg = dlg_list(d, F_TARGET_GROUPS),
	    *m = dlg_list(d, F_METHODS);
	char *t;
	size_t i;

	/* TRANSLATORS: heading of the participant sheet */
	report_doc_heading(doc, _("Who can take part, and how?"));
	if (tg->n == 0 && m->n == 0 && d->nsessions == 0) {
		missing(doc);
		return;
	}
	if (tg->n > 0) {
		report_doc_para(doc, _("The dialogue turns especially to:"));
		for (i = 0; i < tg->n; i++) {
			t = tg->v[i].note != NULL ? xasprintf("%s (%s)",
			    tg->v[i].name, tg->v[i].note) :
			    xstrdup(tg->v[i].name);
			report_doc_item(doc, "-", t);
			free(t);
		}
	}
	if (m->n > 0) {
		report_doc_blank(doc);
		report_doc_para(doc, _("You can take part in these ways:"));
		for (i = 0; i < m->n; i++)
			report_doc_item(doc, "-", m->v[i].name);
	}
	if (d->nsessions > 0) {
		report_doc_blank(doc);
		report_doc_para(doc, _("Meetings and other occasions:"));
		for (i = 0; i < d->nsessions; i++) {
			const struct dlg_session *s = &d->sessions[i];
			struct strbuf sb;
			char *when;

			sb_init(&sb);
			if (s->place != NULL)
				sb_add(&sb, s->place);
			if (s->method != NULL)
				sb_addf(&sb, "%s%s", sb.len > 0 ? ", " : "",
				    s->method);
			when = dlg_session_when(s);
			report_doc_item(doc, *when != '\0' ? when : "-",
			    sb.buf);
			free(when);
			sb_release(&sb);
		}
	}
}

static void
dates(struct report_doc *doc, const struct dialogue *d, const char *body)
{
	const char *start = dlg_get(d, F_PLANNED_START),
	    *end = dlg_get(d, F_PLANNED_END),
	    *deadline = dlg_get(d, F_DECISION_DEADLINE);
	char *t;

	/* TRANSLATORS: heading of the participant sheet */
	report_doc_heading(doc, _("Dates"));
	if (start == NULL && end == NULL && deadline == NULL) {
		missing(doc);
		return;
	}
	report_doc_field(doc, _(dlg_fields[F_PLANNED_START].label), start);
	report_doc_field(doc, _(dlg_fields[F_PLANNED_END].label), end);
	if (deadline != NULL) {
		report_doc_blank(doc);
		if (body != NULL)
			/* TRANSLATORS: participant sheet: body, date */
			t = xasprintf(_("%s is to decide the question no "
			    "later than %s."), body, deadline);
		else
			/* TRANSLATORS: participant sheet: date */
			t = xasprintf(_("The question is to be decided no "
			    "later than %s."), deadline);
		report_doc_para(doc, t);
		free(t);
	}
}

static void
hear_back(struct report_doc *doc, const struct dialogue *d,
    const struct dlg_settings *s)
{
	char *t;
	size_t i;

	/* TRANSLATORS: heading of the participant sheet */
	report_doc_heading(doc, _("When and how will you hear back?"));
	para_field(doc, d, F_FEEDBACK_PLAN, 0);
	if (dlg_get(d, F_FEEDBACK_PLAN) != NULL)
		report_doc_blank(doc);
	t = xasprintf(ngettext("You will hear back within %d day of the "
	    "last meeting or of the summary of the result, telling you what "
	    "came out of the dialogue and, once the question is decided, "
	    "what the politicians decided.",
	    "You will hear back within %d days of the last meeting or of the "
	    "summary of the result, telling you what came out of the "
	    "dialogue and, once the question is decided, what the "
	    "politicians decided.", (unsigned long)s->feedback_days),
	    s->feedback_days);
	report_doc_para(doc, t);
	free(t);
	for (i = 0; i < d->nfeedback; i++) {
		const struct dlg_feedback *fb = &d->feedback[i];

		if (i == 0) {
			report_doc_blank(doc);
			report_doc_para(doc, _("Feedback given so far:"));
		}
		report_doc_item(doc, fb->date != NULL ? fb->date : "-",
		    fb->channels != NULL ? fb->channels : "");
	}
}

static void
sender(struct report_doc *doc, const struct dialogue *d, const char *body)
{
	/* TRANSLATORS: heading of the participant sheet */
	report_doc_heading(doc, _("Who is behind the dialogue?"));
	report_doc_field(doc, _(dlg_fields[F_SENDER].label),
	    dlg_get(d, F_SENDER));
	report_doc_field(doc, _(dlg_fields[F_ADMINISTRATION].label),
	    dlg_get(d, F_ADMINISTRATION));
	/* TRANSLATORS: label on the participant sheet */
	report_doc_field(doc, _("Deciding body"), body);
	report_doc_field(doc, _(dlg_fields[F_CASE_NUMBER].label),
	    dlg_get(d, F_CASE_NUMBER));
	/* TRANSLATORS: label on the participant sheet */
	report_doc_field(doc, _("Reference"), d->ref);
}

struct report_doc *
report_sheet(const struct dialogue *d, const struct dlg_settings *s,
    long today)
{
	const char *body = dlg_deciding_body(d, s);
	const char *title = dlg_get(d, F_TITLE);
	struct report_doc *doc;
	size_t w = 0, lw;
	int i;
	const char *labels[] = {
		_(dlg_fields[F_PLANNED_START].label),
		_(dlg_fields[F_PLANNED_END].label),
		_(dlg_fields[F_SENDER].label),
		_(dlg_fields[F_ADMINISTRATION].label),
		_("Deciding body"),
		_(dlg_fields[F_CASE_NUMBER].label),
		_("Reference"),
	};

	/* TRANSLATORS: the kind of document, in the header of each page */
	doc = report_doc_new(s->municipality, _("Information for "
	    "participants"), title, d->ref, today);
	report_doc_cite(doc, s);
	for (i = 0; i < (int)(sizeof labels / sizeof labels[0]); i++)
		if ((lw = report_width(labels[i])) > w)
			w = lw;
	report_doc_label_width(doc, w);
	about(doc, d);
	influence(doc, d, s);
	use(doc, d);
	take_part(doc, d);
	dates(doc, d, body);
	hear_back(doc, d, s);
	sender(doc, d, body);
	return doc;
}
