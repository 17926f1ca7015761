/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * demo.c: builds the demo register from the table in demo-data.c. Each
 * dialogue is replayed step by step as an official would work it: typed
 * input through dlg_set_field() (bodies checked against the register's
 * list of bodies, which the demo fills first), each state entered
 * through the domain's guard (dlg_transition()), each step stored as one
 * update with its history, sessions, contributions and feedback through
 * the store. A guard that refuses here is a bug in the demo data,
 * reported with every missing item. The whole build is one bulk
 * transaction.
 */
#include "config.h"

#include "demo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "demo-int.h"
#include "i18n.h"

struct builder {
	struct store		*st;
	long			 today;
	const char		*who;
	struct dlg_error	*err;
	struct dlg_settings	 settings;
	struct dlg_methods	 methods;
	struct dlg_bodies	 bodies;
	const struct demo_spec	*sp;
	char			 case_number[32];
	char			 first_body[128];
};

/* Texts an official would reuse from one plan to the next. */
static const char default_financing[] =
    "Ryms i förvaltningens driftbudget för dialog och kommunikation; "
    "annonser betalas av kommunikationsenhetens anslag.";
static const char default_communication[] =
    "Inbjudan på kommunens webbplats och i sociala medier, annons i "
    "Strömsby Tidning, affischer på biblioteken och i matbutikerna. "
    "Målgrupperna bjuds in särskilt via skolor, föreningar och "
    "träffpunkter.";
static const char default_documentation[] =
    "Processledaren för minnesanteckningar vid varje tillfälle. "
    "Synpunkter från möten, webb och brev förs in i registret samma "
    "vecka, med kontaktuppgifter bara när deltagaren vill ha svar. "
    "Anteckningarna diarieförs.";
static const char default_feedback[] =
    "Sammanställningen publiceras på webbplatsen senast fyra veckor "
    "efter sista tillfället och skickas till deltagare som lämnat "
    "kontaktuppgifter. När beslutet är fattat berättar nämnden vad som "
    "blev av synpunkterna.";
static const char default_evaluation[] =
    "Deltagarenkät efter varje tillfälle. Utvärdering mot målen senast "
    "ett halvår efter beslutet i sakfrågan; redovisas för "
    "Demokratiberedningen i den årliga uppföljningen.";
static const char default_resources[] =
	"Förvaltningens sakkunniga (handläggare, kommunikatör och "
	"nämndsekreterare) har tid avsatt i verksamhetsplanen för "
	"planering, tillfällena och sammanställningen.";
static const char default_fact_basis[] =
    "Förvaltningens tjänsteskrivelse med nulägesbeskrivning, kostnader "
    "och tidplan.";

/*
 * Put the dialogue's title in front of the error already in b->err, so a
 * failure says which demo dialogue broke. Returns -1.
 */
static int
fail(struct builder *b)
{
	char msg[sizeof b->err->msg];

	if (b->err == NULL)
		return -1;
	snprintf(msg, sizeof msg, "%s", b->err->msg);
	/* TRANSLATORS: %1$s is a demo dialogue's title, %2$s an error. */
	return err_set(b->err, b->err->code, _("demo dialogue '%s': %s"),
	    b->sp->title, msg);
}

/* Type value into field f as a user would; NULL leaves the field alone. */
static int
set(struct builder *b, struct dialogue *d, enum dlg_field f,
    const char *value)
{
	struct dlg_body_rules r = { &b->bodies, DLG_BODY_REFUSE,
	    &b->settings };

	if (value == NULL)
		return 0;
	if (dlg_set_field(d, f, value, &b->methods, b->err) == -1 ||
	    dlg_bodies_check_field(d, f, &r, NULL, b->err) == -1)
		return fail(b);
	return 0;
}

/* Set date field f to today + day. */
static int
set_day(struct builder *b, struct dialogue *d, enum dlg_field f, long day)
{
	char buf[16];

	dlg_date_format(b->today + day, buf, sizeof buf);
	return set(b, d, f, buf);
}

