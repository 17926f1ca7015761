/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_bodies.c: the register's list of bodies in a real register file:
 * an entry added, changed and removed as one write action each with its
 * history row "body:NAME"; a refused change writes nothing; a body that
 * dialogues name is neither removed nor renamed; the setting
 * council_name stays one of the list [T5].
 */
#include "config.h"

#include <sqlite3.h>

#include "fixture.h"

/* One number from SQL run directly on a file. */
static long long
count(const char *text)
{
	sqlite3_stmt *s = NULL;
	sqlite3 *db;
	long long n = -1;

	if (sqlite3_open_v2(check_path("register.db"), &db,
	    SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
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

static struct dlg_body
body(const char *name, const char *abbrev, enum dlg_body_kind kind,
    int political)
{
	struct dlg_body b;

	b.name = (char *)name;
	b.abbrev = (char *)abbrev;
	b.kind = kind;
	b.political = political;
	return b;
}

/* Last register-wide history row's field and values, "F|OLD|NEW". */
struct last {
	char	text[1024];
};

static int
keep_last(const struct store_history_row *h, void *arg)
{
	struct last *l = arg;

	snprintf(l->text, sizeof l->text, "%s|%s|%s", h->field,
	    h->old_value != NULL ? h->old_value : "",
	    h->new_value != NULL ? h->new_value : "");
	return 0;
}

static const char *
last_row(struct store *st)
{
	static struct last l;
	struct dlg_error e;

	l.text[0] = '\0';
	err_clear(&e);
	CHECK_OK(store_history(st, NULL, keep_last, &l, &e), &e);
	return l.text;
}

static void
add_edit_and_remove_write_history(void)
{
	struct dlg_body b;
	struct dlg_bodies list;
	struct dlg_error e;
	struct store *st;
	int council = -1;

	if ((st = open_register("register.db")) == NULL)
		return;
	err_clear(&e);
	/* The council first, so none comes along. */
	b = body("Kommunfullmäktige", "KF", DLG_BODY_COUNCIL, 1);
	CHECK_OK(store_body_add(st, &b, "anna", &council, &e), &e);
	CHECK_INT(council, 0);
	b = body("Socialnämnden", "SN", DLG_BODY_COMMITTEE, 1);
	CHECK_OK(store_body_add(st, &b, "anna", &council, &e), &e);
	CHECK_INT(council, 0);
	CHECK_STR(last_row(st), "body:Socialnämnden||Socialnämnden; SN; "
	    "committee; political");
	b = body("Socialnämnden", "SON", DLG_BODY_COMMITTEE, 0);
	CHECK_OK(store_body_edit(st, "sn", &b, "bertil", &e), &e);
	CHECK_STR(last_row(st), "body:Socialnämnden|Socialnämnden; SN; "
	    "committee; political|Socialnämnden; SON; committee; "
	    "not_political");
	/* The same again: nothing written. */
	CHECK_INT(history_count(st, NULL), 3);
	CHECK_OK(store_body_edit(st, "SON", &b, "bertil", &e), &e);
	CHECK_INT(history_count(st, NULL), 3);
	if (CHECK_OK(store_bodies_load(st, &list, &e), &e) &&
	    CHECK_INT(list.n, 2)) {
		CHECK_STR(list.v[1].abbrev, "SON");
		CHECK_INT(list.v[1].political, 0);
	}
	dlg_bodies_clear(&list);
	CHECK_OK(store_body_remove(st, "Socialnämnden", "anna", &e), &e);
	CHECK_STR(last_row(st), "body:Socialnämnden|Socialnämnden; SON; "
	    "committee; not_political|");
	CHECK_FAILS(store_body_remove(st, "Socialnämnden", "anna", &e), &e,
	    ERR_NOTFOUND);
	store_close(st);
	CHECK_INT(count("SELECT count(*) FROM bodies"), 1);
	CHECK_INT(count("SELECT count(*) FROM history WHERE field LIKE"
	    " 'body:%'"), 4);
}

static void
refused_changes_write_nothing(void)
{
	struct dlg_body b;
	struct dlg_error e;
	struct store *st;
	long long before;

	if ((st = open_register("register.db")) == NULL)
		return;
	err_clear(&e);
	b = body("Kommunstyrelsen", "KS", DLG_BODY_EXECUTIVE, 1);
	CHECK_OK(store_body_add(st, &b, "anna", NULL, &e), &e);
	b = body("Överförmyndarnämnden", NULL, DLG_BODY_COMMITTEE, 1);
	CHECK_OK(store_body_add(st, &b, "anna", NULL, &e), &e);
	before = count("SELECT count(*) FROM history");
	b = body("KOMMUNSTYRELSEN", NULL, DLG_BODY_EXECUTIVE, 1);
	CHECK_FAILS(store_body_add(st, &b, "anna", NULL, &e), &e,
	    ERR_REFUSED);
	/* Swedish letters fold too, which NOCASE alone would miss. */
	b = body("ÖVERFÖRMYNDARNÄMNDEN", NULL, DLG_BODY_COMMITTEE, 1);
	CHECK_FAILS(store_body_add(st, &b, "anna", NULL, &e), &e,
	    ERR_REFUSED);
	b = body("Tekniska nämnden", "ks", DLG_BODY_COMMITTEE, 1);
	CHECK_FAILS(store_body_add(st, &b, "anna", NULL, &e), &e,
	    ERR_REFUSED);
	b = body("Vänsterpartiet", NULL, DLG_BODY_COMMITTEE, 1);
	CHECK_FAILS(store_body_add(st, &b, "anna", NULL, &e), &e,
	    ERR_REFUSED);
	CHECK_HAS(e.msg, "[T5]");
	b = body("Kommunstyrelsen", "Överförmyndarnämnden",
	    DLG_BODY_EXECUTIVE, 1);
	CHECK_FAILS(store_body_edit(st, "KS", &b, "anna", &e), &e,
	    ERR_REFUSED);
	CHECK_FAILS(store_body_edit(st, "Kommunkansliet", &b, "anna", &e), &e,
	    ERR_NOTFOUND);
	store_close(st);
	CHECK_INT(count("SELECT count(*) FROM history"), before);
	/* The council came with the first body; then the two. */
	CHECK_INT(count("SELECT count(*) FROM bodies"), 3);
}

static void
used_body_is_neither_removed_nor_renamed(void)
{
	struct dlg_body b;
	struct dlg_error e;
	struct store *st;
	long n = -1;

	if ((st = open_register("register.db")) == NULL)
		return;
	err_clear(&e);
	b = body("Barn- och utbildningsnämnden", "BUN", DLG_BODY_COMMITTEE,
	    1);
	CHECK_OK(store_body_add(st, &b, "anna", NULL, &e), &e);
	CHECK_STR(add_dialogue(st, "Skolvägen", "Barn- och "
	    "utbildningsnämnden", day("2026-02-02")), "MD-2026-001");
	CHECK_STR(add_dialogue(st, "Skolgården", "BARN- OCH "
	    "UTBILDNINGSNÄMNDEN", day("2026-02-02")), "MD-2026-002");
	CHECK_OK(store_body_uses(st, "BUN", &n, &e), &e);
	CHECK_INT(n, 0);	/* by name only: the list resolves "BUN" */
	CHECK_OK(store_body_uses(st, "barn- och utbildningsnämnden", &n, &e),
	    &e);
	CHECK_INT(n, 2);
	CHECK_FAILS(store_body_remove(st, "BUN", "anna", &e), &e,
	    ERR_REFUSED);
	CHECK_HAS(e.msg, "2 dialogues name it");
	b = body("Utbildningsnämnden", "BUN", DLG_BODY_COMMITTEE, 1);
	CHECK_FAILS(store_body_edit(st, "BUN", &b, "anna", &e), &e,
	    ERR_REFUSED);
	CHECK_HAS(e.msg, "2 dialogues name it");
	/* Its abbreviation and kind may change: no dialogue holds them. */
	b = body("Barn- och utbildningsnämnden", "BUN", DLG_BODY_DRAFTING, 1);
	CHECK_OK(store_body_edit(st, "BUN", &b, "anna", &e), &e);
	store_close(st);
	CHECK_INT(count("SELECT count(*) FROM bodies WHERE kind ="
	    " 'drafting_committee'"), 1);
}

static void
council_setting_stays_one_of_the_list(void)
{
	struct dlg_settings set;
	struct dlg_body b;
	struct dlg_error e;
	struct store *st;
	int council = 0;

	if ((st = open_register("register.db")) == NULL)
		return;
	err_clear(&e);
	/* No list yet: any name, as before. */
	CHECK_OK(store_setting_set(st, "council_name", "Fullmäktige", "anna",
	    &e), &e);
	b = body("Kommunstyrelsen", "KS", DLG_BODY_EXECUTIVE, 1);
	CHECK_OK(store_body_add(st, &b, "anna", &council, &e), &e);
	CHECK_INT(council, 1);
	CHECK_INT(count("SELECT count(*) FROM bodies WHERE name ="
	    " 'Fullmäktige' AND kind = 'council' AND abbrev = 'KF'"), 1);
	/* With the list: one of it, by abbreviation too, political. */
	CHECK_FAILS(store_setting_set(st, "council_name", "Kommunfullmäktige",
	    "anna", &e), &e, ERR_REFUSED);
	CHECK_HAS(e.msg, "'Kommunfullmäktige'");
	CHECK_OK(store_setting_set(st, "council_name", "kf", "anna", &e), &e);
	b = body("Valnämnden", "VN", DLG_BODY_COMMITTEE, 0);
	CHECK_OK(store_body_add(st, &b, "anna", NULL, &e), &e);
	CHECK_FAILS(store_setting_set(st, "council_name", "VN", "anna", &e),
	    &e, ERR_REFUSED);
	/* Renamed, the setting follows; removed, only as the last one. */
	b = body("Kommunfullmäktige", "KF", DLG_BODY_COUNCIL, 1);
	CHECK_OK(store_body_edit(st, "KF", &b, "anna", &e), &e);
	if (CHECK_OK(store_settings_load(st, &set, &e), &e)) {
		CHECK_STR(set.council_name, "Kommunfullmäktige");
		dlg_settings_clear(&set);
	}
	CHECK_STR(last_row(st), "setting:council_name|Fullmäktige|"
	    "Kommunfullmäktige");
	CHECK_FAILS(store_body_remove(st, "Kommunfullmäktige", "anna", &e),
	    &e, ERR_REFUSED);
	CHECK_HAS(e.msg, "[T5]");
	CHECK_OK(store_body_remove(st, "KS", "anna", &e), &e);
	CHECK_OK(store_body_remove(st, "VN", "anna", &e), &e);
	CHECK_OK(store_body_remove(st, "KF", "anna", &e), &e);
	store_close(st);
	CHECK_INT(count("SELECT count(*) FROM bodies"), 0);
}

int
main(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	RUN(add_edit_and_remove_write_history);
	RUN(refused_changes_write_nothing);
	RUN(used_body_is_neither_removed_nor_renamed);
	RUN(council_setting_stays_one_of_the_list);
	return check_done();
}
