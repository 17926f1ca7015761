/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * summary.c: the dialogue summary people print for a meeting or as an
 * appendix to the decision basis: every section of the dialogue record
 * (DOMAIN.md) under translated headings, laid out by print.c. Empty
 * fields are left out; a section with nothing in it says so. Contact
 * details of contributions are personal data (GDPR) and appear only
 * when the caller asks for them.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "report.h"
#include "util.h"
#include "report-int.h"

/* The widest label column; a wider label stands on its own line. */
#define MAX_LABEL	28
/* Indent of the fields of a session, a feedback or a contribution. */
#define SUB_INDENT	2

/* Labels beyond the field table. */
/* TRANSLATORS: label in the printed summary: the dialogue's reference */
#define L_REFERENCE	N_("Reference")
/* TRANSLATORS: label in the printed summary: the lifecycle state */
#define L_STATE		N_("State")
/* TRANSLATORS: label in the printed summary */
#define L_DECIDING	N_("Deciding body")
/* TRANSLATORS: label in the printed summary: number of sessions held */
#define L_HELD		N_("Sessions held")
/* TRANSLATORS: label in the printed summary: participants, all sessions */
#define L_ALL		N_("Participants in all")
/* TRANSLATORS: label in the printed summary: date feedback is due */
#define L_DUE		N_("Feedback due by")
/* TRANSLATORS: label in the printed summary: theme tags and their count */
#define L_THEMES	N_("Themes")

struct sum {
	struct report_doc		*doc;
	const struct report_summary_in	*in;
	const struct dialogue		*d;
	int				 shown;	/* lines in this section */
};

static void
section(struct sum *sm, const char *title)
{
	report_doc_indent(sm->doc, 0);
	report_doc_heading(sm->doc, title);
	sm->shown = 0;
}

/* A section that got nothing says so. */
static void
section_end(struct sum *sm)
{
	if (sm->shown == 0)
		report_doc_para(sm->doc, _("Nothing recorded yet."));
	report_doc_indent(sm->doc, 0);
}

static void
put(struct sum *sm, const char *label, const char *value)
{
	if (value == NULL || *value == '\0')
		return;
	report_doc_field(sm->doc, label, value);
	sm->shown++;
}

/* Field f under its translated label, when it is filled in. */
static void
field(struct sum *sm, enum dlg_field f)
{
	char *v = dlg_format_field(sm->d, f);

	put(sm, _(dlg_fields[f].label), v);
	free(v);
}

static void
fields(struct sum *sm, const enum dlg_field *fs, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		field(sm, fs[i]);
}

/* The widest label this summary may show, up to MAX_LABEL. */
static size_t
label_width(void)
{
	static const char *const extra[] = {
		L_REFERENCE, L_STATE, L_DECIDING, L_HELD, L_ALL, L_DUE,
		L_THEMES,
	};
	size_t w = 0, lw, i;

	for (i = 0; i < DLG_NFIELDS; i++)
		if ((lw = report_width(_(dlg_fields[i].label))) > w)
			w = lw;
	for (i = 0; i < sizeof extra / sizeof extra[0]; i++)
		if ((lw = report_width(_(extra[i]))) > w)
			w = lw;
	return w < MAX_LABEL ? w : MAX_LABEL;
}

/* "name (note)" of a list item. Caller frees. */
static char *
item_text(const struct dlg_item *it)
{
	if (it->note != NULL && *it->note != '\0')
		return xasprintf("%s (%s)", it->name, it->note);
	return xstrdup(it->name);
}

static void
list_section(struct sum *sm, const char *title, enum dlg_field f)
{
	const struct dlg_items *l = dlg_list(sm->d, f);
	char *t;
	size_t i;

	section(sm, title);
	for (i = 0; i < l->n; i++) {
		/* [T4][S:Metod] a method with its step and the target
		 * groups it is for */
		if (f == F_METHODS)
			t = rtext_method(&l->v[i], 1);
		else
			t = item_text(&l->v[i]);
		report_doc_item(sm->doc, "-", t);
		free(t);
		sm->shown++;
	}
	section_end(sm);
}

