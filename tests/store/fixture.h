/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fixture.h: registers and dialogues for the store tests.
 */
#ifndef DIALOGREG_TESTS_STORE_FIXTURE_H
#define DIALOGREG_TESTS_STORE_FIXTURE_H

#include "check.h"
#include "dialogue.h"
#include "store.h"

/* Days since the epoch of a date the test knows to be valid. */
static inline long
day(const char *iso)
{
	struct dlg_error e;
	long d;

	if (dlg_date_parse(iso, &d, &e) != 0) {
		fprintf(stderr, "bad date in test: %s\n", iso);
		abort();
	}
	return d;
}

/* Open (creating) the register name in the test's directory. NULL after
 * a recorded failure. */
static inline struct store *
open_register(const char *name)
{
	struct dlg_error e;
	struct store *st;

	err_clear(&e);
	if (!CHECK_OK(store_open(check_path(name), STORE_CREATE, &st, &e),
	    &e))
		return NULL;
	return st;
}

/* A proposed dialogue with the fields registration needs. */
static inline struct dialogue *
new_dialogue(const char *title, const char *body)
{
	struct dialogue *d = dlg_new();

	dlg_put(d, F_TITLE, title);
	dlg_put(d, F_QUESTION, "Vad behöver unga för att trivas?");
	dlg_put(d, F_INITIATED_BY, "Anna Berg");
	dlg_items_add(dlg_list_mut(d, F_BODIES), body, NULL, 0);
	return d;
}

/* Create a dialogue and return its reference (static buffer), or "". */
static inline const char *
add_dialogue(struct store *st, const char *title, const char *body,
    long today)
{
	static char ref[32];
	struct dialogue *d = new_dialogue(title, body);
	struct dlg_error e;

	err_clear(&e);
	ref[0] = '\0';
	if (CHECK_OK(store_dialogue_create(st, d, today, "anna", &e), &e))
		snprintf(ref, sizeof ref, "%s", d->ref);
	dlg_free(d);
	return ref;
}

/* The number of history rows of ref (register-wide rows for NULL). */
static inline int
count_row(const struct store_history_row *h, void *arg)
{
	(void)h;
	(*(int *)arg)++;
	return 0;
}

static inline int
history_count(struct store *st, const char *ref)
{
	struct dlg_error e;
	int n = 0;

	err_clear(&e);
	if (!CHECK_OK(store_history(st, ref, count_row, &n, &e), &e))
		return -1;
	return n;
}

#endif
