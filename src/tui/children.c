/*
 * children.c: the lists under a dialogue: its sessions, its feedback,
 * its contributions and its history. Owns one scrolling table for all
 * four (columns aligned by display width, the selected row marked by text
 * and the terminal cursor, not by colour alone) and the small forms that
 * add or edit (e) a session (checked by dlg_session_check), feedback
 * (dlg_feedback_check) and a contribution (dlg_contribution_check),
 * saved against the version the list was loaded with; contact details
 * are shown only when the user asks (GDPR: need to know) and erased after
 * a confirmation through the store, which logs it. The history is read
 * only.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "tui-int.h"

enum list_kind { L_SESSIONS, L_FEEDBACK, L_CONTRIBUTIONS, L_HISTORY };

#define MAXCOLS	8

struct column {
	const char	*label;		/* N_() */
	int		 max;		/* widest it gets; 0 = the rest */
	int		 right;		/* numbers: right-aligned */
};

/* One row: the cells shown and the text Enter shows in full. */
struct row {
	char		*cell[MAXCOLS];
	char		*detail;
	long long	 id;
	int		 has_contact;
};

struct clist {
	struct tui_app		*app;
	const char		*ref;
	enum list_kind		 kind;
	const struct column	*cols;
	int			 ncols;
	const struct tui_key	*keys;
	struct row		*rows;
	int			 n, alloc;
	int			 cur, top;
	int			 reveal;	/* contact details shown */
	int			 done;
	int			 flags;
	struct dialogue		*d;		/* full load: sessions */
	char			*title;
	WINDOW			*win;
};

/* ------------------------------------------------------------ columns */

static const struct column session_cols[] = {
	/* TRANSLATORS: column header: the number of a session */
	{ N_("No."), 4, 1 },
	/* TRANSLATORS: column header */
	{ N_("Date"), 10, 0 },
	/* TRANSLATORS: column header */
	{ N_("Place"), 22, 0 },
	/* TRANSLATORS: column header */
	{ N_("Method"), 18, 0 },
	/* TRANSLATORS: column header: how many took part */
	{ N_("Participants"), 12, 1 },
	/* TRANSLATORS: column header: politicians present */
	{ N_("Politicians"), 0, 0 },
};

static const struct column feedback_cols[] = {
	/* TRANSLATORS: column header: the number of a feedback */
	{ N_("No."), 4, 1 },
	/* TRANSLATORS: column header */
	{ N_("Date"), 10, 0 },
	/* TRANSLATORS: column header: the body that gave the feedback */
	{ N_("Sender"), 20, 0 },
	/* TRANSLATORS: column header: how the feedback reached people */
	{ N_("Channels"), 20, 0 },
	/* TRANSLATORS: column header */
	{ N_("Text"), 0, 0 },
};

static const struct column contribution_cols[] = {
	/* TRANSLATORS: column header: the number of a contribution */
	{ N_("No."), 4, 1 },
	/* TRANSLATORS: column header: when a contribution was recorded */
	{ N_("Recorded"), 10, 0 },
	/* TRANSLATORS: column header: meeting, web, letter, email, survey */
	{ N_("Channel"), 10, 0 },
	/* TRANSLATORS: column header: the session a contribution came from */
	{ N_("Session"), 7, 1 },
	/* TRANSLATORS: column header: theme tags */
	{ N_("Themes"), 14, 0 },
	/* TRANSLATORS: column header: contact details of a resident */
	{ N_("Contact"), 18, 0 },
	/* TRANSLATORS: column header: what the resident said */
	{ N_("Text"), 0, 0 },
};

static const struct column history_cols[] = {
	/* TRANSLATORS: column header: the version a change made */
	{ N_("Ver."), 4, 1 },
	/* TRANSLATORS: column header: when a change was made */
	{ N_("When (UTC)"), 16, 0 },
	/* TRANSLATORS: column header: who made a change */
	{ N_("Who"), 10, 0 },
	/* TRANSLATORS: column header: which field changed */
	{ N_("Field"), 16, 0 },
	/* TRANSLATORS: column header: the value before a change */
	{ N_("Old"), 12, 0 },
	/* TRANSLATORS: column header: the value after a change */
	{ N_("New"), 0, 0 },
};

#define NELEM(a)	(sizeof (a) / sizeof (a)[0])

/* The channels of a contribution and how they are shown. */
static const struct {
	const char	*token;
	const char	*label;
} channels[] = {
	/* TRANSLATORS: channel of a contribution */
	{ "meeting", N_("Meeting") },
	/* TRANSLATORS: channel of a contribution */
	{ "web", N_("Web") },
	/* TRANSLATORS: channel of a contribution */
	{ "letter", N_("Letter") },
	/* TRANSLATORS: channel of a contribution */
	{ "email", N_("Email") },
	/* TRANSLATORS: channel of a contribution */
	{ "survey", N_("Survey") },
	/* TRANSLATORS: channel of a contribution the register does not
	   know; its text as imported follows in brackets */
	{ "other", N_("Other") },
};

static const char *
channel_label(const char *token)
{
	size_t i;

	for (i = 0; token != NULL && i < NELEM(channels); i++)
		if (strcmp(token, channels[i].token) == 0)
			return _(channels[i].label);
	return token != NULL ? token : "";
}

/* ------------------------------------------------------------ rows */

static struct row *
row_add(struct clist *cl)
{
	struct row *r;

	if (cl->n == cl->alloc) {
		cl->alloc = cl->alloc ? cl->alloc * 2 : 32;
		cl->rows = xrealloc(cl->rows, (size_t)cl->alloc *
		    sizeof *cl->rows);
	}
	r = &cl->rows[cl->n++];
	memset(r, 0, sizeof *r);
	return r;
}

static void
rows_clear(struct clist *cl)
{
	int i, c;

	for (i = 0; i < cl->n; i++) {
		for (c = 0; c < MAXCOLS; c++)
			free(cl->rows[i].cell[c]);
		free(cl->rows[i].detail);
	}
	free(cl->rows);
	cl->rows = NULL;
	cl->n = cl->alloc = 0;
}

/* "Label: value" lines of a row's full text. */
static void
detail_line(struct strbuf *sb, const char *label, const char *value)
{
	if (value == NULL || *value == '\0')
		return;
	if (sb->len > 0)
		sb_addc(sb, '\n');
	/* TRANSLATORS: a line of a record shown in full: "Place: Skolan" */
	sb_addf(sb, _("%s: %s"), label, value);
}

