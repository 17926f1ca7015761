/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * lifecycle.c: the moves between states, the guard of each state (every
 * missing item at once, each a whole sentence naming the field and the
 * policy rule), the transition itself, the deciding body [T5] and the
 * rule that the level is fixed once the dialogue runs [S:Principer].
 * Each check raises its item through dom_rule(), which asks the rules
 * table (rules.c) whether the register's policy makes it a guard, a
 * warning or nothing, and cites the policy.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dialogue.h"
#include "i18n.h"
#include "internal.h"

/* The default council when no settings are given. */
static const char default_council[] = "Kommunfullmäktige";

enum dlg_move
dlg_move_kind(enum dlg_state from, enum dlg_state to)
{
	if (from <= DLG_FED_BACK && to == from + 1)
		return DLG_MOVE_FORWARD;
	if (from >= DLG_DECIDED && from <= DLG_EVALUATED && to == from - 1)
		return DLG_MOVE_BACK;
	if (from == DLG_REJECTED && to == DLG_PROPOSED)	/* reopen */
		return DLG_MOVE_BACK;
	if (from == DLG_PROPOSED && to == DLG_REJECTED)
		return DLG_MOVE_REJECT;
	if ((from == DLG_DECIDED || from == DLG_PLANNED ||
	    from == DLG_RUNNING) && to == DLG_CANCELLED)
		return DLG_MOVE_CANCEL;
	return DLG_MOVE_NONE;
}

int
dlg_next_state(enum dlg_state s)
{
	return s < DLG_EVALUATED ? (int)s + 1 : -1;
}

const char *
dlg_deciding_body(const struct dialogue *d, const struct dlg_settings *s)
{
	const struct dlg_items *b = dlg_list(d, F_BODIES);
	int rule = dlg_council_rule(s);
	const char *council = s != NULL && s->council_name != NULL &&
	    s->council_name[0] != '\0' ? s->council_name : default_council;

	if (b->n == 0)
		return NULL;
	if (b->n == 1 || !rule)
		return b->v[0].name;
	return council;		/* [T5] several bodies: the council decides */
}

static int
empty(const struct dialogue *d, enum dlg_field f)
{
	if (f >= DLG_NSCALARS)
		return dlg_list(d, f)->n == 0;
	return dlg_get(d, f) == NULL;
}

static int
is(const struct dialogue *d, enum dlg_field f, const char *token)
{
	const char *v = dlg_get(d, f);

	return v != NULL && strcmp(v, token) == 0;
}

long long
dlg_sessions_held(const struct dialogue *d)
{
	return d->n_sessions > (long long)d->nsessions ? d->n_sessions :
	    (long long)d->nsessions;
}

/* 1 when the canonical date is after today ("YYYY-MM-DD" strings compare
 * as dates). */
static int
after(const char *date, const char *today)
{
	return date != NULL && strcmp(date, today) > 0;
}

/* Sessions held as of today: loaded sessions dated today or earlier; from
 * a light load the count, unless even the latest session is still to
 * come. */
static long long
sessions_held_by(const struct dialogue *d, const char *today)
{
	long long n = 0;
	size_t i;

	if (d->nsessions == 0)
		return d->n_sessions > 0 && !after(d->last_session, today) ?
		    d->n_sessions : 0;
	for (i = 0; i < d->nsessions; i++)
		if (d->sessions[i].date != NULL &&
		    !after(d->sessions[i].date, today))
			n++;
	return n;
}

/* Feedback that counts: complete records dated today or earlier when
 * loaded, else the count unless even the first feedback is still to
 * come. */
static long long
feedback_given(const struct dialogue *d, const char *today)
{
	long long n = 0;
	size_t i;

	if (d->nfeedback == 0)
		return d->n_feedback > 0 && !after(d->first_feedback, today) ?
		    d->n_feedback : 0;
	for (i = 0; i < d->nfeedback; i++)
		if (d->feedback[i].date != NULL && d->feedback[i].date[0] &&
		    !after(d->feedback[i].date, today) &&
		    d->feedback[i].channels != NULL &&
		    d->feedback[i].channels[0] &&
		    d->feedback[i].text != NULL && d->feedback[i].text[0])
			n++;
	return n;
}

/* 1 when s holds more than white space. */
static int
has_text(const char *s)
{
	char *t;
	int given;

	if (s == NULL)
		return 0;
	t = dom_trim(s);
	given = *t != '\0';
	free(t);
	return given;
}

