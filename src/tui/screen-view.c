/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen-view.c: the dialogue view. Owns the lifecycle bar (the seven
 * states with the current one in brackets; a rejected or cancelled
 * dialogue says so in words), the warnings at the top, and the sections
 * laid out as lines that scroll: overview, gate questions and decision,
 * plan, sessions, contributions (contact details never shown), result
 * and report, feedback, evaluation, history. The selected line's field
 * or section is what Enter and e act on; the help key shows the rule
 * behind each warning, the selected one first. The forms, the lifecycle
 * dialog and the child lists are the modal components' (tui-int.h).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "tui-int.h"

#define POLL_MS		1000
#define FIRST_ROW	2
#define ROWS()		(LINES - 4)

enum section {
	SEC_NONE, SEC_WARNINGS, SEC_OVERVIEW, SEC_GATES, SEC_PLAN,
	SEC_SESSIONS, SEC_CONTRIBUTIONS, SEC_RESULT, SEC_FEEDBACK,
	SEC_EVALUATION, SEC_HISTORY,
};

/* One line of the view. */
struct vline {
	char		*label;		/* NULL: a value or text line */
	char		*text;
	int		 attr;		/* enum tui_attr */
	int		 bold;
	int		 field;		/* enum dlg_field, or -1 */
	enum section	 section;
	int		 heading;	/* first line of a section */
	int		 indent;
	int		 warning;	/* index in warnings, or -1 */
};

struct view {
	char			*ref;
	struct dialogue		*d;
	struct dlg_issues	 warnings;
	struct strlist		 contrib;	/* prepared text, per line */
	struct vline		*v;
	size_t			 n, alloc;
	int			 built_cols;
	int			 label_w;
	long			 top, sel;
	long long		 data_version;
	int			 gone;		/* the dialogue disappeared */
};

/* ------------------------------------------------------------ sections */

static const enum dlg_field overview_fields[] = {
	F_CASE_NUMBER, F_TITLE, F_QUESTION, F_PURPOSE, F_GOALS, F_BACKGROUND,
	F_INITIATED_BY, F_SENDER, F_ADMINISTRATION, F_BODIES, F_LEVEL,
};
static const enum dlg_field gate_fields[] = {
	F_NEED_VIEWS, F_NEED_VIEWS_BY, F_NEED_VIEWS_DATE, F_OPEN_TO_INFLUENCE,
	F_OPEN_TO_INFLUENCE_BY, F_OPEN_TO_INFLUENCE_DATE, F_DECISION_BODY,
	F_DECISION_DATE, F_DECISION_PARAGRAPH, F_DECISION_CASE,
	F_BUDGET_FRAME, F_DECIDED_START, F_DECIDED_END,
	F_QUESTION_DECISION_BODY, F_QUESTION_DECISION_DATE,
	F_QUESTION_DECISION_PARAGRAPH, F_QUESTION_DECISION_OUTCOME,
	F_QUESTION_DECISION_MEASURES,
};
static const enum dlg_field plan_fields[] = {
	F_GOALS, F_TARGET_GROUPS, F_METHODS, F_OUTREACH, F_OUTREACH_HOW,
	F_PARTNERS, F_DECISION_DEADLINE, F_PLANNED_START, F_PLANNED_END,
	F_BUDGET, F_FINANCING, F_RESULT_USE, F_RESPONSIBILITIES,
	F_RESPONSIBLE_PLANNING, F_RESPONSIBLE_CONDUCT,
	F_RESPONSIBLE_DOCUMENTATION, F_RESPONSIBLE_PROCESSING,
	F_RESPONSIBLE_FEEDBACK, F_RESPONSIBLE_EVALUATION, F_FACT_BASIS,
	F_PROJECT_PLAN, F_RESOURCES, F_PARTIES_INVITED, F_POLITICIANS,
	F_PROCESS_OWNER, F_PROCESS_LEADER, F_COMMUNICATION_PLAN,
	F_DOCUMENTATION_PLAN, F_FEEDBACK_PLAN, F_EVALUATION_PLAN,
	F_PARTICIPANTS_INFORMED,
};
static const enum dlg_field result_fields[] = {
	F_RESULT_SUMMARY, F_RESULT_DATE, F_REPORT_REFERENCE, F_REPORT_DATE,
	F_NOT_REPORTED_REASON, F_REVIEW_TEXT, F_REVIEW_DATE,
};
static const enum dlg_field evaluation_fields[] = {
	F_EVALUATION_DATE, F_INFLUENCE, F_GOALS_MET, F_EVALUATION_REACH,
	F_PARTICIPANTS_VIEW, F_LESSONS, F_LEVEL_CHANGE_REASON, F_STATE_REASON,
};
#define NELEM(a) (sizeof (a) / sizeof (a)[0])

