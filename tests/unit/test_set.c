/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_set.c: typed input for fields (canonical forms, UTF-8, control
 * characters, length bounds, lists with notes and the method catalogue),
 * formatting for people and machines, and the child record checks.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "dialogue.h"
#include "fixture.h"

static int
set(struct dialogue *d, enum dlg_field f, const char *in,
    struct dlg_error *err)
{
	return dlg_set_field(d, f, in, fx_methods(), err);
}

/* A string of n copies of the UTF-8 character c. Caller frees. */
static char *
repeat(const char *c, size_t n)
{
	struct strbuf sb;

	sb_init(&sb);
	while (n-- > 0)
		sb_add(&sb, c);
	return sb_detach(&sb);
}

static void
set_stores_each_type_canonically(void)
{
	struct dialogue *d = dlg_new();

	fx_set(d, F_TITLE, "  Ny park  ");
	CHECK_STR(dlg_get(d, F_TITLE), "Ny park");
	fx_set(d, F_DECISION_DATE, " 2026-02-10 ");
	CHECK_STR(dlg_get(d, F_DECISION_DATE), "2026-02-10");
	fx_set(d, F_BUDGET, "125 000 kr");
	CHECK_STR(dlg_get(d, F_BUDGET), "125000");
	fx_set(d, F_NEED_VIEWS, "Ja");
	CHECK_STR(dlg_get(d, F_NEED_VIEWS), "yes");
	fx_set(d, F_OPEN_TO_INFLUENCE, "NO");
	CHECK_STR(dlg_get(d, F_OPEN_TO_INFLUENCE), "no");
	fx_set(d, F_LEVEL, "2");
	CHECK_STR(dlg_get(d, F_LEVEL), "consultation");
	fx_set(d, F_LEVEL, "Medbeslutande");
	CHECK_STR(dlg_get(d, F_LEVEL), "codecision");
	fx_set(d, F_LEVEL, "Dialogue");
	CHECK_STR(dlg_get(d, F_LEVEL), "dialogue");
	fx_set(d, F_INFLUENCE, "Partly");
	CHECK_STR(dlg_get(d, F_INFLUENCE), "partly");
	fx_set(d, F_INFLUENCE, "unknown");
	CHECK_STR(dlg_get(d, F_INFLUENCE), "unknown");
	dlg_free(d);
}

static void
set_refuses_values_of_the_wrong_type(void)
{
	struct dialogue *d = dlg_new();
	struct dlg_error err = { 0 };

	CHECK(set(d, F_DECISION_DATE, "2026-02-29", &err) == -1);
	CHECK(err.code == ERR_REFUSED);
	CHECK_STR(err.msg, "Decision date: the date '2026-02-29' does not "
	    "exist.");
	CHECK(set(d, F_BUDGET, "12,5", &err) == -1);
	CHECK(strstr(err.msg, "Budget (proposal, kr): ") == err.msg);
	CHECK(set(d, F_NEED_VIEWS, "kanske", &err) == -1);
	CHECK(strstr(err.msg, "'kanske'") != NULL);
	CHECK(set(d, F_LEVEL, "6", &err) == -1);
	CHECK(strstr(err.msg, "Participation level") != NULL);
	CHECK(set(d, F_LEVEL, "0", &err) == -1);
	CHECK(set(d, F_INFLUENCE, "mycket", &err) == -1);
	CHECK(dlg_get(d, F_DECISION_DATE) == NULL);
	CHECK(dlg_get(d, F_LEVEL) == NULL);
	dlg_free(d);
}

static void
set_empty_input_clears_the_field(void)
{
	struct dialogue *d = dlg_new();

	fx_set(d, F_TITLE, "Ny park");
	fx_set(d, F_TITLE, "   ");
	CHECK(dlg_get(d, F_TITLE) == NULL);
	fx_set(d, F_BODIES, FX_BODY);
	fx_set(d, F_BODIES, "");
	CHECK(dlg_list(d, F_BODIES)->n == 0);
	fx_set(d, F_BUDGET, "5");
	CHECK(set(d, F_BUDGET, NULL, NULL) == 0);
	CHECK(dlg_get(d, F_BUDGET) == NULL);
	dlg_free(d);
}

