/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * child-sessions.c: the sessions of a dialogue (dialogtillfällen) as a
 * list under it: their columns and rows, the keys (f for the feedback),
 * and what the form of a session says. The form's fields are the
 * domain's (dlg_session_fields). Counts only, never who took part.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "child-int.h"

#define NELEM(a)	(sizeof (a) / sizeof (a)[0])

static int ck_feedback(struct tui_app *app, void *arg);

static const struct clist_column session_cols[] = {
	/* TRANSLATORS: column header: the number of a session */
	{ N_("No."), 4, 1 },
	/* TRANSLATORS: column header: the day and the times of a session */
	{ N_("When"), 22, 0 },
	/* TRANSLATORS: column header */
	{ N_("Place"), 22, 0 },
	/* TRANSLATORS: column header */
	{ N_("Method"), 18, 0 },
	/* TRANSLATORS: column header: how many took part */
	{ N_("Participants"), 12, 1 },
	/* TRANSLATORS: column header: politicians present */
	{ N_("Politicians"), 0, 0 },
};

/* Without politicians present a session is a user dialogue: said so. */
static const char *
shown(const struct clist *cl, const void *rec, size_t f)
{
	const struct dlg_child_field *cf = &dlg_session_fields[f];

	if (strcmp(cf->name, "politicians") == 0 &&
	    dlg_child_text(cf, rec) == NULL)
		return _("none: without politicians this is a user dialogue "
		    "[T2.3]");
	return NULL;
}

static int
load_sessions(struct clist *cl, struct dlg_error *err)
{
	const struct dlg_session *s;
	struct strbuf sb;
	struct clist_row *r;
	char num[32];
	size_t i;

	for (i = 0; i < cl->d->nsessions; i++) {
		s = &cl->d->sessions[i];
		r = tui_clist_row_add(cl);
		r->id = s->id;
		r->cell[0] = xasprintf("%lld", s->id);
		r->cell[1] = dlg_session_when(s);
		r->cell[2] = xstrdup(s->place);
		r->cell[3] = xstrdup(s->method);
		r->cell[4] = s->participants >= 0 ?
		    xasprintf("%lld", s->participants) : NULL;
		r->cell[5] = xstrdup(s->politicians);
		sb_init(&sb);
		snprintf(num, sizeof num, "%lld", s->id);
		tui_clist_detail(&sb, _("No."), num);
		tui_clist_fields(&sb, cl, s, shown);
		r->detail = sb_detach(&sb);
	}
	return 0;
}

static int
ck_feedback(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;
	int r = tui_clist_run(app, cl->ref, &tui_clist_feedback);

	if (r & TUI_QUIT) {
		cl->flags |= TUI_QUIT;
		cl->done = 1;
	}
	if (r & TUI_RELOAD) {
		cl->flags |= TUI_RELOAD;
		tui_clist_load(cl);
	}
	if (cl->win != NULL)
		delwin(cl->win);
	cl->win = NULL;
	return TUI_REDRAW;
}

static const struct tui_key session_keys[] = {
	{ '\n', KEY_ENTER, 1, tui_clist_open, N_("Open"),
	    N_("Show the session in full") },
	{ '\r', 0, 1, tui_clist_open, NULL, NULL },
	{ 'a', 0, 1, tui_clist_add, N_("Add"), N_("Add a session") },
	{ 'e', 0, 1, tui_clist_edit, N_("Edit"),
	    N_("Change the selected session in the form") },
	{ 'f', 0, 1, ck_feedback, N_("Feedback"),
	    N_("The feedback to the participants, with add") },
	{ 'q', 27, 1, tui_clist_back, N_("Back"), N_("Back to the dialogue") },
	CLIST_MOVES
};

static char *
title(const char *ref, const char *t)
{
	/* TRANSLATORS: title of a list: "Sessions of MD-2026-001:
	   Ny skatepark" */
	return xasprintf(_("Sessions of %s: %s"), ref, t);
}

static char *
form_title(const struct clist *cl, const void *rec)
{
	const struct dlg_session *s = rec;

	return s == NULL ?
	    /* TRANSLATORS: title of the form: "New session of MD-2026-001" */
	    xasprintf(_("New session of %s"), cl->ref) :
	    /* TRANSLATORS: title of the form: "Session 3 of MD-2026-001" */
	    xasprintf(_("Session %lld of %s"), s->id, cl->ref);
}

static const char *
form_notice(const struct clist *cl, const void *rec)
{
	return _("Counts only: never write down who took part. Without "
	    "politicians present, a session is a user dialogue [T2.3].");
}

/* A new session is held today, unless said otherwise. */
static const char *
initial(const struct clist *cl, size_t f)
{
	return dlg_session_fields[f].type == FT_DATE ? cl->today : NULL;
}

static void
saved(struct clist *cl, long long id, int added)
{
	if (added)
		tui_message(cl->app, TA_NORMAL, _("Session %lld is added to "
		    "%s."), id, cl->ref);
	else
		tui_message(cl->app, TA_NORMAL, _("Session %lld of %s is "
		    "saved."), id, cl->ref);
}

const struct clist_kind tui_clist_sessions = {
	.child = DLG_CHILD_SESSION,
	.cols = session_cols,
	.ncols = (int)NELEM(session_cols),
	.keys = session_keys,
	.empty = N_("No sessions yet. Press a to add one."),
	.help = NULL,
	.title = title,
	.load = load_sessions,
	.form_title = form_title,
	.form_notice = form_notice,
	.initial = initial,
	.saved = saved,
};

int
tui_sessions(struct tui_app *app, const char *ref)
{
	return tui_clist_run(app, ref, &tui_clist_sessions);
}