/* A date field that says something happened must not be after today. */
static void
not_future(const struct dialogue *d, enum dlg_field f, const char *code,
    const char *today, const struct dom_rules *rc)
{
	const char *v = dlg_get(d, f);

	if (after(v, today))
		dom_rule(rc, code, f,
		    /* TRANSLATORS: %1$s is a field label ("Report date"),
		       %2$s its date, %3$s today's date. */
		    _("%s %s is in the future (today is %s): record it once "
		    "it has happened."), _(dlg_fields[f].label), v, today);
}

static void
guard_proposed(const struct dialogue *d, const struct dom_rules *rc)
{
	if (empty(d, F_TITLE))
		dom_rule(rc, "missing_title", F_TITLE, "%s",
		    _("Title is missing."));
	if (empty(d, F_QUESTION))
		dom_rule(rc, "missing_question", F_QUESTION, "%s",
		    _("Question is missing: say what residents are asked."));
	if (empty(d, F_INITIATED_BY))
		dom_rule(rc, "missing_initiated_by", F_INITIATED_BY, "%s",
		    _("Initiated by is missing: name the official or "
		    "politician who initiated the dialogue."));
	if (empty(d, F_BODIES))
		dom_rule(rc, "missing_bodies", F_BODIES, "%s",
		    _("No body concerned is listed: name at least one "
		    "committee, drafting committee or board."));
}

static void
guard_decision_body(const struct dialogue *d, const struct dlg_settings *s,
    const struct dom_rules *rc)
{
	const char *want = dlg_deciding_body(d, s);
	const char *got = dlg_get(d, F_DECISION_BODY);
	size_t nbodies = dlg_list(d, F_BODIES)->n;
	char ex[256];

	if (want == NULL)
		dom_rule(rc, "missing_bodies", F_BODIES, "%s",
		    _("No body concerned is listed, so the deciding body is "
		    "not known: name at least one body concerned."));
	if (got == NULL) {
		if (want != NULL)
			dom_rule(rc, "missing_decision_body",
			    F_DECISION_BODY, _("Decided by is missing: the "
			    "decision to hold the dialogue must be taken by "
			    "%s."), want);
		else
			dom_rule(rc, "missing_decision_body",
			    F_DECISION_BODY, "%s", _("Decided by is missing: "
			    "record the body that decided to hold the "
			    "dialogue."));
		return;
	}
	if (want == NULL || dom_eqfold(got, want))
		return;
	dom_excerpt(ex, sizeof ex, got, 60);
	if (nbodies == 1)
		dom_rule(rc, "wrong_decision_body", F_DECISION_BODY,
		    _("The decision must be taken by %s, the one body "
		    "concerned, not by '%s'."), want, ex);
	else if (dlg_council_rule(s))
		dom_rule(rc, "wrong_decision_body", F_DECISION_BODY,
		    _("The decision must be taken by %s, the deciding body "
		    "when several bodies are concerned, not by '%s'."),
		    want, ex);
	else
		dom_rule(rc, "wrong_decision_body", F_DECISION_BODY,
		    _("The decision must be taken by %s, the first body "
		    "concerned, not by '%s'."), want, ex);
}

