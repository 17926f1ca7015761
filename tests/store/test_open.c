/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_open.c: creating a register gives safe permissions; whatever is
 * not a register this program may write is refused with the right error
 * and left byte for byte as it was; a locked register is a conflict.
 */
#include "config.h"

#include <sys/file.h>

#include <sqlite3.h>

#include "fixture.h"

/* Open path with flags and expect code; the file must stay identical. */
static void
refused_untouched(const char *path, int flags, enum dlg_errcode code,
    const char *msg_part)
{
	struct dlg_error e;
	struct store *st = NULL;
	size_t n1, n2;
	char *before, *after;

	before = check_read_file(path, &n1);
	if (!CHECK(before != NULL))
		return;
	err_clear(&e);
	if (!CHECK_FAILS(store_open(path, flags, &st, &e), &e, code))
		store_close(st);
	CHECK(st == NULL);
	CHECK_HAS(e.msg, msg_part);
	after = check_read_file(path, &n2);
	CHECK(after != NULL && n1 == n2 && memcmp(before, after, n1) == 0);
	free(before);
	free(after);
}

static int
sql(const char *path, const char *text)
{
	sqlite3 *db;
	int rc;

	if (sqlite3_open(path, &db) != SQLITE_OK)
		return -1;
	rc = sqlite3_exec(db, text, NULL, NULL, NULL);
	sqlite3_close(db);
	return rc == SQLITE_OK ? 0 : -1;
}

static void
create_makes_file_0660_and_folder_0770_even_with_umask_000(void)
{
	struct dlg_error e;
	struct store *st;
	struct stat sb;
	mode_t old = umask(0);
	const char *names[] = { "new/sub/register.db",
	    "new/sub/register.db-wal", "new/sub/register.db-shm" };
	size_t i;

	err_clear(&e);
	if (CHECK_OK(store_open(check_path("new/sub/register.db"),
	    STORE_CREATE, &st, &e), &e)) {
		add_dialogue(st, "Ett", "Kommunstyrelsen", day("2026-01-10"));
		for (i = 0; i < sizeof names / sizeof names[0]; i++) {
			if (stat(check_path(names[i]), &sb) != 0)
				continue;	/* -wal/-shm may be gone */
			if (!CHECK_INT(sb.st_mode & 0777, 0660))
				fprintf(stderr, "  %s\n", names[i]);
		}
		CHECK(stat(check_path("new/sub/register.db"), &sb) == 0);
		CHECK(stat(check_path("new/sub"), &sb) == 0 &&
		    (sb.st_mode & 0777) == 0770);
		/* A folder above the register's own: writable by its
		 * owner only, whatever the umask. */
		CHECK(stat(check_path("new"), &sb) == 0 &&
		    (sb.st_mode & 0777) == 0755);
		CHECK_INT(store_opened_version(st), 0);
		CHECK_STR(store_path(st), check_path("new/sub/register.db"));
		store_close(st);
	}
	umask(old);
	if (CHECK_OK(store_open(check_path("new/sub/register.db"), 0, &st,
	    &e), &e)) {
		CHECK_INT(store_opened_version(st), STORE_SCHEMA_VERSION);
		store_close(st);
	}
}

/* Make file name in the test folder with some bytes. */
static void
touch(const char *name)
{
	FILE *f = fopen(check_path(name), "w");

	if (f == NULL)
		abort();
	fputs("half a register", f);
	fclose(f);
}

static int
exists(const char *name)
{
	struct stat sb;

	return lstat(check_path(name), &sb) == 0;
}

