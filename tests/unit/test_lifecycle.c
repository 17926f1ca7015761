/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_lifecycle.c: the moves, every guard's complete list of missing
 * items, the deciding body [T5], reasons for back, reject and cancel,
 * and the level fixed after start.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "dialogue.h"
#include "fixture.h"

/* One missing item and how to supply it. */
struct supply {
	const char	*code;
	int		 field;		/* set field to value, or -1 */
	const char	*value;
	void		(*fn)(struct dialogue *);
};

static int
has_code(const char *codes, const char *code)
{
	size_t n = strlen(code);
	const char *p;

	for (p = codes; (p = strstr(p, code)) != NULL; p += n)
		if ((p == codes || p[-1] == ',') &&
		    (p[n] == ',' || p[n] == '\0'))
			return 1;
	return 0;
}

static size_t
count_codes(const char *codes)
{
	size_t n = *codes != '\0';

	for (; *codes != '\0'; codes++)
		n += *codes == ',';
	return n;
}

/*
 * The guard for d -> to must list exactly the codes of items[] (each
 * once); supplying them one by one must remove exactly that code, and in
 * the end the transition must pass.
 */
static void
supply_each(struct dialogue *d, enum dlg_state to, const struct supply *items,
    size_t n, const struct dlg_settings *s)
{
	struct dlg_issues missing = { 0 };
	struct dlg_error err = { 0 };
	char *codes;
	size_t i, j;

	codes = fx_guard_codes(d, to, NULL, s);
	CHECK(count_codes(codes) == n);
	for (i = 0; i < n; i++)
		if (!has_code(codes, items[i].code)) {
			fprintf(stderr, "  expected code %s in '%s'\n",
			    items[i].code, codes);
			CHECK(has_code(codes, items[i].code));
		}
	free(codes);
	CHECK(dlg_transition(d, to, NULL, s, fx_today(), &missing,
	    &err) == -1);
	CHECK(err.code == ERR_REFUSED);
	CHECK(missing.n == n);
	dlg_issues_clear(&missing);
	for (i = 0; i < n; i++) {
		if (items[i].fn != NULL)
			items[i].fn(d);
		else
			fx_set(d, (enum dlg_field)items[i].field,
			    items[i].value);
		codes = fx_guard_codes(d, to, NULL, s);
		if (has_code(codes, items[i].code))
			fprintf(stderr, "  %s still listed after supplying "
			    "it\n", items[i].code);
		CHECK(!has_code(codes, items[i].code));
		CHECK(count_codes(codes) == n - i - 1);
		for (j = i + 1; j < n; j++)
			CHECK(has_code(codes, items[j].code));
		free(codes);
	}
	CHECK(dlg_transition(d, to, NULL, s, fx_today(), &missing,
	    &err) == 0);
	CHECK(d->state == to);
	CHECK(missing.n == 0);
	dlg_issues_clear(&missing);
}

#define N(a) (sizeof (a) / sizeof (a)[0])

static void
register_needs_title_question_initiator_and_body(void)
{
	static const struct supply items[] = {
		{ "missing_title", F_TITLE, "Ny park", NULL },
		{ "missing_question", F_QUESTION, "Vad vill du göra?", NULL },
		{ "missing_initiated_by", F_INITIATED_BY, "Eva Lind", NULL },
		{ "missing_bodies", F_BODIES, FX_BODY, NULL },
	};
	struct dialogue *d = dlg_new();

	CHECK(d->state == DLG_PROPOSED);
	supply_each(d, DLG_PROPOSED, items, N(items), NULL);
	dlg_free(d);
}

static void
decide_lists_every_missing_item_then_accepts(void)
{
	static const struct supply items[] = {
		{ "missing_decision_body", F_DECISION_BODY, FX_BODY, NULL },
		{ "missing_decision_date", F_DECISION_DATE, "2026-02-10", NULL },
		{ "missing_decision_paragraph", F_DECISION_PARAGRAPH, "§ 48",
		    NULL },
		{ "missing_need_views", F_NEED_VIEWS, "yes", NULL },
		{ "missing_need_views_by", F_NEED_VIEWS_BY, FX_BODY, NULL },
		{ "missing_need_views_date", F_NEED_VIEWS_DATE, "2026-01-20",
		    NULL },
		{ "missing_open_to_influence", F_OPEN_TO_INFLUENCE, "ja",
		    NULL },
		{ "missing_open_to_influence_by", F_OPEN_TO_INFLUENCE_BY,
		    FX_BODY, NULL },
		{ "missing_open_to_influence_date", F_OPEN_TO_INFLUENCE_DATE,
		    "2026-01-20", NULL },
		{ "missing_purpose", F_PURPOSE, "Underlag till beslut.", NULL },
		{ "missing_level", F_LEVEL, "2", NULL },
	};
	struct dialogue *d = fx_at(DLG_PROPOSED);

	supply_each(d, DLG_DECIDED, items, N(items), NULL);
	dlg_free(d);
}

static void
decide_needs_council_when_two_committees(void)
{
	struct dialogue *d = fx_at(DLG_PROPOSED);
	struct dlg_issues missing = { 0 };
	char *codes;

	fx_fill(d, DLG_DECIDED);
	fx_set(d, F_BODIES, FX_BODY "; " FX_BODY2);
	CHECK_STR(dlg_deciding_body(d, NULL), "Kommunfullmäktige");
	codes = fx_guard_codes(d, DLG_DECIDED, NULL, NULL);
	CHECK_STR(codes, "wrong_decision_body");
	free(codes);
	dlg_guard(d, DLG_DECIDED, NULL, NULL, fx_today(), &missing);
	CHECK(missing.n == 1);
	CHECK(missing.n == 1 && missing.v[0].field == F_DECISION_BODY);
	CHECK(missing.n == 1 && strstr(missing.v[0].text,
	    "must be taken by Kommunfullmäktige") != NULL);
	CHECK(missing.n == 1 && strstr(missing.v[0].text,
	    "'" FX_BODY "'") != NULL);
	dlg_issues_clear(&missing);
	/* Compared case-insensitively and trimmed. */
	fx_set(d, F_DECISION_BODY, "  kommunfullmäktige ");
	codes = fx_guard_codes(d, DLG_DECIDED, NULL, NULL);
	CHECK_STR(codes, "");
	free(codes);
	dlg_free(d);
}