static void
guard_decided(const struct dialogue *d, const struct dlg_settings *s,
    const char *today, const struct dom_rules *rc)
{
	guard_decision_body(d, s, rc);
	if (empty(d, F_DECISION_DATE))
		dom_rule(rc, "missing_decision_date", F_DECISION_DATE,
		    "%s", _("Decision date is missing."));
	not_future(d, F_DECISION_DATE, "future_decision_date", today, rc);
	if (empty(d, F_DECISION_PARAGRAPH))
		dom_rule(rc, "missing_decision_paragraph",
		    F_DECISION_PARAGRAPH, "%s",
		    _("Decision paragraph is missing."));
	if (empty(d, F_NEED_VIEWS))
		dom_rule(rc, "missing_need_views", F_NEED_VIEWS, "%s",
		    _("Gate 1 is not answered: do the politicians need "
		    "residents' views to decide well?"));
	else if (!is(d, F_NEED_VIEWS, "yes"))
		dom_rule(rc, "need_views_no", F_NEED_VIEWS, "%s",
		    _("Gate 1 is answered no: without a need for residents' "
		    "views this is not a citizen dialogue."));
	if (empty(d, F_NEED_VIEWS_BY))
		dom_rule(rc, "missing_need_views_by", F_NEED_VIEWS_BY,
		    "%s", _("Gate 1 answered by is missing: name the body "
		    "that answered."));
	if (empty(d, F_NEED_VIEWS_DATE))
		dom_rule(rc, "missing_need_views_date", F_NEED_VIEWS_DATE,
		    "%s", _("Gate 1 answered on is missing: give the date of "
		    "the answer."));
	if (empty(d, F_OPEN_TO_INFLUENCE))
		dom_rule(rc, "missing_open_to_influence",
		    F_OPEN_TO_INFLUENCE, "%s", _("Gate 2 is not answered: is "
		    "the question still open to influence?"));
	else if (!is(d, F_OPEN_TO_INFLUENCE, "yes"))
		dom_rule(rc, "open_to_influence_no", F_OPEN_TO_INFLUENCE,
		    "%s", _("Gate 2 is answered no: a question that can no "
		    "longer be influenced is not a citizen dialogue."));
	if (empty(d, F_OPEN_TO_INFLUENCE_BY))
		dom_rule(rc, "missing_open_to_influence_by",
		    F_OPEN_TO_INFLUENCE_BY, "%s", _("Gate 2 answered by is "
		    "missing: name the body that answered."));
	if (empty(d, F_OPEN_TO_INFLUENCE_DATE))
		dom_rule(rc, "missing_open_to_influence_date",
		    F_OPEN_TO_INFLUENCE_DATE, "%s", _("Gate 2 answered on is "
		    "missing: give the date of the answer."));
	if (empty(d, F_PURPOSE))
		dom_rule(rc, "missing_purpose", F_PURPOSE, "%s",
		    _("Purpose is missing."));
	if (empty(d, F_LEVEL))
		dom_rule(rc, "missing_level", F_LEVEL, "%s",
		    _("Participation level is missing: choose a step of the "
		    "participation ladder."));
	/* Residents can influence, yet would only be informed: a reason
	 * given with the step overrides a guard, and stays in the
	 * history with the step. */
	if (dlg_level_from_token(dlg_get(d, F_LEVEL)) ==
	    DLG_LEVEL_INFORMATION && is(d, F_OPEN_TO_INFLUENCE, "yes") &&
	    !has_text(rc->reason))
		dom_rule(rc, "information_but_open", F_LEVEL, "%s",
		    _("Level Information contradicts gate 2: the question is "
		    "open to influence, yet residents would only be informed. "
		    "Choose the step of the ladder residents get, or give the "
		    "reason for Information with the step."));
}

/*
 * [T4][S:Metod] methods are chosen for the target groups they are to
 * reach: each method names its groups and why, and each group has a
 * method. Warnings only: a register whose methods have no ties yet
 * still plans.
 */
static void
guard_ties(const struct dialogue *d, const struct dom_rules *rc)
{
	const struct dlg_items *m = dlg_list(d, F_METHODS);
	const struct dlg_items *tg = dlg_list(d, F_TARGET_GROUPS);
	char *groups, *why;
	size_t i, j;

	for (i = 0; i < m->n; i++) {
		dlg_tie_split(m->v[i].note, &groups, &why);
		if (groups == NULL && why == NULL)
			dom_rule(rc, "method_not_tied", F_METHODS,
			    _("The method '%s' does not say which target group "
			    "it is for or why it was chosen: name the target "
			    "groups it is meant to reach, with a short "
			    "motivation."), m->v[i].name);
		else if (groups == NULL)
			dom_rule(rc, "method_not_tied", F_METHODS,
			    _("The method '%s' names no target group: say "
			    "which target groups it is meant to reach."),
			    m->v[i].name);
		else if (why == NULL)
			dom_rule(rc, "method_not_tied", F_METHODS,
			    _("The method '%s' has no motivation: say in "
			    "short why it suits its target groups."),
			    m->v[i].name);
		free(groups);
		free(why);
	}
	/* No method at all is missing_methods, not a group left out. */
	for (i = 0; m->n > 0 && i < tg->n; i++) {
		for (j = 0; j < m->n; j++)
			if (dlg_tie_reaches(&m->v[j], tg, tg->v[i].name))
				break;
		if (j == m->n)
			dom_rule(rc, "target_group_not_reached",
			    F_TARGET_GROUPS, _("No method is meant to reach "
			    "the target group '%s': name it with the method "
			    "chosen for it."), tg->v[i].name);
	}
}

