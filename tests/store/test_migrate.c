/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_migrate.c: a register written by an older dialogreg (schema 1,
 * tests/data/register-v1.db, made by register-v1.sql) opens, migrates to
 * the current schema and keeps every row; full-text search finds its old
 * titles and contributions; the migrated schema equals a new register's;
 * old contributions get no channel text (schema 4) and new ones of the
 * channel "other" keep theirs; the list's sort keys get their indexes
 * (schema 6). A register of schema 6 (tests/data/register-v6.db, made by
 * register-v6.sh) gets an empty list of bodies (schema 7) and keeps the
 * free body names its dialogues hold, an office among them. A register
 * of schema 7 (tests/data/register-v7.db, made by register-v7.sh) gets
 * the decided time plan, the responsible officials, the measures decided
 * and the sessions' times (schema 8), empty in its old rows, and keeps
 * what it held. A register of schema 8 (tests/data/register-v8.db, made
 * by register-v8.sh) gets the sessions' accessibility notes, empty in
 * its old sessions, and an identity of its own that stays the same
 * (schema 9), which no other register shares. A register of schema 9
 * (tests/data/register-v9.db, made by register-v9.sh under Sollentuna's
 * rules) gets the experts' time and resources (schema 10), empty in its
 * old dialogues, a planned one among them, and keeps what it held. A
 * register of schema 10 (tests/data/register-v10.db, made by
 * register-v10.sh) gets the sort keys of its titles and bodies, so it
 * lists by title and by body in Swedish order from an index (schema 11),
 * keeps them as titles change, and gets an index for the state filter;
 * its full-text indexes are made again with their short prefixes
 * indexed (schema 12) and still find what it holds. A register of schema
 * 12 (tests/data/register-v12.db, made by register-v12.sh) gets
 * full-text indexes without positions (schema 13) that find the same
 * dialogues by their titles, contributions and themes. An upgrade is
 * announced before its first step, a new register's making never.
 *
 * Usage: test_migrate DATA-DIR
 */
#include "config.h"

#include <sqlite3.h>

#include "fixture.h"

static const char *data_dir = ".";

/* What register-v1.sql holds. */
#define V1_DIALOGUES		3
#define V1_SESSIONS		3
#define V1_FEEDBACK		1
#define V1_CONTRIBUTIONS	3
#define V1_HISTORY		17

/* Copy the old register of schema v into the test's directory as
 * register.db; 0 on success. */
static int
copy_old(int v)
{
	char from[4096];

	if ((size_t)snprintf(from, sizeof from, "%s/register-v%d.db",
	    data_dir, v) >= sizeof from)
		return -1;
	if (check_copy_file(from, check_path("register.db")) != 0) {
		fprintf(stderr, "cannot copy %s\n", from);
		return -1;
	}
	return 0;
}

static int
copy_v1(void)
{
	return copy_old(1);
}

/* One number from SQL run directly on a file. */
static long long
count(const char *path, const char *text)
{
	sqlite3_stmt *s = NULL;
	sqlite3 *db;
	long long n = -1;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) !=
	    SQLITE_OK) {
		sqlite3_close(db);
		return -1;
	}
	if (sqlite3_prepare_v2(db, text, -1, &s, NULL) == SQLITE_OK &&
	    sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return n;
}

/* The schema of a file as text, one object a line, sorted. */
static char *
schema_of(const char *path)
{
	struct strbuf sb;
	sqlite3_stmt *s = NULL;
	sqlite3 *db;
	const unsigned char *t;
	int i;

	sb_init(&sb);
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) ==
	    SQLITE_OK && sqlite3_prepare_v2(db, "SELECT type, name, tbl_name,"
	    " sql FROM sqlite_master ORDER BY name", -1, &s, NULL) ==
	    SQLITE_OK)
		while (sqlite3_step(s) == SQLITE_ROW) {
			for (i = 0; i < 4; i++) {
				t = sqlite3_column_text(s, i);
				sb_addf(&sb, "%s%s", i ? " | " : "",
				    t ? (const char *)t : "NULL");
			}
			sb_addc(&sb, '\n');
		}
	sqlite3_finalize(s);
	sqlite3_close(db);
	return sb_detach(&sb);
}

