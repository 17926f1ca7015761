/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * children.c: the child records of a dialogue: sessions, feedback and
 * contributions, their SQL built at open from the domain's tables of
 * their fields (columns named as the fields, bound parameters only).
 * Adding or editing one runs the domain's one check, bumps the
 * dialogue's version and writes history rows, in one transaction; an
 * edit names each changed field ("session 3 place", old and new) and
 * refuses a stale version of the dialogue. Contact details of contributions are personal data: the
 * history only says that they were given, changed or erased, and erasing
 * overwrites the value in the file (secure_delete) and in the write-ahead
 * log (a truncating checkpoint).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store-int.h"
#include "i18n.h"

static int
step_done(struct store *st, sqlite3_stmt *s, struct dlg_error *err)
{
	int rc = sqlite3_step(s);

	if (rc != SQLITE_DONE) {
		store_sqlerr(st, rc, err);
		store_stmt_done(s);
		return -1;
	}
	store_stmt_done(s);
	return 0;
}

static int
is_empty(const char *s)
{
	return s == NULL || *s == '\0';
}

static int
same_text(const char *a, const char *b)
{
	if (is_empty(a))
		return is_empty(b);
	return b != NULL && strcmp(a, b) == 0;
}

/* ------------------------------------------------------------ actions */

/* One write action on the children of a dialogue. */
struct action {
	long long	 did;		/* the dialogue's id */
	long long	 version;	/* its version as stored */
	char		 now[32];
};

/*
 * Begin a write action on ref: the dialogue found and, when expected is
 * not negative, its version checked (ERR_CONFLICT as for the dialogue
 * itself). On error nothing is left open.
 */
static int
action_begin(struct store *st, const char *ref, long long expected,
    struct action *a, struct dlg_error *err)
{
	if (store_begin(st, err) != 0)
		return -1;
	if (store_dialogue_find(st, ref, &a->did, &a->version, err) != 0)
		goto fail;
	if (expected >= 0 && a->version != expected) {
		store_dialogue_conflict(st, ref, expected, err);
		goto fail;
	}
	dlg_now_iso(a->now, sizeof a->now);
	return 0;
fail:
	store_rollback(st);
	return -1;
}

/* End the action: the dialogue's next version with the n history rows
 * under it, committed. On error it is rolled back. */
static int
action_commit(struct store *st, struct action *a, const char *who,
    const struct store_hrow *rows, size_t n, struct dlg_error *err)
{
	a->version++;
	if (store_dialogue_touch(st, a->did, a->version, a->now, who,
	    err) != 0 || store_history_add_rows(st, a->did, a->version,
	    a->now, who, rows, n, NULL, err) != 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

/* Step a statement that reads the row id of dialogue a->did: 0 on a row,
 * else -1 with ERR_NOTFOUND naming the kind of row, or the storage
 * error; the statement is reset then. */
static int
row_of(struct store *st, sqlite3_stmt *s, const char *ref, long long id,
    const struct action *a, enum dlg_child kind, struct dlg_error *err)
{
	int rc;

	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int64(s, 2, a->did);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		return 0;
	if (rc != SQLITE_DONE)
		store_sqlerr(st, rc, err);
	else if (kind == DLG_CHILD_SESSION)
		err_set(err, ERR_NOTFOUND, _("%s has no session %lld"), ref,
		    id);
	else if (kind == DLG_CHILD_FEEDBACK)
		err_set(err, ERR_NOTFOUND, _("%s has no feedback %lld"), ref,
		    id);
	else
		err_set(err, ERR_NOTFOUND, _("%s has no contribution %lld"),
		    ref, id);
	store_stmt_done(s);
	return -1;
}

/* The session sid is one of the dialogue's (ERR_NOTFOUND when not). */
static int
session_of(struct store *st, const char *ref, long long sid,
    const struct action *a, struct dlg_error *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, STMT_SESSION_OF, err)) == NULL ||
	    row_of(st, s, ref, sid, a, DLG_CHILD_SESSION, err) != 0)
		return -1;
	store_stmt_done(s);
	return 0;
}

/* ------------------------------------------------------------ SQL */

/* The columns after the fields that only contributions have: whether
 * contact details were erased, and when the row was recorded. */
static int
has_extra(enum dlg_child k)
{
	return k == DLG_CHILD_CONTRIBUTION;
}

