/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * open.c: the connection to the register file. Creates a new register
 * with safe permissions, refuses anything that is not a register of this
 * or an older schema before writing a single byte, then sets the pragmas
 * and migrates. Also owns the statement cache, the transactions of write
 * actions (savepoints in bulk mode), bulk mode itself and the mapping of
 * SQLite result codes to messages for people.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "store-int.h"
#include "i18n.h"

static int busy_timeout(void);

/* The statements that do not name field columns. */
static const char *const stmt_sql[STMT_NSTMTS] = {
	[STMT_BEGIN] = "BEGIN IMMEDIATE",
	[STMT_COMMIT] = "COMMIT",
	[STMT_ROLLBACK] = "ROLLBACK",
	[STMT_SAVEPOINT] = "SAVEPOINT action",
	[STMT_RELEASE] = "RELEASE action",
	[STMT_ROLLBACK_TO] = "ROLLBACK TO action",
	[STMT_DLG_FIND] = "SELECT id, version FROM dialogues WHERE ref = ?1",
	[STMT_DLG_TOUCH] =
	    "UPDATE dialogues SET version = ?2, updated = ?3, updated_by = ?4"
	    " WHERE id = ?1",
	[STMT_DLG_NEXT_SERIAL] =
	    "SELECT coalesce(max(serial), 0) + 1 FROM dialogues"
	    " WHERE year = ?1",
	[STMT_ITEMS_LOAD] =
	    "SELECT field, name, note, step FROM items"
	    " WHERE dialogue_id = ?1 ORDER BY field, pos",
	[STMT_ITEMS_DELETE] =
	    "DELETE FROM items WHERE dialogue_id = ?1 AND field = ?2",
	[STMT_ITEMS_INSERT] =
	    "INSERT INTO items (dialogue_id, field, pos, name, note, step)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	[STMT_SESSION_OF] =
	    "SELECT 1 FROM sessions WHERE id = ?1 AND dialogue_id = ?2",
	[STMT_CONTRIB_GET] =
	    "SELECT contact IS NOT NULL FROM contributions"
	    " WHERE id = ?1 AND dialogue_id = ?2",
	[STMT_CONTRIB_ERASE] =
	    "UPDATE contributions SET contact = NULL, contact_erased = 1"
	    " WHERE id = ?1",
	/* The list's title and body sort keys (schema 11). */
	[STMT_DLG_SORT_KEYS] =
	    "UPDATE dialogues SET title_key = dlg_sort_key(coalesce(title, ''))"
	    ", bodies_key = dlg_sort_key((SELECT i.name FROM items i"
	    " WHERE i.dialogue_id = ?1 AND i.field = 'bodies'"
	    " ORDER BY i.pos LIMIT 1)) WHERE id = ?1",
};

/*
 * A write past the process's file size limit (ulimit -f). main() catches
 * SIGXFSZ (util/fault.c), so the write fails with EFBIG instead of
 * killing the program; SQLite reports it as an I/O error.
 */
static int
file_size_limit(const char *path, struct dlg_error *err)
{
	return err_set(err, ERR_STORAGE, _("the register '%s' would grow "
	    "past the file size limit (ulimit -f); nothing was saved. Raise "
	    "the limit and try again."), path);
}

int
store_sqlerr(struct store *st, int rc, struct dlg_error *err)
{
	const char *path = st != NULL && st->path != NULL ? st->path : "";

	if (st != NULL && st->db != NULL)
		err_detail(err, "SQLite %d: %s", rc, sqlite3_errmsg(st->db));
	else
		err_detail(err, "SQLite %d: %s", rc, sqlite3_errstr(rc));
	if (((rc & 0xff) == SQLITE_IOERR || (rc & 0xff) == SQLITE_FULL) &&
	    (fault_file_limit_take() || (st != NULL && st->db != NULL &&
	    sqlite3_system_errno(st->db) == EFBIG)))
		return file_size_limit(path, err);
	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return err_set(err, ERR_CONFLICT, _("the register is locked by "
		    "another user; try again in a moment"));
	case SQLITE_FULL:
		return err_set(err, ERR_STORAGE,
		    _("the disk is full; nothing was saved"));
	case SQLITE_READONLY:
	case SQLITE_PERM:
	case SQLITE_AUTH:
		return err_set(err, ERR_STORAGE, _("the register '%s' is "
		    "read-only for you; nothing was saved. Ask for write "
		    "access to the file and its folder."), path);
	case SQLITE_NOTADB:
		return err_set(err, ERR_STORAGE,
		    _("'%s' is not a dialogue register"), path);
	case SQLITE_CORRUPT:
		return err_set(err, ERR_STORAGE, _("the register '%s' is "
		    "damaged; restore it from a backup"), path);
	case SQLITE_CONSTRAINT:
		return err_set(err, ERR_REFUSED, _("the change breaks a rule "
		    "of the register; nothing was saved"));
	case SQLITE_CANTOPEN:
		return err_set(err, ERR_STORAGE, _("the register '%s' could "
		    "not be opened; check that the file and its folder exist "
		    "and that you may read them"), path);
	case SQLITE_IOERR:
		if (st != NULL && st->db != NULL &&
		    sqlite3_system_errno(st->db) == ENOSPC)
			return err_set(err, ERR_STORAGE,
			    _("the disk is full; nothing was saved"));
		return err_set(err, ERR_STORAGE, _("the register '%s' could "
		    "not be read or written; nothing was saved"), path);
	case SQLITE_NOMEM:
		return err_set(err, ERR_STORAGE,
		    _("out of memory; nothing was saved"));
	default:
		return err_set(err, ERR_STORAGE, _("the register '%s' could "
		    "not be used; nothing was saved"), path);
	}
}

