/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * form-dialogue.c: the dialogue's form. Owns the order of the record's
 * fields on the form's pages (overview, gate questions, decision, plan,
 * result and report, evaluation), the menus of the choice fields (answers,
 * the ladder, influence, methods and bodies to pick from: the register's
 * list of bodies when it holds any), checking a field when the cursor
 * leaves it (the domain's dlg_set_field and its check of the bodies on a
 * scratch copy, and the methods' ties to the target groups as the form
 * holds both lists), saving as one store transaction with the version the
 * form was opened with, and a stale version: the store's message says who
 * changed what, the form loads the new version and keeps the user's
 * edits as the changes to save. What a step taken required keeps
 * holding: a change that breaks it is refused and stays in the form. A new dialogue starts with the two gate
 * questions of the Sollentuna rules; a "no" explains why this is not a
 * citizen dialogue and lets the user stop or register it anyway.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "tui-int.h"

/* ------------------------------------------------------------ pages */

static const enum dlg_field page_overview[] = {
	F_CASE_NUMBER, F_TITLE, F_QUESTION, F_PURPOSE, F_GOALS, F_BACKGROUND,
	F_INITIATED_BY, F_SENDER, F_ADMINISTRATION, F_BODIES,
};
static const enum dlg_field page_gates[] = {
	F_NEED_VIEWS, F_NEED_VIEWS_BY, F_NEED_VIEWS_DATE,
	F_OPEN_TO_INFLUENCE, F_OPEN_TO_INFLUENCE_BY, F_OPEN_TO_INFLUENCE_DATE,
};
static const enum dlg_field page_decision[] = {
	F_LEVEL, F_DECISION_BODY, F_DECISION_DATE, F_DECISION_PARAGRAPH,
	F_DECISION_CASE, F_BUDGET_FRAME, F_DECIDED_START, F_DECIDED_END,
	F_DECISION_DEADLINE,
};
static const enum dlg_field page_plan[] = {
	F_TARGET_GROUPS, F_METHODS, F_OUTREACH, F_OUTREACH_HOW, F_PARTNERS,
	F_PLANNED_START, F_PLANNED_END, F_BUDGET, F_FINANCING, F_RESULT_USE,
	F_RESPONSIBILITIES, F_RESPONSIBLE_PLANNING, F_RESPONSIBLE_CONDUCT,
	F_RESPONSIBLE_DOCUMENTATION, F_RESPONSIBLE_PROCESSING,
	F_RESPONSIBLE_FEEDBACK, F_RESPONSIBLE_EVALUATION,
	F_FACT_BASIS, F_PROJECT_PLAN, F_RESOURCES, F_PROCESS_OWNER,
	F_PROCESS_LEADER, F_COMMUNICATION_PLAN, F_DOCUMENTATION_PLAN,
	F_FEEDBACK_PLAN, F_EVALUATION_PLAN, F_PARTICIPANTS_INFORMED,
	F_PARTIES_INVITED, F_POLITICIANS,
};
static const enum dlg_field page_result[] = {
	F_RESULT_SUMMARY, F_RESULT_DATE, F_REPORT_REFERENCE, F_REPORT_DATE,
	F_NOT_REPORTED_REASON, F_QUESTION_DECISION_BODY,
	F_QUESTION_DECISION_DATE, F_QUESTION_DECISION_PARAGRAPH,
	F_QUESTION_DECISION_OUTCOME, F_QUESTION_DECISION_MEASURES,
	F_REVIEW_TEXT, F_REVIEW_DATE,
};
static const enum dlg_field page_evaluation[] = {
	F_EVALUATION_DATE, F_INFLUENCE, F_GOALS_MET, F_EVALUATION_REACH,
	F_PARTICIPANTS_VIEW, F_LESSONS,
};

#define NELEM(a)	(sizeof (a) / sizeof (a)[0])

static const struct {
	const char		*heading;
	const enum dlg_field	*fields;
	size_t			 n;
} pages[] = {
	/* TRANSLATORS: a page of the dialogue's form */
	{ N_("Overview"), page_overview, NELEM(page_overview) },
	/* TRANSLATORS: a page of the dialogue's form: the two questions
	   that decide whether a citizen dialogue is held */
	{ N_("Gate questions"), page_gates, NELEM(page_gates) },
	/* TRANSLATORS: a page of the dialogue's form */
	{ N_("Decision"), page_decision, NELEM(page_decision) },
	/* TRANSLATORS: a page of the dialogue's form */
	{ N_("Plan"), page_plan, NELEM(page_plan) },
	/* TRANSLATORS: a page of the dialogue's form */
	{ N_("Result and report"), page_result, NELEM(page_result) },
	/* TRANSLATORS: a page of the dialogue's form */
	{ N_("Evaluation"), page_evaluation, NELEM(page_evaluation) },
};

/* Every field but the two the program sets is on a page, once. */
_Static_assert(NELEM(page_overview) + NELEM(page_gates) +
    NELEM(page_decision) + NELEM(page_plan) + NELEM(page_result) +
    NELEM(page_evaluation) == DLG_NFIELDS - 2,
    "every editable field is on a page of the form");

/* ------------------------------------------------------------ state */

struct fdlg {
	struct tui_app		*app;
	struct tui_form		*form;
	struct dialogue		*base;		/* as loaded; a new one: empty */
	const char		*ref;		/* NULL for a new dialogue */
	char			*gate[2];	/* new: "yes"/"no" of the gates */
	struct strlist		 bodies;	/* known bodies, for picking */
	char			*gate_warning;	/* new: a gate answered no */
	int			 fill_to;	/* the step filled in for, or -1 */
};

/* The value of f in d as the form holds it (canonical). Caller frees. */
static char *
value_of(const struct dialogue *d, enum dlg_field f)
{
	return dlg_canonical_field(d, f);
}

/* 1 when the register's list of bodies is in use (holds an entry). */
static int
list_used(const struct fdlg *fd)
{
	return fd->app->bodies != NULL && fd->app->bodies->n > 0;
}

