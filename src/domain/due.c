/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * due.c: when feedback and evaluation fall due and how many days a
 * dialogue is past that day: the one place the outputs (overview, list,
 * summary) ask, so that the date they print and the days they count are
 * those of the "overdue" warning. "Today" is always passed in.
 */
#include "config.h"

#include <string.h>

#include "dialogue.h"
#include "internal.h"

/* Days of a canonical date; -1 when empty or not a date. */
static int
days_of(const char *date, long *days)
{
	return date != NULL && dlg_date_parse(date, days, NULL) == 0 ? 0 : -1;
}

/* The latest session date: the store's summary or the loaded sessions. */
const char *
dom_last_session(const struct dialogue *d)
{
	const char *best = d->last_session;
	size_t i;

	for (i = 0; i < d->nsessions; i++)
		if (d->sessions[i].date != NULL && (best == NULL ||
		    strcmp(d->sessions[i].date, best) > 0))
			best = d->sessions[i].date;
	return best;
}

/* The earliest feedback date: the store's summary or the loaded ones. */
const char *
dom_first_feedback(const struct dialogue *d)
{
	const char *best = d->first_feedback;
	size_t i;

	for (i = 0; i < d->nfeedback; i++)
		if (d->feedback[i].date != NULL && (best == NULL ||
		    strcmp(d->feedback[i].date, best) < 0))
			best = d->feedback[i].date;
	return best;
}

/* The periods of s, or the defaults when s is NULL. */
static void
periods(const struct dlg_settings *s, int *feedback, int *evaluation)
{
	struct dlg_settings def;

	if (s == NULL) {
		dlg_settings_default(&def);
		*feedback = def.feedback_days;
		*evaluation = def.evaluation_days;
		dlg_settings_clear(&def);
		return;
	}
	*feedback = s->feedback_days;
	*evaluation = s->evaluation_days;
}

int
dlg_feedback_due(const struct dialogue *d, const struct dlg_settings *s,
    long *due)
{
	long base, res;
	int fb, ev, have;

	if (dlg_sessions_held(d) == 0)
		return -1;
	have = days_of(dom_last_session(d), &base) == 0;
	/* [T4 "så snart som möjligt"]: counted from the later of the last
	 * session and the result summary. */
	if (days_of(dlg_get(d, F_RESULT_DATE), &res) == 0 &&
	    (!have || res > base)) {
		base = res;
		have = 1;
	}
	if (!have)
		return -1;
	periods(s, &fb, &ev);
	*due = base + fb;
	return 0;
}

int
dlg_evaluation_due(const struct dialogue *d, const struct dlg_settings *s,
    long *due)
{
	long first;
	int fb, ev;

	if (days_of(dom_first_feedback(d), &first) != 0)
		return -1;
	periods(s, &fb, &ev);
	*due = first + ev;
	return 0;
}

long
dlg_days_overdue(const struct dialogue *d, const struct dlg_settings *s,
    long today, enum dlg_overdue *what)
{
	enum dlg_overdue w = DLG_OVERDUE_NONE;
	long due = 0;

	if ((d->state == DLG_RUNNING || d->state == DLG_REPORTED) &&
	    dlg_feedback_due(d, s, &due) == 0)
		w = DLG_OVERDUE_FEEDBACK;
	else if (d->state == DLG_FED_BACK &&
	    dlg_evaluation_due(d, s, &due) == 0)
		w = DLG_OVERDUE_EVALUATION;
	if (w == DLG_OVERDUE_NONE || today <= due) {
		w = DLG_OVERDUE_NONE;
		due = today;
	}
	if (what != NULL)
		*what = w;
	return today - due;
}
