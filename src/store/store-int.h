/*
 * store-int.h: what the files of the store share and nobody else sees:
 * struct store with its cache of prepared statements, transactions that
 * become savepoints in bulk mode, the mapping of SQLite result codes to
 * dlg_error, the history writer and the reading of a dialogue row.
 */
#ifndef DIALOGREG_STORE_INT_H
#define DIALOGREG_STORE_INT_H

#include <sqlite3.h>

#include "store.h"

/*
 * PRAGMA application_id of a register ("DREG"). A SQLite file with another
 * id, or with tables but no id, is not a register and is left alone.
 */
#define STORE_APPLICATION_ID	0x44524547

/* Fill the full-text indexes from the tables (migration 2, bulk mode). */
#define STORE_FTS_REBUILD \
	"INSERT INTO dialogue_fts (dialogue_fts) VALUES ('rebuild');\n" \
	"INSERT INTO contribution_fts (contribution_fts) VALUES ('rebuild');\n"

/* Busy timeout in ms; the environment variable overrides it (tests). */
#define STORE_BUSY_TIMEOUT	5000
#define STORE_BUSY_ENV		"DIALOGREG_BUSY_TIMEOUT"

/* Most history rows one INSERT statement writes (one action's rows go
 * in as few statements as possible: a new dialogue has dozens). */
#define STORE_HIST_BATCH	16

/* The statements kept prepared for the life of the connection. */
enum store_stmt_id {
	STMT_BEGIN,
	STMT_COMMIT,
	STMT_ROLLBACK,
	STMT_SAVEPOINT,
	STMT_RELEASE,
	STMT_ROLLBACK_TO,
	STMT_DLG_FIND,
	STMT_DLG_TOUCH,
	STMT_DLG_NEXT_SERIAL,
	STMT_DLG_BY_REF,	/* built at open from the field table */
	STMT_DLG_BY_ID,		/* built at open */
	STMT_DLG_INSERT,	/* built at open */
	STMT_DLG_UPDATE,	/* built at open */
	STMT_ITEMS_LOAD,
	STMT_ITEMS_DELETE,
	STMT_ITEMS_INSERT,
	STMT_SESSION_ADD,
	STMT_SESSION_OF,
	STMT_SESSIONS_LOAD,
	STMT_FEEDBACK_ADD,
	STMT_FEEDBACK_LOAD,
	STMT_CONTRIB_ADD,
	STMT_CONTRIB_GET,
	STMT_CONTRIB_ERASE,
	STMT_SESSION_GET,
	STMT_SESSION_UPDATE,
	STMT_FEEDBACK_GET,
	STMT_FEEDBACK_UPDATE,
	STMT_CONTRIB_ROW,
	STMT_CONTRIB_UPDATE,
	STMT_NSTMTS
};

struct store {
	sqlite3		*db;
	char		*path;
	int		 flags;
	int		 opened_version;
	int		 bulk;		/* inside store_bulk_begin */
	int		 need_checkpoint;	/* an erasure waits */
	sqlite3_stmt	*stmt[STMT_NSTMTS];
	/* History inserts of 1..STORE_HIST_BATCH rows in one statement. */
	sqlite3_stmt	*hist[STORE_HIST_BATCH + 1];
	/* SQL naming the field columns, built at open */
	char		*sql_dlg_select;
	char		*sql_dlg_by_ref;
	char		*sql_dlg_by_id;
	char		*sql_dlg_insert;
	char		*sql_dlg_update;
};

/*
 * Columns of a dialogue row as selected by sql_dlg_select: fixed columns,
 * the scalars in field order, then the derived counts.
 */
enum {
	DCOL_ID,
	DCOL_REF,
	DCOL_STATE,
	DCOL_VERSION,
	DCOL_CREATED,
	DCOL_UPDATED,
	DCOL_UPDATED_BY,
	DCOL_SCALARS,
	DCOL_N_SESSIONS = DCOL_SCALARS + DLG_NSCALARS,
	DCOL_LAST_SESSION,
	DCOL_N_PARTICIPANTS,
	DCOL_N_FEEDBACK,
	DCOL_FIRST_FEEDBACK,
	DCOL_N_CONTRIBUTIONS,
	DCOL_COUNT
};

/* ---- open.c */

/*
 * Map a SQLite result code to err: busy/locked -> ERR_CONFLICT, full,
 * read-only, damaged, I/O -> ERR_STORAGE, constraint -> ERR_REFUSED. The
 * SQLite text goes to err->detail only. Returns -1.
 */