static void
set_refuses_invalid_utf8(void)
{
	static const char *const bad[] = {
		"Park \xff",
		"\xc3\x28",		/* bad continuation */
		"\xc0\xaf",		/* overlong '/' */
		"\xed\xa0\x80",		/* surrogate */
		"\xf4\x90\x80\x80",	/* above U+10FFFF */
		"Park \xc3",		/* cut short */
	};
	struct dialogue *d = dlg_new();
	struct dlg_error err = { 0 };
	size_t i;

	fx_set(d, F_TITLE, "Ny park");
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		CHECK(set(d, F_TITLE, bad[i], &err) == -1);
		CHECK(err.code == ERR_REFUSED);
		CHECK(strstr(err.msg, "Title: ") == err.msg);
		CHECK(strstr(err.msg, "not valid UTF-8") != NULL);
		CHECK(utf8_valid(err.msg, strlen(err.msg)));
		CHECK(set(d, F_QUESTION, bad[i], NULL) == -1);
		CHECK(set(d, F_BODIES, bad[i], NULL) == -1);
		CHECK(set(d, F_DECISION_DATE, bad[i], NULL) == -1);
	}
	CHECK(set(d, F_TITLE, "Park \xff", &err) == -1);
	CHECK(strstr(err.msg, "'Park \\xFF'") != NULL);
	CHECK_STR(dlg_get(d, F_TITLE), "Ny park");
	dlg_free(d);
}

static void
set_refuses_escape_in_title(void)
{
	struct dialogue *d = dlg_new();
	struct dlg_error err = { 0 };

	CHECK(set(d, F_TITLE, "Park\x1b[31m", &err) == -1);
	CHECK(err.code == ERR_REFUSED);
	CHECK(strstr(err.msg, "Title: ") == err.msg);
	CHECK(strstr(err.msg, "control character") != NULL);
	CHECK(strstr(err.msg, "'Park\\x1B[31m'") != NULL);
	CHECK(strchr(err.msg, '\x1b') == NULL);
	CHECK(set(d, F_QUESTION, "Fråga\x1b", NULL) == -1);
	CHECK(set(d, F_TITLE, "Park\x7f", NULL) == -1);		/* DEL */
	CHECK(set(d, F_TITLE, "Park\xc2\x85", NULL) == -1);	/* C1 NEL */
	CHECK(set(d, F_TITLE, "Park\ttab", NULL) == -1);
	CHECK(set(d, F_POLITICIANS, "Anna\x07 Berg", NULL) == -1);
	CHECK(dlg_get(d, F_TITLE) == NULL);
	dlg_free(d);
}

static void
set_allows_newline_in_question_not_in_title(void)
{
	struct dialogue *d = dlg_new();
	struct dlg_error err = { 0 };

	fx_set(d, F_QUESTION, "Rad ett\n\tRad två\r\nRad tre");
	CHECK_STR(dlg_get(d, F_QUESTION), "Rad ett\n\tRad två\nRad tre");
	CHECK(set(d, F_TITLE, "Rad ett\nRad två", &err) == -1);
	CHECK(strstr(err.msg, "line break") != NULL);
	fx_set(d, F_TITLE, "Ny park\n");	/* a trailing newline is trimmed */
	CHECK_STR(dlg_get(d, F_TITLE), "Ny park");
	CHECK(set(d, F_BODIES, "Nämnd A\nNämnd B", NULL) == -1);
	dlg_free(d);
}

static void
set_refuses_text_beyond_length_bounds(void)
{
	struct dialogue *d = dlg_new();
	struct dlg_error err = { 0 };
	char *s;

	s = repeat("å", 300);		/* 300 code points, 600 bytes */
	CHECK(set(d, F_TITLE, s, &err) == 0);
	free(s);
	s = repeat("å", 301);
	CHECK(set(d, F_TITLE, s, &err) == -1);
	CHECK(strstr(err.msg, "too long (301 characters)") != NULL);
	CHECK(strstr(err.msg, "at most 300") != NULL);
	free(s);
	s = repeat("x", 20000);
	CHECK(set(d, F_QUESTION, s, &err) == 0);
	free(s);
	s = repeat("x", 20001);
	CHECK(set(d, F_QUESTION, s, &err) == -1);
	CHECK(strstr(err.msg, "Question: ") == err.msg);
	free(s);
	s = repeat("x", 301);
	CHECK(set(d, F_PARTNERS, s, &err) == -1);
	free(s);
	CHECK(utf8_len(dlg_get(d, F_TITLE)) == 300);
	CHECK(strlen(dlg_get(d, F_QUESTION)) == 20000);
	dlg_free(d);
}

