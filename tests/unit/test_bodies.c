/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_bodies.c: the register's list of bodies in the domain: kinds and
 * their words, the check of an entry, finding a name or an abbreviation,
 * and the check of a dialogue's body fields against the list (full names
 * stored, unknown names and offices refused, a party never a politician's
 * body [T5], an empty list accepting any name).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bodies.h"
#include "check.h"
#include "fixture.h"

/* The list the tests check against: as a municipality would fill it,
 * with one entry that is not political. */
static void
fill(struct dlg_bodies *l)
{
	memset(l, 0, sizeof *l);
	dlg_bodies_add(l, "Kommunfullmäktige", "KF", DLG_BODY_COUNCIL, 1);
	dlg_bodies_add(l, "Kommunstyrelsen", "KS", DLG_BODY_EXECUTIVE, 1);
	dlg_bodies_add(l, "Barn- och utbildningsnämnden", "BUN",
	    DLG_BODY_COMMITTEE, 1);
	dlg_bodies_add(l, "Överförmyndarnämnden", NULL, DLG_BODY_COMMITTEE, 1);
	dlg_bodies_add(l, "Pensionärsrådet", "PRO", DLG_BODY_COMMITTEE, 0);
}

/* Set f as a user types it, then check it against rules. */
static int
set(struct dialogue *d, enum dlg_field f, const char *input,
    const struct dlg_body_rules *r, struct dlg_issues *warn,
    struct dlg_error *err)
{
	err_clear(err);
	if (dlg_set_field(d, f, input, fx_methods(), err) != 0)
		return -1;
	return dlg_bodies_check_field(d, f, r, warn, err);
}

static void
kinds_have_tokens_and_parse_swedish_words(void)
{
	struct dlg_error err;
	enum dlg_body_kind k;

	CHECK_STR(dlg_body_kind_token(DLG_BODY_COUNCIL), "council");
	CHECK_STR(dlg_body_kind_token(DLG_BODY_COMPANY), "company_board");
	CHECK(dlg_body_kind_from_token("drafting_committee") ==
	    DLG_BODY_DRAFTING);
	CHECK(dlg_body_kind_from_token("Nämnd") == -1);
	CHECK(dlg_body_kind_parse("nämnd", &k, &err) == 0 &&
	    k == DLG_BODY_COMMITTEE);
	CHECK(dlg_body_kind_parse("BEREDNING", &k, &err) == 0 &&
	    k == DLG_BODY_DRAFTING);
	CHECK(dlg_body_kind_parse("kommunstyrelse", &k, &err) == 0 &&
	    k == DLG_BODY_EXECUTIVE);
	CHECK(dlg_body_kind_parse("bolagsstyrelse", &k, &err) == 0 &&
	    k == DLG_BODY_COMPANY);
	CHECK(dlg_body_kind_parse("committee", &k, &err) == 0 &&
	    k == DLG_BODY_COMMITTEE);
	CHECK(dlg_body_kind_parse("förvaltning", &k, &err) == -1);
	CHECK(err.code == ERR_REFUSED);
	CHECK(strstr(err.msg, "'förvaltning'") != NULL);
	CHECK(strstr(err.msg, "company_board") != NULL);
}

static void
find_takes_name_or_abbreviation_in_any_case(void)
{
	struct dlg_bodies l;
	const struct dlg_body *b;

	fill(&l);
	b = dlg_bodies_find(&l, "ks");
	CHECK(b != NULL && strcmp(b->name, "Kommunstyrelsen") == 0);
	b = dlg_bodies_find(&l, " barn- och UTBILDNINGSNÄMNDEN ");
	CHECK(b != NULL && strcmp(b->name, "Barn- och utbildningsnämnden") ==
	    0);
	b = dlg_bodies_find(&l, "ÖVERFÖRMYNDARNÄMNDEN");
	CHECK(b != NULL && b->abbrev == NULL);
	CHECK(dlg_bodies_find(&l, "Kommunkansliet") == NULL);
	CHECK(dlg_bodies_find(&l, "") == NULL);
	CHECK(dlg_bodies_council(&l) == &l.v[0]);
	dlg_bodies_clear(&l);
}