static void
load_sessions(struct clist *cl)
{
	const struct dlg_session *s;
	struct strbuf sb;
	struct row *r;
	char num[32];
	size_t i;

	for (i = 0; i < cl->d->nsessions; i++) {
		s = &cl->d->sessions[i];
		r = row_add(cl);
		r->id = s->id;
		r->cell[0] = xasprintf("%lld", s->id);
		r->cell[1] = xstrdup(s->date);
		r->cell[2] = xstrdup(s->place);
		r->cell[3] = xstrdup(s->method);
		r->cell[4] = s->participants >= 0 ?
		    xasprintf("%lld", s->participants) : NULL;
		r->cell[5] = xstrdup(s->politicians);
		sb_init(&sb);
		snprintf(num, sizeof num, "%lld", s->id);
		detail_line(&sb, _("No."), num);
		detail_line(&sb, _("Date"), s->date);
		detail_line(&sb, _("Place"), s->place);
		detail_line(&sb, _("Method"), s->method);
		detail_line(&sb, _("Participants"), r->cell[4]);
		detail_line(&sb, _("Breakdown"), s->breakdown);
		detail_line(&sb, _("Politicians present"), s->politicians);
		if (s->politicians == NULL || *s->politicians == '\0')
			detail_line(&sb, _("Politicians present"),
			    _("none: without politicians this is a user "
			    "dialogue [T2.3]"));
		detail_line(&sb, _("Notes"), s->notes);
		r->detail = sb_detach(&sb);
	}
}

static void
load_feedback(struct clist *cl)
{
	const struct dlg_feedback *fb;
	struct strbuf sb;
	struct row *r;
	char num[32];
	size_t i;

	for (i = 0; i < cl->d->nfeedback; i++) {
		fb = &cl->d->feedback[i];
		r = row_add(cl);
		r->id = fb->id;
		r->cell[0] = xasprintf("%lld", fb->id);
		r->cell[1] = xstrdup(fb->date);
		r->cell[2] = xstrdup(fb->sender);
		r->cell[3] = xstrdup(fb->channels);
		r->cell[4] = xstrdup(fb->text);
		sb_init(&sb);
		snprintf(num, sizeof num, "%lld", fb->id);
		detail_line(&sb, _("No."), num);
		detail_line(&sb, _("Date"), fb->date);
		detail_line(&sb, _("Sender"), fb->sender);
		detail_line(&sb, _("Channels"), fb->channels);
		if (sb.len > 0)
			sb_add(&sb, "\n\n");
		sb_add(&sb, fb->text != NULL ? fb->text : "");
		r->detail = sb_detach(&sb);
	}
}

static int
contribution_row(const struct dlg_contribution *c, void *arg)
{
	struct clist *cl = arg;
	struct strbuf sb;
	struct row *r = row_add(cl);
	const char *contact;
	char num[32];

	r->id = c->id;
	r->has_contact = c->contact != NULL;
	r->cell[0] = xasprintf("%lld", c->id);
	r->cell[1] = c->created != NULL ? xstrndup(c->created, 10) : NULL;
	if (c->channel_text != NULL && *c->channel_text != '\0')
		/* TRANSLATORS: channel "Other" and its text as imported */
		r->cell[2] = xasprintf(_("%s (%s)"),
		    channel_label(c->channel), c->channel_text);
	else
		r->cell[2] = xstrdup(channel_label(c->channel));
	r->cell[3] = c->session_id > 0 ? xasprintf("%lld", c->session_id) :
	    NULL;
	r->cell[4] = xstrdup(c->themes);
	/* GDPR: contact details only when the user asked for them. */
	if (c->contact != NULL)
		/* TRANSLATORS: in place of contact details not shown */
		contact = cl->reveal ? c->contact : _("(given)");
	else if (c->contact_erased)
		/* TRANSLATORS: contact details that were erased (GDPR) */
		contact = _("(erased)");
	else
		contact = NULL;
	r->cell[5] = xstrdup(contact);
	r->cell[6] = xstrdup(c->text);
	sb_init(&sb);
	snprintf(num, sizeof num, "%lld", c->id);
	detail_line(&sb, _("No."), num);
	detail_line(&sb, _("Recorded"), c->created);
	detail_line(&sb, _("Channel"), r->cell[2]);
	detail_line(&sb, _("Session"), r->cell[3]);
	detail_line(&sb, _("Themes"), c->themes);
	detail_line(&sb, _("Contact"), contact);
	if (sb.len > 0)
		sb_add(&sb, "\n\n");
	sb_add(&sb, c->text != NULL ? c->text : "");
	r->detail = sb_detach(&sb);
	return 0;
}

static int
history_row(const struct store_history_row *h, void *arg)
{
	struct clist *cl = arg;
	struct row *r = row_add(cl);
	struct strbuf sb;
	char num[32], when[32];

	r->id = h->id;
	r->cell[0] = xasprintf("%lld", h->version);
	/* "2026-05-04T10:15:00Z" as "2026-05-04 10:15" */
	snprintf(when, sizeof when, "%.10s %.5s", h->at != NULL ? h->at : "",
	    h->at != NULL && strlen(h->at) > 11 ? h->at + 11 : "");
	r->cell[1] = xstrdup(when);
	r->cell[2] = xstrdup(h->who);
	r->cell[3] = report_history_field(h->field);
	r->cell[4] = report_history_value(h->field, h->old_value);
	r->cell[5] = report_history_value(h->field, h->new_value);
	sb_init(&sb);
	snprintf(num, sizeof num, "%lld", h->version);
	detail_line(&sb, _("Ver."), num);
	detail_line(&sb, _("When (UTC)"), h->at);
	detail_line(&sb, _("Who"), h->who);
	detail_line(&sb, _("Field"), r->cell[3]);
	detail_line(&sb, _("Old"), r->cell[4]);
	detail_line(&sb, _("New"), r->cell[5]);
	detail_line(&sb, _("Reason"), h->reason);
	r->detail = sb_detach(&sb);
	return 0;
}

/* Load the rows from the store. Returns -1 with a message shown. */
static int
cl_load(struct clist *cl)
{
	struct dlg_error err;
	int rc = 0;

	rows_clear(cl);
	err_clear(&err);
	dlg_free(cl->d);
	cl->d = NULL;
	if (store_dialogue_load(cl->app->st, cl->ref, &cl->d, &err) != 0) {
		tui_message(cl->app, TA_ERROR, "%s", err.msg);
		return -1;
	}
	switch (cl->kind) {
	case L_SESSIONS:
		load_sessions(cl);
		break;
	case L_FEEDBACK:
		load_feedback(cl);
		break;
	case L_CONTRIBUTIONS:
		rc = store_contributions(cl->app->st, cl->ref,
		    contribution_row, cl, &err);
		break;
	case L_HISTORY:
		rc = store_history(cl->app->st, cl->ref, history_row, cl,
		    &err);
		break;
	}
	if (rc != 0)
		tui_message(cl->app, TA_ERROR, "%s", err.msg);
	if (cl->cur >= cl->n)
		cl->cur = cl->n > 0 ? cl->n - 1 : 0;
	return rc;
}

/* ------------------------------------------------------------ drawing */

