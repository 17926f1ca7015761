/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_warnings.c: every warning, on a fixed "today" passed in, and the
 * overdue test the overview uses.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "dialogue.h"
#include "fixture.h"

/* A day far from every date of the fixture's plan. */
#define QUIET "2026-03-20"
/* A method's tie to both of the fixture's target groups [T4][S:Metod]. */
#define ALL "Unga 13–19 år, Boende: når alla som berörs"

static void
check_warnings(const struct dialogue *d, const struct dlg_settings *s,
    const char *today, const char *want)
{
	char *codes = fx_warning_codes(d, s, fx_day(today));

	CHECK_STR(codes, want);
	free(codes);
}

static void
complete_dialogue_has_no_warnings(void)
{
	struct dialogue *d;
	enum dlg_state s;

	for (s = DLG_PROPOSED; s <= DLG_EVALUATED; s++) {
		d = fx_at(s);
		check_warnings(d, NULL, "2026-01-10", "");
		dlg_free(d);
	}
}

static void
warns_level_information_alone(void)
{
	struct dialogue *d = fx_at(DLG_PLANNED);

	fx_set(d, F_METHODS, "Webb (" ALL ")");
	fx_set(d, F_OPEN_TO_INFLUENCE, "");
	fx_set(d, F_LEVEL, "information");
	check_warnings(d, NULL, QUIET, "level_information");
	dlg_free(d);
}

static void
warns_information_with_gate_2_yes(void)
{
	struct dialogue *d = fx_at(DLG_PLANNED);
	struct dlg_settings s;

	fx_set(d, F_METHODS, "Webb (" ALL ")");
	fx_set(d, F_LEVEL, "1");
	/* Sollentuna's warning [S:Metod], kept in the union (where it is
	 * also Tjörn's guard at the decision [T4]); Tjörn does not warn. */
	check_warnings(d, NULL, QUIET,
	    "information_but_open,level_information");
	dlg_settings_default(&s);
	s.policy = DLG_POLICY_TJORN;
	check_warnings(d, &s, QUIET, "level_information");
	dlg_settings_clear(&s);
	dlg_settings_default(&s);
	s.policy = DLG_POLICY_SOLLENTUNA;
	check_warnings(d, &s, QUIET,
	    "information_but_open,level_information");
	dlg_settings_clear(&s);
	dlg_free(d);
}

static void
warns_gate_answered_no(void)
{
	struct dialogue *d = fx_at(DLG_PROPOSED);

	fx_set(d, F_NEED_VIEWS, "no");
	check_warnings(d, NULL, QUIET, "need_views_no");
	fx_set(d, F_NEED_VIEWS, "yes");
	fx_set(d, F_OPEN_TO_INFLUENCE, "no");
	check_warnings(d, NULL, QUIET, "open_to_influence_no");
	dlg_free(d);
}

static void
warns_method_from_another_step(void)
{
	struct dialogue *d = fx_at(DLG_PLANNED);
	struct dlg_issues w = { 0 };

	/* Level consultation (2): Enkät is 2, Open space 3, Webb 1. */
	fx_set(d, F_METHODS, "Enkät (" ALL "); Open space (" ALL "); "
	    "Webb (" ALL ")");
	check_warnings(d, NULL, QUIET,
	    "method_other_step,method_other_step");
	dlg_warnings(d, NULL, fx_day(QUIET), &w);
	CHECK(w.n == 2 && strcmp(w.v[0].text, "The method 'Open space' "
	    "belongs to step 3, Dialogue, not to the chosen level "
	    "Consultation [S:Metod].") == 0);
	CHECK(w.n == 2 && w.v[0].field == F_METHODS);
	dlg_issues_clear(&w);
	/* No level chosen yet: nothing to compare with. */
	fx_set(d, F_LEVEL, "");
	check_warnings(d, NULL, QUIET, "");
	dlg_free(d);
}

static void
warns_codecision_is_advisory(void)
{
	struct dialogue *d = fx_at(DLG_PLANNED);

	fx_set(d, F_METHODS, "Medborgarbudget (" ALL ")");
	fx_set(d, F_LEVEL, "codecision");
	check_warnings(d, NULL, QUIET, "codecision_advisory");
	dlg_free(d);
}

static void
warns_end_after_deadline(void)
{
	struct dialogue *d = fx_at(DLG_PLANNED);

	fx_set(d, F_PLANNED_END, "2026-06-16");	/* deadline 2026-06-15 */
	check_warnings(d, NULL, QUIET, "end_after_deadline");
	fx_set(d, F_PLANNED_END, "2026-06-15");
	check_warnings(d, NULL, QUIET, "end_after_deadline");
	fx_set(d, F_PLANNED_END, "2026-06-14");
	check_warnings(d, NULL, QUIET, "");
	dlg_free(d);
}

