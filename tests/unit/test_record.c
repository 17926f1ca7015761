/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_record.c: the record in memory, the field table, states, the
 * ladder with its method catalogue, and the settings.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "dialogue.h"
#include "fixture.h"

static void
new_dialogue_is_empty_and_proposed(void)
{
	struct dialogue *d = dlg_new();
	int f;

	CHECK(d->state == DLG_PROPOSED);
	CHECK(d->id == 0 && d->ref == NULL);
	for (f = 0; f < DLG_NSCALARS; f++)
		CHECK(dlg_get(d, (enum dlg_field)f) == NULL);
	for (f = DLG_NSCALARS; f < DLG_NFIELDS; f++)
		CHECK(dlg_list(d, (enum dlg_field)f)->n == 0);
	dlg_free(d);
	dlg_free(NULL);
}

static void
dup_copies_deeply(void)
{
	struct dialogue *d = fx_at(DLG_RUNNING), *c;

	d->ref = xstrdup("MD-2026-007");
	d->nsessions = 1;
	d->sessions = xcalloc(1, sizeof *d->sessions);
	d->sessions[0].date = xstrdup("2026-03-15");
	d->sessions[0].participants = 12;
	d->nfeedback = 1;
	d->feedback = xcalloc(1, sizeof *d->feedback);
	d->feedback[0].text = xstrdup("Tack");
	c = dlg_dup(d);
	fx_set(d, F_TITLE, "Ändrad");
	fx_set(d, F_POLITICIANS, "Bo Ek");
	d->sessions[0].date[0] = 'X';
	d->feedback[0].text[0] = 'X';
	CHECK_STR(dlg_get(c, F_TITLE), "Ny park vid Strandvägen");
	CHECK_STR(c->ref, "MD-2026-007");
	CHECK(c->state == DLG_RUNNING);
	CHECK(dlg_list(c, F_POLITICIANS)->n == 1);
	CHECK_STR(dlg_list(c, F_POLITICIANS)->v[0].name, "Anna Berg");
	CHECK_STR(dlg_list(c, F_POLITICIANS)->v[0].note, FX_BODY);
	CHECK(c->nsessions == 1 && c->sessions[0].participants == 12);
	CHECK_STR(c->sessions[0].date, "2026-03-15");
	CHECK_STR(c->feedback[0].text, "Tack");
	CHECK(dlg_list(c, F_METHODS)->v[0].step == 2);
	dlg_free(d);
	dlg_free(c);
}

static void
put_copies_and_empty_clears(void)
{
	struct dialogue *d = dlg_new();
	char buf[16] = "2026-01-01";

	dlg_put(d, F_DECISION_DATE, buf);
	buf[0] = 'X';
	CHECK_STR(dlg_get(d, F_DECISION_DATE), "2026-01-01");
	dlg_put(d, F_DECISION_DATE, "");
	CHECK(dlg_get(d, F_DECISION_DATE) == NULL);
	dlg_put(d, F_TITLE, "x");
	dlg_put(d, F_TITLE, NULL);
	CHECK(dlg_get(d, F_TITLE) == NULL);
	dlg_free(d);
}

static void
child_clear_frees_and_resets(void)
{
	struct dlg_session s = { 0 };
	struct dlg_feedback f = { 0 };
	struct dlg_contribution c = { 0 };

	s.date = xstrdup("2026-03-15");
	s.notes = xstrdup("n");
	s.participants = 5;
	dlg_session_clear(&s);
	CHECK(s.date == NULL && s.notes == NULL && s.participants == -1);
	f.text = xstrdup("t");
	dlg_feedback_clear(&f);
	CHECK(f.text == NULL);
	c.contact = xstrdup("anna@example.org");
	c.contact_erased = 1;
	dlg_contribution_clear(&c);
	CHECK(c.contact == NULL && c.contact_erased == 0);
	dlg_session_clear(NULL);
}