/* ------------------------------------------------------------ lines */

static struct vline *
add_line(struct view *V, enum section sec, int field, const char *label,
    const char *text)
{
	struct vline *l;

	if (V->n == V->alloc) {
		V->alloc = V->alloc ? V->alloc * 2 : 128;
		V->v = xrealloc(V->v, V->alloc * sizeof *V->v);
	}
	l = &V->v[V->n++];
	memset(l, 0, sizeof *l);
	l->label = xstrdup(label);
	l->text = xstrdup(text != NULL ? text : "");
	l->field = field;
	l->section = sec;
	l->attr = TA_NORMAL;
	l->warning = -1;
	return l;
}

static void
lines_clear(struct view *V)
{
	size_t i;

	for (i = 0; i < V->n; i++) {
		free(V->v[i].label);
		free(V->v[i].text);
	}
	free(V->v);
	V->v = NULL;
	V->n = V->alloc = 0;
}

static void
blank(struct view *V)
{
	add_line(V, SEC_NONE, -1, NULL, "");
}

static void
heading(struct view *V, enum section sec, const char *title)
{
	struct vline *l;

	if (V->n > 0)
		blank(V);
	l = add_line(V, sec, -1, NULL, title);
	l->heading = 1;
	l->bold = 1;
}

/* Text wrapped to the width left of indent; every line in sec. */
static void
text_block(struct view *V, enum section sec, int field, int indent,
    const char *text, int attr)
{
	struct strlist lines = { 0 };
	struct vline *l;
	size_t i;

	tui_wrap(text, COLS - 2 - indent > 10 ? COLS - 2 - indent : 10,
	    &lines);
	for (i = 0; i < lines.n; i++) {
		l = add_line(V, sec, field, NULL, lines.v[i]);
		l->indent = indent;
		l->attr = attr;
	}
	sl_clear(&lines);
}

/* "Label  value", the value wrapped beside the label. */
static void
field_line(struct view *V, enum section sec, int field, const char *label,
    const char *value)
{
	struct strlist lines = { 0 };
	struct vline *l;
	int vw = COLS - 2 - V->label_w - 2;
	size_t i;

	if (vw < 10)
		vw = 10;
	if (value == NULL || *value == '\0') {
		l = add_line(V, sec, field, label, "-");
		l->attr = TA_DIM;
		return;
	}
	tui_wrap(value, vw, &lines);
	for (i = 0; i < lines.n; i++)
		add_line(V, sec, field, i == 0 ? label : "", lines.v[i]);
	sl_clear(&lines);
}

static void
fields(struct view *V, enum section sec, const enum dlg_field *f, size_t n)
{
	char *value;
	size_t i;

	for (i = 0; i < n; i++) {
		value = dlg_format_field(V->d, f[i]);
		field_line(V, sec, (int)f[i], _(dlg_fields[f[i]].label),
		    value);
		free(value);
	}
}

static void
sessions(struct view *V)
{
	const struct dialogue *d = V->d;
	struct strbuf sb;
	char *s;
	size_t i;

	/* TRANSLATORS: section heading of the dialogue view */
	heading(V, SEC_SESSIONS, _("Sessions"));
	if (d->nsessions == 0) {
		text_block(V, SEC_SESSIONS, -1, 2, _("No session is recorded "
		    "yet."), TA_DIM);
		return;
	}
	sb_init(&sb);
	for (i = 0; i < d->nsessions; i++) {
		const struct dlg_session *ss = &d->sessions[i];

		sb_reset(&sb);
		s = dlg_session_when(ss);
		sb_add(&sb, s);
		free(s);
		if (ss->place != NULL && *ss->place != '\0')
			sb_addf(&sb, "  %s", ss->place);
		if (ss->method != NULL && *ss->method != '\0')
			sb_addf(&sb, "  %s", ss->method);
		if (ss->participants >= 0) {
			s = xasprintf(ngettext("%lld participant",
			    "%lld participants",
			    (unsigned long)ss->participants),
			    ss->participants);
			sb_addf(&sb, "  %s", s);
			free(s);
		}
		text_block(V, SEC_SESSIONS, -1, 2, sb.buf, TA_NORMAL);
		if (ss->politicians != NULL && *ss->politicians != '\0') {
			s = xasprintf(_("Politicians present: %s"),
			    ss->politicians);
			text_block(V, SEC_SESSIONS, -1, 4, s, TA_NORMAL);
			free(s);
		} else
			text_block(V, SEC_SESSIONS, -1, 4, _("No politician "
			    "was present."), TA_WARNING);
		if (ss->breakdown != NULL && *ss->breakdown != '\0')
			text_block(V, SEC_SESSIONS, -1, 4, ss->breakdown,
			    TA_NORMAL);
		if (ss->notes != NULL && *ss->notes != '\0')
			text_block(V, SEC_SESSIONS, -1, 4, ss->notes,
			    TA_NORMAL);
	}
	sb_release(&sb);
}