static void
set_leaves_the_record_unchanged_on_refusal(void)
{
	struct dialogue *d = dlg_new();

	fx_set(d, F_TITLE, "Ny park");
	fx_set(d, F_TARGET_GROUPS, "Unga (språk); Äldre");
	CHECK(set(d, F_TITLE, "\x1b", NULL) == -1);
	CHECK(set(d, F_TARGET_GROUPS, "Barn; Barn", NULL) == -1);
	CHECK(set(d, F_METHODS, "Enkät; Trolleri", NULL) == -1);
	CHECK_STR(dlg_get(d, F_TITLE), "Ny park");
	CHECK(dlg_list(d, F_TARGET_GROUPS)->n == 2);
	CHECK(dlg_list(d, F_METHODS)->n == 0);
	dlg_free(d);
}

static void
set_refuses_readonly_fields(void)
{
	struct dialogue *d = dlg_new();
	struct dlg_error err = { 0 };

	CHECK(set(d, F_STATE_REASON, "x", &err) == -1);
	CHECK(err.code == ERR_REFUSED);
	CHECK(set(d, F_LEVEL_CHANGE_REASON, "x", &err) == -1);
	CHECK(strstr(err.msg, "Reason for level change") != NULL);
	CHECK(dlg_get(d, F_LEVEL_CHANGE_REASON) == NULL);
	dlg_free(d);
}

static void
list_splits_items_and_notes(void)
{
	struct dialogue *d = dlg_new();
	const struct dlg_items *l;
	char *s;

	fx_set(d, F_TARGET_GROUPS, "Unga 13–19 år (ålder, språk);  Äldre ;"
	    " ; Föräldrar (tolk (arabiska));Barn (0-6) och föräldrar");
	l = dlg_list(d, F_TARGET_GROUPS);
	CHECK(l->n == 4);
	if (l->n == 4) {
		CHECK_STR(l->v[0].name, "Unga 13–19 år");
		CHECK_STR(l->v[0].note, "ålder, språk");
		CHECK_STR(l->v[1].name, "Äldre");
		CHECK(l->v[1].note == NULL);
		CHECK_STR(l->v[2].name, "Föräldrar");
		CHECK_STR(l->v[2].note, "tolk (arabiska)");
		CHECK_STR(l->v[3].name, "Barn (0-6) och föräldrar");
		CHECK(l->v[3].note == NULL);
	}
	s = dlg_canonical_field(d, F_TARGET_GROUPS);
	CHECK_STR(s, "Unga 13–19 år (ålder, språk); Äldre; Föräldrar "
	    "(tolk (arabiska)); Barn (0-6) och föräldrar");
	/* The canonical text parses back to the same list. */
	fx_set(d, F_TARGET_GROUPS, s);
	free(s);
	s = dlg_canonical_field(d, F_TARGET_GROUPS);
	CHECK_STR(s, "Unga 13–19 år (ålder, språk); Äldre; Föräldrar "
	    "(tolk (arabiska)); Barn (0-6) och föräldrar");
	free(s);
	fx_set(d, F_POLITICIANS, "Anna Berg (Kultur- och fritidsnämnden)");
	l = dlg_list(d, F_POLITICIANS);
	CHECK(l->n == 1 && strcmp(l->v[0].note,
	    "Kultur- och fritidsnämnden") == 0);
	dlg_free(d);
}

static void
list_without_notes_keeps_parentheses_in_name(void)
{
	struct dialogue *d = dlg_new();
	const struct dlg_items *l;

	fx_set(d, F_BODIES, "Kultur- och fritidsnämnden (KFN); Beredning");
	l = dlg_list(d, F_BODIES);
	CHECK(l->n == 2);
	CHECK(l->n == 2 && strcmp(l->v[0].name,
	    "Kultur- och fritidsnämnden (KFN)") == 0);
	CHECK(l->n == 2 && l->v[0].note == NULL);
	dlg_free(d);
}

