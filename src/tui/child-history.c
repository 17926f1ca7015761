/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * child-history.c: every change made to a dialogue, as a read-only list
 * under it: who changed which field when, old and new values in the
 * user's language (report_history_*), the reason in full with Enter. It
 * never holds contact details.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "child-int.h"

#define NELEM(a)	(sizeof (a) / sizeof (a)[0])

static const struct clist_column history_cols[] = {
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

static int
history_row(const struct store_history_row *h, void *arg)
{
	struct clist *cl = arg;
	struct clist_row *r = tui_clist_row_add(cl);
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
	tui_clist_detail(&sb, _("Ver."), num);
	tui_clist_detail(&sb, _("When (UTC)"), h->at);
	tui_clist_detail(&sb, _("Who"), h->who);
	tui_clist_detail(&sb, _("Field"), r->cell[3]);
	tui_clist_detail(&sb, _("Old"), r->cell[4]);
	tui_clist_detail(&sb, _("New"), r->cell[5]);
	tui_clist_detail(&sb, _("Reason"), h->reason);
	r->detail = sb_detach(&sb);
	return 0;
}

static int
load_history(struct clist *cl, struct dlg_error *err)
{
	return store_history(cl->app->st, cl->ref, history_row, cl, err);
}

static const struct tui_key history_keys[] = {
	{ '\n', KEY_ENTER, 1, tui_clist_open, N_("Open"),
	    N_("Show the change in full, with its reason") },
	{ '\r', 0, 1, tui_clist_open, NULL, NULL },
	{ 'q', 27, 1, tui_clist_back, N_("Back"), N_("Back to the dialogue") },
	CLIST_MOVES
};

static char *
title(const char *ref, const char *t)
{
	/* TRANSLATORS: title of a list */
	return xasprintf(_("History of %s: %s"), ref, t);
}

const struct clist_kind tui_clist_history = {
	.child = -1,
	.cols = history_cols,
	.ncols = (int)NELEM(history_cols),
	.keys = history_keys,
	.empty = N_("No history yet."),
	.help = N_("The history is kept for good and cannot be changed. It "
	    "never holds contact details: only that they were given, changed "
	    "or erased."),
	.title = title,
	.load = load_history,
};

int
tui_history(struct tui_app *app, const char *ref)
{
	return tui_clist_run(app, ref, &tui_clist_history);
}