static void
open_removes_leftovers_of_a_killed_creation_but_not_one_in_progress(void)
{
	static const char *const stale[] = { "reg.db.new-Ab3xYz",
	    "reg.db.new-Ab3xYz-wal", "reg.db.new-Ab3xYz-shm",
	    "reg.db.new-Qq0000-journal", "reg.db.new-Zz9999-wal" };
	static const char *const foreign[] = { "reg.db.new-toolong-x",
	    "reg.db.new-abc", "other.db.new-Ab3xYz", "reg.db.bak",
	    "reg.db.new-Ab3xYz.txt" };
	struct dlg_error e;
	struct store *st;
	size_t i;
	int fd;

	err_clear(&e);
	for (i = 0; i < sizeof stale / sizeof stale[0]; i++)
		touch(stale[i]);
	for (i = 0; i < sizeof foreign / sizeof foreign[0]; i++)
		touch(foreign[i]);
	/* A creator at work: it holds its temporary file. */
	touch("reg.db.new-Busy01");
	touch("reg.db.new-Busy01-wal");
	fd = open(check_path("reg.db.new-Busy01"), O_RDONLY);
	CHECK(fd >= 0 && flock(fd, LOCK_EX) == 0);

	if (CHECK_OK(store_open(check_path("reg.db"), STORE_CREATE, &st, &e),
	    &e))
		store_close(st);
	for (i = 0; i < sizeof stale / sizeof stale[0]; i++)
		if (!CHECK(!exists(stale[i])))
			fprintf(stderr, "  left: %s\n", stale[i]);
	for (i = 0; i < sizeof foreign / sizeof foreign[0]; i++)
		if (!CHECK(exists(foreign[i])))
			fprintf(stderr, "  removed: %s\n", foreign[i]);
	CHECK(exists("reg.db.new-Busy01"));
	CHECK(exists("reg.db.new-Busy01-wal"));

	/* The creator was killed: the next open removes what it left. */
	close(fd);
	if (CHECK_OK(store_open(check_path("reg.db"), 0, &st, &e), &e))
		store_close(st);
	CHECK(!exists("reg.db.new-Busy01"));
	CHECK(!exists("reg.db.new-Busy01-wal"));
	CHECK(exists("reg.db"));
	/* A read-only open changes nothing in the folder. */
	touch("reg.db.new-Ro1234");
	if (CHECK_OK(store_open(check_path("reg.db"), STORE_READONLY, &st,
	    &e), &e))
		store_close(st);
	CHECK(exists("reg.db.new-Ro1234"));
}

static void
missing_file_without_create_is_refused_and_not_made(void)
{
	struct dlg_error e;
	struct store *st = NULL;
	struct stat sb;

	err_clear(&e);
	CHECK_FAILS(store_open(check_path("none.db"), 0, &st, &e), &e,
	    ERR_STORAGE);
	CHECK_HAS(e.msg, "none.db");
	CHECK(stat(check_path("none.db"), &sb) != 0);
	CHECK_FAILS(store_open(check_path("none.db"), STORE_READONLY, &st, &e),
	    &e, ERR_STORAGE);
	CHECK(stat(check_path("none.db"), &sb) != 0);
}

static void
text_file_is_not_a_register_and_stays_untouched(void)
{
	static const char text[] =
	    "Dagordning för kommunstyrelsen\n"
	    "1. Medborgardialog om Skärhamns hamn\n"
	    "2. Övriga frågor – åäö\n"
	    "Detta är en vanlig textfil och ingen databas.\n"
	    "Den är längre än SQLite-huvudet på hundra byte.\n";

	if (!CHECK(check_write_file(check_path("notes.txt"), text,
	    sizeof text - 1) == 0))
		return;
	refused_untouched(check_path("notes.txt"), 0, ERR_STORAGE,
	    "is not a dialogue register");
	refused_untouched(check_path("notes.txt"), STORE_CREATE, ERR_STORAGE,
	    "is not a dialogue register");
	refused_untouched(check_path("notes.txt"), STORE_READONLY, ERR_STORAGE,
	    "is not a dialogue register");
}

static void
empty_file_without_create_is_not_a_register(void)
{
	if (!CHECK(check_write_file(check_path("empty.db"), "", 0) == 0))
		return;
	refused_untouched(check_path("empty.db"), 0, ERR_STORAGE,
	    "is not a dialogue register");
}

static void
foreign_sqlite_database_is_not_a_register_and_stays_untouched(void)
{
	if (!CHECK(sql(check_path("other.db"), "CREATE TABLE customers "
	    "(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers "
	    "(name) VALUES ('Åsa');") == 0))
		return;
	refused_untouched(check_path("other.db"), 0, ERR_STORAGE,
	    "is not a dialogue register");
	refused_untouched(check_path("other.db"), STORE_CREATE, ERR_STORAGE,
	    "is not a dialogue register");

	/* Another program's id, even with nothing in it. */
	if (!CHECK(sql(check_path("app.db"), "PRAGMA application_id = 42;"
	    "PRAGMA user_version = 1;") == 0))
		return;
	refused_untouched(check_path("app.db"), STORE_CREATE, ERR_STORAGE,
	    "is not a dialogue register");
}

static void
newer_schema_is_refused_and_stays_untouched(void)
{
	struct store *st;
	char want[160];

	if ((st = open_register("register.db")) == NULL)
		return;
	add_dialogue(st, "Ett", "Kommunstyrelsen", day("2026-01-10"));
	store_close(st);
	if (!CHECK(sql(check_path("register.db"),
	    "PRAGMA user_version = 99") == 0))
		return;
	snprintf(want, sizeof want, "was made by a newer version of dialogreg "
	    "(schema 99); this program knows up to %d", STORE_SCHEMA_VERSION);
	refused_untouched(check_path("register.db"), 0, ERR_STORAGE, want);
	refused_untouched(check_path("register.db"), STORE_READONLY,
	    ERR_STORAGE, "schema 99");
}