/* The channel of a contribution for people; the token when unknown. */
static const char *
channel_label(const char *token)
{
	static const struct {
		const char	*token;
		const char	*label;
	} channels[] = {
		/* TRANSLATORS: channels a contribution came through */
		{ "meeting",	N_("meeting") },
		{ "web",	N_("web") },
		{ "letter",	N_("letter") },
		{ "email",	N_("email") },
		{ "survey",	N_("survey") },
		{ "other",	N_("other") },
	};
	size_t i;

	for (i = 0; i < sizeof channels / sizeof channels[0]; i++)
		if (strcmp(token, channels[i].token) == 0)
			return _(channels[i].label);
	return token;
}

/* Contributions are read when the view loads; the text of each, ready
 * to wrap, is kept in V->contrib (never the contact details). */
static int
contrib_cb(const struct dlg_contribution *c, void *arg)
{
	struct view *V = arg;
	struct strbuf sb;

	sb_init(&sb);
	sb_addf(&sb, "#%lld  %.10s", c->id, c->created != NULL ?
	    c->created : "");
	if (c->channel != NULL && *c->channel != '\0')
		sb_addf(&sb, "  %s", channel_label(c->channel));
	if (c->channel_text != NULL && *c->channel_text != '\0')
		sb_addf(&sb, " (%s)", c->channel_text);
	if (c->themes != NULL && *c->themes != '\0') {
		char *t = xasprintf(_("Themes: %s"), c->themes);

		sb_addf(&sb, "  %s", t);
		free(t);
	}
	sl_push(&V->contrib, sb.buf);
	sl_push(&V->contrib, c->text != NULL ? c->text : "");
	if (c->contact != NULL && *c->contact != '\0')
		sl_push(&V->contrib, _("Contact details were given; they are "
		    "not shown here."));
	else if (c->contact_erased)
		sl_push(&V->contrib, _("Contact details were erased."));
	else
		sl_push(&V->contrib, "");
	sb_release(&sb);
	return 0;
}

static void
contributions(struct view *V)
{
	size_t i;

	/* TRANSLATORS: section heading of the dialogue view */
	heading(V, SEC_CONTRIBUTIONS, _("Contributions"));
	if (V->contrib.n == 0) {
		text_block(V, SEC_CONTRIBUTIONS, -1, 2, _("No contribution is "
		    "recorded yet."), TA_DIM);
		return;
	}
	/* Three strings per contribution: head, text, contact note. */
	for (i = 0; i + 2 < V->contrib.n; i += 3) {
		text_block(V, SEC_CONTRIBUTIONS, -1, 2, V->contrib.v[i],
		    TA_NORMAL);
		text_block(V, SEC_CONTRIBUTIONS, -1, 4, V->contrib.v[i + 1],
		    TA_NORMAL);
		if (V->contrib.v[i + 2][0] != '\0')
			text_block(V, SEC_CONTRIBUTIONS, -1, 4,
			    V->contrib.v[i + 2], TA_DIM);
	}
}

static void
feedback(struct view *V)
{
	const struct dialogue *d = V->d;
	struct strbuf sb;
	size_t i;

	/* TRANSLATORS: section heading of the dialogue view */
	heading(V, SEC_FEEDBACK, _("Feedback"));
	if (d->nfeedback == 0) {
		text_block(V, SEC_FEEDBACK, -1, 2, _("No feedback is recorded "
		    "yet."), TA_DIM);
		return;
	}
	sb_init(&sb);
	for (i = 0; i < d->nfeedback; i++) {
		const struct dlg_feedback *f = &d->feedback[i];

		sb_reset(&sb);
		sb_add(&sb, f->date != NULL ? f->date : "");
		if (f->channels != NULL && *f->channels != '\0')
			sb_addf(&sb, "  %s", f->channels);
		if (f->sender != NULL && *f->sender != '\0')
			sb_addf(&sb, "  %s", f->sender);
		text_block(V, SEC_FEEDBACK, -1, 2, sb.buf, TA_NORMAL);
		text_block(V, SEC_FEEDBACK, -1, 4, f->text, TA_NORMAL);
	}
	sb_release(&sb);
}