static void
format_day(struct builder *b, long day, char *buf, size_t size)
{
	dlg_date_format(b->today + day, buf, size);
}

/* Store the changes made to d since it was loaded (one action). */
static int
save(struct builder *b, struct dialogue *d, const char *reason)
{
	if (store_dialogue_update(b->st, d, d->version, reason, b->who,
	    b->err) == -1)
		return fail(b);
	return 0;
}

/* Reload *dp from the store (after children changed its version). */
static int
reload(struct builder *b, struct dialogue **dp)
{
	struct dialogue *fresh;

	if (store_dialogue_load(b->st, (*dp)->ref, &fresh, b->err) == -1)
		return fail(b);
	dlg_free(*dp);
	*dp = fresh;
	return 0;
}

/*
 * Move d to state to through the guard and store it. A refusal is a bug
 * in the demo data: the error names every missing item.
 */
static int
step(struct builder *b, struct dialogue *d, enum dlg_state to,
    const char *reason)
{
	struct dlg_issues missing = { 0 };
	struct strbuf sb;
	size_t i;

	if (dlg_transition(d, to, reason, &b->settings, b->today, &missing,
	    b->err) == -1) {
		sb_init(&sb);
		for (i = 0; i < missing.n; i++) {
			if (i > 0)
				sb_add(&sb, " ");
			sb_add(&sb, missing.v[i].text);
		}
		if (missing.n == 0 && b->err != NULL)
			sb_add(&sb, b->err->msg);
		err_set(b->err, ERR_REFUSED,
		    /* TRANSLATORS: %1$s is a state, %2$s the missing items. */
		    _("the demo cannot move it to '%s': %s"),
		    dlg_state_label(to), sb.buf);
		sb_release(&sb);
		dlg_issues_clear(&missing);
		return fail(b);
	}
	dlg_issues_clear(&missing);
	return save(b, d, reason);
}

/* The body that speaks for the dialogue: the sender, or the first body. */
static const char *
sender(const struct builder *b)
{
	return b->sp->sender != NULL ? b->sp->sender : b->first_body;
}

/* Register: the proposal with its case number. */
static int
phase_propose(struct builder *b, struct dialogue **dp)
{
	const struct demo_spec *sp = b->sp;
	struct dialogue *d;
	char year[16];
	size_t n;
	int rc = -1;

	/* The case was opened about a month before the decision. */
	format_day(b, sp->decision_day < 0 ? sp->decision_day - 30 : 0,
	    year, sizeof year);
	year[4] = '\0';
	snprintf(b->case_number, sizeof b->case_number, "%s %s/%04d",
	    sp->case_prefix, year, sp->case_serial);
	n = strcspn(sp->bodies, ";");
	if (n >= sizeof b->first_body)
		n = sizeof b->first_body - 1;
	memcpy(b->first_body, sp->bodies, n);
	b->first_body[n] = '\0';

	d = dlg_new();
	if (set(b, d, F_CASE_NUMBER, b->case_number) == -1 ||
	    set(b, d, F_TITLE, sp->title) == -1 ||
	    set(b, d, F_QUESTION, sp->question) == -1 ||
	    set(b, d, F_BACKGROUND, sp->background) == -1 ||
	    set(b, d, F_INITIATED_BY, sp->initiated_by) == -1 ||
	    set(b, d, F_BODIES, sp->bodies) == -1 ||
	    set(b, d, F_SENDER, sender(b)) == -1 ||
	    set(b, d, F_ADMINISTRATION, sp->administration) == -1)
		goto out;
	if (sp->deadline != 0 &&
	    set_day(b, d, F_DECISION_DEADLINE, sp->deadline) == -1)
		goto out;
	if (store_dialogue_create(b->st, d, b->today, b->who, b->err) == -1) {
		fail(b);
		goto out;
	}
	*dp = d;
	d = NULL;
	rc = 0;
out:
	dlg_free(d);
	return rc;
}