static void
read_only_file_is_refused_for_writing_and_stays_untouched(void)
{
	struct dlg_error e;
	struct store *st;
	long n = -1;
	struct store_query q = { 0 };

	if ((st = open_register("register.db")) == NULL)
		return;
	add_dialogue(st, "Ett", "Kommunstyrelsen", day("2026-01-10"));
	store_close(st);
	if (!CHECK(chmod(check_path("register.db"), 0440) == 0))
		return;
	refused_untouched(check_path("register.db"), 0, ERR_STORAGE,
	    "read-only");
	refused_untouched(check_path("register.db"), STORE_CREATE,
	    ERR_STORAGE, "read-only");
	/* Reading it is fine. */
	err_clear(&e);
	if (CHECK_OK(store_open(check_path("register.db"), STORE_READONLY,
	    &st, &e), &e)) {
		CHECK_OK(store_count(st, &q, &n, &e), &e);
		CHECK_INT(n, 1);
		store_close(st);
	}
}

static void
read_only_folder_is_refused_for_writing(void)
{
	struct dlg_error e;
	struct store *st;

	if ((st = open_register("ro/register.db")) == NULL)
		return;
	store_close(st);
	if (!CHECK(chmod(check_path("ro"), 0550) == 0))
		return;
	refused_untouched(check_path("ro/register.db"), 0, ERR_STORAGE,
	    "folder");
	err_clear(&e);
	CHECK_FAILS(store_open(check_path("ro/new.db"), STORE_CREATE, &st,
	    &e), &e, ERR_STORAGE);
	chmod(check_path("ro"), 0700);
}

static void
locked_register_is_a_conflict(void)
{
	struct dlg_error e;
	struct store *a, *b;
	struct dialogue *d;

	if ((a = open_register("register.db")) == NULL)
		return;
	setenv("DIALOGREG_BUSY_TIMEOUT", "0", 1);
	b = open_register("register.db");
	unsetenv("DIALOGREG_BUSY_TIMEOUT");
	if (b == NULL) {
		store_close(a);
		return;
	}
	err_clear(&e);
	CHECK_OK(store_bulk_begin(a, &e), &e);
	d = new_dialogue("Låst", "Kommunstyrelsen");
	CHECK_FAILS(store_dialogue_create(b, d, day("2026-01-10"), "bertil",
	    &e), &e, ERR_CONFLICT);
	CHECK_HAS(e.msg, "locked by another user");
	store_bulk_rollback(a);
	CHECK_OK(store_dialogue_create(b, d, day("2026-01-10"), "bertil", &e),
	    &e);
	dlg_free(d);
	store_close(b);
	store_close(a);
}

/* The journal mode of the file at path, as another connection sees it. */
static void
journal_is(const char *path, const char *want)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *s = NULL;
	const unsigned char *mode = NULL;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) ==
	    SQLITE_OK && sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1,
	    &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
		mode = sqlite3_column_text(s, 0);
	CHECK(mode != NULL && strcmp((const char *)mode, want) == 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
}

/* The rows of a one-column query on the file at path, one a line, as
 * another connection sees them; caller frees. */
static char *
rows_of(const char *path, const char *sql)
{
	struct strbuf sb;
	sqlite3 *db = NULL;
	sqlite3_stmt *s = NULL;

	sb_init(&sb);
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) ==
	    SQLITE_OK && sqlite3_prepare_v2(db, sql, -1, &s, NULL) ==
	    SQLITE_OK)
		while (sqlite3_step(s) == SQLITE_ROW)
			sb_addf(&sb, "%s\n", sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
	sqlite3_close(db);
	return sb_detach(&sb);
}

#define DIALOGUE_INDEXES \
	"SELECT name || ': ' || sql FROM sqlite_schema WHERE type = 'index'" \
	" AND tbl_name = 'dialogues' AND sql IS NOT NULL ORDER BY name"
#define FTS_SETTINGS \
	"SELECT k || '=' || v FROM contribution_fts_config" \
	" WHERE k <> 'version' UNION ALL SELECT k || '=' || v" \
	" FROM dialogue_fts_config WHERE k <> 'version'"

