/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store-int.h: what the files of the store share and nobody else sees:
 * struct store with its cache of prepared statements, transactions that
 * become savepoints in bulk mode, the mapping of SQLite result codes to
 * dlg_error, the history writer and the reading of a dialogue row.
 */
#ifndef DIALOGREG_STORE_INT_H
#define DIALOGREG_STORE_INT_H

#include <sqlite3.h>
#include <stdio.h>

#include "store.h"

/*
 * PRAGMA application_id of a register ("DREG"). A SQLite file with another
 * id, or with tables but no id, is not a register and is left alone.
 */
#define STORE_APPLICATION_ID	0x44524547

/* Fill the full-text indexes from the tables (migration 2). */
#define STORE_FTS_REBUILD \
	"INSERT INTO dialogue_fts (dialogue_fts) VALUES ('rebuild');\n" \
	"INSERT INTO contribution_fts (contribution_fts) VALUES ('rebuild');\n"

/*
 * The same for tables that may hold a whole register (migrations 12
 * and 13, the end of a bulk load). FTS5 writes its pending terms out as
 * a new segment whenever they pass 'hashsize' (1 MiB by default), and
 * merges segments whenever 'automerge' of them (4) pile up on one level,
 * so every term is rewritten once per level. At 200 000 dialogues the rebuild took 102 s
 * of CPU; with 4 MiB and merges of 16, 60 s, and a demo stayed within
 * 16 MB of memory (merges of 32 or 64 were slower). Both are kept in the
 * index's config table, so they are set back to the defaults after:
 * later writes are small.
 */
#define STORE_FTS_CONFIG(t, k, n) \
	"INSERT INTO " t " (" t ", rank) VALUES ('" k "', " #n ");\n"
#define STORE_FTS_MERGES(t, hash, merge) \
	STORE_FTS_CONFIG(t, "hashsize", hash) \
	STORE_FTS_CONFIG(t, "automerge", merge)
#define STORE_FTS_REBUILD_ALL \
	STORE_FTS_MERGES("dialogue_fts", 4194304, 16) \
	STORE_FTS_MERGES("contribution_fts", 4194304, 16) \
	STORE_FTS_REBUILD \
	STORE_FTS_MERGES("dialogue_fts", 1048576, 4) \
	STORE_FTS_MERGES("contribution_fts", 1048576, 4)

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
	STMT_SESSION_OF,
	STMT_CONTRIB_GET,
	STMT_CONTRIB_ERASE,
	STMT_DLG_SORT_KEYS,
	STMT_NSTMTS
};

/*
 * The statements of a child table, built at open from the domain's table
 * of its fields (column names = field names, dlg_child_column):
 *   CSQL_INSERT: ?1 dialogue id, ?2.. the fields in table order; for
 *     contributions then ?N+2 the time recorded (contact_erased 0);
 *   CSQL_UPDATE: ?1 the row's id, ?2.. the fields; for contributions
 *     then ?N+2 contact_erased;
 *   CSQL_GET: the row ?1 of dialogue ?2; CSQL_LOAD: the rows of dialogue
 *     ?1 (sessions and feedback by date, contributions by id). Both
 *     select id, the fields, and for contributions contact_erased and
 *     created (store_read_child reads them).
 */
enum { CSQL_INSERT, CSQL_UPDATE, CSQL_GET, CSQL_LOAD, CSQL_N };