/* The deciding body said yes [T5]; both gates answered yes. */
static int
phase_decide(struct builder *b, struct dialogue *d)
{
	const struct demo_spec *sp = b->sp;
	char *body;
	int rc;

	if (set(b, d, F_NEED_VIEWS, "yes") == -1 ||
	    set(b, d, F_NEED_VIEWS_BY, sender(b)) == -1 ||
	    set_day(b, d, F_NEED_VIEWS_DATE, sp->decision_day - 21) == -1 ||
	    set(b, d, F_OPEN_TO_INFLUENCE, "yes") == -1 ||
	    set(b, d, F_OPEN_TO_INFLUENCE_BY, sender(b)) == -1 ||
	    set_day(b, d, F_OPEN_TO_INFLUENCE_DATE,
	    sp->decision_day - 21) == -1 ||
	    set(b, d, F_PURPOSE, sp->purpose) == -1 ||
	    set(b, d, F_LEVEL, sp->level) == -1)
		return -1;
	/* [T5] one body decides itself; several: the council. */
	body = xstrdup(dlg_deciding_body(d, &b->settings));
	rc = set(b, d, F_DECISION_BODY, body);
	free(body);
	if (rc == -1 ||
	    set_day(b, d, F_DECISION_DATE, sp->decision_day) == -1 ||
	    set(b, d, F_DECISION_PARAGRAPH, sp->paragraph) == -1 ||
	    set(b, d, F_DECISION_CASE, b->case_number) == -1 ||
	    set(b, d, F_BUDGET_FRAME, sp->budget_frame) == -1 ||
	    /* [S:Roller] the body decides the time plan proposed. */
	    set_day(b, d, F_DECIDED_START, sp->start) == -1 ||
	    set_day(b, d, F_DECIDED_END, sp->end) == -1)
		return -1;
	return step(b, d, DLG_DECIDED, sp->decide_reason);
}

/* Why a method was chosen, as the demo's officials would write it
 * [T4][S:Metod]; NULL for a method the table does not know. */
static const char *
motivation(const char *method)
{
	static const struct { const char *m, *why; } t[] = {
		{ "Enkät", "når många, också dem som inte kommer på möten" },
		{ "Cafémetoden", "små samtal där alla kommer till tals" },
		{ "Open space", "deltagarna sätter själva dagordningen" },
		{ "Idéverkstad", "förslagen tas fram tillsammans" },
		{ "Framtidsverkstad", "kritik, visioner och förslag i tre "
		    "steg" },
		{ "Intervju", "når dem som sällan deltar i möten" },
		{ "Fokusgrupp", "fördjupade samtal i en liten grupp" },
		{ "Trygghetsvandring", "platsen ses med egna ögon" },
		{ "Rådslag med omröstning", "förslagen vägs och röstas om" },
		{ "Medborgarbudget", "invånarna fördelar en del av budgeten" },
	};
	size_t i;

	for (i = 0; i < sizeof t / sizeof t[0]; i++)
		if (strcmp(t[i].m, method) == 0)
			return t[i].why;
	return NULL;
}

/* The spec's methods, each tied to the dialogue's target groups with its
 * motivation ("Enkät (Unga, Äldre: når många)"). Caller frees. */
static char *
tied_methods(const struct dialogue *d, const char *methods)
{
	const struct dlg_items *tg = dlg_list(d, F_TARGET_GROUPS);
	struct strbuf sb, groups;
	const char *p, *q, *why;
	char *m;
	size_t i;

	sb_init(&groups);
	for (i = 0; i < tg->n; i++)
		sb_addf(&groups, "%s%s", i ? ", " : "", tg->v[i].name);
	sb_init(&sb);
	for (p = methods; p != NULL && *p != '\0'; p = *q ? q + 1 : q) {
		q = strchr(p, ';');
		if (q == NULL)
			q = p + strlen(p);
		while (*p == ' ')
			p++;
		m = xstrndup(p, (size_t)(q - p));
		why = motivation(m);
		sb_addf(&sb, "%s%s", sb.len ? "; " : "", m);
		if (why != NULL && groups.len > 0)
			sb_addf(&sb, " (%s: %s)", groups.buf, why);
		free(m);
	}
	sb_release(&groups);
	return sb_detach(&sb);
}

