/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_holding.c: the rules that keep holding after the step. Every
 * field a step's guard requires (found by asking each step's guard about
 * an empty dialogue, so a new rule is covered without a new line here)
 * may not be emptied or made invalid once the dialogue is past that
 * step, and may be changed freely before it; items that already failed
 * do not block other edits; a step back lifts the rules of the step
 * undone; closed states keep registration (and the decision).
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "dialogue.h"
#include "fixture.h"

/* A field a step requires: the first step that does, and its code. */
struct req {
	enum dlg_field	 f;
	enum dlg_state	 step;
	const char	*code;
};

#define MAXREQ	DLG_NFIELDS

/*
 * What each step's guard says about an empty dialogue: every field it
 * names, once, with the first step that requires it. Items without a
 * field (sessions, feedback) are child records, not fields.
 */
static size_t
required_fields(struct req *v)
{
	struct dialogue *empty = dlg_new();
	struct dlg_issues l = { 0 };
	size_t n = 0, i, j;
	int st;

	for (st = DLG_PROPOSED; st <= DLG_EVALUATED; st++) {
		dlg_step_guard(empty, (enum dlg_state)st, NULL, fx_today(), &l);
		for (i = 0; i < l.n; i++) {
			if (l.v[i].field < 0)
				continue;
			for (j = 0; j < n && (int)v[j].f != l.v[i].field; j++)
				;
			if (j < n || n == MAXREQ)
				continue;
			v[n].f = (enum dlg_field)l.v[i].field;
			v[n].step = (enum dlg_state)st;
			v[n].code = l.v[i].code;	/* a static string */
			n++;
		}
		dlg_issues_clear(&l);
	}
	dlg_free(empty);
	return n;
}

/* 1 when every item of l is about field f. */
static int
all_about(const struct dlg_issues *l, enum dlg_field f)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (l->v[i].field != (int)f)
			return 0;
	return l->n > 0;
}

/*
 * The change from d to after is refused: code (NULL: any) is among the
 * items, each of them about field f, and the message names d's state
 * (or, for registration, says that registering needs it).
 */
static void
expect_refused(const struct dialogue *d, const struct dialogue *after,
    enum dlg_field f, const char *code, const char *what)
{
	struct dlg_issues out = { 0 };
	struct dlg_error err = { 0 };
	char state[128];
	int rc;

	rc = dlg_check_holding(d, after, NULL, fx_today(), &out, &err);
	if (rc != -1 || (code != NULL && !dlg_issues_has(&out, code)) ||
	    !all_about(&out, f))
		fprintf(stderr, "  %s of %s in state %s: rc %d, %zu items, "
		    "first '%s', expected %s\n", what, dlg_fields[f].name,
		    dlg_state_token(d->state), rc, out.n,
		    out.n > 0 ? out.v[0].code : "", code ? code : "any");
	CHECK(rc == -1);
	CHECK(err.code == ERR_REFUSED);
	CHECK(code == NULL || dlg_issues_has(&out, code));
	CHECK(all_about(&out, f));
	CHECK(strncmp(err.msg, "The change cannot be saved: ", 28) == 0);
	snprintf(state, sizeof state, "the dialogue is %s,",
	    dlg_state_label(d->state));
	CHECK(strstr(err.msg, state) != NULL ||
	    strstr(err.msg, "registering a dialogue requires") != NULL);
	dlg_issues_clear(&out);
}

static void
expect_allowed(const struct dialogue *d, const struct dialogue *after,
    const char *what)
{
	struct dlg_issues out = { 0 };
	struct dlg_error err = { 0 };
	int rc;

	rc = dlg_check_holding(d, after, NULL, fx_today(), &out, &err);
	if (rc != 0)
		fprintf(stderr, "  %s in state %s refused: %s (%s)\n", what,
		    dlg_state_token(d->state), err.msg,
		    out.n > 0 ? out.v[0].code : "");
	CHECK(rc == 0);
	CHECK(out.n == 0);
	CHECK(dlg_holding_back_to(d, after, NULL, fx_today()) == -1);
	dlg_issues_clear(&out);
}

/* A copy of d with field f set from input (as a user would). */
static struct dialogue *
changed(const struct dialogue *d, enum dlg_field f, const char *input)
{
	struct dialogue *c = dlg_dup(d);

	fx_set(c, f, input);
	return c;
}