static void
field_table_is_complete_and_names_are_unique(void)
{
	int i, j;

	for (i = 0; i < DLG_NFIELDS; i++) {
		CHECK(dlg_fields[i].name != NULL && dlg_fields[i].label != NULL
		    && dlg_fields[i].help != NULL);
		if (dlg_fields[i].name == NULL)
			continue;
		CHECK((dlg_fields[i].type == FT_LIST) == (i >= DLG_NSCALARS));
		CHECK(dlg_field_lookup(dlg_fields[i].name) == i);
		for (j = i + 1; j < DLG_NFIELDS; j++)
			CHECK(dlg_fields[j].name == NULL ||
			    strcmp(dlg_fields[i].name, dlg_fields[j].name) != 0);
	}
	CHECK(dlg_field_lookup("DECISION_DEADLINE") == F_DECISION_DEADLINE);
	CHECK(dlg_field_lookup("nosuchfield") == -1);
}

static void
state_parse_takes_token_or_label_in_any_case(void)
{
	struct dlg_error err = { 0 };
	enum dlg_state s = DLG_PROPOSED;
	int i;

	for (i = 0; i < DLG_NSTATES; i++) {
		CHECK(dlg_state_parse(dlg_state_token((enum dlg_state)i), &s,
		    NULL) == 0 && s == (enum dlg_state)i);
		CHECK(dlg_state_parse(dlg_state_label((enum dlg_state)i), &s,
		    NULL) == 0 && s == (enum dlg_state)i);
		CHECK(dlg_state_step((enum dlg_state)i)[0] != '\0');
	}
	CHECK(dlg_state_parse("FED_BACK", &s, NULL) == 0 && s == DLG_FED_BACK);
	CHECK(dlg_state_parse(" fed back ", &s, NULL) == 0 &&
	    s == DLG_FED_BACK);
	CHECK_STR(dlg_state_token(DLG_FED_BACK), "fed_back");
	CHECK_STR(dlg_state_label(DLG_CANCELLED), "Cancelled");
	CHECK_STR(dlg_state_step(DLG_CANCELLED), "cancel the dialogue");
	CHECK(dlg_state_parse("finished", &s, &err) == -1);
	CHECK(err.code == ERR_USAGE);
	CHECK(strstr(err.msg, "'finished'") != NULL);
	CHECK(strstr(err.msg, "fed_back") != NULL);
	CHECK(dlg_state_parse("\xff", &s, NULL) == -1);
}

static void
ladder_has_five_fixed_steps(void)
{
	static const char *const tokens[] = { "information", "consultation",
	    "dialogue", "influence", "codecision" };
	int i, level;

	for (i = 1; i <= DLG_NLEVELS; i++) {
		CHECK_STR(dlg_level_token(i), tokens[i - 1]);
		CHECK(dlg_level_from_token(tokens[i - 1]) == i);
		CHECK(dlg_level_label(i)[0] != '\0');
		CHECK(dlg_level_gets(i)[0] != '\0');
		CHECK(dlg_level_parse(tokens[i - 1], &level, NULL) == 0 &&
		    level == i);
		CHECK(dlg_level_parse(dlg_level_label(i), &level, NULL) == 0
		    && level == i);
	}
	CHECK_STR(dlg_level_token(0), "");
	CHECK_STR(dlg_level_label(6), "");
	CHECK(dlg_level_from_token("nonsense") == 0);
	CHECK(dlg_level_parse(" 3 ", &level, NULL) == 0 && level == 3);
	CHECK(dlg_level_parse("inflytande", &level, NULL) == 0 && level == 4);
	CHECK(dlg_level_parse("KONSULTATION", &level, NULL) == 0 &&
	    level == 2);
	CHECK(dlg_level_parse("6", &level, NULL) == -1);
	CHECK(dlg_level_parse("0", &level, NULL) == -1);
	CHECK(dlg_level_parse("12", &level, NULL) == -1);
	CHECK(dlg_level_parse("", &level, NULL) == -1);
}