sqlite3_stmt *
store_stmt(struct store *st, enum store_stmt_id id, struct dlg_error *err)
{
	const char *sql;
	int rc;

	if (st->stmt[id] != NULL)
		return st->stmt[id];
	switch (id) {
	case STMT_DLG_BY_REF:
		sql = st->sql_dlg_by_ref;
		break;
	case STMT_DLG_BY_ID:
		sql = st->sql_dlg_by_id;
		break;
	case STMT_DLG_INSERT:
		sql = st->sql_dlg_insert;
		break;
	case STMT_DLG_UPDATE:
		sql = st->sql_dlg_update;
		break;
	default:
		sql = stmt_sql[id];
		break;
	}
	rc = sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
	    &st->stmt[id], NULL);
	if (rc != SQLITE_OK) {
		store_sqlerr(st, rc, err);
		st->stmt[id] = NULL;
		return NULL;
	}
	return st->stmt[id];
}

void
store_stmt_done(sqlite3_stmt *s)
{
	if (s == NULL)
		return;
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
}

int
store_exec(struct store *st, const char *sql, struct dlg_error *err)
{
	int rc;

	rc = sqlite3_exec(st->db, sql, NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	return 0;
}

/* Step a cached statement without results to its end. */
static int
step_cached(struct store *st, enum store_stmt_id id, struct dlg_error *err)
{
	sqlite3_stmt *s;
	int rc;

	if ((s = store_stmt(st, id, err)) == NULL)
		return -1;
	rc = sqlite3_step(s);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		store_sqlerr(st, rc, err);
		store_stmt_done(s);
		return -1;
	}
	store_stmt_done(s);
	return 0;
}

/* ------------------------------------------------------------ writing */

/* Inside a bulk load or a caller's write transaction: actions are
 * savepoints. */
static int
nested(const struct store *st)
{
	return st->bulk || st->in_write;
}

/*
 * How often BEGIN IMMEDIATE is tried again after it waited the whole busy
 * timeout: a writer under a long queue of others gets 1 + this many
 * timeouts (at most) before it gives up with ERR_CONFLICT.
 */
#define STORE_BUSY_RETRIES	2

int
store_check_same_file(struct store *st, struct dlg_error *err)
{
	struct stat sb;

	if (stat(st->path, &sb) != 0)
		err_detail(err, "%s: %s", st->path, strerror(errno));
	else if ((unsigned long long)sb.st_dev != st->file_dev ||
	    (unsigned long long)sb.st_ino != st->file_ino)
		err_detail(err, "%s: another file (inode %llu, opened %llu)",
		    st->path, (unsigned long long)sb.st_ino, st->file_ino);
	else
		return 0;
	return err_set(err, ERR_STORAGE, _("the register '%s' was moved, "
	    "replaced or deleted after it was opened; nothing was saved. "
	    "Open the register again."), st->path);
}

/*
 * The -wal and -shm files go by the path's name: once the path names
 * another register, a checkpoint at close would copy that register's
 * journal into the file opened. Leave both alone then.
 */