/* ------------------------------------------------------------ sections */

static void
overview(struct sum *sm)
{
	static const enum dlg_field a[] = {
		F_CASE_NUMBER, F_TITLE,
	}, b[] = {
		F_STATE_REASON, F_QUESTION, F_PURPOSE, F_GOALS, F_BACKGROUND,
		F_INITIATED_BY, F_SENDER, F_ADMINISTRATION, F_BODIES,
	}, c[] = {
		F_PARTNERS, F_PROCESS_OWNER, F_PROCESS_LEADER,
	};
	const char *body = dlg_deciding_body(sm->d, sm->in->s);

	/* TRANSLATORS: heading of the printed summary */
	section(sm, _("Overview"));
	put(sm, _(L_REFERENCE), sm->d->ref);
	fields(sm, a, sizeof a / sizeof a[0]);
	put(sm, _(L_STATE), dlg_state_label(sm->d->state));
	fields(sm, b, sizeof b / sizeof b[0]);
	put(sm, _(L_DECIDING), body);
	fields(sm, c, sizeof c / sizeof c[0]);
	section_end(sm);
}

static void
gates(struct sum *sm)
{
	static const enum dlg_field f[] = {
		F_NEED_VIEWS, F_NEED_VIEWS_BY, F_NEED_VIEWS_DATE,
		F_OPEN_TO_INFLUENCE, F_OPEN_TO_INFLUENCE_BY,
		F_OPEN_TO_INFLUENCE_DATE, F_DECISION_BODY, F_DECISION_DATE,
		F_DECISION_PARAGRAPH, F_DECISION_CASE, F_BUDGET_FRAME,
		F_DECIDED_START, F_DECIDED_END,
	};

	/* TRANSLATORS: heading of the printed summary: the two gate
	   questions and the decision to hold the dialogue */
	section(sm, _("Gates and decision"));
	fields(sm, f, sizeof f / sizeof f[0]);
	section_end(sm);
}

static void
plan(struct sum *sm)
{
	static const enum dlg_field f[] = {
		F_LEVEL_CHANGE_REASON, F_DECISION_DEADLINE, F_PLANNED_START,
		F_PLANNED_END, F_BUDGET, F_FINANCING, F_RESULT_USE,
		F_RESPONSIBILITIES, F_RESPONSIBLE_PLANNING,
		F_RESPONSIBLE_CONDUCT, F_RESPONSIBLE_DOCUMENTATION,
		F_RESPONSIBLE_PROCESSING, F_RESPONSIBLE_FEEDBACK,
		F_RESPONSIBLE_EVALUATION, F_FACT_BASIS, F_PROJECT_PLAN,
		F_RESOURCES,
		F_OUTREACH, F_OUTREACH_HOW, F_COMMUNICATION_PLAN,
		F_DOCUMENTATION_PLAN, F_FEEDBACK_PLAN, F_EVALUATION_PLAN,
		F_PARTICIPANTS_INFORMED, F_PARTIES_INVITED,
	};
	int level = dlg_level_from_token(dlg_get(sm->d, F_LEVEL));
	char *v;

	/* TRANSLATORS: heading of the printed summary */
	section(sm, _("Plan"));
	if (level != DLG_LEVEL_UNSET) {
		/* TRANSLATORS: the level in the printed summary: "Dialogue
		   (step 3 of 5: residents get to reason together)"; the last
		   %s is what residents get ("reason together") */
		v = xasprintf(_("%s (step %d of 5: residents get to %s)"),
		    dlg_level_label(level), level, dlg_level_gets(level));
		put(sm, _(dlg_fields[F_LEVEL].label), v);
		free(v);
	}
	fields(sm, f, sizeof f / sizeof f[0]);
	/* Said wherever the use of the result is [T4 "rådgivande"]. */
	report_doc_blank(sm->doc);
	v = rtext_advisory(sm->d, sm->in->s);
	report_doc_para(sm->doc, v);
	free(v);
	sm->shown++;
	section_end(sm);
}

