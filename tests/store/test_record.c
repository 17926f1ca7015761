/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_record.c: a dialogue and its children survive the round trip to
 * the file; references count per year; failed actions leave nothing.
 */
#include "config.h"

#include "fixture.h"

/* White box: the test reaches the connection to limit the file's size. */
#include "../../src/store/store-int.h"

/* A canonical value of the field's type, with Swedish letters in text. */
static const char *
sample(int f)
{
	switch (dlg_fields[f].type) {
	case FT_LINE:
		return "Ungas fritid i Skärhamn – åäö ÅÄÖ";
	case FT_TEXT:
		return "Första raden om målgrupper.\nAndra raden: "
		    "öppet för alla, även \"citat\" och 'apostrofer'.";
	case FT_DATE:
		return "2026-11-24";
	case FT_AMOUNT:
		return "125000";
	case FT_ANSWER:
		return "yes";
	case FT_LEVEL:
		return "consultation";
	case FT_INFLUENCE:
		return "partly";
	case FT_LIST:
	case FT_COUNT:		/* child fields only */
	case FT_CHANNEL:
	case FT_SESSION:
	case FT_TIME:
		break;
	}
	return NULL;
}

static void
fill_every_field(struct dialogue *d)
{
	struct dlg_items *l;
	int f;

	for (f = 0; f < DLG_NSCALARS; f++)
		dlg_put(d, (enum dlg_field)f, sample(f));
	dlg_items_add(dlg_list_mut(d, F_BODIES),
	    "Kultur- och fritidsnämnden", NULL, 0);
	dlg_items_add(dlg_list_mut(d, F_BODIES), "Barn- och utbildningsnämnden",
	    NULL, 0);
	dlg_items_add(dlg_list_mut(d, F_METHODS), "Enkät", NULL, 2);
	dlg_items_add(dlg_list_mut(d, F_METHODS), "Framtidsverkstad", NULL, 4);
	l = dlg_list_mut(d, F_TARGET_GROUPS);
	dlg_items_add(l, "Unga 13–19 år", "ålder, språk", 0);
	dlg_items_add(l, "Företagare i Skärhamn", NULL, 0);
	dlg_items_add(dlg_list_mut(d, F_PARTNERS),
	    "Studieförbundet Vuxenskolan", NULL, 0);
	dlg_items_add(dlg_list_mut(d, F_POLITICIANS), "Anna Berg",
	    "Kultur- och fritidsnämnden", 0);
}

static void
create_and_load_round_trip_every_field_type(void)
{
	struct dialogue *d, *got = NULL;
	struct dlg_error e;
	struct store *st;
	const struct dlg_items *a, *b;
	size_t i;
	int f;

	if ((st = open_register("register.db")) == NULL)
		return;
	d = dlg_new();
	fill_every_field(d);
	err_clear(&e);
	if (!CHECK_OK(store_dialogue_create(st, d, day("2026-03-02"), "anna",
	    &e), &e))
		goto out;
	CHECK_STR(d->ref, "MD-2026-001");
	CHECK_INT(d->version, 1);
	CHECK(d->id > 0);
	CHECK(d->created != NULL);
	if (!CHECK_OK(store_dialogue_load(st, "MD-2026-001", &got, &e), &e))
		goto out;
	CHECK_INT(got->id, d->id);
	CHECK_INT(got->version, 1);
	CHECK_INT(got->state, DLG_PROPOSED);
	CHECK_STR(got->created, d->created);
	CHECK_STR(got->updated_by, "anna");
	for (f = 0; f < DLG_NSCALARS; f++)
		if (!CHECK_STR(dlg_get(got, (enum dlg_field)f), sample(f)))
			fprintf(stderr, "  field %s\n", dlg_fields[f].name);
	for (f = DLG_NSCALARS; f < DLG_NFIELDS; f++) {
		a = dlg_list(d, (enum dlg_field)f);
		b = dlg_list(got, (enum dlg_field)f);
		if (!CHECK_INT(b->n, a->n))
			continue;
		for (i = 0; i < a->n; i++) {
			CHECK_STR(b->v[i].name, a->v[i].name);
			CHECK_STR(b->v[i].note, a->v[i].note);
			CHECK_INT(b->v[i].step, a->v[i].step);
		}
	}
	CHECK_INT(got->n_sessions, 0);
	CHECK_INT(got->nsessions, 0);
	CHECK(got->last_session == NULL);
out:
	dlg_free(got);
	dlg_free(d);
	store_close(st);
}