static void
entry_check_refuses_clashes_parties_and_bad_text(void)
{
	struct dlg_bodies l;
	struct dlg_body b = { 0 };
	struct dlg_error err;

	fill(&l);
	b.kind = DLG_BODY_COMMITTEE;
	b.political = 1;
	b.name = (char *)"Socialnämnden";
	b.abbrev = (char *)"SN";
	CHECK(dlg_body_check(&l, &b, NULL, &err) == 0);
	/* An abbreviation that is another body's, in another case. */
	b.abbrev = (char *)"bun";
	CHECK(dlg_body_check(&l, &b, NULL, &err) == -1);
	CHECK(strstr(err.msg, "Barn- och utbildningsnämnden") != NULL);
	/* A name that is another body's abbreviation. */
	b.name = (char *)"KS";
	b.abbrev = NULL;
	CHECK(dlg_body_check(&l, &b, NULL, &err) == -1);
	/* Its own name and abbreviation, when it is the one edited. */
	b.name = (char *)"Kommunstyrelsen";
	b.abbrev = (char *)"KS";
	b.kind = DLG_BODY_EXECUTIVE;
	CHECK(dlg_body_check(&l, &b, "Kommunstyrelsen", &err) == 0);
	/* [T5] a party is no body, by name or by abbreviation. */
	b.name = (char *)"Moderaterna";
	b.abbrev = NULL;
	CHECK(dlg_body_check(&l, &b, NULL, &err) == -1);
	CHECK(strstr(err.msg, "[T5]") != NULL);
	b.name = (char *)"Skolnämnden";
	b.abbrev = (char *)"MP";
	CHECK(dlg_body_check(&l, &b, NULL, &err) == -1);
	b.abbrev = (char *)"S N";
	CHECK(dlg_body_check(&l, &b, NULL, &err) == -1);
	b.abbrev = NULL;
	b.name = (char *)"Skol; nämnden";
	CHECK(dlg_body_check(&l, &b, NULL, &err) == -1);
	CHECK(strstr(err.msg, "';'") != NULL);
	b.name = (char *)"  ";
	CHECK(dlg_body_check(&l, &b, NULL, &err) == -1);
	b.name = (char *)"Skol\033nämnden";
	CHECK(dlg_body_check(&l, &b, NULL, &err) == -1);
	dlg_bodies_clear(&l);
}

static void
abbreviations_are_stored_as_full_names(void)
{
	struct dlg_body_rules r = { 0 };
	struct dlg_bodies l;
	struct dialogue *d = dlg_new();
	struct dlg_error err;
	const struct dlg_items *it;

	fill(&l);
	r.list = &l;
	r.office = DLG_BODY_REFUSE;
	CHECK(set(d, F_BODIES, "KS; bun", &r, NULL, &err) == 0);
	it = dlg_list(d, F_BODIES);
	CHECK(it->n == 2);
	if (it->n == 2) {
		CHECK_STR(it->v[0].name, "Kommunstyrelsen");
		CHECK_STR(it->v[1].name, "Barn- och utbildningsnämnden");
	}
	CHECK(set(d, F_DECISION_BODY, "kf", &r, NULL, &err) == 0);
	CHECK_STR(dlg_get(d, F_DECISION_BODY), "Kommunfullmäktige");
	CHECK(set(d, F_POLITICIANS, "Anna Berg (BUN); Per Åström (KS)", &r,
	    NULL, &err) == 0);
	it = dlg_list(d, F_POLITICIANS);
	CHECK(it->n == 2 && strcmp(it->v[0].note,
	    "Barn- och utbildningsnämnden") == 0 &&
	    strcmp(it->v[1].note, "Kommunstyrelsen") == 0);
	/* A text field is no body: left as typed. */
	CHECK(set(d, F_ADMINISTRATION, "KS", &r, NULL, &err) == 0);
	CHECK_STR(dlg_get(d, F_ADMINISTRATION), "KS");
	dlg_free(d);
	dlg_bodies_clear(&l);
}

