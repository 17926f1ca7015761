/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_children.c: the tables of the child records' fields (sessions,
 * feedback, contributions), the generic access to a field by index, and
 * the one check that adding and editing share.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "dialogue.h"

static void
child_tables_are_complete_and_names_are_unique(void)
{
	const struct dlg_child_def *def;
	const struct dlg_child_field *cf;
	size_t i, j;
	int k;

	for (k = 0; k < DLG_NCHILDREN; k++) {
		def = &dlg_children[k];
		CHECK(def->name != NULL && def->table != NULL);
		CHECK(def->nfields > 0 && def->nfields < 16);
		for (i = 0; i < def->nfields; i++) {
			cf = &def->fields[i];
			CHECK(cf->name != NULL && *cf->name != '\0');
			CHECK(cf->label != NULL && cf->header != NULL);
			CHECK(cf->arg != NULL && cf->help != NULL);
			CHECK(cf->type == FT_LINE || cf->type == FT_TEXT ||
			    cf->type == FT_DATE || cf->type == FT_COUNT ||
			    cf->type == FT_CHANNEL || cf->type == FT_SESSION ||
			    cf->type == FT_TIME);
			CHECK(dlg_child_field_lookup((enum dlg_child)k,
			    cf->name) == (int)i);
			for (j = 0; j < i; j++)
				CHECK(strcmp(def->fields[j].name,
				    cf->name) != 0);
		}
	}
	CHECK(dlg_child_field_lookup(DLG_CHILD_SESSION, "nonesuch") == -1);
	/* The storage column of a contribution's session keeps its name. */
	CHECK_STR(dlg_child_column(&dlg_contribution_fields[
	    dlg_child_field_lookup(DLG_CHILD_CONTRIBUTION, "session")]),
	    "session_id");
	CHECK(dlg_session_fields[dlg_child_field_lookup(DLG_CHILD_SESSION,
	    "date")].flags & DLG_CF_REQUIRED);
	CHECK(dlg_contribution_fields[dlg_child_field_lookup(
	    DLG_CHILD_CONTRIBUTION, "contact")].flags & DLG_CF_PERSONAL);
}

static int
field(enum dlg_child k, const char *name)
{
	int f = dlg_child_field_lookup(k, name);

	CHECK(f >= 0);
	return f;
}

static void
child_set_and_get_keep_each_type_canonical(void)
{
	struct dlg_session s = { 0 };
	struct dlg_contribution c = { 0 };
	struct dlg_error err = { 0 };
	char *v;

	s.participants = -1;
	CHECK(dlg_child_set(DLG_CHILD_SESSION, &s,
	    (size_t)field(DLG_CHILD_SESSION, "place"), "Åby fritidsgård",
	    &err) == 0);
	CHECK_STR(s.place, "Åby fritidsgård");
	CHECK(dlg_child_set(DLG_CHILD_SESSION, &s,
	    (size_t)field(DLG_CHILD_SESSION, "participants"), " 34 ",
	    &err) == 0);
	CHECK(s.participants == 34);
	CHECK_STR(v = dlg_child_get(DLG_CHILD_SESSION, &s,
	    (size_t)field(DLG_CHILD_SESSION, "participants")), "34");
	free(v);
	/* Empty: not counted, and no value. */
	CHECK(dlg_child_set(DLG_CHILD_SESSION, &s,
	    (size_t)field(DLG_CHILD_SESSION, "participants"), "", &err) == 0);
	CHECK(s.participants == -1);
	CHECK(dlg_child_get(DLG_CHILD_SESSION, &s,
	    (size_t)field(DLG_CHILD_SESSION, "participants")) == NULL);
	CHECK(dlg_child_set(DLG_CHILD_SESSION, &s,
	    (size_t)field(DLG_CHILD_SESSION, "place"), "", &err) == 0);
	CHECK(s.place == NULL);
	dlg_session_clear(&s);

	/* A channel as typed in Swedish is stored as its token. */
	CHECK(dlg_child_set(DLG_CHILD_CONTRIBUTION, &c,
	    (size_t)field(DLG_CHILD_CONTRIBUTION, "channel"), "Enkät",
	    &err) == 0);
	CHECK_STR(c.channel, "survey");
	CHECK(dlg_child_set(DLG_CHILD_CONTRIBUTION, &c,
	    (size_t)field(DLG_CHILD_CONTRIBUTION, "session"), "0", &err) == 0);
	CHECK(dlg_child_get(DLG_CHILD_CONTRIBUTION, &c,
	    (size_t)field(DLG_CHILD_CONTRIBUTION, "session")) == NULL);
	dlg_contribution_clear(&c);
}

