/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * store.h: the register file. The only module that includes <sqlite3.h>.
 * Opens and creates the file (mode 0660 or stricter), applies migrations
 * from PRAGMA user_version upward, and performs every user action as one
 * transaction that also writes the history rows. History is append-only
 * (triggers refuse UPDATE and DELETE) and never holds personal data.
 *
 * Every fallible function returns 0 or -1 and fills err with a translated
 * message; the SQLite text goes to err->detail. Error classes:
 * ERR_NOTFOUND (no such dialogue/row), ERR_CONFLICT (stale version, or
 * locked past the busy timeout), ERR_STORAGE (not a register, newer
 * schema, read-only, disk full, ...), ERR_REFUSED (constraint).
 * On any error the transaction is rolled back: the file is as before.
 *
 * A struct store is used by one thread at a time (the connection runs
 * without SQLite's mutexes). Locks wait up to 5000 ms before giving
 * ERR_CONFLICT; the environment variable DIALOGREG_BUSY_TIMEOUT (ms)
 * overrides that, for tests. Full-text search folds case but keeps å, ä
 * and ö apart from a and o (FTS5 unicode61, remove_diacritics 0).
 */
#ifndef DIALOGREG_STORE_H
#define DIALOGREG_STORE_H

#include "bodies.h"
#include "dialogue.h"

struct store;

#define STORE_CREATE	0x1	/* create file and directory if missing */
#define STORE_READONLY	0x2	/* open read-only; no migration */

/* The schema version this program writes. */
#define STORE_SCHEMA_VERSION 13

/*
 * Open the register at path. With STORE_CREATE, a missing file (and its
 * directory, mode 0770) is created with mode 0660 and the schema. An
 * existing register of an older schema is migrated (each step in one
 * transaction). Refuses, leaving the file untouched: a file that is not a
 * register, a newer schema, an unreadable file. *out owned by the caller:
 * store_close().
 *
 * A register is a SQLite file with PRAGMA application_id 0x44524547
 * ("DREG"). A new one is built aside ("PATH.new-XXXXXX") and linked into
 * place, so concurrent creators agree on one. An existing empty file is
 * made a register only with STORE_CREATE. Without STORE_READONLY a file or
 * folder without write access is refused before SQLite opens it;
 * STORE_READONLY refuses a register of an older schema (it would need a
 * migration).
 */
int store_open(const char *path, int flags, struct store **out,
    struct dlg_error *err);
void store_close(struct store *st);	/* accepts NULL */
/* The path given to store_open (borrowed). */
const char *store_path(const struct store *st);
/* The schema version of the file as opened (before migration); 0 for a
 * register this call created. */
int store_opened_version(const struct store *st);
/*
 * cb(path, from, to, arg) is called by an open that is about to upgrade
 * a register of an older schema (not one it creates), before the first
 * step: at national size a step can take a minute (the full-text
 * indexes are made again), and the caller can say so. NULL, the
 * default, for nothing. For the whole process.
 */
void store_set_upgrade_notice(void (*cb)(const char *path, int from,
    int to, void *arg), void *arg);

/*
 * One write transaction around reads and actions (a command that loads a
 * dialogue, changes it and saves it): the write lock is taken at once
 * (BEGIN IMMEDIATE), so what is read inside is what the actions write
 * over, and nobody else can change it in between. Actions inside use
 * savepoints; a failing action undoes only itself. The lock is waited
 * for up to the busy timeout and tried again twice before ERR_CONFLICT.
 * store_write_rollback accepts a store without a write in progress.
 *
 * Every write (an action, a bulk load, this) first checks that the path
 * still names the file opened (device and inode): a register moved,
 * replaced or deleted since it was opened is refused with ERR_STORAGE.
 */
int store_write_begin(struct store *st, struct dlg_error *err);
int store_write_commit(struct store *st, struct dlg_error *err);
void store_write_rollback(struct store *st);

/* Bulk mode: one transaction around many actions (demo data). Actions
 * inside use savepoints instead of their own transactions.
 * A failing action undoes only itself; the search index is brought up to
 * date by store_bulk_commit (searches in between do not see the new rows)
 * and foreign keys are not checked. store_close() of a store in bulk mode
 * rolls the bulk load back. */
int store_bulk_begin(struct store *st, struct dlg_error *err);
/*
 * The same for a register that is being filled for the first time (a
 * demo): the load goes through a rollback journal instead of the
 * write-ahead log, so that its pages are written once, not once to the
 * log and again at the checkpoint; the new pages need no journal, and a
 * crash still leaves the register as it was. The write-ahead log is back
 * after the end. When another connection has the register open the mode
 * cannot change, and the load is an ordinary bulk load.
 */
int store_bulk_begin_fresh(struct store *st, struct dlg_error *err);
int store_bulk_commit(struct store *st, struct dlg_error *err);
void store_bulk_rollback(struct store *st);

/* ------------------------------------------------------------ settings */

/* Defaults overlaid with the register's settings table. Caller clears
 * with dlg_settings_clear(). */
int store_settings_load(struct store *st, struct dlg_settings *out,
    struct dlg_error *err);
/* Validate (dlg_settings_set) and store one setting; history row with
 * field "setting:KEY". While the list of bodies holds entries,
 * council_name must name a political body of it and is stored as its
 * full name [T5]. */
int store_setting_set(struct store *st, const char *key, const char *value,
    const char *who, struct dlg_error *err);

/*
 * The register's identity (schema 9): 32 lowercase hexadecimal digits
 * made at random when the register, or its migration to schema 9, was
 * made, and kept for its life; calendar files derive their events' UIDs
 * from it. *out: caller frees. ERR_STORAGE when the row is missing or
 * not such digits (a register changed by another tool).
 */
int store_register_uid(struct store *st, char **out, struct dlg_error *err);

/* Built-in methods plus the register's own. Caller clears. */
int store_methods_load(struct store *st, struct dlg_methods *out,
    struct dlg_error *err);
int store_method_add(struct store *st, const char *name, int step,
    const char *who, struct dlg_error *err);

/* ------------------------------------------------------------ bodies */

/*
 * The register's list of bodies (schema 7, src/store/bodies.c), in its
 * order; an empty list is a register that does not use one (every name
 * accepted). Caller clears with dlg_bodies_clear().
 */
int store_bodies_load(struct store *st, struct dlg_bodies *out,
    struct dlg_error *err);
/*
 * Add b at the end of the list, checked with dlg_body_check against the
 * list as stored. The first entry of an empty list brings the council
 * along [T5]: unless b is it, the body the setting council_name names is
 * added first (kind council, political, abbreviation KF when free) and
 * *council_added (may be NULL) set to 1. A history row "body:NAME" for
 * each, its new value dlg_body_value. One transaction.
 */
int store_body_add(struct store *st, const struct dlg_body *b,
    const char *who, int *council_added, struct dlg_error *err);
/*
 * Change the entry that name names (its name or abbreviation, any case)
 * to b: ERR_NOTFOUND when none does. A new name for a body that
 * dialogues name is refused, saying how many; a new name for the council
 * the setting council_name names changes the setting along (its own
 * history row). History row "body:NAME" (the old name) with the old and
 * the new value. Nothing changed: 0, nothing written. One transaction.
 */
int store_body_edit(struct store *st, const char *name,
    const struct dlg_body *b, const char *who, struct dlg_error *err);
/*
 * Remove the entry that name names (ERR_NOTFOUND when none). Refused
 * (ERR_REFUSED) when dialogues name it, saying how many, and for the
 * council the setting council_name names while other entries remain.
 * History row "body:NAME" with the old value. One transaction.
 */
int store_body_remove(struct store *st, const char *name, const char *who,
    struct dlg_error *err);
/* The number of dialogues that name the body name (any case) in a field
 * of a body role (dlg_body_field_role) or as a feedback's sender. */
int store_body_uses(struct store *st, const char *name, long *n,
    struct dlg_error *err);

/* ------------------------------------------------------------ dialogues */

/*
 * Store a new dialogue d (state, scalars, lists). Assigns d->id, d->ref
 * ("MD-YYYY-NNN", YYYY from today, NNN the next serial of that year,
 * unique across concurrent processes), d->version = 1, d->created. Writes
 * a history row "created" plus one per non-empty field. One transaction.
 */
int store_dialogue_create(struct store *st, struct dialogue *d, long today,
    const char *who, struct dlg_error *err);

/*
 * Load the dialogue ref with everything: scalars, lists, derived counts,
 * sessions and feedback. *out: caller frees with dlg_free(). ERR_NOTFOUND
 * when there is no such reference.
 */
int store_dialogue_load(struct store *st, const char *ref,
    struct dialogue **out, struct dlg_error *err);

/*
 * Save d (a modified copy of a loaded dialogue) if the stored version is
 * still expected_version. Writes one history row per changed field (old,
 * new, reason; "state" for transitions), bumps the version (d->version is
 * updated). A stale version is refused with ERR_CONFLICT and a message
 * naming who changed which fields meanwhile. One transaction.
 * Nothing changed: returns 0 and the version stays.
 */
int store_dialogue_update(struct store *st, struct dialogue *d,
    long long expected_version, const char *reason, const char *who,
    struct dlg_error *err);

/* ------------------------------------------------------------ listing */

enum store_sort {
	SORT_REF, SORT_TITLE, SORT_STATE, SORT_DEADLINE, SORT_START,
	SORT_UPDATED, SORT_BODY,
};

struct store_query {
	unsigned	 states;	/* bitmask 1u << state; 0 = all */
	const char	*body;		/* bodies concerned contains (exact, nocase) */
	int		 year;		/* year of the reference; 0 = all */
	const char	*text;		/* full-text: title, question, contributions */
	enum store_sort	 sort;
	int		 desc;
	long		 limit;		/* 0 = no limit */
	long		 offset;
	/* Keyset paging: only the rows after the dialogue with this storage
	 * id in the query's order (0: from the start); with before, the
	 * rows before it instead, nearest first. The anchor need not match
	 * the filter. store_count ignores both. */
	long long	 after;
	int		 before;
};

/*
 * Call cb once per matching dialogue, in order. The dialogue is a light
 * load: scalars, lists and derived counts, no sessions/feedback arrays;
 * it is borrowed for the call only. cb returns 0 to go on, non-zero to
 * stop (store_list then returns 0). Returns -1 on storage error.
 * text: each word must occur (as a word prefix) in the title or question
 * or in one contribution's text or themes, cut into words as the index
 * cuts them ("e-post" is "e" and the prefix "post", anywhere in that
 * text); text with no word in it matches nothing, blank text is no
 * filter. Any typed text is safe.
 */
int store_list(struct store *st, const struct store_query *q,
    int (*cb)(const struct dialogue *d, void *arg), void *arg,
    struct dlg_error *err);
/* As store_list, but cb gets only each dialogue's storage id: nothing
 * is loaded. cb returns 0 to go on, 1 to stop, -1 to stop with an error
 * it has set (store_list_ids then returns -1). */
int store_list_ids(struct store *st, const struct store_query *q,
    int (*cb)(long long id, void *arg), void *arg, struct dlg_error *err);
/* The storage id of the dialogue ref, for store_query.after (ERR_NOTFOUND
 * when there is none). */
int store_dialogue_id(struct store *st, const char *ref, long long *id,
    struct dlg_error *err);
/* Each name that is a body concerned of some dialogue, once (names that
 * differ only in case may each come), for picking one; nothing else of
 * the dialogues is read. cb returns non-zero to stop. */
int store_body_names(struct store *st,
    int (*cb)(const char *name, void *arg), void *arg, struct dlg_error *err);
/*
 * A full-text search read a little at a time (the screens' search): the
 * dialogues whose title or question matches text in storage id order,
 * then those with a matching contribution in the contributions' id
 * order, the same words as store_query.text. A thread reads the register
 * on a connection of its own meanwhile, so no step waits for the index.
 * store_search_open returns 0 with *out NULL when nothing in text can be
 * searched for.
 */
struct store_search;
int store_search_open(struct store *st, const char *text,
    struct store_search **out, struct dlg_error *err);
/* Take at most n more rows, cb(dialogue id, arg) for each match (a
 * dialogue may come more than once). 1 when everything is read, 0 when
 * more is left, 2 when no row is ready yet (the thread is reading), -1
 * on error. */
int store_search_step(struct store_search *ss, long n,
    void (*cb)(long long id, void *arg), void *arg, struct dlg_error *err);
/* How far the search has read: every dialogue with an id up to *dlg and
 * every contribution with an id up to *contrib has been seen (each
 * LLONG_MAX when its part is read to the end). */
void store_search_passed(const struct store_search *ss, long long *dlg,
    long long *contrib);
/* Before a write or another screen (the search's own connection holds no
 * write back: nothing to do; kept for the callers). */
void store_search_suspend(struct store_search *ss);
void store_search_close(struct store_search *ss);
/* The highest storage id of dialogue id's contributions (0: none). */
int store_contrib_last(struct store *st, long long id, long long *last,
    struct dlg_error *err);
/* The highest storage id of a dialogue (0: the register is empty). */
int store_dialogue_last(struct store *st, long long *last,
    struct dlg_error *err);

/* Number of matching dialogues. */
int store_count(struct store *st, const struct store_query *q, long *count,
    struct dlg_error *err);
/* The length of the longest reference in the register (references are
 * ASCII: characters = display cells); 0 when it is empty. */
int store_ref_width(struct store *st, int *width, struct dlg_error *err);

/* ------------------------------------------------------------ children */

/* Add a session to ref; sets s->id. Bumps the dialogue version, writes a
 * history row. */
int store_session_add(struct store *st, const char *ref,
    struct dlg_session *s, const char *who, struct dlg_error *err);
/* Add feedback to ref; sets f->id. */
int store_feedback_add(struct store *st, const char *ref,
    struct dlg_feedback *f, const char *who, struct dlg_error *err);
/* Add a contribution; sets c->id and c->created. The history row says
 * whether contact details were given, never what they are. */
int store_contribution_add(struct store *st, const char *ref,
    struct dlg_contribution *c, const char *who, struct dlg_error *err);
/* Add the n contributions v to ref as one change: each gets its id and
 * its history rows as with store_contribution_add, all under one new
 * version of the dialogue. All or nothing. */
int store_contributions_add(struct store *st, const char *ref,
    struct dlg_contribution *v, size_t n, const char *who,
    struct dlg_error *err);
/*
 * Child record id of kind k of the fully loaded dialogue d into rec (an
 * empty record of that kind, the caller's to clear): its id, its fields
 * and, for a contribution (read from the store), when it was recorded
 * and whether its contact details were erased. Returns 1 when found, 0
 * when d has no such record, -1 with err set.
 */
int store_child_find(struct store *st, const struct dialogue *d,
    enum dlg_child k, long long id, void *rec, struct dlg_error *err);
/* Call cb for each contribution of ref, oldest first (borrowed). */
int store_contributions(struct store *st, const char *ref,
    int (*cb)(const struct dlg_contribution *c, void *arg), void *arg,
    struct dlg_error *err);
/* Erase the contact details of contribution id of ref (GDPR): the value is
 * overwritten, no copy remains (secure_delete, and a truncating
 * checkpoint of the write-ahead log), history says "erased".
 * ERR_NOTFOUND when there is no such contribution on ref. No contact
 * stored (never given, or erased before): returns 0, nothing written.
 * While another connection reads, the log cannot be emptied at once:
 * store_erasure_pending() then says 1, and the next store_close, write
 * or store_open of the register (by any process) finishes it. */
int store_contribution_erase_contact(struct store *st, const char *ref,
    long long id, const char *who, struct dlg_error *err);
/* 1 when an erasure made through st still has old copies in the
 * register's write-ahead log (see store_contribution_erase_contact). */
int store_erasure_pending(const struct store *st);

/*
 * Editing a child record: the row v->id of ref gets every column from v
 * (the whole record, as after the add; v is checked with the domain's
 * dlg_session_check / dlg_feedback_check / dlg_contribution_check first,
 * ERR_REFUSED). One transaction: a row that is not ref's is refused with
 * ERR_NOTFOUND; when the dialogue's version is no longer
 * expected_version, ERR_CONFLICT with the message of
 * store_dialogue_update (who changed what meanwhile). Each changed column
 * gets a history row named "session 3 place", "feedback 2 text",
 * "contribution 5 session" (old and new value) under the dialogue's next
 * version. Nothing changed: returns 0 and the version stays.
 */
int store_session_update(struct store *st, const char *ref,
    const struct dlg_session *v, long long expected_version,
    const char *who, struct dlg_error *err);
int store_feedback_update(struct store *st, const char *ref,
    const struct dlg_feedback *v, long long expected_version,
    const char *who, struct dlg_error *err);
/* As above. v->session_id (0 = none) must be one of ref's sessions
 * (ERR_NOTFOUND). Contact details never reach the history: the row
 * "contribution 5 contact" says "given", "changed" or "erased" (an empty
 * contact erases them: overwritten as store_contribution_erase_contact
 * does). created and contact_erased of v are not used. The full-text
 * index follows text and themes. */
int store_contribution_update(struct store *st, const char *ref,
    const struct dlg_contribution *v, long long expected_version,
    const char *who, struct dlg_error *err);

/* ------------------------------------------------------------ history */

struct store_history_row {
	long long	 id;
	long long	 version;	/* dialogue version this change made */
	const char	*at;		/* "2026-11-24T10:15:00Z" */
	const char	*who;
	const char	*field;		/* field name, "state", "created",
					   "session", "feedback", "contribution",
					   "contribution_contact", "setting:KEY",
					   "method:NAME"; edits of a child
					   record: "session 3 place" */
	const char	*old_value;	/* may be NULL */
	const char	*new_value;	/* may be NULL */
	const char	*reason;	/* may be NULL */
};
/* Call cb for each history row of ref, oldest first (borrowed). ref NULL:
 * the register-wide rows (settings, methods). Values: "created" has the
 * first state, "session"/"feedback" the date, "contribution" its id,
 * "contribution_contact" "given"/"erased", "method:NAME" the step. */
int store_history(struct store *st, const char *ref,
    int (*cb)(const struct store_history_row *h, void *arg), void *arg,
    struct dlg_error *err);

/* ------------------------------------------------------------ watching */

/*
 * A number that changes whenever another connection (another process, or
 * another store_open in this one) committed a change to the register
 * since the last call; this connection's own changes do not change it
 * (PRAGMA data_version). Cheap: no table is read. The screens poll it to
 * reload what they show.
 */
int store_data_version(struct store *st, long long *out,
    struct dlg_error *err);

/* The number of rows this connection has written since it was opened:
 * the same before and after a screen when it saved nothing. */
long long store_changes(struct store *st);

/*
 * Make the page cache kib KiB at most (the screens keep 4 MiB, so the
 * program stays small whatever is shown; a cache is filled only as pages
 * are read).
 */
int store_cache_limit(struct store *st, int kib, struct dlg_error *err);

/* ------------------------------------------------------------ import */

/*
 * A file that contributions were imported from (schema 3). digest is
 * "sha256:" and 64 lowercase hex digits of the file's bytes; file_name
 * its base name as given (may be NULL); rows the contributions imported.
 */
struct store_import {
	long long	 id;
	const char	*ref;		/* the dialogue imported into */
	const char	*digest;
	const char	*file_name;
	long long	 rows;
	const char	*at;		/* "2026-11-24T10:15:00Z" */
	const char	*who;
};

/*
 * Call cb for each import of a file with this digest (NULL: every
 * import), oldest first; the row is borrowed for the call. cb returns
 * non-zero to stop.
 */
int store_imports(struct store *st, const char *digest,
    int (*cb)(const struct store_import *im, void *arg), void *arg,
    struct dlg_error *err);

/*
 * Import contributions into ref, all or nothing, in one transaction: next
 * gives them one by one (1: *c filled, owned by the store from then on;
 * 0: no more; -1: an error in err, the import is rolled back). Each gets
 * an id and created (c->created when set, e.g. the survey's date, else
 * now), a history row "contribution" (and "contribution_contact" "given",
 * never the value), all under one new version of the dialogue with a row
 * "import" whose new value is the count; and a row in the imports table
 * for im (digest, file_name; the rest is filled in). Unless force is set,
 * a digest already imported (into any dialogue) is refused with
 * ERR_REFUSED and a message saying where, when and by whom. A session id
 * must be one of ref's sessions. total is what progress (may be NULL) is
 * told, every 1000 rows and at the end; *done (may be NULL) the count
 * imported. On any error nothing is written.
 */
int store_contributions_import_stream(struct store *st, const char *ref,
    int (*next)(struct dlg_contribution *c, void *arg, struct dlg_error *err),
    void *next_arg, size_t total, const struct store_import *im, int force,
    const char *who, void (*progress)(size_t done, size_t total, void *arg),
    void *arg, size_t *done, struct dlg_error *err);

/* ------------------------------------------------------------ backup */

/*
 * Reading the whole register for a backup: store_read_begin takes one
 * read snapshot (other writers go on; this reader sees none of their
 * changes) until store_read_end. The iterators below give the rows as
 * stored, in a fixed order, each borrowed for the call; cb returns
 * non-zero to stop.
 */
int store_read_begin(struct store *st, struct dlg_error *err);
void store_read_end(struct store *st);
/* The settings stored in the register (not the defaults), by key. */
int store_settings_each(struct store *st,
    int (*cb)(const char *key, const char *value, void *arg), void *arg,
    struct dlg_error *err);
/* The register's own methods (not the built-in ones), by name. */
int store_methods_each(struct store *st,
    int (*cb)(const char *name, int step, void *arg), void *arg,
    struct dlg_error *err);
/* Every dialogue, fully loaded (sessions and feedback), by id. */
int store_dialogues_each(struct store *st,
    int (*cb)(const struct dialogue *d, void *arg), void *arg,
    struct dlg_error *err);
/* Every history row of the register by id, with the reference of its
 * dialogue (NULL for register-wide rows); a version 0 is none (NULL). */
int store_history_each(struct store *st,
    int (*cb)(const struct store_history_row *h, const char *ref,
    void *arg), void *arg, struct dlg_error *err);

/*
 * Restoring a backup into an empty register, everything with its ids,
 * times and versions as given: store_restore_begin starts one write
 * transaction and refuses (ERR_REFUSED) a register that holds anything
 * (dialogues, history, settings, own methods or imports); the adders
 * insert; store_restore_commit ends it. After an error of an adder the
 * caller calls store_restore_rollback: the register stays empty (no
 * bodies either). Strings
 * are stored exactly (NULL stays NULL, "" stays ""). Values are checked:
 * states, tokens, dates and amounts canonical, text valid UTF-8 without
 * stray control characters; a bad value is refused with ERR_REFUSED
 * naming the reference and the field.
 */
int store_restore_begin(struct store *st, struct dlg_error *err);
int store_restore_setting(struct store *st, const char *key,
    const char *value, struct dlg_error *err);
int store_restore_method(struct store *st, const char *name, int step,
    struct dlg_error *err);
/* The register's identity (32 lowercase hexadecimal digits) in place of
 * the one the new register was made with, so that calendars written
 * from the restored register keep their UIDs. */
int store_restore_identity(struct store *st, const char *uid,
    struct dlg_error *err);
/* An entry of the list of bodies, after those restored before
 * (checked with dlg_body_check against them). */
int store_restore_body(struct store *st, const struct dlg_body *b,
    struct dlg_error *err);
/* d: id, ref ("MD-YYYY-NNN"), state, version, created, updated,
 * updated_by, scalars, lists, sessions and feedback with their ids. */
int store_restore_dialogue(struct store *st, const struct dialogue *d,
    struct dlg_error *err);
/* A contribution of ref (restored before) with its id and created. */
int store_restore_contribution(struct store *st, const char *ref,
    const struct dlg_contribution *c, struct dlg_error *err);
/* A history row (ref NULL: register-wide) with its id. */
int store_restore_history(struct store *st, const char *ref,
    const struct store_history_row *h, struct dlg_error *err);
/* An import row (its ref restored before) with its id. */
int store_restore_import(struct store *st, const struct store_import *im,
    struct dlg_error *err);
int store_restore_commit(struct store *st, struct dlg_error *err);
void store_restore_rollback(struct store *st);

#endif
