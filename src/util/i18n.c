/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * i18n.c: translated texts through the register's filter (see i18n.h).
 * A filtered text is made once per translation and kept for the run, so
 * _() still returns text that lives as long as gettext()'s. The result
 * of each msgid is kept too (a list asks for the same few texts for
 * every row), until the language or the filter changes (i18n_forget).
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

static i18n_filter_fn filter;
static const void *filter_arg;

/*
 * A table on a text's address (open addressing, at most half full):
 * - texts: a translation -> its filtered text, kept for the run;
 * - known: a msgid -> its filtered translation; the copy of the msgid
 *   tells a reused buffer from the text it held before.
 */
struct entry {
	const char	*key;
	char		*copy;
	char		*val;
};
struct table {
	struct entry	*v;
	size_t		 n, used;
};
static struct table texts, known;

static void
forget_known(void)
{
	size_t i;

	for (i = 0; i < known.n; i++)
		free(known.v[i].copy);
	free(known.v);
	memset(&known, 0, sizeof known);
}

void
i18n_forget(void)
{
	size_t i;

	for (i = 0; i < texts.n; i++)
		if (texts.v[i].val != texts.v[i].key)
			free(texts.v[i].val);
	free(texts.v);
	memset(&texts, 0, sizeof texts);
	forget_known();
}

void
i18n_language_changed(void)
{
	/* gettext reads LANGUAGE again once told (as gettext documents). */
	textdomain(textdomain(NULL));
	forget_known();
}

void
i18n_set_filter(i18n_filter_fn fn, const void *arg)
{
	i18n_forget();
	filter = fn;
	filter_arg = arg;
}

static size_t
hash(const char *p)
{
	uintptr_t v = (uintptr_t)p;

	v ^= v >> 17;
	v *= 0x9e3779b97f4a7c15ULL & UINTPTR_MAX;
	return (size_t)(v ^ (v >> 29));
}

/* The entry of key in t, or the free one where it goes. */
static struct entry *
slot_of(const struct table *t, const char *key)
{
	size_t j;

	for (j = hash(key) & (t->n - 1); t->v[j].key != NULL;
	    j = (j + 1) & (t->n - 1))
		if (t->v[j].key == key)
			break;
	return &t->v[j];
}

/* The same, with room made for one more. */
static struct entry *
lookup(struct table *t, const char *key)
{
	struct entry *old = t->v;
	size_t n = t->n, i;

	if (2 * (t->used + 1) > n) {
		t->n = n ? n * 2 : 256;
		t->v = xcalloc(t->n, sizeof *t->v);
		for (i = 0; i < n; i++)
			if (old[i].key != NULL)
				*slot_of(t, old[i].key) = old[i];
		free(old);
	}
	return slot_of(t, key);
}

static char *
filtered(const char *t)
{
	struct entry *e;
	char *to;

	if (filter == NULL || t == NULL)
		return (char *)t;
	e = lookup(&texts, t);
	if (e->key != NULL)
		return e->val;
	to = filter(t, filter_arg);
	/* The filter may ask for texts itself: look again after it. */
	e = lookup(&texts, t);
	if (e->key != NULL) {
		free(to);
		return e->val;
	}
	e->key = t;
	e->val = to != NULL ? to : (char *)t;
	texts.used++;
	return e->val;
}

char *
i18n_gettext(const char *msgid)
{
	struct entry *k;
	char *result;

	if (msgid == NULL)
		return filtered(gettext(msgid));
	k = lookup(&known, msgid);
	if (k->key != NULL && strcmp(k->copy, msgid) == 0)
		return k->val;
	/* The filter may ask for texts itself: look again after it. */
	result = filtered(gettext(msgid));
	k = lookup(&known, msgid);
	if (k->key == NULL) {
		k->key = msgid;
		known.used++;
	} else
		free(k->copy);
	k->copy = xstrdup(msgid);
	k->val = result;
	return result;
}

char *
i18n_ngettext(const char *one, const char *many, unsigned long n)
{
	/* ngettext itself, not the macro of i18n.h. */
	return filtered((ngettext)(one, many, n));
}
