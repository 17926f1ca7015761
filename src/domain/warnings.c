/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * warnings.c: what the register points out without blocking: a level or
 * gate answer that makes it no citizen dialogue, methods off the chosen
 * step, deadlines near or passed, overdue feedback and evaluation, a
 * changed level, a budget above its frame, a plan outside the decided
 * time plan, sessions without politicians and parties not invited, what
 * looks like a user dialogue, and what the policy only recommends at the
 * steps taken and the next. Each is a row of the rules table (rules.c),
 * raised through dom_rule(). "Today" is always passed in.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dialogue.h"
#include "i18n.h"
#include "internal.h"

/* Days of a canonical date, or 0 with *ok = 0 when empty or bad. */
static long
days_of(const char *date, int *ok)
{
	long days;

	*ok = date != NULL && dlg_date_parse(date, &days, NULL) == 0;
	return *ok ? days : 0;
}

/*
 * Feedback overdue [T4 "så snart som möjligt"]: sessions held, running or
 * reported, and today past the later of the last session and the result
 * summary by more than feedback_days. Sets *from to that date.
 */
static int
feedback_overdue(const struct dialogue *d, int days, long today,
    const char **from)
{
	const char *last = dom_last_session(d);
	const char *res = dlg_get(d, F_RESULT_DATE);
	long base, r;
	int ok, rok;

	if (dlg_sessions_held(d) == 0 ||
	    (d->state != DLG_RUNNING && d->state != DLG_REPORTED))
		return 0;
	base = days_of(last, &ok);
	r = days_of(res, &rok);
	if (rok && (!ok || r > base)) {
		base = r;
		last = res;
		ok = 1;
	}
	*from = last;
	return ok && today > base + days;
}

/* Evaluation overdue: fed back and today past the first feedback by
 * more than evaluation_days [T4][S:KLK]. */
static int
evaluation_overdue(const struct dialogue *d, int days, long today,
    const char **from)
{
	long first;
	int ok;

	if (d->state != DLG_FED_BACK)
		return 0;
	*from = dom_first_feedback(d);
	first = days_of(*from, &ok);
	return ok && today > first + days;
}

static void
warn_level(const struct dialogue *d, const struct dom_rules *rc)
{
	const struct dlg_items *m = dlg_list(d, F_METHODS);
	int level = dlg_level_from_token(dlg_get(d, F_LEVEL));
	const char *open = dlg_get(d, F_OPEN_TO_INFLUENCE);
	size_t i;

	if (level == DLG_LEVEL_INFORMATION)
		dom_rule(rc, "level_information", F_LEVEL, "%s",
		    _("Level Information alone is one-way information, not a "
		    "citizen dialogue."));
	if (level == DLG_LEVEL_INFORMATION && open != NULL &&
	    strcmp(open, "yes") == 0)
		dom_rule(rc, "information_but_open", F_LEVEL, "%s",
		    _("Level Information contradicts gate 2: the question is "
		    "open to influence, yet residents are only informed."));
	if (level == DLG_LEVEL_CODECISION)
		dom_rule(rc, "codecision_advisory", F_LEVEL, "%s",
		    _("Co-decision: the result is still advisory; the formal "
		    "decision stays with the deciding body."));
	for (i = 0; level != DLG_LEVEL_UNSET && i < m->n; i++)
		if (m->v[i].step != 0 && m->v[i].step != level)
			dom_rule(rc, "method_other_step", F_METHODS,
			    _("The method '%s' belongs to step %d, %s, not to "
			    "the chosen level %s."), m->v[i].name,
			    m->v[i].step, dlg_level_label(m->v[i].step),
			    dlg_level_label(level));
	if (dlg_get(d, F_LEVEL_CHANGE_REASON) != NULL)
		dom_rule(rc, "level_changed", F_LEVEL, "%s",
		    _("The participation level was changed after the start; "
		    "the reason is shown on the dialogue summary."));
}

static void
warn_gates(const struct dialogue *d, const struct dom_rules *rc)
{
	const char *v;

	if ((v = dlg_get(d, F_NEED_VIEWS)) != NULL && strcmp(v, "no") == 0)
		dom_rule(rc, "need_views_no", F_NEED_VIEWS, "%s",
		    _("Gate 1 is answered no: without a need for residents' "
		    "views this is not a citizen dialogue."));
	if ((v = dlg_get(d, F_OPEN_TO_INFLUENCE)) != NULL &&
	    strcmp(v, "no") == 0)
		dom_rule(rc, "open_to_influence_no",
		    F_OPEN_TO_INFLUENCE, "%s", _("Gate 2 is answered no: a "
		    "question that can no longer be influenced is not a "
		    "citizen dialogue."));
}

