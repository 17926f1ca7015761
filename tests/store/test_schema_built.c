/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_schema_built.c: the schema table the build writes (mkschema,
 * schema-built.c), which the program compares every register of the
 * current version with, is exactly what the migrations make; with it
 * linked in, a new register opens and a register with an object of its
 * own is still refused, naming it.
 */
#include "config.h"

#include <sqlite3.h>

#include "fixture.h"
#include "store-int.h"

static void
built_table_is_the_migrations_schema(void)
{
	CHECK(&store_schema_built_version != NULL);
	CHECK_INT(store_schema_built_version, STORE_SCHEMA_VERSION);
	CHECK(store_schema_nbuilt > 20);
	CHECK_INT(store_schema_built_check(), 0);
}

static void
with_the_table_a_foreign_trigger_is_refused(void)
{
	const char *path = check_path("register.db");
	struct dlg_error e;
	struct store *st = NULL;
	sqlite3 *db;

	err_clear(&e);
	if (!CHECK_OK(store_open(path, STORE_CREATE, &st, &e), &e))
		return;
	store_close(st);
	if (!CHECK(sqlite3_open(path, &db) == SQLITE_OK))
		return;
	CHECK(sqlite3_exec(db, "CREATE TRIGGER copy_out AFTER UPDATE ON"
	    " dialogues BEGIN SELECT 1; END", NULL, NULL, NULL) == SQLITE_OK);
	sqlite3_close(db);
	err_clear(&e);
	if (CHECK_FAILS(store_open(path, 0, &st, &e), &e, ERR_STORAGE))
		CHECK_HAS(e.msg, "copy_out");
	else
		store_close(st);
}

int
main(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	RUN(built_table_is_the_migrations_schema);
	RUN(with_the_table_a_foreign_trigger_is_refused);
	return check_done();
}