/* The tasks the officials handle [T5], each with its responsible
 * official's field. */
static const struct {
	enum dlg_field	 f;
	const char	*task;
} tasks[] = {
	/* TRANSLATORS: the tasks of the officials [T5], listed in "No
	   official is responsible for: ..." */
	{ F_RESPONSIBLE_PLANNING,	N_("planning") },
	{ F_RESPONSIBLE_CONDUCT,	N_("carrying out") },
	{ F_RESPONSIBLE_DOCUMENTATION,	N_("documentation") },
	{ F_RESPONSIBLE_PROCESSING,	N_("processing of the result") },
	{ F_RESPONSIBLE_FEEDBACK,	N_("feedback") },
	{ F_RESPONSIBLE_EVALUATION,	N_("evaluation") },
};

/* One item for all the tasks without a responsible official, pointing
 * at the first of them. */
static void
guard_responsible(const struct dialogue *d, const struct dom_rules *rc)
{
	struct strbuf sb;
	int first = -1;
	size_t i;

	sb_init(&sb);
	for (i = 0; i < sizeof tasks / sizeof tasks[0]; i++) {
		if (!empty(d, tasks[i].f))
			continue;
		if (first < 0)
			first = (int)tasks[i].f;
		if (sb.len > 0)
			/* TRANSLATORS: between the tasks of a list */
			sb_add(&sb, _(", "));
		sb_add(&sb, _(tasks[i].task));
	}
	if (first >= 0)
		dom_rule(rc, "missing_responsible", first,
		    _("No official is named as responsible for: %s."), sb.buf);
	sb_release(&sb);
}