static void
list_refuses_duplicates_and_nameless_items(void)
{
	struct dialogue *d = dlg_new();
	struct dlg_error err = { 0 };

	CHECK(set(d, F_BODIES, "Nämnd A; nämnd a ", &err) == -1);
	CHECK(strstr(err.msg, "listed twice") != NULL);
	CHECK(set(d, F_TARGET_GROUPS, "(bara en not)", &err) == -1);
	CHECK(strstr(err.msg, "no name") != NULL);
	CHECK(dlg_list(d, F_BODIES)->n == 0);
	dlg_free(d);
}

static void
list_refuses_long_items_and_too_many(void)
{
	struct dialogue *d = dlg_new();
	struct dlg_error err = { 0 };
	struct strbuf sb;
	char *s;
	int i;

	s = repeat("x", 301);
	CHECK(set(d, F_PARTNERS, s, &err) == -1);
	free(s);
	sb_init(&sb);
	sb_addf(&sb, "Unga (%s)", "x");
	s = repeat("y", 301);
	sb_addf(&sb, "; Äldre (%s)", s);
	free(s);
	CHECK(set(d, F_TARGET_GROUPS, sb.buf, &err) == -1);
	sb_reset(&sb);
	for (i = 0; i < 101; i++)
		sb_addf(&sb, "Partner %d;", i);
	CHECK(set(d, F_PARTNERS, sb.buf, &err) == -1);
	CHECK(strstr(err.msg, "at most 100 items") != NULL);
	sb_release(&sb);
	CHECK(dlg_list(d, F_PARTNERS)->n == 0);
	dlg_free(d);
}

static void
methods_are_looked_up_in_the_catalogue(void)
{
	struct dialogue *d = dlg_new();
	const struct dlg_items *l;

	fx_set(d, F_METHODS, "enkät; OPEN SPACE ;medborgarbudget");
	l = dlg_list(d, F_METHODS);
	CHECK(l->n == 3);
	if (l->n == 3) {
		CHECK_STR(l->v[0].name, "Enkät");
		CHECK(l->v[0].step == 2);
		CHECK_STR(l->v[1].name, "Open space");
		CHECK(l->v[1].step == 3);
		CHECK_STR(l->v[2].name, "Medborgarbudget");
		CHECK(l->v[2].step == 5);
	}
	dlg_free(d);
}

static void
unknown_method_is_refused_naming_how_to_add_it(void)
{
	struct dialogue *d = dlg_new();
	struct dlg_error err = { 0 };
	struct dlg_methods own = { 0 };

	CHECK(set(d, F_METHODS, "Enkät; Medborgarpanel", &err) == -1);
	CHECK(err.code == ERR_REFUSED);
	CHECK(strstr(err.msg, "Methods: ") == err.msg);
	CHECK(strstr(err.msg, "'Medborgarpanel'") != NULL);
	CHECK(strstr(err.msg, "dialogreg method add") != NULL);
	CHECK(dlg_set_field(d, F_METHODS, "Enkät", NULL, &err) == -1);
	/* A register's own method is accepted once added. */
	dlg_methods_builtin(&own);
	dlg_methods_add(&own, "Medborgarpanel", 4);
	CHECK(dlg_set_field(d, F_METHODS, "medborgarpanel", &own, &err) == 0);
	CHECK(dlg_list(d, F_METHODS)->n == 1 &&
	    dlg_list(d, F_METHODS)->v[0].step == 4 &&
	    strcmp(dlg_list(d, F_METHODS)->v[0].name, "Medborgarpanel") == 0);
	dlg_methods_clear(&own);
	dlg_free(d);
}

static void
unknown_method_is_named_for_the_screens(void)
{
	struct dlg_methods own = { 0 };
	char name[64];

	dlg_methods_builtin(&own);
	CHECK(dlg_methods_unknown(&own, " enkät ;  Medborgarpanel ; Pizza",
	    name, sizeof name) == 1);
	CHECK_STR(name, "Medborgarpanel");
	dlg_methods_add(&own, "Medborgarpanel", 4);
	CHECK(dlg_methods_unknown(&own, "Enkät; Medborgarpanel; Pizza", name,
	    sizeof name) == 1);
	CHECK_STR(name, "Pizza");
	CHECK(dlg_methods_unknown(&own, "Enkät;; medborgarpanel", name,
	    sizeof name) == 0);
	CHECK(dlg_methods_unknown(&own, "", name, sizeof name) == 0);
	CHECK(dlg_methods_unknown(&own, NULL, name, sizeof name) == 0);
	dlg_methods_clear(&own);
}