static void
child_set_refuses_a_number_that_is_not_one(void)
{
	struct dlg_session s = { 0 };
	struct dlg_error err = { 0 };

	s.participants = 12;
	CHECK(dlg_child_set(DLG_CHILD_SESSION, &s,
	    (size_t)field(DLG_CHILD_SESSION, "participants"), "tjugo",
	    &err) == -1);
	CHECK(strstr(err.msg, "Give the number of participants as a whole "
	    "number") != NULL);
	CHECK(s.participants == 12);
	CHECK(dlg_child_set(DLG_CHILD_SESSION, &s,
	    (size_t)field(DLG_CHILD_SESSION, "participants"), "-3",
	    &err) == -1);
	CHECK(s.participants == 12);
}

static void
session_times_are_kept_canonical_and_in_order(void)
{
	struct dlg_session s = { 0 };
	struct dlg_error err = { 0 };
	size_t ts = (size_t)field(DLG_CHILD_SESSION, "time_start");
	size_t te = (size_t)field(DLG_CHILD_SESSION, "time_end");
	char *w;

	s.participants = -1;
	s.date = xstrdup("2026-09-26");
	/* Swedish "18.30" and a one-digit hour are stored as HH:MM. */
	CHECK(dlg_child_set(DLG_CHILD_SESSION, &s, ts, " 9.30 ", &err) == 0);
	CHECK_STR(s.time_start, "09:30");
	CHECK(dlg_child_set(DLG_CHILD_SESSION, &s, te, "11:45", &err) == 0);
	CHECK(dlg_child_check(DLG_CHILD_SESSION, &s, &err) == 0);
	CHECK_STR(w = dlg_session_when(&s), "2026-09-26 09:30\xe2\x80\x93"
	    "11:45");
	free(w);
	/* The end before the start is refused, naming both. */
	CHECK(dlg_child_set(DLG_CHILD_SESSION, &s, te, "08:00", &err) == 0);
	CHECK(dlg_child_check(DLG_CHILD_SESSION, &s, &err) == -1);
	CHECK(err.code == ERR_REFUSED);
	CHECK_STR(err.msg, "End time 08:00 is before start time 09:30: give "
	    "when the session ends on its day.");
	/* No time of day: refused with the field's label. */
	CHECK(dlg_child_set(DLG_CHILD_SESSION, &s, te, "24:00", &err) == 0);
	CHECK(dlg_child_check(DLG_CHILD_SESSION, &s, &err) == -1);
	CHECK_STR(err.msg, "End time: the time '24:00' does not exist; give "
	    "00:00 to 23:59.");
	CHECK(dlg_child_set(DLG_CHILD_SESSION, &s, te, "kväll", &err) == 0);
	CHECK(dlg_child_check_field(DLG_CHILD_SESSION, &s, te, &err) == -1);
	CHECK(strstr(err.msg, "'kväll' is not a time of day") != NULL);
	/* Only a start, then nothing: the date alone. */
	CHECK(dlg_child_set(DLG_CHILD_SESSION, &s, te, "", &err) == 0);
	CHECK(s.time_end == NULL);
	CHECK_STR(w = dlg_session_when(&s), "2026-09-26 09:30");
	free(w);
	CHECK(dlg_child_set(DLG_CHILD_SESSION, &s, ts, "", &err) == 0);
	CHECK_STR(w = dlg_session_when(&s), "2026-09-26");
	free(w);
	dlg_session_clear(&s);
}

/* A stored session, as an edit starts from it. */
static void
stored_session(struct dlg_session *s)
{
	struct dlg_error err = { 0 };

	memset(s, 0, sizeof *s);
	s->id = 3;
	s->participants = -1;
	CHECK(dlg_child_set(DLG_CHILD_SESSION, s, 0, "2026-04-20",
	    &err) == 0);
	CHECK(dlg_child_set(DLG_CHILD_SESSION, s,
	    (size_t)field(DLG_CHILD_SESSION, "place"), "Skolan", &err) == 0);
	CHECK(dlg_session_check(s, &err) == 0);
}