static void
every_required_field_holds_after_its_step(void)
{
	struct req v[MAXREQ];
	struct dialogue *d, *after;
	size_t n, i;
	int st;

	n = required_fields(v);
	/* The guards name some thirty fields; none found would pass all. */
	CHECK(n >= 30);
	for (i = 0; i < n; i++)
		for (st = v[i].step; st <= DLG_EVALUATED; st++) {
			d = fx_at((enum dlg_state)st);
			after = changed(d, v[i].f, "");
			expect_refused(d, after, v[i].f, v[i].code,
			    "emptying");
			/* Back to the state before the step; registration
			 * has none. */
			CHECK(dlg_holding_back_to(d, after, NULL, fx_today()) ==
			    (v[i].step == DLG_PROPOSED ? -1 :
			    (int)v[i].step - 1));
			dlg_free(after);
			/* An answer the guard wants yes: no is refused too. */
			if (dlg_fields[v[i].f].type == FT_ANSWER) {
				after = changed(d, v[i].f, "no");
				expect_refused(d, after, v[i].f, NULL,
				    "answering no");
				dlg_free(after);
			}
			dlg_free(d);
		}
}

static void
required_field_is_free_before_its_step(void)
{
	struct req v[MAXREQ];
	struct dialogue *d, *after;
	size_t n, i;

	n = required_fields(v);
	CHECK(n >= 30);
	for (i = 0; i < n; i++) {
		/* Registration has no state before it. */
		if (v[i].step == DLG_PROPOSED)
			continue;
		/* The state before the step, with the field filled in. */
		d = fx_at((enum dlg_state)(v[i].step - 1));
		fx_fill(d, v[i].step);
		after = changed(d, v[i].f, "");
		expect_allowed(d, after, "emptying");
		dlg_free(after);
		if (dlg_fields[v[i].f].type == FT_ANSWER) {
			after = changed(d, v[i].f, "no");
			expect_allowed(d, after, "answering no");
			dlg_free(after);
		}
		dlg_free(d);
	}
}

static void
unrelated_edits_pass_in_every_state(void)
{
	struct dialogue *d, *after;
	int st;

	for (st = DLG_PROPOSED; st <= DLG_EVALUATED; st++) {
		d = fx_at((enum dlg_state)st);
		after = changed(d, F_LESSONS, "Börja tidigare nästa gång.");
		fx_set(after, F_OUTREACH_HOW, "");
		fx_set(after, F_TITLE, "Ny park vid Strandvägen, etapp 2");
		expect_allowed(d, after, "an unrelated edit");
		dlg_free(after);
		/* The same value again is no change at all. */
		expect_allowed(d, d, "no change");
		dlg_free(d);
	}
}

static void
earlier_failures_do_not_block_unrelated_edits(void)
{
	struct dialogue *d = fx_at(DLG_EVALUATED), *after;
	struct dlg_issues out = { 0 };
	struct dlg_error err = { 0 };

	/* An older register: evaluated without the use of the result. */
	fx_set(d, F_RESULT_USE, "");
	fx_set(d, F_NEED_VIEWS, "no");
	after = changed(d, F_LESSONS, "Fler unga kom till mötet.");
	expect_allowed(d, after, "an edit beside old gaps");
	dlg_free(after);
	/* A new gap is still refused, and only the new one is named. */
	after = changed(d, F_POLITICIANS, "");
	CHECK(dlg_check_holding(d, after, NULL, fx_today(), &out, &err) == -1);
	CHECK(out.n == 1);
	CHECK(dlg_issues_has(&out, "missing_politicians"));
	CHECK(!dlg_issues_has(&out, "missing_result_use"));
	CHECK(!dlg_issues_has(&out, "need_views_no"));
	dlg_issues_clear(&out);
	dlg_free(after);
	/* The old gap may be mended. */
	after = changed(d, F_RESULT_USE, "Underlag till beslutet.");
	expect_allowed(d, after, "mending an old gap");
	dlg_free(after);
	dlg_free(d);
}

static void
date_rules_as_of_today_do_not_block_unrelated_edits(void)
{
	struct dialogue *d = fx_at(DLG_EVALUATED), *after;
	struct dlg_issues out = { 0 };
	struct dlg_error err = { 0 };
	long early = fx_day("2026-04-05");

	/* As of 2026-04-05 the report (04-10) and the evaluation (09-01)
	 * lie ahead: the date rules fail before and after alike. */
	after = changed(d, F_LESSONS, "Mer tid till analysen.");
	CHECK(dlg_check_holding(d, after, NULL, early, &out, &err) == 0);
	CHECK(out.n == 0);
	dlg_free(after);
	after = changed(d, F_REPORT_DATE, "2026-04-12");
	CHECK(dlg_check_holding(d, after, NULL, early, &out, &err) == 0);
	CHECK(out.n == 0);
	dlg_free(after);
	/* A date made future that was not: that rule is broken now. */
	after = changed(d, F_DECISION_DATE, "2026-11-01");
	CHECK(dlg_check_holding(d, after, NULL, fx_today(), &out, &err) ==
	    -1);
	CHECK(out.n == 1 && strcmp(out.v[0].code,
	    "future_decision_date") == 0);
	CHECK(out.n == 1 && out.v[0].field == F_DECISION_DATE);
	CHECK(out.n == 1 && strstr(out.v[0].text, "2026-11-01") != NULL);
	dlg_issues_clear(&out);
	dlg_free(after);
	dlg_free(d);
}

