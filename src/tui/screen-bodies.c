/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen-bodies.c: the register's list of bodies in the screens, reached
 * with B from the list of dialogues: one row per body (name,
 * abbreviation, kind, political), a form to add or change one, and
 * removal after a question. Each change is one write action of the
 * store, with its history; what a body may be, and when one may not be
 * removed or renamed, the domain and the store say. The list shares the
 * list screen of the records under a dialogue (child-list.c).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "child-int.h"

#define NELEM(a)	(sizeof (a) / sizeof (a)[0])

/* The form's items. */
enum { BI_NAME = 1, BI_ABBREV, BI_KIND, BI_POLITICAL };

void
tui_bodies_reload(struct tui_app *app)
{
	struct dlg_bodies fresh;
	struct dlg_error err;

	if (app->bodies == NULL)
		return;
	err_clear(&err);
	if (store_bodies_load(app->st, &fresh, &err) != 0)
		return;
	dlg_bodies_clear(app->bodies);
	*app->bodies = fresh;
}

struct dlg_body_rules
tui_body_rules(const struct tui_app *app)
{
	struct dlg_body_rules r = { app->bodies, DLG_BODY_REFUSE,
	    app->settings };

	return r;
}

static const struct clist_column body_cols[] = {
	/* TRANSLATORS: column header: a body's full name */
	{ N_("Body"), 40, 0 },
	/* TRANSLATORS: column header: a body's abbreviation (KS, BUN) */
	{ N_("Abbr."), 8, 0 },
	/* TRANSLATORS: column header: the kind of body (committee...) */
	{ N_("Kind"), 26, 0 },
	/* TRANSLATORS: column header: yes when the body is political */
	{ N_("Political"), 0, 0 },
};

static int
load_rows(struct clist *cl, struct dlg_error *err)
{
	const struct dlg_body *b;
	struct clist_row *r;
	struct strbuf sb;
	size_t i;

	(void)err;
	tui_bodies_reload(cl->app);
	for (i = 0; cl->app->bodies != NULL && i < cl->app->bodies->n; i++) {
		b = &cl->app->bodies->v[i];
		r = tui_clist_row_add(cl);
		r->id = (long long)i;
		r->cell[0] = xstrdup(b->name);
		r->cell[1] = xstrdup(b->abbrev != NULL ? b->abbrev : "");
		r->cell[2] = xstrdup(dlg_body_kind_label(b->kind));
		r->cell[3] = xstrdup(b->political ? _("Yes") : _("No"));
		sb_init(&sb);
		tui_clist_detail(&sb, _("Body"), b->name);
		tui_clist_detail(&sb, _("Abbreviation"), b->abbrev);
		tui_clist_detail(&sb, _("Kind"), r->cell[2]);
		tui_clist_detail(&sb, _("Political"), r->cell[3]);
		r->detail = sb_detach(&sb);
	}
	return 0;
}

/* The entry of the selected row, as a copy into b; 0 when none. */
static int
selected(struct clist *cl, struct dlg_body *b)
{
	const struct dlg_body *s;

	memset(b, 0, sizeof *b);
	if (cl->n == 0 || cl->app->bodies == NULL ||
	    (size_t)cl->rows[cl->cur].id >= cl->app->bodies->n)
		return 0;
	s = &cl->app->bodies->v[cl->rows[cl->cur].id];
	b->name = xstrdup(s->name);
	b->abbrev = xstrdup(s->abbrev);
	b->kind = s->kind;
	b->political = s->political;
	return 1;
}

/* The form's values as an entry into b (which the caller clears). */
static void
read_form(struct tui_form *f, struct dlg_body *b)
{
	struct tui_fitem *it;
	int k;

	memset(b, 0, sizeof *b);
	b->name = xstrdup(tui_form_item(f, BI_NAME)->value);
	it = tui_form_item(f, BI_ABBREV);
	b->abbrev = *it->value != '\0' ? xstrdup(it->value) : NULL;
	k = dlg_body_kind_from_token(tui_form_item(f, BI_KIND)->value);
	b->kind = k >= 0 ? (enum dlg_body_kind)k : DLG_BODY_COMMITTEE;
	b->political = strcmp(tui_form_item(f, BI_POLITICAL)->value,
	    "no") != 0;
}

/* Check the item just left: the domain's check of an entry. */
static void
check_item(struct tui_form *f, struct tui_fitem *it, void *arg)
{
	struct dlg_error err;
	struct dlg_body b;

	(void)arg;
	read_form(f, &b);
	err_clear(&err);
	if ((it->id == BI_NAME || it->id == BI_ABBREV) &&
	    dlg_body_check(NULL, &b, NULL, &err) != 0)
		tui_form_message(f, it, TA_ERROR, err.msg);
	else
		tui_form_message(f, it, TA_NORMAL, NULL);
	dlg_body_clear(&b);
}