/* A field or state name of a history row, for people. */
static const char *
history_label(const char *field)
{
	int f;

	if (field == NULL)
		return "";
	if (strcmp(field, "state") == 0)
		/* TRANSLATORS: the field "state" in the history */
		return _("State");
	if (strcmp(field, "created") == 0)
		return _("Registered");
	if (strcmp(field, "session") == 0)
		return _("Session");
	if (strcmp(field, "feedback") == 0)
		return _("Feedback");
	if (strcmp(field, "contribution") == 0)
		return _("Contribution");
	if (strcmp(field, "contribution_contact") == 0)
		return _("Contact details");
	if ((f = dlg_field_lookup(field)) >= 0)
		return _(dlg_fields[f].label);
	return field;
}

static const char *
state_text(const char *token)
{
	int s;

	for (s = 0; token != NULL && s < DLG_NSTATES; s++)
		if (strcmp(token, dlg_state_token((enum dlg_state)s)) == 0)
			return dlg_state_label((enum dlg_state)s);
	return token != NULL ? token : "";
}

struct hist_arg {
	struct view	*V;
};

static int
history_cb(const struct store_history_row *h, void *arg)
{
	struct view *V = ((struct hist_arg *)arg)->V;
	const char *label = history_label(h->field);
	const char *o = h->old_value, *n = h->new_value;
	char *head, *what;
	struct vline *l;

	/* TRANSLATORS: a history entry: date, time (UTC) and who */
	head = xasprintf(_("%.10s %.5s UTC  %s"), h->at != NULL ? h->at : "",
	    h->at != NULL && strlen(h->at) >= 16 ? h->at + 11 : "",
	    h->who != NULL ? h->who : "");
	l = add_line(V, SEC_HISTORY, -1, NULL, head);
	l->indent = 2;
	free(head);
	if (h->field != NULL && strcmp(h->field, "state") == 0)
		what = xasprintf(_("The state changed from %s to %s."),
		    state_text(o), state_text(n));
	else if (h->field != NULL && strcmp(h->field, "session") == 0)
		what = xasprintf(_("A session was recorded: %s."),
		    n != NULL ? n : "");
	else if (h->field != NULL && strcmp(h->field, "feedback") == 0)
		what = xasprintf(_("Feedback was recorded: %s."),
		    n != NULL ? n : "");
	else if (h->field != NULL && strcmp(h->field, "contribution") == 0)
		what = xasprintf(_("Contribution #%s was recorded."),
		    n != NULL ? n : "");
	else if (h->field != NULL &&
	    strcmp(h->field, "contribution_contact") == 0)
		/* never the details themselves: given, changed or erased */
		what = xstrdup(n != NULL && strcmp(n, "erased") == 0 ?
		    _("Contact details were erased.") : n != NULL &&
		    strcmp(n, "changed") == 0 ?
		    _("Contact details were changed.") :
		    _("Contact details were given."));
	else if (h->field != NULL && strcmp(h->field, "created") == 0)
		what = xstrdup(_("The dialogue was registered."));
	else if ((o == NULL || *o == '\0') && (n == NULL || *n == '\0'))
		what = xasprintf(_("%s: changed."), label);
	else if (o == NULL || *o == '\0')
		what = xasprintf(_("%s set to '%s'."), label, n);
	else if (n == NULL || *n == '\0')
		what = xasprintf(_("%s cleared (was '%s')."), label, o);
	else
		what = xasprintf(_("%s changed from '%s' to '%s'."), label, o,
		    n);
	text_block(V, SEC_HISTORY, -1, 4, what, TA_NORMAL);
	free(what);
	if (h->reason != NULL && *h->reason != '\0') {
		what = xasprintf(_("Reason: %s"), h->reason);
		text_block(V, SEC_HISTORY, -1, 4, what, TA_NORMAL);
		free(what);
	}
	return 0;
}

/* The widest label of the shown fields, at most a third of the screen. */
static int
label_width(void)
{
	int w = 0, lw, f;

	for (f = 0; f < DLG_NFIELDS; f++)
		if ((lw = tui_width(_(dlg_fields[f].label))) > w)
			w = lw;
	if ((lw = tui_width(_("Deciding body"))) > w)
		w = lw;
	if (w > COLS / 3)
		w = COLS / 3;
	return w;
}