/* Widths of the columns at this terminal width. */
static void
widths(struct clist *cl, int *w)
{
	int c, i, cw, total = 2, avail;

	for (c = 0; c < cl->ncols; c++) {
		w[c] = tui_width(_(cl->cols[c].label));
		for (i = 0; i < cl->n; i++)
			if (cl->rows[i].cell[c] != NULL &&
			    (cw = tui_width(cl->rows[i].cell[c])) > w[c])
				w[c] = cw;
		if (cl->cols[c].max > 0 && w[c] > cl->cols[c].max &&
		    tui_width(_(cl->cols[c].label)) <= cl->cols[c].max)
			w[c] = cl->cols[c].max;
		if (c < cl->ncols - 1)
			total += w[c] + 1;
	}
	/* The last column takes the rest; the others give way if the
	 * terminal is narrow. */
	avail = COLS - total;
	for (c = cl->ncols - 2; avail < 8 && c >= 1; c--) {
		int give = w[c] > 6 ? w[c] - 6 : 0;

		if (give > 8 - avail)
			give = 8 - avail;
		w[c] -= give;
		avail += give;
	}
	w[cl->ncols - 1] = avail > 1 ? avail : 1;
}

static void
draw_cells(struct clist *cl, int y, const int *w, char *const *cells,
    int header)
{
	int c, x = 2, cw;

	for (c = 0; c < cl->ncols; c++) {
		const char *s = header ? _(cl->cols[c].label) : cells[c];

		if (s != NULL) {
			cw = tui_width(s);
			if (cl->cols[c].right && cw < w[c])
				tui_put(cl->win, y, x + w[c] - cw, w[c], s);
			else
				tui_put(cl->win, y, x, w[c], s);
		}
		x += w[c] + 1;
	}
}

static int
visible_rows(void)
{
	return LINES - 1 - 2;
}

static void
cl_draw(struct clist *cl)
{
	int w[MAXCOLS], y, i, vh = visible_rows();
	char pos[64];

	if (cl->win == NULL && (cl->win = newwin(LINES - 1, COLS, 0, 0)) ==
	    NULL)
		return;
	leaveok(cl->win, FALSE);
	werase(cl->win);
	if (cl->cur < cl->top)
		cl->top = cl->cur;
	if (cl->cur >= cl->top + vh)
		cl->top = cl->cur - vh + 1;
	if (cl->top < 0)
		cl->top = 0;
	wattrset(cl->win, tui_attr(cl->app, TA_TITLE));
	mvwhline(cl->win, 0, 0, ' ', COLS);
	if (cl->n > 0)
		/* TRANSLATORS: position in a list: "3/12" */
		snprintf(pos, sizeof pos, _("%d/%d"), cl->cur + 1, cl->n);
	else
		pos[0] = '\0';
	tui_put(cl->win, 0, 1, COLS - (int)strlen(pos) - 3, cl->title);
	tui_put(cl->win, 0, COLS - (int)strlen(pos) - 1, (int)strlen(pos) + 1,
	    pos);
	wattrset(cl->win, A_NORMAL);
	widths(cl, w);
	wattrset(cl->win, A_BOLD | A_UNDERLINE);
	mvwhline(cl->win, 1, 0, ' ', COLS);
	draw_cells(cl, 1, w, NULL, 1);
	wattrset(cl->win, A_NORMAL);
	if (cl->n == 0) {
		tui_put(cl->win, 3, 2, COLS - 4,
		    cl->kind == L_SESSIONS ? _("No sessions yet. Press a to "
		    "add one.") : cl->kind == L_FEEDBACK ? _("No feedback "
		    "yet. Press a to add it.") : cl->kind == L_CONTRIBUTIONS ?
		    _("No contributions yet. Press a to add one.") :
		    _("No history yet."));
		wmove(cl->win, 3, 2);
		wnoutrefresh(cl->win);
		return;
	}
	for (i = 0; i < vh && cl->top + i < cl->n; i++) {
		y = 2 + i;
		if (cl->top + i == cl->cur) {
			wattrset(cl->win, tui_attr(cl->app, TA_SELECTED));
			mvwhline(cl->win, y, 0, ' ', COLS);
			/* The mark says which row is selected, also
			 * without colour or reverse video. */
			mvwaddstr(cl->win, y, 0, ">");
		}
		draw_cells(cl, y, w, cl->rows[cl->top + i].cell, 0);
		wattrset(cl->win, A_NORMAL);
	}
	if (cl->top + vh < cl->n)
		mvwaddstr(cl->win, LINES - 2, COLS - 2, cl->app->ascii ? "v" :
		    "\xe2\x86\x93");
	/* The terminal cursor on the selected row (screen readers). */
	wmove(cl->win, 2 + cl->cur - cl->top, 0);
	wnoutrefresh(cl->win);
}

/* ------------------------------------------------------------ adding */

enum { SF_DATE = 1, SF_PLACE, SF_METHOD, SF_PARTICIPANTS, SF_BREAKDOWN,
	SF_POLITICIANS, SF_NOTES };
enum { CF_TEXT = 1, CF_CHANNEL, CF_SESSION, CF_THEMES, CF_CONTACT };
enum { FF_DATE = SF_DATE, FF_SENDER = 20, FF_CHANNELS, FF_TEXT };

/* A count of participants: empty = not counted (-1). */
static int
parse_count(const char *s, long long *out)
{
	char *end;
	long long v;

	while (*s == ' ')
		s++;
	if (*s == '\0') {
		*out = -1;
		return 0;
	}
	if (*s < '0' || *s > '9')
		return -1;
	v = strtoll(s, &end, 10);
	while (*end == ' ')
		end++;
	if (*end != '\0' || v < 0)
		return -1;
	*out = v;
	return 0;
}

static void
check_child(struct tui_form *f, struct tui_fitem *it, void *arg)
{
	struct dlg_error err;
	long days;
	long long n;

	err_clear(&err);
	if (it->id == SF_DATE && dlg_date_parse(it->value, &days, &err) != 0)
		tui_form_message(f, it, TA_ERROR, err.msg);
	else if (it->id == SF_PARTICIPANTS && parse_count(it->value, &n) != 0)
		tui_form_message(f, it, TA_ERROR, _("Give the number of "
		    "participants as a whole number, or leave it empty when "
		    "they were not counted."));
	else
		tui_form_message(f, it, TA_NORMAL, NULL);
}

static const char *
val(struct tui_form *f, int id)
{
	struct tui_fitem *it = tui_form_item(f, id);

	return it != NULL && *it->value != '\0' ? it->value : NULL;
}

/* store_contributions' callback: a copy of the one asked for. */
struct find_arg {
	long long		 id;
	struct dlg_contribution	 c;
	int			 found;
};

