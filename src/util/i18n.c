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

/* Open addressing on the translation's address. */
struct slot {
	const char	*from;
	char		*to;
};
static struct slot *slots;
static size_t nslots, used;

/* msgid -> the filtered translation, on the msgid's address; the copy
 * of the msgid tells a reused buffer from the text it held before. */
struct known {
	const char	*msgid;
	char		*copy;
	char		*result;
};
static struct known *known;
static size_t nknown, knownused;

static void
forget_known(void)
{
	size_t i;

	for (i = 0; i < nknown; i++)
		free(known[i].copy);
	free(known);
	known = NULL;
	nknown = knownused = 0;
}

void
i18n_forget(void)
{
	size_t i;

	for (i = 0; i < nslots; i++)
		if (slots[i].to != slots[i].from)
			free(slots[i].to);
	free(slots);
	slots = NULL;
	nslots = used = 0;
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

static void
grow(void)
{
	struct slot *old = slots;
	size_t n = nslots, i, j;

	nslots = n ? n * 2 : 512;
	slots = xcalloc(nslots, sizeof *slots);
	used = 0;
	for (i = 0; i < n; i++) {
		if (old[i].from == NULL)
			continue;
		for (j = hash(old[i].from) & (nslots - 1); slots[j].from;
		    j = (j + 1) & (nslots - 1))
			;
		slots[j] = old[i];
		used++;
	}
	free(old);
}

static char *
filtered(const char *t)
{
	size_t j;
	char *to;

	if (filter == NULL || t == NULL)
		return (char *)t;
	if (2 * (used + 1) > nslots)
		grow();
	for (j = hash(t) & (nslots - 1); slots[j].from != NULL;
	    j = (j + 1) & (nslots - 1))
		if (slots[j].from == t)
			return slots[j].to;
	to = filter(t, filter_arg);
	slots[j].from = t;
	slots[j].to = to != NULL ? to : (char *)t;
	used++;
	return slots[j].to;
}

static void
grow_known(void)
{
	struct known *old = known;
	size_t n = nknown, i, j;

	nknown = n ? n * 2 : 256;
	known = xcalloc(nknown, sizeof *known);
	for (i = 0; i < n; i++) {
		if (old[i].msgid == NULL)
			continue;
		for (j = hash(old[i].msgid) & (nknown - 1); known[j].msgid;
		    j = (j + 1) & (nknown - 1))
			;
		known[j] = old[i];
	}
	free(old);
}

/* The slot of msgid in known, or of the free place where it goes. */
static struct known *
find_known(const char *msgid)
{
	size_t j;

	if (2 * (knownused + 1) > nknown)
		grow_known();
	for (j = hash(msgid) & (nknown - 1); known[j].msgid != NULL;
	    j = (j + 1) & (nknown - 1))
		if (known[j].msgid == msgid)
			break;
	return &known[j];
}

char *
i18n_gettext(const char *msgid)
{
	struct known *k;
	char *result;

	if (msgid == NULL)
		return filtered(gettext(msgid));
	k = find_known(msgid);
	if (k->msgid != NULL && strcmp(k->copy, msgid) == 0)
		return k->result;
	/* The filter may ask for texts itself: look again after it. */
	result = filtered(gettext(msgid));
	k = find_known(msgid);
	if (k->msgid == NULL) {
		k->msgid = msgid;
		knownused++;
	} else
		free(k->copy);
	k->copy = xstrdup(msgid);
	k->result = result;
	return result;
}

char *
i18n_ngettext(const char *one, const char *many, unsigned long n)
{
	/* ngettext itself, not the macro of i18n.h. */
	return filtered((ngettext)(one, many, n));
}
