/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_history.c: updates write one history row per changed field; a
 * stale version is refused naming who changed what; a failing action
 * leaves the file as it was; the history cannot be changed afterwards,
 * not even with the sqlite3 shell.
 */
#include "config.h"

#include <sqlite3.h>
#include <sys/wait.h>

#include "fixture.h"

struct rows {
	int	n;
	char	line[32][512];
};

static int
collect_row(const struct store_history_row *h, void *arg)
{
	struct rows *r = arg;

	if (r->n < 32)
		snprintf(r->line[r->n++], sizeof r->line[0],
		    "v%lld %s %s [%s] -> [%s] (%s)", h->version, h->who,
		    h->field, h->old_value ? h->old_value : "",
		    h->new_value ? h->new_value : "",
		    h->reason ? h->reason : "");
	return 0;
}

/* 1 when some row of r equals want. */
static int
has_row(const struct rows *r, const char *want)
{
	int i;

	for (i = 0; i < r->n; i++)
		if (strcmp(r->line[i], want) == 0)
			return 1;
	fprintf(stderr, "  no history row '%s' among:\n", want);
	for (i = 0; i < r->n; i++)
		fprintf(stderr, "    %s\n", r->line[i]);
	return 0;
}

static void
create_writes_created_row_and_one_row_per_field(void)
{
	struct dlg_error e;
	struct store *st;
	struct rows r = { 0 };
	char ref[32];

	if ((st = open_register("register.db")) == NULL)
		return;
	snprintf(ref, sizeof ref, "%s", add_dialogue(st, "Skolgården",
	    "Barn- och utbildningsnämnden", day("2026-02-01")));
	err_clear(&e);
	CHECK_OK(store_history(st, ref, collect_row, &r, &e), &e);
	/* created, title, question, initiated_by, bodies */
	CHECK_INT(r.n, 5);
	CHECK(has_row(&r, "v1 anna created [] -> [proposed] ()"));
	CHECK(has_row(&r, "v1 anna title [] -> [Skolgården] ()"));
	CHECK(has_row(&r, "v1 anna bodies [] -> "
	    "[Barn- och utbildningsnämnden] ()"));
	store_close(st);
}

static void
update_writes_history_with_old_new_who_and_reason(void)
{
	struct dialogue *d = NULL, *again = NULL;
	struct dlg_error e;
	struct store *st;
	struct rows r = { 0 };
	char ref[32];
	int before;

	if ((st = open_register("register.db")) == NULL)
		return;
	snprintf(ref, sizeof ref, "%s", add_dialogue(st, "Skolgården",
	    "Barn- och utbildningsnämnden", day("2026-02-01")));
	err_clear(&e);
	if (!CHECK_OK(store_dialogue_load(st, ref, &d, &e), &e))
		goto out;
	before = history_count(st, ref);
	dlg_put(d, F_TITLE, "Skolgårdens framtid");
	dlg_put(d, F_BUDGET, "125000");
	dlg_items_add(dlg_list_mut(d, F_BODIES), "Kommunstyrelsen", NULL, 0);
	d->state = DLG_REJECTED;
	dlg_put(d, F_STATE_REASON, "Frågan är redan avgjord");
	if (!CHECK_OK(store_dialogue_update(st, d, 1, "beslut i nämnden",
	    "bertil", &e), &e))
		goto out;
	CHECK_INT(d->version, 2);
	CHECK_STR(d->updated_by, "bertil");
	CHECK_OK(store_history(st, ref, collect_row, &r, &e), &e);
	CHECK_INT(r.n - before, 5);
	CHECK(has_row(&r, "v2 bertil state [proposed] -> [rejected] "
	    "(beslut i nämnden)"));
	CHECK(has_row(&r, "v2 bertil title [Skolgården] -> "
	    "[Skolgårdens framtid] (beslut i nämnden)"));
	CHECK(has_row(&r, "v2 bertil budget [] -> [125000] "
	    "(beslut i nämnden)"));
	CHECK(has_row(&r, "v2 bertil bodies [Barn- och utbildningsnämnden] -> "
	    "[Barn- och utbildningsnämnden; Kommunstyrelsen] "
	    "(beslut i nämnden)"));
	CHECK(has_row(&r, "v2 bertil state_reason [] -> "
	    "[Frågan är redan avgjord] (beslut i nämnden)"));
	if (CHECK_OK(store_dialogue_load(st, ref, &again, &e), &e)) {
		CHECK_INT(again->version, 2);
		CHECK_INT(again->state, DLG_REJECTED);
		CHECK_STR(dlg_get(again, F_TITLE), "Skolgårdens framtid");
		CHECK_INT(dlg_list(again, F_BODIES)->n, 2);
	}
out:
	dlg_free(again);
	dlg_free(d);
	store_close(st);
}

