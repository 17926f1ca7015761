/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_ties.c: the ties of the methods to the target groups
 * [T4][S:Metod]: the note "groups: motivation" read and written back,
 * the check that a method names only the dialogue's own target groups,
 * and the plan's warnings about methods without a tie and target groups
 * no method reaches.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "dialogue.h"
#include "fixture.h"

static void
split_and_join(const char *note, const char *want_groups,
    const char *want_why, const char *want_joined)
{
	char *g, *w, *j;

	dlg_tie_split(note, &g, &w);
	CHECK_STR(g, want_groups);
	CHECK_STR(w, want_why);
	j = dlg_tie_join(g, w);
	CHECK_STR(j, want_joined);
	free(g);
	free(w);
	free(j);
}

static void
tie_splits_into_groups_and_motivation(void)
{
	split_and_join("Unga 13–19 år: når dem via skolorna", "Unga 13–19 år",
	    "når dem via skolorna", "Unga 13–19 år: når dem via skolorna");
	/* The first ':' ends the groups; the motivation may hold more. */
	split_and_join(" Unga , Äldre :  kl. 18:00 passar ", "Unga , Äldre",
	    "kl. 18:00 passar", "Unga , Äldre: kl. 18:00 passar");
	/* Without ':' the note is groups alone; ':' first, a motivation
	 * alone. */
	split_and_join("Unga 13–19 år", "Unga 13–19 år", NULL,
	    "Unga 13–19 år");
	split_and_join(": når alla", NULL, "når alla", ": når alla");
	split_and_join("Unga:", "Unga", NULL, "Unga");
	split_and_join(" : ", NULL, NULL, NULL);
	split_and_join(NULL, NULL, NULL, NULL);
}

static void
method_notes_round_trip_through_parse_and_format(void)
{
	struct dialogue *d = dlg_new(), *e = dlg_new();
	struct dlg_methods own = { 0 };
	struct dlg_error err = { 0 };
	const struct dlg_items *l;
	char *s, *t, name[64];

	fx_set(d, F_METHODS, " enkät ( Unga 13–19 år : når dem via skolorna "
	    "(och fritids) ) ; open space; Webb (: alla)");
	l = dlg_list(d, F_METHODS);
	CHECK(l->n == 3);
	if (l->n == 3) {
		CHECK_STR(l->v[0].name, "Enkät");
		CHECK(l->v[0].step == 2);
		CHECK_STR(l->v[0].note, "Unga 13–19 år : når dem via skolorna "
		    "(och fritids)");
		CHECK_STR(l->v[1].name, "Open space");
		CHECK(l->v[1].note == NULL);
		CHECK_STR(l->v[2].note, ": alla");
	}
	s = dlg_canonical_field(d, F_METHODS);
	CHECK_STR(s, "Enkät (Unga 13–19 år : når dem via skolorna (och "
	    "fritids)); Open space; Webb (: alla)");
	fx_set(e, F_METHODS, s);
	t = dlg_canonical_field(e, F_METHODS);
	CHECK_STR(t, s);
	free(t);
	t = dlg_format_field(e, F_METHODS);
	CHECK_STR(t, s);
	free(t);
	free(s);
	/* A catalogue's own name that ends in "(...)" stays whole, with a
	 * tie of its own after it or without. */
	dlg_methods_builtin(&own);
	dlg_methods_add(&own, "Enkät (webb)", 2);
	CHECK(dlg_set_field(d, F_METHODS, "enkät (webb); Enkät (webb) "
	    "(Unga: x)", &own, &err) == -1);
	CHECK(strstr(err.msg, "listed twice") != NULL);
	CHECK(dlg_set_field(d, F_METHODS, "enkät (WEBB); Open space (Unga: x)",
	    &own, &err) == 0);
	l = dlg_list(d, F_METHODS);
	CHECK(l->n == 2 && strcmp(l->v[0].name, "Enkät (webb)") == 0 &&
	    l->v[0].note == NULL && l->v[0].step == 2);
	CHECK(dlg_set_field(e, F_METHODS, "Enkät (webb) (Unga: x)", &own,
	    &err) == 0);
	l = dlg_list(e, F_METHODS);
	CHECK(l->n == 1 && strcmp(l->v[0].name, "Enkät (webb)") == 0 &&
	    strcmp(l->v[0].note, "Unga: x") == 0);
	/* The screens ask for an unknown method by its name alone. */
	CHECK(dlg_methods_unknown(&own, "Enkät (Unga: x); Pizza (Unga: y)",
	    name, sizeof name) == 1);
	CHECK_STR(name, "Pizza");
	CHECK(dlg_methods_unknown(&own, "Enkät (Unga: x); enkät (webb)", name,
	    sizeof name) == 0);
	dlg_methods_clear(&own);
	dlg_free(d);
	dlg_free(e);
}