static void
builtin_methods_follow_the_policy_table(void)
{
	static const struct { const char *name; int step; } want[] = {
		{ "Tidning", 1 }, { "Webb", 1 }, { "Trycksak", 1 },
		{ "Öppna möten", 1 }, { "Utställning", 1 }, { "Mässa", 1 },
		{ "Enkät", 2 }, { "Intervju", 2 }, { "Fokusgrupp", 2 },
		{ "Open space", 3 }, { "Cafémetoden", 3 },
		{ "Framtidsverkstad", 4 }, { "Idéverkstad", 4 },
		{ "Rådslag med omröstning", 5 }, { "Medborgarbudget", 5 },
	};
	struct dlg_methods m = { 0 };
	size_t i;

	dlg_methods_builtin(&m);
	CHECK(m.n == sizeof want / sizeof want[0]);
	for (i = 0; i < m.n && i < sizeof want / sizeof want[0]; i++) {
		CHECK_STR(m.v[i].name, want[i].name);
		CHECK(m.v[i].step == want[i].step);
		CHECK(dlg_method_is_builtin(want[i].name));
	}
	CHECK(dlg_methods_step(&m, "ÖPPNA MÖTEN") == 1);
	CHECK(dlg_methods_step(&m, " cafémetoden ") == 3);
	CHECK(dlg_methods_step(&m, "CAFÉMETODEN") == 3);
	CHECK_STR(dlg_methods_name(&m, "idéVERKSTAD"), "Idéverkstad");
	CHECK(dlg_methods_step(&m, "Trolleri") == 0);
	CHECK(dlg_methods_name(&m, "Trolleri") == NULL);
	CHECK(!dlg_method_is_builtin("Trolleri"));
	dlg_methods_clear(&m);
	CHECK(m.n == 0 && m.v == NULL);
}

static void
own_method_overrides_builtin_step(void)
{
	struct dlg_methods m = { 0 };
	size_t n;

	dlg_methods_builtin(&m);
	n = m.n;
	dlg_methods_add(&m, "Medborgarpanel", 4);
	CHECK(m.n == n + 1);
	CHECK(dlg_methods_step(&m, "medborgarpanel") == 4);
	dlg_methods_add(&m, "enkät", 3);
	CHECK(m.n == n + 1);
	CHECK(dlg_methods_step(&m, "Enkät") == 3);
	CHECK_STR(dlg_methods_name(&m, "ENKÄT"), "Enkät");
	dlg_methods_clear(&m);
}

static void
settings_have_policy_defaults(void)
{
	struct dlg_settings s;
	const char *const *k;
	char *v;

	dlg_settings_default(&s);
	CHECK_STR(s.municipality, "");
	/* The council rule follows the policy until it is set. */
	CHECK(s.council_rule == -1);
	CHECK(s.policy == DLG_POLICY_COMBINED);
	CHECK(dlg_council_rule(&s) == 1);
	CHECK_STR(s.council_name, "Kommunfullmäktige");
	CHECK(s.deadline_warn_days == 56);
	CHECK(s.feedback_days == 30);
	CHECK(s.evaluation_days == 180);
	for (k = dlg_setting_keys; *k != NULL; k++) {
		CHECK(strcmp(dlg_setting_label(*k), *k) != 0);
		v = dlg_settings_get(&s, *k);
		CHECK(v != NULL);
		/* Each canonical value is accepted back as it is. */
		CHECK(dlg_settings_set(&s, *k, v, NULL) == 0);
		free(v);
	}
	CHECK(k - dlg_setting_keys == 10);
	CHECK_STR(s.contact, "");
	CHECK_STR(v = dlg_settings_get(&s, "council_rule"), "1");
	free(v);
	CHECK_STR(v = dlg_settings_get(&s, "policy"), "combined");
	free(v);
	dlg_settings_clear(&s);
	/* Sollentuna's committee decides; Tjörn's council when several
	 * bodies are concerned [T5]; a setting overrides either. */
	dlg_settings_default(&s);
	CHECK(dlg_settings_set(&s, "policy", "sollentuna", NULL) == 0);
	CHECK(dlg_council_rule(&s) == 0);
	CHECK(dlg_settings_set(&s, "policy", " Tjörn ", NULL) == 0);
	CHECK(s.policy == DLG_POLICY_TJORN);
	CHECK(dlg_council_rule(&s) == 1);
	CHECK(dlg_settings_set(&s, "council_rule", "nej", NULL) == 0);
	CHECK(dlg_council_rule(&s) == 0);
	CHECK(dlg_settings_set(&s, "policy", "lund", NULL) == -1);
	CHECK(s.policy == DLG_POLICY_TJORN);
	CHECK_STR(v = dlg_policy_citation(&s),
	    "Policy för invånardialog, KF 2018-03-28 § 48");
	free(v);
	CHECK(dlg_settings_set(&s, "policy_title", "Egen policy, KF 2020-01-01",
	    NULL) == 0);
	CHECK_STR(v = dlg_policy_citation(&s), "Egen policy, KF 2020-01-01");
	free(v);
	CHECK_STR(v = dlg_settings_get(&s, "feedback_days"), "30");
	free(v);
	dlg_settings_clear(&s);
}