static void
decide_accepts_the_one_body_concerned_only(void)
{
	struct dialogue *d = fx_at(DLG_PROPOSED);
	char *codes;

	fx_fill(d, DLG_DECIDED);
	CHECK_STR(dlg_deciding_body(d, NULL), FX_BODY);
	fx_set(d, F_DECISION_BODY, "Kommunfullmäktige");
	codes = fx_guard_codes(d, DLG_DECIDED, NULL, NULL);
	CHECK_STR(codes, "wrong_decision_body");
	free(codes);
	fx_set(d, F_DECISION_BODY, "KULTUR- OCH FRITIDSNÄMNDEN");
	codes = fx_guard_codes(d, DLG_DECIDED, NULL, NULL);
	CHECK_STR(codes, "");
	free(codes);
	dlg_free(d);
}

static void
decide_by_first_body_when_council_rule_off(void)
{
	struct dialogue *d = fx_at(DLG_PROPOSED);
	struct dlg_settings s;
	char *codes;

	dlg_settings_default(&s);
	CHECK(dlg_settings_set(&s, "council_rule", "no", NULL) == 0);
	fx_fill(d, DLG_DECIDED);
	fx_set(d, F_BODIES, FX_BODY "; " FX_BODY2);
	CHECK_STR(dlg_deciding_body(d, &s), FX_BODY);
	codes = fx_guard_codes(d, DLG_DECIDED, NULL, &s);
	CHECK_STR(codes, "");
	free(codes);
	fx_set(d, F_DECISION_BODY, "Kommunfullmäktige");
	codes = fx_guard_codes(d, DLG_DECIDED, NULL, &s);
	CHECK_STR(codes, "wrong_decision_body");
	free(codes);
	dlg_settings_clear(&s);
	dlg_free(d);
}

static void
deciding_body_takes_the_council_name_setting(void)
{
	struct dialogue *d = fx_at(DLG_PROPOSED);
	struct dlg_settings s;

	dlg_settings_default(&s);
	CHECK(dlg_settings_set(&s, "council_name", "Fullmäktige", NULL) == 0);
	fx_set(d, F_BODIES, FX_BODY "; " FX_BODY2);
	CHECK_STR(dlg_deciding_body(d, &s), "Fullmäktige");
	fx_set(d, F_BODIES, "");
	CHECK(dlg_deciding_body(d, &s) == NULL);
	dlg_settings_clear(&s);
	dlg_free(d);
}

static void
decide_without_bodies_names_both_gaps(void)
{
	struct dialogue *d = fx_at(DLG_PROPOSED);
	char *codes;

	fx_fill(d, DLG_DECIDED);
	fx_set(d, F_BODIES, "");
	fx_set(d, F_DECISION_BODY, "");
	codes = fx_guard_codes(d, DLG_DECIDED, NULL, NULL);
	CHECK_STR(codes, "missing_bodies,missing_decision_body");
	free(codes);
	dlg_free(d);
}

static void
decide_refuses_a_gate_answered_no(void)
{
	struct dialogue *d = fx_at(DLG_PROPOSED);
	char *codes;

	fx_fill(d, DLG_DECIDED);
	fx_set(d, F_NEED_VIEWS, "no");
	fx_set(d, F_OPEN_TO_INFLUENCE, "nej");
	codes = fx_guard_codes(d, DLG_DECIDED, NULL, NULL);
	CHECK_STR(codes, "need_views_no,open_to_influence_no");
	free(codes);
	dlg_free(d);
}

static void
plan_lists_every_missing_item_then_accepts(void)
{
	static const struct supply items[] = {
		{ "missing_goals", F_GOALS, "200 svar", NULL },
		{ "missing_target_groups", F_TARGET_GROUPS, "Unga (språk)",
		    NULL },
		{ "missing_methods", F_METHODS, "Enkät", NULL },
		{ "missing_planned_start", F_PLANNED_START, "2026-03-01",
		    NULL },
		{ "missing_planned_end", F_PLANNED_END, "2026-04-30", NULL },
		{ "missing_decision_deadline", F_DECISION_DEADLINE,
		    "2026-06-15", NULL },
		{ "missing_budget", F_BUDGET, "125 000 kr", NULL },
		{ "missing_financing", F_FINANCING, "Driftbudget", NULL },
		{ "missing_background", F_BACKGROUND, "Grusplan i dag.", NULL },
		{ "missing_project_plan", F_PROJECT_PLAN, "KFN 2026/4", NULL },
		{ "missing_resources", F_RESOURCES, "Planarkitekt, 40 timmar",
		    NULL },
		{ "missing_process_owner", F_PROCESS_OWNER, "Chefen", NULL },
		{ "missing_process_leader", F_PROCESS_LEADER, "Anders Ek",
		    NULL },
		{ "missing_communication_plan", F_COMMUNICATION_PLAN, "Webb",
		    NULL },
		{ "missing_documentation_plan", F_DOCUMENTATION_PLAN,
		    "Anteckningar", NULL },
		{ "missing_feedback_plan", F_FEEDBACK_PLAN, "Möte", NULL },
		{ "missing_evaluation_plan", F_EVALUATION_PLAN, "Enkät",
		    NULL },
	};
	struct dialogue *d = fx_at(DLG_DECIDED);

	CHECK(d->state == DLG_DECIDED);
	supply_each(d, DLG_PLANNED, items, N(items), NULL);
	dlg_free(d);
}