static void
unknown_body_is_refused_naming_the_list(void)
{
	struct dlg_body_rules r = { 0 };
	struct dlg_bodies l;
	struct dialogue *d = dlg_new();
	struct dlg_error err;

	fill(&l);
	r.list = &l;
	r.office = DLG_BODY_REFUSE;
	CHECK(set(d, F_SENDER, "Tekniska nämnden", &r, NULL, &err) == -1);
	CHECK(err.code == ERR_REFUSED);
	CHECK(strstr(err.msg, "'Tekniska nämnden'") != NULL);
	CHECK(strstr(err.msg, "dialogreg body list") != NULL);
	CHECK(strstr(err.msg, "dialogreg body add NAME") != NULL);
	CHECK(set(d, F_BODIES, "KS; Kommunkansliet", &r, NULL, &err) == -1);
	CHECK(strstr(err.msg, "'Kommunkansliet'") != NULL);
	/* The same body twice, once by its abbreviation. */
	CHECK(set(d, F_BODIES, "KS; Kommunstyrelsen", &r, NULL, &err) == -1);
	CHECK(strstr(err.msg, "same body") != NULL);
	dlg_free(d);
	dlg_bodies_clear(&l);
}

static void
refused_field_leaves_the_dialogue_unchanged(void)
{
	struct dlg_body_rules r = { 0 };
	struct dlg_bodies l;
	struct dialogue *d = dlg_new();
	struct dlg_error err;

	fill(&l);
	r.list = &l;
	r.office = DLG_BODY_REFUSE;
	CHECK(set(d, F_BODIES, "BUN", &r, NULL, &err) == 0);
	/* What dlg_set_field left, checked and refused: not rewritten. */
	dlg_put(d, F_PROCESS_OWNER, "PRO");
	CHECK(dlg_bodies_check_field(d, F_PROCESS_OWNER, &r, NULL,
	    &err) == -1);
	CHECK_STR(dlg_get(d, F_PROCESS_OWNER), "PRO");
	CHECK(dlg_items_parse(F_BODIES, "KS; Okänd nämnd", NULL,
	    dlg_list_mut(d, F_BODIES), &err) == 0);
	CHECK(dlg_bodies_check_field(d, F_BODIES, &r, NULL, &err) == -1);
	CHECK(dlg_list(d, F_BODIES)->n == 3 &&
	    strcmp(dlg_list(d, F_BODIES)->v[1].name, "KS") == 0);
	dlg_free(d);
	dlg_bodies_clear(&l);
}

static void
office_in_a_political_role_is_refused_or_warned(void)
{
	static const enum dlg_field political[] = {
		F_DECISION_BODY, F_NEED_VIEWS_BY, F_OPEN_TO_INFLUENCE_BY,
		F_PROCESS_OWNER, F_QUESTION_DECISION_BODY,
	};
	struct dlg_issues warn = { 0 };
	struct dlg_body_rules r = { 0 };
	struct dlg_bodies l;
	struct dialogue *d = dlg_new();
	struct dlg_error err;
	size_t i;

	fill(&l);
	r.list = &l;
	r.office = DLG_BODY_REFUSE;
	for (i = 0; i < sizeof political / sizeof political[0]; i++) {
		CHECK(set(d, political[i], "pro", &r, NULL, &err) == -1);
		CHECK(strstr(err.msg, "'Pensionärsrådet' is not a political "
		    "body") != NULL);
		CHECK(strstr(err.msg, "[T5][S:Roller]") != NULL);
		/* Refused: not written as the list spells it. */
		CHECK_STR(dlg_get(d, political[i]), "pro");
	}
	/* Not political, but any body may send or be concerned. */
	CHECK(set(d, F_SENDER, "PRO", &r, NULL, &err) == 0);
	CHECK_STR(dlg_get(d, F_SENDER), "Pensionärsrådet");
	CHECK(set(d, F_BODIES, "PRO", &r, NULL, &err) == 0);
	/* A profile may make it a warning instead. */
	r.office = DLG_BODY_WARN;
	CHECK(set(d, F_DECISION_BODY, "pro", &r, &warn, &err) == 0);
	CHECK_STR(dlg_get(d, F_DECISION_BODY), "Pensionärsrådet");
	CHECK(warn.n == 1 && dlg_issues_has(&warn, "not_political_body") &&
	    warn.v[0].field == F_DECISION_BODY);
	dlg_issues_clear(&warn);
	dlg_free(d);
	dlg_bodies_clear(&l);
}