static void
settings_set_validates_each_key(void)
{
	struct dlg_settings s;
	struct dlg_error err = { 0 };
	char *v;

	dlg_settings_default(&s);
	CHECK(dlg_settings_set(&s, "municipality", " Tjörns kommun ",
	    &err) == 0);
	CHECK_STR(s.municipality, "Tjörns kommun");
	CHECK(dlg_settings_set(&s, "municipality", "Tjörn\x1b", &err) == -1);
	CHECK_STR(s.municipality, "Tjörns kommun");
	CHECK(dlg_settings_set(&s, "council_rule", "nej", &err) == 0);
	CHECK(s.council_rule == 0);
	CHECK_STR(v = dlg_settings_get(&s, "council_rule"), "0");
	free(v);
	CHECK(dlg_settings_set(&s, "council_rule", "1", &err) == 0);
	CHECK(s.council_rule == 1);
	CHECK(dlg_settings_set(&s, "council_rule", "kanske", &err) == -1);
	CHECK(err.code == ERR_REFUSED);
	CHECK(dlg_settings_set(&s, "council_name", "  ", &err) == -1);
	CHECK_STR(s.council_name, "Kommunfullmäktige");
	CHECK(dlg_settings_set(&s, "feedback_days", "45", &err) == 0);
	CHECK(s.feedback_days == 45);
	CHECK(dlg_settings_set(&s, "feedback_days", "0", &err) == -1);
	CHECK(dlg_settings_set(&s, "feedback_days", "-3", &err) == -1);
	CHECK(dlg_settings_set(&s, "feedback_days", "30 dagar", &err) == -1);
	CHECK(strstr(err.msg, "'30 dagar'") != NULL);
	CHECK(dlg_settings_set(&s, "evaluation_days", "99999", &err) == -1);
	CHECK(dlg_settings_set(&s, "deadline_warn_days", "0", &err) == 0);
	CHECK(s.deadline_warn_days == 0);
	CHECK(s.feedback_days == 45);
	CHECK(dlg_settings_set(&s, "colour", "red", &err) == -1);
	CHECK(strstr(err.msg, "'colour'") != NULL);
	dlg_settings_clear(&s);
}

/* The contact channel is published [T4]: an office's, never a
 * person's. A private mailbox is refused, the setting kept; what only
 * looks like a person's is stored and warned about. */
static void
contact_setting_refuses_private_mail_and_warns_of_persons(void)
{
	struct dlg_settings s;
	struct dlg_error err = { 0 };
	char *w;

	dlg_settings_default(&s);
	CHECK(dlg_settings_set(&s, "contact", " medborgardialog@tjorn.se, "
	    "tfn 0304-60 10 00 ", &err) == 0);
	CHECK_STR(s.contact, "medborgardialog@tjorn.se, tfn 0304-60 10 00");
	CHECK(dlg_setting_warning("contact", s.contact) == NULL);
	CHECK(dlg_setting_warning("municipality", "anna.berg@tjorn.se") ==
	    NULL);
	CHECK(dlg_settings_set(&s, "contact", "Skriv till Tjorn.Kommun@"
	    "Gmail.com.", &err) == -1);
	CHECK(err.code == ERR_REFUSED);
	CHECK(strstr(err.msg, "'Tjorn.Kommun@Gmail.com' is a private "
	    "mailbox") != NULL);
	CHECK(dlg_settings_set(&s, "contact", "dialog@hotmail.se", &err) ==
	    -1);
	CHECK(dlg_settings_set(&s, "contact", "rad ett\nrad två", &err) ==
	    -1);
	CHECK_STR(s.contact, "medborgardialog@tjorn.se, tfn 0304-60 10 00");
	/* First and last name before the @: stored, and said. */
	CHECK(dlg_settings_set(&s, "contact", "anna-karin.berg@tjorn.se",
	    &err) == 0);
	w = dlg_setting_warning("contact", s.contact);
	CHECK(w != NULL && strstr(w, "'anna-karin.berg@tjorn.se' looks like "
	    "a person's e-mail address") != NULL);
	free(w);
	/* A Swedish mobile number, however written; not an office's. */
	CHECK((w = dlg_contact_warning("tfn 070-123 45 67")) != NULL);
	free(w);
	CHECK((w = dlg_contact_warning("+46 73 123 45 67")) != NULL);
	free(w);
	CHECK((w = dlg_contact_warning("0046761234567")) != NULL);
	free(w);
	CHECK(dlg_contact_warning("0304-60 10 00, 08-579 210 00") == NULL);
	CHECK(dlg_contact_warning("kontaktcenter@sollentuna.se") == NULL);
	CHECK(dlg_contact_warning("+45 70 12 34 56") == NULL);
	dlg_settings_clear(&s);
}