static void
plan_refuses_start_after_end(void)
{
	struct dialogue *d = fx_at(DLG_DECIDED);
	char *codes;

	fx_fill(d, DLG_PLANNED);
	fx_set(d, F_PLANNED_START, "2026-05-01");
	fx_set(d, F_PLANNED_END, "2026-04-30");
	codes = fx_guard_codes(d, DLG_PLANNED, NULL, NULL);
	CHECK_STR(codes, "start_after_end");
	free(codes);
	fx_set(d, F_PLANNED_START, "2026-04-30");	/* start = end: ok */
	codes = fx_guard_codes(d, DLG_PLANNED, NULL, NULL);
	CHECK_STR(codes, "");
	free(codes);
	dlg_free(d);
}

static void
plan_refuses_end_on_or_after_deadline(void)
{
	struct dialogue *d = fx_at(DLG_DECIDED);
	char *codes;

	fx_fill(d, DLG_PLANNED);
	fx_set(d, F_PLANNED_END, "2026-06-15");		/* = deadline */
	codes = fx_guard_codes(d, DLG_PLANNED, NULL, NULL);
	CHECK_STR(codes, "end_not_before_deadline");
	free(codes);
	fx_set(d, F_PLANNED_END, "2026-06-14");
	codes = fx_guard_codes(d, DLG_PLANNED, NULL, NULL);
	CHECK_STR(codes, "");
	free(codes);
	dlg_free(d);
}

static void
start_lists_every_missing_item_then_accepts(void)
{
	static const struct supply items[] = {
		{ "missing_politicians", F_POLITICIANS,
		    "Anna Berg (" FX_BODY ")", NULL },
		{ "missing_result_use", F_RESULT_USE, "Underlag.", NULL },
		{ "participants_not_informed", F_PARTICIPANTS_INFORMED, "yes",
		    NULL },
	};
	struct dialogue *d = fx_at(DLG_PLANNED);
	char *codes;

	/* A recorded "no" is not enough [T4]. */
	fx_set(d, F_PARTICIPANTS_INFORMED, "no");
	codes = fx_guard_codes(d, DLG_RUNNING, NULL, NULL);
	CHECK(strstr(codes, "participants_not_informed") != NULL);
	free(codes);
	supply_each(d, DLG_RUNNING, items, N(items), NULL);
	dlg_free(d);
}

static void
add_session(struct dialogue *d)
{
	d->n_sessions = 1;
	d->last_session = xstrdup("2026-03-15");
}

static void
report_lists_every_missing_item_then_accepts(void)
{
	static const struct supply items[] = {
		{ "missing_session", -1, NULL, add_session },
		{ "missing_result_summary", F_RESULT_SUMMARY, "Fler bänkar.",
		    NULL },
		{ "missing_report_reference", F_REPORT_REFERENCE,
		    "KS 2026/0123", NULL },
		{ "missing_report_date", F_REPORT_DATE, "2026-04-10", NULL },
	};
	struct dialogue *d = fx_at(DLG_RUNNING);

	supply_each(d, DLG_REPORTED, items, N(items), NULL);
	dlg_free(d);
}

static void
add_feedback(struct dialogue *d)
{
	d->nfeedback = 1;
	d->feedback = xcalloc(1, sizeof *d->feedback);
	d->feedback[0].date = xstrdup("2026-04-20");
	d->feedback[0].channels = xstrdup("uppföljningsmöte, webb");
	d->feedback[0].text = xstrdup("Så här blev det.");
	d->n_feedback = 1;
}

static void
feed_back_needs_feedback_then_accepts(void)
{
	static const struct supply items[] = {
		{ "missing_feedback", -1, NULL, add_feedback },
	};
	struct dialogue *d = fx_at(DLG_REPORTED);

	supply_each(d, DLG_FED_BACK, items, N(items), NULL);
	dlg_free(d);
}

static void
feed_back_ignores_incomplete_feedback(void)
{
	struct dialogue *d = fx_at(DLG_REPORTED);
	char *codes;

	add_feedback(d);
	free(d->feedback[0].channels);
	d->feedback[0].channels = NULL;
	codes = fx_guard_codes(d, DLG_FED_BACK, NULL, NULL);
	CHECK_STR(codes, "missing_feedback");
	free(codes);
	dlg_free(d);
}

/* Codes of the guard for d moving to `to` as of the given day. */
static char *
codes_on(const struct dialogue *d, enum dlg_state to, const char *day)
{
	struct dlg_issues l = { 0 };
	char *c;

	dlg_guard(d, to, NULL, NULL, fx_day(day), &l);
	c = fx_codes(&l);
	dlg_issues_clear(&l);
	return c;
}

/* The text of the issue with code in the guard's list, or "". */
static void
check_text_on(const struct dialogue *d, enum dlg_state to, const char *day,
    const char *code, const char *want1, const char *want2)
{
	struct dlg_issues l = { 0 };
	size_t i;
	int found = 0;

	dlg_guard(d, to, NULL, NULL, fx_day(day), &l);
	for (i = 0; i < l.n; i++)
		if (strcmp(l.v[i].code, code) == 0) {
			found = 1;
			CHECK(strstr(l.v[i].text, want1) != NULL);
			CHECK(strstr(l.v[i].text, want2) != NULL);
		}
	CHECK(found);
	dlg_issues_clear(&l);
}