/* "2026-11-25" from a date or an ISO timestamp, into buf. */
static const char *
day_of(const char *iso, char *buf, size_t size)
{
	snprintf(buf, size, "%.10s", iso != NULL ? iso : "");
	return buf;
}

/*
 * The parts of a child record under its subheading, from the domain's
 * table: each field with a value under its column header, in the table's
 * order with the several-line ones (DLG_CF_BLOCK) last; the record's date
 * and times are in the subheading, so not again. shown may give a field's text for
 * people instead of its stored value: a buffer it fills, or NULL for the
 * value as stored; skip: not at all (personal data not asked for).
 */
static void
child_parts(struct sum *sm, enum dlg_child k, const void *rec,
    const char *(*shown)(struct sum *sm, const void *rec,
    const struct dlg_child_field *cf, char *buf, size_t size, int *skip))
{
	const struct dlg_child_def *def = &dlg_children[k];
	const struct dlg_child_field *cf;
	const char *v;
	char *own, buf[2048];
	size_t i;
	int block, skip;

	for (block = 0; block <= 1; block++)
		for (i = 0; i < def->nfields; i++) {
			cf = &def->fields[i];
			if (((cf->flags & DLG_CF_BLOCK) != 0) != block ||
			    cf->type == FT_DATE || cf->type == FT_TIME)
				continue;
			own = NULL;
			skip = 0;
			if (shown == NULL ||
			    (v = shown(sm, rec, cf, buf, sizeof buf,
			    &skip)) == NULL)
				v = own = dlg_child_get(k, rec, i);
			if (!skip)
				put(sm, _(cf->header), v);
			free(own);
		}
}

/* A session without politicians is a user dialogue [T2.3]: said so. */
static const char *
session_shown(struct sum *sm, const void *rec,
    const struct dlg_child_field *cf, char *buf, size_t size, int *skip)
{
	if (strcmp(cf->name, "politicians") == 0 &&
	    dlg_child_text(cf, rec) == NULL)
		/* TRANSLATORS: a session without politicians [T2.3] */
		return _("none present");
	return NULL;
}

static void
sessions(struct sum *sm)
{
	const struct dialogue *d = sm->d;
	char num[32], *t, *when;
	size_t i;

	/* TRANSLATORS: heading of the printed summary */
	section(sm, _("Sessions"));
	if (dlg_sessions_held(d) > 0) {
		snprintf(num, sizeof num, "%lld", dlg_sessions_held(d));
		put(sm, _(L_HELD), num);
		snprintf(num, sizeof num, "%lld", d->n_participants);
		put(sm, _(L_ALL), num);
	}
	for (i = 0; i < d->nsessions; i++) {
		const struct dlg_session *ss = &d->sessions[i];

		report_doc_indent(sm->doc, 0);
		report_doc_blank(sm->doc);
		report_doc_group_begin(sm->doc);
		when = dlg_session_when(ss);
		/* TRANSLATORS: a session in the printed summary: "Session
		   2, 2026-09-26 18:00–20:00" */
		t = xasprintf(_("Session %zu, %s"), i + 1, when);
		report_doc_subheading(sm->doc, t);
		free(t);
		free(when);
		report_doc_indent(sm->doc, SUB_INDENT);
		child_parts(sm, DLG_CHILD_SESSION, ss, session_shown);
		report_doc_group_end(sm->doc);
	}
	if (dlg_sessions_held(d) == 0) {
		report_doc_para(sm->doc, _("No sessions have been held yet."));
		sm->shown++;
	}
	section_end(sm);
}

struct theme {
	char	*name;
	long	 count;
};