static void
ties_name_only_the_dialogues_target_groups(void)
{
	struct dialogue *d = dlg_new();
	struct dlg_error err = { 0 };
	const struct dlg_items *l;
	char *before, *after;

	fx_set(d, F_TARGET_GROUPS, "Unga 13–19 år (språk); Barn, unga och "
	    "föräldrar; Boende i Åby");
	/* Any case, blanks, a group whose name holds a comma, a group
	 * named twice: written as the target groups spell them. */
	fx_set(d, F_METHODS, "Enkät (unga 13–19 ÅR ,barn, unga och föräldrar, "
	    "Unga 13–19 år: når dem via skolorna); Open space (boende i åby); "
	    "Webb (: alla); Fokusgrupp");
	CHECK(dlg_ties_check(d, &err) == 0);
	l = dlg_list(d, F_METHODS);
	CHECK(l->n == 4);
	if (l->n == 4) {
		CHECK_STR(l->v[0].note, "Unga 13–19 år, Barn, unga och "
		    "föräldrar: når dem via skolorna");
		CHECK_STR(l->v[1].note, "Boende i Åby");
		CHECK_STR(l->v[2].note, ": alla");
		CHECK(l->v[3].note == NULL);
	}
	/* Checked again, nothing changes. */
	before = dlg_canonical_field(d, F_METHODS);
	CHECK(dlg_ties_check(d, &err) == 0);
	after = dlg_canonical_field(d, F_METHODS);
	CHECK_STR(after, before);
	free(after);

	/* A group the dialogue does not have: refused, naming the method,
	 * the group and the dialogue's groups; d unchanged. */
	fx_set(d, F_METHODS, "Enkät (Unga 13–19 år: ok); Open space (Boende i "
	    "Åby, Äldre: kvällsträffar)");
	free(before);
	before = dlg_canonical_field(d, F_METHODS);
	err.msg[0] = '\0';
	CHECK(dlg_ties_check(d, &err) == -1);
	CHECK(err.code == ERR_REFUSED);
	CHECK_STR(err.msg, "Methods: the method 'Open space' is meant for the "
	    "target group 'Äldre', which is not one of the dialogue's target "
	    "groups (Unga 13–19 år; Barn, unga och föräldrar; Boende i Åby); "
	    "name one of those, or add the group to the target groups "
	    "first.");
	after = dlg_canonical_field(d, F_METHODS);
	CHECK_STR(after, before);
	free(after);
	free(before);
	/* A motivation typed where the groups go reads as a group. */
	fx_set(d, F_METHODS, "Enkät (når dem via skolorna)");
	CHECK(dlg_ties_check(d, &err) == -1);
	CHECK(strstr(err.msg, "'når dem via skolorna'") != NULL);
	/* No target groups at all. */
	fx_set(d, F_TARGET_GROUPS, "");
	fx_set(d, F_METHODS, "Enkät (Unga: x)");
	CHECK(dlg_ties_check(d, &err) == -1);
	CHECK(strstr(err.msg, "the dialogue has no target groups yet") !=
	    NULL);
	dlg_free(d);
}