static void
decision_dated_in_the_future_is_a_missing_item(void)
{
	struct dialogue *d = fx_at(DLG_PROPOSED);
	char *codes;

	fx_fill(d, DLG_DECIDED);	/* decision date 2026-02-10 */
	codes = codes_on(d, DLG_DECIDED, "2026-02-09");
	CHECK_STR(codes, "future_decision_date");
	free(codes);
	check_text_on(d, DLG_DECIDED, "2026-02-09", "future_decision_date",
	    "Decision date 2026-02-10", "2026-02-09");
	codes = codes_on(d, DLG_DECIDED, "2026-02-10");	/* today counts */
	CHECK_STR(codes, "");
	free(codes);
	dlg_free(d);
}

static void
report_needs_a_held_session_and_past_dates(void)
{
	struct dialogue *d = fx_at(DLG_RUNNING);
	char *codes;

	fx_fill(d, DLG_REPORTED);	/* session 2026-03-15, result 04-02,
					   report 04-10 */
	codes = codes_on(d, DLG_REPORTED, "2026-03-14");
	CHECK_STR(codes, "future_report_date,future_result_date,"
	    "future_session");
	free(codes);
	check_text_on(d, DLG_REPORTED, "2026-03-14", "future_report_date",
	    "Report date 2026-04-10", "2026-03-14");
	check_text_on(d, DLG_REPORTED, "2026-03-14", "future_session",
	    "session", "2026-03-14");
	codes = codes_on(d, DLG_REPORTED, "2026-04-05");
	CHECK_STR(codes, "future_report_date");
	free(codes);
	codes = codes_on(d, DLG_REPORTED, "2026-04-10");
	CHECK_STR(codes, "");
	free(codes);
	dlg_free(d);
}

static void
loaded_sessions_count_only_when_held(void)
{
	struct dialogue *d = fx_at(DLG_RUNNING);
	char *codes;

	fx_fill(d, DLG_REPORTED);
	fx_set(d, F_RESULT_DATE, "");
	fx_set(d, F_REPORT_DATE, "2026-03-01");
	d->nsessions = 2;
	d->sessions = xcalloc(2, sizeof *d->sessions);
	d->sessions[0].date = xstrdup("2026-05-01");
	d->sessions[1].date = xstrdup("2026-06-01");
	d->n_sessions = 2;
	free(d->last_session);
	d->last_session = xstrdup("2026-06-01");
	codes = codes_on(d, DLG_REPORTED, "2026-04-30");
	CHECK_STR(codes, "future_session");
	free(codes);
	codes = codes_on(d, DLG_REPORTED, "2026-05-01");
	CHECK_STR(codes, "");
	free(codes);
	dlg_free(d);
}

static void
feedback_dated_in_the_future_is_not_given(void)
{
	struct dialogue *d = fx_at(DLG_REPORTED);
	char *codes;

	add_feedback(d);	/* 2026-04-20 */
	codes = codes_on(d, DLG_FED_BACK, "2026-04-19");
	CHECK_STR(codes, "future_feedback");
	free(codes);
	check_text_on(d, DLG_FED_BACK, "2026-04-19", "future_feedback",
	    "feedback", "2026-04-19");
	codes = codes_on(d, DLG_FED_BACK, "2026-04-20");
	CHECK_STR(codes, "");
	free(codes);
	dlg_free(d);
}

static void
cancel_before_the_first_session_needs_only_reason(void)
{
	struct dialogue *d = fx_at(DLG_RUNNING);
	struct dlg_issues l = { 0 };
	char *codes;

	d->n_sessions = 1;
	d->last_session = xstrdup("2026-06-01");	/* still to come */
	dlg_guard(d, DLG_CANCELLED, "Budgeten drogs in", NULL,
	    fx_day("2026-05-04"), &l);
	codes = fx_codes(&l);
	CHECK_STR(codes, "");
	free(codes);
	dlg_issues_clear(&l);
	codes = codes_on(d, DLG_CANCELLED, "2026-06-01");
	CHECK_STR(codes, "missing_reason,missing_result_or_reason");
	free(codes);
	dlg_free(d);
}

static void
evaluation_dated_in_the_future_is_a_missing_item(void)
{
	struct dialogue *d = fx_at(DLG_FED_BACK);
	char *codes;

	fx_fill(d, DLG_EVALUATED);	/* 2026-09-01 */
	codes = codes_on(d, DLG_EVALUATED, "2026-08-31");
	CHECK_STR(codes, "future_evaluation_date");
	free(codes);
	check_text_on(d, DLG_EVALUATED, "2026-08-31",
	    "future_evaluation_date", "Evaluation date 2026-09-01",
	    "2026-08-31");
	dlg_free(d);
}

static void
evaluate_lists_every_missing_item_then_accepts(void)
{
	static const struct supply items[] = {
		{ "missing_evaluation_date", F_EVALUATION_DATE, "2026-09-01",
		    NULL },
		{ "missing_influence", F_INFLUENCE, "unknown", NULL },
		{ "missing_goals_met", F_GOALS_MET, "Delvis.", NULL },
	};
	struct dialogue *d = fx_at(DLG_FED_BACK);

	supply_each(d, DLG_EVALUATED, items, N(items), NULL);
	dlg_free(d);
}

/* A move of kind that needs a reason: refused without one (NULL or
 * blank), then allowed with one, which is kept in state_reason. */