static void
build(struct tui_app *app, struct view *V)
{
	struct hist_arg ha;
	struct dlg_error err;
	struct vline *l;
	size_t i;
	char *t;

	lines_clear(V);
	V->built_cols = COLS;
	V->label_w = label_width();
	if (V->d == NULL)
		return;

	if (V->warnings.n > 0) {
		t = xasprintf(ngettext("%ld warning", "%ld warnings",
		    (unsigned long)V->warnings.n), (long)V->warnings.n);
		l = add_line(V, SEC_WARNINGS, -1, NULL, t);
		free(t);
		l->heading = 1;
		l->bold = 1;
		l->attr = TA_WARNING;
		for (i = 0; i < V->warnings.n; i++) {
			size_t first = V->n, k;

			/* TRANSLATORS: one warning in the dialogue view */
			t = xasprintf(_("! %s"), V->warnings.v[i].text);
			text_block(V, SEC_WARNINGS, V->warnings.v[i].field, 2,
			    t, TA_WARNING);
			free(t);
			for (k = first; k < V->n; k++)
				V->v[k].warning = (int)i;
		}
	}

	/* TRANSLATORS: section heading of the dialogue view */
	heading(V, SEC_OVERVIEW, _("Overview"));
	fields(V, SEC_OVERVIEW, overview_fields, NELEM(overview_fields));
	/* TRANSLATORS: label of the derived deciding body [T5] */
	field_line(V, SEC_OVERVIEW, F_BODIES, _("Deciding body"),
	    dlg_deciding_body(V->d, app->settings));
	/* TRANSLATORS: section heading of the dialogue view */
	heading(V, SEC_GATES, _("Gate questions and decision"));
	fields(V, SEC_GATES, gate_fields, NELEM(gate_fields));
	/* TRANSLATORS: section heading of the dialogue view */
	heading(V, SEC_PLAN, _("Plan"));
	fields(V, SEC_PLAN, plan_fields, NELEM(plan_fields));
	sessions(V);
	contributions(V);
	/* TRANSLATORS: section heading of the dialogue view */
	heading(V, SEC_RESULT, _("Result and report"));
	fields(V, SEC_RESULT, result_fields, NELEM(result_fields));
	feedback(V);
	/* TRANSLATORS: section heading of the dialogue view */
	heading(V, SEC_EVALUATION, _("Evaluation"));
	fields(V, SEC_EVALUATION, evaluation_fields,
	    NELEM(evaluation_fields));
	/* TRANSLATORS: section heading of the dialogue view */
	heading(V, SEC_HISTORY, _("History"));
	ha.V = V;
	err_clear(&err);
	if (store_history(app->st, V->ref, history_cb, &ha, &err) != 0)
		text_block(V, SEC_HISTORY, -1, 2, err.msg, TA_ERROR);
	if (V->sel >= (long)V->n)
		V->sel = (long)V->n - 1;
	if (V->sel < 0)
		V->sel = 0;
}

/* Read the dialogue, its warnings and its contributions again. */
static void
load(struct tui_app *app, struct view *V)
{
	struct dialogue *d = NULL;
	struct dlg_error err;

	err_clear(&err);
	dlg_issues_clear(&V->warnings);
	sl_clear(&V->contrib);
	if (store_dialogue_load(app->st, V->ref, &d, &err) != 0) {
		if (err.code == ERR_NOTFOUND)
			V->gone = 1;
		tui_message(app, TA_ERROR, "%s", err.msg);
		dlg_free(V->d);
		V->d = NULL;
		build(app, V);
		return;
	}
	dlg_free(V->d);
	V->d = d;
	dlg_warnings(d, app->settings, app->today, &V->warnings);
	if (store_contributions(app->st, V->ref, contrib_cb, V, &err) != 0)
		tui_message(app, TA_ERROR, "%s", err.msg);
	build(app, V);
}

/* ------------------------------------------------------------ drawing */

static void
draw_bar(struct tui_app *app, struct view *V)
{
	const struct dialogue *d = V->d;
	const char *sep;
	char *s;
	int x = 1, i, w = 0, cur;

	if (d == NULL)
		return;
	if (d->state == DLG_REJECTED || d->state == DLG_CANCELLED) {
		/* Outside the lifecycle: said in words, not in the bar. */
		s = xasprintf(d->state == DLG_REJECTED ?
		    _("State: %s. This dialogue will not be held.") :
		    _("State: %s. This dialogue was stopped."),
		    dlg_state_label(d->state));
		wattrset(stdscr, A_BOLD);
		tui_put(stdscr, 1, 1, COLS - 2, s);
		wattrset(stdscr, A_NORMAL);
		free(s);
		return;
	}
	cur = (int)d->state;
	for (i = 0; i <= DLG_EVALUATED; i++)
		w += tui_width(dlg_state_label((enum dlg_state)i)) + 3;
	sep = w + 2 <= COLS - 2 ? (app->ascii ? " > " : " \xe2\x86\x92 ") :
	    (app->ascii ? ">" : "\xe2\x86\x92");
	for (i = 0; i <= DLG_EVALUATED; i++) {
		if (i > 0)
			x += tui_put(stdscr, 1, x, COLS - x, sep);
		if (i == cur) {
			s = xasprintf("[%s]", dlg_state_label(
			    (enum dlg_state)i));
			wattrset(stdscr, tui_attr(app, TA_CURRENT_STATE));
			x += tui_put(stdscr, 1, x, COLS - x, s);
			wattrset(stdscr, A_NORMAL);
			free(s);
		} else {
			wattrset(stdscr, i < cur ? A_NORMAL :
			    tui_attr(app, TA_DIM));
			x += tui_put(stdscr, 1, x, COLS - x,
			    dlg_state_label((enum dlg_state)i));
			wattrset(stdscr, A_NORMAL);
		}
	}
}

