/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fixture.c: see fixture.h.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "fixture.h"

const struct dlg_methods *
fx_methods(void)
{
	static struct dlg_methods m;

	if (m.n == 0)
		dlg_methods_builtin(&m);
	return &m;
}

void
fx_set(struct dialogue *d, enum dlg_field f, const char *input)
{
	struct dlg_error err = { 0 };

	if (dlg_set_field(d, f, input, fx_methods(), &err) != 0) {
		fprintf(stderr, "fixture: setting %s to '%s' refused: %s\n",
		    dlg_fields[f].name, input, err.msg);
		check_failures++;
	}
}

void
fx_fill(struct dialogue *d, enum dlg_state s)
{
	switch (s) {
	case DLG_PROPOSED:
		fx_set(d, F_TITLE, "Ny park vid Strandvägen");
		fx_set(d, F_QUESTION, "Vad vill du kunna göra i parken?");
		fx_set(d, F_INITIATED_BY, "Eva Lind, kommunledningskontoret");
		fx_set(d, F_BODIES, FX_BODY);
		break;
	case DLG_DECIDED:
		fx_set(d, F_DECISION_BODY, FX_BODY);
		fx_set(d, F_DECISION_DATE, "2026-02-10");
		fx_set(d, F_DECISION_PARAGRAPH, "§ 48");
		fx_set(d, F_NEED_VIEWS, "yes");
		fx_set(d, F_NEED_VIEWS_BY, FX_BODY);
		fx_set(d, F_NEED_VIEWS_DATE, "2026-01-20");
		fx_set(d, F_OPEN_TO_INFLUENCE, "yes");
		fx_set(d, F_OPEN_TO_INFLUENCE_BY, FX_BODY);
		fx_set(d, F_OPEN_TO_INFLUENCE_DATE, "2026-01-20");
		fx_set(d, F_PURPOSE, "Parken ska byggas för dem som bor där.");
		fx_set(d, F_LEVEL, "consultation");
		break;
	case DLG_PLANNED:
		fx_set(d, F_GOALS, "200 svar, varav 50 från unga");
		fx_set(d, F_BACKGROUND, "Området har varit en grusplan.");
		fx_set(d, F_PARTNERS, "Hyresgästföreningen");
		fx_set(d, F_TARGET_GROUPS, "Unga 13–19 år (språk); "
		    "Boende (ålder, tillgänglighet)");
		fx_set(d, F_OUTREACH, "yes");
		fx_set(d, F_FACT_BASIS, "Trafikmätning 2025");
		fx_set(d, F_PROJECT_PLAN, "Projektplan KFN 2026/4");
		fx_set(d, F_RESOURCES, "Två planarkitekter, 40 timmar var");
		/* Each method tied to the group it reaches [T4][S:Metod]. */
		fx_set(d, F_METHODS, "Enkät (Unga 13–19 år: når dem via "
		    "skolorna); Fokusgrupp (Boende: samtal i små grupper)");
		fx_set(d, F_PLANNED_START, "2026-03-01");
		fx_set(d, F_PLANNED_END, "2026-04-30");
		fx_set(d, F_DECISION_DEADLINE, "2026-06-15");
		fx_set(d, F_BUDGET, "125 000");
		fx_set(d, F_FINANCING, "Nämndens driftbudget");
		fx_set(d, F_RESPONSIBILITIES, "Processledaren dokumenterar.");
		fx_set(d, F_RESPONSIBLE_PLANNING, "Anders Ek");
		fx_set(d, F_RESPONSIBLE_CONDUCT, "Anders Ek");
		fx_set(d, F_RESPONSIBLE_DOCUMENTATION, "Lena Sund");
		fx_set(d, F_RESPONSIBLE_PROCESSING, "Lena Sund");
		fx_set(d, F_RESPONSIBLE_FEEDBACK, "Anders Ek");
		fx_set(d, F_RESPONSIBLE_EVALUATION, "Maria Holm");
		fx_set(d, F_PROCESS_OWNER, "Kultur- och fritidschefen");
		fx_set(d, F_PROCESS_LEADER, "Anders Ek");
		fx_set(d, F_COMMUNICATION_PLAN, "Webb och affischer");
		fx_set(d, F_DOCUMENTATION_PLAN, "Anteckningar per bord");
		fx_set(d, F_FEEDBACK_PLAN, "Uppföljningsmöte i juni");
		fx_set(d, F_EVALUATION_PLAN, "Enkät till deltagarna");
		break;
	case DLG_RUNNING:
		fx_set(d, F_POLITICIANS, "Anna Berg (" FX_BODY ")");
		fx_set(d, F_RESULT_USE, "Resultatet blir underlag för "
		    "parkens utformning.");
		fx_set(d, F_PARTICIPANTS_INFORMED, "yes");
		fx_set(d, F_PARTIES_INVITED, "2026-02-20");
		break;
	case DLG_REPORTED:
		d->n_sessions = 1;
		free(d->last_session);
		d->last_session = xstrdup("2026-03-15");
		fx_set(d, F_RESULT_SUMMARY, "Mer grönska och fler bänkar.");
		fx_set(d, F_RESULT_DATE, "2026-04-02");
		fx_set(d, F_REPORT_REFERENCE, "KS 2026/0123, bilaga 3");
		fx_set(d, F_REPORT_DATE, "2026-04-10");
		break;
	case DLG_FED_BACK:
		d->n_feedback = 1;
		free(d->first_feedback);
		d->first_feedback = xstrdup("2026-04-20");
		break;
	case DLG_EVALUATED:
		fx_set(d, F_EVALUATION_DATE, "2026-09-01");
		fx_set(d, F_INFLUENCE, "partly");
		fx_set(d, F_GOALS_MET, "180 svar, 60 från unga");
		break;
	default:
		break;
	}
}