static int
theme_cmp(const void *a, const void *b)
{
	const struct theme *x = a, *y = b;

	if (x->count != y->count)
		return x->count < y->count ? 1 : -1;
	return strcoll(x->name, y->name);
}

/* "skog (2); skola (1)": the theme tags of all contributions, split at
 * ';' and ',', counted without regard to case, most frequent first.
 * Caller frees; "" when there are none. */
static char *
tally_themes(const struct dlg_contribution *c, size_t n)
{
	struct theme *t = NULL;
	size_t nt = 0, i, j, len;
	struct strbuf sb;
	const char *p;
	char *name;

	for (i = 0; i < n; i++) {
		for (p = c[i].themes; p != NULL && *p != '\0'; p += len) {
			p += strspn(p, " ;,");
			len = strcspn(p, ";,");
			name = xstrndup(p, len);
			while (*name != '\0' && name[strlen(name) - 1] == ' ')
				name[strlen(name) - 1] = '\0';
			if (*name == '\0') {
				free(name);
				continue;
			}
			for (j = 0; j < nt; j++)
				if (strcasecmp(t[j].name, name) == 0)
					break;
			if (j < nt) {
				t[j].count++;
				free(name);
				continue;
			}
			t = xrealloc(t, (nt + 1) * sizeof *t);
			t[nt].name = name;
			t[nt++].count = 1;
		}
	}
	/* No theme at all: t is NULL, and qsort wants an array. */
	if (nt > 0)
		qsort(t, nt, sizeof *t, theme_cmp);
	sb_init(&sb);
	for (i = 0; i < nt; i++) {
		/* a no-break space keeps the count with its theme */
		sb_addf(&sb, "%s%s\xc2\xa0(%ld)", i > 0 ? "; " : "",
		    t[i].name, t[i].count);
		free(t[i].name);
	}
	free(t);
	return sb_detach(&sb);
}

/* The session of a contribution as the summary numbers it: "2
 * (2026-09-26)"; the stored number when it is not loaded. */
static void
session_ref(const struct dialogue *d, long long id, char *buf, size_t size)
{
	size_t i;

	for (i = 0; i < d->nsessions; i++)
		if (d->sessions[i].id == id) {
			snprintf(buf, size, "%zu (%s)", i + 1,
			    d->sessions[i].date != NULL ?
			    d->sessions[i].date : "");
			return;
		}
	snprintf(buf, size, "%lld", id);
}

/* A contribution for people: its channel's name, its session as the
 * summary numbers it, contact details (personal data, GDPR) only when
 * asked for. */
static const char *
contribution_shown(struct sum *sm, const void *rec,
    const struct dlg_child_field *cf, char *buf, size_t size, int *skip)
{
	const struct dlg_contribution *c = rec;

	char *ch;

	if (cf->type == FT_CHANNEL) {
		/* "other (Telefon)": the text it was imported as beside it,
		 * so not again on a line of its own. */
		ch = dlg_channel_shown(c);
		snprintf(buf, size, "%s", ch);
		free(ch);
		return buf;
	}
	if (strcmp(cf->name, "channel_text") == 0) {
		*skip = 1;
		return "";
	}
	if (cf->type == FT_SESSION) {
		if (dlg_child_number(cf, rec) <= 0)
			return "";
		session_ref(sm->d, dlg_child_number(cf, rec), buf, size);
		return buf;
	}
	if (cf->flags & DLG_CF_PERSONAL) {
		if (!(sm->in->flags & REPORT_SUM_CONTACT)) {
			*skip = 1;
			return "";
		}
		return c->contact != NULL ? NULL : c->contact_erased ?
		    _("(erased)") : "";
	}
	return NULL;
}