void
store_build_child_sql(struct store *st)
{
	const struct dlg_child_def *def;
	struct strbuf cols, sb;
	size_t i, n;
	int k;

	sb_init(&cols);
	sb_init(&sb);
	for (k = 0; k < DLG_NCHILDREN; k++) {
		def = &dlg_children[k];
		n = def->nfields;
		sb_add(&cols, "id");
		for (i = 0; i < n; i++)
			sb_addf(&cols, ", %s", dlg_child_column(&def->fields[i]));
		if (has_extra(k))
			sb_add(&cols, ", contact_erased, created");

		sb_addf(&sb, "INSERT INTO %s (dialogue_id", def->table);
		for (i = 0; i < n; i++)
			sb_addf(&sb, ", %s", dlg_child_column(&def->fields[i]));
		if (has_extra(k))
			sb_add(&sb, ", contact_erased, created");
		sb_add(&sb, ") VALUES (?1");
		for (i = 0; i < n; i++)
			sb_addf(&sb, ", ?%zu", i + 2);
		if (has_extra(k))
			sb_addf(&sb, ", 0, ?%zu", n + 2);
		sb_add(&sb, ")");
		st->sql_child[k][CSQL_INSERT] = sb_detach(&sb);

		sb_addf(&sb, "UPDATE %s SET ", def->table);
		for (i = 0; i < n; i++)
			sb_addf(&sb, "%s%s = ?%zu", i > 0 ? ", " : "",
			    dlg_child_column(&def->fields[i]), i + 2);
		if (has_extra(k))
			sb_addf(&sb, ", contact_erased = ?%zu", n + 2);
		sb_add(&sb, " WHERE id = ?1");
		st->sql_child[k][CSQL_UPDATE] = sb_detach(&sb);

		sb_addf(&sb, "SELECT %s FROM %s WHERE id = ?1"
		    " AND dialogue_id = ?2", cols.buf, def->table);
		st->sql_child[k][CSQL_GET] = sb_detach(&sb);

		sb_addf(&sb, "SELECT %s FROM %s WHERE dialogue_id = ?1"
		    " ORDER BY %s", cols.buf, def->table,
		    dlg_child_field_lookup((enum dlg_child)k, "date") >= 0 ?
		    "date, id" : "id");
		st->sql_child[k][CSQL_LOAD] = sb_detach(&sb);
		sb_release(&cols);
		sb_init(&cols);
	}
	sb_release(&cols);
	sb_release(&sb);
}

sqlite3_stmt *
store_child_stmt(struct store *st, enum dlg_child k, int which,
    struct dlg_error *err)
{
	sqlite3_stmt **sp = &st->child_stmt[k][which];
	int rc;

	if (*sp != NULL)
		return *sp;
	rc = sqlite3_prepare_v3(st->db, st->sql_child[k][which], -1,
	    SQLITE_PREPARE_PERSISTENT, sp, NULL);
	if (rc != SQLITE_OK) {
		store_sqlerr(st, rc, err);
		*sp = NULL;
		return NULL;
	}
	return *sp;
}

/* ------------------------------------------------------------ rows */

/* The id of a record (the first member of each kind's struct is not
 * promised: named here). */
static long long *
id_of(enum dlg_child k, void *rec)
{
	switch (k) {
	case DLG_CHILD_SESSION:
		return &((struct dlg_session *)rec)->id;
	case DLG_CHILD_FEEDBACK:
		return &((struct dlg_feedback *)rec)->id;
	default:
		return &((struct dlg_contribution *)rec)->id;
	}
}

static void
clear_child(enum dlg_child k, void *rec)
{
	if (k == DLG_CHILD_SESSION)
		dlg_session_clear(rec);
	else if (k == DLG_CHILD_FEEDBACK)
		dlg_feedback_clear(rec);
	else
		dlg_contribution_clear(rec);
}

void
store_read_child(enum dlg_child k, sqlite3_stmt *s, void *rec)
{
	const struct dlg_child_def *def = &dlg_children[k];
	struct dlg_contribution *c = rec;
	struct dlg_error err;
	char *v;
	size_t i;

	if (k == DLG_CHILD_SESSION) {
		memset(rec, 0, sizeof (struct dlg_session));
		((struct dlg_session *)rec)->participants = -1;
	} else if (k == DLG_CHILD_FEEDBACK)
		memset(rec, 0, sizeof (struct dlg_feedback));
	else
		memset(rec, 0, sizeof (struct dlg_contribution));
	*id_of(k, rec) = sqlite3_column_int64(s, 0);
	for (i = 0; i < def->nfields; i++) {
		/* Numbers and texts both from the column's text: NULL is
		 * the empty value. */
		v = store_col_dup(s, (int)i + 1);
		err_clear(&err);
		if (dlg_child_set(k, rec, i, v, &err) != 0)
			dlg_child_set(k, rec, i, NULL, &err);
		free(v);
	}
	if (has_extra(k)) {
		c->contact_erased = sqlite3_column_int(s,
		    (int)def->nfields + 1);
		c->created = store_col_dup(s, (int)def->nfields + 2);
	}
}

