/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ladder.c: the participation ladder [S:Metod]: its five fixed steps with
 * their tokens, labels and what residents get, and the method catalogue
 * (the policy's examples built in, a register's own added by the store).
 * Method names are Swedish data from the policy, not messages: they are
 * stored and shown as written.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dialogue.h"
#include "i18n.h"
#include "internal.h"

static const struct {
	const char *token;
	const char *label;
	const char *gets;
} levels[DLG_NLEVELS + 1] = {
	[DLG_LEVEL_INFORMATION] = { "information",
	    /* TRANSLATORS: step 1 of the participation ladder */
	    N_("Information"),
	    /* TRANSLATORS: what residents get at step Information */
	    N_("know") },
	[DLG_LEVEL_CONSULTATION] = { "consultation",
	    /* TRANSLATORS: step 2 of the participation ladder */
	    N_("Consultation"),
	    /* TRANSLATORS: what residents get at step Consultation */
	    N_("give opinions") },
	[DLG_LEVEL_DIALOGUE] = { "dialogue",
	    /* TRANSLATORS: step 3 of the participation ladder */
	    N_("Dialogue"),
	    /* TRANSLATORS: what residents get at step Dialogue */
	    N_("reason together") },
	[DLG_LEVEL_INFLUENCE] = { "influence",
	    /* TRANSLATORS: step 4 of the participation ladder */
	    N_("Influence"),
	    /* TRANSLATORS: what residents get at step Influence */
	    N_("influence") },
	[DLG_LEVEL_CODECISION] = { "codecision",
	    /* TRANSLATORS: step 5 of the participation ladder */
	    N_("Co-decision"),
	    /* TRANSLATORS: what residents get at step Co-decision */
	    N_("decide together") },
};

const char *
dlg_level_token(int level)
{
	if (level < 1 || level > DLG_NLEVELS)
		return "";
	return levels[level].token;
}

const char *
dlg_level_label(int level)
{
	if (level < 1 || level > DLG_NLEVELS)
		return "";
	return _(levels[level].label);
}

const char *
dlg_level_gets(int level)
{
	if (level < 1 || level > DLG_NLEVELS)
		return "";
	return _(levels[level].gets);
}

int
dlg_level_from_token(const char *token)
{
	int i;

	for (i = 1; token != NULL && i <= DLG_NLEVELS; i++)
		if (strcmp(token, levels[i].token) == 0)
			return i;
	return DLG_LEVEL_UNSET;
}

int
dlg_level_parse(const char *s, int *level, struct dlg_error *err)
{
	static const char *const swedish[DLG_NLEVELS + 1] = {
		NULL, "information", "konsultation", "dialog", "inflytande",
		"medbeslutande",
	};
	char ex[256], *t;
	int i;

	if (s != NULL && utf8_valid(s, strlen(s))) {
		t = dom_trim(s);
		if (t[0] >= '1' && t[0] <= '0' + DLG_NLEVELS && t[1] == '\0') {
			*level = t[0] - '0';
			free(t);
			return 0;
		}
		free(t);
		for (i = 1; i <= DLG_NLEVELS; i++)
			if (dom_eqfold(s, levels[i].token) ||
			    dom_eqfold(s, levels[i].label) ||
			    dom_eqfold(s, _(levels[i].label)) ||
			    dom_eqfold(s, swedish[i])) {
				*level = i;
				return 0;
			}
	}
	dom_excerpt(ex, sizeof ex, s != NULL ? s : "", 40);
	return err_set(err, ERR_REFUSED, _("%s: '%s' is not a step of the "
	    "participation ladder; use information, consultation, dialogue, "
	    "influence, codecision or 1-5."), _(dlg_fields[F_LEVEL].label), ex);
}

/* The examples of the Sollentuna rules, "Metod" [S:Metod]. */
static const struct {
	const char *name;
	int step;
} builtin[] = {
	{ "Tidning", 1 },
	{ "Webb", 1 },
	{ "Trycksak", 1 },
	{ "Öppna möten", 1 },
	{ "Utställning", 1 },
	{ "Mässa", 1 },
	{ "Enkät", 2 },
	{ "Intervju", 2 },
	{ "Fokusgrupp", 2 },
	{ "Open space", 3 },
	{ "Cafémetoden", 3 },
	{ "Framtidsverkstad", 4 },
	{ "Idéverkstad", 4 },
	{ "Rådslag med omröstning", 5 },
	{ "Medborgarbudget", 5 },
};

void
dlg_methods_builtin(struct dlg_methods *m)
{
	size_t i;

	for (i = 0; i < sizeof builtin / sizeof builtin[0]; i++)
		dlg_methods_add(m, builtin[i].name, builtin[i].step);
}

int
dlg_method_is_builtin(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof builtin / sizeof builtin[0]; i++)
		if (dom_eqfold(name, builtin[i].name))
			return 1;
	return 0;
}

static struct dlg_method *
find(const struct dlg_methods *m, const char *name)
{
	size_t i;

	for (i = 0; i < m->n; i++)
		if (dom_eqfold(m->v[i].name, name))
			return &m->v[i];
	return NULL;
}

void
dlg_methods_add(struct dlg_methods *m, const char *name, int step)
{
	struct dlg_method *old;

	if ((old = find(m, name)) != NULL) {
		old->step = step;
		return;
	}
	if (m->n == m->alloc) {
		m->alloc = m->alloc ? m->alloc * 2 : 16;
		m->v = xrealloc(m->v, m->alloc * sizeof *m->v);
	}
	m->v[m->n].name = dom_trim(name);
	m->v[m->n].step = step;
	m->n++;
}

int
dlg_methods_step(const struct dlg_methods *m, const char *name)
{
	const struct dlg_method *it;

	if (m == NULL || name == NULL)
		return 0;
	it = find(m, name);
	return it != NULL ? it->step : 0;
}

const char *
dlg_methods_name(const struct dlg_methods *m, const char *name)
{
	const struct dlg_method *it;

	if (m == NULL || name == NULL)
		return NULL;
	it = find(m, name);
	return it != NULL ? it->name : NULL;
}

void
dlg_methods_clear(struct dlg_methods *m)
{
	size_t i;

	for (i = 0; i < m->n; i++)
		free(m->v[i].name);
	free(m->v);
	memset(m, 0, sizeof *m);
}