static void
update_without_change_keeps_version_and_history(void)
{
	struct dialogue *d = NULL;
	struct dlg_error e;
	struct store *st;
	char ref[32];
	int before;

	if ((st = open_register("register.db")) == NULL)
		return;
	snprintf(ref, sizeof ref, "%s", add_dialogue(st, "Badplatsen",
	    "Kommunstyrelsen", day("2026-02-01")));
	err_clear(&e);
	if (!CHECK_OK(store_dialogue_load(st, ref, &d, &e), &e))
		goto out;
	before = history_count(st, ref);
	dlg_put(d, F_PURPOSE, "");	/* empty stays empty */
	CHECK_OK(store_dialogue_update(st, d, 1, NULL, "bertil", &e), &e);
	CHECK_INT(d->version, 1);
	CHECK_INT(history_count(st, ref), before);
out:
	dlg_free(d);
	store_close(st);
}

static void
stale_version_is_refused_naming_who_and_what_and_nothing_is_lost(void)
{
	struct dialogue *a = NULL, *b = NULL, *now = NULL;
	struct dlg_error e;
	struct store *st;
	char ref[32];
	int before;

	if ((st = open_register("register.db")) == NULL)
		return;
	snprintf(ref, sizeof ref, "%s", add_dialogue(st, "Hamnplanen",
	    "Kommunstyrelsen", day("2026-02-01")));
	err_clear(&e);
	if (!CHECK_OK(store_dialogue_load(st, ref, &a, &e), &e) ||
	    !CHECK_OK(store_dialogue_load(st, ref, &b, &e), &e))
		goto out;
	/* anna saves first */
	dlg_put(a, F_TITLE, "Hamnplanen i Skärhamn");
	dlg_put(a, F_BUDGET, "90000");
	if (!CHECK_OK(store_dialogue_update(st, a, 1, NULL, "anna", &e), &e))
		goto out;
	before = history_count(st, ref);
	/* bertil read version 1 too */
	dlg_put(b, F_TITLE, "Bertils rubrik");
	dlg_put(b, F_PURPOSE, "Bertils syfte");
	CHECK_FAILS(store_dialogue_update(st, b, 1, NULL, "bertil", &e), &e,
	    ERR_CONFLICT);
	CHECK_HAS(e.msg, ref);
	CHECK_HAS(e.msg, "was changed by anna at ");
	CHECK_HAS(e.msg, "(title, budget)");
	CHECK_HAS(e.msg, "nothing was saved");
	CHECK_INT(b->version, 1);
	if (CHECK_OK(store_dialogue_load(st, ref, &now, &e), &e)) {
		CHECK_INT(now->version, 2);
		CHECK_STR(dlg_get(now, F_TITLE), "Hamnplanen i Skärhamn");
		CHECK_STR(dlg_get(now, F_BUDGET), "90000");
		CHECK(dlg_get(now, F_PURPOSE) == NULL);
		CHECK_STR(now->updated_by, "anna");
	}
	CHECK_INT(history_count(st, ref), before);
out:
	dlg_free(now);
	dlg_free(a);
	dlg_free(b);
	store_close(st);
}

/* Make the history insert of field fail, as a full disk would. */
static int
break_history_of(const char *path, const char *field)
{
	sqlite3 *db;
	char *sql;
	int rc;

	if (sqlite3_open(path, &db) != SQLITE_OK)
		return -1;
	sql = sqlite3_mprintf("CREATE TRIGGER test_break BEFORE INSERT ON "
	    "history WHEN new.field = %Q BEGIN SELECT RAISE(ABORT, "
	    "'broken for the test'); END", field);
	rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_free(sql);
	sqlite3_close(db);
	return rc == SQLITE_OK ? 0 : -1;
}