/* The fields of rec as ?2.. of CSQL_INSERT and CSQL_UPDATE: an empty
 * value (a count not counted, no session) is NULL. */
static void
bind_child(sqlite3_stmt *s, enum dlg_child k, const void *rec)
{
	const struct dlg_child_def *def = &dlg_children[k];
	const struct dlg_child_field *cf;
	long long n;
	size_t i;

	for (i = 0; i < def->nfields; i++) {
		cf = &def->fields[i];
		if (cf->type == FT_COUNT || cf->type == FT_SESSION) {
			n = dlg_child_number(cf, rec);
			if (n > (cf->type == FT_COUNT ? -1 : 0))
				sqlite3_bind_int64(s, (int)i + 2, n);
		} else
			store_bind_text(s, (int)i + 2, dlg_child_text(cf, rec));
	}
}

/* ------------------------------------------------------------ edits */

/* The history rows of an edit: one per changed field, named
 * "KIND ID FIELD", with the canonical old and new values (owned here). */
struct edit_rows {
	struct store_hrow	*v;
	char			**own;	/* 3 strings per row */
	size_t			 n;
};

static void
edit_rows_clear(struct edit_rows *e)
{
	size_t i;

	for (i = 0; i < 3 * e->n; i++)
		free(e->own[i]);
	free(e->own);
	free(e->v);
	memset(e, 0, sizeof *e);
}

/*
 * The changes from old to new, one row per field that differs. Personal
 * data (DLG_CF_PERSONAL) is never written: its row says only "given",
 * "changed" or "erased"; *erased says whether it is erased after the
 * edit, *overwritten whether a stored value is replaced.
 */
static void
edit_rows_make(struct edit_rows *e, enum dlg_child k, long long id,
    const void *old, const void *new, const struct dlg_contribution *was,
    int *erased, int *overwritten)
{
	const struct dlg_child_def *def = &dlg_children[k];
	const struct dlg_child_field *cf;
	struct store_hrow *h;
	char *a, *b, **own;
	size_t i;

	e->v = xcalloc(def->nfields, sizeof *e->v);
	e->own = xcalloc(3 * def->nfields, sizeof *e->own);
	for (i = 0; i < def->nfields; i++) {
		cf = &def->fields[i];
		a = dlg_child_get(k, old, i);
		b = dlg_child_get(k, new, i);
		if (same_text(a, b)) {
			free(a);
			free(b);
			continue;
		}
		h = &e->v[e->n];
		own = &e->own[3 * e->n];
		e->n++;
		own[0] = xasprintf("%s %lld %s", def->name, id, cf->name);
		h->field = own[0];
		if (cf->flags & DLG_CF_PERSONAL) {
			/* Personal data: only given, changed or erased. */
			h->old_value = a != NULL ? "given" : was != NULL &&
			    was->contact_erased ? "erased" : NULL;
			h->new_value = b == NULL ? "erased" : a != NULL ?
			    "changed" : "given";
			*overwritten = a != NULL;
			*erased = b == NULL;
			free(a);
			free(b);
			continue;
		}
		own[1] = a;
		own[2] = b;
		h->old_value = a;
		h->new_value = b;
	}
}

/* ------------------------------------------------------------ add, update */

/*
 * Add rec of kind k to ref: the same check as an edit (dlg_child_check),
 * a contribution's session must be the dialogue's; one history row names
 * the new record (a session and feedback by date, a contribution by its
 * number, with a second row when contact details were given). Sets the
 * record's id (and a contribution's created) on success.
 */