static void
guard_planned(const struct dialogue *d, const struct dom_rules *rc)
{
	const char *start = dlg_get(d, F_PLANNED_START);
	const char *end = dlg_get(d, F_PLANNED_END);
	const char *deadline = dlg_get(d, F_DECISION_DEADLINE);

	const struct dlg_items *tg = dlg_list(d, F_TARGET_GROUPS);
	size_t i;

	if (empty(d, F_GOALS))
		dom_rule(rc, "missing_goals", F_GOALS, "%s",
		    _("Goals are missing."));
	if (empty(d, F_BACKGROUND))
		dom_rule(rc, "missing_background", F_BACKGROUND, "%s",
		    _("Background is missing: is there an earlier history of "
		    "the question that is important to know?"));
	if (empty(d, F_PARTNERS))
		dom_rule(rc, "missing_partners", F_PARTNERS, "%s",
		    _("No partners are named: are there any?"));
	if (empty(d, F_TARGET_GROUPS))
		dom_rule(rc, "missing_target_groups", F_TARGET_GROUPS,
		    "%s", _("Target groups are missing: name at least one, "
		    "with considerations such as age, language or disability."));
	for (i = 0; i < tg->n; i++)
		if (tg->v[i].note == NULL || !has_text(tg->v[i].note))
			dom_rule(rc, "target_group_without_considerations",
			    F_TARGET_GROUPS, _("The target group '%s' has no "
			    "considerations: say what its age, language or "
			    "disability asks of the dialogue."), tg->v[i].name);
	if (empty(d, F_OUTREACH))
		dom_rule(rc, "missing_outreach", F_OUTREACH, "%s",
		    _("Outreach is not answered: say yes or no (blank is not "
		    "no)."));
	if (empty(d, F_METHODS))
		dom_rule(rc, "missing_methods", F_METHODS, "%s",
		    _("Methods are missing: choose at least one method on "
		    "the participation ladder."));
	guard_ties(d, rc);
	if (start == NULL)
		dom_rule(rc, "missing_planned_start", F_PLANNED_START,
		    "%s", _("Planned start is missing."));
	if (end == NULL)
		dom_rule(rc, "missing_planned_end", F_PLANNED_END, "%s",
		    _("Planned end is missing."));
	/* Canonical dates compare as strings. */
	if (start != NULL && end != NULL && strcmp(start, end) > 0)
		dom_rule(rc, "start_after_end", F_PLANNED_START,
		    _("Planned start %s is after planned end %s."), start,
		    end);
	if (deadline == NULL)
		dom_rule(rc, "missing_decision_deadline",
		    F_DECISION_DEADLINE, "%s", _("Decision deadline is "
		    "missing: the dialogue must end before the question is "
		    "decided."));
	else if (end != NULL && strcmp(end, deadline) >= 0)
		dom_rule(rc, "end_not_before_deadline", F_PLANNED_END,
		    _("Planned end %s is not before the decision deadline %s: "
		    "the question would no longer be open to influence."),
		    end, deadline);
	if (empty(d, F_BUDGET))
		dom_rule(rc, "missing_budget", F_BUDGET, "%s",
		    _("Budget is missing."));
	if (empty(d, F_FINANCING))
		dom_rule(rc, "missing_financing", F_FINANCING, "%s",
		    _("Financing is missing."));
	if (empty(d, F_RESPONSIBILITIES))
		dom_rule(rc, "missing_responsibilities",
		    F_RESPONSIBILITIES, "%s",
		    _("Responsibilities are missing."));
	guard_responsible(d, rc);
	if (empty(d, F_FACT_BASIS))
		dom_rule(rc, "missing_fact_basis", F_FACT_BASIS, "%s",
		    _("Fact basis is missing."));
	if (empty(d, F_PROJECT_PLAN))
		dom_rule(rc, "missing_project_plan", F_PROJECT_PLAN, "%s",
		    _("Project plan is missing: refer to the project plan of "
		    "the assignment."));
	if (empty(d, F_RESOURCES))
		dom_rule(rc, "missing_resources", F_RESOURCES, "%s",
		    _("Experts' time and resources are missing: say which "
		    "experts of the administration take part and what time "
		    "and resources are set aside for them."));
	if (empty(d, F_PROCESS_OWNER))
		dom_rule(rc, "missing_process_owner", F_PROCESS_OWNER,
		    "%s", _("Process owner is missing."));
	if (empty(d, F_PROCESS_LEADER))
		dom_rule(rc, "missing_process_leader", F_PROCESS_LEADER,
		    "%s", _("Process leader is missing."));
	if (empty(d, F_COMMUNICATION_PLAN))
		dom_rule(rc, "missing_communication_plan",
		    F_COMMUNICATION_PLAN, "%s", _("Communication plan is "
		    "missing."));
	if (empty(d, F_DOCUMENTATION_PLAN))
		dom_rule(rc, "missing_documentation_plan",
		    F_DOCUMENTATION_PLAN, "%s", _("Documentation plan is "
		    "missing."));
	if (empty(d, F_FEEDBACK_PLAN))
		dom_rule(rc, "missing_feedback_plan", F_FEEDBACK_PLAN,
		    "%s", _("Feedback plan is missing."));
	if (empty(d, F_EVALUATION_PLAN))
		dom_rule(rc, "missing_evaluation_plan", F_EVALUATION_PLAN,
		    "%s", _("Evaluation plan is missing."));
}

static void
guard_running(const struct dialogue *d, const struct dom_rules *rc)
{
	if (empty(d, F_POLITICIANS))
		dom_rule(rc, "missing_politicians", F_POLITICIANS, "%s",
		    _("No participating politician is listed: a citizen "
		    "dialogue needs elected representatives taking part."));
	if (empty(d, F_RESULT_USE))
		dom_rule(rc, "missing_result_use", F_RESULT_USE, "%s",
		    _("Use of the result is missing: say how the result is "
		    "handled and what residents can influence."));
	if (!is(d, F_PARTICIPANTS_INFORMED, "yes"))
		dom_rule(rc, "participants_not_informed",
		    F_PARTICIPANTS_INFORMED, "%s", _("Participants informed "
		    "is not yes: participants must be told the level of "
		    "influence and how the result will be used."));
}

static void
guard_reported(const struct dialogue *d, const char *today,
    const struct dom_rules *rc)
{
	if (dlg_sessions_held(d) == 0)
		dom_rule(rc, "missing_session", -1, "%s",
		    _("No session is recorded: add at least one session."));
	else if (sessions_held_by(d, today) == 0)
		dom_rule(rc, "future_session", -1,
		    _("No session has been held yet: every session recorded "
		    "is dated in the future (today is %s)."), today);
	if (empty(d, F_RESULT_SUMMARY))
		dom_rule(rc, "missing_result_summary", F_RESULT_SUMMARY,
		    "%s", _("Result summary is missing."));
	not_future(d, F_RESULT_DATE, "future_result_date", today, rc);
	if (empty(d, F_REPORT_REFERENCE))
		dom_rule(rc, "missing_report_reference",
		    F_REPORT_REFERENCE, "%s", _("Reported in decision basis is "
		    "missing: the result must always be put before the "
		    "decision-makers."));
	if (empty(d, F_REPORT_DATE))
		dom_rule(rc, "missing_report_date", F_REPORT_DATE, "%s",
		    _("Report date is missing."));
	not_future(d, F_REPORT_DATE, "future_report_date", today, rc);
}

