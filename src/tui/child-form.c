/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * child-form.c: the form of a session, feedback or a contribution, built
 * from the domain's table of the kind's fields: one item per field, a
 * line, several lines or a choice (methods, channels, the dialogue's
 * sessions) by its type, labelled as the table says. Each field is
 * checked by the domain where it is typed and the whole record on saving
 * (dlg_child_check: the command line's check), then stored against the
 * version the list was loaded with. Contact details (personal data) are
 * filled in only while the list shows them.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "child-int.h"

static void *
rec_empty(enum dlg_child k, union child_rec *r)
{
	memset(r, 0, sizeof *r);
	if (k == DLG_CHILD_SESSION) {
		r->s.participants = -1;
		return &r->s;
	}
	return k == DLG_CHILD_FEEDBACK ? (void *)&r->f : (void *)&r->c;
}

static void
rec_clear(enum dlg_child k, union child_rec *r)
{
	if (k == DLG_CHILD_SESSION)
		dlg_session_clear(&r->s);
	else if (k == DLG_CHILD_FEEDBACK)
		dlg_feedback_clear(&r->f);
	else
		dlg_contribution_clear(&r->c);
}

static long long
rec_id(enum dlg_child k, const void *rec)
{
	if (k == DLG_CHILD_SESSION)
		return ((const struct dlg_session *)rec)->id;
	if (k == DLG_CHILD_FEEDBACK)
		return ((const struct dlg_feedback *)rec)->id;
	return ((const struct dlg_contribution *)rec)->id;
}

static void
rec_set_id(enum dlg_child k, void *rec, long long id)
{
	if (k == DLG_CHILD_SESSION)
		((struct dlg_session *)rec)->id = id;
	else if (k == DLG_CHILD_FEEDBACK)
		((struct dlg_feedback *)rec)->id = id;
	else
		((struct dlg_contribution *)rec)->id = id;
}

int
tui_child_find(struct clist *cl, const struct dialogue *d, long long id,
    void *rec, struct dlg_error *err)
{
	return store_child_find(cl->app->st, d,
	    (enum dlg_child)cl->kind->child, id, rec, err);
}

/* ------------------------------------------------------------ items */

/* The item of field f: the form's item ids are 1 + the field's index. */
#define ITEM(f)		((int)(f) + 1)
#define FIELD(id)	((size_t)(id) - 1)

static enum tui_fkind
item_kind(const struct dlg_child_field *cf)
{
	if (cf->type == FT_TEXT)
		return TFK_TEXT;
	if (cf->type == FT_CHANNEL || cf->type == FT_SESSION ||
	    (cf->flags & DLG_FF_METHOD))
		return TFK_CHOICE;
	return TFK_LINE;
}

/*
 * What the field takes, on the row above the keys, and a list field's
 * list editor: the politicians present with the body each represents
 * [T5], the feedback's channels, the contribution's themes.
 */
static void
add_hint(struct clist *cl, const struct dlg_child_field *cf,
    struct tui_fitem *it)
{
	const struct dlg_items *bodies;
	size_t i;

	if (cf->flags & DLG_CF_LIST) {
		if (strcmp(cf->name, "politicians") == 0) {
			tui_fitem_list(it, "; ", _("Name"),
			    _("Body represented"), _("The body the politician "
			    "represents, not the party; Enter or Ctrl-P picks"));
			/* The dialogue's bodies concerned to pick from. */
			bodies = cl->d != NULL ? dlg_list(cl->d, F_BODIES) :
			    NULL;
			for (i = 0; bodies != NULL && i < bodies->n; i++)
				tui_fitem_note_choice(it, bodies->v[i].name);
		} else
			tui_fitem_list(it, (cf->flags & DLG_CF_COMMAS) ? ", " :
			    "; ", _(cf->header), (cf->flags & DLG_FF_ITEMNOTE) ?
			    _("Note") : NULL, NULL);
		return;
	}
	switch (cf->type) {
	case FT_DATE:
		tui_fitem_hint(it, _("A date, written YYYY-MM-DD "
		    "(2026-11-24)"));
		break;
	case FT_TIME:
		tui_fitem_hint(it, _("A time of day, written HH:MM (18:30), "
		    "or empty"));
		break;
	case FT_COUNT:
		tui_fitem_hint(it, _("A whole number, or empty when not "
		    "counted"));
		break;
	case FT_CHANNEL:
	case FT_SESSION:
		tui_fitem_hint(it, _("A choice: Enter or Ctrl-P opens the "
		    "menu"));
		break;
	default:
		if (cf->flags & DLG_FF_METHOD)
			tui_fitem_hint(it, _("A method of the catalogue: "
			    "Enter or Ctrl-P opens the menu"));
		break;
	}
}

/* The choices of a choice item, "(none)" first. */
static void
add_choices(struct clist *cl, const struct dlg_child_field *cf,
    struct tui_fitem *it)
{
	const struct dlg_methods *m = cl->app->methods;
	const struct dlg_session *s;
	char id[32], *label, *when;
	size_t i;

	/* TRANSLATORS: no method, channel or session chosen */
	tui_fitem_choice(it, "", _("(none)"));
	if (cf->flags & DLG_FF_METHOD)
		for (i = 0; m != NULL && i < m->n; i++)
			tui_fitem_choice(it, m->v[i].name, m->v[i].name);
	if (cf->type == FT_CHANNEL)
		for (i = 0; dlg_channel_token(i) != NULL; i++)
			tui_fitem_choice(it, dlg_channel_token(i),
			    dlg_channel_name(dlg_channel_token(i)));
	if (cf->type == FT_SESSION)
		for (i = 0; cl->d != NULL && i < cl->d->nsessions; i++) {
			s = &cl->d->sessions[i];
			snprintf(id, sizeof id, "%lld", s->id);
			when = dlg_session_when(s);
			/* TRANSLATORS: a session in a menu: number, date
			   (with times), place */
			label = xasprintf(_("%lld: %s %s"), s->id, when,
			    s->place != NULL ? s->place : "");
			tui_fitem_choice(it, id, label);
			free(label);
			free(when);
		}
}

/* A body field (the feedback's sender) picks from the register's list
 * of bodies when it holds any; it still takes a typed name or
 * abbreviation, which the check finds in the list. */
static void
body_choices(struct clist *cl, enum dlg_child k, size_t f,
    struct tui_fitem *it)
{
	const struct dlg_bodies *l = cl->app->bodies;
	size_t i;

	if (l == NULL || l->n == 0 || dlg_child_body_role(k, f) ==
	    DLG_BROLE_NONE)
		return;
	tui_fitem_choice(it, "", _("(none)"));
	for (i = 0; i < l->n; i++)
		tui_fitem_choice(it, l->v[i].name, l->v[i].name);
	tui_fitem_hint(it, _("A body of the register's list: type its name "
	    "or abbreviation, or Enter or Ctrl-P picks one"));
}

/*
 * The value the form shows of field f of rec: canonical, "" for empty;
 * personal data only while the list shows it. Caller frees.
 */
static char *
shown_value(const struct clist *cl, const void *rec, size_t f)
{
	enum dlg_child k = (enum dlg_child)cl->kind->child;
	char *v;

	if ((dlg_children[k].fields[f].flags & DLG_CF_PERSONAL) &&
	    !cl->reveal)
		return xstrdup("");
	v = dlg_child_get(k, rec, f);
	return v != NULL ? v : xstrdup("");
}

/* Check one item as typed: the domain's check of its field, on a record
 * of the values typed so far (a session's end is held against its
 * start). */
static void
check_item(struct tui_form *f, struct tui_fitem *it, void *arg)
{
	struct clist *cl = arg;
	enum dlg_child k = (enum dlg_child)cl->kind->child;
	struct dlg_body_rules rules = tui_body_rules(cl->app);
	const struct tui_fitem *o;
	union child_rec r;
	struct dlg_error err;
	void *rec = rec_empty(k, &r);
	size_t i;

	for (i = 0; i < dlg_children[k].nfields; i++)
		if (i != FIELD(it->id) &&
		    (o = tui_form_item(f, ITEM(i))) != NULL)
			(void)dlg_child_set(k, rec, i, o->value, NULL);
	err_clear(&err);
	if (dlg_child_set(k, rec, FIELD(it->id), it->value, &err) != 0 ||
	    dlg_bodies_check_child_field(k, rec, FIELD(it->id), &rules,
	    &err) != 0 ||
	    dlg_child_check_field(k, rec, FIELD(it->id), &err) != 0)
		tui_form_message(f, it, TA_ERROR, err.msg);
	else
		tui_form_message(f, it, TA_NORMAL, NULL);
	rec_clear(k, &r);
}

/*
 * The record as typed into rec (an empty one): each field set and checked
 * by the domain, a message under each item that is refused. hidden: the
 * stored personal data of old stays unless something is typed. Returns
 * the number of items refused, the first one focused.
 */
static int
read_form(struct clist *cl, struct tui_form *f, const void *old, int hidden,
    void *rec)
{
	enum dlg_child k = (enum dlg_child)cl->kind->child;
	const struct dlg_child_def *def = &dlg_children[k];
	struct dlg_body_rules rules = tui_body_rules(cl->app);
	struct dlg_error err;
	struct tui_fitem *it;
	const char *v;
	char *kept;
	size_t i;
	int bad = 0;

	for (i = 0; i < def->nfields; i++) {
		it = tui_form_item(f, ITEM(i));
		kept = NULL;
		if (it == NULL) {
			/* Not on the form (kept as a file gave it): as it
			 * was. */
			v = kept = old != NULL ? dlg_child_get(k, old, i) :
			    NULL;
			err_clear(&err);
			if (dlg_child_set(k, rec, i, v, &err) != 0)
				bad++;
			free(kept);
			continue;
		}
		v = it->value;
		if (hidden && (def->fields[i].flags & DLG_CF_PERSONAL) &&
		    *v == '\0')
			v = kept = dlg_child_get(k, old, i);
		err_clear(&err);
		if (dlg_child_set(k, rec, i, v, &err) != 0) {
			tui_form_message(f, it, TA_ERROR, err.msg);
			if (bad++ == 0)
				tui_form_focus(f, it->id);
		}
		free(kept);
	}
	/* The policy's defaults, then each field as the domain checks it:
	 * a body from the register's list. */
	dlg_child_complete(k, rec);
	for (i = 0; bad == 0 && i < def->nfields; i++) {
		if ((it = tui_form_item(f, ITEM(i))) == NULL)
			continue;
		err_clear(&err);
		if (dlg_bodies_check_child_field(k, rec, i, &rules,
		    &err) != 0 ||
		    dlg_child_check_field(k, rec, i, &err) != 0) {
			tui_form_message(f, it, TA_ERROR, err.msg);
			if (bad++ == 0)
				tui_form_focus(f, it->id);
		}
	}
	return bad;
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
	enum dlg_child k = (enum dlg_child)cl->kind->child;
	struct dialogue *d = NULL;
	union child_rec r;
	struct dlg_error lerr;
	struct tui_fitem *it;
	void *now = rec_empty(k, &r);
	char *nv, *msg;
	size_t i;
	int found = 0;

	if (err->code != ERR_CONFLICT || base == NULL) {
		tui_form_notice(f, TA_ERROR, err->msg);
		return;
	}
	err_clear(&lerr);
	if (store_dialogue_load(cl->app->st, cl->ref, &d, &lerr) != 0 ||
	    (found = tui_child_find(cl, d, id, now, &lerr)) < 0) {
		msg = xasprintf("%s\n%s", err->msg, lerr.msg);
		tui_form_notice(f, TA_ERROR, msg);
		free(msg);
		dlg_free(d);
		rec_clear(k, &r);
		return;
	}
	*base = d->version;
	for (i = 0; found && (it = tui_form_at(f, i)) != NULL; i++) {
		nv = shown_value(cl, now, FIELD(it->id));
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
	rec_clear(k, &r);
}

/* Store rec: added (old NULL) or old's edit against *base. */
static int
store_rec(struct clist *cl, const void *old, void *rec, long long base,
    struct dlg_error *err)
{
	struct store *st = cl->app->st;
	const char *who = cl->app->who;

	switch (cl->kind->child) {
	case DLG_CHILD_SESSION:
		return old == NULL ? store_session_add(st, cl->ref, rec, who,
		    err) : store_session_update(st, cl->ref, rec, base, who,
		    err);
	case DLG_CHILD_FEEDBACK:
		return old == NULL ? store_feedback_add(st, cl->ref, rec, who,
		    err) : store_feedback_update(st, cl->ref, rec, base, who,
		    err);
	default:
		return old == NULL ? store_contribution_add(st, cl->ref, rec,
		    who, err) : store_contribution_update(st, cl->ref, rec,
		    base, who, err);
	}
}

int
tui_child_form(struct clist *cl, const void *old)
{
	enum dlg_child k = (enum dlg_child)cl->kind->child;
	const struct dlg_child_def *def = &dlg_children[k];
	const struct dlg_child_field *cf;
	struct tui_form *f;
	struct tui_fitem *it;
	union child_rec r;
	struct dlg_error err;
	long long base = cl->d->version, id;
	const char *init;
	char *title, *v, *msg;
	size_t i;
	int rv, bad, flags = TUI_REDRAW, hidden = 0;

	tui_bodies_reload(cl->app);	/* the list as others left it */
	title = cl->kind->form_title(cl, old);
	f = tui_form_new(cl->app, title);
	free(title);
	for (i = 0; i < def->nfields; i++) {
		cf = &def->fields[i];
		/* The channel an imported file named: only when there is
		 * one; nobody types it. */
		if ((cf->flags & DLG_CF_ASGIVEN) && (old == NULL ||
		    dlg_child_text(cf, old) == NULL))
			continue;
		if (old != NULL) {
			v = shown_value(cl, old, i);
			if ((cf->flags & DLG_CF_PERSONAL) && !cl->reveal &&
			    dlg_child_text(cf, old) != NULL)
				hidden = 1;
		} else {
			init = cl->kind->initial != NULL ?
			    cl->kind->initial(cl, i) : NULL;
			v = xstrdup(init != NULL ? init : "");
		}
		it = tui_form_add(f, ITEM(i), item_kind(cf),
		    _(cf->prompt != NULL ? cf->prompt : cf->label), v);
		free(v);
		if (item_kind(cf) == TFK_CHOICE)
			add_choices(cl, cf, it);
		body_choices(cl, k, i, it);
		add_hint(cl, cf, it);
	}
	tui_form_notice(f, TA_NORMAL, cl->kind->form_notice(cl, old));
	tui_form_on_check(f, check_item, cl);
	for (;;) {
		rv = tui_form_run(f);
		if (rv == TUI_FORM_QUIT) {
			flags |= TUI_QUIT;
			break;
		}
		if (rv == TUI_FORM_CANCEL)
			break;
		tui_form_clear_messages(f);
		rec_empty(k, &r);
		rec_set_id(k, &r, old != NULL ? rec_id(k, old) : 0);
		if ((bad = read_form(cl, f, old, hidden, &r)) > 0) {
			msg = xasprintf(ngettext("Not saved: %d field needs a "
			    "change; the message is under it.", "Not saved: "
			    "%d fields need a change; the messages are under "
			    "them.", bad), bad);
			tui_form_notice(f, TA_ERROR, msg);
			free(msg);
			rec_clear(k, &r);
			continue;
		}
		err_clear(&err);
		if (store_rec(cl, old, &r, base, &err) != 0) {
			refused(cl, f, &err, old != NULL ? rec_id(k, old) : 0,
			    old != NULL ? &base : NULL);
			rec_clear(k, &r);
			continue;
		}
		id = rec_id(k, &r);
		rec_clear(k, &r);
		cl->kind->saved(cl, id, old == NULL);
		flags |= TUI_RELOAD;
		break;
	}
	tui_form_free(f);
	return flags;
}