/* The plan is complete [S:Checklista Före]. */
static int
phase_plan(struct builder *b, struct dialogue *d)
{
	const struct demo_spec *sp = b->sp;
	char *resp, *plan, *methods;
	int rc;

	if (set(b, d, F_GOALS, sp->goals) == -1 ||
	    set(b, d, F_TARGET_GROUPS, sp->target_groups) == -1)
		return -1;
	methods = tied_methods(d, sp->methods);
	rc = set(b, d, F_METHODS, methods);
	free(methods);
	if (rc == -1 ||
	    set(b, d, F_PARTNERS, sp->partners) == -1 ||
	    set(b, d, F_OUTREACH, sp->outreach_how != NULL ? "yes" : "no") ==
	    -1 ||
	    set(b, d, F_OUTREACH_HOW, sp->outreach_how) == -1 ||
	    set_day(b, d, F_PLANNED_START, sp->start) == -1 ||
	    set_day(b, d, F_PLANNED_END, sp->end) == -1 ||
	    set(b, d, F_BUDGET, sp->budget) == -1 ||
	    set(b, d, F_FINANCING, sp->financing != NULL ? sp->financing :
	    default_financing) == -1 ||
	    set(b, d, F_FACT_BASIS, sp->fact_basis != NULL ? sp->fact_basis :
	    default_fact_basis) == -1 ||
	    set(b, d, F_PROCESS_OWNER, sp->process_owner) == -1 ||
	    set(b, d, F_PROCESS_LEADER, sp->process_leader) == -1 ||
	    set(b, d, F_COMMUNICATION_PLAN, sp->communication_plan != NULL ?
	    sp->communication_plan : default_communication) == -1 ||
	    set(b, d, F_DOCUMENTATION_PLAN, default_documentation) == -1 ||
	    set(b, d, F_FEEDBACK_PLAN, default_feedback) == -1 ||
	    set(b, d, F_EVALUATION_PLAN, default_evaluation) == -1)
		return -1;
	resp = xasprintf("Processägare: %s, som äger uppdraget och tar emot "
	    "resultatet. Processledare: %s, som planerar, leder "
	    "tillfällena och ansvarar för dokumentationen. "
	    "Nämndsekreteraren bereder redovisningen i beslutsunderlaget. "
	    "Kommunikationsenheten sköter inbjudan och återkopplingen på "
	    "webben. Strategen för medborgardialog granskar upplägget och "
	    "utvärderingen.", sp->process_owner, sp->process_leader);
	plan = xasprintf("Projektplan, dnr %s", b->case_number);
	rc = set(b, d, F_RESPONSIBILITIES, resp);
	if (rc == 0)
		rc = set(b, d, F_PROJECT_PLAN, plan);
	if (rc == 0)
		rc = set(b, d, F_RESOURCES, default_resources);
	/* [T5] the officials' tasks, as the responsibilities say. */
	if (rc == 0 && (set(b, d, F_RESPONSIBLE_PLANNING,
	    sp->process_leader) == -1 ||
	    set(b, d, F_RESPONSIBLE_CONDUCT, sp->process_leader) == -1 ||
	    set(b, d, F_RESPONSIBLE_DOCUMENTATION, sp->process_leader) == -1 ||
	    set(b, d, F_RESPONSIBLE_PROCESSING, "Nämndsekreteraren") == -1 ||
	    set(b, d, F_RESPONSIBLE_FEEDBACK, "Kommunikationsenheten") == -1 ||
	    set(b, d, F_RESPONSIBLE_EVALUATION, sp->process_leader) == -1))
		rc = -1;
	free(resp);
	free(plan);
	if (rc == -1)
		return -1;
	return step(b, d, DLG_PLANNED, NULL);
}