static void
warns_deadline_near_when_proposed_or_decided(void)
{
	struct dialogue *d = fx_at(DLG_PROPOSED);
	struct dlg_settings s;

	fx_set(d, F_DECISION_DEADLINE, "2026-06-15");
	/* 56 days before: not near yet; 55 days before: near. */
	check_warnings(d, NULL, "2026-04-20", "");
	check_warnings(d, NULL, "2026-04-21", "deadline_near");
	check_warnings(d, NULL, "2026-06-15", "deadline_near");
	check_warnings(d, NULL, "2026-07-01", "deadline_near");
	dlg_settings_default(&s);
	CHECK(dlg_settings_set(&s, "deadline_warn_days", "10", NULL) == 0);
	check_warnings(d, &s, "2026-06-05", "");
	check_warnings(d, &s, "2026-06-06", "deadline_near");
	dlg_settings_clear(&s);
	dlg_free(d);
	d = fx_at(DLG_DECIDED);
	fx_set(d, F_DECISION_DEADLINE, "2026-06-15");
	check_warnings(d, NULL, "2026-05-01", "deadline_near");
	dlg_free(d);
	/* Planned: the plan's own dates rule from here on. */
	d = fx_at(DLG_PLANNED);
	check_warnings(d, NULL, "2026-05-01", "");
	dlg_free(d);
}

/* Out of scope [T2.3][S:Definition]: only the users of one service, or
 * decided by an official or an office rather than politicians. */
static void
warns_what_looks_like_a_user_dialogue(void)
{
	struct dialogue *d = fx_at(DLG_PLANNED);

	fx_set(d, F_TARGET_GROUPS, "Elever på Åbyskolan (ålder)");
	fx_set(d, F_METHODS, "Enkät (Elever på Åbyskolan: via skolan)");
	check_warnings(d, NULL, QUIET, "looks_like_user_dialogue");
	fx_set(d, F_TARGET_GROUPS, "Elever på Åbyskolan (ålder); "
	    "Boende i Åby (språk)");
	fx_set(d, F_METHODS, "Enkät (Elever på Åbyskolan, Boende i Åby: "
	    "via skolan och webben)");
	check_warnings(d, NULL, QUIET, "");
	fx_set(d, F_DECISION_BODY, "Kommundirektören");
	d->state = DLG_DECIDED;
	check_warnings(d, NULL, QUIET, "looks_like_user_dialogue");
	dlg_free(d);
}

static void
warns_session_without_politicians(void)
{
	struct dialogue *d = fx_at(DLG_RUNNING);

	d->nsessions = 2;
	d->sessions = xcalloc(2, sizeof *d->sessions);
	d->sessions[0].date = xstrdup("2026-03-10");
	d->sessions[0].politicians = xstrdup("Anna Berg");
	d->sessions[1].date = xstrdup("2026-03-12");
	d->sessions[1].politicians = xstrdup("  ");
	d->n_sessions = 2;
	check_warnings(d, NULL, "2026-03-20", "session_without_politicians");
	dlg_free(d);
}

static void
warns_feedback_overdue_after_feedback_days(void)
{
	struct dialogue *d = fx_at(DLG_RUNNING);
	struct dlg_settings s;

	/* No session held: nothing to feed back. */
	check_warnings(d, NULL, "2026-12-01", "");
	d->n_sessions = 1;
	d->last_session = xstrdup("2026-03-15");
	check_warnings(d, NULL, "2026-04-14", "");	/* + 30 */
	check_warnings(d, NULL, "2026-04-15", "feedback_overdue");
	CHECK(dlg_is_overdue(d, NULL, fx_day("2026-04-15")));
	CHECK(!dlg_is_overdue(d, NULL, fx_day("2026-04-14")));
	/* A later result summary moves the start of the period. */
	fx_set(d, F_RESULT_DATE, "2026-04-01");
	check_warnings(d, NULL, "2026-05-01", "");
	check_warnings(d, NULL, "2026-05-02", "feedback_overdue");
	dlg_settings_default(&s);
	CHECK(dlg_settings_set(&s, "feedback_days", "60", NULL) == 0);
	check_warnings(d, &s, "2026-05-31", "");
	check_warnings(d, &s, "2026-06-01", "feedback_overdue");
	dlg_settings_clear(&s);
	dlg_free(d);
	/* Reported: still waiting for feedback. */
	d = fx_at(DLG_REPORTED);
	check_warnings(d, NULL, "2026-05-03", "feedback_overdue");
	dlg_free(d);
	/* Fed back: no longer overdue. */
	d = fx_at(DLG_FED_BACK);
	check_warnings(d, NULL, "2026-05-03", "");
	dlg_free(d);
}