static void
contributions(struct sum *sm)
{
	const struct report_summary_in *in = sm->in;
	unsigned fl = in->flags;
	char date[16], *t;
	long long count;
	size_t i;

	/* TRANSLATORS: heading of the printed summary */
	section(sm, _("Contributions"));
	count = in->ncontributions > 0 ? (long long)in->ncontributions :
	    sm->d->n_contributions;
	t = xasprintf(ngettext("%lld contribution has been recorded.",
	    "%lld contributions have been recorded.",
	    (unsigned long)count), count);
	report_doc_para(sm->doc, t);
	free(t);
	sm->shown++;
	t = tally_themes(in->contributions, in->ncontributions);
	put(sm, _(L_THEMES), t);
	free(t);
	if (!(fl & (REPORT_SUM_TEXTS | REPORT_SUM_CONTACT)))
		goto out;
	for (i = 0; i < in->ncontributions; i++) {
		const struct dlg_contribution *c = &in->contributions[i];

		report_doc_indent(sm->doc, 0);
		report_doc_blank(sm->doc);
		report_doc_group_begin(sm->doc);
		/* TRANSLATORS: a contribution in the printed summary: its
		   number and the day it was recorded */
		t = xasprintf(_("Contribution %lld, %s"), c->id,
		    day_of(c->created, date, sizeof date));
		report_doc_subheading(sm->doc, t);
		free(t);
		report_doc_indent(sm->doc, SUB_INDENT);
		child_parts(sm, DLG_CHILD_CONTRIBUTION, c,
		    contribution_shown);
		report_doc_group_end(sm->doc);
	}
out:
	section_end(sm);
}

static void
result(struct sum *sm)
{
	static const enum dlg_field f[] = {
		F_RESULT_SUMMARY, F_RESULT_DATE, F_REPORT_REFERENCE,
		F_REPORT_DATE, F_NOT_REPORTED_REASON,
	};

	/* TRANSLATORS: heading of the printed summary: the result summary
	   and where it was reported in the decision basis */
	section(sm, _("Result and report"));
	fields(sm, f, sizeof f / sizeof f[0]);
	section_end(sm);
}

/*
 * The decision on the question, in the feedback section: feedback tells
 * the participants what was decided and how their views counted [T4], so
 * whoever writes it finds the decision here.
 */
static void
question_decision(struct sum *sm)
{
	static const enum dlg_field f[] = {
		F_QUESTION_DECISION_BODY, F_QUESTION_DECISION_DATE,
		F_QUESTION_DECISION_PARAGRAPH, F_QUESTION_DECISION_OUTCOME,
		F_QUESTION_DECISION_MEASURES,
	};
	size_t i, n = 0;

	report_doc_indent(sm->doc, 0);
	report_doc_blank(sm->doc);
	report_doc_group_begin(sm->doc);
	/* TRANSLATORS: a part of the feedback section of the printed
	   summary */
	report_doc_subheading(sm->doc, _("Decision on the question: what was "
	    "decided and how the views counted"));
	report_doc_indent(sm->doc, SUB_INDENT);
	for (i = 0; i < sizeof f / sizeof f[0]; i++)
		n += dlg_get(sm->d, f[i]) != NULL;
	if (n == 0) {
		report_doc_para(sm->doc,
		    _("The question has not been decided yet."));
		sm->shown++;
	} else
		fields(sm, f, sizeof f / sizeof f[0]);
	report_doc_group_end(sm->doc);
}