/* 1 when a complete feedback record is dated after today. */
static int
feedback_in_future(const struct dialogue *d, const char *today)
{
	size_t i;

	if (d->nfeedback == 0)
		return d->n_feedback > 0 && after(d->first_feedback, today);
	for (i = 0; i < d->nfeedback; i++)
		if (after(d->feedback[i].date, today) &&
		    d->feedback[i].channels != NULL &&
		    d->feedback[i].channels[0] &&
		    d->feedback[i].text != NULL && d->feedback[i].text[0])
			return 1;
	return 0;
}

static void
guard_fed_back(const struct dialogue *d, const char *today,
    const struct dom_rules *rc)
{
	if (feedback_given(d, today) > 0)
		return;
	if (feedback_in_future(d, today))
		dom_rule(rc, "future_feedback", -1,
		    _("No feedback has been given yet: the feedback recorded "
		    "is dated in the future (today is %s)."), today);
	else
		dom_rule(rc, "missing_feedback", -1, "%s",
		    _("No feedback is recorded: add the feedback given to the "
		    "participants, with date, channels and text."));
}

static void
guard_evaluated(const struct dialogue *d, const char *today,
    const struct dom_rules *rc)
{
	if (empty(d, F_EVALUATION_DATE))
		dom_rule(rc, "missing_evaluation_date", F_EVALUATION_DATE,
		    "%s", _("Evaluation date is missing."));
	not_future(d, F_EVALUATION_DATE, "future_evaluation_date", today, rc);
	if (empty(d, F_INFLUENCE))
		dom_rule(rc, "missing_influence", F_INFLUENCE, "%s",
		    _("Influenced the decision is missing: answer yes, "
		    "partly, no or unknown."));
	if (empty(d, F_GOALS_MET))
		dom_rule(rc, "missing_goals_met", F_GOALS_MET, "%s",
		    _("Goals met is missing."));
}

static void
guard_cancel(const struct dialogue *d, const char *today,
    const struct dom_rules *rc)
{
	/* the result shall always be reported, once a session has been
	 * held (not merely planned) */
	if (sessions_held_by(d, today) > 0 &&
	    (empty(d, F_RESULT_SUMMARY) || empty(d, F_REPORT_REFERENCE)) &&
	    empty(d, F_NOT_REPORTED_REASON))
		dom_rule(rc, "missing_result_or_reason",
		    empty(d, F_RESULT_SUMMARY) ? F_RESULT_SUMMARY :
		    F_REPORT_REFERENCE, "%s", _("Sessions have been held, so "
		    "the result must be reported: give the result summary and "
		    "where it was reported, or why it was not reported."));
}

/* The rules of the step into state to that do want under the policy. */
static void
step_rules(const struct dialogue *d, enum dlg_state to, const char *reason,
    const struct dlg_settings *s, long today, enum dlg_does want,
    struct dlg_issues *out)
{
	struct dom_rules rc = { s, (int)to, want, reason, out };
	/* Today as text, made once for the rows of a list. */
	static long made = -1;
	static char day[16];

	if (made != today || day[0] == '\0') {
		dlg_date_format(today, day, sizeof day);
		made = today;
	}
	switch (to) {
	case DLG_PROPOSED:
		guard_proposed(d, &rc);
		break;
	case DLG_DECIDED:
		guard_decided(d, s, day, &rc);
		break;
	case DLG_PLANNED:
		guard_planned(d, &rc);
		break;
	case DLG_RUNNING:
		guard_running(d, &rc);
		break;
	case DLG_REPORTED:
		guard_reported(d, day, &rc);
		break;
	case DLG_FED_BACK:
		guard_fed_back(d, day, &rc);
		break;
	case DLG_EVALUATED:
		guard_evaluated(d, day, &rc);
		break;
	case DLG_CANCELLED:
		guard_cancel(d, day, &rc);
		break;
	default:
		break;
	}
}