/* The policy says per field [T5][S:Förutsättningar]: an office never
 * decides; Sollentuna refuses it answering the gate questions (the
 * elected members concerned answer them), Tjörn only warns; the process
 * owner is a warning under both. Each message cites its own policy. */
static void
office_rule_follows_the_policy(void)
{
	struct dlg_issues warn = { 0 };
	struct dlg_body_rules r = { 0 };
	struct dlg_settings s;
	struct dlg_bodies l;
	struct dialogue *d = dlg_new();
	struct dlg_error err;

	fill(&l);
	dlg_settings_default(&s);
	r.list = &l;
	r.office = DLG_BODY_REFUSE;
	r.policy = &s;
	s.policy = DLG_POLICY_TJORN;
	CHECK(set(d, F_DECISION_BODY, "pro", &r, &warn, &err) == -1);
	CHECK(strstr(err.msg, "[T5].") != NULL);
	CHECK(strstr(err.msg, "[S:") == NULL);
	CHECK(set(d, F_NEED_VIEWS_BY, "pro", &r, &warn, &err) == 0);
	CHECK(dlg_issues_has(&warn, "not_political_body"));
	dlg_issues_clear(&warn);
	CHECK(set(d, F_PROCESS_OWNER, "pro", &r, &warn, &err) == 0);
	CHECK(dlg_issues_has(&warn, "not_political_body"));
	dlg_issues_clear(&warn);
	s.policy = DLG_POLICY_SOLLENTUNA;
	CHECK(set(d, F_OPEN_TO_INFLUENCE_BY, "pro", &r, &warn, &err) == -1);
	CHECK(strstr(err.msg, "[S:Roller].") != NULL);
	CHECK(strstr(err.msg, "[T5]") == NULL);
	CHECK(set(d, F_PROCESS_OWNER, "pro", &r, &warn, &err) == 0);
	CHECK(warn.n == 1);
	dlg_issues_clear(&warn);
	/* The union refuses where either does. */
	s.policy = DLG_POLICY_COMBINED;
	CHECK(set(d, F_NEED_VIEWS_BY, "pro", &r, &warn, &err) == -1);
	dlg_settings_clear(&s);
	dlg_free(d);
	dlg_bodies_clear(&l);
}

static void
party_is_never_a_politicians_body(void)
{
	static const char *const parties[] = {
		"Anna Berg (S)", "Anna Berg (m)", "Anna Berg (SD)",
		"Anna Berg (C)", "Anna Berg (V)", "Anna Berg (KD)",
		"Anna Berg (L)", "Anna Berg (MP)",
		"Anna Berg (Socialdemokraterna)", "Anna Berg (Centerpartiet)",
	};
	struct dlg_body_rules r = { NULL, DLG_BODY_REFUSE, NULL };
	struct dlg_bodies l;
	struct dialogue *d = dlg_new();
	struct dlg_error err;
	size_t i;

	/* With no list and with one: always refused, with the reason. */
	for (i = 0; i < sizeof parties / sizeof parties[0]; i++) {
		CHECK(set(d, F_POLITICIANS, parties[i], &r, NULL, &err) == -1);
		CHECK(strstr(err.msg, "political party") != NULL);
		CHECK(strstr(err.msg, "[T5]") != NULL);
	}
	fill(&l);
	r.list = &l;
	CHECK(set(d, F_POLITICIANS, "Per Åström (KS); Anna Berg (S)", &r,
	    NULL, &err) == -1);
	CHECK(strstr(err.msg, "'S' for Anna Berg") != NULL);
	CHECK(strstr(err.msg, "'Anna Berg (Barn- och utbildningsnämnden)'") !=
	    NULL);
	/* A politician without a body is no party either. */
	CHECK(set(d, F_POLITICIANS, "Anna Berg", &r, NULL, &err) == 0);
	dlg_free(d);
	dlg_bodies_clear(&l);
}