static void
closing_elsewhere(struct store *st)
{
	if (st->file_ino == 0 || store_check_same_file(st, NULL) == 0)
		return;
	sqlite3_db_config(st->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
	st->need_checkpoint = 0;
}

/* An erasure another process could not finish: finish it now. */
static void
erasure_left(struct store *st)
{
	sqlite3_stmt *s = NULL;

	if (sqlite3_prepare_v2(st->db, "SELECT 1 FROM erase_pending", -1, &s,
	    NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
		st->need_checkpoint = 1;
	sqlite3_finalize(s);
	if (st->need_checkpoint)
		store_finish_erasure(st);
}

/* Remember which file the path names now (store_open). */
static void
note_file(struct store *st, const struct stat *sb)
{
	st->file_dev = (unsigned long long)sb->st_dev;
	st->file_ino = (unsigned long long)sb->st_ino;
}

/*
 * BEGIN IMMEDIATE: the write lock, waited for up to the busy timeout and
 * tried again STORE_BUSY_RETRIES times; then a check that the path still
 * names the file opened.
 */
static int
begin_write(struct store *st, struct dlg_error *err)
{
	struct dlg_error e;
	int i;

	for (i = 0;; i++) {
		err_clear(&e);
		if (step_cached(st, STMT_BEGIN, &e) == 0)
			break;
		if (e.code != ERR_CONFLICT || i == STORE_BUSY_RETRIES) {
			if (err != NULL)
				*err = e;
			return -1;
		}
	}
	if (store_check_same_file(st, err) != 0) {
		step_cached(st, STMT_ROLLBACK, NULL);
		return -1;
	}
	return 0;
}

int
store_write_begin(struct store *st, struct dlg_error *err)
{
	if (nested(st))
		return err_set(err, ERR_STORAGE,
		    _("a write is already in progress"));
	if (begin_write(st, err) != 0)
		return -1;
	st->in_write = 1;
	return 0;
}

int
store_write_commit(struct store *st, struct dlg_error *err)
{
	if (!st->in_write)
		return err_set(err, ERR_STORAGE,
		    _("no write is in progress"));
	st->in_write = 0;
	if (step_cached(st, STMT_COMMIT, err) != 0) {
		store_rollback(st);
		return -1;
	}
	if (st->need_checkpoint)
		store_finish_erasure(st);
	return 0;
}

void
store_write_rollback(struct store *st)
{
	if (!st->in_write)
		return;
	st->in_write = 0;
	store_rollback(st);
}

int
store_begin(struct store *st, struct dlg_error *err)
{
	if (st->bulk && st->bulk_flat) {
		if (st->flat_depth++ == 0)
			st->flat_changes = sqlite3_total_changes(st->db);
		return 0;
	}
	if (nested(st))
		return step_cached(st, STMT_SAVEPOINT, err);
	return begin_write(st, err);
}

int
store_commit(struct store *st, struct dlg_error *err)
{
	if (st->bulk && st->bulk_flat) {
		st->flat_depth--;
		return 0;
	}
	if (step_cached(st, nested(st) ? STMT_RELEASE : STMT_COMMIT,
	    err) == 0)
		return 0;
	store_rollback(st);
	return -1;
}

void
store_rollback(struct store *st)
{
	if (st->bulk && st->bulk_flat) {
		/* No savepoint to go back to: an action that wrote nothing
		 * (a setting left as it was) costs nothing, any other
		 * spoils the load. */
		if (sqlite3_total_changes(st->db) != st->flat_changes)
			st->bulk_spoilt = 1;
		if (st->flat_depth > 0)
			st->flat_depth--;
		return;
	}
	if (nested(st)) {
		step_cached(st, STMT_ROLLBACK_TO, NULL);
		step_cached(st, STMT_RELEASE, NULL);
		return;
	}
	if (!sqlite3_get_autocommit(st->db))
		step_cached(st, STMT_ROLLBACK, NULL);
}

/* How long a checkpoint waits for readers to move on (ms): an erasure
 * says it is not complete rather than hold the user up. */
#define STORE_CHECKPOINT_WAIT	200

int
store_checkpoint(struct store *st)
{
	int rc, wait = busy_timeout();

	if (!sqlite3_get_autocommit(st->db))
		return -1;	/* inside a transaction: at its end */
	sqlite3_busy_timeout(st->db, wait < STORE_CHECKPOINT_WAIT ? wait :
	    STORE_CHECKPOINT_WAIT);
	rc = sqlite3_wal_checkpoint_v2(st->db, NULL,
	    SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
	sqlite3_busy_timeout(st->db, wait);
	return rc == SQLITE_OK ? 0 : -1;
}

int
store_bind_text(sqlite3_stmt *s, int i, const char *text)
{
	if (text == NULL || *text == '\0')
		return sqlite3_bind_null(s, i);
	return sqlite3_bind_text(s, i, text, -1, SQLITE_STATIC);
}

char *
store_col_dup(sqlite3_stmt *s, int i)
{
	const unsigned char *t;

	if (sqlite3_column_type(s, i) == SQLITE_NULL)
		return NULL;
	t = sqlite3_column_text(s, i);
	return t != NULL ? xstrdup((const char *)t) : NULL;
}

/* ------------------------------------------------------------ creating */

/* The folder part of path ("." when there is none). Caller frees. */
static char *
dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

/*
 * Create every missing folder of dir. The register's own folder (the
 * last) gets mode 0770 whatever the umask, so the group that shares the
 * register can work in it. Folders above it ("~/.local/share",
 * $XDG_DATA_HOME, the folders of a new --db path) are not the register's:
 * 0755 less the umask, so nobody but the owner may write in them (who
 * may write there could move the register's folder away), while the
 * group that shares a register can still reach it when the umask lets it.
 */
static int
make_dirs(const char *dir, struct dlg_error *err)
{
	char *p = xstrdup(dir), *q;
	struct stat sb;
	int last;

	for (q = p + 1;; q++) {
		if (*q != '/' && *q != '\0')
			continue;
		last = *q == '\0';
		*q = '\0';
		if (mkdir(p, last ? 0770 : 0755) == 0) {
			if (last && chmod(p, 0770) != 0)
				goto fail;
		} else if (errno != EEXIST || stat(p, &sb) != 0 ||
		    !S_ISDIR(sb.st_mode))
			goto fail;
		if (last)
			break;
		*q = '/';
	}
	free(p);
	return 0;
fail:
	err_detail(err, "%s: %s", p, strerror(errno));
	err_set(err, ERR_STORAGE, _("could not create the folder '%s' for "
	    "the register"), p);
	free(p);
	return -1;
}

/*
 * Refuse a file or folder we may not write before SQLite touches it. The
 * mode bits count too: a file without any write bit is read-only by
 * intent even for the superuser.
 */
static int
check_writable(const char *path, const struct stat *sb,
    struct dlg_error *err)
{
	struct stat dsb;
	char *dir;
	int rc = 0;

	if (access(path, R_OK) != 0) {
		err_detail(err, "%s: %s", path, strerror(errno));
		return err_set(err, ERR_STORAGE, _("the register '%s' cannot "
		    "be read; ask for access to the file"), path);
	}
	if (access(path, W_OK) != 0 && errno == EROFS) {
		err_detail(err, "%s: %s", path, strerror(errno));
		return err_set(err, ERR_STORAGE, _("the register '%s' is on "
		    "read-only media (a file system mounted read-only); "
		    "nothing can be changed in it. Copy it to a writable "
		    "disk to change it."), path);
	}
	if (access(path, W_OK) != 0 || (sb->st_mode & 0222) == 0) {
		err_detail(err, "%s: mode %04o", path,
		    (unsigned)(sb->st_mode & 07777));
		return err_set(err, ERR_STORAGE, _("the register '%s' is "
		    "read-only for you; nothing can be changed in it. Ask for "
		    "write access to the file."), path);
	}
	dir = dir_of(path);
	if (access(dir, W_OK) != 0 || stat(dir, &dsb) != 0 ||
	    (dsb.st_mode & 0222) == 0) {
		err_detail(err, "%s: not writable", dir);
		rc = err_set(err, ERR_STORAGE, _("the folder of the register "
		    "'%s' is read-only for you; the register needs to write "
		    "files next to it. Ask for write access to the folder."),
		    path);
	}
	free(dir);
	return rc;
}

/* ------------------------------------------------------------ opening */

/* Run a one-value query; a NOTADB answer means the file is no register. */
static int
query_int(struct store *st, const char *sql, long long *v,
    struct dlg_error *err)
{
	sqlite3_stmt *s = NULL;
	int rc;

	rc = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL);
	if (rc == SQLITE_OK) {
		rc = sqlite3_step(s);
		if (rc == SQLITE_ROW) {
			*v = sqlite3_column_int64(s, 0);
			rc = SQLITE_OK;
		}
	}
	if (rc != SQLITE_OK)
		store_sqlerr(st, rc, err);
	sqlite3_finalize(s);
	return rc == SQLITE_OK ? 0 : -1;
}

static int
not_a_register(struct store *st, struct dlg_error *err)
{
	return err_set(err, ERR_STORAGE, _("'%s' is not a dialogue register"),
	    st->path);
}

static int verify_in(struct store *st, int may_init, struct dlg_error *err);

/*
 * Look at the file without changing it: SQLite at all, our application
 * id (or an empty database we may initialise), a schema we know. One
 * read transaction, so a concurrent migration cannot come between the
 * version read and the objects compared with it.
 */
static int
verify(struct store *st, int may_init, struct dlg_error *err)
{
	int rc;

	if (store_exec(st, "BEGIN", err) != 0)
		return -1;
	rc = verify_in(st, may_init, err);
	sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
	return rc;
}

static int
verify_in(struct store *st, int may_init, struct dlg_error *err)
{
	long long appid, uv, nobjects;

	if (query_int(st, "PRAGMA application_id", &appid, err) != 0 ||
	    query_int(st, "PRAGMA user_version", &uv, err) != 0 ||
	    query_int(st, "SELECT count(*) FROM sqlite_master", &nobjects,
	    err) != 0)
		return -1;
	if (appid == 0 && uv == 0 && nobjects == 0) {
		if (!may_init)
			return not_a_register(st, err);
		st->opened_version = 0;
		return 0;
	}
	if (appid != STORE_APPLICATION_ID) {
		err_detail(err, "application_id %lld, user_version %lld",
		    appid, uv);
		return not_a_register(st, err);
	}
	if (uv > STORE_SCHEMA_VERSION) {
		err_detail(err, "user_version %lld", uv);
		return err_set(err, ERR_STORAGE, _("the register '%s' was made "
		    "by a newer version of dialogreg (schema %lld); this "
		    "program knows up to %d"), st->path, uv,
		    STORE_SCHEMA_VERSION);
	}
	st->opened_version = (int)uv;
	/* Before any statement of ours could fire a trigger of theirs. */
	if (store_schema_foreign(st, (int)uv, err) != 0)
		return -1;
	if ((st->flags & STORE_READONLY) && uv < STORE_SCHEMA_VERSION) {
		err_detail(err, "user_version %lld", uv);
		return err_set(err, ERR_STORAGE, _("the register '%s' has an "
		    "older schema (%lld) and must be upgraded; open it once "
		    "with write access"), st->path, uv);
	}
	return 0;
}

/* SQLite's memory statistics take a global mutex per allocation and
 * nobody reads them. The setting only takes before SQLite initialises
 * (the first open); later it is refused, harmlessly. */
static void
configure_sqlite(void)
{
	static int done;

	if (!done) {
		sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
		done = 1;
	}
}

/*
 * SQLite's defensive settings for a file that may have been edited by
 * other tools: no writes to its own schema or shadow tables, no
 * extensions loaded, and while the file is examined no function with
 * side effects and no virtual table from inside its schema
 * (trusted_schema off). trust_schema() lifts the last once the schema is
 * proven to be the program's own.
 */
int
store_harden(sqlite3 *db)
{
	int rc;

	rc = sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0,
		    NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_db_config(db,
		    SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
	return rc;
}

/*
 * The register's own triggers keep the FTS5 indexes in step, and SQLite
 * (3.40) does not flag FTS5 innocuous: with trusted_schema off every
 * write to a dialogue fails with "unsafe use of virtual table". Called
 * only after store_schema_foreign found nothing but the migrations'
 * objects, so the schema trusted is the one this program wrote.
 */
static int
trust_schema(sqlite3 *db)
{
	return sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 1, NULL);
}

static int
busy_timeout(void)
{
	const char *env = getenv(STORE_BUSY_ENV);
	char *end;
	long v;

	if (env == NULL || *env == '\0')
		return STORE_BUSY_TIMEOUT;
	errno = 0;
	v = strtol(env, &end, 10);
	if (errno != 0 || *end != '\0' || v < 0 || v > 3600000)
		return STORE_BUSY_TIMEOUT;
	return (int)v;
}

/*
 * The page cache: 2 MiB at most (the sqlite3 shell's size), taken only as
 * pages are read; the screens take 4 MiB (tui.c). A page of the list is
 * an index range and a few dialogues by id; a scan (a whole-register
 * export, a search) reads most pages once, and a bigger cache only fills
 * with them: at 64 MiB every scan took 1.6 times the sqlite3 shell's, and
 * at 8 MiB the first page of a search for "det" in 200 000 dialogues
 * took 23.5 MB of memory (17.1 MB now, in the same time).
 */
#define STORE_CACHE	"PRAGMA cache_size = -2048"

long long
store_changes(struct store *st)
{
	return (long long)sqlite3_total_changes64(st->db);
}

int
store_cache_limit(struct store *st, int kib, struct dlg_error *err)
{
	char sql[64];

	snprintf(sql, sizeof sql, "PRAGMA cache_size = -%d", kib > 0 ? kib :
	    1);
	return store_exec(st, sql, err);
}

/* Write-ahead log (readers never wait for a writer), foreign keys, and
 * secure_delete so erased personal data is overwritten in the file. */
static int
set_pragmas(struct store *st, struct dlg_error *err)
{
	sqlite3_stmt *s = NULL;
	const unsigned char *mode;
	int rc, wal = 0;

	if (store_exec(st, "PRAGMA foreign_keys = ON", err) != 0 ||
	    store_exec(st, "PRAGMA secure_delete = ON", err) != 0 ||
	    store_exec(st, STORE_CACHE, err) != 0)
		return -1;
	if (st->flags & STORE_READONLY)
		return 0;
	rc = sqlite3_prepare_v2(st->db, "PRAGMA journal_mode", -1, &s, NULL);
	if (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		mode = sqlite3_column_text(s, 0);
		wal = mode != NULL && strcmp((const char *)mode, "wal") == 0;
		rc = SQLITE_OK;
	}
	if (rc != SQLITE_OK) {
		store_sqlerr(st, rc, err);
		sqlite3_finalize(s);
		return -1;
	}
	sqlite3_finalize(s);
	if (!wal && store_exec(st, "PRAGMA journal_mode = WAL", err) != 0)
		return -1;
	return 0;
}

/*
 * A register on read-only media (its file system mounted read-only) that
 * is opened read-only: SQLite cannot make the -shm file a WAL database
 * needs, and nobody can change the file on that mount, so it is opened
 * as immutable. Returns the URI to open (caller frees), or NULL to open
 * file as usual: writable media, or a -wal file that is there to read.
 */
static char *
readonly_media_uri(const struct store *st, const char *file)
{
	struct statvfs vfs;
	struct strbuf sb;
	char *aux;
	const char *p;
	int has_wal;

	if (!(st->flags & STORE_READONLY) || statvfs(file, &vfs) != 0 ||
	    !(vfs.f_flag & ST_RDONLY))
		return NULL;
	aux = xasprintf("%s-wal", file);
	has_wal = access(aux, F_OK) == 0;
	free(aux);
	if (has_wal)
		return NULL;
	sb_init(&sb);
	sb_add(&sb, "file:");
	for (p = file; *p != '\0'; p++)
		if (*p == '%' || *p == '?' || *p == '#')
			sb_addf(&sb, "%%%02X", (unsigned char)*p);
		else
			sb_addn(&sb, p, 1);
	sb_add(&sb, "?immutable=1");
	return sb_detach(&sb);
}

/*
 * Connect st to file (the register itself, or the new one being built),
 * verify it and bring it to the current schema.
 */
static int
connect_file(struct store *st, const char *file, int may_init,
    struct dlg_error *err)
{
	char *uri = readonly_media_uri(st, file);
	int rc;

	configure_sqlite();
	/* A connection is used by one thread at a time: no mutex. */
	rc = sqlite3_open_v2(uri != NULL ? uri : file, &st->db,
	    SQLITE_OPEN_NOMUTEX | (uri != NULL ? SQLITE_OPEN_URI : 0) |
	    ((st->flags & STORE_READONLY) ? SQLITE_OPEN_READONLY :
	    SQLITE_OPEN_READWRITE), NULL);
	free(uri);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	sqlite3_extended_result_codes(st->db, 1);
	if ((rc = store_harden(st->db)) != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	sqlite3_busy_timeout(st->db, busy_timeout());
	if (store_register_functions(st->db) != SQLITE_OK)
		return store_sqlerr(st, SQLITE_ERROR, err);
	if (verify(st, may_init, err) != 0)
		return -1;
	if ((rc = trust_schema(st->db)) != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	if (set_pragmas(st, err) != 0)
		return -1;
	if (!(st->flags & STORE_READONLY) &&
	    st->opened_version < STORE_SCHEMA_VERSION &&
	    store_schema_migrate(st, err) != 0)
		return -1;
	return 0;
}

/* Remove a database file and the files SQLite may keep next to it. */
static void
unlink_db(const char *file)
{
	char *aux;

	unlink(file);
	aux = xasprintf("%s-wal", file);
	unlink(aux);
	free(aux);
	aux = xasprintf("%s-shm", file);
	unlink(aux);
	free(aux);
	aux = xasprintf("%s-journal", file);
	unlink(aux);
	free(aux);
}

/* ------------------------------------------------------------ leftovers */

/*
 * A register being built aside is "PATH.new-XXXXXX" (mkstemp's six
 * characters), with SQLite's "-wal", "-shm" or "-journal" beside it. Its
 * builder holds flock(LOCK_EX) on it from the moment it exists until the
 * name is gone; a file of that name nobody holds is what a killed
 * creation or restore left behind.
 */
#define TEMP_INFIX	".new-"
#define TEMP_RANDOM	6

/* Does name (in the register's folder) have the form base.new-XXXXXX,
 * and with what after it? Returns the suffix, or NULL. */
static const char *
temp_suffix(const char *name, const char *base)
{
	size_t nb = strlen(base), ni = strlen(TEMP_INFIX), i;
	const char *rest;

	if (strncmp(name, base, nb) != 0 ||
	    strncmp(name + nb, TEMP_INFIX, ni) != 0)
		return NULL;
	rest = name + nb + ni;
	for (i = 0; i < TEMP_RANDOM; i++)
		if (rest[i] == '\0' || rest[i] == '/')
			return NULL;
	rest += TEMP_RANDOM;
	if (*rest == '\0' || strcmp(rest, "-wal") == 0 ||
	    strcmp(rest, "-shm") == 0 || strcmp(rest, "-journal") == 0)
		return rest;
	return NULL;
}

/* Lock the temporary file fd belongs to, at the name file; 0 when we hold
 * it and the name still is that file, -1 otherwise. */
static int
hold_temp(int fd, const char *file, int wait)
{
	struct stat a, b;

	if (flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0)
		return -1;
	if (fstat(fd, &a) != 0 || lstat(file, &b) != 0 ||
	    a.st_dev != b.st_dev || a.st_ino != b.st_ino)
		return -1;
	return 0;
}

/*
 * Remove what killed creations or restores of the register at path left
 * in its folder: only names of our own pattern, only main files nobody
 * holds (see above), and SQLite's files beside a main file that is gone.
 * A builder at work holds its lock, so it is never disturbed. Best effort:
 * a leftover that cannot be removed stays for the next time.
 */
static void
remove_leftovers(const char *path)
{
	char *dir = dir_of(path), *file, *owner;
	const char *slash = strrchr(path, '/');
	const char *base = slash != NULL ? slash + 1 : path;
	const char *suffix;
	struct dirent *de;
	DIR *d;
	int fd;

	if ((d = opendir(dir)) == NULL) {
		free(dir);
		return;
	}
	while ((de = readdir(d)) != NULL) {
		if ((suffix = temp_suffix(de->d_name, base)) == NULL)
			continue;
		file = xasprintf("%s/%s", dir, de->d_name);
		if (*suffix != '\0') {
			owner = xstrndup(file, strlen(file) - strlen(suffix));
			if (access(owner, F_OK) != 0 && errno == ENOENT)
				unlink(file);
			free(owner);
		} else if ((fd = open(file, O_RDONLY | O_NOFOLLOW |
		    O_CLOEXEC | O_NONBLOCK)) >= 0) {
			/* Removed while still held: the next open of some
			 * other builder's temp name fails its own check. */
			if (hold_temp(fd, file, 0) == 0)
				unlink_db(file);
			close(fd);
		}
		free(file);
	}
	closedir(d);
	free(dir);
}

/*
 * Create the register at path. It is built complete under a temporary
 * name in the same folder and then linked into place, so no other
 * process ever sees a half-made register, and of several processes
 * creating it at once exactly one wins (link() never replaces; the
 * others then open the winner's). Mode 0660: group members share a
 * register, others never read it; set with fchmod, whatever the umask.
 * The builder holds a lock on the temporary file until its name is gone
 * (see remove_leftovers); if a cleaner removed the name between mkstemp
 * and the lock, it starts again with a new name.
 */
static int
create_register(const char *path, int flags, struct dlg_error *err)
{
	struct store tmp;
	char *file = NULL;
	int fd = -1, rc = -1, tries;

	for (tries = 0; tries < 10; tries++) {
		free(file);
		file = xasprintf("%s" TEMP_INFIX "XXXXXX", path);
		if ((fd = mkstemp(file)) < 0)
			break;
		if (hold_temp(fd, file, 1) == 0)
			break;
		close(fd);
		fd = -1;
	}
	if (fd < 0 || fchmod(fd, 0660) != 0) {
		err_detail(err, "%s: %s", file, strerror(errno));
		err_set(err, ERR_STORAGE, _("could not create the register "
		    "'%s'; check that you may write in its folder"), path);
		if (fd >= 0) {
			close(fd);
			unlink(file);
		}
		free(file);
		return -1;
	}
	memset(&tmp, 0, sizeof tmp);
	tmp.path = (char *)path;	/* messages name the register */
	tmp.flags = flags & ~STORE_READONLY;
	if (connect_file(&tmp, file, 1, err) == 0) {
		/* Leave the file complete: no -wal of it must stay behind. */
		sqlite3_close(tmp.db);
		tmp.db = NULL;
		if (link(file, path) == 0 || errno == EEXIST)
			rc = 0;
		else if ((errno == EPERM || errno == EOPNOTSUPP ||
		    errno == ENOSYS) && access(path, F_OK) != 0 &&
		    rename(file, path) == 0)
			rc = 0;	/* no hard links here: a small race */
		else {
			err_detail(err, "%s: %s", path, strerror(errno));
			err_set(err, ERR_STORAGE, _("could not create the "
			    "register '%s'; check that you may write in its "
			    "folder"), path);
		}
	}
	sqlite3_close(tmp.db);
	unlink_db(file);
	close(fd);	/* the lock goes with the last name */
	free(file);
	return rc;
}

int
store_open(const char *path, int flags, struct store **out,
    struct dlg_error *err)
{
	struct store *st;
	struct stat sb;
	char *dir;
	int created = 0, rc;

	*out = NULL;
	if (path == NULL || *path == '\0')
		return err_set(err, ERR_USAGE, _("no register file was given"));
	if (stat(path, &sb) != 0) {
		if (errno != ENOENT) {
			err_detail(err, "%s: %s", path, strerror(errno));
			return err_set(err, ERR_STORAGE, _("the register "
			    "'%s' cannot be read; ask for access to the file "
			    "and its folder"), path);
		}
		if (!(flags & STORE_CREATE) || (flags & STORE_READONLY))
			return err_set(err, ERR_STORAGE, _("there is no "
			    "register at '%s'; check the path or create a new "
			    "register"), path);
		dir = dir_of(path);
		rc = make_dirs(dir, err);
		free(dir);
		if (rc != 0 || create_register(path, flags, err) != 0)
			return -1;
		created = 1;
		if (stat(path, &sb) != 0) {
			err_detail(err, "%s: %s", path, strerror(errno));
			return err_set(err, ERR_STORAGE, _("could not "
			    "create the register '%s'; check that you may "
			    "write in its folder"), path);
		}
	}
	if (!S_ISREG(sb.st_mode))
		return err_set(err, ERR_STORAGE,
		    _("'%s' is not a dialogue register"), path);
	if (!(flags & STORE_READONLY) && check_writable(path, &sb, err) != 0)
		return -1;
	if (!(flags & STORE_READONLY))
		remove_leftovers(path);

	st = xcalloc(1, sizeof *st);
	st->path = xstrdup(path);
	st->flags = flags;
	/* An existing empty file is made a register only when asked to. */
	if (connect_file(st, path, (flags & STORE_CREATE) != 0, err) != 0) {
		store_close(st);
		return -1;
	}
#ifndef NDEBUG
	if (store_schema_check(st, err) != 0) {
		store_close(st);
		return -1;
	}
#endif
	note_file(st, &sb);
	if (!(flags & STORE_READONLY))
		erasure_left(st);
	if (created)
		st->opened_version = 0;
	store_build_sql(st);
	store_build_child_sql(st);
	*out = st;
	return 0;
}

void
store_close(struct store *st)
{
	int i, k;

	if (st == NULL)
		return;
	if (st->bulk)
		store_bulk_rollback(st);
	for (i = 0; i < STMT_NSTMTS; i++)
		sqlite3_finalize(st->stmt[i]);
	for (i = 0; i <= STORE_HIST_BATCH; i++)
		sqlite3_finalize(st->hist[i]);
	for (k = 0; k < DLG_NCHILDREN; k++)
		for (i = 0; i < CSQL_N; i++)
			sqlite3_finalize(st->child_stmt[k][i]);
	store_fts_forget(st);
	/* The screens' searches given up still read on connections of
	 * their own: this one must be the last to close. */
	store_search_wait_given_up();
	if (st->db != NULL) {
		closing_elsewhere(st);
		if (st->need_checkpoint)
			store_finish_erasure(st);
		sqlite3_close(st->db);
	}
	free(st->sql_dlg_select);
	free(st->sql_dlg_by_ref);
	free(st->sql_dlg_by_id);
	free(st->sql_dlg_insert);
	free(st->sql_dlg_update);
	for (k = 0; k < DLG_NCHILDREN; k++)
		for (i = 0; i < CSQL_N; i++)
			free(st->sql_child[k][i]);
	free(st->path);
	free(st);
}

const char *
store_path(const struct store *st)
{
	return st->path;
}

int
store_opened_version(const struct store *st)
{
	return st->opened_version;
}

/* ------------------------------------------------------------ bulk */

/*
 * Bulk mode trades checks that the store's own code already guarantees
 * for speed (demo data: 200 000 dialogues with their children and
 * history in one transaction):
 * - a small page cache (2 MiB): a load appends at the end of each table
 *   and index (a fresh one sets the others aside, below) and the
 *   full-text rebuild streams its segments, so few pages are read twice;
 *   with 128 MiB a demo of 200 000 dialogues took 149 MB of memory;
 * - the savepoints' sub-journals in memory (each action's savepoint
 *   copies the pages it first touches);
 * - no foreign-key checks: every child row is added through a reference
 *   the same transaction just looked up, and a checked key also forces a
 *   statement journal on every insert;
 * - synchronous NORMAL: in WAL mode a power cut may lose the bulk load
 *   but never damages the register.
 * The pragmas cannot change inside a transaction, so they are set before
 * BEGIN and put back after the end.
 */
#define BULK_PRAGMAS \
	"PRAGMA cache_size = -2048; PRAGMA temp_store = MEMORY;" \
	" PRAGMA foreign_keys = OFF; PRAGMA synchronous = NORMAL"
#define NORMAL_PRAGMAS \
	STORE_CACHE "; PRAGMA temp_store = DEFAULT;" \
	" PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL"

/* -1 when a bulk load cannot begin now: one is on, or a write. */
static int
bulk_refused(struct store *st, struct dlg_error *err)
{
	if (st->bulk)
		return err_set(err, ERR_STORAGE,
		    _("a bulk load is already in progress"));
	if (nested(st))
		return err_set(err, ERR_STORAGE,
		    _("a write is already in progress"));
	return 0;
}

static int
bulk_begin(struct store *st, const char *pragmas, struct dlg_error *err)
{
	if (bulk_refused(st, err) != 0)
		return -1;
	if (store_exec(st, pragmas, err) != 0 ||
	    begin_write(st, err) != 0) {
		store_exec(st, NORMAL_PRAGMAS, NULL);
		return -1;
	}
	/* The search index is rebuilt once at the commit (schema.c). */
	if (store_exec(st, "INSERT INTO fts_pause (id) VALUES (1)", err) != 0) {
		store_rollback(st);
		return -1;
	}
	st->bulk = 1;
	return 0;
}

int
store_bulk_begin(struct store *st, struct dlg_error *err)
{
	return bulk_begin(st, BULK_PRAGMAS, err);
}

/*
 * The journal mode of a load into a register being filled for the first
 * time. In WAL mode every page of the load is written twice: to the log,
 * then into the database at the checkpoint (2.5 GB written for a demo of
 * 200 000 dialogues). A rollback journal keeps only the pages there were
 * before the load (a new register's few), and the new pages are written
 * once. PRAGMA journal_mode changes out of WAL only when no other
 * connection has the file open; it then says "wal" still, and the load
 * goes through the log as usual.
 */
static int
journal_mode(struct store *st, const char *mode)
{
	char sql[64];
	sqlite3_stmt *s = NULL;
	const unsigned char *now;
	int rc, ok = 0;

	snprintf(sql, sizeof sql, "PRAGMA journal_mode = %s", mode);
	/* Out of WAL mode: at once or not at all, not after the busy
	 * timeout. */
	if (strcmp(mode, "wal") != 0)
		sqlite3_busy_timeout(st->db, 0);
	rc = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL);
	if (rc == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW) {
		now = sqlite3_column_text(s, 0);
		ok = now != NULL && strcmp((const char *)now, mode) == 0;
	}
	sqlite3_finalize(s);
	sqlite3_busy_timeout(st->db, busy_timeout());
	return ok ? 0 : -1;
}

/* The write-ahead log again after a load through a rollback journal. */
static void
journal_back(struct store *st)
{
	if (!st->bulk_journal)
		return;
	st->bulk_journal = 0;
	journal_mode(st, "wal");
}

/*
 * The dialogues' own indexes (sort keys, state, dates) while a new
 * register is filled. Each dialogue lands at a random place in most of
 * them, and a small page cache reads and writes those pages again and
 * again: at 200 000 dialogues the rows took 84 s of CPU with a cache of
 * 2 MiB, 70 s with 128 MiB, and 21 s without these indexes. A fresh load
 * drops them and makes each again at its commit, from the SQL the
 * register holds (so the schema stays the one the migrations wrote), in
 * one sort. A rollback brings them back with everything else.
 */
static int
indexes_set_aside(struct store *st, struct dlg_error *err)
{
	struct strbuf create, drop;
	sqlite3_stmt *s = NULL;
	int rc;

	rc = sqlite3_prepare_v2(st->db, "SELECT name, sql FROM sqlite_schema"
	    " WHERE type = 'index' AND tbl_name = 'dialogues'"
	    " AND sql IS NOT NULL ORDER BY name", -1, &s, NULL);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	sb_init(&create);
	sb_init(&drop);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(s, 0);

		sb_add(&drop, "DROP INDEX \"");
		for (; *name != '\0'; name++) {
			if (*name == '"')
				sb_addc(&drop, '"');
			sb_addc(&drop, *name);
		}
		sb_add(&drop, "\";\n");
		sb_addf(&create, "%s;\n", sqlite3_column_text(s, 1));
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		sb_release(&create);
		sb_release(&drop);
		return store_sqlerr(st, rc, err);
	}
	rc = drop.len > 0 ? store_exec(st, drop.buf, err) : 0;
	sb_release(&drop);
	if (rc != 0 || create.len == 0) {
		sb_release(&create);
		return rc;
	}
	st->bulk_indexes = sb_detach(&create);
	return 0;
}

/* The indexes set aside, made again (at the commit) or forgotten (the
 * transaction's rollback restores them). */
static int
indexes_back(struct store *st, int make, struct dlg_error *err)
{
	int rc = 0;

	if (st->bulk_indexes == NULL)
		return 0;
	if (make)
		rc = store_exec(st, st->bulk_indexes, err);
	free(st->bulk_indexes);
	st->bulk_indexes = NULL;
	return rc;
}

int
store_bulk_begin_fresh(struct store *st, struct dlg_error *err)
{
	if (bulk_refused(st, err) != 0)
		return -1;
	st->bulk_journal = journal_mode(st, "delete") == 0;
	/* No savepoints, so nothing for temp_store MEMORY to keep in
	 * memory but the sorts that make the indexes again (32 MB at
	 * 200 000 dialogues, and slower): they go to temporary files. */
	if (bulk_begin(st, BULK_PRAGMAS "; PRAGMA temp_store = DEFAULT",
	    err) != 0) {
		journal_back(st);
		return -1;
	}
	/* The whole load or nothing (a demo stops at its first error):
	 * no savepoint for each action, whose pages the savepoint's journal
	 * would copy. */
	st->bulk_flat = 1;
	st->bulk_spoilt = 0;
	st->flat_depth = 0;
	if (indexes_set_aside(st, err) != 0) {
		store_bulk_rollback(st);
		return -1;
	}
	return 0;
}

int
store_bulk_commit(struct store *st, struct dlg_error *err)
{
	if (!st->bulk)
		return err_set(err, ERR_STORAGE,
		    _("no bulk load is in progress"));
	st->bulk = 0;
	st->bulk_flat = 0;
	if (st->bulk_spoilt) {
		indexes_back(st, 0, NULL);
		store_rollback(st);
		store_exec(st, NORMAL_PRAGMAS, NULL);
		journal_back(st);
		return err_set(err, ERR_STORAGE, _("a write of the bulk load "
		    "failed; nothing was written"));
	}
	if (indexes_back(st, 1, err) != 0 ||
	    store_exec(st, STORE_FTS_REBUILD_ALL "DELETE FROM fts_pause;",
	    err) != 0 || step_cached(st, STMT_COMMIT, err) != 0) {
		store_rollback(st);
		store_exec(st, NORMAL_PRAGMAS, NULL);
		journal_back(st);
		return -1;
	}
	store_exec(st, NORMAL_PRAGMAS, NULL);
	journal_back(st);
	if (st->need_checkpoint)
		store_finish_erasure(st);
	return 0;
}

void
store_bulk_rollback(struct store *st)
{
	if (!st->bulk)
		return;
	st->bulk = 0;
	st->bulk_flat = 0;
	indexes_back(st, 0, NULL);
	store_rollback(st);
	store_exec(st, NORMAL_PRAGMAS, NULL);
	journal_back(st);
}