static void
values_made_invalid_are_refused_like_empty_ones(void)
{
	struct dialogue *d = fx_at(DLG_RUNNING), *after;

	after = changed(d, F_PLANNED_END, "2026-06-15");	/* deadline */
	expect_refused(d, after, F_PLANNED_END, "end_not_before_deadline",
	    "moving the end to the deadline");
	dlg_free(after);
	after = changed(d, F_PLANNED_START, "2026-05-01");
	expect_refused(d, after, F_PLANNED_START, "start_after_end",
	    "moving the start after the end");
	dlg_free(after);
	after = changed(d, F_DECISION_BODY, FX_BODY2);
	expect_refused(d, after, F_DECISION_BODY, "wrong_decision_body",
	    "another deciding body");
	dlg_free(after);
	/* [T5] a second body concerned: the council should have decided. */
	after = changed(d, F_BODIES, FX_BODY "; " FX_BODY2);
	expect_refused(d, after, F_DECISION_BODY, "wrong_decision_body",
	    "a second body concerned");
	dlg_free(after);
	/* Changed but still valid: allowed. */
	after = changed(d, F_PLANNED_END, "2026-05-15");
	fx_set(after, F_BUDGET, "150 000");
	fx_set(after, F_POLITICIANS, "Bo Ek (" FX_BODY ")");
	expect_allowed(d, after, "valid changes");
	dlg_free(after);
	dlg_free(d);
}

static void
refusal_names_the_state_the_step_and_the_way_back(void)
{
	struct dialogue *d = fx_at(DLG_EVALUATED), *after;
	struct dlg_issues out = { 0 };
	struct dlg_error err = { 0 };

	/* One step back. */
	after = changed(d, F_EVALUATION_DATE, "");
	CHECK(dlg_check_holding(d, after, NULL, fx_today(), &out, &err) == -1);
	CHECK_STR(err.msg, "The change cannot be saved: the dialogue is "
	    "Evaluated, and the step \"evaluate\" (Evaluated) requires what "
	    "it would remove. To change it, first step the dialogue back to "
	    "Fed back, with a reason.");
	CHECK(out.n == 1 && strcmp(out.v[0].text,
	    "Evaluation date is missing [T4][S:KLK].") == 0);
	CHECK(dlg_holding_back_to(d, after, NULL, fx_today()) ==
	    DLG_FED_BACK);
	dlg_issues_clear(&out);
	dlg_free(after);
	/* Several steps back: to the state before the earliest broken. */
	after = changed(d, F_RESULT_USE, "");
	fx_set(after, F_GOALS_MET, "");
	CHECK(dlg_check_holding(d, after, NULL, fx_today(), &out, &err) == -1);
	CHECK_STR(err.msg, "The change cannot be saved: the dialogue is "
	    "Evaluated, and the step \"start\" (Running) requires what it "
	    "would remove. To change it, first step the dialogue back to "
	    "Planned, one step at a time, each with a reason.");
	CHECK(out.n == 2);
	CHECK(dlg_issues_has(&out, "missing_result_use"));
	CHECK(dlg_issues_has(&out, "missing_goals_met"));
	CHECK(dlg_holding_back_to(d, after, NULL, fx_today()) == DLG_PLANNED);
	dlg_issues_clear(&out);
	dlg_free(after);
	/* Registration: no step back undoes it. */
	after = changed(d, F_QUESTION, "");
	CHECK(dlg_check_holding(d, after, NULL, fx_today(), &out, &err) == -1);
	CHECK_STR(err.msg, "The change cannot be saved: registering a "
	    "dialogue requires what it would remove, whatever its state.");
	CHECK(dlg_holding_back_to(d, after, NULL, fx_today()) == -1);
	dlg_issues_clear(&out);
	dlg_free(after);
	dlg_free(d);
}