void
dlg_step_guard(const struct dialogue *d, enum dlg_state to,
    const struct dlg_settings *s, long today, struct dlg_issues *missing)
{
	step_rules(d, to, NULL, s, today, DLG_DOES_GUARD, missing);
}

void
dlg_step_advice(const struct dialogue *d, enum dlg_state to,
    const struct dlg_settings *s, long today, struct dlg_issues *out)
{
	step_rules(d, to, NULL, s, today, DLG_DOES_WARN, out);
}

void
dom_step_warnings(const struct dialogue *d, const struct dlg_settings *s,
    long today, struct dlg_issues *out)
{
	int st;

	/* What the policy only recommends at a step stays pointed out
	 * once the step is taken (before, the step's checklist shows
	 * it). A closed dialogue is left as it was closed. */
	if (d->state > DLG_EVALUATED)
		return;
	for (st = DLG_DECIDED; st <= (int)d->state; st++)
		step_rules(d, (enum dlg_state)st, NULL, s, today,
		    DLG_DOES_WARN, out);
}

/* 1 when reason holds text; adds an issue when it is bad. */
static int
reason_given(const char *reason, struct dlg_issues *m)
{
	struct dlg_error e;
	char *t;
	int given;

	if (reason == NULL)
		return 0;
	if (dom_check_text(_("Reason"), reason, 1, DOM_MAX_TEXT, &e) == -1) {
		dlg_issues_add(m, "invalid_reason", -1, "%s", e.msg);
		return 1;
	}
	t = dom_trim(reason);
	given = *t != '\0';
	free(t);
	return given;
}

void
dlg_guard(const struct dialogue *d, enum dlg_state to, const char *reason,
    const struct dlg_settings *s, long today, struct dlg_issues *missing)
{
	enum dlg_move kind;

	if (to == DLG_PROPOSED && d->state == DLG_PROPOSED) {
		/* registration */
		step_rules(d, to, NULL, s, today, DLG_DOES_GUARD, missing);
		return;
	}
	kind = dlg_move_kind(d->state, to);
	switch (kind) {
	case DLG_MOVE_NONE:
		dlg_issues_add(missing, "move_not_allowed", -1,
		    _("A dialogue in state %s cannot move to %s."),
		    dlg_state_label(d->state), dlg_state_label(to));
		return;
	case DLG_MOVE_BACK:
		if (!reason_given(reason, missing))
			dlg_issues_add(missing, "missing_reason", -1, "%s",
			    _("A reason is required to step back."));
		return;
	case DLG_MOVE_REJECT:
		if (!reason_given(reason, missing))
			dlg_issues_add(missing, "missing_reason", -1, "%s",
			    _("A reason is required to reject the "
			    "dialogue."));
		return;
	case DLG_MOVE_CANCEL:
		if (!reason_given(reason, missing))
			dlg_issues_add(missing, "missing_reason", -1, "%s",
			    _("A reason is required to cancel the "
			    "dialogue."));
		break;
	case DLG_MOVE_FORWARD:
		if (reason != NULL)
			(void)reason_given(reason, missing);
		break;
	}
	step_rules(d, to, reason, s, today, DLG_DOES_GUARD, missing);
}

int
dlg_transition(struct dialogue *d, enum dlg_state to, const char *reason,
    const struct dlg_settings *s, long today, struct dlg_issues *missing,
    struct dlg_error *err)
{
	size_t before = missing->n, n;
	enum dlg_move kind;

	dlg_guard(d, to, reason, s, today, missing);
	if ((n = missing->n - before) > 0)
		return err_set(err, ERR_REFUSED, ngettext(
		    "The dialogue cannot go to %s: %zu item needs attention.",
		    "The dialogue cannot go to %s: %zu items need attention.",
		    n), dlg_state_label(to), n);
	kind = dlg_move_kind(d->state, to);
	d->state = to;
	if (kind == DLG_MOVE_BACK || kind == DLG_MOVE_REJECT ||
	    kind == DLG_MOVE_CANCEL) {
		/* A reason is a text of several lines: kept as written. */
		dlg_put(d, F_STATE_REASON, reason);
	}
	return 0;
}

int
dlg_field_needs_reason(const struct dialogue *d, enum dlg_field f)
{
	/* [S:Principer] the level is fixed before the start */
	return f == F_LEVEL && d->state >= DLG_RUNNING &&
	    d->state <= DLG_EVALUATED;
}