static void
items_parse_appends_to_the_callers_list(void)
{
	struct dlg_items l = { 0 };

	dlg_items_add(&l, "Före", NULL, 0);
	CHECK(dlg_items_parse(F_POLITICIANS, "Anna Berg (KFN); Bo Ek", NULL,
	    &l, NULL) == 0);
	CHECK(l.n == 3);
	CHECK(l.n == 3 && strcmp(l.v[1].note, "KFN") == 0);
	CHECK(dlg_items_parse(F_POLITICIANS, "x\x1b", NULL, &l, NULL) == -1);
	CHECK(l.n == 3);
	dlg_items_clear(&l);
}

static void
format_field_for_people_and_machines(void)
{
	struct dialogue *d = dlg_new();
	char *s;

	fx_set(d, F_BUDGET, "125 000");
	fx_set(d, F_NEED_VIEWS, "yes");
	fx_set(d, F_LEVEL, "2");
	fx_set(d, F_INFLUENCE, "unknown");
	fx_set(d, F_POLITICIANS, "Anna Berg (KFN); Bo Ek");
	CHECK_STR(s = dlg_format_field(d, F_BUDGET), "125,000 kr");
	free(s);
	CHECK_STR(s = dlg_canonical_field(d, F_BUDGET), "125000");
	free(s);
	CHECK_STR(s = dlg_format_field(d, F_NEED_VIEWS), "Yes");
	free(s);
	CHECK_STR(s = dlg_format_field(d, F_LEVEL), "Consultation");
	free(s);
	CHECK_STR(s = dlg_canonical_field(d, F_LEVEL), "consultation");
	free(s);
	CHECK_STR(s = dlg_format_field(d, F_INFLUENCE), "Not yet known");
	free(s);
	CHECK_STR(s = dlg_format_field(d, F_POLITICIANS),
	    "Anna Berg (KFN); Bo Ek");
	free(s);
	CHECK_STR(s = dlg_format_field(d, F_TITLE), "");
	free(s);
	CHECK_STR(s = dlg_canonical_field(d, F_METHODS), "");
	free(s);
	dlg_free(d);
}

static void
session_check_requires_a_real_date_and_clean_text(void)
{
	struct dlg_session s = { 0 };
	struct dlg_error err = { 0 };

	s.participants = -1;
	CHECK(dlg_session_check(&s, &err) == -1);
	CHECK(strstr(err.msg, "Session date is required") != NULL);
	s.date = "2026-02-30";
	CHECK(dlg_session_check(&s, &err) == -1);
	CHECK(strstr(err.msg, "does not exist") != NULL);
	s.date = "2026-03-15";
	CHECK(dlg_session_check(&s, &err) == 0);
	s.participants = -2;
	CHECK(dlg_session_check(&s, &err) == -1);
	s.participants = 0;
	CHECK(dlg_session_check(&s, &err) == 0);
	/* A count no session can have would overflow the sums. */
	s.participants = DLG_MAX_PARTICIPANTS;
	CHECK(dlg_session_check(&s, &err) == 0);
	s.participants = 9223372036854775807LL;
	CHECK(dlg_session_check(&s, &err) == -1);
	CHECK(strstr(err.msg, "more than one session can count") != NULL);
	s.participants = 0;
	s.place = "Biblioteket\x1b";
	CHECK(dlg_session_check(&s, &err) == -1);
	s.place = "Biblioteket";
	s.notes = "Rad ett\nRad två";
	s.breakdown = "13-19: 12\nkvinnor: 20";
	CHECK(dlg_session_check(&s, &err) == 0);
	s.politicians = "Anna\nBerg";
	CHECK(dlg_session_check(&s, &err) == -1);
	s.politicians = "Anna Berg";
	s.method = "\xff";
	CHECK(dlg_session_check(&s, &err) == -1);
}