static int
find_contribution(const struct dlg_contribution *c, void *arg)
{
	struct find_arg *fa = arg;

	if (c->id != fa->id)
		return 0;
	fa->c = *c;
	fa->c.channel = c->channel != NULL ? xstrdup(c->channel) : NULL;
	fa->c.channel_text = c->channel_text != NULL ?
	    xstrdup(c->channel_text) : NULL;
	fa->c.text = c->text != NULL ? xstrdup(c->text) : NULL;
	fa->c.themes = c->themes != NULL ? xstrdup(c->themes) : NULL;
	fa->c.contact = c->contact != NULL ? xstrdup(c->contact) : NULL;
	fa->c.created = c->created != NULL ? xstrdup(c->created) : NULL;
	fa->found = 1;
	return 1;
}

/* A copy of s, "" for NULL. */
static char *
text_or_empty(const char *s)
{
	return xstrdup(s != NULL ? s : "");
}

/* The stored value of form item item of row id (caller frees); NULL
 * when the row is not there. c: the contribution as stored now. */
static char *
stored_value(const struct clist *cl, const struct dialogue *d,
    const struct dlg_contribution *c, long long id, int item)
{
	const struct dlg_session *s = NULL;
	const struct dlg_feedback *fb = NULL;
	size_t i;

	if (cl->kind == L_SESSIONS) {
		for (i = 0; i < d->nsessions; i++)
			if (d->sessions[i].id == id)
				s = &d->sessions[i];
		if (s == NULL)
			return NULL;
		switch (item) {
		case SF_DATE:
			return text_or_empty(s->date);
		case SF_PLACE:
			return text_or_empty(s->place);
		case SF_METHOD:
			return text_or_empty(s->method);
		case SF_PARTICIPANTS:
			return s->participants >= 0 ?
			    xasprintf("%lld", s->participants) : xstrdup("");
		case SF_BREAKDOWN:
			return text_or_empty(s->breakdown);
		case SF_POLITICIANS:
			return text_or_empty(s->politicians);
		default:
			return text_or_empty(s->notes);
		}
	}
	if (cl->kind == L_FEEDBACK) {
		for (i = 0; i < d->nfeedback; i++)
			if (d->feedback[i].id == id)
				fb = &d->feedback[i];
		if (fb == NULL)
			return NULL;
		switch (item) {
		case FF_DATE:
			return text_or_empty(fb->date);
		case FF_SENDER:
			return text_or_empty(fb->sender);
		case FF_CHANNELS:
			return text_or_empty(fb->channels);
		default:
			return text_or_empty(fb->text);
		}
	}
	if (c == NULL)
		return NULL;
	switch (item) {
	case CF_TEXT:
		return text_or_empty(c->text);
	case CF_CHANNEL:
		return text_or_empty(c->channel);
	case CF_SESSION:
		return c->session_id > 0 ? xasprintf("%lld", c->session_id) :
		    xstrdup("");
	case CF_THEMES:
		return text_or_empty(c->themes);
	default:
		/* GDPR: only while the list shows them. */
		return text_or_empty(cl->reveal ? c->contact : NULL);
	}
}

/*
 * After a save was refused: the store's message on the form, which keeps
 * the typed values. When someone else changed the dialogue meanwhile
 * (ERR_CONFLICT on an edit: base non-NULL), the form takes the row as
 * stored now as it does for the dialogue's form: the fields the user did
 * not touch show the new values, the typed ones stay and say so, and the
 * new version becomes the base, so that saving again stores them.
 */
static void
refused(struct clist *cl, struct tui_form *f, const struct dlg_error *err,
    long long id, long long *base)
{
	struct dialogue *d = NULL;
	struct find_arg fa;
	struct dlg_error lerr;
	struct tui_fitem *it;
	char *nv, *msg;
	size_t i;

	if (err->code != ERR_CONFLICT || base == NULL) {
		tui_form_notice(f, TA_ERROR, err->msg);
		return;
	}
	memset(&fa, 0, sizeof fa);
	fa.id = id;
	err_clear(&lerr);
	if (store_dialogue_load(cl->app->st, cl->ref, &d, &lerr) != 0 ||
	    (cl->kind == L_CONTRIBUTIONS && store_contributions(cl->app->st,
	    cl->ref, find_contribution, &fa, &lerr) != 0)) {
		msg = xasprintf("%s\n%s", err->msg, lerr.msg);
		tui_form_notice(f, TA_ERROR, msg);
		free(msg);
		dlg_free(d);
		dlg_contribution_clear(&fa.c);
		return;
	}
	*base = d->version;
	for (i = 0; (it = tui_form_at(f, i)) != NULL; i++) {
		nv = stored_value(cl, d, fa.found ? &fa.c : NULL, id, it->id);
		if (nv == NULL)
			break;
		if (strcmp(nv, it->orig) != 0) {
			if (tui_fitem_changed(it)) {
				tui_form_message(f, it, TA_WARNING,
				    _("Someone else changed this field "
				    "meanwhile; your value is kept and "
				    "replaces theirs when you save."));
			} else {
				tui_form_set(f, it, nv);
				tui_form_message(f, it, TA_WARNING,
				    _("Someone else changed this field "
				    "meanwhile; the form shows their value."));
			}
		}
		tui_form_set_orig(f, it, nv);
		free(nv);
	}
	msg = xasprintf("%s\n%s", err->msg, _("Your values are kept: save "
	    "again to store them over the newer version, or press Esc."));
	tui_form_notice(f, TA_ERROR, msg);
	free(msg);
	dlg_free(d);
	dlg_contribution_clear(&fa.c);
}

/* The small form of a session: a new one (old NULL) or old edited;
 * stored through the store. */