static int
child_add(struct store *st, enum dlg_child k, const char *ref, void *rec,
    const char *who, struct dlg_error *err)
{
	const struct dlg_child_def *def = &dlg_children[k];
	struct dlg_contribution *c = rec;
	/* The history names the contribution, never its contact details. */
	struct store_hrow h[2] = {
		{ def->name, NULL, NULL },
		{ "contribution_contact", NULL, "given" },
	};
	struct action a;
	sqlite3_stmt *s;
	char idtext[32];
	size_t nrows = 1;
	long long id;

	if (dlg_child_check(k, rec, err) != 0)
		return -1;
	if (action_begin(st, ref, -1, &a, err) != 0)
		return -1;
	if (k == DLG_CHILD_CONTRIBUTION && c->session_id > 0 &&
	    session_of(st, ref, c->session_id, &a, err) != 0)
		goto fail;
	if ((s = store_child_stmt(st, k, CSQL_INSERT, err)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, a.did);
	bind_child(s, k, rec);
	if (has_extra(k))
		store_bind_text(s, (int)def->nfields + 2, a.now);
	if (step_done(st, s, err) != 0)
		goto fail;
	id = sqlite3_last_insert_rowid(st->db);
	snprintf(idtext, sizeof idtext, "%lld", id);
	if (k == DLG_CHILD_SESSION)
		h[0].new_value = ((struct dlg_session *)rec)->date;
	else if (k == DLG_CHILD_FEEDBACK)
		h[0].new_value = ((struct dlg_feedback *)rec)->date;
	else {
		h[0].new_value = idtext;
		if (!is_empty(c->contact))
			nrows = 2;
	}
	if (action_commit(st, &a, who, h, nrows, err) != 0)
		return -1;
	*id_of(k, rec) = id;
	if (has_extra(k)) {
		free(c->created);
		c->created = xstrdup(a.now);
		c->contact_erased = 0;
	}
	return 0;
fail:
	store_rollback(st);
	return -1;
}

/*
 * n contributions added to ref as one action: the same checks and rows
 * as child_add for each (a history row "contribution" naming its id, and
 * "contribution_contact" "given" when contact details came), all under
 * one new version of the dialogue. All or nothing.
 */
int
store_contributions_add(struct store *st, const char *ref,
    struct dlg_contribution *v, size_t n, const char *who,
    struct dlg_error *err)
{
	struct store_hrow *h;
	struct action a;
	sqlite3_stmt *s;
	char (*idtext)[24];
	size_t i, nrows = 0;
	long long id;

	if (n == 0)
		return 0;
	for (i = 0; i < n; i++)
		if (dlg_child_check(DLG_CHILD_CONTRIBUTION, &v[i], err) != 0)
			return -1;
	if (action_begin(st, ref, -1, &a, err) != 0)
		return -1;
	h = xcalloc(2 * n, sizeof *h);
	idtext = xcalloc(n, sizeof *idtext);
	for (i = 0; i < n; i++) {
		if (v[i].session_id > 0 &&
		    session_of(st, ref, v[i].session_id, &a, err) != 0)
			goto fail;
		if ((s = store_child_stmt(st, DLG_CHILD_CONTRIBUTION,
		    CSQL_INSERT, err)) == NULL)
			goto fail;
		sqlite3_bind_int64(s, 1, a.did);
		bind_child(s, DLG_CHILD_CONTRIBUTION, &v[i]);
		store_bind_text(s, (int)dlg_children[DLG_CHILD_CONTRIBUTION].
		    nfields + 2, a.now);
		if (step_done(st, s, err) != 0)
			goto fail;
		id = sqlite3_last_insert_rowid(st->db);
		v[i].id = id;
		snprintf(idtext[i], sizeof idtext[i], "%lld", id);
		h[nrows].field = "contribution";
		h[nrows++].new_value = idtext[i];
		if (!is_empty(v[i].contact)) {
			h[nrows].field = "contribution_contact";
			h[nrows++].new_value = "given";
		}
	}
	if (action_commit(st, &a, who, h, nrows, err) != 0) {
		free(h);
		free(idtext);
		return -1;
	}
	free(h);
	free(idtext);
	return 0;
fail:
	free(h);
	free(idtext);
	store_rollback(st);
	return -1;
}

static void forget_old_pages(struct store *st);
static int mark_erasure(struct store *st, struct dlg_error *err);

/*
 * Store the edited rec (its id names the row) of kind k under ref if the
 * dialogue is still at expected: the same check as adding, one history
 * row per changed field, nothing written (and the version kept) when
 * nothing changed.
 */
static int
child_update(struct store *st, enum dlg_child k, const char *ref,
    const void *rec, long long expected, const char *who,
    struct dlg_error *err)
{
	const struct dlg_child_def *def = &dlg_children[k];
	const struct dlg_contribution *c = rec;
	struct dlg_session s_old;
	struct dlg_feedback f_old;
	struct dlg_contribution c_old;
	struct edit_rows e = { NULL, NULL, 0 };
	struct action a;
	sqlite3_stmt *s;
	void *old;
	long long id = *id_of(k, (void *)rec);
	int rc = -1, overwritten = 0, erased = 0;

	memset(&s_old, 0, sizeof s_old);
	memset(&f_old, 0, sizeof f_old);
	memset(&c_old, 0, sizeof c_old);
	old = k == DLG_CHILD_SESSION ? (void *)&s_old :
	    k == DLG_CHILD_FEEDBACK ? (void *)&f_old : (void *)&c_old;
	if (dlg_child_check(k, rec, err) != 0)
		return -1;
	if (action_begin(st, ref, expected, &a, err) != 0)
		return -1;
	if ((s = store_child_stmt(st, k, CSQL_GET, err)) == NULL ||
	    row_of(st, s, ref, id, &a, k, err) != 0)
		goto fail;
	store_read_child(k, s, old);
	store_stmt_done(s);
	if (k == DLG_CHILD_CONTRIBUTION && c->session_id > 0 &&
	    c->session_id != c_old.session_id &&
	    session_of(st, ref, c->session_id, &a, err) != 0)
		goto fail;
	erased = c_old.contact_erased;
	edit_rows_make(&e, k, id, old, rec, &c_old, &erased, &overwritten);
	if (e.n == 0) {
		/* Nothing to save: the version stays. */
		rc = 0;
		goto fail;
	}
	if ((s = store_child_stmt(st, k, CSQL_UPDATE, err)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, id);
	bind_child(s, k, rec);
	if (has_extra(k))
		sqlite3_bind_int(s, (int)def->nfields + 2, erased);
	if (step_done(st, s, err) != 0 ||
	    (overwritten && mark_erasure(st, err) != 0))
		goto fail;
	rc = action_commit(st, &a, who, e.v, e.n, err);
	if (rc == 0 && overwritten)
		forget_old_pages(st);
	goto out;
fail:
	store_rollback(st);
out:
	edit_rows_clear(&e);
	clear_child(k, old);
	return rc;
}

int
store_session_add(struct store *st, const char *ref, struct dlg_session *v,
    const char *who, struct dlg_error *err)
{
	return child_add(st, DLG_CHILD_SESSION, ref, v, who, err);
}

int
store_session_update(struct store *st, const char *ref,
    const struct dlg_session *v, long long expected_version,
    const char *who, struct dlg_error *err)
{
	return child_update(st, DLG_CHILD_SESSION, ref, v, expected_version,
	    who, err);
}

int
store_feedback_add(struct store *st, const char *ref, struct dlg_feedback *v,
    const char *who, struct dlg_error *err)
{
	return child_add(st, DLG_CHILD_FEEDBACK, ref, v, who, err);
}

int
store_feedback_update(struct store *st, const char *ref,
    const struct dlg_feedback *v, long long expected_version,
    const char *who, struct dlg_error *err)
{
	return child_update(st, DLG_CHILD_FEEDBACK, ref, v, expected_version,
	    who, err);
}

int
store_contribution_add(struct store *st, const char *ref,
    struct dlg_contribution *v, const char *who, struct dlg_error *err)
{
	return child_add(st, DLG_CHILD_CONTRIBUTION, ref, v, who, err);
}

int
store_contribution_update(struct store *st, const char *ref,
    const struct dlg_contribution *v, long long expected_version,
    const char *who, struct dlg_error *err)
{
	return child_update(st, DLG_CHILD_CONTRIBUTION, ref, v,
	    expected_version, who, err);
}

/*
 * After contact details were overwritten: secure_delete zeroed the old
 * cell in the pages; the write-ahead log (and, until the new page is
 * checkpointed over it, the file) still holds earlier page images until
 * a truncating checkpoint copies the new ones back and empties the log.
 * Another connection reading keeps that from completing: the row of
 * erase_pending, written with the erasure, tells every later opener and
 * writer to try again (store_finish_erasure). In bulk mode and inside
 * store_write_begin it waits for the commit.
 */
static int
mark_erasure(struct store *st, struct dlg_error *err)
{
	return store_exec(st, "INSERT OR IGNORE INTO erase_pending (id)"
	    " VALUES (1)", err);
}

static void
forget_old_pages(struct store *st)
{
	st->need_checkpoint = 1;
	if (!st->bulk && !st->in_write)
		store_finish_erasure(st);
}

int
store_finish_erasure(struct store *st)
{
	long long n = 0;
	sqlite3_stmt *s = NULL;

	if (store_checkpoint(st) != 0)
		return -1;
	if (sqlite3_prepare_v2(st->db, "SELECT count(*) FROM erase_pending",
	    -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
		n = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	/* The log is empty now: the row's removal and the checkpoint after
	 * it leave nothing of the erased values behind. */
	if (n > 0 && (store_exec(st, "DELETE FROM erase_pending", NULL) != 0 ||
	    store_checkpoint(st) != 0))
		return -1;
	st->need_checkpoint = 0;
	return 0;
}

int
store_erasure_pending(const struct store *st)
{
	return st->need_checkpoint;
}

int
store_contributions(struct store *st, const char *ref,
    int (*cb)(const struct dlg_contribution *c, void *arg), void *arg,
    struct dlg_error *err)
{
	struct dlg_contribution c;
	sqlite3_stmt *s = NULL;
	long long did;
	int rc, stop;

	if (store_dialogue_find(st, ref, &did, NULL, err) != 0)
		return -1;
	/* Not cached: the callback may use the store meanwhile. */
	rc = sqlite3_prepare_v2(st->db,
	    st->sql_child[DLG_CHILD_CONTRIBUTION][CSQL_LOAD], -1, &s, NULL);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	sqlite3_bind_int64(s, 1, did);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		memset(&c, 0, sizeof c);
		store_read_child(DLG_CHILD_CONTRIBUTION, s, &c);
		stop = cb(&c, arg);
		dlg_contribution_clear(&c);
		if (stop) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE)
		store_sqlerr(st, rc, err);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* store_contributions' callback: a copy of the one asked for. */
struct find_arg {
	long long		 id;
	struct dlg_contribution	*c;
	int			 found;
};

static int
find_contribution(const struct dlg_contribution *c, void *arg)
{
	struct find_arg *fa = arg;

	if (c->id != fa->id)
		return 0;
	fa->c->id = c->id;
	fa->c->contact_erased = c->contact_erased;
	fa->c->created = c->created != NULL ? xstrdup(c->created) : NULL;
	dlg_child_copy(DLG_CHILD_CONTRIBUTION, fa->c, c);
	fa->found = 1;
	return 1;
}

int
store_child_find(struct store *st, const struct dialogue *d,
    enum dlg_child k, long long id, void *rec, struct dlg_error *err)
{
	struct find_arg fa = { id, rec, 0 };
	size_t i;

	if (k == DLG_CHILD_SESSION) {
		for (i = 0; i < d->nsessions; i++)
			if (d->sessions[i].id == id) {
				((struct dlg_session *)rec)->id = id;
				dlg_child_copy(k, rec, &d->sessions[i]);
				return 1;
			}
		return 0;
	}
	if (k == DLG_CHILD_FEEDBACK) {
		for (i = 0; i < d->nfeedback; i++)
			if (d->feedback[i].id == id) {
				((struct dlg_feedback *)rec)->id = id;
				dlg_child_copy(k, rec, &d->feedback[i]);
				return 1;
			}
		return 0;
	}
	/* Contributions are not part of a full load: read them. */
	if (store_contributions(st, d->ref, find_contribution, &fa, err) != 0)
		return -1;
	return fa.found;
}

int
store_contribution_erase_contact(struct store *st, const char *ref,
    long long id, const char *who, struct dlg_error *err)
{
	static const struct store_hrow h = {
		"contribution_contact", "given", "erased"
	};
	struct action a;
	sqlite3_stmt *s;
	int has_contact;

	if (action_begin(st, ref, -1, &a, err) != 0)
		return -1;
	if ((s = store_stmt(st, STMT_CONTRIB_GET, err)) == NULL ||
	    row_of(st, s, ref, id, &a, DLG_CHILD_CONTRIBUTION,
	    err) != 0)
		goto fail;
	has_contact = sqlite3_column_int(s, 0);
	store_stmt_done(s);
	if (!has_contact) {
		/* Nothing stored (never given or already erased): done. */
		store_rollback(st);
		return 0;
	}
	if ((s = store_stmt(st, STMT_CONTRIB_ERASE, err)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, id);
	if (step_done(st, s, err) != 0 || mark_erasure(st, err) != 0)
		goto fail;
	if (action_commit(st, &a, who, &h, 1, err) != 0)
		return -1;
	forget_old_pages(st);
	return 0;
fail:
	store_rollback(st);
	return -1;
}