static void
methods_without_notes_pass_the_check(void)
{
	struct dialogue *d = dlg_new();
	struct dlg_error err = { 0 };
	char *s;

	/* As a register from before the ties holds them. */
	fx_set(d, F_METHODS, "Enkät; Open space");
	CHECK(dlg_ties_check(d, &err) == 0);
	fx_set(d, F_TARGET_GROUPS, "Unga (språk)");
	CHECK(dlg_ties_check(d, &err) == 0);
	CHECK_STR(s = dlg_canonical_field(d, F_METHODS), "Enkät; Open space");
	free(s);
	dlg_free(d);
}

static void
reaches_reads_the_groups_against_the_target_groups(void)
{
	struct dialogue *d = dlg_new();
	const struct dlg_items *tg, *m;

	fx_set(d, F_TARGET_GROUPS, "Barn, unga och föräldrar; Unga");
	fx_set(d, F_METHODS, "Enkät (barn, unga och föräldrar: x); Webb "
	    "(Äldre, Unga: y); Fokusgrupp");
	tg = dlg_list(d, F_TARGET_GROUPS);
	m = dlg_list(d, F_METHODS);
	CHECK(dlg_tie_reaches(&m->v[0], tg, "Barn, unga och föräldrar"));
	CHECK(!dlg_tie_reaches(&m->v[0], tg, "Unga"));
	/* A group the dialogue lost counts for none; the rest still read
	 * up to it. */
	CHECK(!dlg_tie_reaches(&m->v[1], tg, "Unga"));
	CHECK(!dlg_tie_reaches(&m->v[2], tg, "Unga"));
	dlg_free(d);
}

/* The warnings of the step to planned under policy p, sorted codes. */
static char *
advice(const struct dialogue *d, enum dlg_policy p, struct dlg_issues *out)
{
	struct dlg_settings s;

	dlg_settings_default(&s);
	s.policy = p;
	dlg_step_advice(d, DLG_PLANNED, &s, fx_today(), out);
	dlg_settings_clear(&s);
	return fx_codes(out);
}

/* The text of the first issue of l with code, or "". */
static const char *
text_of(const struct dlg_issues *l, const char *code, size_t nth)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].code, code) == 0 && nth-- == 0)
			return l->v[i].text;
	return "";
}