/* The sessions and contributions of a started dialogue. */
static int
add_children(struct builder *b, struct dialogue *d)
{
	const struct demo_spec *sp = b->sp;
	long long ids[DEMO_MAXSESSIONS] = { 0 };
	char date[16];
	size_t i;

	for (i = 0; i < DEMO_MAXSESSIONS && sp->sessions[i].place != NULL;
	    i++) {
		const struct demo_session *ds = &sp->sessions[i];
		struct dlg_session s = { 0 };
		int rc;

		format_day(b, ds->day, date, sizeof date);
		s.date = xstrdup(date);
		s.place = xstrdup(ds->place);
		s.method = xstrdup(ds->method);
		s.participants = ds->participants > 0 ? ds->participants : -1;
		s.breakdown = xstrdup(ds->breakdown);
		s.politicians = xstrdup(ds->politicians);
		s.notes = xstrdup(ds->notes);
		rc = store_session_add(b->st, d->ref, &s, b->who, b->err);
		ids[i] = s.id;
		dlg_session_clear(&s);
		if (rc == -1)
			return fail(b);
	}
	for (i = 0; i < DEMO_MAXCONTRIBS && sp->contribs[i].text != NULL;
	    i++) {
		const struct demo_contrib *dc = &sp->contribs[i];
		struct dlg_contribution c = { 0 };
		int rc;

		if (dc->session > 0 && dc->session <= DEMO_MAXSESSIONS)
			c.session_id = ids[dc->session - 1];
		c.channel = xstrdup(dc->channel);
		c.text = xstrdup(dc->text);
		c.themes = xstrdup(dc->themes);
		c.contact = xstrdup(dc->contact);
		rc = store_contribution_add(b->st, d->ref, &c, b->who, b->err);
		dlg_contribution_clear(&c);
		if (rc == -1)
			return fail(b);
	}
	return 0;
}

/* The first session: politicians take part for their body [T5],
 * participants were told how the result is used [T4]. */
static int
phase_run(struct builder *b, struct dialogue **dp)
{
	const struct demo_spec *sp = b->sp;
	struct dialogue *d = *dp;

	if (set(b, d, F_POLITICIANS, sp->politicians) == -1 ||
	    set(b, d, F_RESULT_USE, sp->result_use) == -1 ||
	    set(b, d, F_PARTICIPANTS_INFORMED, "yes") == -1)
		return -1;
	if (!(sp->twists & TW_NO_PARTIES) &&
	    set_day(b, d, F_PARTIES_INVITED, sp->start - 14) == -1)
		return -1;
	if (step(b, d, DLG_RUNNING, NULL) == -1 ||
	    add_children(b, d) == -1 ||
	    reload(b, dp) == -1)
		return -1;
	d = *dp;

	if (sp->twists & TW_DEADLINE) {
		/* The question is decided earlier than planned: the
		 * dialogue now ends too late to influence it. */
		if (set_day(b, d, F_DECISION_DEADLINE, sp->deadline2) == -1 ||
		    save(b, d, sp->reason2) == -1)
			return -1;
	}
	if (sp->twists & TW_LEVEL) {
		/* [S:Principer] the level is fixed before start; a change
		 * after it carries its reason. */
		if (set(b, d, F_LEVEL, sp->level2) == -1)
			return -1;
		if (dlg_field_needs_reason(d, F_LEVEL))
			dlg_put(d, F_LEVEL_CHANGE_REASON, sp->reason2);
		if (save(b, d, sp->reason2) == -1)
			return -1;
	}
	return 0;
}

/* The result is in the decision basis [T4]. */
static int
phase_report(struct builder *b, struct dialogue *d)
{
	const struct demo_spec *sp = b->sp;

	if (set(b, d, F_RESULT_SUMMARY, sp->result_summary) == -1 ||
	    set_day(b, d, F_RESULT_DATE, sp->result_day) == -1 ||
	    set(b, d, F_REPORT_REFERENCE, sp->report_reference) == -1 ||
	    set_day(b, d, F_REPORT_DATE, sp->report_day) == -1)
		return -1;
	return step(b, d, DLG_REPORTED, NULL);
}