static void
draw_info(struct tui_app *app, struct view *V)
{
	char *s = NULL, pos[64];
	int pw;

	if (V->d != NULL)
		s = xasprintf(_("Version %lld, last changed %.10s by %s"),
		    V->d->version, V->d->updated != NULL ? V->d->updated : "",
		    V->d->updated_by != NULL ? V->d->updated_by : "");
	snprintf(pos, sizeof pos, _("Line %ld of %ld"), V->sel + 1,
	    (long)V->n);
	pw = tui_width(pos);
	wattrset(stdscr, tui_attr(app, TA_STATUS));
	mvwhline(stdscr, LINES - 2, 0, ' ', COLS);
	if (s != NULL)
		tui_put(stdscr, LINES - 2, 1, COLS - pw - 4, s);
	tui_put(stdscr, LINES - 2, COLS - pw - 1, pw, pos);
	wattrset(stdscr, A_NORMAL);
	free(s);
}

static void
scroll_to_sel(struct view *V)
{
	long rows = ROWS() > 0 ? ROWS() : 1;

	if (V->sel < V->top)
		V->top = V->sel;
	if (V->sel >= V->top + rows)
		V->top = V->sel - rows + 1;
	if (V->top > (long)V->n - rows)
		V->top = (long)V->n - rows;
	if (V->top < 0)
		V->top = 0;
}

static void view_draw(struct tui_app *, void *);

/* ------------------------------------------------------------ keys */

static int
view_down(struct tui_app *app, void *state)
{
	struct view *V = state;

	if (V->sel + 1 < (long)V->n)
		V->sel++;
	return TUI_REDRAW;
}

static int
view_up(struct tui_app *app, void *state)
{
	struct view *V = state;

	if (V->sel > 0)
		V->sel--;
	return TUI_REDRAW;
}

static int
view_pgdn(struct tui_app *app, void *state)
{
	struct view *V = state;
	long rows = ROWS() > 1 ? ROWS() - 1 : 1;

	V->top += rows;
	V->sel += rows;
	if (V->sel >= (long)V->n)
		V->sel = (long)V->n - 1;
	return TUI_REDRAW;
}

static int
view_pgup(struct tui_app *app, void *state)
{
	struct view *V = state;
	long rows = ROWS() > 1 ? ROWS() - 1 : 1;

	V->top -= rows;
	V->sel -= rows;
	if (V->sel < 0)
		V->sel = 0;
	if (V->top < 0)
		V->top = 0;
	return TUI_REDRAW;
}

static int
view_home(struct tui_app *app, void *state)
{
	((struct view *)state)->sel = 0;
	return TUI_REDRAW;
}

static int
view_end(struct tui_app *app, void *state)
{
	struct view *V = state;

	V->sel = V->n > 0 ? (long)V->n - 1 : 0;
	return TUI_REDRAW;
}

/* The selected line's section starts at the top of the screen. */
static void
show_section_at(struct view *V, long i)
{
	long rows = ROWS() > 0 ? ROWS() : 1;

	V->sel = i;
	V->top = i;
	if (V->top > (long)V->n - rows)
		V->top = (long)V->n - rows;
	if (V->top < 0)
		V->top = 0;
}

static int
view_next_section(struct tui_app *app, void *state)
{
	struct view *V = state;
	long i;

	for (i = V->sel + 1; i < (long)V->n; i++)
		if (V->v[i].heading) {
			show_section_at(V, i);
			break;
		}
	return TUI_REDRAW;
}

static int
view_prev_section(struct tui_app *app, void *state)
{
	struct view *V = state;
	long i;

	for (i = V->sel - 1; i >= 0; i--)
		if (V->v[i].heading) {
			show_section_at(V, i);
			break;
		}
	return TUI_REDRAW;
}

/* After a modal component: reload on change, pass a quit on. */
static int
after(struct tui_app *app, struct view *V, int f)
{
	if (f & TUI_QUIT)
		return TUI_QUIT;
	load(app, V);
	return TUI_REDRAW;
}

static int
view_edit(struct tui_app *app, void *state)
{
	struct view *V = state;
	int field = -1;

	if (V->d == NULL)
		return TUI_NONE;
	if (V->sel >= 0 && V->sel < (long)V->n)
		field = V->v[V->sel].field;
	return after(app, V, tui_form_dialogue(app, V->ref, field, NULL));
}

