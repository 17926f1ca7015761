/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * briefing.c: the briefing for the politicians who take part in a
 * dialogue, one A4 page to bring along: the question, the level of
 * participation and what residents can influence, the sessions, and
 * their role as both policies describe it: they take part for their body
 * and not their party [T5], they listen and discuss to understand
 * residents' views and do not answer for or defend [S:Roller], political
 * debate is avoided and the dialogue is open to all parties in the
 * council [T5]. An internal paper: it names the politicians and the
 * process leader, never residents or their contributions.
 */
#include "config.h"

#include <stdlib.h>

#include "i18n.h"
#include "report.h"
#include "util.h"
#include "report-int.h"

static void
para_or(struct report_doc *doc, const char *text, const char *otherwise)
{
	report_doc_para(doc, text != NULL ? text : otherwise);
}

static void
question(struct report_doc *doc, const struct dialogue *d)
{
	/* TRANSLATORS: heading of the briefing for politicians */
	report_doc_heading(doc, _("The question"));
	para_or(doc, dlg_get(d, F_QUESTION), dlg_get(d, F_TITLE));
}

static void
influence(struct report_doc *doc, const struct dialogue *d,
    const struct dlg_settings *s)
{
	int level = dlg_level_from_token(dlg_get(d, F_LEVEL));
	char *t;

	/* TRANSLATORS: heading of the briefing for politicians */
	report_doc_heading(doc, _("What residents can influence"));
	if (level == DLG_LEVEL_UNSET)
		report_doc_para(doc, _("The participation level has not been "
		    "decided yet."));
	else {
		/* TRANSLATORS: briefing: "Dialogue, step 3 of 5 of the
		   participation ladder: residents get to reason together." */
		t = xasprintf(_("%s, step %d of 5 of the participation ladder: "
		    "residents get to %s."), dlg_level_label(level), level,
		    dlg_level_gets(level));
		report_doc_para(doc, t);
		free(t);
	}
	report_doc_blank(doc);
	para_or(doc, dlg_get(d, F_RESULT_USE), _("How the result will be "
	    "used has not been written yet."));
	report_doc_blank(doc);
	t = rtext_advisory(d, s);
	report_doc_para(doc, t);
	free(t);
}

static void
sessions(struct report_doc *doc, const struct dialogue *d)
{
	struct strbuf sb;
	char *when;
	size_t i;

	/* TRANSLATORS: heading of the briefing for politicians */
	report_doc_heading(doc, _("Sessions"));
	if (d->nsessions == 0) {
		report_doc_para(doc, _("No sessions are recorded yet."));
		return;
	}
	for (i = 0; i < d->nsessions; i++) {
		const struct dlg_session *ss = &d->sessions[i];

		sb_init(&sb);
		sb_add(&sb, ss->place != NULL ? ss->place :
		    /* TRANSLATORS: a session without a place recorded */
		    _("place not recorded"));
		if (ss->method != NULL)
			sb_addf(&sb, " (%s)", ss->method);
		when = dlg_session_when(ss);
		report_doc_item(doc, *when != '\0' ? when : "-", sb.buf);
		free(when);
		sb_release(&sb);
	}
}

static void
role(struct report_doc *doc, const struct dialogue *d)
{
	const char *invited = dlg_get(d, F_PARTIES_INVITED);
	char *t;

	/* TRANSLATORS: heading of the briefing for politicians */
	report_doc_heading(doc, _("Your role in the dialogue"));
	/* [T5] "representerar politikerna sin nämnd/kommunen och inte det
	 * egna partiet" */
	report_doc_item(doc, "-", _("You take part for your body, not for "
	    "your party: in the dialogue you represent your committee, board "
	    "or the municipality."));
	/* [S:Roller] "lyssna och diskutera ... inte om att svara eller
	 * försvara" */
	report_doc_item(doc, "-", _("You are there to listen and discuss, to "
	    "understand residents' views and values on the question and learn "
	    "more about them. It is not about answering for or defending "
	    "decisions."));
	/* [T5] "ska politisk debatt undvikas" */
	report_doc_item(doc, "-", _("Political debate is avoided: the "
	    "dialogue is an open conversation to gather residents' views, "
	    "thoughts and ideas."));
	/* [T5] "öppen för alla politiska partier ... i kommunfullmäktige" */
	if (invited != NULL)
		/* TRANSLATORS: briefing; %s is a date */
		t = xasprintf(_("The dialogue is open to all political parties "
		    "represented in the municipal council; all of them were "
		    "invited on %s."), invited);
	else
		t = xstrdup(_("The dialogue is open to all political parties "
		    "represented in the municipal council."));
	report_doc_item(doc, "-", t);
	free(t);
	/* [S:Roller] at an information meeting there is a duty to inform */
	if (dlg_level_from_token(dlg_get(d, F_LEVEL)) ==
	    DLG_LEVEL_INFORMATION)
		report_doc_item(doc, "-", _("At the level Information a "
		    "decision already taken is made known: you then have a "
		    "responsibility to inform about it."));
}

static void
politicians(struct report_doc *doc, const struct dialogue *d,
    const struct dlg_settings *s)
{
	const struct dlg_items *p = dlg_list(d, F_POLITICIANS);
	char *t;
	size_t i;

	/* TRANSLATORS: heading of the briefing: the politicians taking
	   part, each for the body they represent [T5] */
	report_doc_heading(doc, _("Participating politicians"));
	for (i = 0; i < p->n; i++) {
		t = p->v[i].note != NULL ?
		    /* TRANSLATORS: briefing: a politician and the body
		       represented, "Anna Berg, for Kultur- och
		       fritidsnämnden" */
		    xasprintf(_("%s, for %s"), p->v[i].name, p->v[i].note) :
		    xstrdup(p->v[i].name);
		report_doc_item(doc, "-", t);
		free(t);
	}
	if (p->n == 0)
		report_doc_para(doc, _("No politicians are recorded yet."));
	report_doc_blank(doc);
	/* TRANSLATORS: label in the briefing for politicians */
	report_doc_field(doc, _("Deciding body"), dlg_deciding_body(d, s));
	report_doc_field(doc, _(dlg_fields[F_PROCESS_LEADER].label),
	    dlg_get(d, F_PROCESS_LEADER));
}

struct report_doc *
report_briefing(const struct dialogue *d, const struct dlg_settings *s,
    long today)
{
	struct report_doc *doc;
	size_t w, lw;

	/* TRANSLATORS: the kind of document, in the header of each page */
	doc = report_doc_new(s->municipality, _("Briefing for participating "
	    "politicians"), dlg_get(d, F_TITLE), d->ref, today);
	report_doc_cite(doc, s);
	w = report_width(_("Deciding body"));
	if ((lw = report_width(_(dlg_fields[F_PROCESS_LEADER].label))) > w)
		w = lw;
	report_doc_label_width(doc, w);
	question(doc, d);
	influence(doc, d, s);
	sessions(doc, d);
	role(doc, d);
	politicians(doc, d, s);
	return doc;
}