static void
references_count_per_year(void)
{
	struct store *st;

	if ((st = open_register("register.db")) == NULL)
		return;
	CHECK_STR(add_dialogue(st, "Ett", "Kommunstyrelsen",
	    day("2026-01-01")), "MD-2026-001");
	CHECK_STR(add_dialogue(st, "Två", "Kommunstyrelsen",
	    day("2026-12-31")), "MD-2026-002");
	CHECK_STR(add_dialogue(st, "Tre", "Kommunstyrelsen",
	    day("2027-01-01")), "MD-2027-001");
	CHECK_STR(add_dialogue(st, "Fyra", "Kommunstyrelsen",
	    day("2026-06-01")), "MD-2026-003");
	store_close(st);
}

static void
reference_grows_past_999(void)
{
	struct dlg_error e;
	struct store *st;
	const char *ref = "";
	int i;

	if ((st = open_register("register.db")) == NULL)
		return;
	err_clear(&e);
	if (!CHECK_OK(store_bulk_begin(st, &e), &e))
		goto out;
	for (i = 0; i < 1000; i++)
		ref = add_dialogue(st, "Många", "Kommunstyrelsen",
		    day("2026-05-05"));
	CHECK_OK(store_bulk_commit(st, &e), &e);
	CHECK_STR(ref, "MD-2026-1000");
out:
	store_close(st);
}

static void
load_of_unknown_reference_is_not_found(void)
{
	struct dialogue *d = NULL;
	struct dlg_error e;
	struct store *st;

	if ((st = open_register("register.db")) == NULL)
		return;
	err_clear(&e);
	CHECK_FAILS(store_dialogue_load(st, "MD-2026-042", &d, &e), &e,
	    ERR_NOTFOUND);
	CHECK_HAS(e.msg, "MD-2026-042");
	CHECK(d == NULL);
	store_close(st);
}

static void
children_are_stored_and_counted(void)
{
	struct dlg_session s1 = { 0 }, s2 = { 0 };
	struct dlg_feedback f = { 0 };
	struct dlg_contribution c = { 0 };
	struct dialogue *d = NULL;
	struct dlg_error e;
	struct store *st;
	const char *ref;
	char refbuf[32];

	if ((st = open_register("register.db")) == NULL)
		return;
	ref = add_dialogue(st, "Ungas fritid", "Kultur- och fritidsnämnden",
	    day("2026-02-01"));
	snprintf(refbuf, sizeof refbuf, "%s", ref);
	err_clear(&e);
	s1.date = "2026-03-10";
	s1.place = "Skärhamns bibliotek";
	s1.method = "Fokusgrupp";
	s1.participants = 14;
	s1.breakdown = "13–15 år: 6, 16–19 år: 8";
	s1.politicians = "Anna Berg";
	s1.notes = "Bra stämning";
	s2.date = "2026-04-02";
	s2.participants = -1;
	CHECK_OK(store_session_add(st, refbuf, &s1, "bertil", &e), &e);
	CHECK_OK(store_session_add(st, refbuf, &s2, "bertil", &e), &e);
	CHECK(s1.id > 0 && s2.id > s1.id);
	f.date = "2026-05-01";
	f.sender = "Kultur- och fritidsnämnden";
	f.channels = "uppföljningsmöte, webb";
	f.text = "Nämnden beslutade att öppna en fritidsgård.";
	CHECK_OK(store_feedback_add(st, refbuf, &f, "bertil", &e), &e);
	c.session_id = s1.id;
	c.channel = "meeting";
	c.text = "Mer öppet på kvällarna";
	c.themes = "öppettider";
	CHECK_OK(store_contribution_add(st, refbuf, &c, "bertil", &e), &e);
	CHECK(c.id > 0);
	CHECK(c.created != NULL);
	free(c.created);

	if (!CHECK_OK(store_dialogue_load(st, refbuf, &d, &e), &e))
		goto out;
	CHECK_INT(d->version, 5);	/* created + four children */
	CHECK_INT(d->n_sessions, 2);
	CHECK_STR(d->last_session, "2026-04-02");
	CHECK_INT(d->n_participants, 14);
	CHECK_INT(d->n_feedback, 1);
	CHECK_STR(d->first_feedback, "2026-05-01");
	CHECK_INT(d->n_contributions, 1);
	if (CHECK_INT(d->nsessions, 2)) {
		CHECK_STR(d->sessions[0].place, "Skärhamns bibliotek");
		CHECK_STR(d->sessions[0].breakdown, "13–15 år: 6, 16–19 år: 8");
		CHECK_INT(d->sessions[0].participants, 14);
		CHECK_STR(d->sessions[0].politicians, "Anna Berg");
		CHECK_STR(d->sessions[0].notes, "Bra stämning");
		CHECK_INT(d->sessions[1].participants, -1);
		CHECK(d->sessions[1].place == NULL);
	}
	if (CHECK_INT(d->nfeedback, 1)) {
		CHECK_STR(d->feedback[0].channels, "uppföljningsmöte, webb");
		CHECK_STR(d->feedback[0].text,
		    "Nämnden beslutade att öppna en fritidsgård.");
	}
out:
	dlg_free(d);
	store_close(st);
}