/* The form of a body: a new one (old NULL) or old changed. */
static int
body_form(struct clist *cl, const struct dlg_body *old)
{
	struct tui_form *f;
	struct tui_fitem *it;
	struct dlg_error err;
	struct dlg_body b;
	char *title;
	int k, rv, council = 0, flags = TUI_REDRAW;

	/* TRANSLATORS: title of the form of a body: "Body:
	   Socialnämnden" */
	title = old != NULL ? xasprintf(_("Body: %s"), old->name) :
	    xstrdup(_("New body"));
	f = tui_form_new(cl->app, title);
	free(title);
	tui_form_add(f, BI_NAME, TFK_LINE, _("Name of the body"),
	    old != NULL ? old->name : NULL);
	it = tui_form_add(f, BI_ABBREV, TFK_LINE, _("Abbreviation"),
	    old != NULL ? old->abbrev : NULL);
	tui_fitem_hint(it, _("How the register shortens it, e.g. KS or BUN; "
	    "may be empty"));
	it = tui_form_add(f, BI_KIND, TFK_CHOICE, _("Kind"),
	    dlg_body_kind_token(old != NULL ? old->kind :
	    DLG_BODY_COMMITTEE));
	for (k = 0; k < DLG_NBODY_KINDS; k++)
		tui_fitem_choice(it, dlg_body_kind_token((enum dlg_body_kind)k),
		    dlg_body_kind_label((enum dlg_body_kind)k));
	it = tui_form_add(f, BI_POLITICAL, TFK_CHOICE, _("Political body"),
	    old == NULL || old->political ? "yes" : "no");
	tui_fitem_choice(it, "yes", _("Yes"));
	tui_fitem_choice(it, "no", _("No: it may not decide, answer the gate "
	    "questions or own the process"));
	/* [T5][S:Roller] officials and offices are not bodies. */
	tui_form_notice(f, TA_NORMAL, _("A body is the council, the executive "
	    "board, a committee, a drafting committee or the board of a "
	    "municipal company. Officials and offices are not bodies: leave "
	    "them out of the list."));
	tui_form_on_check(f, check_item, cl);
	for (;;) {
		rv = tui_form_run(f);
		if (rv == TUI_FORM_QUIT) {
			flags |= TUI_QUIT;
			break;
		}
		if (rv == TUI_FORM_CANCEL)
			break;
		read_form(f, &b);
		err_clear(&err);
		rv = old != NULL ? store_body_edit(cl->app->st, old->name, &b,
		    cl->app->who, &err) : store_body_add(cl->app->st, &b,
		    cl->app->who, &council, &err);
		if (rv != 0) {
			tui_form_notice(f, TA_ERROR, err.msg);
			dlg_body_clear(&b);
			continue;
		}
		if (council)
			tui_message(cl->app, TA_NORMAL, _("The body '%s' is "
			    "added, and the council '%s' with it: a question "
			    "of several bodies is the council's [T5]."), b.name,
			    cl->app->settings->council_name);
		else
			tui_message(cl->app, TA_NORMAL, old != NULL ?
			    _("The body '%s' is saved.") :
			    _("The body '%s' is added."), b.name);
		dlg_body_clear(&b);
		flags |= TUI_RELOAD;
		break;
	}
	tui_form_free(f);
	return flags;
}

/* Select the row of the body called name, if it is there. */
static void
select_name(struct clist *cl, const char *name)
{
	int i;

	for (i = 0; name != NULL && i < cl->n; i++)
		if (strcmp(cl->rows[i].cell[0], name) == 0)
			cl->cur = i;
}

static int
bodies_add(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;
	int r = body_form(cl, NULL);

	tui_clist_after(cl, r);
	if (r & TUI_RELOAD)
		cl->cur = cl->n > 0 ? cl->n - 1 : 0;
	return TUI_REDRAW;
}

static int
bodies_edit(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;
	struct dlg_body b;
	int r;

	if (!selected(cl, &b))
		return TUI_NONE;
	r = body_form(cl, &b);
	tui_clist_after(cl, r);
	select_name(cl, b.name);
	dlg_body_clear(&b);
	return TUI_REDRAW;
}

static int
bodies_remove(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;
	struct dlg_error err;
	struct dlg_body b;
	char *q;
	int yes;

	if (!selected(cl, &b))
		return TUI_NONE;
	q = xasprintf(_("Remove the body '%s' from the list?"), b.name);
	yes = tui_confirm(app, q);
	free(q);
	if (yes < 0) {
		tui_clist_after(cl, TUI_QUIT);
	} else if (yes == 1) {
		err_clear(&err);
		if (store_body_remove(app->st, b.name, app->who, &err) != 0)
			tui_message(app, TA_ERROR, "%s", err.msg);
		else {
			tui_message(app, TA_NORMAL, _("The body '%s' is "
			    "removed from the list."), b.name);
			tui_clist_after(cl, TUI_RELOAD);
		}
	}
	dlg_body_clear(&b);
	return TUI_REDRAW;
}

static const struct tui_key body_keys[] = {
	{ '\n', KEY_ENTER, 1, bodies_edit, N_("Change"),
	    N_("Change the selected body") },
	{ '\r', 0, 1, bodies_edit, NULL, NULL },
	{ 'e', 0, 1, bodies_edit, NULL, N_("Change the selected body") },
	{ 'a', KEY_IC, 1, bodies_add, N_("Add"), N_("Add a body") },
	{ 'd', KEY_DC, 1, bodies_remove, N_("Remove"),
	    N_("Remove the selected body (not one a dialogue names)") },
	{ 'q', 27, 1, tui_clist_back, N_("Back"),
	    N_("Back to the list of dialogues") },
	CLIST_MOVES
};

static char *
title(const char *ref, const char *t)
{
	(void)ref;
	(void)t;
	/* TRANSLATORS: title of the list of the register's bodies */
	return xstrdup(_("The register's bodies"));
}

static const struct clist_kind bodies_kind = {
	.child = -1,
	.cols = body_cols,
	.ncols = (int)NELEM(body_cols),
	.keys = body_keys,
	.empty = N_("The list of bodies is empty, so a dialogue may name any "
	    "body. Add the first with a: from then on the bodies are picked "
	    "from the list."),
	.help = N_("Once the list holds a body, the dialogues' bodies "
	    "concerned, sender, gate answers, deciding body and process owner "
	    "are picked from it, and each politician's body. Officials and "
	    "offices are not bodies [T5]. A body that dialogues name cannot "
	    "be removed or renamed."),
	.title = title,
	.load = load_rows,
};

int
tui_bodies(struct tui_app *app)
{
	return tui_clist_run(app, NULL, &bodies_kind);
}
