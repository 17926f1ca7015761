/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * bodies.c: the register's list of bodies in the domain: the kinds of
 * body with their tokens and labels, the check of an entry, finding a
 * typed name or abbreviation, the parties that are never a body [T5],
 * which fields of the dialogue name a body, and the check of those
 * fields against the list (bodies.h). Body names are the register's
 * data ("Kommunstyrelsen"), not messages: never translated.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bodies.h"
#include "i18n.h"
#include "internal.h"

/* Longest abbreviation, in characters. */
#define ABBREV_MAX	20

static const struct {
	const char	*token;
	const char	*label;
	const char	*swedish;	/* the word as Swedish users type it */
} kinds[DLG_NBODY_KINDS] = {
	/* TRANSLATORS: a kind of body: the municipal council */
	[DLG_BODY_COUNCIL] = { "council", N_("municipal council"),
	    "kommunfullmäktige" },
	/* TRANSLATORS: a kind of body: the municipal executive board */
	[DLG_BODY_EXECUTIVE] = { "executive_board",
	    N_("municipal executive board"), "kommunstyrelse" },
	/* TRANSLATORS: a kind of body */
	[DLG_BODY_COMMITTEE] = { "committee", N_("committee"), "nämnd" },
	/* TRANSLATORS: a kind of body: one that prepares a question for
	   the council */
	[DLG_BODY_DRAFTING] = { "drafting_committee",
	    N_("drafting committee"), "beredning" },
	/* TRANSLATORS: a kind of body: the board of a municipal company */
	[DLG_BODY_COMPANY] = { "company_board", N_("company board"),
	    "bolagsstyrelse" },
};

/*
 * Which fields name a body, and in which role. One table: the set path,
 * the screens' menus and the count of uses all read it through
 * dlg_body_field_role. [T5][S:Roller] political bodies decide, answer
 * the gate questions and own the process; officials do not.
 */
static const struct {
	enum dlg_field		f;
	enum dlg_body_role	role;
} body_fields[] = {
	{ F_SENDER,			DLG_BROLE_ANY },
	{ F_NEED_VIEWS_BY,		DLG_BROLE_POLITICAL },
	{ F_OPEN_TO_INFLUENCE_BY,	DLG_BROLE_POLITICAL },
	{ F_PROCESS_OWNER,		DLG_BROLE_POLITICAL },
	{ F_DECISION_BODY,		DLG_BROLE_POLITICAL },
	{ F_QUESTION_DECISION_BODY,	DLG_BROLE_POLITICAL },
	{ F_BODIES,			DLG_BROLE_ANY },
	{ F_POLITICIANS,		DLG_BROLE_ANY },
};

/* The body fields of the child records, by the name in their table. */
static const struct {
	enum dlg_child		k;
	const char		*name;
	enum dlg_body_role	role;
} child_body_fields[] = {
	{ DLG_CHILD_FEEDBACK,	"sender",	DLG_BROLE_ANY },
};

/*
 * The parties of the Swedish national and local assemblies, by
 * abbreviation and name. A politician in a citizen dialogue represents
 * the body, not the party [T5]: "Vid en invånardialog representerar
 * politikerna sin nämnd/kommunen och inte det egna partiet".
 */
static const char *const parties[] = {
	"S", "M", "SD", "C", "V", "KD", "L", "MP", "FP", "FI",
	"Socialdemokraterna", "Moderaterna", "Sverigedemokraterna",
	"Centerpartiet", "Vänsterpartiet", "Kristdemokraterna",
	"Liberalerna", "Miljöpartiet", "Miljöpartiet de gröna",
	"Folkpartiet", "Folkpartiet liberalerna", "Feministiskt initiativ",
};

#define NELEM(a)	(sizeof (a) / sizeof (a)[0])

const char *
dlg_body_kind_token(enum dlg_body_kind k)
{
	if ((int)k < 0 || k >= DLG_NBODY_KINDS)
		return "";
	return kinds[k].token;
}

const char *
dlg_body_kind_label(enum dlg_body_kind k)
{
	if ((int)k < 0 || k >= DLG_NBODY_KINDS)
		return "";
	return _(kinds[k].label);
}

int
dlg_body_kind_from_token(const char *token)
{
	int k;

	for (k = 0; token != NULL && k < DLG_NBODY_KINDS; k++)
		if (strcmp(token, kinds[k].token) == 0)
			return k;
	return -1;
}