static int
session_form(struct clist *cl, const struct dlg_session *old)
{
	struct tui_form *f;
	struct tui_fitem *it;
	struct dlg_session s;
	struct dlg_error err;
	const struct dlg_methods *m = cl->app->methods;
	long long base = cl->d->version;
	char today[16], count[32], *title;
	size_t i;
	int r, flags = TUI_REDRAW;

	dlg_date_format(cl->app->today, today, sizeof today);
	count[0] = '\0';
	if (old != NULL && old->participants >= 0)
		snprintf(count, sizeof count, "%lld", old->participants);
	title = old == NULL ?
	    /* TRANSLATORS: title of the form: "New session of MD-2026-001" */
	    xasprintf(_("New session of %s"), cl->ref) :
	    /* TRANSLATORS: title of the form: "Session 3 of MD-2026-001" */
	    xasprintf(_("Session %lld of %s"), old->id, cl->ref);
	f = tui_form_new(cl->app, title);
	free(title);
	tui_form_add(f, SF_DATE, TFK_LINE, _("Date"),
	    old != NULL ? old->date : today);
	/* TRANSLATORS: label: where a session was held, or its channel */
	tui_form_add(f, SF_PLACE, TFK_LINE, _("Place or channel"),
	    old != NULL ? old->place : NULL);
	it = tui_form_add(f, SF_METHOD, TFK_CHOICE, _("Method"),
	    old != NULL ? old->method : NULL);
	/* TRANSLATORS: no method chosen */
	tui_fitem_choice(it, "", _("(none)"));
	for (i = 0; m != NULL && i < m->n; i++)
		tui_fitem_choice(it, m->v[i].name, m->v[i].name);
	/* TRANSLATORS: label: how many took part; may stay empty */
	tui_form_add(f, SF_PARTICIPANTS, TFK_LINE, _("Participants (number)"),
	    count);
	/* TRANSLATORS: label: counts by age band or gender, free text */
	tui_form_add(f, SF_BREAKDOWN, TFK_TEXT, _("Breakdown"),
	    old != NULL ? old->breakdown : NULL);
	/* TRANSLATORS: label: the politicians who took part */
	tui_form_add(f, SF_POLITICIANS, TFK_LINE, _("Politicians present"),
	    old != NULL ? old->politicians : NULL);
	tui_form_add(f, SF_NOTES, TFK_TEXT, _("Notes"),
	    old != NULL ? old->notes : NULL);
	tui_form_notice(f, TA_NORMAL, _("Counts only: never write down who "
	    "took part. Without politicians present, a session is a user "
	    "dialogue [T2.3]."));
	tui_form_on_check(f, check_child, cl);
	for (;;) {
		r = tui_form_run(f);
		if (r == TUI_FORM_QUIT) {
			flags |= TUI_QUIT;
			break;
		}
		if (r == TUI_FORM_CANCEL)
			break;
		memset(&s, 0, sizeof s);
		s.id = old != NULL ? old->id : 0;
		s.date = (char *)val(f, SF_DATE);
		s.place = (char *)val(f, SF_PLACE);
		s.method = (char *)val(f, SF_METHOD);
		s.breakdown = (char *)val(f, SF_BREAKDOWN);
		s.politicians = (char *)val(f, SF_POLITICIANS);
		s.notes = (char *)val(f, SF_NOTES);
		err_clear(&err);
		if (parse_count(tui_form_item(f, SF_PARTICIPANTS)->value,
		    &s.participants) != 0) {
			check_child(f, tui_form_item(f, SF_PARTICIPANTS), cl);
			tui_form_focus(f, SF_PARTICIPANTS);
			tui_form_notice(f, TA_ERROR, _("Not saved: the number "
			    "of participants is not a whole number."));
			continue;
		}
		if (s.date == NULL) {
			tui_form_focus(f, SF_DATE);
			tui_form_notice(f, TA_ERROR, _("Not saved: give the "
			    "date of the session."));
			continue;
		}
		if (dlg_session_check(&s, &err) != 0 || (old == NULL ?
		    store_session_add(cl->app->st, cl->ref, &s, cl->app->who,
		    &err) : store_session_update(cl->app->st, cl->ref, &s,
		    base, cl->app->who, &err)) != 0) {
			refused(cl, f, &err, old != NULL ? old->id : 0,
			    old != NULL ? &base : NULL);
			continue;
		}
		if (old == NULL)
			tui_message(cl->app, TA_NORMAL, _("Session %lld is "
			    "added to %s."), s.id, cl->ref);
		else
			tui_message(cl->app, TA_NORMAL, _("Session %lld of %s "
			    "is saved."), s.id, cl->ref);
		flags |= TUI_RELOAD;
		break;
	}
	tui_form_free(f);
	return flags;
}

/* The small form of feedback to the participants [T4]: new (old NULL)
 * or old edited. */
static int
feedback_form(struct clist *cl, const struct dlg_feedback *old)
{
	struct tui_form *f;
	struct dlg_feedback fb;
	struct dlg_error err;
	long long base = cl->d->version;
	char today[16], *title;
	int r, flags = TUI_REDRAW;

	dlg_date_format(cl->app->today, today, sizeof today);
	title = old == NULL ?
	    /* TRANSLATORS: title of the form: "New feedback on MD-2026-001" */
	    xasprintf(_("New feedback on %s"), cl->ref) :
	    /* TRANSLATORS: title of the form: "Feedback 2 on MD-2026-001" */
	    xasprintf(_("Feedback %lld on %s"), old->id, cl->ref);
	f = tui_form_new(cl->app, title);
	free(title);
	tui_form_add(f, FF_DATE, TFK_LINE, _("Date"),
	    old != NULL ? old->date : today);
	/* TRANSLATORS: label: the body that gives the feedback */
	tui_form_add(f, FF_SENDER, TFK_LINE, _("Sender"), old != NULL ?
	    old->sender : dlg_deciding_body(cl->d, cl->app->settings));
	/* TRANSLATORS: label: how the feedback reaches the participants */
	tui_form_add(f, FF_CHANNELS, TFK_LINE, _("Channels"),
	    old != NULL ? old->channels : NULL);
	tui_form_add(f, FF_TEXT, TFK_TEXT, _("Text"),
	    old != NULL ? old->text : NULL);
	tui_form_notice(f, TA_NORMAL, _("Tell the participants what came of "
	    "their views, as soon as possible [T4]."));
	tui_form_on_check(f, check_child, cl);
	for (;;) {
		r = tui_form_run(f);
		if (r == TUI_FORM_QUIT) {
			flags |= TUI_QUIT;
			break;
		}
		if (r == TUI_FORM_CANCEL)
			break;
		memset(&fb, 0, sizeof fb);
		fb.id = old != NULL ? old->id : 0;
		fb.date = (char *)val(f, FF_DATE);
		fb.sender = (char *)val(f, FF_SENDER);
		fb.channels = (char *)val(f, FF_CHANNELS);
		fb.text = (char *)val(f, FF_TEXT);
		err_clear(&err);
		if (dlg_feedback_check(&fb, &err) != 0 || (old == NULL ?
		    store_feedback_add(cl->app->st, cl->ref, &fb, cl->app->who,
		    &err) : store_feedback_update(cl->app->st, cl->ref, &fb,
		    base, cl->app->who, &err)) != 0) {
			refused(cl, f, &err, old != NULL ? old->id : 0,
			    old != NULL ? &base : NULL);
			continue;
		}
		if (old == NULL)
			tui_message(cl->app, TA_NORMAL, _("Feedback %lld is "
			    "added to %s."), fb.id, cl->ref);
		else
			tui_message(cl->app, TA_NORMAL, _("Feedback %lld on %s "
			    "is saved."), fb.id, cl->ref);
		flags |= TUI_RELOAD;
		break;
	}
	tui_form_free(f);
	return flags;
}

/*
 * The small form of a contribution: new (old NULL) or old edited. Stored
 * contact details are filled in only while the list shows them (c);
 * otherwise they stay as they are unless new ones are typed.
 */