static int
view_state(struct tui_app *app, void *state)
{
	struct view *V = state;

	if (V->d == NULL)
		return TUI_NONE;
	return after(app, V, tui_lifecycle(app, V->ref));
}

static int
view_sessions(struct tui_app *app, void *state)
{
	struct view *V = state;

	if (V->d == NULL)
		return TUI_NONE;
	return after(app, V, tui_sessions(app, V->ref));
}

static int
view_contributions(struct tui_app *app, void *state)
{
	struct view *V = state;

	if (V->d == NULL)
		return TUI_NONE;
	return after(app, V, tui_contributions(app, V->ref));
}

static int
view_history(struct tui_app *app, void *state)
{
	struct view *V = state;

	if (V->d == NULL)
		return TUI_NONE;
	return after(app, V, tui_history(app, V->ref));
}

static int
view_print(struct tui_app *app, void *state)
{
	struct view *V = state;

	if (V->d == NULL)
		return TUI_NONE;
	return after(app, V, tui_print_preview(app, V->ref));
}

/* Enter: the selected field in the form, or the section's own list. */
static int
view_open(struct tui_app *app, void *state)
{
	struct view *V = state;
	const struct vline *l;

	if (V->d == NULL || V->n == 0)
		return TUI_NONE;
	l = &V->v[V->sel];
	if (l->field >= 0)
		return view_edit(app, state);
	switch (l->section) {
	case SEC_SESSIONS:
	case SEC_FEEDBACK:
		return view_sessions(app, state);
	case SEC_CONTRIBUTIONS:
		return view_contributions(app, state);
	case SEC_HISTORY:
		return view_history(app, state);
	case SEC_NONE:
		return TUI_NONE;
	default:
		return view_edit(app, state);
	}
}

static int
view_back(struct tui_app *app, void *state)
{
	return TUI_BACK;
}

static int view_help(struct tui_app *, void *);

static const struct tui_key view_keys[] = {
	{ 'e', 0, 1, view_edit, N_("Edit"),
	    N_("Edit the dialogue, starting at the selected field") },
	{ '\n', KEY_ENTER, 1, view_open, NULL,
	    N_("Edit the selected field, or open the section's list") },
	{ 's', 0, 1, view_state, N_("Change state"),
	    N_("Change the state: the next steps and what each needs") },
	{ 'm', 0, 1, view_sessions, N_("Sessions"),
	    N_("The sessions and the feedback, with add and edit") },
	{ 'c', 0, 1, view_contributions, N_("Contributions"),
	    N_("The contributions, with add and erasing contact details") },
	{ 'h', 0, 1, view_history, N_("History"),
	    N_("Every change made to the dialogue") },
	{ 'p', 0, 1, view_print, NULL,
	    N_("Preview the summary as it prints, then print or save it") },
	{ 'j', KEY_DOWN, 1, view_down, NULL, N_("Move down") },
	{ 'k', KEY_UP, 1, view_up, NULL, N_("Move up") },
	{ KEY_NPAGE, ' ', 0, view_pgdn, NULL, N_("Next page") },
	{ KEY_PPAGE, 'b', 0, view_pgup, NULL, N_("Previous page") },
	{ 'g', KEY_HOME, 1, view_home, NULL, N_("Go to the top") },
	{ 'G', KEY_END, 1, view_end, NULL, N_("Go to the bottom") },
	{ ']', '\t', 1, view_next_section, NULL,
	    N_("Go to the next section") },
	{ '[', KEY_BTAB, 1, view_prev_section, NULL,
	    N_("Go to the previous section") },
	{ 12, 0, 1, tui_act_redraw, NULL, N_("Redraw the screen") },
	{ '?', KEY_F(1), 1, view_help, N_("Help"),
	    N_("Show the rule behind each warning, then this help") },
	{ 'q', 27, 1, view_back, N_("Back"),
	    N_("Back to the register list") },
	{ 0, 0, 0, NULL, NULL, NULL }
};

/*
 * The warnings with the rule behind each, the selected one first (the
 * one ? was pressed on), as lines; nothing when there is no warning.
 */
static char *
warning_rules(struct tui_app *app, const struct view *V)
{
	struct strlist lines = { 0 };
	char *t;
	size_t i;
	int sel = -1;

	if (V->d == NULL || V->warnings.n == 0)
		return NULL;
	if (V->sel >= 0 && V->sel < (long)V->n)
		sel = V->v[V->sel].warning;
	t = xasprintf(ngettext("%ld warning", "%ld warnings",
	    (unsigned long)V->warnings.n), (long)V->warnings.n);
	sl_push_owned(&lines, t);
	for (i = 0; i < V->warnings.n; i++) {
		/* i == 0 is the selected one when there is one. */
		size_t k = sel < 0 ? i : i == 0 ? (size_t)sel :
		    i <= (size_t)sel ? i - 1 : i;

		tui_issue_lines(app, "! ", &V->warnings.v[k],
		    tui_warning_rule(V->d, V->warnings.v[k].code), COLS - 4,
		    &lines);
	}
	t = tui_join(&lines);
	sl_clear(&lines);
	return t;
}