static enum tui_fkind
kind_of(enum dlg_field f)
{
	switch (dlg_fields[f].type) {
	case FT_TEXT:
		return TFK_TEXT;
	case FT_ANSWER:
	case FT_LEVEL:
	case FT_INFLUENCE:
		return TFK_CHOICE;
	case FT_LIST:
		return TFK_LIST;
	default:
		return TFK_LINE;
	}
}

/* The label a choice token gets, as the domain formats it. */
static char *
token_label(enum dlg_field f, const char *token)
{
	struct dialogue *d = dlg_new();
	char *s;

	dlg_put(d, f, token);
	s = dlg_format_field(d, f);
	dlg_free(d);
	return s;
}

/* Known bodies (the bodies concerned of every dialogue), for picking. */
static int
collect_bodies(const char *name, void *arg)
{
	struct strlist *sl = arg;
	size_t j;

	if (name == NULL)
		return 0;
	for (j = 0; j < sl->n; j++)
		if (strcasecmp(sl->v[j], name) == 0)
			return 0;
	if (sl->n < 200)
		sl_push(sl, name);
	return sl->n >= 200;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcoll(*(char *const *)a, *(char *const *)b);
}

static void
load_bodies(struct fdlg *fd)
{
	struct dlg_error err;
	size_t j;
	const char *council = fd->app->settings != NULL ?
	    fd->app->settings->council_name : NULL;

	tui_bodies_reload(fd->app);
	if (list_used(fd)) {
		/* The register's list, in its order. */
		for (j = 0; j < fd->app->bodies->n; j++)
			sl_push(&fd->bodies, fd->app->bodies->v[j].name);
		return;
	}
	err_clear(&err);
	/* A short list is better than none: a storage error here only
	 * means fewer names to pick from. */
	(void)store_body_names(fd->app->st, collect_bodies, &fd->bodies,
	    &err);
	if (council != NULL && *council != '\0') {
		for (j = 0; j < fd->bodies.n; j++)
			if (strcasecmp(fd->bodies.v[j], council) == 0)
				break;
		if (j == fd->bodies.n)
			sl_push(&fd->bodies, council);
	}
	/* qsort's array may not be NULL, even for no items. */
	if (fd->bodies.n > 1)
		qsort(fd->bodies.v, fd->bodies.n, sizeof *fd->bodies.v,
		    cmp_str);
}

/* A body as its menu shows it: "Barn- och utbildningsnämnden (BUN)".
 * Caller frees. */
static char *
body_label(const struct dlg_body *b)
{
	if (b->abbrev == NULL)
		return xstrdup(b->name);
	/* TRANSLATORS: a body and its abbreviation in a menu */
	return xasprintf(_("%s (%s)"), b->name, b->abbrev);
}

/*
 * The choices of body field f from the register's list: none, the
 * deciding body first where a decision is recorded [T5], then the list;
 * where a political body acts, only the political ones [T5][S:Roller].
 * The field still takes a typed name or abbreviation (quicker from the
 * keyboard), which the check as the cursor leaves finds in the list. A
 * value the list does not hold (recorded before it was used) stays a
 * choice, so picking again can keep it.
 */
static void
list_choices(struct fdlg *fd, struct tui_fitem *it, enum dlg_field f)
{
	const struct dlg_bodies *l = fd->app->bodies;
	const struct dlg_body *b, *dec = NULL;
	int political = dlg_body_field_role(f) == DLG_BROLE_POLITICAL &&
	    tui_body_rules(fd->app).office == DLG_BODY_REFUSE;
	char *label;
	size_t i;

	/* TRANSLATORS: no body chosen */
	tui_fitem_choice(it, "", _("(none)"));
	if (f == F_DECISION_BODY || f == F_QUESTION_DECISION_BODY)
		dec = dlg_bodies_find(l, dlg_deciding_body(fd->base,
		    fd->app->settings));
	for (i = 0; i <= l->n; i++) {
		/* The deciding body, then the rest in the list's order. */
		b = i == 0 ? dec : &l->v[i - 1];
		if (b == NULL || (i > 0 && b == dec) ||
		    (political && !b->political))
			continue;
		label = body_label(b);
		tui_fitem_choice(it, b->name, label);
		free(label);
	}
	if (*it->value != '\0' && dlg_bodies_find(l, it->value) == NULL) {
		/* TRANSLATORS: a body recorded before the list of bodies
		   was used, as its menu shows it */
		label = xasprintf(_("%s (not in the list)"), it->value);
		tui_fitem_choice(it, it->value, label);
		free(label);
	}
}

