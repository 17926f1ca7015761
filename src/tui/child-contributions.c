/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * child-contributions.c: what residents said, as a list under the
 * dialogue: columns, rows, keys (I imports a survey's CSV file) and what
 * the form of a contribution says. Contact details are personal data
 * (GDPR: need to know): shown only when the user asks (c), erased after
 * a confirmation (x) through the store, which logs it. The form's fields
 * are the domain's (dlg_contribution_fields).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "child-int.h"

#define NELEM(a)	(sizeof (a) / sizeof (a)[0])

static const struct clist_column contribution_cols[] = {
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

/* GDPR: contact details only when the user asked for them. */
static const char *
contact_shown(const struct clist *cl, const struct dlg_contribution *c)
{
	if (c->contact != NULL)
		/* TRANSLATORS: in place of contact details not shown */
		return cl->reveal ? c->contact : _("(given)");
	if (c->contact_erased)
		/* TRANSLATORS: contact details that were erased (GDPR) */
		return _("(erased)");
	return NULL;
}

/* In full: the channel by its name, personal data only when shown. */
static const char *
shown(const struct clist *cl, const void *rec, size_t f)
{
	const struct dlg_child_field *cf = &dlg_contribution_fields[f];

	if (cf->type == FT_CHANNEL)
		return dlg_child_text(cf, rec) != NULL ?
		    dlg_channel_name(dlg_child_text(cf, rec)) : NULL;
	if (cf->flags & DLG_CF_PERSONAL) {
		/* Never the stored value unless the list shows it. */
		if (cl->reveal && dlg_child_text(cf, rec) != NULL)
			return NULL;
		return contact_shown(cl, rec) != NULL ? contact_shown(cl, rec) :
		    "";
	}
	return NULL;
}

static int
contribution_row(const struct dlg_contribution *c, void *arg)
{
	struct clist *cl = arg;
	struct strbuf sb;
	struct clist_row *r = tui_clist_row_add(cl);
	char num[32];

	r->id = c->id;
	r->has_contact = c->contact != NULL;
	r->cell[0] = xasprintf("%lld", c->id);
	r->cell[1] = c->created != NULL ? xstrndup(c->created, 10) : NULL;
	if (c->channel_text != NULL && *c->channel_text != '\0')
		/* TRANSLATORS: channel "Other" and its text as imported */
		r->cell[2] = xasprintf(_("%s (%s)"),
		    dlg_channel_name(c->channel), c->channel_text);
	else
		r->cell[2] = xstrdup(dlg_channel_name(c->channel));
	r->cell[3] = c->session_id > 0 ? xasprintf("%lld", c->session_id) :
	    NULL;
	r->cell[4] = xstrdup(c->themes);
	r->cell[5] = xstrdup(contact_shown(cl, c));
	r->cell[6] = xstrdup(c->text);
	sb_init(&sb);
	snprintf(num, sizeof num, "%lld", c->id);
	tui_clist_detail(&sb, _("No."), num);
	tui_clist_detail(&sb, _("Recorded"), c->created);
	tui_clist_fields(&sb, cl, c, shown);
	r->detail = sb_detach(&sb);
	return 0;
}

static int
load_contributions(struct clist *cl, struct dlg_error *err)
{
	return store_contributions(cl->app->st, cl->ref, contribution_row, cl,
	    err);
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
		tui_clist_load(cl);
		cl->cur = cl->n > 0 ? cl->n - 1 : 0;
	}
	if (cl->win != NULL)
		delwin(cl->win);
	cl->win = NULL;
	return TUI_REDRAW;
}

static int
ck_reveal(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;

	cl->reveal = !cl->reveal;
	tui_clist_load(cl);
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
	struct clist_row *r;
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
	if (store_erasure_pending(app->st)) {
		/* The copy in the journal is said, not hidden: the user
		 * may have promised the resident it is gone. */
		/* TRANSLATORS: the one answer to a notice */
		const char *opts[] = { _("OK") };

		q = xasprintf(_("The contact details of contribution %lld are "
		    "erased from the register. %s"), r->id,
		    report_erasure_pending_note());
		if (tui_ask(app, _("Erasure not yet complete"), q, opts, 1, 0,
		    0) == -2) {
			cl->flags |= TUI_QUIT;
			cl->done = 1;
		}
		free(q);
	}
	cl->flags |= TUI_RELOAD;
	tui_clist_load(cl);
	return TUI_REDRAW;
}

static const struct tui_key contribution_keys[] = {
	{ '\n', KEY_ENTER, 1, tui_clist_open, N_("Open"),
	    N_("Show the contribution in full") },
	{ '\r', 0, 1, tui_clist_open, NULL, NULL },
	{ 'a', 0, 1, tui_clist_add, N_("Add"), N_("Add a contribution") },
	{ 'e', 0, 1, tui_clist_edit, N_("Edit"),
	    N_("Change the selected contribution in the form") },
	{ 'I', 0, 1, ck_import, N_("Import"),
	    N_("Import contributions from a survey's CSV file") },
	{ 'c', 0, 1, ck_reveal, N_("Contact"),
	    N_("Show or hide the contact details (only when you need "
	    "them)") },
	{ 'x', 0, 1, ck_erase, N_("Erase contact"),
	    N_("Erase the contact details of the selected contribution; "
	    "asks first") },
	{ 'q', 27, 1, tui_clist_back, N_("Back"), N_("Back to the dialogue") },
	CLIST_MOVES
};

static char *
title(const char *ref, const char *t)
{
	/* TRANSLATORS: title of a list */
	return xasprintf(_("Contributions to %s: %s"), ref, t);
}

static char *
form_title(const struct clist *cl, const void *rec)
{
	const struct dlg_contribution *c = rec;

	return c == NULL ?
	    /* TRANSLATORS: title of the form: "New contribution to
	       MD-2026-001" */
	    xasprintf(_("New contribution to %s"), cl->ref) :
	    /* TRANSLATORS: title of the form: "Contribution 5 to
	       MD-2026-001" */
	    xasprintf(_("Contribution %lld to %s"), c->id, cl->ref);
}

static const char *
form_notice(const struct clist *cl, const void *rec)
{
	const struct dlg_contribution *c = rec;

	if (c != NULL && c->contact != NULL && !cl->reveal)
		return _("Contact details are given but hidden: they stay as "
		    "they are unless you type new ones. Erase them with x in "
		    "the list.");
	return _("Contact details are personal data: write them only when "
	    "the resident wants an answer, and erase them when they are no "
	    "longer needed.");
}

static void
saved(struct clist *cl, long long id, int added)
{
	if (added)
		tui_message(cl->app, TA_NORMAL, _("Contribution %lld is added "
		    "to %s."), id, cl->ref);
	else
		tui_message(cl->app, TA_NORMAL, _("Contribution %lld to %s is "
		    "saved."), id, cl->ref);
}

const struct clist_kind tui_clist_contributions = {
	.child = DLG_CHILD_CONTRIBUTION,
	.cols = contribution_cols,
	.ncols = (int)NELEM(contribution_cols),
	.keys = contribution_keys,
	.empty = N_("No contributions yet. Press a to add one."),
	.help = N_("Contact details are hidden until you press c. Erasing "
	    "them keeps the contribution and writes the erasure in the "
	    "history."),
	.title = title,
	.load = load_contributions,
	.form_title = form_title,
	.form_notice = form_notice,
	.initial = NULL,
	.saved = saved,
};

int
tui_contributions(struct tui_app *app, const char *ref)
{
	return tui_clist_run(app, ref, &tui_clist_contributions);
}