static void
needs_reason(enum dlg_state from, enum dlg_state to)
{
	struct dialogue *d = fx_at(from == DLG_REJECTED ? DLG_PROPOSED : from);
	struct dlg_issues missing = { 0 };
	struct dlg_error err = { 0 };
	char *codes;

	if (from == DLG_REJECTED) {
		CHECK(dlg_transition(d, DLG_REJECTED, "Inget behov", NULL,
		    fx_today(), &missing, &err) == 0);
		dlg_issues_clear(&missing);
		dlg_put(d, F_STATE_REASON, NULL);
	}
	codes = fx_guard_codes(d, to, NULL, NULL);
	CHECK_STR(codes, "missing_reason");
	free(codes);
	codes = fx_guard_codes(d, to, "  \n ", NULL);
	CHECK_STR(codes, "missing_reason");
	free(codes);
	CHECK(dlg_transition(d, to, NULL, NULL, fx_today(), &missing,
	    &err) == -1);
	CHECK(d->state == from);
	CHECK(dlg_get(d, F_STATE_REASON) == NULL);
	dlg_issues_clear(&missing);
	CHECK(dlg_transition(d, to, " Nytt beslut behövs ", NULL, fx_today(),
	    &missing, &err) == 0);
	CHECK(d->state == to);
	/* A text of several lines: kept as written, blanks and all. */
	CHECK_STR(dlg_get(d, F_STATE_REASON), " Nytt beslut behövs ");
	dlg_issues_clear(&missing);
	dlg_free(d);
}

static void
step_back_needs_reason(void)
{
	enum dlg_state s;

	for (s = DLG_DECIDED; s <= DLG_EVALUATED; s++)
		needs_reason(s, (enum dlg_state)(s - 1));
}

static void
reject_needs_reason(void)
{
	needs_reason(DLG_PROPOSED, DLG_REJECTED);
}

static void
reopen_after_rejection_needs_reason(void)
{
	needs_reason(DLG_REJECTED, DLG_PROPOSED);
}

static void
cancel_needs_reason(void)
{
	needs_reason(DLG_DECIDED, DLG_CANCELLED);
	needs_reason(DLG_PLANNED, DLG_CANCELLED);
	needs_reason(DLG_RUNNING, DLG_CANCELLED);
}

static void
cancel_after_sessions_needs_result_and_report_or_reason(void)
{
	struct dialogue *d = fx_at(DLG_RUNNING);
	char *codes;

	d->n_sessions = 2;
	codes = fx_guard_codes(d, DLG_CANCELLED, NULL, NULL);
	CHECK_STR(codes, "missing_reason,missing_result_or_reason");
	free(codes);
	codes = fx_guard_codes(d, DLG_CANCELLED, "Budgeten drogs in", NULL);
	CHECK_STR(codes, "missing_result_or_reason");
	free(codes);
	fx_set(d, F_RESULT_SUMMARY, "Det som hann komma in.");
	codes = fx_guard_codes(d, DLG_CANCELLED, "Budgeten drogs in", NULL);
	CHECK_STR(codes, "missing_result_or_reason");
	free(codes);
	fx_set(d, F_REPORT_REFERENCE, "KS 2026/0123");
	codes = fx_guard_codes(d, DLG_CANCELLED, "Budgeten drogs in", NULL);
	CHECK_STR(codes, "");
	free(codes);
	/* Or a reason why the result was not reported. */
	fx_set(d, F_RESULT_SUMMARY, "");
	fx_set(d, F_REPORT_REFERENCE, "");
	fx_set(d, F_NOT_REPORTED_REASON, "Bara två deltagare kom.");
	codes = fx_guard_codes(d, DLG_CANCELLED, "Budgeten drogs in", NULL);
	CHECK_STR(codes, "");
	free(codes);
	dlg_free(d);
}

static void
cancel_without_sessions_needs_only_reason(void)
{
	struct dialogue *d = fx_at(DLG_PLANNED);
	char *codes;

	codes = fx_guard_codes(d, DLG_CANCELLED, "Frågan avgjordes", NULL);
	CHECK_STR(codes, "");
	free(codes);
	dlg_free(d);
}

static void
moves_follow_the_lifecycle_only(void)
{
	int from, to, forward = 0, back = 0, reject = 0, cancel = 0;
	enum dlg_move k;

	for (from = 0; from < DLG_NSTATES; from++)
		for (to = 0; to < DLG_NSTATES; to++) {
			k = dlg_move_kind((enum dlg_state)from,
			    (enum dlg_state)to);
			forward += k == DLG_MOVE_FORWARD;
			back += k == DLG_MOVE_BACK;
			reject += k == DLG_MOVE_REJECT;
			cancel += k == DLG_MOVE_CANCEL;
		}
	CHECK(forward == 6);	/* proposed .. evaluated */
	CHECK(back == 7);	/* six back steps and the reopen */
	CHECK(reject == 1);
	CHECK(cancel == 3);
	CHECK(dlg_move_kind(DLG_PROPOSED, DLG_DECIDED) == DLG_MOVE_FORWARD);
	CHECK(dlg_move_kind(DLG_FED_BACK, DLG_EVALUATED) == DLG_MOVE_FORWARD);
	CHECK(dlg_move_kind(DLG_REJECTED, DLG_PROPOSED) == DLG_MOVE_BACK);
	CHECK(dlg_move_kind(DLG_PROPOSED, DLG_REJECTED) == DLG_MOVE_REJECT);
	CHECK(dlg_move_kind(DLG_RUNNING, DLG_CANCELLED) == DLG_MOVE_CANCEL);
	CHECK(dlg_move_kind(DLG_PROPOSED, DLG_PLANNED) == DLG_MOVE_NONE);
	CHECK(dlg_move_kind(DLG_PROPOSED, DLG_CANCELLED) == DLG_MOVE_NONE);
	CHECK(dlg_move_kind(DLG_REPORTED, DLG_CANCELLED) == DLG_MOVE_NONE);
	CHECK(dlg_move_kind(DLG_CANCELLED, DLG_RUNNING) == DLG_MOVE_NONE);
	CHECK(dlg_move_kind(DLG_DECIDED, DLG_REJECTED) == DLG_MOVE_NONE);
	CHECK(dlg_move_kind(DLG_PLANNED, DLG_PLANNED) == DLG_MOVE_NONE);
	CHECK(dlg_next_state(DLG_PROPOSED) == DLG_DECIDED);
	CHECK(dlg_next_state(DLG_FED_BACK) == DLG_EVALUATED);
	CHECK(dlg_next_state(DLG_EVALUATED) == -1);
	CHECK(dlg_next_state(DLG_REJECTED) == -1);
	CHECK(dlg_next_state(DLG_CANCELLED) == -1);
}