/* The choices of field f on it. */
static void
add_choices(struct fdlg *fd, struct tui_fitem *it, enum dlg_field f)
{
	static const char *const answers[] = { "yes", "no" };
	static const char *const influence[] = {
		"yes", "partly", "no", "unknown"
	};
	const struct dlg_methods *m = fd->app->methods;
	char *label;
	size_t i;
	int l;

	switch (dlg_fields[f].type) {
	case FT_ANSWER:
		/* TRANSLATORS: a yes/no field nobody answered yet */
		tui_fitem_choice(it, "", _("(not answered)"));
		for (i = 0; i < NELEM(answers); i++) {
			label = token_label(f, answers[i]);
			tui_fitem_choice(it, answers[i], label);
			free(label);
		}
		break;
	case FT_INFLUENCE:
		tui_fitem_choice(it, "", _("(not answered)"));
		for (i = 0; i < NELEM(influence); i++) {
			label = token_label(f, influence[i]);
			tui_fitem_choice(it, influence[i], label);
			free(label);
		}
		break;
	case FT_LEVEL:
		/* TRANSLATORS: no step of the ladder chosen yet */
		tui_fitem_choice(it, "", _("(not chosen)"));
		for (l = 1; l <= DLG_NLEVELS; l++) {
			/* TRANSLATORS: a step of the participation ladder
			   in its menu: "2. Consultation (residents get to
			   give opinions)" */
			label = xasprintf(_("%d. %s (residents get to %s)"), l,
			    dlg_level_label(l), dlg_level_gets(l));
			tui_fitem_choice(it, dlg_level_token(l), label);
			free(label);
		}
		break;
	case FT_LIST:
		if (f == F_METHODS && m != NULL)
			for (i = 0; i < m->n; i++) {
				/* TRANSLATORS: a method and its step of
				   the ladder in the menu: "Enkät
				   (Consultation)" */
				label = xasprintf(_("%s (%s)"), m->v[i].name,
				    dlg_level_label(m->v[i].step));
				tui_fitem_choice(it, m->v[i].name, label);
				free(label);
			}
		if (f == F_BODIES && list_used(fd))
			for (i = 0; i < fd->app->bodies->n; i++) {
				label = body_label(&fd->app->bodies->v[i]);
				tui_fitem_choice(it,
				    fd->app->bodies->v[i].name, label);
				free(label);
			}
		else if (f == F_BODIES)
			for (i = 0; i < fd->bodies.n; i++)
				tui_fitem_choice(it, fd->bodies.v[i],
				    fd->bodies.v[i]);
		break;
	default:
		break;
	}
	if (list_used(fd) && dlg_fields[f].type != FT_LIST &&
	    dlg_body_field_role(f) != DLG_BROLE_NONE) {
		list_choices(fd, it, f);
		return;
	}
	/* A body answers, decides or sends: pick one the register knows,
	 * the deciding body first [T5]; typing another is fine. */
	if (f == F_DECISION_BODY || f == F_QUESTION_DECISION_BODY ||
	    f == F_NEED_VIEWS_BY || f == F_OPEN_TO_INFLUENCE_BY ||
	    f == F_SENDER) {
		const char *dec = dlg_deciding_body(fd->base,
		    fd->app->settings);

		if (dec != NULL)
			tui_fitem_choice(it, dec, dec);
		for (i = 0; i < fd->bodies.n; i++)
			if (dec == NULL || strcmp(dec, fd->bodies.v[i]) != 0)
				tui_fitem_choice(it, fd->bodies.v[i],
				    fd->bodies.v[i]);
	}
}

/*
 * What the field takes, shown while it has the cursor, and how a list
 * field is edited: its column and its note's ([T4] considerations of a
 * target group; [T5] the body a politician represents).
 */
static void
add_hint(struct fdlg *fd, struct tui_fitem *it, enum dlg_field f)
{
	size_t i;

	switch (dlg_fields[f].type) {
	case FT_DATE:
		tui_fitem_hint(it, _("A date, written YYYY-MM-DD "
		    "(2026-11-24)"));
		break;
	case FT_AMOUNT:
		tui_fitem_hint(it, _("An amount in whole kronor "
		    "(125000 or 125 000)"));
		break;
	case FT_ANSWER:
		tui_fitem_hint(it, _("Yes or no: Enter or Ctrl-P opens the "
		    "menu"));
		break;
	case FT_LEVEL:
	case FT_INFLUENCE:
		tui_fitem_hint(it, _("A choice: Enter or Ctrl-P opens the "
		    "menu"));
		break;
	case FT_LIST:
		break;
	default:
		if (list_used(fd) && dlg_body_field_role(f) != DLG_BROLE_NONE)
			tui_fitem_hint(it, _("A body of the register's list: "
			    "type its name or abbreviation, or Enter or Ctrl-P "
			    "picks one"));
		else if (it->nchoices > 0)
			tui_fitem_hint(it, _("One line: type a name, or Enter "
			    "or Ctrl-P picks one the register knows"));
		break;
	}
	if (dlg_fields[f].type != FT_LIST)
		return;
	switch (f) {
	case F_TARGET_GROUPS:
		tui_fitem_list(it, "; ", _("Target group"),
		    _("Considerations"), _("What reaching the group takes: "
		    "age, language, disability"));
		break;
	case F_POLITICIANS:
		tui_fitem_list(it, "; ", _("Name"), _("Body represented"),
		    _("The body the politician represents, not the party; "
		    "Enter or Ctrl-P picks"));
		for (i = 0; i < fd->bodies.n; i++)
			tui_fitem_note_choice(it, fd->bodies.v[i]);
		break;
	case F_METHODS:
		/* [T4][S:Metod] each method with the target groups it is
		 * meant to reach and why: its tie (tie_choices offers the
		 * groups) */
		tui_fitem_list(it, "; ", _("Method"), _("Target groups"),
		    _("The target groups the method is meant to reach: Enter "
		    "or Ctrl-P picks from the dialogue's target groups"));
		tui_fitem_list_tie(it, _("Motivation"), _("In short, why the "
		    "method suits these target groups"));
		break;
	case F_BODIES:
		tui_fitem_list(it, "; ", _("Body"), NULL, NULL);
		break;
	default:
		tui_fitem_list(it, "; ", _("Name"),
		    (dlg_fields[f].flags & DLG_FF_ITEMNOTE) ? _("Note") : NULL,
		    NULL);
		break;
	}
}

static void
add_field(struct fdlg *fd, enum dlg_field f, const struct dialogue *d)
{
	struct tui_fitem *it;
	char *v = value_of(d, f);

	it = tui_form_add(fd->form, (int)f, kind_of(f),
	    _(dlg_fields[f].label),
	    v);
	add_choices(fd, it, f);
	add_hint(fd, it, f);
	free(v);
}

/* ------------------------------------------------------------ checks */

/* dlg_set_field, then the bodies of f checked against the register's
 * list and written as it spells them (bodies.h). */
static int
set_field(struct fdlg *fd, struct dialogue *d, enum dlg_field f,
    const char *value, struct dlg_issues *warn, struct dlg_error *err)
{
	struct dlg_body_rules r = tui_body_rules(fd->app);

	if (dlg_set_field(d, f, value, fd->app->methods, err) != 0)
		return -1;
	return dlg_bodies_check_field(d, f, &r, warn, err);
}

/*
 * The screens' own word for a method not in the catalogue: the domain's
 * message names the command that adds one, the screens offer it on
 * saving. Replaces err->msg when value names such a method.
 */