static int
contribution_form(struct clist *cl, const struct dlg_contribution *old)
{
	struct tui_form *f;
	struct tui_fitem *it;
	struct dlg_contribution c;
	struct dlg_error err;
	const struct dlg_session *s;
	long long base = cl->d->version;
	char *title, *label, id[32];
	const char *sess, *contact = NULL;
	size_t i;
	int r, flags = TUI_REDRAW, hidden;

	hidden = old != NULL && old->contact != NULL && !cl->reveal;
	if (old != NULL && old->contact != NULL && cl->reveal)
		contact = old->contact;
	id[0] = '\0';
	if (old != NULL && old->session_id > 0)
		snprintf(id, sizeof id, "%lld", old->session_id);
	title = old == NULL ?
	    /* TRANSLATORS: title of the form: "New contribution to
	       MD-2026-001" */
	    xasprintf(_("New contribution to %s"), cl->ref) :
	    /* TRANSLATORS: title of the form: "Contribution 5 to
	       MD-2026-001" */
	    xasprintf(_("Contribution %lld to %s"), old->id, cl->ref);
	f = tui_form_new(cl->app, title);
	free(title);
	/* TRANSLATORS: label: what the resident said */
	tui_form_add(f, CF_TEXT, TFK_TEXT, _("Text"),
	    old != NULL ? old->text : NULL);
	it = tui_form_add(f, CF_CHANNEL, TFK_CHOICE, _("Channel"),
	    old != NULL ? old->channel : NULL);
	tui_fitem_choice(it, "", _("(none)"));
	for (i = 0; i < NELEM(channels); i++)
		tui_fitem_choice(it, channels[i].token, _(channels[i].label));
	it = tui_form_add(f, CF_SESSION, TFK_CHOICE, _("Session"), id);
	tui_fitem_choice(it, "", _("(none)"));
	for (i = 0; cl->d != NULL && i < cl->d->nsessions; i++) {
		s = &cl->d->sessions[i];
		snprintf(id, sizeof id, "%lld", s->id);
		/* TRANSLATORS: a session in a menu: number, date, place */
		label = xasprintf(_("%lld: %s %s"), s->id, s->date,
		    s->place != NULL ? s->place : "");
		tui_fitem_choice(it, id, label);
		free(label);
	}
	/* TRANSLATORS: label: theme tags of a contribution */
	tui_form_add(f, CF_THEMES, TFK_LINE, _("Themes"),
	    old != NULL ? old->themes : NULL);
	/* TRANSLATORS: label: the resident's contact details, if given
	   (personal data) */
	tui_form_add(f, CF_CONTACT, TFK_LINE, _("Contact details"), contact);
	tui_form_notice(f, TA_NORMAL, hidden ? _("Contact details are given "
	    "but hidden: they stay as they are unless you type new ones. "
	    "Erase them with x in the list.") : _("Contact details are "
	    "personal data: write them only when the resident wants an "
	    "answer, and erase them when they are no longer needed."));
	for (;;) {
		r = tui_form_run(f);
		if (r == TUI_FORM_QUIT) {
			flags |= TUI_QUIT;
			break;
		}
		if (r == TUI_FORM_CANCEL)
			break;
		memset(&c, 0, sizeof c);
		c.id = old != NULL ? old->id : 0;
		c.text = (char *)val(f, CF_TEXT);
		c.channel = (char *)val(f, CF_CHANNEL);
		/* The text an imported "other" came as stays with it. */
		if (old != NULL)
			c.channel_text = old->channel_text;
		c.themes = (char *)val(f, CF_THEMES);
		c.contact = (char *)val(f, CF_CONTACT);
		if (hidden && c.contact == NULL)
			c.contact = old->contact;
		sess = val(f, CF_SESSION);
		c.session_id = sess != NULL ? strtoll(sess, NULL, 10) : 0;
		/* From a session: a meeting, unless said otherwise. */
		if (c.session_id > 0 && c.channel == NULL)
			c.channel = (char *)"meeting";
		if (c.text == NULL) {
			tui_form_focus(f, CF_TEXT);
			tui_form_notice(f, TA_ERROR, _("Not saved: write what "
			    "the resident said."));
			continue;
		}
		err_clear(&err);
		if (dlg_contribution_check(&c, &err) != 0 || (old == NULL ?
		    store_contribution_add(cl->app->st, cl->ref, &c,
		    cl->app->who, &err) : store_contribution_update(
		    cl->app->st, cl->ref, &c, base, cl->app->who,
		    &err)) != 0) {
			refused(cl, f, &err, old != NULL ? old->id : 0,
			    old != NULL ? &base : NULL);
			continue;
		}
		if (old == NULL) {
			free(c.created);	/* set by the store */
			tui_message(cl->app, TA_NORMAL, _("Contribution %lld "
			    "is added to %s."), c.id, cl->ref);
		} else
			tui_message(cl->app, TA_NORMAL, _("Contribution %lld "
			    "to %s is saved."), c.id, cl->ref);
		flags |= TUI_RELOAD;
		break;
	}
	tui_form_free(f);
	return flags;
}

/* The form of the selected row, filled with it. */
static int
edit_row(struct clist *cl, long long id)
{
	struct find_arg fa;
	struct dlg_error err;
	size_t i;
	int r;

	if (cl->kind == L_SESSIONS) {
		for (i = 0; i < cl->d->nsessions; i++)
			if (cl->d->sessions[i].id == id)
				return session_form(cl, &cl->d->sessions[i]);
	} else if (cl->kind == L_FEEDBACK) {
		for (i = 0; i < cl->d->nfeedback; i++)
			if (cl->d->feedback[i].id == id)
				return feedback_form(cl, &cl->d->feedback[i]);
	} else {
		memset(&fa, 0, sizeof fa);
		fa.id = id;
		err_clear(&err);
		if (store_contributions(cl->app->st, cl->ref,
		    find_contribution, &fa, &err) != 0) {
			tui_message(cl->app, TA_ERROR, "%s", err.msg);
			return TUI_REDRAW;
		}
		if (fa.found) {
			r = contribution_form(cl, &fa.c);
			dlg_contribution_clear(&fa.c);
			return r;
		}
	}
	/* Gone meanwhile (another user): show the list as it is now. */
	return TUI_REDRAW | TUI_RELOAD;
}

/* ------------------------------------------------------------ keys */

static int
ck_down(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;

	if (cl->cur + 1 < cl->n)
		cl->cur++;
	return TUI_NONE;
}

static int
ck_up(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;

	if (cl->cur > 0)
		cl->cur--;
	return TUI_NONE;
}

static int
ck_pgdn(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;

	cl->cur += visible_rows() - 1;
	if (cl->cur >= cl->n)
		cl->cur = cl->n > 0 ? cl->n - 1 : 0;
	cl->top = cl->cur;
	return TUI_NONE;
}

static int
ck_pgup(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;

	cl->cur -= visible_rows() - 1;
	if (cl->cur < 0)
		cl->cur = 0;
	return TUI_NONE;
}