static void
move_not_allowed_is_refused_with_one_item(void)
{
	struct dialogue *d = fx_at(DLG_PROPOSED);
	struct dlg_issues missing = { 0 };
	struct dlg_error err = { 0 };
	char *codes;

	codes = fx_guard_codes(d, DLG_RUNNING, "hoppa", NULL);
	CHECK_STR(codes, "move_not_allowed");
	free(codes);
	CHECK(dlg_transition(d, DLG_RUNNING, "hoppa", NULL, fx_today(),
	    &missing, &err) == -1);
	CHECK(err.code == ERR_REFUSED);
	CHECK(strstr(err.msg, "Running") != NULL);
	CHECK(d->state == DLG_PROPOSED);
	dlg_issues_clear(&missing);
	dlg_free(d);
}

static void
refused_transition_leaves_dialogue_unchanged(void)
{
	struct dialogue *d = fx_at(DLG_DECIDED);
	struct dlg_issues missing = { 0 };
	struct dlg_error err = { 0 };

	CHECK(dlg_transition(d, DLG_PLANNED, NULL, NULL, fx_today(), &missing,
	    &err) == -1);
	CHECK(d->state == DLG_DECIDED);
	CHECK(dlg_get(d, F_STATE_REASON) == NULL);
	CHECK(missing.n == 17);
	CHECK(strstr(err.msg, "17 items") != NULL);
	dlg_issues_clear(&missing);
	dlg_free(d);
}

static void
guard_items_name_field_and_rule(void)
{
	struct dialogue *d = fx_at(DLG_PROPOSED);
	struct dlg_issues missing = { 0 };
	size_t i;

	dlg_guard(d, DLG_DECIDED, NULL, NULL, fx_today(), &missing);
	for (i = 0; i < missing.n; i++) {
		CHECK(missing.v[i].field >= 0 &&
		    missing.v[i].field < DLG_NFIELDS);
		CHECK(missing.v[i].text != NULL &&
		    missing.v[i].text[0] != '\0');
	}
	for (i = 0; i < missing.n; i++)
		if (strcmp(missing.v[i].code, "missing_purpose") == 0) {
			CHECK_STR(missing.v[i].text,
			    "Purpose is missing [T4][S:Checklista].");
			CHECK(missing.v[i].field == F_PURPOSE);
		}
	CHECK(dlg_issues_has(&missing, "missing_purpose"));
	dlg_issues_clear(&missing);
	dlg_free(d);
}

static void
level_change_after_start_needs_reason(void)
{
	struct dialogue *d;
	enum dlg_state s;

	for (s = DLG_PROPOSED; s <= DLG_EVALUATED; s++) {
		d = fx_at(s);
		CHECK(dlg_field_needs_reason(d, F_LEVEL) ==
		    (s >= DLG_RUNNING));
		CHECK(!dlg_field_needs_reason(d, F_TITLE));
		CHECK(!dlg_field_needs_reason(d, F_METHODS));
		dlg_free(d);
	}
}

static void
level_change_after_start_is_refused_without_reason(void)
{
	struct dialogue *d = fx_at(DLG_RUNNING);
	const struct dlg_methods *m = fx_methods();
	struct dlg_error err = { 0 };

	CHECK(dlg_set_field_reason(d, F_LEVEL, "dialogue", NULL, m,
	    &err) == -1);
	CHECK(err.code == ERR_REFUSED);
	CHECK(strstr(err.msg, "Participation level is fixed") != NULL);
	CHECK(dlg_set_field_reason(d, F_LEVEL, "dialogue", " ", m,
	    &err) == -1);
	CHECK(dlg_set_field_reason(d, F_LEVEL, "dialogue", "x\x1b", m,
	    &err) == -1);
	CHECK_STR(dlg_get(d, F_LEVEL), "consultation");
	CHECK(dlg_get(d, F_LEVEL_CHANGE_REASON) == NULL);
	/* The same level again is no change. */
	CHECK(dlg_set_field_reason(d, F_LEVEL, "Konsultation", NULL, m,
	    &err) == 0);
	CHECK(dlg_get(d, F_LEVEL_CHANGE_REASON) == NULL);
	CHECK(dlg_set_field_reason(d, F_LEVEL, "3", " Fler deltagare ", m,
	    &err) == 0);
	CHECK_STR(dlg_get(d, F_LEVEL), "dialogue");
	CHECK_STR(dlg_get(d, F_LEVEL_CHANGE_REASON), " Fler deltagare ");
	/* Other fields and earlier states need none. */
	CHECK(dlg_set_field_reason(d, F_TITLE, "Ny rubrik", NULL, m,
	    &err) == 0);
	dlg_free(d);
	d = fx_at(DLG_PLANNED);
	CHECK(dlg_set_field_reason(d, F_LEVEL, "dialogue", NULL, m,
	    &err) == 0);
	CHECK(dlg_get(d, F_LEVEL_CHANGE_REASON) == NULL);
	dlg_free(d);
}

/* Every item a guard raises is a row of the rules table, under every
 * policy: an empty dialogue in each state, checked for each step. */