static void
step_back_lifts_the_rules_of_the_step_undone(void)
{
	struct dialogue *d = fx_at(DLG_EVALUATED), *back, *after;
	struct dlg_issues missing = { 0 };
	struct dlg_error err = { 0 };

	/* The step back itself is no change of fields: never blocked. */
	back = dlg_dup(d);
	CHECK(dlg_transition(back, DLG_FED_BACK, "Utvärderingen görs om.",
	    NULL, fx_today(), &missing, &err) == 0);
	expect_allowed(d, back, "the step back");
	/* Back in fed_back, the evaluation is free, the rest holds. */
	after = changed(back, F_EVALUATION_DATE, "");
	fx_set(after, F_INFLUENCE, "");
	expect_allowed(back, after, "emptying the evaluation");
	dlg_free(after);
	after = changed(back, F_RESULT_SUMMARY, "");
	expect_refused(back, after, F_RESULT_SUMMARY,
	    "missing_result_summary", "emptying the result summary");
	dlg_free(after);
	/* A step back and a field emptied together (as one change): only
	 * the steps both have taken count. */
	after = dlg_dup(back);
	fx_set(after, F_EVALUATION_DATE, "");
	expect_allowed(d, after, "a step back with the evaluation emptied");
	dlg_free(after);
	dlg_issues_clear(&missing);
	dlg_free(back);
	dlg_free(d);
}

static void
closed_states_keep_registration_and_the_decision(void)
{
	struct dialogue *d, *after;
	struct dlg_issues missing = { 0 }, out = { 0 };
	struct dlg_error err = { 0 };

	/* Cancelled (from running): the decision holds, the plan not. */
	d = fx_at(DLG_RUNNING);
	CHECK(dlg_transition(d, DLG_CANCELLED, "Nämnden drog tillbaka "
	    "frågan.", NULL, fx_today(), &missing, &err) == 0);
	after = changed(d, F_DECISION_PARAGRAPH, "");
	CHECK(dlg_check_holding(d, after, NULL, fx_today(), &out, &err) == -1);
	CHECK(dlg_issues_has(&out, "missing_decision_paragraph"));
	CHECK(strstr(err.msg, "A cancelled dialogue cannot step back") !=
	    NULL);
	CHECK(dlg_holding_back_to(d, after, NULL, fx_today()) == -1);
	dlg_issues_clear(&out);
	dlg_free(after);
	after = changed(d, F_TITLE, "");
	expect_refused(d, after, F_TITLE, "missing_title", "emptying");
	dlg_free(after);
	after = changed(d, F_RESULT_USE, "");
	fx_set(after, F_EVALUATION_PLAN, "");
	expect_allowed(d, after, "emptying what the plan and start needed");
	dlg_free(after);
	dlg_free(d);
	dlg_issues_clear(&missing);

	/* Rejected: registration holds, nothing else was ever required. */
	d = fx_at(DLG_PROPOSED);
	fx_set(d, F_PURPOSE, "Parken ska byggas för dem som bor där.");
	CHECK(dlg_transition(d, DLG_REJECTED, "Frågan är redan avgjord.",
	    NULL, fx_today(), &missing, &err) == 0);
	after = changed(d, F_INITIATED_BY, "");
	expect_refused(d, after, F_INITIATED_BY, "missing_initiated_by",
	    "emptying");
	dlg_free(after);
	after = changed(d, F_PURPOSE, "");
	expect_allowed(d, after, "emptying the purpose");
	dlg_free(after);
	dlg_free(d);
	dlg_issues_clear(&missing);
}

static const struct check_test tests[] = {
	{ "every_required_field_holds_after_its_step",
	    every_required_field_holds_after_its_step },
	{ "required_field_is_free_before_its_step",
	    required_field_is_free_before_its_step },
	{ "unrelated_edits_pass_in_every_state",
	    unrelated_edits_pass_in_every_state },
	{ "earlier_failures_do_not_block_unrelated_edits",
	    earlier_failures_do_not_block_unrelated_edits },
	{ "date_rules_as_of_today_do_not_block_unrelated_edits",
	    date_rules_as_of_today_do_not_block_unrelated_edits },
	{ "values_made_invalid_are_refused_like_empty_ones",
	    values_made_invalid_are_refused_like_empty_ones },
	{ "refusal_names_the_state_the_step_and_the_way_back",
	    refusal_names_the_state_the_step_and_the_way_back },
	{ "step_back_lifts_the_rules_of_the_step_undone",
	    step_back_lifts_the_rules_of_the_step_undone },
	{ "closed_states_keep_registration_and_the_decision",
	    closed_states_keep_registration_and_the_decision },
	{ NULL, NULL },
};

int
main(int argc, char **argv)
{
	return check_main(tests, argc, argv);
}