static void
plan_warns_about_untied_methods_and_unreached_groups(void)
{
	struct dialogue *d = fx_at(DLG_DECIDED);
	struct dlg_issues l = { 0 };
	struct dlg_settings s;
	char *codes;
	int p;

	fx_fill(d, DLG_PLANNED);
	/* Tied as the fixture is: nothing to say about methods. */
	codes = advice(d, DLG_POLICY_COMBINED, &l);
	CHECK(strstr(codes, "method_not_tied") == NULL);
	CHECK(strstr(codes, "target_group_not_reached") == NULL);
	free(codes);
	dlg_issues_clear(&l);

	/* One method without a tie, one with groups only, one with a
	 * motivation only: Boende is reached by none. */
	fx_set(d, F_METHODS, "Enkät; Fokusgrupp (Unga 13–19 år); Webb (: alla "
	    "läser webben)");
	codes = advice(d, DLG_POLICY_TJORN, &l);
	CHECK_STR(codes, "method_not_tied,method_not_tied,method_not_tied,"
	    "target_group_not_reached");
	free(codes);
	CHECK_STR(text_of(&l, "method_not_tied", 0), "The method 'Enkät' does "
	    "not say which target group it is for or why it was chosen: name "
	    "the target groups it is meant to reach, with a short motivation "
	    "[T4].");
	CHECK_STR(text_of(&l, "method_not_tied", 1), "The method 'Fokusgrupp' "
	    "has no motivation: say in short why it suits its target groups "
	    "[T4].");
	CHECK_STR(text_of(&l, "method_not_tied", 2), "The method 'Webb' names "
	    "no target group: say which target groups it is meant to reach "
	    "[T4].");
	CHECK_STR(text_of(&l, "target_group_not_reached", 0), "No method is "
	    "meant to reach the target group 'Boende': name it with the "
	    "method chosen for it [T4].");
	dlg_issues_clear(&l);
	codes = advice(d, DLG_POLICY_SOLLENTUNA, &l);
	CHECK(strstr(codes, "method_not_tied,method_not_tied,method_not_tied,"
	    "target_group_not_reached") != NULL);
	CHECK(strstr(text_of(&l, "target_group_not_reached", 0),
	    " [S:Metod].") != NULL);
	free(codes);
	dlg_issues_clear(&l);

	/* Warnings only: the step is taken, under every policy, and they
	 * stay pointed out once planned; the method's step still warns. */
	dlg_settings_default(&s);
	for (p = 0; p < DLG_NPOLICIES; p++) {
		s.policy = p;
		codes = fx_guard_codes(d, DLG_PLANNED, NULL, &s);
		CHECK(strstr(codes, "tied") == NULL &&
		    strstr(codes, "reached") == NULL);
		free(codes);
	}
	s.policy = DLG_POLICY_COMBINED;
	CHECK(dlg_transition(d, DLG_PLANNED, NULL, &s, fx_today(), &l,
	    NULL) == 0);
	fx_set(d, F_METHODS, "Enkät (Unga 13–19 år: x); Open space (Boende: "
	    "y); Webb");
	dlg_warnings(d, &s, fx_day("2026-03-20"), &l);
	codes = fx_codes(&l);
	CHECK_STR(codes, "method_not_tied,method_other_step,"
	    "method_other_step");
	free(codes);
	dlg_issues_clear(&l);
	/* No method at all is missing_methods alone. */
	fx_set(d, F_METHODS, "");
	codes = advice(d, DLG_POLICY_COMBINED, &l);
	CHECK(strstr(codes, "target_group_not_reached") == NULL);
	free(codes);
	dlg_issues_clear(&l);
	dlg_settings_clear(&s);
	dlg_free(d);
}

static void
tie_rules_cite_both_policies(void)
{
	static const char *const codes[] = { "method_not_tied",
	    "target_group_not_reached" };
	const struct dlg_rule *r;
	size_t i;

	for (i = 0; i < 2; i++) {
		r = dlg_rule_find(codes[i], DLG_PLANNED);
		CHECK(r != NULL);
		if (r == NULL)
			continue;
		CHECK(dlg_rule_does(r, DLG_POLICY_TJORN) == DLG_DOES_WARN);
		CHECK(dlg_rule_does(r, DLG_POLICY_SOLLENTUNA) ==
		    DLG_DOES_WARN);
		CHECK_STR(r->by[0].ref, "[T4]");
		CHECK_STR(r->by[0].words, "Metoder och verktyg ska väljas "
		    "utifrån målgrupp, syfte och vad resultatet av dialogen ska "
		    "användas till.");
		CHECK_STR(r->by[1].ref, "[S:Metod]");
		CHECK_STR(r->by[1].words, "Metod för dialog väljer man beroende "
		    "på hur mycket invånarna kan påverka ett beslut samt vilken "
		    "målgrupp man vill nå.");
	}
}

static const struct check_test tests[] = {
	{ "tie_splits_into_groups_and_motivation",
	    tie_splits_into_groups_and_motivation },
	{ "method_notes_round_trip_through_parse_and_format",
	    method_notes_round_trip_through_parse_and_format },
	{ "ties_name_only_the_dialogues_target_groups",
	    ties_name_only_the_dialogues_target_groups },
	{ "methods_without_notes_pass_the_check",
	    methods_without_notes_pass_the_check },
	{ "reaches_reads_the_groups_against_the_target_groups",
	    reaches_reads_the_groups_against_the_target_groups },
	{ "plan_warns_about_untied_methods_and_unreached_groups",
	    plan_warns_about_untied_methods_and_unreached_groups },
	{ "tie_rules_cite_both_policies", tie_rules_cite_both_policies },
	{ NULL, NULL },
};

int
main(int argc, char **argv)
{
	return check_main(tests, argc, argv);
}