/* The pages link each address of the channel. */
static void
contact_addresses_are_found_for_links(void)
{
	const char *c = "Mejla dialog@tjorn.se. Eller info@x.tjorn.se, "
	    "tfn 0304-60 10 00 (ingen@adress)";
	size_t pos = 0, a, n;

	CHECK(dlg_contact_address(c, &pos, &a, &n) == 1);
	CHECK(strncmp(c + a, "dialog@tjorn.se", n) == 0 && n == 15);
	CHECK(dlg_contact_address(c, &pos, &a, &n) == 1);
	CHECK(strncmp(c + a, "info@x.tjorn.se", n) == 0 && n == 15);
	CHECK(dlg_contact_address(c, &pos, &a, &n) == 0);
	pos = 0;
	CHECK(dlg_contact_address("0304-60 10 00", &pos, &a, &n) == 0);
}

static void
issues_keep_code_field_and_text(void)
{
	struct dlg_issues l = { 0 };

	dlg_issues_add(&l, "missing_purpose", F_PURPOSE, "%s is %d", "x", 5);
	CHECK(l.n == 1);
	CHECK_STR(l.v[0].code, "missing_purpose");
	CHECK(l.v[0].field == F_PURPOSE);
	CHECK_STR(l.v[0].text, "x is 5");
	CHECK(dlg_issues_has(&l, "missing_purpose"));
	CHECK(!dlg_issues_has(&l, "missing_level"));
	dlg_issues_clear(&l);
	CHECK(l.n == 0 && l.v == NULL);
}

static const struct check_test tests[] = {
	{ "new_dialogue_is_empty_and_proposed",
	    new_dialogue_is_empty_and_proposed },
	{ "dup_copies_deeply", dup_copies_deeply },
	{ "put_copies_and_empty_clears", put_copies_and_empty_clears },
	{ "child_clear_frees_and_resets", child_clear_frees_and_resets },
	{ "field_table_is_complete_and_names_are_unique",
	    field_table_is_complete_and_names_are_unique },
	{ "state_parse_takes_token_or_label_in_any_case",
	    state_parse_takes_token_or_label_in_any_case },
	{ "ladder_has_five_fixed_steps", ladder_has_five_fixed_steps },
	{ "builtin_methods_follow_the_policy_table",
	    builtin_methods_follow_the_policy_table },
	{ "own_method_overrides_builtin_step",
	    own_method_overrides_builtin_step },
	{ "settings_have_policy_defaults", settings_have_policy_defaults },
	{ "settings_set_validates_each_key", settings_set_validates_each_key },
	{ "contact_setting_refuses_private_mail_and_warns_of_persons",
	    contact_setting_refuses_private_mail_and_warns_of_persons },
	{ "contact_addresses_are_found_for_links",
	    contact_addresses_are_found_for_links },
	{ "issues_keep_code_field_and_text", issues_keep_code_field_and_text },
	{ NULL, NULL },
};

int
main(int argc, char **argv)
{
	return check_main(tests, argc, argv);
}