/* Participants heard back [T4][S:Principer]; the question decided. */
static int
phase_feed_back(struct builder *b, struct dialogue **dp)
{
	const struct demo_spec *sp = b->sp;
	struct dialogue *d;
	char date[16];
	size_t i;

	for (i = 0; i < DEMO_MAXFEEDBACK && sp->feedback[i].text != NULL;
	    i++) {
		const struct demo_feedback *df = &sp->feedback[i];
		struct dlg_feedback f = { 0 };
		int rc;

		format_day(b, df->day, date, sizeof date);
		f.date = xstrdup(date);
		f.sender = xstrdup(df->sender);
		f.channels = xstrdup(df->channels);
		f.text = xstrdup(df->text);
		rc = store_feedback_add(b->st, (*dp)->ref, &f, b->who, b->err);
		dlg_feedback_clear(&f);
		if (rc == -1)
			return fail(b);
	}
	if (reload(b, dp) == -1)
		return -1;
	d = *dp;
	if (sp->question_outcome != NULL) {
		char *body = xstrdup(dlg_deciding_body(d, &b->settings));
		int rc = set(b, d, F_QUESTION_DECISION_BODY, body);

		free(body);
		if (rc == -1 ||
		    set_day(b, d, F_QUESTION_DECISION_DATE,
		    sp->question_day) == -1 ||
		    set(b, d, F_QUESTION_DECISION_PARAGRAPH,
		    sp->question_paragraph) == -1 ||
		    set(b, d, F_QUESTION_DECISION_OUTCOME,
		    sp->question_outcome) == -1)
			return -1;
	}
	return step(b, d, DLG_FED_BACK, NULL);
}

/* Evaluated against the goals [T4][S:KLK]. */
static int
phase_evaluate(struct builder *b, struct dialogue *d)
{
	const struct demo_spec *sp = b->sp;

	if (set_day(b, d, F_EVALUATION_DATE, sp->evaluation_day) == -1 ||
	    set(b, d, F_INFLUENCE, sp->influence) == -1 ||
	    set(b, d, F_GOALS_MET, sp->goals_met) == -1 ||
	    set(b, d, F_EVALUATION_REACH, sp->evaluation_reach) == -1 ||
	    set(b, d, F_PARTICIPANTS_VIEW, sp->participants_view) == -1 ||
	    set(b, d, F_LESSONS, sp->lessons) == -1)
		return -1;
	if (sp->review_text != NULL &&
	    (set(b, d, F_REVIEW_TEXT, sp->review_text) == -1 ||
	    set_day(b, d, F_REVIEW_DATE, sp->evaluation_day + 14) == -1))
		return -1;
	return step(b, d, DLG_EVALUATED, NULL);
}

/* The furthest forward state the dialogue reaches. */
static enum dlg_state
reach(const struct demo_spec *sp)
{
	if (sp->state == DLG_REJECTED)
		return DLG_PROPOSED;
	if (sp->state == DLG_CANCELLED)
		return sp->cancel_from;
	if (sp->twists & TW_STEP_BACK)
		return DLG_PLANNED;
	return sp->state;
}