static int
ck_first(struct tui_app *app, void *arg)
{
	((struct clist *)arg)->cur = 0;
	return TUI_NONE;
}

static int
ck_last(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;

	cl->cur = cl->n > 0 ? cl->n - 1 : 0;
	return TUI_NONE;
}

static int
ck_back(struct tui_app *app, void *arg)
{
	((struct clist *)arg)->done = 1;
	return TUI_NONE;
}

static int
ck_open(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;
	char *title;
	int r;

	if (cl->n == 0)
		return TUI_NONE;
	if (cl->kind == L_HISTORY)
		/* TRANSLATORS: title of one change of the history shown in
		   full: "MD-2026-001, version 3" */
		title = xasprintf(_("%s, version %s"), cl->ref,
		    cl->rows[cl->cur].cell[0]);
	else
		/* TRANSLATORS: title of one row shown in full:
		   "MD-2026-001, no. 3" */
		title = xasprintf(_("%s, no. %s"), cl->ref,
		    cl->rows[cl->cur].cell[0]);
	r = tui_pager(app, title, cl->rows[cl->cur].detail, 0);
	free(title);
	if (r < 0) {
		cl->flags |= TUI_QUIT;
		cl->done = 1;
	}
	return TUI_REDRAW;
}

static int
ck_add(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;
	int r;

	r = cl->kind == L_SESSIONS ? session_form(cl, NULL) :
	    cl->kind == L_FEEDBACK ? feedback_form(cl, NULL) :
	    contribution_form(cl, NULL);
	if (r & TUI_QUIT) {
		cl->flags |= TUI_QUIT;
		cl->done = 1;
		return r;
	}
	if (r & TUI_RELOAD) {
		cl->flags |= TUI_RELOAD;
		cl_load(cl);
		cl->cur = cl->n > 0 ? cl->n - 1 : 0;
	}
	return TUI_REDRAW;
}

static int
ck_edit(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;
	long long id;
	int r, i;

	if (cl->n == 0 || cl->d == NULL)
		return TUI_NONE;
	id = cl->rows[cl->cur].id;
	r = edit_row(cl, id);
	if (r & TUI_QUIT) {
		cl->flags |= TUI_QUIT;
		cl->done = 1;
		return r;
	}
	if (r & TUI_RELOAD) {
		cl->flags |= TUI_RELOAD;
		cl_load(cl);
		/* The same row again (the order may have changed). */
		for (i = 0; i < cl->n; i++)
			if (cl->rows[i].id == id)
				cl->cur = i;
	}
	return TUI_REDRAW;
}

static int
ck_reveal(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;

	cl->reveal = !cl->reveal;
	cl_load(cl);
	tui_message(app, TA_NORMAL, "%s", cl->reveal ? _("Contact details "
	    "are shown. Press c to hide them again.") : _("Contact details "
	    "are hidden."));
	return TUI_REDRAW;
}

static int
ck_erase(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;
	struct dlg_error err;
	struct row *r;
	char *q;
	int yes;

	if (cl->n == 0)
		return TUI_NONE;
	r = &cl->rows[cl->cur];
	if (!r->has_contact) {
		tui_message(app, TA_WARNING, _("Contribution %lld has no "
		    "contact details to erase."), r->id);
		return TUI_NONE;
	}
	q = xasprintf(_("Erase the contact details of contribution %lld? "
	    "They cannot be brought back."), r->id);
	yes = tui_confirm(app, q);
	free(q);
	if (yes < 0) {
		cl->flags |= TUI_QUIT;
		cl->done = 1;
		return TUI_NONE;
	}
	if (yes == 0) {
		tui_message(app, TA_NORMAL, "%s", _("Nothing was erased."));
		return TUI_NONE;
	}
	err_clear(&err);
	if (store_contribution_erase_contact(app->st, cl->ref, r->id,
	    app->who, &err) != 0) {
		tui_message(app, TA_ERROR, "%s", err.msg);
		return TUI_NONE;
	}
	tui_message(app, TA_NORMAL, _("The contact details of contribution "
	    "%lld are erased."), r->id);
	cl->flags |= TUI_RELOAD;
	cl_load(cl);
	return TUI_REDRAW;
}

static int run_list(struct tui_app *, const char *, enum list_kind);

static int
ck_feedback(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;
	int r = run_list(app, cl->ref, L_FEEDBACK);

	if (r & TUI_QUIT) {
		cl->flags |= TUI_QUIT;
		cl->done = 1;
	}
	if (r & TUI_RELOAD) {
		cl->flags |= TUI_RELOAD;
		cl_load(cl);
	}
	if (cl->win != NULL)
		delwin(cl->win);
	cl->win = NULL;
	return TUI_REDRAW;
}

/* I: contributions from a survey's CSV file (dlg-import.c). */
static int
ck_import(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;
	int r = tui_import(app, cl->ref);

	if (r & TUI_QUIT) {
		cl->flags |= TUI_QUIT;
		cl->done = 1;
	}
	if (r & TUI_RELOAD) {
		cl->flags |= TUI_RELOAD;
		cl_load(cl);
		cl->cur = cl->n > 0 ? cl->n - 1 : 0;
	}
	if (cl->win != NULL)
		delwin(cl->win);
	cl->win = NULL;
	return TUI_REDRAW;
}

static int
ck_redraw(struct tui_app *app, void *arg)
{
	clearok(curscr, TRUE);
	return TUI_REDRAW;
}

static int ck_help(struct tui_app *, void *);

#define LIST_MOVES							\
	{ '?', KEY_F(1), 1, ck_help, N_("Help"), N_("Show these keys") }, \
	{ 'j', KEY_DOWN, 1, ck_down, NULL, N_("The next row") },	\
	{ 'k', KEY_UP, 1, ck_up, NULL, N_("The previous row") },	\
	{ KEY_NPAGE, ' ', 0, ck_pgdn, NULL, N_("The next page") },	\
	{ KEY_PPAGE, 0, 0, ck_pgup, NULL, N_("The previous page") },	\
	{ 'g', KEY_HOME, 1, ck_first, NULL, N_("The first row") },	\
	{ 'G', KEY_END, 1, ck_last, NULL, N_("The last row") },		\
	{ 12, 0, 1, ck_redraw, NULL, N_("Draw the screen again") },	\
	{ 0, 0, 0, NULL, NULL, NULL }

static const struct tui_key session_keys[] = {
	{ '\n', KEY_ENTER, 1, ck_open, N_("Open"),
	    N_("Show the session in full") },
	{ '\r', 0, 1, ck_open, NULL, NULL },
	{ 'a', 0, 1, ck_add, N_("Add"), N_("Add a session") },
	{ 'e', 0, 1, ck_edit, N_("Edit"),
	    N_("Change the selected session in the form") },
	{ 'f', 0, 1, ck_feedback, N_("Feedback"),
	    N_("The feedback to the participants, with add") },
	{ 'q', 27, 1, ck_back, N_("Back"), N_("Back to the dialogue") },
	LIST_MOVES
};