static int
first_contribution(const struct dlg_contribution *c, void *arg)
{
	struct dlg_contribution *out = arg;

	out->id = c->id;
	out->session_id = c->session_id;
	out->channel = xstrdup(c->channel);
	out->text = xstrdup(c->text);
	out->themes = xstrdup(c->themes);
	out->contact = xstrdup(c->contact);
	out->created = xstrdup(c->created);
	return 1;
}

static void
contribution_round_trip_with_contact(void)
{
	struct dlg_contribution c = { 0 }, got = { 0 };
	struct dlg_error e;
	struct store *st;
	char ref[32];

	if ((st = open_register("register.db")) == NULL)
		return;
	snprintf(ref, sizeof ref, "%s", add_dialogue(st, "Torget",
	    "Samhällsbyggnadsnämnden", day("2026-02-01")));
	err_clear(&e);
	c.channel = "email";
	c.text = "Fler bänkar på torget, gärna i skugga.";
	c.themes = "möbler; grönska";
	c.contact = "Örjan Åkesson, orjan@example.se";
	if (!CHECK_OK(store_contribution_add(st, ref, &c, "bertil", &e), &e))
		goto out;
	CHECK_OK(store_contributions(st, ref, first_contribution, &got, &e),
	    &e);
	CHECK_INT(got.id, c.id);
	CHECK_INT(got.session_id, 0);
	CHECK_STR(got.channel, "email");
	CHECK_STR(got.text, c.text);
	CHECK_STR(got.themes, "möbler; grönska");
	CHECK_STR(got.contact, "Örjan Åkesson, orjan@example.se");
	CHECK_STR(got.created, c.created);
out:
	free(c.created);
	dlg_contribution_clear(&got);
	store_close(st);
}

static void
contribution_to_session_of_another_dialogue_is_refused(void)
{
	struct dlg_session s = { 0 };
	struct dlg_contribution c = { 0 };
	struct dialogue *d = NULL;
	struct dlg_error e;
	struct store *st;
	char a[32], b[32];
	int before;

	if ((st = open_register("register.db")) == NULL)
		return;
	snprintf(a, sizeof a, "%s", add_dialogue(st, "A", "Kommunstyrelsen",
	    day("2026-02-01")));
	snprintf(b, sizeof b, "%s", add_dialogue(st, "B", "Kommunstyrelsen",
	    day("2026-02-01")));
	err_clear(&e);
	s.date = "2026-03-01";
	CHECK_OK(store_session_add(st, a, &s, "anna", &e), &e);
	before = history_count(st, b);
	c.session_id = s.id;
	c.text = "Hej";
	CHECK_FAILS(store_contribution_add(st, b, &c, "anna", &e), &e,
	    ERR_NOTFOUND);
	if (CHECK_OK(store_dialogue_load(st, b, &d, &e), &e)) {
		CHECK_INT(d->version, 1);
		CHECK_INT(d->n_contributions, 0);
	}
	CHECK_INT(history_count(st, b), before);
	CHECK_FAILS(store_session_add(st, "MD-1999-001", &s, "anna", &e), &e,
	    ERR_NOTFOUND);
	s.date = NULL;
	CHECK_FAILS(store_session_add(st, a, &s, "anna", &e), &e,
	    ERR_REFUSED);
	dlg_free(d);
	store_close(st);
}

static void
bulk_rollback_leaves_nothing_and_failed_action_keeps_rest(void)
{
	struct dlg_contribution c = { 0 };
	struct store_query q = { 0 };
	struct dlg_error e;
	struct store *st;
	long n = -1;

	if ((st = open_register("register.db")) == NULL)
		return;
	err_clear(&e);
	CHECK_OK(store_bulk_begin(st, &e), &e);
	add_dialogue(st, "Bort", "Kommunstyrelsen", day("2026-02-01"));
	store_bulk_rollback(st);
	CHECK_OK(store_count(st, &q, &n, &e), &e);
	CHECK_INT(n, 0);

	CHECK_OK(store_bulk_begin(st, &e), &e);
	add_dialogue(st, "Kvar", "Kommunstyrelsen", day("2026-02-01"));
	c.text = "till ingen";
	CHECK_FAILS(store_contribution_add(st, "MD-2026-999", &c, "anna", &e),
	    &e, ERR_NOTFOUND);
	add_dialogue(st, "Kvar också", "Kommunstyrelsen", day("2026-02-01"));
	CHECK_OK(store_bulk_commit(st, &e), &e);
	CHECK_OK(store_count(st, &q, &n, &e), &e);
	CHECK_INT(n, 2);
	CHECK_FAILS(store_bulk_commit(st, &e), &e, ERR_STORAGE);
	store_close(st);
}