static void
empty_list_accepts_any_name(void)
{
	struct dlg_body_rules r = { NULL, DLG_BODY_REFUSE, NULL };
	struct dlg_bodies empty = { 0 };
	struct dialogue *d = dlg_new();
	struct dlg_error err;

	CHECK(set(d, F_DECISION_BODY, "Kommundirektören", &r, NULL,
	    &err) == 0);
	CHECK_STR(dlg_get(d, F_DECISION_BODY), "Kommundirektören");
	r.list = &empty;
	CHECK(set(d, F_BODIES, "KS; Tekniska nämnden", &r, NULL, &err) == 0);
	CHECK(dlg_list(d, F_BODIES)->n == 2 &&
	    strcmp(dlg_list(d, F_BODIES)->v[0].name, "KS") == 0);
	CHECK(set(d, F_POLITICIANS, "Anna Berg (KFN)", &r, NULL, &err) == 0);
	CHECK_STR(dlg_list(d, F_POLITICIANS)->v[0].note, "KFN");
	dlg_free(d);
}

static void
body_value_round_trips_for_the_history(void)
{
	struct dlg_body b = { 0 };
	char *v, *shown;

	b.name = (char *)"Barn- och utbildningsnämnden";
	b.abbrev = (char *)"BUN";
	b.kind = DLG_BODY_COMMITTEE;
	b.political = 1;
	v = dlg_body_value(&b);
	CHECK_STR(v, "Barn- och utbildningsnämnden; BUN; committee; "
	    "political");
	shown = dlg_body_value_shown(v);
	CHECK_STR(shown, "Barn- och utbildningsnämnden (BUN), committee, "
	    "political body");
	free(v);
	free(shown);
	b.abbrev = NULL;
	b.political = 0;
	v = dlg_body_value(&b);
	CHECK_STR(v, "Barn- och utbildningsnämnden; ; committee; "
	    "not_political");
	shown = dlg_body_value_shown(v);
	CHECK_STR(shown, "Barn- och utbildningsnämnden, committee, not a "
	    "political body");
	free(v);
	free(shown);
	CHECK(dlg_body_value_shown("2") == NULL);
	CHECK(dlg_body_value_shown("a; b; clan; political") == NULL);
}

static const struct check_test tests[] = {
	{ "kinds_have_tokens_and_parse_swedish_words",
	    kinds_have_tokens_and_parse_swedish_words },
	{ "find_takes_name_or_abbreviation_in_any_case",
	    find_takes_name_or_abbreviation_in_any_case },
	{ "entry_check_refuses_clashes_parties_and_bad_text",
	    entry_check_refuses_clashes_parties_and_bad_text },
	{ "abbreviations_are_stored_as_full_names",
	    abbreviations_are_stored_as_full_names },
	{ "unknown_body_is_refused_naming_the_list",
	    unknown_body_is_refused_naming_the_list },
	{ "refused_field_leaves_the_dialogue_unchanged",
	    refused_field_leaves_the_dialogue_unchanged },
	{ "office_in_a_political_role_is_refused_or_warned",
	    office_in_a_political_role_is_refused_or_warned },
	{ "office_rule_follows_the_policy", office_rule_follows_the_policy },
	{ "party_is_never_a_politicians_body",
	    party_is_never_a_politicians_body },
	{ "empty_list_accepts_any_name", empty_list_accepts_any_name },
	{ "body_value_round_trips_for_the_history",
	    body_value_round_trips_for_the_history },
	{ NULL, NULL },
};

int
main(int argc, char **argv)
{
	return check_main(tests, argc, argv);
}