struct store {
	sqlite3		*db;
	char		*path;
	int		 flags;
	int		 opened_version;
	int		 bulk;		/* inside store_bulk_begin */
	int		 bulk_journal;	/* ... through a rollback journal */
	/* A fresh load (store_bulk_begin_fresh): actions inside take no
	 * savepoints; one that fails after writing spoils the whole load,
	 * which store_bulk_commit then refuses. */
	int		 bulk_flat;
	int		 bulk_spoilt;
	/* ... and the dialogues' indexes it dropped, made again at its
	 * commit: their CREATE statements, or NULL. */
	char		*bulk_indexes;
	int		 flat_depth;
	long long	 flat_changes;	/* sqlite3_total_changes at depth 0 */
	int		 in_write;	/* inside store_write_begin */
	/* The file opened: every write action checks the path still
	 * names it (open.c, store_check_same_file). */
	unsigned long long file_dev, file_ino;
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
	char		*sql_child[DLG_NCHILDREN][CSQL_N];
	sqlite3_stmt	*child_stmt[DLG_NCHILDREN][CSQL_N];
	/* The full-text indexes' tokenizer, made at the first search
	 * (list.c); NULL until then. */
	fts5_tokenizer	 fts_tk;
	Fts5Tokenizer	*fts_tok;
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
/*
 * ERR_STORAGE when the path no longer names the file opened (moved,
 * replaced or deleted since): a write there would be lost. */
int store_check_same_file(struct store *st, struct dlg_error *err);
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
/* Every scalar field of dlg_fields has its column in dialogues, and
 * every child field its column in the child's table. */
int store_schema_check(struct store *st, struct dlg_error *err);
/*
 * The file holds exactly the tables, indexes, triggers and views the
 * migrations up to version make (same names, same SQL): anything else,
 * changed or missing is refused with ERR_STORAGE naming it. Reads only.
 */
int store_schema_foreign(struct store *st, int version,
    struct dlg_error *err);
/* The migration steps: store_migrations[v] takes version v to v + 1. */
extern const char *const store_migrations[STORE_SCHEMA_VERSION];

/*
 * The schema of a new register as the build made it: schema-built.c,
 * written at build time by mkschema from the migrations replayed in
 * memory, and linked into the program. With it, store_schema_foreign
 * compares a register of the current version with this table instead of
 * replaying every migration at every open (a quarter of a short
 * command's time); without it (tests, mkschema itself), and for older
 * versions, it replays them. Weak: absent unless linked in.
 */
struct store_schema_row {
	const char	*type, *name, *sql;	/* sql NULL for autoindexes */
};
extern const int store_schema_built_version __attribute__((weak));
extern const struct store_schema_row store_schema_built[]
    __attribute__((weak));
extern const size_t store_schema_nbuilt __attribute__((weak));
/* Write schema-built.c for STORE_SCHEMA_VERSION to fp (mkschema). */
int store_schema_write_built(FILE *fp);
/* 0 when the table linked in is the migrations' schema; -1 when it
 * differs or none is linked in. */
int store_schema_built_check(void);

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
/* Write the list's sort keys of dialogue id (title, first body) from its
 * row and items: after every write of either. */
int store_sort_keys(struct store *st, long long id, struct dlg_error *err);
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

/* Build the SQL texts of the child tables (sql_child) from the domain's
 * tables of their fields. */
void store_build_child_sql(struct store *st);
/* The cached statement which (CSQL_*) of kind k, prepared on first use;
 * NULL and err set when it cannot be prepared. */
sqlite3_stmt *store_child_stmt(struct store *st, enum dlg_child k,
    int which, struct dlg_error *err);
/* A child record of kind k (struct dlg_session, dlg_feedback or
 * dlg_contribution) from the current row of a statement selecting the
 * columns of CSQL_GET: fresh copies into rec, which the caller clears. */
void store_read_child(enum dlg_child k, sqlite3_stmt *s, void *rec);

/*
 * Complete an erasure of contact details: a truncating checkpoint, then
 * the row of erase_pending removed and the log emptied again. 0 when
 * nothing is left to do (need_checkpoint cleared); -1 when another
 * connection still holds the log (it stays set, the row stays).
 */
int store_finish_erasure(struct store *st);

/* ---- bodies.c */

/*
 * The hook of store_setting_set for a setting that names a body: for
 * council_name, while the list of bodies holds entries, value must name
 * a political one and *canon gets its full name (caller frees); else
 * *canon is NULL and 0 returned. Inside the setting's write action.
 */
int store_bodies_setting(struct store *st, const char *key,
    const char *value, char **canon, struct dlg_error *err);

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

/* SQLite's defensive settings for a connection to a register file
 * (open.c): every connection the program opens gets them. */
int store_harden(sqlite3 *db);

/* Wait until every search given up while it read has ended (list.c). */
void store_search_wait_given_up(void);
/* Delete the full-text tokenizer a search made (list.c), before the
 * connection closes. */
void store_fts_forget(struct store *st);

#endif