static void
method_message(struct fdlg *fd, const char *value, struct dlg_error *err)
{
	char name[256];

	if (!dlg_methods_unknown(fd->app->methods, value, name, sizeof name))
		return;
	snprintf(err->msg, sizeof err->msg, _("%s: the method '%s' is not "
	    "in the method catalogue; check the spelling, or save: you are "
	    "then offered to add it to the catalogue."),
	    _(dlg_fields[F_METHODS].label), name);
}

/*
 * Offer to add each method of value that the catalogue lacks, at the
 * step the user picks; added ones are stored and the catalogue loaded
 * again. Stops at the first the user declines.
 */
static void
offer_methods(struct fdlg *fd, const char *value)
{
	const char *items[DLG_NLEVELS + 1];
	char name[256], *title, *labels[DLG_NLEVELS];
	struct dlg_error err;
	int l, r;

	while (dlg_methods_unknown(fd->app->methods, value, name,
	    sizeof name)) {
		for (l = 1; l <= DLG_NLEVELS; l++) {
			labels[l - 1] = xasprintf(_("Add it at step %d. %s"),
			    l, dlg_level_label(l));
			items[l - 1] = labels[l - 1];
		}
		items[DLG_NLEVELS] = _("Do not add it");
		title = xasprintf(_("'%s' is not in the method catalogue"),
		    name);
		r = tui_menu(fd->app, title, items, DLG_NLEVELS + 1, 0);
		free(title);
		for (l = 0; l < DLG_NLEVELS; l++)
			free(labels[l]);
		if (r < 0 || r >= DLG_NLEVELS)
			return;
		err_clear(&err);
		if (store_method_add(fd->app->st, name, r + 1, fd->app->who,
		    &err) != 0) {
			tui_form_notice(fd->form, TA_ERROR, err.msg);
			return;
		}
		dlg_methods_clear(fd->app->methods);
		if (store_methods_load(fd->app->st, fd->app->methods,
		    &err) != 0) {
			tui_form_notice(fd->form, TA_ERROR, err.msg);
			return;
		}
		tui_message(fd->app, TA_NORMAL, _("The method '%s' is added "
		    "to the catalogue at step %d, %s."), name, r + 1,
		    dlg_level_label(r + 1));
	}
}

/* The notice of a form opened from a step: how many items are missing. */
static void
missing_notice(struct fdlg *fd, size_t n)
{
	char *s;

	if (n == 0) {
		tui_form_notice(fd->form, TA_NORMAL, _("Nothing is missing "
		    "for the next step any more: save, then take the step."));
		return;
	}
	s = xasprintf(ngettext("%d item is missing for the next step; it "
	    "is shown under its field.", "%d items are missing for the next "
	    "step; each is shown under its field.", (int)n), (int)n);
	tui_form_notice(fd->form, TA_WARNING, s);
	free(s);
}

/*
 * In a form opened from a step: ask the guard again with the form's
 * values, so the count in the notice follows what is filled in; the item
 * just checked shows what the step still says about it, if anything.
 */
static void
recount_missing(struct fdlg *fd, struct tui_fitem *just)
{
	struct dlg_issues m = { 0 };
	struct dlg_error err;
	struct dialogue *d;
	struct tui_fitem *it;
	size_t i, n = 0;

	if (fd->fill_to < 0)
		return;
	d = dlg_dup(fd->base);
	for (i = 0; (it = tui_form_at(fd->form, i)) != NULL; i++)
		if (tui_fitem_changed(it)) {
			err_clear(&err);
			(void)set_field(fd, d, (enum dlg_field)it->id,
			    it->value, NULL, &err);
		}
	dlg_guard(d, (enum dlg_state)fd->fill_to, NULL, fd->app->settings,
	    fd->app->today, &m);
	for (i = 0; i < m.n; i++) {
		if (strcmp(m.v[i].code, "missing_reason") == 0)
			continue;
		n++;
		if (just != NULL && m.v[i].field == just->id &&
		    (just->msg == NULL || just->msg_attr != TA_ERROR))
			tui_form_message(fd->form, just, TA_WARNING,
			    m.v[i].text);
	}
	missing_notice(fd, n);
	dlg_issues_clear(&m);
	dlg_free(d);
}

/*
 * A method's tie names the dialogue's own target groups [T4][S:Metod]:
 * the list editor of the methods offers them as the form holds them now,
 * typed and not saved yet too (else as stored).
 */
static void
tie_choices(struct fdlg *fd)
{
	struct tui_fitem *m = tui_form_item(fd->form, F_METHODS);
	struct tui_fitem *tg = tui_form_item(fd->form, F_TARGET_GROUPS);
	struct dlg_items typed = { 0 };
	const struct dlg_items *l = dlg_list(fd->base, F_TARGET_GROUPS);
	size_t i;

	if (m == NULL)
		return;
	if (tg != NULL && dlg_items_parse(F_TARGET_GROUPS, tg->value, NULL,
	    &typed, NULL) == 0)
		l = &typed;
	tui_fitem_note_choices_clear(m);
	for (i = 0; i < l->n; i++)
		tui_fitem_note_choice(m, l->v[i].name);
	dlg_items_clear(&typed);
}

/*
 * The check of the ties (dialogue.h) on d, which holds field id as the
 * form has it: the other of the two lists is put in as the form has it
 * too (when it is good), so either order of editing them is checked.
 * Returns 1 with err set when the ties are refused.
 */
static int
ties_refused(struct fdlg *fd, struct dialogue *d, int id,
    struct dlg_error *err)
{
	enum dlg_field other = id == F_METHODS ? F_TARGET_GROUPS : F_METHODS;
	struct tui_fitem *o = tui_form_item(fd->form, (int)other);
	struct dlg_error e;

	if (o != NULL && tui_fitem_changed(o))
		(void)set_field(fd, d, other, o->value, NULL, &e);
	err_clear(err);
	return dlg_ties_check(d, err) != 0;
}