static void
feedback(struct sum *sm)
{
	const struct dialogue *d = sm->d;
	char date[16], *t;
	long due;
	size_t i;

	/* TRANSLATORS: heading of the printed summary */
	section(sm, _("Feedback"));
	if (dlg_feedback_due(d, sm->in->s, &due) == 0) {
		dlg_date_format(due, date, sizeof date);
		put(sm, _(L_DUE), date);
	}
	question_decision(sm);
	for (i = 0; i < d->nfeedback; i++) {
		const struct dlg_feedback *fb = &d->feedback[i];

		report_doc_indent(sm->doc, 0);
		report_doc_blank(sm->doc);
		report_doc_group_begin(sm->doc);
		/* TRANSLATORS: a feedback in the printed summary: "Feedback
		   1, 2026-11-30" */
		t = xasprintf(_("Feedback %zu, %s"), i + 1,
		    fb->date != NULL ? fb->date : "");
		report_doc_subheading(sm->doc, t);
		free(t);
		report_doc_indent(sm->doc, SUB_INDENT);
		child_parts(sm, DLG_CHILD_FEEDBACK, fb, NULL);
		report_doc_group_end(sm->doc);
	}
	if (d->nfeedback == 0) {
		report_doc_para(sm->doc,
		    _("The participants have not heard back yet."));
		sm->shown++;
	}
	section_end(sm);
}

static void
simple_section(struct sum *sm, const char *title, const enum dlg_field *f,
    size_t n)
{
	section(sm, title);
	fields(sm, f, n);
	section_end(sm);
}

static void
warnings(struct sum *sm)
{
	struct dlg_issues w = { 0 };
	size_t i;

	dlg_warnings(sm->d, sm->in->s, sm->in->today, &w);
	/* TRANSLATORS: heading of the printed summary */
	section(sm, _("Warnings"));
	for (i = 0; i < w.n; i++) {
		report_doc_item(sm->doc, "-", w.v[i].text);
		sm->shown++;
	}
	if (w.n == 0) {
		report_doc_para(sm->doc, _("No warnings."));
		sm->shown++;
	}
	dlg_issues_clear(&w);
	section_end(sm);
}

/* The policy the register follows and where its handbook is, when the
 * register says: the rules the summary's items cite. */
static void
policy(struct sum *sm)
{
	char *cite = dlg_policy_citation(sm->in->s);
	const char *hb = sm->in->s->handbook;

	if (cite[0] != '\0' || (hb != NULL && hb[0] != '\0')) {
		/* TRANSLATORS: heading of the printed summary: the
		   municipality's policy for citizen dialogue */
		section(sm, _("Policy"));
		if (cite[0] != '\0')
			/* TRANSLATORS: label: the policy's title and
			   decision */
			report_doc_field(sm->doc, _("Policy"), cite);
		if (hb != NULL && hb[0] != '\0')
			/* TRANSLATORS: label: where the policy's handbook
			   is found */
			report_doc_field(sm->doc, _("Handbook"), hb);
		section_end(sm);
	}
	free(cite);
}

/* One change of the history as a sentence. Caller frees. Contact details
 * never reach the history (the store writes "given", "changed" or
 * "erased"), so none can be printed here. */
static char *
hist_sentence(const struct report_change *h)
{
	const char *field = h->field != NULL ? h->field : "";
	const char *who = h->who != NULL ? h->who : "";
	const char *nv = h->new_value != NULL ? h->new_value : "";
	char *name, *o, *n, *t;

	if (strcmp(field, "created") == 0)
		/* TRANSLATORS: the printed history; %s is a user name */
		return xasprintf(_("%s registered the dialogue."), who);
	if (strcmp(field, "session") == 0)
		/* TRANSLATORS: the printed history: user, date */
		return xasprintf(_("%s added the session of %s."), who, nv);
	if (strcmp(field, "feedback") == 0)
		/* TRANSLATORS: the printed history: user, date */
		return xasprintf(_("%s added the feedback of %s."), who, nv);
	if (strcmp(field, "contribution") == 0)
		/* TRANSLATORS: the printed history: user, its number */
		return xasprintf(_("%s added contribution %s."), who, nv);
	if (strcmp(field, "contribution_contact") == 0) {
		if (strcmp(nv, "erased") == 0)
			/* TRANSLATORS: the printed history (GDPR) */
			return xasprintf(_("%s erased the contact details of a "
			    "contribution."), who);
		/* TRANSLATORS: the printed history; never the details */
		return xasprintf(_("%s recorded contact details of a "
		    "contribution."), who);
	}
	name = report_history_field(field);
	o = report_history_value(field, h->old_value);
	n = report_history_value(field, h->new_value);
	if (o != NULL && n != NULL)
		/* TRANSLATORS: a change in the printed history: who, field,
		   old value, new value */
		t = xasprintf(_("%s changed %s from '%s' to '%s'."), who, name,
		    o, n);
	else if (n != NULL)
		/* TRANSLATORS: a change in the printed history */
		t = xasprintf(_("%s set %s to '%s'."), who, name, n);
	else if (o != NULL)
		/* TRANSLATORS: a change in the printed history */
		t = xasprintf(_("%s cleared %s (it was '%s')."), who, name, o);
	else
		/* TRANSLATORS: a change in the printed history: who, and the
		   name of what changed */
		t = xasprintf(_("%s changed %s."), who, name);
	free(name);
	free(o);
	free(n);
	return t;
}