static void
every_guard_item_is_a_rule(void)
{
	struct dlg_settings s;
	struct dlg_issues l = { 0 };
	struct dialogue *d = dlg_new();
	int p, st;
	size_t i;

	dlg_settings_default(&s);
	for (p = 0; p < DLG_NPOLICIES; p++) {
		s.policy = p;
		for (st = DLG_PROPOSED; st < DLG_NSTATES; st++) {
			if (st == DLG_REJECTED)
				continue;
			dlg_step_guard(d, (enum dlg_state)st, &s, fx_today(),
			    &l);
			dlg_step_advice(d, (enum dlg_state)st, &s, fx_today(),
			    &l);
			for (i = 0; i < l.n; i++)
				if (dlg_rule_find(l.v[i].code, st) == NULL) {
					fprintf(stderr, "  %s at %d has no "
					    "rule\n", l.v[i].code, st);
					CHECK(0);
				}
			dlg_issues_clear(&l);
		}
	}
	/* Every row cites a policy or is the register's own, and each
	 * part that applies has its reference. */
	for (i = 0; i < dlg_nrules; i++) {
		CHECK(dlg_rules[i].what != NULL);
		for (p = 0; p < 2; p++)
			if (dlg_rules[i].by[p].words != NULL)
				CHECK(dlg_rules[i].by[p].ref != NULL);
	}
	dlg_settings_clear(&s);
	dlg_free(d);
}

/* The same dialogue under each policy: Tjörn does not ask for a budget,
 * Sollentuna does; Sollentuna's "bör" on responsibilities is a warning,
 * never a refusal; each cites only its own policy. */
static void
each_policy_guards_its_own_rules(void)
{
	struct dialogue *d = fx_at(DLG_DECIDED);
	struct dlg_issues l = { 0 };
	struct dlg_settings s;
	char *codes;
	size_t i;

	dlg_settings_default(&s);
	fx_set(d, F_BUDGET, "");
	fx_fill(d, DLG_PLANNED);
	dlg_put(d, F_BUDGET, NULL);
	dlg_put(d, F_RESPONSIBILITIES, NULL);
	s.policy = DLG_POLICY_TJORN;
	codes = fx_guard_codes(d, DLG_PLANNED, NULL, &s);
	CHECK_STR(codes, "");
	free(codes);
	s.policy = DLG_POLICY_SOLLENTUNA;
	codes = fx_guard_codes(d, DLG_PLANNED, NULL, &s);
	CHECK_STR(codes, "missing_budget");
	free(codes);
	dlg_step_advice(d, DLG_PLANNED, &s, fx_today(), &l);
	CHECK(dlg_issues_has(&l, "missing_responsibilities"));
	for (i = 0; i < l.n; i++)
		CHECK(strstr(l.v[i].text, "[T") == NULL);
	dlg_issues_clear(&l);
	s.policy = DLG_POLICY_TJORN;
	dlg_put(d, F_PURPOSE, NULL);
	d->state = DLG_PROPOSED;
	dlg_guard(d, DLG_DECIDED, NULL, &s, fx_today(), &l);
	CHECK(dlg_issues_has(&l, "missing_purpose"));
	for (i = 0; i < l.n; i++)
		CHECK(strstr(l.v[i].text, "[S:") == NULL);
	dlg_issues_clear(&l);
	dlg_settings_clear(&s);
	dlg_free(d);
}

/* Level Information with gate 2 yes: Tjörn refuses the decision unless
 * a reason is given with the step [T4]; Sollentuna warns [S:Metod]. */
static void
information_with_gate_2_yes_needs_a_reason_under_tjorn(void)
{
	struct dialogue *d = fx_at(DLG_PROPOSED);
	struct dlg_issues l = { 0 };
	struct dlg_settings s;
	char *codes;

	dlg_settings_default(&s);
	fx_fill(d, DLG_DECIDED);
	fx_set(d, F_LEVEL, "information");
	s.policy = DLG_POLICY_TJORN;
	codes = fx_guard_codes(d, DLG_DECIDED, NULL, &s);
	CHECK_STR(codes, "information_but_open");
	free(codes);
	codes = fx_guard_codes(d, DLG_DECIDED, "Beslutet är redan fattat.",
	    &s);
	CHECK_STR(codes, "");
	free(codes);
	s.policy = DLG_POLICY_SOLLENTUNA;
	codes = fx_guard_codes(d, DLG_DECIDED, NULL, &s);
	CHECK_STR(codes, "");
	free(codes);
	dlg_warnings(d, &s, fx_today(), &l);
	CHECK(dlg_issues_has(&l, "information_but_open"));
	dlg_issues_clear(&l);
	dlg_settings_clear(&s);
	dlg_free(d);
}

/* The policy's word: Tjörn says invånardialog [T2.1]. */
static void
words_follow_the_policy(void)
{
	struct dlg_settings s;
	char *w;

	dlg_settings_default(&s);
	s.policy = DLG_POLICY_TJORN;
	w = dlg_words(&s, "Medborgardialog är en medborgardialog "
	    "[S:Metod][T4].");
	CHECK_STR(w, "Invånardialog är en invånardialog [T4].");
	free(w);
	s.policy = DLG_POLICY_SOLLENTUNA;
	w = dlg_words(&s, "ingen medborgardialog [T2.3][S:Definition].");
	CHECK_STR(w, "ingen medborgardialog [S:Definition].");
	free(w);
	dlg_settings_clear(&s);
}


/*
 * The step's own guard (dlg_step_guard) is what a forward move asks, on
 * an empty dialogue and on one ready for the step, whatever state the
 * dialogue is in; registration is the guard of a proposed dialogue.
 */
