/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_due.c: the days feedback and evaluation fall due, how many days a
 * dialogue is past them (the overview's figure), that this figure agrees
 * with the overdue warning day by day, and who takes the decision on the
 * question.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "dialogue.h"
#include "fixture.h"

/* dlg_days_overdue on a date, checking what it says is overdue. */
static void
check_days(const struct dialogue *d, const struct dlg_settings *s,
    const char *today, long want, enum dlg_overdue want_what)
{
	enum dlg_overdue what = (enum dlg_overdue)-1;
	long got = dlg_days_overdue(d, s, fx_day(today), &what);

	if (got != want || what != want_what) {
		fprintf(stderr, "  on %s: got %ld days (what %d), want %ld "
		    "(what %d)\n", today, got, (int)what, want,
		    (int)want_what);
		check_failures++;
	}
}

static void
days_overdue_count_from_the_day_feedback_fell_due(void)
{
	struct dialogue *d = fx_at(DLG_RUNNING);
	struct dlg_settings s;
	long due;

	/* No session held: nothing to feed back, nothing due. */
	CHECK(dlg_feedback_due(d, NULL, &due) == -1);
	check_days(d, NULL, "2026-12-01", 0, DLG_OVERDUE_NONE);
	d->n_sessions = 1;
	d->last_session = xstrdup("2026-03-15");
	CHECK(dlg_feedback_due(d, NULL, &due) == 0 &&
	    due == fx_day("2026-04-14"));
	check_days(d, NULL, "2026-04-14", 0, DLG_OVERDUE_NONE);
	check_days(d, NULL, "2026-04-15", 1, DLG_OVERDUE_FEEDBACK);
	check_days(d, NULL, "2026-05-04", 20, DLG_OVERDUE_FEEDBACK);
	/* A later result summary moves the day it falls due. */
	fx_set(d, F_RESULT_DATE, "2026-04-01");
	check_days(d, NULL, "2026-05-04", 3, DLG_OVERDUE_FEEDBACK);
	dlg_settings_default(&s);
	CHECK(dlg_settings_set(&s, "feedback_days", "60", NULL) == 0);
	check_days(d, &s, "2026-05-04", 0, DLG_OVERDUE_NONE);
	check_days(d, &s, "2026-06-05", 5, DLG_OVERDUE_FEEDBACK);
	dlg_settings_clear(&s);
	dlg_free(d);
	/* Reported: last session 2026-03-15, result 2026-04-02. */
	d = fx_at(DLG_REPORTED);
	check_days(d, NULL, "2026-05-12", 10, DLG_OVERDUE_FEEDBACK);
	dlg_free(d);
}

static void
days_overdue_count_from_the_latest_loaded_session(void)
{
	struct dialogue *d = fx_at(DLG_RUNNING);

	d->nsessions = 2;
	d->sessions = xcalloc(2, sizeof *d->sessions);
	d->sessions[0].date = xstrdup("2026-03-20");
	d->sessions[1].date = xstrdup("2026-03-10");
	check_days(d, NULL, "2026-04-19", 0, DLG_OVERDUE_NONE);
	check_days(d, NULL, "2026-04-21", 2, DLG_OVERDUE_FEEDBACK);
	dlg_free(d);
}

static void
days_overdue_count_evaluation_from_the_first_feedback(void)
{
	struct dialogue *d = fx_at(DLG_FED_BACK);
	struct dlg_settings s;
	long due;

	/* First feedback 2026-04-20; 180 days later is 2026-10-17. */
	CHECK(dlg_evaluation_due(d, NULL, &due) == 0 &&
	    due == fx_day("2026-10-17"));
	check_days(d, NULL, "2026-10-17", 0, DLG_OVERDUE_NONE);
	check_days(d, NULL, "2026-10-18", 1, DLG_OVERDUE_EVALUATION);
	/* Fed back: feedback is no longer what is overdue. */
	check_days(d, NULL, "2026-07-01", 0, DLG_OVERDUE_NONE);
	dlg_settings_default(&s);
	CHECK(dlg_settings_set(&s, "evaluation_days", "365", NULL) == 0);
	check_days(d, &s, "2026-10-18", 0, DLG_OVERDUE_NONE);
	dlg_settings_clear(&s);
	dlg_free(d);
	d = fx_at(DLG_EVALUATED);
	check_days(d, NULL, "2027-10-18", 0, DLG_OVERDUE_NONE);
	dlg_free(d);
	/* No feedback date at all: nothing falls due. */
	d = fx_at(DLG_REPORTED);
	CHECK(dlg_evaluation_due(d, NULL, &due) == -1);
	dlg_free(d);
}

/* Day by day over a year and a half, in every state: overdue by the
 * figure exactly when the warning says so. */
static void
days_overdue_agree_with_the_overdue_warning(void)
{
	struct dialogue *d;
	struct dlg_issues w;
	enum dlg_state st;
	long day, n;
	int warned, bad = 0, seen = 0;

	for (st = DLG_PROPOSED; st <= DLG_EVALUATED; st++) {
		d = fx_at(st);
		if (d->n_sessions == 0) {
			d->n_sessions = 1;
			free(d->last_session);
			d->last_session = xstrdup("2026-03-15");
		}
		for (day = fx_day("2026-03-01"); day < fx_day("2027-09-01");
		    day++) {
			memset(&w, 0, sizeof w);
			dlg_warnings(d, NULL, day, &w);
			warned = dlg_issues_has(&w, "feedback_overdue") ||
			    dlg_issues_has(&w, "evaluation_overdue");
			dlg_issues_clear(&w);
			n = dlg_days_overdue(d, NULL, day, NULL);
			seen += n > 0;
			if ((n > 0) != warned ||
			    (n > 0) != dlg_is_overdue(d, NULL, day))
				bad++;
		}
		dlg_free(d);
	}
	CHECK(bad == 0);
	/* Running, reported and fed back each become overdue. */
	CHECK(seen > 3 * 300);
}

static void
question_body_is_the_recorded_one_else_the_deciding_body(void)
{
	struct dialogue *d = fx_at(DLG_PROPOSED);

	CHECK_STR(dlg_question_body(d, NULL), FX_BODY);
	fx_set(d, F_BODIES, FX_BODY "; " FX_BODY2);
	CHECK_STR(dlg_question_body(d, NULL), "Kommunfullmäktige");
	fx_set(d, F_QUESTION_DECISION_BODY, FX_BODY2);
	CHECK_STR(dlg_question_body(d, NULL), FX_BODY2);
	fx_set(d, F_QUESTION_DECISION_BODY, "");
	fx_set(d, F_BODIES, "");
	CHECK(dlg_question_body(d, NULL) == NULL);
	dlg_free(d);
}

static const struct check_test tests[] = {
	{ "days_overdue_count_from_the_day_feedback_fell_due",
	    days_overdue_count_from_the_day_feedback_fell_due },
	{ "days_overdue_count_from_the_latest_loaded_session",
	    days_overdue_count_from_the_latest_loaded_session },
	{ "days_overdue_count_evaluation_from_the_first_feedback",
	    days_overdue_count_evaluation_from_the_first_feedback },
	{ "days_overdue_agree_with_the_overdue_warning",
	    days_overdue_agree_with_the_overdue_warning },
	{ "question_body_is_the_recorded_one_else_the_deciding_body",
	    question_body_is_the_recorded_one_else_the_deciding_body },
	{ NULL, NULL },
};

int
main(int argc, char **argv)
{
	return check_main(tests, argc, argv);
}