static void
feedback_check_requires_date_channels_and_text(void)
{
	struct dlg_feedback f = { 0 };
	struct dlg_error err = { 0 };

	CHECK(dlg_feedback_check(&f, &err) == -1);
	f.date = "2026-04-20";
	CHECK(dlg_feedback_check(&f, &err) == -1);
	CHECK(strstr(err.msg, "Channels is required") != NULL);
	f.channels = "uppföljningsmöte, webb";
	CHECK(dlg_feedback_check(&f, &err) == -1);
	CHECK(strstr(err.msg, "Feedback text is required") != NULL);
	f.text = "   ";
	CHECK(dlg_feedback_check(&f, &err) == -1);
	f.text = "Så här blev det.\nTack!";
	CHECK(dlg_feedback_check(&f, &err) == 0);
	f.date = "2026-4-20";
	CHECK(dlg_feedback_check(&f, &err) == -1);
}

static void
contribution_check_requires_text_and_a_known_channel(void)
{
	struct dlg_contribution c = { 0 };
	struct dlg_error err = { 0 };

	CHECK(dlg_contribution_check(&c, &err) == -1);
	c.text = "Fler bänkar, tack.";
	CHECK(dlg_contribution_check(&c, &err) == 0);
	c.channel = "web";
	CHECK(dlg_contribution_check(&c, &err) == 0);
	c.channel = "";
	CHECK(dlg_contribution_check(&c, &err) == 0);
	c.channel = "fax";
	CHECK(dlg_contribution_check(&c, &err) == -1);
	CHECK(strstr(err.msg, "'fax'") != NULL);
	c.channel = "email";
	c.contact = "anna@example.org\x1b";
	CHECK(dlg_contribution_check(&c, &err) == -1);
	c.contact = "anna@example.org";
	c.session_id = -1;
	CHECK(dlg_contribution_check(&c, &err) == -1);
}

static const struct check_test tests[] = {
	{ "set_stores_each_type_canonically",
	    set_stores_each_type_canonically },
	{ "set_refuses_values_of_the_wrong_type",
	    set_refuses_values_of_the_wrong_type },
	{ "set_empty_input_clears_the_field",
	    set_empty_input_clears_the_field },
	{ "set_refuses_invalid_utf8", set_refuses_invalid_utf8 },
	{ "set_refuses_escape_in_title", set_refuses_escape_in_title },
	{ "set_allows_newline_in_question_not_in_title",
	    set_allows_newline_in_question_not_in_title },
	{ "set_refuses_text_beyond_length_bounds",
	    set_refuses_text_beyond_length_bounds },
	{ "set_leaves_the_record_unchanged_on_refusal",
	    set_leaves_the_record_unchanged_on_refusal },
	{ "set_refuses_readonly_fields", set_refuses_readonly_fields },
	{ "list_splits_items_and_notes", list_splits_items_and_notes },
	{ "list_without_notes_keeps_parentheses_in_name",
	    list_without_notes_keeps_parentheses_in_name },
	{ "list_refuses_duplicates_and_nameless_items",
	    list_refuses_duplicates_and_nameless_items },
	{ "list_refuses_long_items_and_too_many",
	    list_refuses_long_items_and_too_many },
	{ "methods_are_looked_up_in_the_catalogue",
	    methods_are_looked_up_in_the_catalogue },
	{ "unknown_method_is_refused_naming_how_to_add_it",
	    unknown_method_is_refused_naming_how_to_add_it },
	{ "unknown_method_is_named_for_the_screens",
	    unknown_method_is_named_for_the_screens },
	{ "items_parse_appends_to_the_callers_list",
	    items_parse_appends_to_the_callers_list },
	{ "format_field_for_people_and_machines",
	    format_field_for_people_and_machines },
	{ "session_check_requires_a_real_date_and_clean_text",
	    session_check_requires_a_real_date_and_clean_text },
	{ "feedback_check_requires_date_channels_and_text",
	    feedback_check_requires_date_channels_and_text },
	{ "contribution_check_requires_text_and_a_known_channel",
	    contribution_check_requires_text_and_a_known_channel },
	{ NULL, NULL },
};

int
main(int argc, char **argv)
{
	return check_main(tests, argc, argv);
}