static const struct tui_key feedback_keys[] = {
	{ '\n', KEY_ENTER, 1, ck_open, N_("Open"),
	    N_("Show the feedback in full") },
	{ '\r', 0, 1, ck_open, NULL, NULL },
	{ 'a', 0, 1, ck_add, N_("Add"), N_("Add feedback") },
	{ 'e', 0, 1, ck_edit, N_("Edit"),
	    N_("Change the selected feedback in the form") },
	{ 'q', 27, 1, ck_back, N_("Back"), N_("Back to the sessions") },
	LIST_MOVES
};

static const struct tui_key contribution_keys[] = {
	{ '\n', KEY_ENTER, 1, ck_open, N_("Open"),
	    N_("Show the contribution in full") },
	{ '\r', 0, 1, ck_open, NULL, NULL },
	{ 'a', 0, 1, ck_add, N_("Add"), N_("Add a contribution") },
	{ 'e', 0, 1, ck_edit, N_("Edit"),
	    N_("Change the selected contribution in the form") },
	{ 'I', 0, 1, ck_import, N_("Import"),
	    N_("Import contributions from a survey's CSV file") },
	{ 'c', 0, 1, ck_reveal, N_("Contact"),
	    N_("Show or hide the contact details (only when you need "
	    "them)") },
	{ 'x', 0, 1, ck_erase, N_("Erase contact"),
	    N_("Erase the contact details of the selected contribution; "
	    "asks first") },
	{ 'q', 27, 1, ck_back, N_("Back"), N_("Back to the dialogue") },
	LIST_MOVES
};

static const struct tui_key history_keys[] = {
	{ '\n', KEY_ENTER, 1, ck_open, N_("Open"),
	    N_("Show the change in full, with its reason") },
	{ '\r', 0, 1, ck_open, NULL, NULL },
	{ 'q', 27, 1, ck_back, N_("Back"), N_("Back to the dialogue") },
	LIST_MOVES
};

static int
ck_help(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;
	int r;

	r = tui_help_text(app, cl->title, cl->keys, cl->kind == L_HISTORY ?
	    _("The history is kept for good and cannot be changed. It never "
	    "holds contact details: only that they were given, changed or "
	    "erased.") : cl->kind == L_CONTRIBUTIONS ? _("Contact details "
	    "are hidden until you press c. Erasing them keeps the "
	    "contribution and writes the erasure in the history.") : NULL);
	if (r & TUI_QUIT) {
		cl->flags |= TUI_QUIT;
		cl->done = 1;
	}
	return r;
}

/* ------------------------------------------------------------ run */

static struct clist *painting;

static void
cl_repaint(struct tui_app *app)
{
	if (painting == NULL)
		return;
	if (painting->win != NULL)
		delwin(painting->win);
	painting->win = NULL;
	cl_draw(painting);
	tui_status_keys(app, painting->keys);
}

static int
run_list(struct tui_app *app, const char *ref, enum list_kind kind)
{
	void (*saved_repaint)(struct tui_app *) = app->repaint;
	struct clist *saved_painting = painting;
	struct clist cl;
	const char *t;
	int r, key;

	memset(&cl, 0, sizeof cl);
	cl.app = app;
	cl.ref = ref;
	cl.kind = kind;
	cl.flags = TUI_REDRAW;
	switch (kind) {
	case L_SESSIONS:
		cl.cols = session_cols;
		cl.ncols = (int)NELEM(session_cols);
		cl.keys = session_keys;
		break;
	case L_FEEDBACK:
		cl.cols = feedback_cols;
		cl.ncols = (int)NELEM(feedback_cols);
		cl.keys = feedback_keys;
		break;
	case L_CONTRIBUTIONS:
		cl.cols = contribution_cols;
		cl.ncols = (int)NELEM(contribution_cols);
		cl.keys = contribution_keys;
		break;
	default:
		cl.cols = history_cols;
		cl.ncols = (int)NELEM(history_cols);
		cl.keys = history_keys;
		break;
	}
	if (cl_load(&cl) != 0 && cl.d == NULL)
		return TUI_REDRAW;
	t = dlg_get(cl.d, F_TITLE) != NULL ? dlg_get(cl.d, F_TITLE) : "";
	if (kind == L_SESSIONS)
		/* TRANSLATORS: title of a list: "Sessions of MD-2026-001:
		   Ny skatepark" */
		cl.title = xasprintf(_("Sessions of %s: %s"), ref, t);
	else if (kind == L_FEEDBACK)
		/* TRANSLATORS: title of a list */
		cl.title = xasprintf(_("Feedback on %s: %s"), ref, t);
	else if (kind == L_CONTRIBUTIONS)
		/* TRANSLATORS: title of a list */
		cl.title = xasprintf(_("Contributions to %s: %s"), ref, t);
	else
		/* TRANSLATORS: title of a list */
		cl.title = xasprintf(_("History of %s: %s"), ref, t);
	painting = &cl;
	app->repaint = cl_repaint;
	while (!cl.done) {
		if (tui_quit_pending()) {
			cl.flags |= TUI_QUIT;
			break;
		}
		if (!tui_size_ok(app)) {
			if (tui_getkey(app, &key) < 0)
				cl.flags |= TUI_QUIT;
			if (cl.win != NULL)
				delwin(cl.win);
			cl.win = NULL;
			if (cl.flags & TUI_QUIT)
				break;
			continue;
		}
		cl_draw(&cl);
		tui_status_keys(app, cl.keys);
		curs_set(1);
		doupdate();
		r = tui_getkey(app, &key);
		if (r < 0) {
			cl.flags |= TUI_QUIT;
			break;
		}
		if (r == 0 && key == KEY_RESIZE) {
			if (cl.win != NULL)
				delwin(cl.win);
			cl.win = NULL;
			continue;
		}
		tui_dispatch(app, cl.keys, key, r, &cl, NULL);
		/* Anything may have drawn over the list: paint it whole. */
		if (cl.win != NULL)
			touchwin(cl.win);
	}
	if (cl.win != NULL)
		delwin(cl.win);
	rows_clear(&cl);
	dlg_free(cl.d);
	free(cl.title);
	app->repaint = saved_repaint;
	painting = saved_painting;
	return cl.flags;
}

int
tui_sessions(struct tui_app *app, const char *ref)
{
	return run_list(app, ref, L_SESSIONS);
}

int
tui_feedback(struct tui_app *app, const char *ref)
{
	return run_list(app, ref, L_FEEDBACK);
}

int
tui_contributions(struct tui_app *app, const char *ref)
{
	return run_list(app, ref, L_CONTRIBUTIONS);
}

int
tui_history(struct tui_app *app, const char *ref)
{
	return run_list(app, ref, L_HISTORY);
}