static int
build_one(struct builder *b)
{
	const struct demo_spec *sp = b->sp;
	enum dlg_state r = reach(sp);
	struct dialogue *d = NULL;
	int rc = -1;

	if (phase_propose(b, &d) == -1)
		return -1;
	if (r >= DLG_DECIDED && phase_decide(b, d) == -1)
		goto out;
	if (r >= DLG_PLANNED && phase_plan(b, d) == -1)
		goto out;
	if (r >= DLG_RUNNING && phase_run(b, &d) == -1)
		goto out;
	if (r >= DLG_REPORTED && phase_report(b, d) == -1)
		goto out;
	if (r >= DLG_FED_BACK && phase_feed_back(b, &d) == -1)
		goto out;
	if (r >= DLG_EVALUATED && phase_evaluate(b, d) == -1)
		goto out;

	if ((sp->twists & TW_STEP_BACK) &&
	    step(b, d, DLG_DECIDED, sp->reason2) == -1)
		goto out;
	if (sp->state == DLG_REJECTED) {
		if (step(b, d, DLG_REJECTED, sp->reason) == -1)
			goto out;
	} else if (sp->state == DLG_CANCELLED) {
		/* [T4] once sessions were held the result must be
		 * reported, or the register says why not. */
		if (set(b, d, F_NOT_REPORTED_REASON,
		    sp->not_reported_reason) == -1 ||
		    step(b, d, DLG_CANCELLED, sp->reason) == -1)
			goto out;
	} else if ((sp->twists & TW_REOPEN) &&
	    (step(b, d, DLG_REJECTED, sp->reason) == -1 ||
	    step(b, d, DLG_PROPOSED, sp->reason2) == -1))
		goto out;
	rc = 0;
out:
	dlg_free(d);
	return rc;
}

/* The demo's methods the catalogue does not know (in this language) are
 * added as the register's own. */
static int
add_methods(struct builder *b)
{
	const struct demo_method *m;

	for (m = demo_methods; m->name != NULL; m++) {
		if (dlg_methods_step(&b->methods, m->name) != 0)
			continue;
		if (store_method_add(b->st, m->name, m->step, b->who,
		    b->err) == -1)
			return -1;
		dlg_methods_add(&b->methods, m->name, m->step);
	}
	return 0;
}

/* The demo's list of bodies, then loaded as the dialogues check it. */
static int
add_bodies(struct builder *b)
{
	const struct demo_body *db;
	struct dlg_body body;

	for (db = demo_bodies; db->name != NULL; db++) {
		body.name = (char *)db->name;
		body.abbrev = (char *)db->abbrev;
		body.kind = db->kind;
		body.political = 1;
		if (store_body_add(b->st, &body, b->who, NULL, b->err) == -1)
			return -1;
	}
	return store_bodies_load(b->st, &b->bodies, b->err);
}

int
demo_require_empty(struct store *st, struct dlg_error *err)
{
	struct store_query q;
	long n = 0;

	memset(&q, 0, sizeof q);
	if (store_count(st, &q, &n, err) == -1)
		return -1;
	if (n > 0)
		return err_set(err, ERR_REFUSED,
		    ngettext("the register '%s' already holds %ld dialogue; "
		    "the demo needs an empty register (use --db FILE for a "
		    "new one)",
		    "the register '%s' already holds %ld dialogues; "
		    "the demo needs an empty register (use --db FILE for a "
		    "new one)", (unsigned long)n), store_path(st), n);
	return 0;
}

int
demo_build(struct store *st, long today, const char *who,
    struct dlg_error *err)
{
	struct builder b;
	size_t i;
	int rc = -1;

	if (demo_require_empty(st, err) == -1)
		return -1;
	memset(&b, 0, sizeof b);
	b.st = st;
	b.today = today;
	b.who = who;
	b.err = err;

	if (store_bulk_begin(st, err) == -1)
		return -1;
	/* A fictitious municipality that adopted both policies: the demo
	 * shows every rule of both, and says so. */
	if (store_setting_set(st, "municipality", demo_municipality, who,
	    err) == -1 ||
	    store_setting_set(st, "policy", "combined", who, err) == -1 ||
	    store_settings_load(st, &b.settings, err) == -1 ||
	    store_methods_load(st, &b.methods, err) == -1 ||
	    add_methods(&b) == -1 || add_bodies(&b) == -1)
		goto out;
	for (i = 0; i < demo_nspecs; i++) {
		b.sp = &demo_specs[i];
		if (build_one(&b) == -1)
			goto out;
	}
	if (store_bulk_commit(st, err) == -1)
		goto out;
	rc = 0;
out:
	if (rc == -1)
		store_bulk_rollback(st);
	dlg_settings_clear(&b.settings);
	dlg_methods_clear(&b.methods);
	dlg_bodies_clear(&b.bodies);
	return rc;
}