static void
warn_dates(const struct dialogue *d, const struct dlg_settings *s,
    long today, const struct dom_rules *rc)
{
	const char *end = dlg_get(d, F_PLANNED_END);
	const char *deadline = dlg_get(d, F_DECISION_DEADLINE);
	long dl, left;
	int ok;

	if (end != NULL && deadline != NULL && strcmp(end, deadline) >= 0)
		dom_rule(rc, "end_after_deadline", F_PLANNED_END,
		    _("Planned end %s is not before the decision deadline %s: "
		    "the question is no longer open to influence."),
		    end, deadline);
	dl = days_of(deadline, &ok);
	if (!ok || (d->state != DLG_PROPOSED && d->state != DLG_DECIDED))
		return;
	left = dl - today;
	if (left >= s->deadline_warn_days)
		return;
	if (left < 0)
		dom_rule(rc, "deadline_near", F_DECISION_DEADLINE,
		    _("The decision deadline %s has passed."), deadline);
	else if (left == 0)
		dom_rule(rc, "deadline_near", F_DECISION_DEADLINE,
		    _("The decision deadline %s is today."), deadline);
	else
		dom_rule(rc, "deadline_near", F_DECISION_DEADLINE,
		    ngettext("The decision deadline %s is %ld day away: "
		    "residents must be asked in good time.",
		    "The decision deadline %s is %ld days away: "
		    "residents must be asked in good time.",
		    (unsigned long)left), deadline, left);
}

static void
warn_follow_up(const struct dialogue *d, const struct dlg_settings *s,
    long today, const struct dom_rules *rc)
{
	const char *from = NULL;

	if (feedback_overdue(d, s->feedback_days, today, &from))
		dom_rule(rc, "feedback_overdue", -1,
		    ngettext("Feedback is overdue: participants should have "
		    "heard back within %d day of %s.",
		    "Feedback is overdue: participants should have heard "
		    "back within %d days of %s.",
		    (unsigned long)s->feedback_days), s->feedback_days, from);
	if (evaluation_overdue(d, s->evaluation_days, today, &from))
		dom_rule(rc, "evaluation_overdue", F_EVALUATION_DATE,
		    ngettext("Evaluation is overdue: the dialogue should have "
		    "been evaluated within %d day of the first feedback on %s.",
		    "Evaluation is overdue: the dialogue should have been "
		    "evaluated within %d days of the first feedback on %s.", (unsigned long)s->evaluation_days),
		    s->evaluation_days, from);
}

/* [S:Roller] the administration proposes the time plan and the
 * committee decides it: a plan outside the decided one is pointed out. */
static void
warn_time_plan(const struct dialogue *d, const struct dom_rules *rc)
{
	const char *ps = dlg_get(d, F_PLANNED_START);
	const char *pe = dlg_get(d, F_PLANNED_END);
	const char *ds = dlg_get(d, F_DECIDED_START);
	const char *de = dlg_get(d, F_DECIDED_END);

	/* Canonical dates compare as strings. */
	if (ps != NULL && ds != NULL && strcmp(ps, ds) < 0)
		dom_rule(rc, "plan_outside_time_plan", F_PLANNED_START,
		    _("Planned start %s is before the start %s of the time "
		    "plan the deciding body decided."), ps, ds);
	if (pe != NULL && de != NULL && strcmp(pe, de) > 0)
		dom_rule(rc, "plan_outside_time_plan", F_PLANNED_END,
		    _("Planned end %s is after the end %s of the time plan "
		    "the deciding body decided."), pe, de);
}

static void
warn_other(const struct dialogue *d, const struct dom_rules *rc)
{
	const char *b = dlg_get(d, F_BUDGET), *fr = dlg_get(d, F_BUDGET_FRAME);
	char *fb, *ff;
	size_t i;
	char *t;

	if (b != NULL && fr != NULL &&
	    strtoll(b, NULL, 10) > strtoll(fr, NULL, 10)) {
		fb = dlg_amount_format(strtoll(b, NULL, 10));
		ff = dlg_amount_format(strtoll(fr, NULL, 10));
		dom_rule(rc, "budget_above_frame", F_BUDGET,
		    _("The budget %s is above the budget frame %s set by the "
		    "deciding body."), fb, ff);
		free(fb);
		free(ff);
	}
	for (i = 0; i < d->nsessions; i++) {
		t = dom_trim(d->sessions[i].politicians != NULL ?
		    d->sessions[i].politicians : "");
		if (*t == '\0')
			dom_rule(rc, "session_without_politicians", -1,
			    _("The session on %s had no politicians present: "
			    "without them it is a user dialogue, not a citizen "
			    "dialogue."), d->sessions[i].date != NULL ?
			    d->sessions[i].date : "");
		free(t);
	}
	if (d->state == DLG_RUNNING && dlg_get(d, F_PARTIES_INVITED) == NULL)
		dom_rule(rc, "parties_not_invited", F_PARTIES_INVITED,
		    "%s", _("No date is recorded for inviting all parties: a "
		    "citizen dialogue is open to all political parties in the "
		    "council."));
}