/* The dialogues' indexes of the register are what they were. */
static void
indexes_are(const char *before)
{
	char *now = rows_of(check_path("register.db"), DIALOGUE_INDEXES);

	CHECK_STR(now, before);
	free(now);
}

/*
 * A fresh bulk load (a demo) is all or nothing: its actions take no
 * savepoints, so one that fails after writing spoils the load, which
 * the commit then refuses, leaving the register as it was; an action
 * that wrote nothing spoils nothing. The register is in WAL mode after
 * either end, with every index of the dialogues as the migrations wrote
 * it (the load drops them and makes them again at its commit) and the
 * full-text indexes' default settings (the rebuild changes two).
 */
static void
fresh_bulk_load_is_all_or_nothing(void)
{
	struct dlg_contribution c[2];
	struct dlg_error e;
	struct store *st;
	struct store_query q;
	long n = -1;
	char ref[32], *indexes, *fts;

	if ((st = open_register("register.db")) == NULL)
		return;
	indexes = rows_of(check_path("register.db"), DIALOGUE_INDEXES);
	CHECK_HAS(indexes, "dialogues_by_title: CREATE INDEX");
	err_clear(&e);
	memset(&q, 0, sizeof q);
	CHECK_OK(store_bulk_begin_fresh(st, &e), &e);
	snprintf(ref, sizeof ref, "%s", add_dialogue(st, "Torget",
	    "Kommunstyrelsen", day("2026-02-01")));
	/* The second contribution names no session of the dialogue: the
	 * action fails after the first was written. */
	memset(c, 0, sizeof c);
	c[0].text = xstrdup("Fler bänkar");
	c[1].text = xstrdup("Mer ljus");
	c[1].session_id = 4711;
	CHECK_FAILS(store_contributions_add(st, ref, c, 2, "anna", &e), &e,
	    ERR_NOTFOUND);
	dlg_contribution_clear(&c[0]);
	dlg_contribution_clear(&c[1]);
	CHECK_FAILS(store_bulk_commit(st, &e), &e, ERR_STORAGE);
	CHECK_HAS(e.msg, "nothing was written");
	CHECK_OK(store_count(st, &q, &n, &e), &e);
	CHECK(n == 0);
	journal_is(check_path("register.db"), "wal");
	indexes_are(indexes);

	/* A setting left as it was writes nothing and spoils nothing. */
	CHECK_OK(store_bulk_begin_fresh(st, &e), &e);
	CHECK_OK(store_setting_set(st, "municipality", "Strömsby", "anna",
	    &e), &e);
	CHECK_OK(store_setting_set(st, "municipality", "Strömsby", "anna",
	    &e), &e);
	add_dialogue(st, "Torget", "Kommunstyrelsen", day("2026-02-01"));
	CHECK_OK(store_bulk_commit(st, &e), &e);
	CHECK_OK(store_count(st, &q, &n, &e), &e);
	CHECK(n == 1);
	journal_is(check_path("register.db"), "wal");
	indexes_are(indexes);
	fts = rows_of(check_path("register.db"), FTS_SETTINGS);
	CHECK_STR(fts, "automerge=4\nhashsize=1048576\n"
	    "automerge=4\nhashsize=1048576\n");
	free(fts);
	free(indexes);
	store_close(st);
	/* The schema check at the next open finds the register's own. */
	if ((st = open_register("register.db")) != NULL) {
		CHECK_OK(store_count(st, &q, &n, &e), &e);
		CHECK(n == 1);
		store_close(st);
	}
}

/*
 * A register moved away, deleted or replaced by another file after it
 * was opened: every write is refused, and neither file gets the change.
 */