static void
warns_feedback_overdue_from_loaded_sessions(void)
{
	struct dialogue *d = fx_at(DLG_RUNNING);

	d->nsessions = 2;
	d->sessions = xcalloc(2, sizeof *d->sessions);
	d->sessions[0].date = xstrdup("2026-03-20");
	d->sessions[0].politicians = xstrdup("Anna Berg");
	d->sessions[1].date = xstrdup("2026-03-10");
	d->sessions[1].politicians = xstrdup("Anna Berg");
	check_warnings(d, NULL, "2026-04-19", "");
	check_warnings(d, NULL, "2026-04-20", "feedback_overdue");
	dlg_free(d);
}

static void
warns_evaluation_overdue_after_evaluation_days(void)
{
	struct dialogue *d = fx_at(DLG_FED_BACK);
	struct dlg_settings s;

	/* First feedback 2026-04-20; 180 days later is 2026-10-17. */
	check_warnings(d, NULL, "2026-10-17", "");
	check_warnings(d, NULL, "2026-10-18", "evaluation_overdue");
	CHECK(dlg_is_overdue(d, NULL, fx_day("2026-10-18")));
	dlg_settings_default(&s);
	CHECK(dlg_settings_set(&s, "evaluation_days", "365", NULL) == 0);
	check_warnings(d, &s, "2026-10-18", "");
	CHECK(!dlg_is_overdue(d, &s, fx_day("2026-10-18")));
	dlg_settings_clear(&s);
	dlg_free(d);
	d = fx_at(DLG_EVALUATED);
	check_warnings(d, NULL, "2027-10-18", "");
	CHECK(!dlg_is_overdue(d, NULL, fx_day("2027-10-18")));
	dlg_free(d);
}

static void
warns_level_changed_after_start(void)
{
	struct dialogue *d = fx_at(DLG_RUNNING);

	dlg_put(d, F_LEVEL_CHANGE_REASON, "Fler deltagare än väntat.");
	check_warnings(d, NULL, QUIET, "level_changed");
	dlg_free(d);
}

static void
warns_budget_above_frame(void)
{
	struct dialogue *d = fx_at(DLG_PLANNED);
	struct dlg_issues w = { 0 };

	fx_set(d, F_BUDGET_FRAME, "125 000");
	check_warnings(d, NULL, QUIET, "");
	fx_set(d, F_BUDGET_FRAME, "100 000");
	check_warnings(d, NULL, QUIET, "budget_above_frame");
	dlg_warnings(d, NULL, fx_day(QUIET), &w);
	CHECK(w.n == 1 && strstr(w.v[0].text, "125,000 kr") != NULL &&
	    strstr(w.v[0].text, "100,000 kr") != NULL);
	dlg_issues_clear(&w);
	dlg_free(d);
}

static void
warns_running_without_parties_invited(void)
{
	struct dialogue *d = fx_at(DLG_RUNNING);

	fx_set(d, F_PARTIES_INVITED, "");
	check_warnings(d, NULL, QUIET, "parties_not_invited");
	dlg_free(d);
}

/* The codes of d's warnings under policy p. */
static void
check_policy(const struct dialogue *d, enum dlg_policy p, const char *want)
{
	struct dlg_settings s;

	dlg_settings_default(&s);
	s.policy = (int)p;
	check_warnings(d, &s, QUIET, want);
	dlg_settings_clear(&s);
}