int store_sqlerr(struct store *st, int rc, struct dlg_error *err);
/* The cached statement id, prepared on first use and reset. NULL and err
 * set when it cannot be prepared. */
sqlite3_stmt *store_stmt(struct store *st, enum store_stmt_id id,
    struct dlg_error *err);
/* Reset s and clear its bindings (accepts NULL). */
void store_stmt_done(sqlite3_stmt *s);
/* Run SQL without results (no user values in it). */
int store_exec(struct store *st, const char *sql, struct dlg_error *err);
/*
 * Begin a write action: BEGIN IMMEDIATE, or a savepoint in bulk mode.
 * Every successful store_begin is ended by store_commit or store_rollback.
 */
int store_begin(struct store *st, struct dlg_error *err);
int store_commit(struct store *st, struct dlg_error *err);
void store_rollback(struct store *st);
/* Checkpoint the WAL and truncate it, so no page of it keeps old values.
 * Returns 0 when the checkpoint was complete. */
int store_checkpoint(struct store *st);

/* Bind s (NULL or "" as SQL NULL; text must outlive the step). */
int store_bind_text(sqlite3_stmt *s, int i, const char *text);
/* A copy of column i, NULL for SQL NULL. */
char *store_col_dup(sqlite3_stmt *s, int i);

/* ---- schema.c */

/* Apply the migrations above the file's version, each in one
 * transaction; concurrent openers wait and re-read the version. */
int store_schema_migrate(struct store *st, struct dlg_error *err);
/* Every scalar field of dlg_fields has its column in dialogues. */
int store_schema_check(struct store *st, struct dlg_error *err);
/* The migration steps: store_migrations[v] takes version v to v + 1. */
extern const char *const store_migrations[STORE_SCHEMA_VERSION];

/* ---- collate.c */

/* Register the SQL function dlg_fold(text) (case folding for Swedish
 * letters) and the collation dlg_sv (Swedish alphabetical order). */
int store_register_functions(sqlite3 *db);

/* ---- dialogue.c */

/* Build the SQL texts that name the field columns. */
void store_build_sql(struct store *st);
/* The id and version of ref; ERR_NOTFOUND when there is none. */
int store_dialogue_find(struct store *st, const char *ref, long long *id,
    long long *version, struct dlg_error *err);
/* Set the version of dialogue id (the one store_dialogue_find gave in
 * this transaction, plus one) and updated/updated_by. */
int store_dialogue_touch(struct store *st, long long id, long long version,
    const char *at, const char *who, struct dlg_error *err);
/*
 * The refusal of a stale version of ref: ERR_CONFLICT with the message of
 * store_dialogue_update, naming who changed which fields after version
 * expected. Call it inside the write action that found the version
 * differs. Returns -1.
 */
int store_dialogue_conflict(struct store *st, const char *ref,
    long long expected, struct dlg_error *err);
/* A light dialogue (scalars, lists, counts) from the current row of a
 * statement selecting sql_dlg_select's columns. Caller frees. */
int store_read_dialogue(struct store *st, sqlite3_stmt *s,
    struct dialogue **out, struct dlg_error *err);
/* The state whose token is tok; -1 when none is. */
int store_state_from_token(const char *tok, enum dlg_state *out);

/* ---- children.c */

/* A session / feedback from the current row of a statement selecting
 * the columns of STMT_SESSION_GET / STMT_FEEDBACK_GET (fresh copies into
 * v, which the caller clears). */
void store_read_session(sqlite3_stmt *s, struct dlg_session *v);
void store_read_feedback(sqlite3_stmt *s, struct dlg_feedback *v);

/* ---- history.c */

/* One history row of an action: the field and its canonical values. */
struct store_hrow {
	const char	*field;
	const char	*old_value;	/* may be NULL */
	const char	*new_value;	/* may be NULL */
};

/*
 * Append the n rows of one action to the history. dialogue_id 0 =
 * register-wide (settings, methods); version 0 = none; reason may be
 * NULL. Must be called inside a write action.
 */
int store_history_add_rows(struct store *st, long long dialogue_id,
    long long version, const char *at, const char *who,
    const struct store_hrow *rows, size_t n, const char *reason,
    struct dlg_error *err);
/* The same for one row. */
int store_history_add(struct store *st, long long dialogue_id,
    long long version, const char *at, const char *who, const char *field,
    const char *old_value, const char *new_value, const char *reason,
    struct dlg_error *err);

#endif