/* Check one field when the cursor leaves it: the domain parses it on a
 * scratch copy; the message goes under the field. */
static void
check_field(struct tui_form *f, struct tui_fitem *it, void *arg)
{
	struct fdlg *fd = arg;
	struct dialogue *scratch = dlg_dup(fd->base);
	struct dlg_issues warn = { 0 };
	struct dlg_error err;

	err_clear(&err);
	if (set_field(fd, scratch, (enum dlg_field)it->id, it->value, &warn,
	    &err) != 0) {
		if (it->id == F_METHODS)
			method_message(fd, it->value, &err);
		tui_form_message(f, it, TA_ERROR, err.msg);
	} else if ((it->id == F_METHODS || it->id == F_TARGET_GROUPS) &&
	    ties_refused(fd, scratch, it->id, &err))
		tui_form_message(f, it, TA_ERROR, err.msg);
	else if (warn.n > 0)
		tui_form_message(f, it, TA_WARNING, warn.v[0].text);
	else if (it->id == F_LEVEL && fd->ref != NULL &&
	    tui_fitem_changed(it) &&
	    dlg_field_needs_reason(fd->base, F_LEVEL))
		/* [S:Principer] the level is fixed once started */
		tui_form_message(f, it, TA_WARNING, _("The dialogue has "
		    "started: when you save, you are asked why the level "
		    "changes."));
	else
		/* Good now: whatever was said about it was acted on. */
		tui_form_message(f, it, TA_NORMAL, NULL);
	dlg_issues_clear(&warn);
	dlg_free(scratch);
	if (it->id == F_TARGET_GROUPS)
		tie_choices(fd);
	recount_missing(fd, it);
}

/*
 * Apply every changed item to d (a copy of the base). Returns the number
 * of items the domain refused (each gets its message); *first is the
 * first of them. The level, when it needs a reason, is left out and
 * *level_pending set.
 */
static int
apply_changes(struct fdlg *fd, struct dialogue *d, struct tui_fitem **first,
    int *level_pending, int *nchanged)
{
	struct tui_fitem *it;
	struct dlg_error err;
	size_t i;
	int bad = 0, ties = 0;

	*first = NULL;
	*level_pending = 0;
	*nchanged = 0;
	for (i = 0; (it = tui_form_at(fd->form, i)) != NULL; i++) {
		if (fd->ref != NULL && !tui_fitem_changed(it))
			continue;
		if (fd->ref == NULL && *it->value == '\0')
			continue;
		(*nchanged)++;
		ties |= it->id == F_METHODS || it->id == F_TARGET_GROUPS;
		if (fd->ref != NULL && it->id == F_LEVEL &&
		    dlg_field_needs_reason(d, F_LEVEL)) {
			*level_pending = 1;
			continue;
		}
		if (it->id == F_METHODS)
			offer_methods(fd, it->value);
		err_clear(&err);
		if (set_field(fd, d, (enum dlg_field)it->id, it->value, NULL,
		    &err) != 0) {
			if (it->id == F_METHODS)
				method_message(fd, it->value, &err);
			tui_form_message(fd->form, it, TA_ERROR, err.msg);
			if (*first == NULL)
				*first = it;
			bad++;
		} else if (it->msg != NULL && it->msg_attr == TA_ERROR)
			tui_form_message(fd->form, it, TA_NORMAL, NULL);
	}
	/* [T4][S:Metod] the groups of the ties are the dialogue's own,
	 * once both lists are in place. */
	err_clear(&err);
	if (bad == 0 && ties && dlg_ties_check(d, &err) != 0 &&
	    (it = tui_form_item(fd->form, F_METHODS)) != NULL) {
		tui_form_message(fd->form, it, TA_ERROR, err.msg);
		*first = it;
		bad++;
	}
	return bad;
}

static void
refused_notice(struct fdlg *fd, int bad, struct tui_fitem *first)
{
	char *s;

	s = xasprintf(ngettext("Not saved: %d field needs a change; the "
	    "message is under it.", "Not saved: %d fields need a change; "
	    "the messages are under them.", bad), bad);
	tui_form_notice(fd->form, TA_ERROR, s);
	free(s);
	tui_form_focus(fd->form, first->id);
}

/*
 * What a step already taken required keeps holding: a change that breaks
 * it is refused, each rule broken under its field, the domain's message
 * (and where a step back is taken) as the notice. The form keeps every
 * value typed. A level that waits for its reason (level_pending) is put
 * in place on a copy first, so that a refusal comes before the question.
 * Returns 0 when the change may be saved, else -1.
 */
static int
refuse_broken_rules(struct fdlg *fd, const struct dialogue *d,
    int level_pending)
{
	struct dlg_issues broken = { 0 };
	struct tui_fitem *it, *first = NULL;
	struct dialogue *after = dlg_dup(d);
	struct dlg_error err;
	struct strbuf sb;
	size_t i;
	int rc = 0;

	if (level_pending && (it = tui_form_item(fd->form, F_LEVEL)) != NULL) {
		err_clear(&err);
		/* A bad level is refused when it is set for real. */
		(void)dlg_set_field(after, F_LEVEL, it->value,
		    fd->app->methods, &err);
	}
	err_clear(&err);
	if (dlg_check_holding(fd->base, after, fd->app->settings,
	    fd->app->today, &broken, &err) == 0)
		goto out;
	rc = -1;
	sb_init(&sb);
	sb_add(&sb, err.msg);
	if (dlg_holding_back_to(fd->base, after, fd->app->settings,
	    fd->app->today) >= 0)
		sb_addf(&sb, " %s", _("A step back is taken in the view, with "
		    "s (Change state)."));
	for (i = 0; i < broken.n; i++) {
		it = tui_form_item(fd->form, broken.v[i].field);
		if (it == NULL) {
			sb_addf(&sb, "\n- %s", broken.v[i].text);
			continue;
		}
		tui_form_message(fd->form, it, TA_ERROR, broken.v[i].text);
		if (first == NULL)
			first = it;
	}
	tui_form_notice(fd->form, TA_ERROR, sb.buf);
	sb_release(&sb);
	if (first != NULL)
		tui_form_focus(fd->form, first->id);
out:
	dlg_issues_clear(&broken);
	dlg_free(after);
	return rc;
}