static void
settings_are_stored_validated_and_logged(void)
{
	struct dlg_settings s;
	struct dlg_error e;
	struct store *st;

	if ((st = open_register("register.db")) == NULL)
		return;
	err_clear(&e);
	CHECK_OK(store_setting_set(st, "municipality", "Tjörns kommun", "anna",
	    &e), &e);
	CHECK_OK(store_setting_set(st, "feedback_days", "45", "anna", &e), &e);
	CHECK_FAILS(store_setting_set(st, "feedback_days", "många", "anna",
	    &e), &e, ERR_REFUSED);
	CHECK_FAILS(store_setting_set(st, "no_such_key", "1", "anna", &e), &e,
	    ERR_REFUSED);
	CHECK_INT(history_count(st, NULL), 2);
	store_close(st);
	if ((st = open_register("register.db")) == NULL)
		return;
	if (CHECK_OK(store_settings_load(st, &s, &e), &e)) {
		CHECK_STR(s.municipality, "Tjörns kommun");
		CHECK_INT(s.feedback_days, 45);
		CHECK_INT(s.evaluation_days, 180);
		dlg_settings_clear(&s);
	}
	store_close(st);
}

static void
methods_add_to_the_catalogue_once(void)
{
	struct dlg_methods m = { 0 };
	struct dlg_error e;
	struct store *st;

	if ((st = open_register("register.db")) == NULL)
		return;
	err_clear(&e);
	CHECK_OK(store_method_add(st, "Walk and talk i Skärhamn", 3, "anna",
	    &e), &e);
	CHECK_FAILS(store_method_add(st, "WALK AND TALK I SKÄRHAMN", 3, "anna",
	    &e), &e, ERR_REFUSED);
	CHECK_FAILS(store_method_add(st, "Rådslag", 6, "anna", &e), &e,
	    ERR_REFUSED);
	CHECK_FAILS(store_method_add(st, "", 2, "anna", &e), &e, ERR_REFUSED);
	if (CHECK_OK(store_methods_load(st, &m, &e), &e)) {
		CHECK_INT(dlg_methods_step(&m, "walk and talk i skärhamn"), 3);
		CHECK(m.n > 1);	/* the built-in ones too */
		dlg_methods_clear(&m);
	}
	CHECK_INT(history_count(st, NULL), 1);
	store_close(st);
}

static void
full_disk_is_reported_and_nothing_is_saved(void)
{
	struct store_query q = { 0 };
	struct dialogue *d;
	struct dlg_error e;
	struct store *st;
	long before = -1, after = -1;
	char big[3000];
	int i, rc = 0;

	if ((st = open_register("register.db")) == NULL)
		return;
	add_dialogue(st, "Före", "Kommunstyrelsen", day("2026-01-10"));
	err_clear(&e);
	CHECK_OK(store_count(st, &q, &before, &e), &e);
	/* As if the disk were full: the file may not grow any more. */
	sqlite3_exec(st->db, "PRAGMA max_page_count = 1", NULL, NULL, NULL);
	memset(big, 'x', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	for (i = 0; i < 50 && rc == 0; i++) {
		d = new_dialogue("Stor", "Kommunstyrelsen");
		dlg_put(d, F_BACKGROUND, big);
		rc = store_dialogue_create(st, d, day("2026-01-10"), "anna",
		    &e);
		dlg_free(d);
		if (rc == 0)
			before++;
	}
	if (CHECK(rc != 0)) {
		CHECK_INT(e.code, ERR_STORAGE);
		CHECK_STR(e.msg, "the disk is full; nothing was saved");
		CHECK(strstr(e.detail, "SQLite 13") != NULL);
	}
	CHECK_OK(store_count(st, &q, &after, &e), &e);
	CHECK_INT(after, before);
	store_close(st);
}

int
main(void)
{
	RUN(create_and_load_round_trip_every_field_type);
	RUN(references_count_per_year);
	RUN(reference_grows_past_999);
	RUN(load_of_unknown_reference_is_not_found);
	RUN(children_are_stored_and_counted);
	RUN(contribution_round_trip_with_contact);
	RUN(contribution_to_session_of_another_dialogue_is_refused);
	RUN(bulk_rollback_leaves_nothing_and_failed_action_keeps_rest);
	RUN(settings_are_stored_validated_and_logged);
	RUN(methods_add_to_the_catalogue_once);
	RUN(full_disk_is_reported_and_nothing_is_saved);
	return check_done();
}
