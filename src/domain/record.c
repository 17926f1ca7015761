/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * record.c: the dialogue record in memory: creation, deep copy and
 * release, the child records (sessions, feedback, contributions), item
 * lists, and plain access to field values. No validation happens here:
 * see set.c for typed input.
 */
#include "config.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "dialogue.h"

struct dialogue *
dlg_new(void)
{
	struct dialogue *d = xcalloc(1, sizeof *d);

	d->state = DLG_PROPOSED;
	return d;
}

static void
items_copy(struct dlg_items *dst, const struct dlg_items *src)
{
	size_t i;

	memset(dst, 0, sizeof *dst);
	for (i = 0; i < src->n; i++)
		dlg_items_add(dst, src->v[i].name, src->v[i].note,
		    src->v[i].step);
}

static void
session_copy(struct dlg_session *dst, const struct dlg_session *src)
{
	dst->id = src->id;
	dlg_child_copy(DLG_CHILD_SESSION, dst, src);
}

static void
feedback_copy(struct dlg_feedback *dst, const struct dlg_feedback *src)
{
	dst->id = src->id;
	dlg_child_copy(DLG_CHILD_FEEDBACK, dst, src);
}

struct dialogue *
dlg_dup(const struct dialogue *d)
{
	struct dialogue *c = xcalloc(1, sizeof *c);
	size_t i;

	c->id = d->id;
	c->ref = xstrdup(d->ref);
	c->version = d->version;
	c->state = d->state;
	c->created = xstrdup(d->created);
	c->updated = xstrdup(d->updated);
	c->updated_by = xstrdup(d->updated_by);
	for (i = 0; i < DLG_NSCALARS; i++)
		c->val[i] = xstrdup(d->val[i]);
	for (i = 0; i < DLG_NLISTS; i++)
		items_copy(&c->list[i], &d->list[i]);
	c->n_sessions = d->n_sessions;
	c->last_session = xstrdup(d->last_session);
	c->n_participants = d->n_participants;
	c->n_feedback = d->n_feedback;
	c->first_feedback = xstrdup(d->first_feedback);
	c->n_contributions = d->n_contributions;
	if (d->nsessions > 0) {
		c->sessions = xcalloc(d->nsessions, sizeof *c->sessions);
		for (i = 0; i < d->nsessions; i++)
			session_copy(&c->sessions[i], &d->sessions[i]);
		c->nsessions = d->nsessions;
	}
	if (d->nfeedback > 0) {
		c->feedback = xcalloc(d->nfeedback, sizeof *c->feedback);
		for (i = 0; i < d->nfeedback; i++)
			feedback_copy(&c->feedback[i], &d->feedback[i]);
		c->nfeedback = d->nfeedback;
	}
	return c;
}

void
dlg_free(struct dialogue *d)
{
	size_t i;

	if (d == NULL)
		return;
	free(d->ref);
	free(d->created);
	free(d->updated);
	free(d->updated_by);
	for (i = 0; i < DLG_NSCALARS; i++)
		free(d->val[i]);
	for (i = 0; i < DLG_NLISTS; i++)
		dlg_items_clear(&d->list[i]);
	free(d->last_session);
	free(d->first_feedback);
	for (i = 0; i < d->nsessions; i++)
		dlg_session_clear(&d->sessions[i]);
	free(d->sessions);
	for (i = 0; i < d->nfeedback; i++)
		dlg_feedback_clear(&d->feedback[i]);
	free(d->feedback);
	free(d);
}

void
dlg_items_add(struct dlg_items *l, const char *name, const char *note,
    int step)
{
	struct dlg_item *it;

	if (l->n == l->alloc) {
		l->alloc = l->alloc ? l->alloc * 2 : 4;
		l->v = xrealloc(l->v, l->alloc * sizeof *l->v);
	}
	it = &l->v[l->n++];
	it->name = xstrdup(name != NULL ? name : "");
	it->note = note != NULL && *note != '\0' ? xstrdup(note) : NULL;
	it->step = step;
}

void
dlg_items_clear(struct dlg_items *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].name);
		free(l->v[i].note);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

const char *
dlg_get(const struct dialogue *d, enum dlg_field f)
{
	assert(f >= 0 && f < DLG_NSCALARS);
	if (d->val[f] == NULL || d->val[f][0] == '\0')
		return NULL;
	return d->val[f];
}

const char *
dlg_question_body(const struct dialogue *d, const struct dlg_settings *s)
{
	const char *b = dlg_get(d, F_QUESTION_DECISION_BODY);

	return b != NULL ? b : dlg_deciding_body(d, s);
}

const struct dlg_items *
dlg_list(const struct dialogue *d, enum dlg_field f)
{
	assert(f >= DLG_NSCALARS && f < DLG_NFIELDS);
	return &d->list[f - DLG_NSCALARS];
}

struct dlg_items *
dlg_list_mut(struct dialogue *d, enum dlg_field f)
{
	assert(f >= DLG_NSCALARS && f < DLG_NFIELDS);
	return &d->list[f - DLG_NSCALARS];
}

void
dlg_put(struct dialogue *d, enum dlg_field f, const char *canonical)
{
	char *v;

	assert(f >= 0 && f < DLG_NSCALARS);
	v = canonical != NULL && *canonical != '\0' ? xstrdup(canonical) :
	    NULL;
	free(d->val[f]);
	d->val[f] = v;
}