/* ------------------------------------------------------------ conflict */

/*
 * Someone else saved the dialogue since the form was opened: load the
 * new version as the base and keep the user's edits as the changes to
 * save; mark the fields the other person changed.
 */
static int
take_new_base(struct fdlg *fd, const char *why)
{
	struct dialogue *nb = NULL;
	struct dlg_error err;
	struct tui_fitem *it;
	struct strbuf sb;
	char *nv, *shown, *msg;
	size_t i;
	int mine;

	err_clear(&err);
	if (store_dialogue_load(fd->app->st, fd->ref, &nb, &err) != 0) {
		sb_init(&sb);
		sb_addf(&sb, "%s\n%s", why, err.msg);
		tui_form_notice(fd->form, TA_ERROR, sb.buf);
		sb_release(&sb);
		return -1;
	}
	for (i = 0; (it = tui_form_at(fd->form, i)) != NULL; i++) {
		nv = value_of(nb, (enum dlg_field)it->id);
		mine = tui_fitem_changed(it);
		if (strcmp(nv, it->orig) != 0) {
			if (mine) {
				shown = dlg_format_field(nb,
				    (enum dlg_field)it->id);
				msg = xasprintf(_("Someone else changed this "
				    "field meanwhile to '%s'. Your value is "
				    "kept and replaces theirs when you save."),
				    shown);
				free(shown);
			} else {
				tui_form_set(fd->form, it, nv);
				msg = xstrdup(_("Someone else changed this "
				    "field meanwhile; the form shows their "
				    "value."));
			}
			tui_form_message(fd->form, it, TA_WARNING, msg);
			free(msg);
		}
		tui_form_set_orig(fd->form, it, nv);
		free(nv);
	}
	dlg_free(fd->base);
	fd->base = nb;
	sb_init(&sb);
	sb_addf(&sb, "%s\n%s", why, _("Your changes are still in the form: "
	    "check them and save again."));
	tui_form_notice(fd->form, TA_WARNING, sb.buf);
	sb_release(&sb);
	return 0;
}

/* ------------------------------------------------------------ save */

enum { SAVE_AGAIN, SAVE_DONE, SAVE_QUIT };

/* Save the edited dialogue. SAVE_AGAIN: stay in the form. */
static int
save_edit(struct fdlg *fd, int *flags)
{
	struct dialogue *d = dlg_dup(fd->base);
	struct tui_fitem *first, *lv;
	struct dlg_error err;
	char *reason = NULL;
	int bad, level_pending, nchanged, rc = SAVE_AGAIN;

	bad = apply_changes(fd, d, &first, &level_pending, &nchanged);
	if (bad > 0) {
		refused_notice(fd, bad, first);
		goto out;
	}
	if (nchanged == 0) {
		tui_message(fd->app, TA_NORMAL, _("Nothing was changed, so "
		    "nothing was saved."));
		rc = SAVE_DONE;
		goto out;
	}
	if (refuse_broken_rules(fd, d, level_pending) != 0)
		goto out;
	if (level_pending) {
		/* [S:Principer] a level change after the start needs a
		 * reason, kept with the dialogue and in the history. */
		lv = tui_form_item(fd->form, F_LEVEL);
		reason = tui_prompt_text(fd->app, _("Why does the level "
		    "change? "), _("Reason"), NULL);
		if (reason == NULL) {
			if (tui_quit_pending()) {
				rc = SAVE_QUIT;
				goto out;
			}
			tui_form_notice(fd->form, TA_ERROR, _("Not saved: "
			    "a change of the level after the start needs a "
			    "reason."));
			tui_form_focus(fd->form, F_LEVEL);
			goto out;
		}
		err_clear(&err);
		if (dlg_set_field_reason(d, F_LEVEL, lv->value, reason,
		    fd->app->methods, &err) != 0) {
			tui_form_message(fd->form, lv, TA_ERROR, err.msg);
			refused_notice(fd, 1, lv);
			goto out;
		}
	}
	err_clear(&err);
	if (store_dialogue_update(fd->app->st, d, fd->base->version, reason,
	    fd->app->who, &err) != 0) {
		if (err.code == ERR_CONFLICT)
			take_new_base(fd, err.msg);
		else
			tui_form_notice(fd->form, TA_ERROR, err.msg);
		goto out;
	}
	tui_message(fd->app, TA_NORMAL, _("%s is saved (version %lld)."),
	    d->ref, d->version);
	*flags |= TUI_RELOAD;
	rc = SAVE_DONE;
out:
	free(reason);
	dlg_free(d);
	return rc;
}

