/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * child-feedback.c: the feedback to the participants of a dialogue
 * [T4][S:Roller] as a list under its sessions: columns, rows, keys and
 * what the form of feedback says. The form's fields are the domain's
 * (dlg_feedback_fields); a new one is sent today by the deciding body,
 * unless said otherwise.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "child-int.h"

#define NELEM(a)	(sizeof (a) / sizeof (a)[0])

static const struct clist_column feedback_cols[] = {
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

static int
load_feedback(struct clist *cl, struct dlg_error *err)
{
	const struct dlg_feedback *fb;
	struct strbuf sb;
	struct clist_row *r;
	char num[32];
	size_t i;

	for (i = 0; i < cl->d->nfeedback; i++) {
		fb = &cl->d->feedback[i];
		r = tui_clist_row_add(cl);
		r->id = fb->id;
		r->cell[0] = xasprintf("%lld", fb->id);
		r->cell[1] = xstrdup(fb->date);
		r->cell[2] = xstrdup(fb->sender);
		r->cell[3] = xstrdup(fb->channels);
		r->cell[4] = xstrdup(fb->text);
		sb_init(&sb);
		snprintf(num, sizeof num, "%lld", fb->id);
		tui_clist_detail(&sb, _("No."), num);
		tui_clist_fields(&sb, cl, fb, NULL);
		r->detail = sb_detach(&sb);
	}
	return 0;
}

static const struct tui_key feedback_keys[] = {
	{ '\n', KEY_ENTER, 1, tui_clist_open, N_("Open"),
	    N_("Show the feedback in full") },
	{ '\r', 0, 1, tui_clist_open, NULL, NULL },
	{ 'a', 0, 1, tui_clist_add, N_("Add"), N_("Add feedback") },
	{ 'e', 0, 1, tui_clist_edit, N_("Edit"),
	    N_("Change the selected feedback in the form") },
	{ 'q', 27, 1, tui_clist_back, N_("Back"), N_("Back to the sessions") },
	CLIST_MOVES
};

static char *
title(const char *ref, const char *t)
{
	/* TRANSLATORS: title of a list */
	return xasprintf(_("Feedback on %s: %s"), ref, t);
}

static char *
form_title(const struct clist *cl, const void *rec)
{
	const struct dlg_feedback *fb = rec;

	return fb == NULL ?
	    /* TRANSLATORS: title of the form: "New feedback on MD-2026-001" */
	    xasprintf(_("New feedback on %s"), cl->ref) :
	    /* TRANSLATORS: title of the form: "Feedback 2 on MD-2026-001" */
	    xasprintf(_("Feedback %lld on %s"), fb->id, cl->ref);
}

static const char *
form_notice(const struct clist *cl, const void *rec)
{
	return _("Tell the participants what came of their views, as soon "
	    "as possible [T4].");
}

static const char *
initial(const struct clist *cl, size_t f)
{
	if (dlg_feedback_fields[f].type == FT_DATE)
		return cl->today;
	if (strcmp(dlg_feedback_fields[f].name, "sender") == 0)
		return dlg_deciding_body(cl->d, cl->app->settings);
	return NULL;
}

static void
saved(struct clist *cl, long long id, int added)
{
	if (added)
		tui_message(cl->app, TA_NORMAL, _("Feedback %lld is added to "
		    "%s."), id, cl->ref);
	else
		tui_message(cl->app, TA_NORMAL, _("Feedback %lld on %s is "
		    "saved."), id, cl->ref);
}

const struct clist_kind tui_clist_feedback = {
	.child = DLG_CHILD_FEEDBACK,
	.cols = feedback_cols,
	.ncols = (int)NELEM(feedback_cols),
	.keys = feedback_keys,
	.empty = N_("No feedback yet. Press a to add it."),
	.help = NULL,
	.title = title,
	.load = load_feedback,
	.form_title = form_title,
	.form_notice = form_notice,
	.initial = initial,
	.saved = saved,
};

int
tui_feedback(struct tui_app *app, const char *ref)
{
	return tui_clist_run(app, ref, &tui_clist_feedback);
}