static void
step_guard_is_the_guard_of_a_forward_step(void)
{
	struct dlg_issues l = { 0 };
	struct dialogue *d, *empty;
	char *want, *got;
	int st;

	for (st = DLG_PROPOSED; st <= DLG_EVALUATED; st++) {
		empty = dlg_new();
		empty->state = st > DLG_PROPOSED ? (enum dlg_state)(st - 1) :
		    DLG_PROPOSED;
		d = st > DLG_PROPOSED ? fx_at((enum dlg_state)(st - 1)) :
		    dlg_new();
		want = fx_guard_codes(empty, (enum dlg_state)st, NULL, NULL);
		dlg_step_guard(empty, (enum dlg_state)st, NULL, fx_today(),
		    &l);
		got = fx_codes(&l);
		CHECK_STR(got, want);
		CHECK(l.n > 0);
		dlg_issues_clear(&l);
		free(want);
		free(got);
		/* Asked of a dialogue in another state: the same items. */
		empty->state = DLG_EVALUATED;
		dlg_step_guard(empty, (enum dlg_state)st, NULL, fx_today(),
		    &l);
		CHECK(l.n > 0);
		dlg_issues_clear(&l);
		fx_fill(d, (enum dlg_state)st);
		dlg_step_guard(d, (enum dlg_state)st, NULL, fx_today(), &l);
		CHECK(l.n == 0);
		dlg_issues_clear(&l);
		dlg_free(empty);
		dlg_free(d);
	}
	/* Closed states have no step guard of their own. */
	empty = dlg_new();
	dlg_step_guard(empty, DLG_REJECTED, NULL, fx_today(), &l);
	dlg_step_guard(empty, DLG_CANCELLED, NULL, fx_today(), &l);
	CHECK(l.n == 0);
	dlg_free(empty);
}

static const struct check_test tests[] = {
	{ "register_needs_title_question_initiator_and_body",
	    register_needs_title_question_initiator_and_body },
	{ "decide_lists_every_missing_item_then_accepts",
	    decide_lists_every_missing_item_then_accepts },
	{ "decide_needs_council_when_two_committees",
	    decide_needs_council_when_two_committees },
	{ "decide_accepts_the_one_body_concerned_only",
	    decide_accepts_the_one_body_concerned_only },
	{ "decide_by_first_body_when_council_rule_off",
	    decide_by_first_body_when_council_rule_off },
	{ "deciding_body_takes_the_council_name_setting",
	    deciding_body_takes_the_council_name_setting },
	{ "decide_without_bodies_names_both_gaps",
	    decide_without_bodies_names_both_gaps },
	{ "decide_refuses_a_gate_answered_no",
	    decide_refuses_a_gate_answered_no },
	{ "plan_lists_every_missing_item_then_accepts",
	    plan_lists_every_missing_item_then_accepts },
	{ "plan_refuses_start_after_end", plan_refuses_start_after_end },
	{ "plan_refuses_end_on_or_after_deadline",
	    plan_refuses_end_on_or_after_deadline },
	{ "start_lists_every_missing_item_then_accepts",
	    start_lists_every_missing_item_then_accepts },
	{ "report_lists_every_missing_item_then_accepts",
	    report_lists_every_missing_item_then_accepts },
	{ "feed_back_needs_feedback_then_accepts",
	    feed_back_needs_feedback_then_accepts },
	{ "feed_back_ignores_incomplete_feedback",
	    feed_back_ignores_incomplete_feedback },
	{ "decision_dated_in_the_future_is_a_missing_item",
	    decision_dated_in_the_future_is_a_missing_item },
	{ "report_needs_a_held_session_and_past_dates",
	    report_needs_a_held_session_and_past_dates },
	{ "loaded_sessions_count_only_when_held",
	    loaded_sessions_count_only_when_held },
	{ "feedback_dated_in_the_future_is_not_given",
	    feedback_dated_in_the_future_is_not_given },
	{ "evaluation_dated_in_the_future_is_a_missing_item",
	    evaluation_dated_in_the_future_is_a_missing_item },
	{ "cancel_before_the_first_session_needs_only_reason",
	    cancel_before_the_first_session_needs_only_reason },
	{ "evaluate_lists_every_missing_item_then_accepts",
	    evaluate_lists_every_missing_item_then_accepts },
	{ "step_back_needs_reason", step_back_needs_reason },
	{ "reject_needs_reason", reject_needs_reason },
	{ "reopen_after_rejection_needs_reason",
	    reopen_after_rejection_needs_reason },
	{ "cancel_needs_reason", cancel_needs_reason },
	{ "cancel_after_sessions_needs_result_and_report_or_reason",
	    cancel_after_sessions_needs_result_and_report_or_reason },
	{ "cancel_without_sessions_needs_only_reason",
	    cancel_without_sessions_needs_only_reason },
	{ "moves_follow_the_lifecycle_only", moves_follow_the_lifecycle_only },
	{ "move_not_allowed_is_refused_with_one_item",
	    move_not_allowed_is_refused_with_one_item },
	{ "refused_transition_leaves_dialogue_unchanged",
	    refused_transition_leaves_dialogue_unchanged },
	{ "guard_items_name_field_and_rule", guard_items_name_field_and_rule },
	{ "level_change_after_start_needs_reason",
	    level_change_after_start_needs_reason },
	{ "level_change_after_start_is_refused_without_reason",
	    level_change_after_start_is_refused_without_reason },
	{ "every_guard_item_is_a_rule", every_guard_item_is_a_rule },
	{ "each_policy_guards_its_own_rules",
	    each_policy_guards_its_own_rules },
	{ "information_with_gate_2_yes_needs_a_reason_under_tjorn",
	    information_with_gate_2_yes_needs_a_reason_under_tjorn },
	{ "words_follow_the_policy", words_follow_the_policy },
	{ "step_guard_is_the_guard_of_a_forward_step",
	    step_guard_is_the_guard_of_a_forward_step },
	{ NULL, NULL },
};

int
main(int argc, char **argv)
{
	return check_main(tests, argc, argv);
}