/* Register the new dialogue; *new_ref gets its reference. */
static int
save_new(struct fdlg *fd, char **new_ref, int *flags)
{
	struct dialogue *d = dlg_new();
	struct dlg_issues missing = { 0 };
	struct tui_fitem *first, *it;
	struct dlg_error err;
	struct strbuf sb;
	int bad, level_pending, nchanged, rc = SAVE_AGAIN;
	size_t i;

	dlg_put(d, F_NEED_VIEWS, fd->gate[0]);
	dlg_put(d, F_OPEN_TO_INFLUENCE, fd->gate[1]);
	bad = apply_changes(fd, d, &first, &level_pending, &nchanged);
	if (bad > 0) {
		refused_notice(fd, bad, first);
		goto out;
	}
	/* What registration needs: every missing item at once. */
	dlg_guard(d, DLG_PROPOSED, NULL, fd->app->settings, fd->app->today,
	    &missing);
	if (missing.n > 0) {
		sb_init(&sb);
		sb_addf(&sb, ngettext("Not registered yet: %d item is "
		    "missing; it is shown under its field.", "Not registered "
		    "yet: %d items are missing; each is shown under its "
		    "field.", (int)missing.n), (int)missing.n);
		first = NULL;
		for (i = 0; i < missing.n; i++) {
			it = tui_form_item(fd->form, missing.v[i].field);
			if (it == NULL) {
				sb_addf(&sb, "\n- %s", missing.v[i].text);
				continue;
			}
			tui_form_message(fd->form, it, TA_ERROR,
			    missing.v[i].text);
			if (first == NULL)
				first = it;
		}
		if (fd->gate_warning != NULL)
			sb_addf(&sb, "\n%s", fd->gate_warning);
		tui_form_notice(fd->form, TA_ERROR, sb.buf);
		sb_release(&sb);
		if (first != NULL)
			tui_form_focus(fd->form, first->id);
		goto out;
	}
	err_clear(&err);
	if (store_dialogue_create(fd->app->st, d, fd->app->today, fd->app->who,
	    &err) != 0) {
		tui_form_notice(fd->form, TA_ERROR, err.msg);
		goto out;
	}
	tui_message(fd->app, TA_NORMAL, _("%s is registered."), d->ref);
	if (new_ref != NULL)
		*new_ref = xstrdup(d->ref);
	*flags |= TUI_RELOAD;
	rc = SAVE_DONE;
out:
	dlg_issues_clear(&missing);
	dlg_free(d);
	return rc;
}

/* ------------------------------------------------------------ gates */

/* The two gate questions of the Sollentuna rules [S:Förutsättningar]. */
static const char *const gate_question[2] = {
	N_("Do the elected representatives need more knowledge of the "
	    "residents' values, opinions and priorities on this question to "
	    "make the best decision?"),
	N_("Can the question be influenced?"),
};

/* Why a "no" means this is not a citizen dialogue, in the policies'
 * words. */
static const char *const gate_no[2] = {
	N_("Without that need this is not a citizen dialogue. A citizen "
	    "dialogue is a systematic dialogue: it recurs and is tied to "
	    "decisions the elected representatives are to make "
	    "[S:Definition]."),
	N_("A question that cannot be influenced is not for a citizen "
	    "dialogue: there must always be a real possibility to "
	    "influence, and questions are to be raised in good time, while "
	    "they can still be influenced [T4]."),
};

/*
 * Why a "no" at gate q means this is not a citizen dialogue; the user
 * stops (0), registers it anyway (1) or changes the answer (2); -1 on a
 * quit signal.
 */
static int
explain_no(struct fdlg *fd, int q)
{
	const struct dlg_settings *set = fd->app->settings;
	const char *stop[3];
	struct strbuf sb;
	char *title, *text;
	int r;

	sb_init(&sb);
	sb_add(&sb, _(gate_no[q]));
	sb_add(&sb, "\n\n");
	sb_add(&sb, _("Dialogue between a service and the people who use "
	    "it, such as a school and its pupils and parents, is user "
	    "dialogue; telling residents what the municipality does is "
	    "information. Neither is what is meant by a citizen dialogue "
	    "[T2.3][S:Definition]."));
	sb_add(&sb, "\n\n");
	sb_add(&sb, _("You can stop here, or register it anyway: the "
	    "register then keeps the answer and shows the warning that "
	    "this is not a citizen dialogue."));
	stop[0] = _("Stop: register nothing");
	stop[1] = _("Register it anyway, with the warning");
	stop[2] = _("Go back and change the answer");
	/* In the words of the register's policy ("invånardialog"). */
	title = dlg_words(set, q == 0 ? _("The elected representatives need "
	    "no views: not a citizen dialogue") : _("The question cannot be "
	    "influenced: not a citizen dialogue"));
	text = dlg_words(set, sb.buf);
	r = tui_ask(fd->app, title, text, stop, 3, 0, 0);
	free(text);
	free(title);
	sb_release(&sb);
	if (r == -2)
		return -1;
	return r < 0 ? 2 : r;
}

/* Why the two questions come first, in the register's policy's words:
 * Sollentuna states them [S:Förutsättningar]; Tjörn implies them [T4]. */
static const char *
gate_note(const struct dlg_settings *s)
{
	if (s != NULL && s->policy == DLG_POLICY_TJORN)
		return _("Under Tjörn's policy a citizen dialogue is "
		    "considered when the elected representatives need to "
		    "know the residents' opinions and priorities on a "
		    "question, and there must always be a possibility to "
		    "influence [T4].");
	return _("Under the Sollentuna rules a citizen dialogue is held "
	    "only when the elected representatives concerned answer both "
	    "questions yes [S:Förutsättningar].");
}

/*
 * The confirmation that the dialogue is no opinion-forming, marketing or
 * persuasion [T2][S:Definition]: 1 to go on, 0 to stop (or Esc), -1 on a quit
 * signal.
 */
static int
confirm_scope(struct fdlg *fd)
{
	const char *opt[2];
	int r;

	opt[0] = _("It is none of these: go on");
	opt[1] = _("It is: register nothing");
	r = tui_ask(fd->app, _("New dialogue: what it is not"), _("A citizen "
	    "dialogue is about listening and being listened to. It is not "
	    "opinion-forming, marketing, or persuading people that a message "
	    "or a decision is the right one [T2][S:Definition]."), opt, 2, 0, 0);
	if (r == -2)
		return -1;
	return r == 0;
}

/*
 * Ask the gates into fd->gate; a "no" is explained at once. Returns 1 to
 * go on to the registration form, 0 to stop, -1 on a quit signal.
 */