/* Words that name the users of one service rather than residents
 * [T2.3][S:Definition]: pupils, parents, residents of a home, patients,
 * customers, users. Matched at the start of a word, in lower case. */
static const char *const user_words[] = {
	"brukare", "elever", "eleverna", "föräldrar", "vårdnadshavare",
	"anhöriga", "boende på", "boende i", "patienter", "kunder",
	"användare", "besökare på", "deltagare i", "users", "pupils",
	"parents", "patients", "customers", NULL
};

/* 1 when the group reads as the users of one service (a user word at
 * the start of a word, ASCII letters in either case). */
static int
users_of_a_service(const char *group)
{
	const char *p;
	size_t i;

	for (p = group; *p != '\0'; p++) {
		if (p != group && p[-1] != ' ' && p[-1] != '(')
			continue;
		for (i = 0; user_words[i] != NULL; i++)
			if (strncasecmp(p, user_words[i],
			    strlen(user_words[i])) == 0)
				return 1;
	}
	return 0;
}

/* Words of an official's title or an office: a decision "taken" by one
 * was taken by no politicians [T5]. The bodies list refuses such a name
 * once the register keeps one; this catches it in a register without. */
static const char *const office_words[] = {
	"direktör", "chef", "kontor", "förvaltning", "kansli", "enhet",
	"tjänste", "handläggare", "samordnare", "strateg", NULL
};

static int
names_an_office(const char *name)
{
	size_t i;

	for (i = 0; office_words[i] != NULL; i++)
		if (strstr(name, office_words[i]) != NULL)
			return 1;
	return 0;
}

/* Out of scope [T2.3][S:Definition]: a user dialogue (brukardialog)
 * reaches only the users of one service, or is decided with no
 * politicians. (That none take part is the start's guard and the
 * sessions' warning.) */
static void
warn_scope(const struct dialogue *d, const struct dom_rules *rc)
{
	const struct dlg_items *tg = dlg_list(d, F_TARGET_GROUPS);
	const char *by;

	if (tg->n == 1 && users_of_a_service(tg->v[0].name))
		dom_rule(rc, "looks_like_user_dialogue", F_TARGET_GROUPS,
		    _("The only target group, '%s', is the users of one "
		    "service: that looks like a user dialogue, not a citizen "
		    "dialogue, which is open to all residents concerned."),
		    tg->v[0].name);
	if ((by = dlg_get(d, F_DECISION_BODY)) != NULL &&
	    names_an_office(by))
		dom_rule(rc, "looks_like_user_dialogue", F_DECISION_BODY,
		    _("The decision is recorded as taken by '%s', which reads "
		    "as an official or an office: decided with no politicians "
		    "it looks like a user dialogue, not a citizen dialogue."),
		    by);
}

void
dlg_warnings(const struct dialogue *d, const struct dlg_settings *s,
    long today, struct dlg_issues *out)
{
	struct dom_rules rc = { NULL, -1, DLG_DOES_WARN, NULL, out };
	struct dlg_settings def;

	/* The defaults only when there are no settings (every row of a
	 * list has them). */
	if (s == NULL) {
		dlg_settings_default(&def);
		dlg_warnings(d, &def, today, out);
		dlg_settings_clear(&def);
		return;
	}
	rc.s = s;
	warn_level(d, &rc);
	warn_gates(d, &rc);
	warn_scope(d, &rc);
	warn_dates(d, s, today, &rc);
	warn_follow_up(d, s, today, &rc);
	warn_time_plan(d, &rc);
	warn_other(d, &rc);
	dom_step_warnings(d, s, today, out);
}

void
dlg_warning_codes(const struct dialogue *d, const struct dlg_settings *s,
    long today, struct dlg_issues *out)
{
	out->codes_only = 1;
	dlg_warnings(d, s, today, out);
}

int
dlg_is_overdue(const struct dialogue *d, const struct dlg_settings *s,
    long today)
{
	struct dlg_settings def;
	const char *from;
	int over;

	if (s == NULL) {
		dlg_settings_default(&def);
		over = dlg_is_overdue(d, &def, today);
		dlg_settings_clear(&def);
		return over;
	}
	return feedback_overdue(d, s->feedback_days, today, &from) ||
	    evaluation_overdue(d, s->evaluation_days, today, &from);
}