static void
warns_plan_outside_the_decided_time_plan(void)
{
	struct dialogue *d = fx_at(DLG_PLANNED);
	struct dlg_settings s;
	struct dlg_issues w = { 0 };

	/* The plan runs 2026-03-01 .. 2026-04-30. */
	fx_set(d, F_DECIDED_START, "2026-03-01");
	fx_set(d, F_DECIDED_END, "2026-04-30");
	check_policy(d, DLG_POLICY_SOLLENTUNA, "");
	fx_set(d, F_DECIDED_START, "2026-03-10");
	fx_set(d, F_DECIDED_END, "2026-04-15");
	/* [S:Roller] the committee sets the time plan; Tjörn says
	 * nothing of it. */
	check_policy(d, DLG_POLICY_SOLLENTUNA,
	    "plan_outside_time_plan,plan_outside_time_plan");
	check_policy(d, DLG_POLICY_COMBINED,
	    "plan_outside_time_plan,plan_outside_time_plan");
	check_policy(d, DLG_POLICY_TJORN, "");
	dlg_settings_default(&s);
	s.policy = DLG_POLICY_SOLLENTUNA;
	dlg_warnings(d, &s, fx_day(QUIET), &w);
	CHECK(w.n == 2 && strcmp(w.v[0].text, "Planned start 2026-03-01 is "
	    "before the start 2026-03-10 of the time plan the deciding body "
	    "decided [S:Roller].") == 0 && w.v[0].field == F_PLANNED_START);
	CHECK(w.n == 2 && strstr(w.v[1].text, "Planned end 2026-04-30 is "
	    "after the end 2026-04-15") != NULL &&
	    w.v[1].field == F_PLANNED_END);
	dlg_issues_clear(&w);
	dlg_settings_clear(&s);
	/* Only an end decided: only the end is held against it. */
	fx_set(d, F_DECIDED_START, "");
	check_policy(d, DLG_POLICY_SOLLENTUNA, "plan_outside_time_plan");
	dlg_free(d);
}

static void
warns_tasks_without_a_responsible_official(void)
{
	struct dialogue *d = fx_at(DLG_PLANNED);
	struct dlg_settings s;
	struct dlg_issues w = { 0 };

	fx_set(d, F_RESPONSIBLE_PROCESSING, "");
	fx_set(d, F_RESPONSIBLE_EVALUATION, " ");
	/* Both policies give the officials these tasks: a warning, once
	 * planned, listing every task left without an official. */
	check_policy(d, DLG_POLICY_TJORN, "missing_responsible");
	check_policy(d, DLG_POLICY_SOLLENTUNA, "missing_responsible");
	dlg_settings_default(&s);
	s.policy = DLG_POLICY_TJORN;
	dlg_warnings(d, &s, fx_day(QUIET), &w);
	CHECK(w.n == 1 && strcmp(w.v[0].text, "No official is named as "
	    "responsible for: processing of the result, evaluation [T5].") ==
	    0 && w.v[0].field == F_RESPONSIBLE_PROCESSING);
	dlg_issues_clear(&w);
	/* Before the plan, the step's checklist says it, not a warning. */
	dlg_free(d);
	d = fx_at(DLG_DECIDED);
	check_policy(d, DLG_POLICY_TJORN, "");
	dlg_step_advice(d, DLG_PLANNED, &s, fx_day(QUIET), &w);
	CHECK(dlg_issues_has(&w, "missing_responsible"));
	dlg_issues_clear(&w);
	dlg_settings_clear(&s);
	dlg_free(d);
}

static const struct check_test tests[] = {
	{ "complete_dialogue_has_no_warnings",
	    complete_dialogue_has_no_warnings },
	{ "warns_level_information_alone", warns_level_information_alone },
	{ "warns_information_with_gate_2_yes",
	    warns_information_with_gate_2_yes },
	{ "warns_gate_answered_no", warns_gate_answered_no },
	{ "warns_method_from_another_step", warns_method_from_another_step },
	{ "warns_codecision_is_advisory", warns_codecision_is_advisory },
	{ "warns_end_after_deadline", warns_end_after_deadline },
	{ "warns_deadline_near_when_proposed_or_decided",
	    warns_deadline_near_when_proposed_or_decided },
	{ "warns_what_looks_like_a_user_dialogue",
	    warns_what_looks_like_a_user_dialogue },
	{ "warns_session_without_politicians",
	    warns_session_without_politicians },
	{ "warns_feedback_overdue_after_feedback_days",
	    warns_feedback_overdue_after_feedback_days },
	{ "warns_feedback_overdue_from_loaded_sessions",
	    warns_feedback_overdue_from_loaded_sessions },
	{ "warns_evaluation_overdue_after_evaluation_days",
	    warns_evaluation_overdue_after_evaluation_days },
	{ "warns_level_changed_after_start", warns_level_changed_after_start },
	{ "warns_budget_above_frame", warns_budget_above_frame },
	{ "warns_running_without_parties_invited",
	    warns_running_without_parties_invited },
	{ "warns_plan_outside_the_decided_time_plan",
	    warns_plan_outside_the_decided_time_plan },
	{ "warns_tasks_without_a_responsible_official",
	    warns_tasks_without_a_responsible_official },
	{ NULL, NULL },
};

int
main(int argc, char **argv)
{
	return check_main(tests, argc, argv);
}