struct dialogue *
fx_at(enum dlg_state s)
{
	struct dialogue *d = dlg_new();
	struct dlg_issues missing = { 0 };
	struct dlg_error err = { 0 };
	int st;

	CHECK(s <= DLG_EVALUATED);
	fx_fill(d, DLG_PROPOSED);
	for (st = DLG_DECIDED; st <= (int)s && st <= DLG_EVALUATED; st++) {
		fx_fill(d, (enum dlg_state)st);
		if (dlg_transition(d, (enum dlg_state)st, NULL, NULL,
		    fx_today(), &missing, &err) != 0) {
			fprintf(stderr, "fixture: cannot reach %s: %s (%s)\n",
			    dlg_state_token((enum dlg_state)st), err.msg,
			    missing.n > 0 ? missing.v[0].text : "");
			check_failures++;
		}
		dlg_issues_clear(&missing);
	}
	return d;
}

static int
cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

char *
fx_codes(const struct dlg_issues *l)
{
	const char **v = calloc(l->n + 1, sizeof *v);
	struct strbuf sb;
	size_t i;

	for (i = 0; i < l->n; i++)
		v[i] = l->v[i].code;
	qsort(v, l->n, sizeof *v, cmp);
	sb_init(&sb);
	for (i = 0; i < l->n; i++) {
		if (i > 0)
			sb_addc(&sb, ',');
		sb_add(&sb, v[i]);
	}
	free(v);
	return sb_detach(&sb);
}

char *
fx_guard_codes(const struct dialogue *d, enum dlg_state to,
    const char *reason, const struct dlg_settings *s)
{
	struct dlg_issues l = { 0 };
	char *c;

	dlg_guard(d, to, reason, s, fx_today(), &l);
	c = fx_codes(&l);
	dlg_issues_clear(&l);
	return c;
}

char *
fx_warning_codes(const struct dialogue *d, const struct dlg_settings *s,
    long today)
{
	struct dlg_settings def;
	struct dlg_issues l = { 0 };
	char *c;

	dlg_settings_default(&def);
	dlg_warnings(d, s != NULL ? s : &def, today, &l);
	c = fx_codes(&l);
	dlg_issues_clear(&l);
	dlg_settings_clear(&def);
	return c;
}

long
fx_day(const char *date)
{
	long days = 0;

	CHECK(dlg_date_parse(date, &days, NULL) == 0);
	return days;
}

long
fx_today(void)
{
	return fx_day("2026-10-01");
}