static void
history(struct sum *sm)
{
	const struct report_summary_in *in = sm->in;
	char *t, *r;
	size_t i;

	/* TRANSLATORS: heading of the printed summary */
	section(sm, _("History"));
	for (i = 0; i < in->nhistory; i++) {
		const struct report_change *h = &in->history[i];

		t = hist_sentence(h);
		if (h->reason != NULL && *h->reason != '\0') {
			/* TRANSLATORS: a change and its reason, in the
			   printed history */
			r = xasprintf(_("%s Reason: %s"), t, h->reason);
			free(t);
			t = r;
		}
		report_doc_item(sm->doc, h->at != NULL ? h->at : "", t);
		free(t);
		sm->shown++;
	}
	section_end(sm);
}

struct report_doc *
report_summary(const struct report_summary_in *in)
{
	static const enum dlg_field review_f[] = {
		F_REVIEW_TEXT, F_REVIEW_DATE,
	}, eval_f[] = {
		F_EVALUATION_DATE, F_INFLUENCE, F_GOALS_MET,
		F_EVALUATION_REACH, F_PARTICIPANTS_VIEW, F_LESSONS,
	};
	const struct dialogue *d = in->d;
	const char *title = dlg_get(d, F_TITLE);
	struct sum sm;
	char *subject;

	subject = xasprintf("%s  %s", d->ref != NULL ? d->ref : "",
	    title != NULL ? title : "");
	memset(&sm, 0, sizeof sm);
	sm.in = in;
	sm.d = d;
	/* TRANSLATORS: the kind of document, in the header of each page */
	sm.doc = report_doc_new(in->s->municipality, _("Dialogue summary"),
	    subject, dlg_state_label(d->state), in->today);
	report_doc_cite(sm.doc, in->s);
	free(subject);
	report_doc_label_width(sm.doc, label_width());

	overview(&sm);
	gates(&sm);
	plan(&sm);
	/* TRANSLATORS: heading of the printed summary */
	list_section(&sm, _("Target groups"), F_TARGET_GROUPS);
	/* TRANSLATORS: heading of the printed summary */
	list_section(&sm, _("Methods"), F_METHODS);
	/* TRANSLATORS: heading of the printed summary: the politicians
	   taking part, each for the body they represent [T5] */
	list_section(&sm, _("Participating politicians"), F_POLITICIANS);
	sessions(&sm);
	contributions(&sm);
	result(&sm);
	feedback(&sm);
	/* TRANSLATORS: heading of the printed summary: the dialogue
	   strategist's review [S:KLK] */
	simple_section(&sm, _("Review"), review_f,
	    sizeof review_f / sizeof review_f[0]);
	/* TRANSLATORS: heading of the printed summary */
	simple_section(&sm, _("Evaluation"), eval_f,
	    sizeof eval_f / sizeof eval_f[0]);
	warnings(&sm);
	policy(&sm);
	if (in->flags & REPORT_SUM_HISTORY)
		history(&sm);
	return sm.doc;
}