int
dlg_body_kind_parse(const char *s, enum dlg_body_kind *out,
    struct dlg_error *err)
{
	struct strbuf sb;
	char ex[256];
	int k;

	for (k = 0; s != NULL && k < DLG_NBODY_KINDS; k++)
		if (dom_eqfold(s, kinds[k].token) ||
		    dom_eqfold(s, _(kinds[k].label)) ||
		    dom_eqfold(s, kinds[k].label) ||
		    dom_eqfold(s, kinds[k].swedish)) {
			*out = (enum dlg_body_kind)k;
			return 0;
		}
	sb_init(&sb);
	for (k = 0; k < DLG_NBODY_KINDS; k++)
		sb_addf(&sb, "%s%s (%s)", k > 0 ? ", " : "", kinds[k].token,
		    _(kinds[k].label));
	dom_excerpt(ex, sizeof ex, s != NULL ? s : "", 40);
	err_set(err, ERR_REFUSED, _("'%s' is not a kind of body; use one "
	    "of %s"), ex, sb.buf);
	sb_release(&sb);
	return -1;
}

void
dlg_bodies_add(struct dlg_bodies *l, const char *name, const char *abbrev,
    enum dlg_body_kind kind, int political)
{
	struct dlg_body *b;

	if (l->n == l->alloc) {
		l->alloc = l->alloc ? l->alloc * 2 : 16;
		l->v = xrealloc(l->v, l->alloc * sizeof *l->v);
	}
	b = &l->v[l->n++];
	b->name = dom_trim(name != NULL ? name : "");
	b->abbrev = abbrev != NULL ? dom_trim(abbrev) : NULL;
	if (b->abbrev != NULL && *b->abbrev == '\0') {
		free(b->abbrev);
		b->abbrev = NULL;
	}
	b->kind = kind;
	b->political = political != 0;
}

void
dlg_body_clear(struct dlg_body *b)
{
	if (b == NULL)
		return;
	free(b->name);
	free(b->abbrev);
	memset(b, 0, sizeof *b);
}

