/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ties.c: the ties of a dialogue's methods to its target groups
 * [T4][S:Metod]. A method item's note names the target groups the method
 * is meant to reach and says in short why it was chosen for them,
 * "Unga 13–19 år, Boende i Åby: når dem via skolorna". Here are the
 * split and the join of that note, the reading of its groups against the
 * dialogue's own target groups, the check that refuses a group the
 * dialogue does not have, and whether a method reaches a target group
 * (the plan's warnings ask it, lifecycle.c).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dialogue.h"
#include "i18n.h"
#include "internal.h"

/* Between the groups and the motivation, and between the groups. */
#define TIE_WHY		':'
#define TIE_GROUPS	','

/* s, or NULL (s freed) when it is empty. */
static char *
nonempty(char *s)
{
	if (s != NULL && *s == '\0') {
		free(s);
		return NULL;
	}
	return s;
}

void
dlg_tie_split(const char *note, char **groups, char **why)
{
	const char *c;

	*groups = *why = NULL;
	if (note == NULL)
		return;
	/* The first ':' ends the groups: a motivation may hold more. */
	if ((c = strchr(note, TIE_WHY)) == NULL) {
		*groups = nonempty(dom_trim(note));
		return;
	}
	*groups = nonempty(dom_trimn(note, (size_t)(c - note)));
	*why = nonempty(dom_trim(c + 1));
}

char *
dlg_tie_join(const char *groups, const char *why)
{
	char *g = dom_trim(groups != NULL ? groups : "");
	char *w = dom_trim(why != NULL ? why : "");
	char *note;

	if (*w != '\0')
		note = xasprintf("%s%c %s", g, TIE_WHY, w);
	else
		note = nonempty(xstrdup(g));
	free(g);
	free(w);
	return note;
}

/* The target group whose name is the n bytes at p (blanks around and
 * case ignored), or NULL. */
static const struct dlg_item *
target_named(const struct dlg_items *targets, const char *p, size_t n)
{
	const struct dlg_item *hit = NULL;
	char *s = xstrndup(p, n);
	size_t i;

	for (i = 0; hit == NULL && targets != NULL && i < targets->n; i++)
		if (dom_eqfold(targets->v[i].name, s))
			hit = &targets->v[i];
	free(s);
	return hit;
}

static int
pushed(const struct strlist *l, const char *s)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i], s) == 0)
			return 1;
	return 0;
}

int
dlg_tie_groups(const char *groups, const struct dlg_items *targets,
    struct strlist *out, char **unknown)
{
	const struct dlg_item *t;
	const char *p = groups, *end, *q;

	*unknown = NULL;
	while (p != NULL && *p != '\0') {
		if (*p == TIE_GROUPS || *p == ' ' || *p == '\t') {
			p++;
			continue;
		}
		/* The longest run of items from p that names a group:
		 * "Barn, unga och föräldrar" may be one group's name. */
		end = p + strlen(p);
		while ((t = target_named(targets, p, (size_t)(end - p))) ==
		    NULL) {
			for (q = end; q > p && q[-1] != TIE_GROUPS; q--)
				;
			if (q <= p)
				break;
			end = q - 1;
		}
		if (t == NULL) {
			q = strchr(p, TIE_GROUPS);
			*unknown = dom_trimn(p, q != NULL ? (size_t)(q - p) :
			    strlen(p));
			return -1;
		}
		if (!pushed(out, t->name))
			sl_push(out, t->name);
		p = end;
	}
	return 0;
}

/* "a; b; c" of the names of l, cut for a message. */
static void
names_of(const struct dlg_items *l, char *buf, size_t size)
{
	struct strbuf sb;
	size_t i;

	sb_init(&sb);
	for (i = 0; i < l->n; i++) {
		if (i > 0)
			sb_add(&sb, "; ");
		sb_add(&sb, l->v[i].name);
	}
	dom_excerpt(buf, size, sb.buf != NULL ? sb.buf : "", 200);
	sb_release(&sb);
}

/* Refuse the group a method names that d does not have. */
static int
refuse_group(const struct dialogue *d, const char *method,
    const char *group, struct dlg_error *err)
{
	const struct dlg_items *tg = dlg_list(d, F_TARGET_GROUPS);
	const char *label = _(dlg_fields[F_METHODS].label);
	char m[256], g[256], list[1024];

	dom_excerpt(m, sizeof m, method, 40);
	dom_excerpt(g, sizeof g, group, 40);
	if (tg->n == 0)
		return err_set(err, ERR_REFUSED, _("%s: the method '%s' is "
		    "meant for the target group '%s', but the dialogue has no "
		    "target groups yet; add the group to the target groups "
		    "first."), label, m, g);
	names_of(tg, list, sizeof list);
	return err_set(err, ERR_REFUSED, _("%s: the method '%s' is meant for "
	    "the target group '%s', which is not one of the dialogue's target "
	    "groups (%s); name one of those, or add the group to the target "
	    "groups first."), label, m, g, list);
}

/* The canonical note of a tie whose groups are in l. Caller frees. */
static char *
canonical_tie(const struct strlist *l, const char *why)
{
	struct strbuf sb;
	char sep[3] = { TIE_GROUPS, ' ', '\0' };
	char *note;
	size_t i;

	sb_init(&sb);
	for (i = 0; i < l->n; i++) {
		if (i > 0)
			sb_add(&sb, sep);
		sb_add(&sb, l->v[i]);
	}
	note = dlg_tie_join(sb.buf, why);
	sb_release(&sb);
	return note;
}

int
dlg_ties_check(struct dialogue *d, struct dlg_error *err)
{
	const struct dlg_items *tg = dlg_list(d, F_TARGET_GROUPS);
	struct dlg_items *m = dlg_list_mut(d, F_METHODS);
	struct strlist named = { 0 };
	char **notes, *groups, *why, *unknown;
	size_t i;
	int rc = 0;

	if (m->n == 0)
		return 0;
	notes = xcalloc(m->n, sizeof *notes);
	for (i = 0; rc == 0 && i < m->n; i++) {
		if (m->v[i].note == NULL)
			continue;
		dlg_tie_split(m->v[i].note, &groups, &why);
		if (dlg_tie_groups(groups, tg, &named, &unknown) == 0)
			notes[i] = canonical_tie(&named, why);
		else
			rc = refuse_group(d, m->v[i].name, unknown, err);
		free(unknown);
		free(groups);
		free(why);
		sl_clear(&named);
	}
	for (i = 0; i < m->n; i++) {
		if (rc == 0 && m->v[i].note != NULL) {
			free(m->v[i].note);
			m->v[i].note = notes[i];
		} else
			free(notes[i]);
	}
	free(notes);
	return rc;
}

int
dlg_tie_reaches(const struct dlg_item *m, const struct dlg_items *targets,
    const char *name)
{
	struct strlist named = { 0 };
	char *groups, *why, *unknown;
	size_t i;
	int hit;

	dlg_tie_split(m->note, &groups, &why);
	/* A group the dialogue lost since counts for none; those named
	 * before it still count. */
	(void)dlg_tie_groups(groups, targets, &named, &unknown);
	hit = 0;
	for (i = 0; !hit && i < named.n; i++)
		hit = dom_eqfold(named.v[i], name);
	sl_clear(&named);
	free(unknown);
	free(groups);
	free(why);
	return hit;
}