static int
ask_gates(struct fdlg *fd)
{
	const char *yn[2];
	struct strbuf sb;
	int q = 0, r, anyway = 0;

	yn[0] = _("Yes");
	yn[1] = _("No");
	while (q < 2) {
		sb_init(&sb);
		sb_addf(&sb, _("Question %d of 2"), q + 1);
		sb_add(&sb, "\n\n");
		sb_add(&sb, _(gate_question[q]));
		sb_add(&sb, "\n\n");
		sb_add(&sb, gate_note(fd->app->settings));
		r = tui_ask(fd->app, _("New dialogue: two questions first"),
		    sb.buf, yn, 2, 1, fd->gate[q] != NULL &&
		    strcmp(fd->gate[q], "no") == 0);
		sb_release(&sb);
		if (r == -2)
			return -1;
		if (r == -1) {
			/* Esc: the question before, or no new dialogue. */
			if (q == 0)
				return 0;
			q--;
			continue;
		}
		free(fd->gate[q]);
		fd->gate[q] = xstrdup(r == 0 ? "yes" : "no");
		if (r == 1 && !anyway) {
			switch (explain_no(fd, q)) {
			case -1:
				return -1;
			case 0:
				return 0;
			case 1:
				anyway = 1;
				break;
			default:
				continue;	/* the same question again */
			}
		}
		q++;
	}
	return confirm_scope(fd);
}

/* ------------------------------------------------------------ the form */

static void
build_edit(struct fdlg *fd)
{
	size_t p, i;

	for (p = 0; p < NELEM(pages); p++) {
		tui_form_section(fd->form, _(pages[p].heading));
		for (i = 0; i < pages[p].n; i++)
			add_field(fd, pages[p].fields[i], fd->base);
	}
}

static void
build_new(struct fdlg *fd)
{
	static const enum dlg_field reg[] = {
		F_TITLE, F_QUESTION, F_INITIATED_BY, F_BODIES,
	};
	struct dlg_issues w = { 0 };
	struct strbuf sb;
	size_t i;

	/* TRANSLATORS: the only page of the form of a new dialogue */
	tui_form_section(fd->form, _("Registration"));
	for (i = 0; i < NELEM(reg); i++)
		add_field(fd, reg[i], fd->base);
	/* A "no" at a gate: the domain's warning stays in sight. */
	dlg_put(fd->base, F_NEED_VIEWS, fd->gate[0]);
	dlg_put(fd->base, F_OPEN_TO_INFLUENCE, fd->gate[1]);
	dlg_warnings(fd->base, fd->app->settings, fd->app->today, &w);
	sb_init(&sb);
	for (i = 0; i < w.n; i++) {
		if (strcmp(w.v[i].code, "need_views_no") != 0 &&
		    strcmp(w.v[i].code, "open_to_influence_no") != 0)
			continue;
		if (sb.len > 0)
			sb_addc(&sb, '\n');
		sb_add(&sb, w.v[i].text);
	}
	if (sb.len > 0) {
		tui_form_notice(fd->form, TA_WARNING, sb.buf);
		fd->gate_warning = sb_detach(&sb);
	}
	sb_release(&sb);
	dlg_issues_clear(&w);
}

/* What a step lacks, under each field it names and as the notice. */
static void
show_missing(struct fdlg *fd, const struct dlg_issues *missing, int *focus)
{
	struct tui_fitem *it;
	size_t i;

	for (i = 0; i < missing->n; i++) {
		it = tui_form_item(fd->form, missing->v[i].field);
		if (it == NULL)
			continue;
		tui_form_message(fd->form, it, TA_WARNING,
		    missing->v[i].text);
		if (*focus < 0)
			*focus = it->id;
	}
	missing_notice(fd, missing->n);
}

/* The form; missing (may be NULL) puts each item under its field. */
static int
run_form(struct tui_app *app, const char *ref, int focus_field,
    char **new_ref, int fill_to, const struct dlg_issues *missing)
{
	struct fdlg fd;
	struct dlg_error err;
	char *title;
	int flags = TUI_REDRAW, r, s;

	memset(&fd, 0, sizeof fd);
	fd.app = app;
	fd.ref = ref;
	fd.fill_to = missing != NULL ? fill_to : -1;
	if (new_ref != NULL)
		*new_ref = NULL;
	if (ref != NULL) {
		err_clear(&err);
		if (store_dialogue_load(app->st, ref, &fd.base, &err) != 0) {
			tui_message(app, TA_ERROR, "%s", err.msg);
			return TUI_REDRAW;
		}
	} else {
		fd.base = dlg_new();
		r = ask_gates(&fd);
		if (r <= 0) {
			flags |= r < 0 ? TUI_QUIT : 0;
			goto out;
		}
	}
	load_bodies(&fd);
	if (ref != NULL) {
		/* TRANSLATORS: title of the form: reference and title */
		title = xasprintf(_("Edit %s: %s"), ref,
		    dlg_get(fd.base, F_TITLE) != NULL ?
		    dlg_get(fd.base, F_TITLE) : "");
		fd.form = tui_form_new(app, title);
		build_edit(&fd);
	} else {
		title = xstrdup(_("New dialogue"));
		fd.form = tui_form_new(app, title);
		build_new(&fd);
	}
	free(title);
	tie_choices(&fd);
	tui_form_on_check(fd.form, check_field, &fd);
	if (missing != NULL)
		show_missing(&fd, missing, &focus_field);
	if (focus_field >= 0)
		tui_form_focus(fd.form, focus_field);
	for (;;) {
		r = tui_form_run(fd.form);
		if (r == TUI_FORM_QUIT) {
			flags |= TUI_QUIT;
			break;
		}
		if (r == TUI_FORM_CANCEL)
			break;
		s = ref != NULL ? save_edit(&fd, &flags) :
		    save_new(&fd, new_ref, &flags);
		if (s == SAVE_QUIT) {
			flags |= TUI_QUIT;
			break;
		}
		if (s == SAVE_DONE)
			break;
	}
out:
	tui_form_free(fd.form);
	dlg_free(fd.base);
	free(fd.gate[0]);
	free(fd.gate[1]);
	free(fd.gate_warning);
	sl_clear(&fd.bodies);
	return flags;
}

int
tui_form_dialogue(struct tui_app *app, const char *ref, int focus_field,
    char **new_ref)
{
	return run_form(app, ref, focus_field, new_ref, -1, NULL);
}

int
tui_form_dialogue_fill(struct tui_app *app, const char *ref,
    enum dlg_state to, const struct dlg_issues *missing)
{
	return run_form(app, ref, -1, NULL, (int)to, missing);
}