static void
replaced_or_deleted_register_is_refused_for_writing(void)
{
	char *path = xstrdup(check_path("register.db"));
	char *aside = xstrdup(check_path("aside.db"));
	struct dialogue *d = NULL, *got = NULL;
	struct dlg_error e;
	struct store *st, *other;
	char ref[32];

	if ((st = open_register("register.db")) == NULL)
		goto out;
	snprintf(ref, sizeof ref, "%s", add_dialogue(st, "Torget",
	    "Kommunstyrelsen", day("2026-02-01")));
	/* Closed and opened again: everything is in the file itself. */
	store_close(st);
	if ((st = open_register("register.db")) == NULL)
		goto out;
	err_clear(&e);
	CHECK_OK(store_dialogue_load(st, ref, &got, &e), &e);
	if (got == NULL)
		goto close;
	dlg_put(got, F_PURPOSE, "Ändrat");
	d = new_dialogue("Flyttad", "Kommunstyrelsen");

	/* Moved away: the path names nothing. */
	CHECK(rename(path, aside) == 0);
	CHECK_FAILS(store_dialogue_create(st, d, day("2026-02-02"), "anna",
	    &e), &e, ERR_STORAGE);
	CHECK_HAS(e.msg, "was moved, replaced or deleted");
	CHECK_HAS(e.msg, "nothing was saved");
	CHECK_FAILS(store_dialogue_update(st, got, got->version, NULL,
	    "anna", &e), &e, ERR_STORAGE);
	CHECK_FAILS(store_write_begin(st, &e), &e, ERR_STORAGE);
	CHECK_FAILS(store_bulk_begin(st, &e), &e, ERR_STORAGE);

	/* Replaced: another register at the path. */
	if ((other = open_register("register.db")) != NULL)
		store_close(other);
	CHECK_FAILS(store_dialogue_create(st, d, day("2026-02-02"), "anna",
	    &e), &e, ERR_STORAGE);
	CHECK_FAILS(store_dialogue_update(st, got, got->version, NULL,
	    "anna", &e), &e, ERR_STORAGE);
	CHECK_HAS(e.msg, "was moved, replaced or deleted");
close:
	store_close(st);
	dlg_free(got);
	dlg_free(d);
	got = NULL;

	/* Neither file got a change: the one aside has its one dialogue as
	 * it was, the new one none. */
	if ((st = open_register("aside.db")) != NULL) {
		CHECK_OK(store_dialogue_load(st, ref, &got, &e), &e);
		CHECK(got != NULL && dlg_get(got, F_PURPOSE) == NULL);
		dlg_free(got);
		got = NULL;
		CHECK_FAILS(store_dialogue_load(st, "MD-2026-002", &got, &e),
		    &e, ERR_NOTFOUND);
		store_close(st);
	}
	if ((st = open_register("register.db")) != NULL) {
		CHECK_FAILS(store_dialogue_load(st, ref, &got, &e), &e,
		    ERR_NOTFOUND);
		store_close(st);
	}
out:
	free(path);
	free(aside);
}

/*
 * Objects added with another tool are refused by name before anything of
 * theirs can run, for writing and reading alike; the file stays as it
 * was. Removed again, the register opens.
 */
static void
foreign_objects_are_refused_by_name_and_stay_untouched(void)
{
	static const struct {
		const char	*add, *drop, *named;
	} cases[] = {
		{ "CREATE TABLE stolen (contact TEXT)",
		  "DROP TABLE stolen", "the table 'stolen'" },
		{ "CREATE INDEX contacts ON contributions (contact)",
		  "DROP INDEX contacts", "the index 'contacts'" },
		{ "CREATE VIEW contacts AS SELECT contact FROM contributions",
		  "DROP VIEW contacts", "the view 'contacts'" },
		{ "CREATE TRIGGER spy AFTER INSERT ON history BEGIN"
		  " UPDATE contributions SET text = text; END",
		  "DROP TRIGGER spy", "the trigger 'spy'" },
	};
	const char *path = check_path("register.db");
	struct dlg_error e;
	struct store *st;
	size_t i;

	if ((st = open_register("register.db")) == NULL)
		return;
	store_close(st);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		CHECK(sql(path, cases[i].add) == 0);
		refused_untouched(path, 0, ERR_STORAGE, cases[i].named);
		refused_untouched(path, STORE_READONLY, ERR_STORAGE,
		    cases[i].named);
		CHECK(sql(path, cases[i].drop) == 0);
		err_clear(&e);
		if (CHECK_OK(store_open(path, 0, &st, &e), &e))
			store_close(st);
	}
}

int
main(void)
{
	RUN(create_makes_file_0660_and_folder_0770_even_with_umask_000);
	RUN(open_removes_leftovers_of_a_killed_creation_but_not_one_in_progress);
	RUN(missing_file_without_create_is_refused_and_not_made);
	RUN(text_file_is_not_a_register_and_stays_untouched);
	RUN(empty_file_without_create_is_not_a_register);
	RUN(foreign_sqlite_database_is_not_a_register_and_stays_untouched);
	RUN(newer_schema_is_refused_and_stays_untouched);
	RUN(read_only_file_is_refused_for_writing_and_stays_untouched);
	RUN(read_only_folder_is_refused_for_writing);
	RUN(locked_register_is_a_conflict);
	RUN(fresh_bulk_load_is_all_or_nothing);
	RUN(replaced_or_deleted_register_is_refused_for_writing);
	RUN(foreign_objects_are_refused_by_name_and_stay_untouched);
	return check_done();
}