static void
add_and_edit_refuse_the_same_input_with_the_same_message(void)
{
	static const struct {
		const char	*field;
		const char	*bad;
		const char	*says;
	} cases[] = {
		{ "date", "2026-13-01", "2026-13-01" },
		{ "date", "   ", "Session date is required" },
		{ "place", "Skolan\x1b", "Place or channel" },
		{ "politicians", "Anna\nBerg", "Politicians present" },
		{ "breakdown", "\xff", "Breakdown" },
		{ "participants", "2000000", "more than one session can count" },
	};
	struct dlg_session add, edit;
	struct dlg_error e1 = { 0 }, e2 = { 0 };
	size_t i;
	int f;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		f = field(DLG_CHILD_SESSION, cases[i].field);
		/* Adding: a new record with a good date and the bad value. */
		memset(&add, 0, sizeof add);
		add.participants = -1;
		CHECK(dlg_child_set(DLG_CHILD_SESSION, &add, 0, "2026-05-01",
		    &e1) == 0);
		CHECK(dlg_child_set(DLG_CHILD_SESSION, &add, (size_t)f,
		    cases[i].bad, &e1) == 0);
		/* Editing: the stored record with the bad value over it. */
		stored_session(&edit);
		CHECK(dlg_child_set(DLG_CHILD_SESSION, &edit, (size_t)f,
		    cases[i].bad, &e2) == 0);
		CHECK(dlg_child_check(DLG_CHILD_SESSION, &add, &e1) == -1);
		CHECK(dlg_child_check(DLG_CHILD_SESSION, &edit, &e2) == -1);
		CHECK_STR(e1.msg, e2.msg);
		CHECK(strstr(e1.msg, cases[i].says) != NULL);
		/* The form checks the field alone: the same words. */
		CHECK(dlg_child_check_field(DLG_CHILD_SESSION, &edit,
		    (size_t)f, &e1) == -1);
		CHECK_STR(e1.msg, e2.msg);
		dlg_session_clear(&add);
		dlg_session_clear(&edit);
	}
}

static void
contribution_from_a_session_comes_from_a_meeting(void)
{
	struct dlg_contribution c = { 0 };
	struct dlg_error err = { 0 };

	CHECK(dlg_child_set(DLG_CHILD_CONTRIBUTION, &c, 0, "Mer ljus",
	    &err) == 0);
	dlg_child_complete(DLG_CHILD_CONTRIBUTION, &c);
	CHECK(c.channel == NULL);
	c.session_id = 2;
	dlg_child_complete(DLG_CHILD_CONTRIBUTION, &c);
	CHECK_STR(c.channel, "meeting");
	CHECK(dlg_contribution_check(&c, &err) == 0);
	/* A channel given stays. */
	CHECK(dlg_child_set(DLG_CHILD_CONTRIBUTION, &c,
	    (size_t)field(DLG_CHILD_CONTRIBUTION, "channel"), "web",
	    &err) == 0);
	dlg_child_complete(DLG_CHILD_CONTRIBUTION, &c);
	CHECK_STR(c.channel, "web");
	dlg_contribution_clear(&c);
}

static void
copy_is_deep_and_clear_frees(void)
{
	struct dlg_session a, b;

	stored_session(&a);
	memset(&b, 0, sizeof b);
	dlg_child_copy(DLG_CHILD_SESSION, &b, &a);
	CHECK_STR(b.place, "Skolan");
	CHECK(b.place != a.place);
	CHECK(b.participants == -1);
	dlg_session_clear(&a);
	CHECK_STR(b.date, "2026-04-20");
	dlg_session_clear(&b);
	CHECK(b.date == NULL && b.participants == -1);
}

static const struct check_test tests[] = {
	{ "child_tables_are_complete_and_names_are_unique",
	    child_tables_are_complete_and_names_are_unique },
	{ "child_set_and_get_keep_each_type_canonical",
	    child_set_and_get_keep_each_type_canonical },
	{ "child_set_refuses_a_number_that_is_not_one",
	    child_set_refuses_a_number_that_is_not_one },
	{ "add_and_edit_refuse_the_same_input_with_the_same_message",
	    add_and_edit_refuse_the_same_input_with_the_same_message },
	{ "contribution_from_a_session_comes_from_a_meeting",
	    contribution_from_a_session_comes_from_a_meeting },
	{ "copy_is_deep_and_clear_frees", copy_is_deep_and_clear_frees },
	{ "session_times_are_kept_canonical_and_in_order",
	    session_times_are_kept_canonical_and_in_order },
	{ NULL, NULL },
};

int
main(int argc, char **argv)
{
	return check_main(tests, argc, argv);
}