void
dlg_bodies_clear(struct dlg_bodies *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		dlg_body_clear(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

const struct dlg_body *
dlg_bodies_find(const struct dlg_bodies *l, const char *typed)
{
	size_t i;

	if (l == NULL || typed == NULL)
		return NULL;
	/* Names first: an abbreviation never hides a full name. */
	for (i = 0; i < l->n; i++)
		if (dom_eqfold(l->v[i].name, typed))
			return &l->v[i];
	for (i = 0; i < l->n; i++)
		if (l->v[i].abbrev != NULL &&
		    dom_eqfold(l->v[i].abbrev, typed))
			return &l->v[i];
	return NULL;
}

const struct dlg_body *
dlg_bodies_council(const struct dlg_bodies *l)
{
	size_t i;

	for (i = 0; l != NULL && i < l->n; i++)
		if (l->v[i].kind == DLG_BODY_COUNCIL)
			return &l->v[i];
	return NULL;
}

int
dlg_is_party(const char *s)
{
	size_t i;

	for (i = 0; s != NULL && i < NELEM(parties); i++)
		if (dom_eqfold(s, parties[i]))
			return 1;
	return 0;
}

/* Refuse text that clashes with an entry of l other than except. */
static int
clash(const struct dlg_bodies *l, const char *text, const char *except,
    struct dlg_error *err)
{
	const struct dlg_body *o;
	char ex[256];
	size_t i;

	for (i = 0; i < l->n; i++) {
		o = &l->v[i];
		if (except != NULL && dom_eqfold(o->name, except))
			continue;
		if (!dom_eqfold(o->name, text) && (o->abbrev == NULL ||
		    !dom_eqfold(o->abbrev, text)))
			continue;
		dom_excerpt(ex, sizeof ex, text, 40);
		return err_set(err, ERR_REFUSED, _("'%s' is already in the "
		    "list of bodies, as the name or abbreviation of '%s'; "
		    "each name and abbreviation may name one body only"), ex,
		    o->name);
	}
	return 0;
}

int
dlg_body_check(const struct dlg_bodies *l, const struct dlg_body *b,
    const char *except, struct dlg_error *err)
{
	const char *name = _("Name of the body");
	const char *abbr = _("Abbreviation");
	char ex[256];
	const char *p;

	if (dom_check_required(name, b->name, 0, DOM_MAX_LINE, err) == -1)
		return -1;
	if (strchr(b->name, ';') != NULL) {
		dom_excerpt(ex, sizeof ex, b->name, 40);
		/* Lists of bodies are written "a; b". */
		return err_set(err, ERR_REFUSED, _("%s: '%s' holds a ';', "
		    "which separates the bodies in a list; write the name "
		    "without it"), name, ex);
	}
	if (b->abbrev != NULL && *b->abbrev != '\0') {
		if (dom_check_text(abbr, b->abbrev, 0, ABBREV_MAX,
		    err) == -1)
			return -1;
		for (p = b->abbrev; *p != '\0'; p++)
			if (*p == ' ' || *p == '\t' || *p == ';' ||
			    *p == '(' || *p == ')')
				break;
		if (*p != '\0') {
			dom_excerpt(ex, sizeof ex, b->abbrev, 40);
			return err_set(err, ERR_REFUSED, _("%s: '%s' may not "
			    "hold blanks, ';' or parentheses; write it as "
			    "the register does, e.g. KS or BUN"), abbr, ex);
		}
	}
	if ((int)b->kind < 0 || b->kind >= DLG_NBODY_KINDS)
		return err_set(err, ERR_REFUSED, _("the body '%s' has no "
		    "valid kind"), b->name);
	if (b->political != 0 && b->political != 1)
		return err_set(err, ERR_REFUSED, _("the body '%s' must be "
		    "political or not"), b->name);
	/* [T5] a party is not a body, by name or abbreviation. */
	if (dlg_is_party(b->name) || (b->abbrev != NULL &&
	    dlg_is_party(b->abbrev))) {
		dom_excerpt(ex, sizeof ex, dlg_is_party(b->name) ? b->name :
		    b->abbrev, 40);
		return err_set(err, ERR_REFUSED, _("'%s' is a political "
		    "party, not a body of the municipality: in a citizen "
		    "dialogue the politicians represent their body, not their "
		    "party [T5]"), ex);
	}
	if (l != NULL && (clash(l, b->name, except, err) == -1 ||
	    (b->abbrev != NULL && clash(l, b->abbrev, except, err) == -1)))
		return -1;
	return 0;
}

char *
dlg_body_value(const struct dlg_body *b)
{
	return xasprintf("%s; %s; %s; %s", b->name,
	    b->abbrev != NULL ? b->abbrev : "", dlg_body_kind_token(b->kind),
	    b->political ? "political" : "not_political");
}

char *
dlg_body_value_shown(const char *value)
{
	char *part[4], *out = NULL;
	const char *p, *q;
	int i, k, political;

	if (value == NULL)
		return NULL;
	for (i = 0, p = value; i < 4; i++) {
		q = i < 3 ? strchr(p, ';') : p + strlen(p);
		if (q == NULL) {
			while (i-- > 0)
				free(part[i]);
			return NULL;
		}
		part[i] = dom_trimn(p, (size_t)(q - p));
		p = *q != '\0' ? q + 1 : q;
	}
	k = dlg_body_kind_from_token(part[2]);
	political = strcmp(part[3], "political") == 0;
	if (k >= 0 && (political || strcmp(part[3], "not_political") == 0)) {
		/* TRANSLATORS: a body in the history: "Barn- och
		   utbildningsnämnden (BUN), committee, political body" */
		if (*part[1] != '\0')
			out = xasprintf(_("%s (%s), %s, %s"), part[0], part[1],
			    dlg_body_kind_label((enum dlg_body_kind)k),
			    political ? _("political body") :
			    _("not a political body"));
		else
			/* TRANSLATORS: as above, without abbreviation */
			out = xasprintf(_("%s, %s, %s"), part[0],
			    dlg_body_kind_label((enum dlg_body_kind)k),
			    political ? _("political body") :
			    _("not a political body"));
	}
	for (i = 0; i < 4; i++)
		free(part[i]);
	return out;
}

enum dlg_body_role
dlg_body_field_role(enum dlg_field f)
{
	size_t i;

	for (i = 0; i < NELEM(body_fields); i++)
		if (body_fields[i].f == f)
			return body_fields[i].role;
	return DLG_BROLE_NONE;
}

int
dlg_bodies_resolve(const struct dlg_bodies *l, const char *label,
    const char *typed, char **out, struct dlg_error *err)
{
	const struct dlg_body *b;
	char ex[256];

	*out = NULL;
	if (l == NULL || l->n == 0) {
		*out = dom_trim(typed != NULL ? typed : "");
		return 0;
	}
	if ((b = dlg_bodies_find(l, typed)) == NULL) {
		dom_excerpt(ex, sizeof ex, typed != NULL ? typed : "", 40);
		return err_set(err, ERR_REFUSED, _("%s: '%s' is not in the "
		    "register's list of bodies; check the spelling or the "
		    "abbreviation ('dialogreg body list' shows the list), or "
		    "add it first with 'dialogreg body add NAME' or, in the "
		    "screens, with B in the list of dialogues"), label, ex);
	}
	*out = xstrdup(b->name);
	return 0;
}

/*
 * A body in a political role names an entry that is not political: the
 * message, refused or as a warning as the rules say. Returns -1 when
 * refused.
 */
static int
office(const struct dlg_body_rules *r, const char *label,
    const struct dlg_body *b, int f, struct dlg_issues *warn,
    struct dlg_error *err)
{
	enum dlg_body_severity sev = r->office;
	enum dlg_does does;
	struct dlg_error e;
	char *text;

	/* The policy says, field by field, whether it refuses or warns;
	 * an office is never right where a political body acts. */
	if (r->policy != NULL &&
	    (does = dlg_office_does(r->policy, f)) != DLG_DOES_OFF)
		sev = does == DLG_DOES_GUARD ? DLG_BODY_REFUSE : DLG_BODY_WARN;
	/* [T5][S:Roller] officials prepare; political bodies decide. */
	err_set(&e, ERR_REFUSED, _("%s: '%s' is not a political body; an "
	    "official or an office prepares and runs a citizen dialogue, but "
	    "a political body decides, answers the gate questions and owns "
	    "the process [T5][S:Roller]."), label, b->name);
	if (r->policy != NULL) {
		text = dlg_words(r->policy, e.msg);
		err_set(&e, ERR_REFUSED, "%s", text);
		free(text);
	}
	if (sev == DLG_BODY_WARN) {
		if (warn != NULL)
			dlg_issues_add(warn, "not_political_body", f, "%s",
			    e.msg);
		return 0;
	}
	return err_set(err, ERR_REFUSED, "%s", e.msg);
}

/* An example of a body for a message: the list's first committee, else
 * its first political body; NULL for a list without one. */
static const char *
example_body(const struct dlg_bodies *l)
{
	const struct dlg_body *first = NULL;
	size_t i;

	for (i = 0; l != NULL && i < l->n; i++) {
		if (!l->v[i].political)
			continue;
		if (l->v[i].kind == DLG_BODY_COMMITTEE)
			return l->v[i].name;
		if (first == NULL)
			first = &l->v[i];
	}
	return first != NULL ? first->name : NULL;
}

/* The refusal of a party in place of a politician's body [T5]. */
static int
party(const char *label, const struct dlg_item *it,
    const struct dlg_bodies *l, struct dlg_error *err)
{
	const char *example = example_body(l);
	char ex[256], who[256];

	dom_excerpt(ex, sizeof ex, it->note, 40);
	dom_excerpt(who, sizeof who, it->name, 40);
	if (example != NULL)
		return err_set(err, ERR_REFUSED, _("%s: '%s' for %s is a "
		    "political party; in a citizen dialogue the politicians "
		    "represent their body, not their party [T5]. Write the "
		    "body, e.g. '%s (%s)'."), label, ex, who, who, example);
	return err_set(err, ERR_REFUSED, _("%s: '%s' for %s is a political "
	    "party; in a citizen dialogue the politicians represent their "
	    "body, not their party [T5]. Write the body in the parentheses "
	    "instead."), label, ex, who);
}

/* One name of field f (labelled label, of role role; for a warning, -1
 * when not a field of the dialogue) as the list spells it into *out, or
 * -1. */
static int
one_body(const struct dlg_body_rules *r, int f, const char *label,
    enum dlg_body_role role, const char *typed, char **out,
    struct dlg_issues *warn, struct dlg_error *err)
{
	const struct dlg_body *b;

	if (dlg_bodies_resolve(r->list, label, typed, out, err) == -1)
		return -1;
	b = dlg_bodies_find(r->list, *out);
	if (b != NULL && !b->political && role == DLG_BROLE_POLITICAL &&
	    office(r, label, b, f, warn, err) == -1) {
		free(*out);
		*out = NULL;
		return -1;
	}
	return 0;
}

/* The items of list field f resolved into out; -1 on a refusal. */
static int
list_bodies(const struct dlg_body_rules *r, enum dlg_field f,
    const struct dlg_items *in, struct dlg_items *out,
    struct dlg_issues *warn, struct dlg_error *err)
{
	const char *label = _(dlg_fields[f].label);
	const struct dlg_item *it;
	char *name, ex[256], ex2[256];
	size_t i, j;

	for (i = 0; i < in->n; i++) {
		it = &in->v[i];
		if (f == F_POLITICIANS) {
			name = NULL;
			if (it->note != NULL && dlg_is_party(it->note))
				return party(label, it, r->list, err);
			if (it->note != NULL && one_body(r, (int)f, label,
			    DLG_BROLE_ANY, it->note, &name, warn, err) == -1)
				return -1;
			dlg_items_add(out, it->name, name, it->step);
			free(name);
			continue;
		}
		if (one_body(r, (int)f, label, DLG_BROLE_ANY, it->name, &name,
		    warn, err) == -1)
			return -1;
		/* "KS; Kommunstyrelsen" is one body twice. */
		for (j = 0; j < out->n; j++)
			if (dom_eqfold(out->v[j].name, name)) {
				dom_excerpt(ex, sizeof ex, in->v[j].name, 40);
				dom_excerpt(ex2, sizeof ex2, it->name, 40);
				err_set(err, ERR_REFUSED, _("%s: '%s' and '%s' "
				    "are the same body, '%s'; list it once."),
				    label, ex, ex2, name);
				free(name);
				return -1;
			}
		dlg_items_add(out, name, it->note, it->step);
		free(name);
	}
	return 0;
}

int
dlg_bodies_check_field(struct dialogue *d, enum dlg_field f,
    const struct dlg_body_rules *r, struct dlg_issues *warn,
    struct dlg_error *err)
{
	struct dlg_items items = { 0 }, *l;
	struct dlg_issues w = { 0 };
	char *name = NULL;
	size_t i;

	if (dlg_body_field_role(f) == DLG_BROLE_NONE)
		return 0;
	if (dlg_fields[f].type == FT_LIST) {
		if (list_bodies(r, f, dlg_list(d, f), &items, &w, err) == -1)
			goto fail;
		l = dlg_list_mut(d, f);
		dlg_items_clear(l);
		*l = items;
	} else if (dlg_get(d, f) != NULL) {
		if (one_body(r, (int)f, _(dlg_fields[f].label),
		    dlg_body_field_role(f), dlg_get(d, f), &name, &w,
		    err) == -1)
			goto fail;
		dlg_put(d, f, name);
		free(name);
	}
	for (i = 0; warn != NULL && i < w.n; i++)
		dlg_issues_add(warn, w.v[i].code, w.v[i].field, "%s",
		    w.v[i].text);
	dlg_issues_clear(&w);
	return 0;
fail:
	dlg_items_clear(&items);
	dlg_issues_clear(&w);
	return -1;
}

enum dlg_body_role
dlg_child_body_role(enum dlg_child k, size_t f)
{
	const struct dlg_child_def *def;
	size_t i;

	if ((int)k < 0 || k >= DLG_NCHILDREN)
		return DLG_BROLE_NONE;
	def = &dlg_children[k];
	if (f >= def->nfields)
		return DLG_BROLE_NONE;
	for (i = 0; i < NELEM(child_body_fields); i++)
		if (child_body_fields[i].k == k &&
		    strcmp(child_body_fields[i].name, def->fields[f].name) == 0)
			return child_body_fields[i].role;
	return DLG_BROLE_NONE;
}

int
dlg_bodies_check_child_field(enum dlg_child k, void *rec, size_t f,
    const struct dlg_body_rules *r, struct dlg_error *err)
{
	const struct dlg_child_field *cf;
	enum dlg_body_role role = dlg_child_body_role(k, f);
	const char *v;
	char *name;

	if (role == DLG_BROLE_NONE)
		return 0;
	cf = &dlg_children[k].fields[f];
	if ((v = dlg_child_text(cf, rec)) == NULL || *v == '\0')
		return 0;
	if (one_body(r, -1, _(cf->label), role, v, &name, NULL, err) == -1)
		return -1;
	dlg_child_put_raw(cf, rec, name);
	free(name);
	return 0;
}

int
dlg_bodies_check_child(enum dlg_child k, void *rec,
    const struct dlg_body_rules *r, struct dlg_error *err)
{
	size_t f;

	if ((int)k < 0 || k >= DLG_NCHILDREN)
		return 0;
	/* The fields' order: the first refusal is the first field's. */
	for (f = 0; f < dlg_children[k].nfields; f++)
		if (dlg_bodies_check_child_field(k, rec, f, r, err) == -1)
			return -1;
	return 0;
}