static void
failing_update_leaves_the_dialogue_as_it_was(void)
{
	struct dialogue *d = NULL, *now = NULL;
	struct dlg_error e;
	struct store *st;
	char ref[32];
	int before;

	if ((st = open_register("register.db")) == NULL)
		return;
	snprintf(ref, sizeof ref, "%s", add_dialogue(st, "Biblioteket",
	    "Kultur- och fritidsnämnden", day("2026-02-01")));
	err_clear(&e);
	if (!CHECK_OK(store_dialogue_load(st, ref, &d, &e), &e))
		goto out;
	before = history_count(st, ref);
	if (!CHECK(break_history_of(check_path("register.db"), "budget") == 0))
		goto out;
	dlg_put(d, F_TITLE, "Nytt bibliotek");
	dlg_put(d, F_BUDGET, "50000");
	dlg_items_add(dlg_list_mut(d, F_PARTNERS), "Hembygdsföreningen", NULL,
	    0);
	CHECK(store_dialogue_update(st, d, 1, NULL, "bertil", &e) != 0);
	CHECK(e.code != ERR_OK);
	CHECK_INT(d->version, 1);
	if (CHECK_OK(store_dialogue_load(st, ref, &now, &e), &e)) {
		CHECK_INT(now->version, 1);
		CHECK_STR(dlg_get(now, F_TITLE), "Biblioteket");
		CHECK(dlg_get(now, F_BUDGET) == NULL);
		CHECK_INT(dlg_list(now, F_PARTNERS)->n, 0);
	}
	CHECK_INT(history_count(st, ref), before);
out:
	dlg_free(now);
	dlg_free(d);
	store_close(st);
}

/* Run the sqlite3 shell on the register; its exit status. */
static int
shell(const char *path, const char *sql)
{
	char cmd[8192];
	int rc;

	if ((size_t)snprintf(cmd, sizeof cmd, "sqlite3 '%s' \"%s\" "
	    ">/dev/null 2>&1", path, sql) >= sizeof cmd)
		return -1;
	rc = system(cmd);
	return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

static void
history_update_and_delete_fail_in_the_sqlite3_shell(void)
{
	struct rows r1 = { 0 }, r2 = { 0 };
	struct dlg_error e;
	struct store *st;
	char ref[32];
	int i;

	if (system("command -v sqlite3 >/dev/null 2>&1") != 0) {
		CHECK(!"the sqlite3 shell is missing: apt-get install sqlite3");
		return;
	}
	if ((st = open_register("register.db")) == NULL)
		return;
	snprintf(ref, sizeof ref, "%s", add_dialogue(st, "Parken",
	    "Kommunstyrelsen", day("2026-02-01")));
	err_clear(&e);
	CHECK_OK(store_history(st, ref, collect_row, &r1, &e), &e);
	store_close(st);

	/* The shell itself works on the file ... */
	CHECK_INT(shell(check_path("register.db"),
	    "SELECT count(*) FROM history"), 0);
	/* ... but refuses to change or remove history. */
	CHECK(shell(check_path("register.db"),
	    "UPDATE history SET who = 'mallory'") != 0);
	CHECK(shell(check_path("register.db"),
	    "UPDATE history SET new_value = NULL WHERE field = 'title'") != 0);
	CHECK(shell(check_path("register.db"), "DELETE FROM history") != 0);
	CHECK(shell(check_path("register.db"),
	    "DELETE FROM history WHERE id = 1") != 0);

	if ((st = open_register("register.db")) == NULL)
		return;
	CHECK_OK(store_history(st, ref, collect_row, &r2, &e), &e);
	if (CHECK_INT(r2.n, r1.n))
		for (i = 0; i < r1.n; i++)
			CHECK_STR(r2.line[i], r1.line[i]);
	store_close(st);
}

int
main(void)
{
	RUN(create_writes_created_row_and_one_row_per_field);
	RUN(update_writes_history_with_old_new_who_and_reason);
	RUN(update_without_change_keeps_version_and_history);
	RUN(stale_version_is_refused_naming_who_and_what_and_nothing_is_lost);
	RUN(failing_update_leaves_the_dialogue_as_it_was);
	RUN(history_update_and_delete_fail_in_the_sqlite3_shell);
	return check_done();
}