static void
old_register_migrates_and_keeps_every_row(void)
{
	const char *path = check_path("register.db");
	struct dialogue *d = NULL;
	struct dlg_settings set;
	struct dlg_methods m = { 0 };
	struct store_query q = { 0 };
	struct dlg_error e;
	struct store *st;
	long n = -1;

	if (!CHECK(copy_v1() == 0))
		return;
	CHECK_INT(count(path, "PRAGMA user_version"), 1);
	err_clear(&e);
	if (!CHECK_OK(store_open(path, 0, &st, &e), &e))
		return;
	CHECK_INT(store_opened_version(st), 1);
	CHECK_OK(store_count(st, &q, &n, &e), &e);
	CHECK_INT(n, V1_DIALOGUES);

	if (CHECK_OK(store_dialogue_load(st, "MD-2025-001", &d, &e), &e)) {
		CHECK_INT(d->state, DLG_RUNNING);
		CHECK_INT(d->version, 6);
		CHECK_STR(dlg_get(d, F_TITLE), "Ungdomsdialog i Skärhamn");
		CHECK_STR(dlg_get(d, F_LEVEL), "dialogue");
		CHECK_STR(dlg_get(d, F_BUDGET), "125000");
		CHECK_INT(dlg_list(d, F_METHODS)->n, 2);
		if (CHECK_INT(dlg_list(d, F_TARGET_GROUPS)->n, 1))
			CHECK_STR(dlg_list(d, F_TARGET_GROUPS)->v[0].note,
			    "ålder, språk");
		CHECK_INT(d->nsessions, 2);
		CHECK_INT(d->n_participants, 14);
		CHECK_INT(d->n_contributions, 2);
		CHECK_INT(history_count(st, "MD-2025-001"), 9);
	}
	dlg_free(d);
	d = NULL;
	if (CHECK_OK(store_dialogue_load(st, "MD-2025-002", &d, &e), &e)) {
		CHECK_INT(d->state, DLG_REPORTED);
		CHECK_INT(dlg_list(d, F_BODIES)->n, 2);
		CHECK_INT(d->nfeedback, 1);
		CHECK_INT(history_count(st, "MD-2025-002"), 5);
	}
	dlg_free(d);
	d = NULL;
	if (CHECK_OK(store_dialogue_load(st, "MD-2026-001", &d, &e), &e))
		CHECK_STR(dlg_get(d, F_INITIATED_BY), "Örjan Åkesson");
	dlg_free(d);
	CHECK_INT(history_count(st, NULL), 2);
	if (CHECK_OK(store_settings_load(st, &set, &e), &e)) {
		CHECK_STR(set.municipality, "Tjörns kommun");
		dlg_settings_clear(&set);
	}
	if (CHECK_OK(store_methods_load(st, &m, &e), &e)) {
		CHECK_INT(dlg_methods_step(&m, "walk and talk"), 3);
		dlg_methods_clear(&m);
	}
	store_close(st);

	CHECK_INT(count(path, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	CHECK_INT(count(path, "SELECT count(*) FROM dialogues"), V1_DIALOGUES);
	CHECK_INT(count(path, "SELECT count(*) FROM sessions"), V1_SESSIONS);
	CHECK_INT(count(path, "SELECT count(*) FROM feedback"), V1_FEEDBACK);
	CHECK_INT(count(path, "SELECT count(*) FROM contributions"),
	    V1_CONTRIBUTIONS);
	CHECK_INT(count(path, "SELECT count(*) FROM history"), V1_HISTORY);
	CHECK_INT(count(path, "SELECT count(*) FROM contributions"
	    " WHERE contact = 'Elin Ström, elin@example.se'"), 1);
}

static void
migrated_register_finds_old_titles_and_contributions(void)
{
	struct store_query q = { 0 };
	struct dlg_error e;
	struct store *st;
	long n = -1;

	if (!CHECK(copy_v1() == 0))
		return;
	err_clear(&e);
	if (!CHECK_OK(store_open(check_path("register.db"), 0, &st, &e), &e))
		return;
	q.text = "skärhamn";
	CHECK_OK(store_count(st, &q, &n, &e), &e);
	CHECK_INT(n, 1);
	q.text = "fårbete";
	CHECK_OK(store_count(st, &q, &n, &e), &e);
	CHECK_INT(n, 1);
	q.text = "replokal";	/* an old contribution */
	CHECK_OK(store_count(st, &q, &n, &e), &e);
	CHECK_INT(n, 1);
	q.text = "elin";	/* an old contact is not indexed either */
	CHECK_OK(store_count(st, &q, &n, &e), &e);
	CHECK_INT(n, 0);
	/* New rows after the migration are found too. */
	CHECK_STR(add_dialogue(st, "Badplats vid Pater Noster",
	    "Kommunstyrelsen", day("2026-02-02")), "MD-2026-002");
	q.text = "pater";
	CHECK_OK(store_count(st, &q, &n, &e), &e);
	CHECK_INT(n, 1);
	store_close(st);
}

static void
migrated_schema_equals_a_new_registers(void)
{
	struct store *st;
	char *old, *new;

	if (!CHECK(copy_v1() == 0))
		return;
	if ((st = open_register("register.db")) == NULL)
		return;
	store_close(st);
	if ((st = open_register("new.db")) == NULL)
		return;
	store_close(st);
	old = schema_of(check_path("register.db"));
	new = schema_of(check_path("new.db"));
	CHECK(strlen(new) > 1000);
	CHECK_STR(old, new);
	CHECK_INT(count(check_path("register.db"), "PRAGMA application_id"),
	    count(check_path("new.db"), "PRAGMA application_id"));
	free(old);
	free(new);
}

static void
migrated_register_has_an_index_for_each_indexable_sort_key(void)
{
	struct store *st;

	if (!CHECK(copy_v1() == 0))
		return;
	if ((st = open_register("register.db")) == NULL)
		return;
	store_close(st);
	/* Schema 6: state, decision deadline, planned start, last change
	 * (the reference has its UNIQUE (year, serial)). */
	CHECK_INT(count(check_path("register.db"), "SELECT count(*) FROM"
	    " sqlite_master WHERE type = 'index' AND name IN"
	    " ('dialogues_by_state', 'dialogues_by_deadline',"
	    " 'dialogues_by_start', 'dialogues_by_updated')"), 4);
	CHECK_INT(count(check_path("register.db"), "SELECT count(*) FROM"
	    " pragma_index_info('dialogues_by_deadline') WHERE name IN"
	    " ('decision_deadline', 'year', 'serial')"), 3);
}

static int
keep_other(const struct dlg_contribution *c, void *arg)
{
	char **text = arg;

	if (c->channel != NULL && strcmp(c->channel, "other") == 0) {
		free(*text);
		*text = xstrdup(c->channel_text);
	}
	return 0;
}

static void
migrated_register_keeps_the_text_of_an_unknown_channel(void)
{
	struct dlg_contribution c = { 0 };
	struct dlg_error e;
	struct store *st;
	char *got = NULL;

	if (!CHECK(copy_v1() == 0))
		return;
	if ((st = open_register("register.db")) == NULL)
		return;
	CHECK_INT(count(check_path("register.db"), "SELECT count(*) FROM"
	    " contributions WHERE channel_text IS NOT NULL"), 0);
	err_clear(&e);
	c.text = (char *)"Ring mig om bryggan";
	c.channel = (char *)"other";
	c.channel_text = (char *)"Telefon";
	CHECK_OK(store_contribution_add(st, "MD-2026-001", &c, "anna", &e),
	    &e);
	free(c.created);
	CHECK_OK(store_contributions(st, "MD-2026-001", keep_other, &got, &e),
	    &e);
	CHECK_STR(got, "Telefon");
	free(got);
	store_close(st);
}

static void
old_register_opened_read_only_is_refused_and_untouched(void)
{
	struct dlg_error e;
	struct store *st = NULL;
	size_t n1, n2;
	char *before, *after;

	if (!CHECK(copy_v1() == 0))
		return;
	before = check_read_file(check_path("register.db"), &n1);
	err_clear(&e);
	CHECK_FAILS(store_open(check_path("register.db"), STORE_READONLY, &st,
	    &e), &e, ERR_STORAGE);
	CHECK_HAS(e.msg, "older schema");
	after = check_read_file(check_path("register.db"), &n2);
	CHECK(before != NULL && after != NULL && n1 == n2 &&
	    memcmp(before, after, n1) == 0);
	free(before);
	free(after);
}

/* What register-v6.sh wrote. */
#define V6_DIALOGUES	2
#define V6_HISTORY	18

static void
v6_register_gets_an_empty_list_and_keeps_its_names(void)
{
	const char *path = check_path("register.db");
	struct dlg_bodies list = { 0 };
	struct dialogue *d = NULL;
	struct dlg_error e;
	struct store *st;
	long hist, n = -1;

	if (!CHECK(copy_old(6) == 0))
		return;
	CHECK_INT(count(path, "PRAGMA user_version"), 6);
	CHECK_INT(count(path, "SELECT count(*) FROM sqlite_master WHERE"
	    " name = 'bodies'"), 0);
	hist = count(path, "SELECT count(*) FROM history");
	CHECK_INT(hist, V6_HISTORY);
	err_clear(&e);
	if (!CHECK_OK(store_open(path, 0, &st, &e), &e))
		return;
	CHECK_INT(store_opened_version(st), 6);
	if (CHECK_OK(store_bodies_load(st, &list, &e), &e))
		CHECK_INT(list.n, 0);
	dlg_bodies_clear(&list);
	if (CHECK_OK(store_dialogue_load(st, "MD-2026-001", &d, &e), &e)) {
		CHECK_STR(dlg_get(d, F_DECISION_BODY), "Kommunfullmäktige");
		/* An office as process owner, as an older register could
		 * hold it: kept, not judged by a list it never had. */
		CHECK_STR(dlg_get(d, F_PROCESS_OWNER), "Kommunkansliet");
		CHECK_INT(dlg_list(d, F_BODIES)->n, 2);
		CHECK_STR(dlg_list(d, F_POLITICIANS)->v[0].note,
		    "Kultur- och fritidsnämnden");
	}
	dlg_free(d);
	/* Where each old name is used, any case. */
	CHECK_OK(store_body_uses(st, "KULTUR- OCH FRITIDSNÄMNDEN", &n, &e),
	    &e);
	CHECK_INT(n, 1);
	CHECK_OK(store_body_uses(st, "samhällsbyggnadsnämnden", &n, &e), &e);
	CHECK_INT(n, 1);
	CHECK_OK(store_body_uses(st, "Kommunkansliet", &n, &e), &e);
	CHECK_INT(n, 1);
	CHECK_OK(store_body_uses(st, "Tekniska nämnden", &n, &e), &e);
	CHECK_INT(n, 0);
	store_close(st);

	CHECK_INT(count(path, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	CHECK_INT(count(path, "SELECT count(*) FROM bodies"), 0);
	CHECK_INT(count(path, "SELECT count(*) FROM dialogues"),
	    V6_DIALOGUES);
	CHECK_INT(count(path, "SELECT count(*) FROM history"), hist);
}

/*
 * The register of schema v, migrated, has exactly the schema of a new
 * register, and that schema holds each text of holds (NULL-ended): what
 * the migrations after v added.
 */
static void
migrated_schema_is_a_new_registers(int v, const char *const *holds)
{
	struct store *st;
	char *old, *new;

	if (!CHECK(copy_old(v) == 0))
		return;
	if ((st = open_register("register.db")) == NULL)
		return;
	store_close(st);
	if ((st = open_register("new.db")) == NULL)
		return;
	store_close(st);
	old = schema_of(check_path("register.db"));
	new = schema_of(check_path("new.db"));
	for (; *holds != NULL; holds++)
		CHECK_HAS(new, *holds);
	CHECK_STR(old, new);
	free(old);
	free(new);
}

static void
v6_register_migrated_has_a_new_registers_schema(void)
{
	static const char *const holds[] = { "CREATE TABLE bodies", NULL };

	migrated_schema_is_a_new_registers(6, holds);
}

static void
v6_register_takes_its_first_body_with_the_council(void)
{
	const char *path = check_path("register.db");
	struct dlg_bodies list = { 0 };
	struct dlg_body b = { 0 };
	struct dlg_error e;
	struct store *st;
	int council = 0;

	if (!CHECK(copy_old(6) == 0))
		return;
	if ((st = open_register("register.db")) == NULL)
		return;
	err_clear(&e);
	b.name = (char *)"Kultur- och fritidsnämnden";
	b.abbrev = (char *)"KFN";
	b.kind = DLG_BODY_COMMITTEE;
	b.political = 1;
	CHECK_OK(store_body_add(st, &b, "anna", &council, &e), &e);
	CHECK_INT(council, 1);
	if (CHECK_OK(store_bodies_load(st, &list, &e), &e) &&
	    CHECK_INT(list.n, 2)) {
		CHECK_STR(list.v[0].name, "Kommunfullmäktige");
		CHECK_STR(list.v[0].abbrev, "KF");
		CHECK_INT(list.v[0].kind, DLG_BODY_COUNCIL);
		CHECK_STR(list.v[1].name, "Kultur- och fritidsnämnden");
	}
	dlg_bodies_clear(&list);
	/* The old dialogue names it: it stays. */
	CHECK_FAILS(store_body_remove(st, "kfn", "anna", &e), &e,
	    ERR_REFUSED);
	CHECK_HAS(e.msg, "1 dialogue names it");
	store_close(st);
	CHECK_INT(count(path, "SELECT count(*) FROM history WHERE"
	    " dialogue_id IS NULL AND field LIKE 'body:%'"), 2);
}

/* What register-v7.sh wrote. */
#define V7_DIALOGUES	2
#define V7_SESSIONS	2
#define V7_HISTORY	23

/* The fields schema 8 added to the record. */
static const enum dlg_field v8_fields[] = {
	F_DECIDED_START, F_DECIDED_END, F_RESPONSIBLE_PLANNING,
	F_RESPONSIBLE_CONDUCT, F_RESPONSIBLE_DOCUMENTATION,
	F_RESPONSIBLE_PROCESSING, F_RESPONSIBLE_FEEDBACK,
	F_RESPONSIBLE_EVALUATION, F_QUESTION_DECISION_MEASURES,
};
#define NV8	(sizeof v8_fields / sizeof v8_fields[0])

static void
v7_register_gets_the_new_fields_empty_and_keeps_its_rows(void)
{
	const char *path = check_path("register.db");
	struct dialogue *d = NULL;
	struct dlg_error e;
	struct store *st;
	size_t i;

	if (!CHECK(copy_old(7) == 0))
		return;
	CHECK_INT(count(path, "PRAGMA user_version"), 7);
	CHECK_INT(count(path, "SELECT count(*) FROM pragma_table_info("
	    "'sessions') WHERE name = 'time_start'"), 0);
	CHECK_INT(count(path, "SELECT count(*) FROM history"), V7_HISTORY);
	err_clear(&e);
	if (!CHECK_OK(store_open(path, 0, &st, &e), &e))
		return;
	CHECK_INT(store_opened_version(st), 7);
	if (CHECK_OK(store_dialogue_load(st, "MD-2026-001", &d, &e), &e)) {
		CHECK_STR(dlg_get(d, F_PLANNED_START), "2026-04-01");
		CHECK_STR(dlg_get(d, F_BUDGET), "50000");
		CHECK_STR(dlg_get(d, F_BUDGET_FRAME), "60000");
		CHECK_STR(dlg_get(d, F_RESPONSIBILITIES),
		    "Fritidsförvaltningen planerar och dokumenterar.");
		CHECK_STR(dlg_get(d, F_QUESTION_DECISION_OUTCOME),
		    "Parken byggs med ramper.");
		for (i = 0; i < NV8; i++)
			CHECK(dlg_get(d, v8_fields[i]) == NULL);
		if (CHECK_INT(d->nsessions, V7_SESSIONS)) {
			CHECK_STR(d->sessions[0].place, "Skärhamns bibliotek");
			CHECK_INT(d->sessions[0].participants, 24);
			CHECK(d->sessions[0].time_start == NULL);
			CHECK(d->sessions[1].time_end == NULL);
		}
		CHECK_INT(d->n_participants, 55);
	}
	dlg_free(d);
	store_close(st);

	CHECK_INT(count(path, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	CHECK_INT(count(path, "SELECT count(*) FROM dialogues"),
	    V7_DIALOGUES);
	CHECK_INT(count(path, "SELECT count(*) FROM sessions"), V7_SESSIONS);
	CHECK_INT(count(path, "SELECT count(*) FROM bodies"), 2);
	CHECK_INT(count(path, "SELECT count(*) FROM history"), V7_HISTORY);
	CHECK_INT(count(path, "SELECT count(*) FROM dialogues WHERE"
	    " decided_start IS NOT NULL OR responsible_planning IS NOT NULL"
	    " OR question_decision_measures IS NOT NULL"), 0);
}

static void
v7_register_migrated_has_a_new_registers_schema(void)
{
	static const char *const holds[] = { "time_end TEXT", "question_decision_measures TEXT", NULL };

	migrated_schema_is_a_new_registers(7, holds);
}

static void
v7_register_takes_the_new_fields_with_their_history(void)
{
	const char *path = check_path("register.db");
	struct dialogue *d = NULL, *back = NULL;
	struct dlg_session s = { 0 };
	struct dlg_error e;
	struct store *st;
	long long version;
	int hist;

	if (!CHECK(copy_old(7) == 0))
		return;
	if ((st = open_register("register.db")) == NULL)
		return;
	err_clear(&e);
	if (!CHECK_OK(store_dialogue_load(st, "MD-2026-001", &d, &e), &e)) {
		store_close(st);
		return;
	}
	hist = history_count(st, "MD-2026-001");
	version = d->version;
	CHECK_OK(dlg_set_field(d, F_DECIDED_START, "2026-04-10", NULL, &e),
	    &e);
	CHECK_OK(dlg_set_field(d, F_RESPONSIBLE_FEEDBACK, "Eva Lund", NULL,
	    &e), &e);
	CHECK_OK(dlg_set_field(d, F_QUESTION_DECISION_MEASURES,
	    "Ramper byggs 2027.", NULL, &e), &e);
	CHECK_OK(store_dialogue_update(st, d, version, NULL, "anna", &e), &e);
	CHECK_INT(history_count(st, "MD-2026-001"), hist + 3);
	/* An old session gets its times, each with its history row. */
	dlg_child_copy(DLG_CHILD_SESSION, &s, &d->sessions[0]);
	s.id = d->sessions[0].id;
	CHECK_OK(dlg_child_set(DLG_CHILD_SESSION, &s,
	    (size_t)dlg_child_field_lookup(DLG_CHILD_SESSION, "time_start"),
	    "18.30", &e), &e);
	CHECK_OK(dlg_child_set(DLG_CHILD_SESSION, &s,
	    (size_t)dlg_child_field_lookup(DLG_CHILD_SESSION, "time_end"),
	    "20:00", &e), &e);
	CHECK_OK(store_session_update(st, "MD-2026-001", &s, d->version,
	    "anna", &e), &e);
	dlg_session_clear(&s);
	CHECK_INT(history_count(st, "MD-2026-001"), hist + 5);
	if (CHECK_OK(store_dialogue_load(st, "MD-2026-001", &back, &e), &e)) {
		CHECK_STR(dlg_get(back, F_DECIDED_START), "2026-04-10");
		CHECK_STR(dlg_get(back, F_RESPONSIBLE_FEEDBACK), "Eva Lund");
		CHECK_STR(dlg_get(back, F_QUESTION_DECISION_MEASURES),
		    "Ramper byggs 2027.");
		CHECK_STR(back->sessions[0].time_start, "18:30");
		CHECK_STR(back->sessions[0].time_end, "20:00");
	}
	dlg_free(back);
	dlg_free(d);
	store_close(st);
	CHECK_INT(count(path, "SELECT count(*) FROM history WHERE field IN"
	    " ('decided_start', 'responsible_feedback',"
	    " 'question_decision_measures', 'session 1 time_start',"
	    " 'session 1 time_end')"), 5);
}

/* What register-v8.sh wrote. */
#define V8_SESSIONS	2
#define V8_HISTORY	14

static char *
uid_of(struct store *st)
{
	struct dlg_error e;
	char *uid = NULL;

	err_clear(&e);
	CHECK_OK(store_register_uid(st, &uid, &e), &e);
	return uid;
}

static void
v8_register_gets_accessibility_empty_and_an_identity(void)
{
	const char *path = check_path("register.db");
	struct dialogue *d = NULL;
	struct dlg_error e;
	struct store *st;
	char *uid, *again = NULL, *other = NULL;

	if (!CHECK(copy_old(8) == 0))
		return;
	CHECK_INT(count(path, "PRAGMA user_version"), 8);
	CHECK_INT(count(path, "SELECT count(*) FROM sqlite_master WHERE"
	    " name = 'register_identity'"), 0);
	err_clear(&e);
	if (!CHECK_OK(store_open(path, 0, &st, &e), &e))
		return;
	CHECK_INT(store_opened_version(st), 8);
	uid = uid_of(st);
	if (CHECK(uid != NULL)) {
		CHECK_INT(strlen(uid), 32);
		CHECK_INT(strspn(uid, "0123456789abcdef"), 32);
	}
	if (CHECK_OK(store_dialogue_load(st, "MD-2026-001", &d, &e), &e) &&
	    CHECK_INT(d->nsessions, V8_SESSIONS)) {
		CHECK_STR(d->sessions[0].time_start, "18:00");
		CHECK_STR(d->sessions[0].place, "Skärhamns bibliotek");
		CHECK(d->sessions[0].accessibility == NULL);
		CHECK(d->sessions[1].accessibility == NULL);
		CHECK_INT(d->sessions[1].participants, 31);
	}
	dlg_free(d);
	store_close(st);
	CHECK_INT(count(path, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	CHECK_INT(count(path, "SELECT count(*) FROM register_identity"), 1);
	CHECK_INT(count(path, "SELECT count(*) FROM history"), V8_HISTORY);

	/* The same identity at every later open; another register has
	 * its own. */
	if ((st = open_register("register.db")) != NULL) {
		again = uid_of(st);
		store_close(st);
	}
	if ((st = open_register("other.db")) != NULL) {
		other = uid_of(st);
		store_close(st);
	}
	if (CHECK(uid != NULL && again != NULL && other != NULL)) {
		CHECK_STR(again, uid);
		CHECK(strcmp(other, uid) != 0);
	}
	free(uid);
	free(again);
	free(other);
}

static void
v8_register_migrated_has_a_new_registers_schema(void)
{
	static const char *const holds[] = { "accessibility TEXT", "register_identity", NULL };

	migrated_schema_is_a_new_registers(8, holds);
}

static void
v8_register_takes_accessibility_with_its_history(void)
{
	const char *path = check_path("register.db");
	struct dialogue *d = NULL, *back = NULL;
	struct dlg_session s = { 0 };
	struct dlg_error e;
	struct store *st;
	int hist;

	if (!CHECK(copy_old(8) == 0))
		return;
	if ((st = open_register("register.db")) == NULL)
		return;
	err_clear(&e);
	if (!CHECK_OK(store_dialogue_load(st, "MD-2026-001", &d, &e), &e)) {
		store_close(st);
		return;
	}
	hist = history_count(st, "MD-2026-001");
	dlg_child_copy(DLG_CHILD_SESSION, &s, &d->sessions[0]);
	s.id = d->sessions[0].id;
	CHECK_OK(dlg_child_set(DLG_CHILD_SESSION, &s,
	    (size_t)dlg_child_field_lookup(DLG_CHILD_SESSION,
	    "accessibility"), "Hörslinga, ramp vid entrén", &e), &e);
	CHECK_OK(store_session_update(st, "MD-2026-001", &s, d->version,
	    "anna", &e), &e);
	dlg_session_clear(&s);
	CHECK_INT(history_count(st, "MD-2026-001"), hist + 1);
	if (CHECK_OK(store_dialogue_load(st, "MD-2026-001", &back, &e), &e))
		CHECK_STR(back->sessions[0].accessibility,
		    "Hörslinga, ramp vid entrén");
	dlg_free(back);
	dlg_free(d);
	store_close(st);
	CHECK_INT(count(path, "SELECT count(*) FROM history WHERE field ="
	    " 'session 1 accessibility'"), 1);
}

/* What register-v9.sh wrote. */
#define V9_DIALOGUES	2
#define V9_HISTORY	count(check_path("register.db"), \
	"SELECT count(*) FROM history")

static void
v9_register_gets_resources_empty_and_keeps_its_rows(void)
{
	const char *path = check_path("register.db");
	struct dialogue *d = NULL;
	struct dlg_error e;
	struct store *st;
	long long hist;

	if (!CHECK(copy_old(9) == 0))
		return;
	CHECK_INT(count(path, "PRAGMA user_version"), 9);
	hist = V9_HISTORY;
	CHECK(hist > 0);
	err_clear(&e);
	if (!CHECK_OK(store_open(path, 0, &st, &e), &e))
		return;
	CHECK_INT(store_opened_version(st), 9);
	if (CHECK_OK(store_dialogue_load(st, "MD-2026-001", &d, &e), &e)) {
		CHECK_INT(d->state, DLG_PLANNED);
		CHECK(dlg_get(d, F_RESOURCES) == NULL);
		CHECK_STR(dlg_get(d, F_PROJECT_PLAN), "Projektplan KFN 2026/7");
		CHECK_STR(dlg_get(d, F_FACT_BASIS), "Lekplatsinventering 2025");
	}
	dlg_free(d);
	store_close(st);
	CHECK_INT(count(path, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	CHECK_INT(count(path, "SELECT count(*) FROM dialogues"), V9_DIALOGUES);
	CHECK_INT(count(path, "SELECT count(*) FROM dialogues WHERE"
	    " resources IS NOT NULL"), 0);
	CHECK_INT(V9_HISTORY, hist);
}

static void
v9_register_migrated_has_a_new_registers_schema(void)
{
	static const char *const holds[] = { "resources TEXT", NULL };

	migrated_schema_is_a_new_registers(9, holds);
}

static void
v9_register_takes_resources_with_its_history(void)
{
	const char *path = check_path("register.db");
	struct dialogue *d = NULL, *back = NULL;
	struct dlg_error e;
	struct store *st;
	int hist;

	if (!CHECK(copy_old(9) == 0))
		return;
	if ((st = open_register("register.db")) == NULL)
		return;
	err_clear(&e);
	if (!CHECK_OK(store_dialogue_load(st, "MD-2026-001", &d, &e), &e)) {
		store_close(st);
		return;
	}
	hist = history_count(st, "MD-2026-001");
	CHECK_OK(dlg_set_field(d, F_RESOURCES, "Två landskapsarkitekter, "
	    "40 timmar var", NULL, &e), &e);
	CHECK_OK(store_dialogue_update(st, d, d->version, NULL, "anna", &e),
	    &e);
	CHECK_INT(history_count(st, "MD-2026-001"), hist + 1);
	if (CHECK_OK(store_dialogue_load(st, "MD-2026-001", &back, &e), &e))
		CHECK_STR(dlg_get(back, F_RESOURCES), "Två landskapsarkitekter, "
		    "40 timmar var");
	dlg_free(back);
	dlg_free(d);
	store_close(st);
	CHECK_INT(count(path, "SELECT count(*) FROM history WHERE field ="
	    " 'resources'"), 1);
}

/* What register-v10.sh wrote: the titles in Swedish order are those of
 * MD-2026-003 (Z), -004 (Å), -002 (ä), -001 (Ö). */
static const char *const v10_by_title[] = {
	"MD-2026-003", "MD-2026-004", "MD-2026-002", "MD-2026-001"
};

struct refs {
	struct store	*st;
	char		 v[8][16];
	int		 n;
};

static int
ref_of(const struct dialogue *d, void *arg)
{
	struct refs *r = arg;

	if (r->n < 8)
		snprintf(r->v[r->n++], sizeof r->v[0], "%s", d->ref);
	return 0;
}

/* The references of st's register sorted by sort. */
static int
refs_sorted(struct store *st, enum store_sort sort, int desc,
    struct refs *r)
{
	struct store_query q = { 0 };
	struct dlg_error e;

	memset(r, 0, sizeof *r);
	q.sort = sort;
	q.desc = desc;
	err_clear(&e);
	return CHECK_OK(store_list(st, &q, ref_of, r, &e), &e) ? 0 : -1;
}

/* The plan SQLite makes for text on the file at path, one string. */
static char *
plan_of(const char *path, const char *text)
{
	sqlite3_stmt *s = NULL;
	struct strbuf sb;
	sqlite3 *db;

	sb_init(&sb);
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) ==
	    SQLITE_OK && sqlite3_prepare_v2(db, text, -1, &s, NULL) ==
	    SQLITE_OK)
		while (sqlite3_step(s) == SQLITE_ROW)
			sb_addf(&sb, "%s\n", (const char *)
			    sqlite3_column_text(s, 3));
	sqlite3_finalize(s);
	sqlite3_close(db);
	return sb_detach(&sb);
}

static void
v10_register_gets_sort_keys_and_lists_in_swedish_order(void)
{
	const char *path = check_path("register.db");
	struct dlg_error e;
	struct store *st;
	struct refs r;
	char *plan;
	int i;

	if (!CHECK(copy_old(10) == 0))
		return;
	CHECK_INT(count(path, "PRAGMA user_version"), 10);
	err_clear(&e);
	if (!CHECK_OK(store_open(path, 0, &st, &e), &e))
		return;
	CHECK_INT(store_opened_version(st), 10);
	if (refs_sorted(st, SORT_TITLE, 0, &r) == 0 && CHECK_INT(r.n, 4))
		for (i = 0; i < 4; i++)
			CHECK_STR(r.v[i], v10_by_title[i]);
	if (refs_sorted(st, SORT_TITLE, 1, &r) == 0 && CHECK_INT(r.n, 4))
		for (i = 0; i < 4; i++)
			CHECK_STR(r.v[i], v10_by_title[3 - i]);
	if (refs_sorted(st, SORT_BODY, 0, &r) == 0 && CHECK_INT(r.n, 4)) {
		/* Barn-, Kommunstyrelsen, Miljö-, Tekniska. */
		CHECK_STR(r.v[0], "MD-2026-002");
		CHECK_STR(r.v[1], "MD-2026-003");
		CHECK_STR(r.v[2], "MD-2026-001");
		CHECK_STR(r.v[3], "MD-2026-004");
	}
	{
		/* The index made again: "h" is hur, hamnen and ha. */
		struct store_query q = { 0 };
		long n = -1;

		q.text = "h";
		if (CHECK_OK(store_count(st, &q, &n, &e), &e))
			CHECK_INT(n, 3);
		q.text = "skä";
		if (CHECK_OK(store_count(st, &q, &n, &e), &e))
			CHECK_INT(n, 1);
	}
	store_close(st);
	CHECK_INT(count(path, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	CHECK_INT(count(path, "SELECT count(*) FROM dialogues"), 4);
	CHECK_INT(count(path, "SELECT count(*) FROM dialogues WHERE"
	    " title_key IS NULL OR bodies_key IS NULL"), 0);
	/* The sqlite3 shell reads the keys as they are: nothing to call. */
	plan = plan_of(path, "EXPLAIN QUERY PLAN SELECT id FROM dialogues"
	    " ORDER BY title_key, year, serial LIMIT 2");
	CHECK_HAS(plan, "dialogues_by_title");
	free(plan);
	plan = plan_of(path, "EXPLAIN QUERY PLAN SELECT id FROM dialogues"
	    " ORDER BY bodies_key, year, serial LIMIT 2");
	CHECK_HAS(plan, "dialogues_by_body");
	free(plan);
	plan = plan_of(path, "EXPLAIN QUERY PLAN SELECT id FROM dialogues"
	    " WHERE state = 'proposed' ORDER BY year, serial LIMIT 2");
	CHECK_HAS(plan, "dialogues_by_state_ref");
	free(plan);
	plan = plan_of(path, "EXPLAIN QUERY PLAN SELECT max(length(ref))"
	    " FROM dialogues");
	CHECK_HAS(plan, "dialogues_by_ref_length");
	free(plan);
}

static void
v10_register_migrated_has_a_new_registers_schema(void)
{
	static const char *const holds[] = { "title_key BLOB",
	    "bodies_key BLOB", "dialogues_by_title", "dialogues_by_body",
	    "dialogues_by_state_ref", "dialogues_by_ref_length",
	    "prefix = '1 2 3'", NULL };

	migrated_schema_is_a_new_registers(10, holds);
}

static void
v10_register_keeps_the_sort_keys_as_titles_and_bodies_change(void)
{
	struct dialogue *d = NULL;
	struct dlg_error e;
	struct store *st;
	struct refs r;

	if (!CHECK(copy_old(10) == 0))
		return;
	if ((st = open_register("register.db")) == NULL)
		return;
	err_clear(&e);
	/* "aborrberget" sorts first, before "Zonplan". */
	if (CHECK_OK(store_dialogue_load(st, "MD-2026-002", &d, &e), &e)) {
		CHECK_OK(dlg_set_field(d, F_TITLE, "aborrberget", NULL, &e),
		    &e);
		CHECK_OK(dlg_set_field(d, F_BODIES, "Tekniska nämnden", NULL,
		    &e), &e);
		CHECK_OK(store_dialogue_update(st, d, d->version, NULL,
		    "anna", &e), &e);
	}
	dlg_free(d);
	if (refs_sorted(st, SORT_TITLE, 0, &r) == 0 && CHECK_INT(r.n, 4)) {
		CHECK_STR(r.v[0], "MD-2026-002");
		CHECK_STR(r.v[1], "MD-2026-003");
		CHECK_STR(r.v[2], "MD-2026-004");
		CHECK_STR(r.v[3], "MD-2026-001");
	}
	if (refs_sorted(st, SORT_BODY, 0, &r) == 0 && CHECK_INT(r.n, 4)) {
		/* Kommunstyrelsen, Miljö-, then the two of Tekniska. */
		CHECK_STR(r.v[0], "MD-2026-003");
		CHECK_STR(r.v[1], "MD-2026-001");
		CHECK_STR(r.v[2], "MD-2026-002");
		CHECK_STR(r.v[3], "MD-2026-004");
	}
	store_close(st);
}

/* What a search of text finds in the register open as st: its
 * references, in order, separated by spaces. */
static void
check_finds(struct store *st, const char *text, const char *refs)
{
	struct store_query q = { 0 };
	struct dlg_error e;
	struct refs r;
	struct strbuf sb;
	int i;

	memset(&r, 0, sizeof r);
	q.text = text;
	err_clear(&e);
	if (!CHECK_OK(store_list(st, &q, ref_of, &r, &e), &e))
		return;
	sb_init(&sb);
	sb_add(&sb, "");
	for (i = 0; i < r.n; i++)
		sb_addf(&sb, "%s%s", i > 0 ? " " : "", r.v[i]);
	if (strcmp(sb.buf, refs) != 0)
		fprintf(stderr, "searching for '%s':\n", text);
	CHECK_STR(sb.buf, refs);
	sb_release(&sb);
}

static void
v12_register_finds_the_same_without_positions(void)
{
	const char *path = check_path("register.db");
	struct dlg_error e;
	struct store *st;

	if (!CHECK(copy_old(12) == 0))
		return;
	CHECK_INT(count(path, "PRAGMA user_version"), 12);
	err_clear(&e);
	if (!CHECK_OK(store_open(path, 0, &st, &e), &e))
		return;
	CHECK_INT(store_opened_version(st), 12);
	check_finds(st, "edsvik", "MD-2026-001");	/* a title */
	check_finds(st, "skolan", "MD-2026-002");	/* a question */
	check_finds(st, "hundrastgård", "MD-2026-001");
	check_finds(st, "ÄNGSV", "MD-2026-002");
	check_finds(st, "e-post", "MD-2026-001");
	check_finds(st, "trafik", "MD-2026-002");	/* a theme */
	check_finds(st, "b", "MD-2026-001 MD-2026-002");
	check_finds(st, "bänkar farthinder", "");	/* not in one text */
	store_close(st);
	CHECK_INT(count(path, "PRAGMA user_version"), STORE_SCHEMA_VERSION);
	CHECK_INT(count(path, "SELECT count(*) FROM contributions"), 3);
	CHECK_INT(count(path, "SELECT count(*) FROM contribution_fts"
	    " WHERE contribution_fts MATCH 'tack'"), 1);
}

static void
v12_register_migrated_has_a_new_registers_schema(void)
{
	static const char *const holds[] = { "detail = none", NULL };

	migrated_schema_is_a_new_registers(12, holds);
}

/* What the upgrade notice was told. */
struct told {
	int	 n, from, to;
	char	 path[4096];
};

static void
tell(const char *path, int from, int to, void *arg)
{
	struct told *t = arg;

	t->n++;
	t->from = from;
	t->to = to;
	snprintf(t->path, sizeof t->path, "%s", path);
}

static void
upgrade_is_announced_once_and_a_new_register_never(void)
{
	const char *path = check_path("register.db");
	const char *fresh = check_path("new.db");
	struct told t = { 0 };
	struct dlg_error e;
	struct store *st;

	store_set_upgrade_notice(tell, &t);
	err_clear(&e);
	if (CHECK_OK(store_open(fresh, STORE_CREATE, &st, &e), &e))
		store_close(st);
	CHECK_INT(t.n, 0);
	if (!CHECK(copy_old(12) == 0))
		goto out;
	if (CHECK_OK(store_open(path, 0, &st, &e), &e))
		store_close(st);
	CHECK_INT(t.n, 1);
	CHECK_INT(t.from, 12);
	CHECK_INT(t.to, STORE_SCHEMA_VERSION);
	CHECK_STR(t.path, path);
	if (CHECK_OK(store_open(path, 0, &st, &e), &e))	/* done already */
		store_close(st);
	CHECK_INT(t.n, 1);
out:
	store_set_upgrade_notice(NULL, NULL);
}

int
main(int argc, char **argv)
{
	if (argc > 1)
		data_dir = argv[1];
	RUN(old_register_migrates_and_keeps_every_row);
	RUN(migrated_register_finds_old_titles_and_contributions);
	RUN(migrated_schema_equals_a_new_registers);
	RUN(migrated_register_keeps_the_text_of_an_unknown_channel);
	RUN(migrated_register_has_an_index_for_each_indexable_sort_key);
	RUN(old_register_opened_read_only_is_refused_and_untouched);
	RUN(v6_register_gets_an_empty_list_and_keeps_its_names);
	RUN(v6_register_migrated_has_a_new_registers_schema);
	RUN(v6_register_takes_its_first_body_with_the_council);
	RUN(v7_register_gets_the_new_fields_empty_and_keeps_its_rows);
	RUN(v7_register_migrated_has_a_new_registers_schema);
	RUN(v7_register_takes_the_new_fields_with_their_history);
	RUN(v8_register_gets_accessibility_empty_and_an_identity);
	RUN(v8_register_migrated_has_a_new_registers_schema);
	RUN(v8_register_takes_accessibility_with_its_history);
	RUN(v9_register_gets_resources_empty_and_keeps_its_rows);
	RUN(v9_register_migrated_has_a_new_registers_schema);
	RUN(v9_register_takes_resources_with_its_history);
	RUN(v10_register_gets_sort_keys_and_lists_in_swedish_order);
	RUN(v10_register_migrated_has_a_new_registers_schema);
	RUN(v10_register_keeps_the_sort_keys_as_titles_and_bodies_change);
	RUN(v12_register_finds_the_same_without_positions);
	RUN(v12_register_migrated_has_a_new_registers_schema);
	RUN(upgrade_is_announced_once_and_a_new_register_never);
	return check_done();
}