static int
view_help(struct tui_app *app, void *state)
{
	struct view *V = state;
	char *before = warning_rules(app, V), *legend = NULL, *text;
	int f;

	if (before != NULL)
		legend = tui_policy_legend(app);
	text = xasprintf("%s%s%s", _("The bar under the title shows the seven "
	    "states of the lifecycle; the current one is in brackets. A "
	    "rejected or cancelled dialogue says so in words. Warnings, "
	    "marked with !, come first; Enter on a warning opens the field "
	    "it is about, and ? on it shows the rule behind it first."),
	    legend != NULL ? "\n\n" : "", legend != NULL ? legend : "");
	/* TRANSLATORS: title of the help of the dialogue view */
	f = tui_help_page(app, _("Dialogue"), before, view_keys, text);
	free(text);
	free(legend);
	free(before);
	return f;
}

static void
view_draw(struct tui_app *app, void *state)
{
	struct view *V = state;
	const struct vline *l;
	char *title;
	int i, y, x, cursor_x = 1;

	if (V->built_cols != COLS)
		build(app, V);
	scroll_to_sel(V);
	werase(stdscr);
	wattrset(stdscr, tui_attr(app, TA_TITLE));
	mvwhline(stdscr, 0, 0, ' ', COLS);
	title = xasprintf("%s  %s", V->ref, V->d != NULL &&
	    dlg_get(V->d, F_TITLE) != NULL ? dlg_get(V->d, F_TITLE) : "");
	tui_put(stdscr, 0, 1, COLS - 2, title);
	free(title);
	wattrset(stdscr, A_NORMAL);
	draw_bar(app, V);

	for (i = 0; i < ROWS() && V->top + i < (long)V->n; i++) {
		l = &V->v[V->top + i];
		y = FIRST_ROW + i;
		x = 1 + l->indent;
		if (V->top + i == V->sel) {
			wattrset(stdscr, tui_attr(app, TA_SELECTED));
			mvwhline(stdscr, y, 0, ' ', COLS);
			cursor_x = x;
		} else
			wattrset(stdscr, tui_attr(app,
			    (enum tui_attr)l->attr) | (l->bold ? A_BOLD : 0));
		if (l->label != NULL) {
			tui_put(stdscr, y, x + 1, V->label_w, l->label);
			x += 1 + V->label_w + 2;
		}
		tui_put(stdscr, y, x, COLS - x - 1, l->text);
		wattrset(stdscr, A_NORMAL);
	}
	if (V->d == NULL)
		tui_put(stdscr, FIRST_ROW + 1, 2, COLS - 4, V->gone ?
		    _("This dialogue is no longer in the register.") :
		    _("The dialogue could not be read."));
	draw_info(app, V);
	wmove(stdscr, FIRST_ROW + (int)(V->sel - V->top), cursor_x);
	wnoutrefresh(stdscr);
	tui_status_keys(app, view_keys);
	doupdate();
}

/* ------------------------------------------------------------ screen */

static int
view_idle(struct tui_app *app, void *state)
{
	struct view *V = state;
	struct dlg_error err;
	long long v;

	err_clear(&err);
	if (store_data_version(app->st, &v, &err) != 0 ||
	    v == V->data_version)
		return TUI_NONE;
	V->data_version = v;
	load(app, V);
	return TUI_REDRAW;
}

static void
view_enter(struct tui_app *app, void *state)
{
	struct view *V = state;
	struct dlg_error err;

	err_clear(&err);
	store_data_version(app->st, &V->data_version, &err);
	load(app, V);
}

static const struct tui_screen view_screen = {
	.name = N_("Dialogue"),
	.keys = view_keys,
	.enter = view_enter,
	.leave = NULL,
	.draw = view_draw,
	.idle = view_idle,
	.idle_ms = POLL_MS,
};

int
tui_view_run(struct tui_app *app, const char *ref)
{
	struct view V;
	int f;

	memset(&V, 0, sizeof V);
	V.ref = xstrdup(ref);
	f = tui_screen_run(app, &view_screen, &V);
	lines_clear(&V);
	dlg_issues_clear(&V.warnings);
	sl_clear(&V.contrib);
	dlg_free(V.d);
	free(V.ref);
	return f;
}
