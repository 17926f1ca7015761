/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dialogue.c: the dialogue record in the table `dialogues` and its list
 * items in `items`. Creating assigns the reference, loading reads a row
 * (and the child arrays for a full load), updating refuses a stale version
 * and writes one history row per changed field. The SQL that names field
 * columns is built once per connection from the static field table, so a
 * column name never comes from input.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store-int.h"
#include "i18n.h"

/* The derived counts of a dialogue, computed from the child tables. */
#define DERIVED_SQL \
	", (SELECT count(*) FROM sessions s WHERE s.dialogue_id = d.id)" \
	", (SELECT max(s.date) FROM sessions s WHERE s.dialogue_id = d.id)" \
	", (SELECT coalesce(sum(s.participants), 0) FROM sessions s" \
	" WHERE s.dialogue_id = d.id)" \
	", (SELECT count(*) FROM feedback f WHERE f.dialogue_id = d.id)" \
	", (SELECT min(f.date) FROM feedback f WHERE f.dialogue_id = d.id)" \
	", (SELECT count(*) FROM contributions c WHERE c.dialogue_id = d.id)"

/* Parameters of the insert before the scalars, and of the update. */
#define INSERT_FIXED	8
#define UPDATE_FIXED	5

void
store_build_sql(struct store *st)
{
	struct strbuf sb;
	int f;

	sb_init(&sb);
	sb_add(&sb, "SELECT d.id, d.ref, d.state, d.version, d.created,"
	    " d.updated, d.updated_by");
	for (f = 0; f < DLG_NSCALARS; f++)
		sb_addf(&sb, ", d.%s", dlg_fields[f].name);
	sb_add(&sb, DERIVED_SQL " FROM dialogues d");
	st->sql_dlg_select = xstrdup(sb.buf);
	sb_add(&sb, " WHERE d.ref = ?1");
	st->sql_dlg_by_ref = sb_detach(&sb);
	sb_add(&sb, st->sql_dlg_select);
	sb_add(&sb, " WHERE d.id = ?1");
	st->sql_dlg_by_id = sb_detach(&sb);

	sb_add(&sb, "INSERT INTO dialogues (ref, year, serial, state, version,"
	    " created, updated, updated_by");
	for (f = 0; f < DLG_NSCALARS; f++)
		sb_addf(&sb, ", %s", dlg_fields[f].name);
	sb_add(&sb, ") VALUES (?1");
	for (f = 2; f <= INSERT_FIXED + DLG_NSCALARS; f++)
		sb_addf(&sb, ", ?%d", f);
	sb_add(&sb, ")");
	st->sql_dlg_insert = sb_detach(&sb);

	sb_add(&sb, "UPDATE dialogues SET state = ?2, version = ?3,"
	    " updated = ?4, updated_by = ?5");
	for (f = 0; f < DLG_NSCALARS; f++)
		sb_addf(&sb, ", %s = ?%d", dlg_fields[f].name,
		    UPDATE_FIXED + 1 + f);
	sb_add(&sb, " WHERE id = ?1");
	st->sql_dlg_update = sb_detach(&sb);
	sb_release(&sb);
}

int
store_state_from_token(const char *tok, enum dlg_state *out)
{
	int s;

	if (tok == NULL)
		return -1;
	for (s = 0; s < DLG_NSTATES; s++)
		if (strcmp(dlg_state_token((enum dlg_state)s), tok) == 0) {
			*out = (enum dlg_state)s;
			return 0;
		}
	return -1;
}

static int
no_dialogue(const char *ref, struct dlg_error *err)
{
	return err_set(err, ERR_NOTFOUND,
	    _("there is no dialogue '%s'; check the reference"), ref);
}

int
store_dialogue_find(struct store *st, const char *ref, long long *id,
    long long *version, struct dlg_error *err)
{
	sqlite3_stmt *s;
	int rc;

	if ((s = store_stmt(st, STMT_DLG_FIND, err)) == NULL)
		return -1;
	store_bind_text(s, 1, ref);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(s, 0);
		if (version != NULL)
			*version = sqlite3_column_int64(s, 1);
		store_stmt_done(s);
		return 0;
	}
	if (rc == SQLITE_DONE)
		no_dialogue(ref, err);
	else
		store_sqlerr(st, rc, err);
	store_stmt_done(s);
	return -1;
}

int
store_dialogue_id(struct store *st, const char *ref, long long *id,
    struct dlg_error *err)
{
	return store_dialogue_find(st, ref, id, NULL, err);
}

int
store_dialogue_touch(struct store *st, long long id, long long version,
    const char *at, const char *who, struct dlg_error *err)
{
	sqlite3_stmt *s;
	int rc;

	if ((s = store_stmt(st, STMT_DLG_TOUCH, err)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int64(s, 2, version);
	store_bind_text(s, 3, at);
	store_bind_text(s, 4, who);
	rc = sqlite3_step(s);
	if (rc != SQLITE_DONE) {
		store_sqlerr(st, rc, err);
		store_stmt_done(s);
		return -1;
	}
	store_stmt_done(s);
	return 0;
}

/* The list field whose name is name, or -1. */
static int
list_field(const char *name)
{
	int f;

	for (f = DLG_NSCALARS; f < DLG_NFIELDS; f++)
		if (strcmp(dlg_fields[f].name, name) == 0)
			return f;
	return -1;
}

static int
damaged(struct store *st, const char *what, struct dlg_error *err)
{
	err_detail(err, "%s", what);
	return err_set(err, ERR_STORAGE, _("the register '%s' holds data this "
	    "program does not understand; restore it from a backup or use a "
	    "newer dialogreg"), st->path);
}

static int
load_items(struct store *st, struct dialogue *d, struct dlg_error *err)
{
	sqlite3_stmt *s;
	const char *field;
	int rc, f;

	if ((s = store_stmt(st, STMT_ITEMS_LOAD, err)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, d->id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		field = (const char *)sqlite3_column_text(s, 0);
		if (field == NULL || (f = list_field(field)) < 0) {
			damaged(st, "unknown list field in items", err);
			store_stmt_done(s);
			return -1;
		}
		dlg_items_add(&d->list[f - DLG_NSCALARS],
		    (const char *)sqlite3_column_text(s, 1),
		    (const char *)sqlite3_column_text(s, 2),
		    sqlite3_column_int(s, 3));
	}
	if (rc != SQLITE_DONE) {
		store_sqlerr(st, rc, err);
		store_stmt_done(s);
		return -1;
	}
	store_stmt_done(s);
	return 0;
}

int
store_read_dialogue(struct store *st, sqlite3_stmt *s, struct dialogue **out,
    struct dlg_error *err)
{
	struct dialogue *d;
	const char *state;
	int f;

	*out = NULL;
	d = dlg_new();
	d->id = sqlite3_column_int64(s, DCOL_ID);
	d->ref = store_col_dup(s, DCOL_REF);
	state = (const char *)sqlite3_column_text(s, DCOL_STATE);
	if (store_state_from_token(state, &d->state) != 0) {
		dlg_free(d);
		return damaged(st, "unknown state token", err);
	}
	d->version = sqlite3_column_int64(s, DCOL_VERSION);
	d->created = store_col_dup(s, DCOL_CREATED);
	d->updated = store_col_dup(s, DCOL_UPDATED);
	d->updated_by = store_col_dup(s, DCOL_UPDATED_BY);
	for (f = 0; f < DLG_NSCALARS; f++) {
		free(d->val[f]);
		d->val[f] = store_col_dup(s, DCOL_SCALARS + f);
	}
	d->n_sessions = sqlite3_column_int64(s, DCOL_N_SESSIONS);
	d->last_session = store_col_dup(s, DCOL_LAST_SESSION);
	d->n_participants = sqlite3_column_int64(s, DCOL_N_PARTICIPANTS);
	d->n_feedback = sqlite3_column_int64(s, DCOL_N_FEEDBACK);
	d->first_feedback = store_col_dup(s, DCOL_FIRST_FEEDBACK);
	d->n_contributions = sqlite3_column_int64(s, DCOL_N_CONTRIBUTIONS);
	if (load_items(st, d, err) != 0) {
		dlg_free(d);
		return -1;
	}
	*out = d;
	return 0;
}

/* The stored dialogue ref, light (no child arrays). */
static int
load_light(struct store *st, const char *ref, struct dialogue **out,
    struct dlg_error *err)
{
	sqlite3_stmt *s;
	int rc;

	*out = NULL;
	if ((s = store_stmt(st, STMT_DLG_BY_REF, err)) == NULL)
		return -1;
	store_bind_text(s, 1, ref);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		rc = store_read_dialogue(st, s, out, err);
	else if (rc == SQLITE_DONE)
		rc = no_dialogue(ref, err);
	else
		rc = store_sqlerr(st, rc, err);
	store_stmt_done(s);
	return rc;
}

static int
load_sessions(struct store *st, struct dialogue *d, struct dlg_error *err)
{
	struct dlg_session *v;
	sqlite3_stmt *s;
	size_t alloc = 0;
	int rc;

	if ((s = store_child_stmt(st, DLG_CHILD_SESSION, CSQL_LOAD, err)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, d->id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (d->nsessions == alloc) {
			alloc = alloc ? alloc * 2 : 4;
			d->sessions = xrealloc(d->sessions,
			    alloc * sizeof *d->sessions);
		}
		v = &d->sessions[d->nsessions++];
		store_read_child(DLG_CHILD_SESSION, s, v);
	}
	if (rc != SQLITE_DONE)
		store_sqlerr(st, rc, err);
	store_stmt_done(s);
	return rc == SQLITE_DONE ? 0 : -1;
}

static int
load_feedback(struct store *st, struct dialogue *d, struct dlg_error *err)
{
	struct dlg_feedback *v;
	sqlite3_stmt *s;
	size_t alloc = 0;
	int rc;

	if ((s = store_child_stmt(st, DLG_CHILD_FEEDBACK, CSQL_LOAD, err)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, d->id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (d->nfeedback == alloc) {
			alloc = alloc ? alloc * 2 : 4;
			d->feedback = xrealloc(d->feedback,
			    alloc * sizeof *d->feedback);
		}
		v = &d->feedback[d->nfeedback++];
		store_read_child(DLG_CHILD_FEEDBACK, s, v);
	}
	if (rc != SQLITE_DONE)
		store_sqlerr(st, rc, err);
	store_stmt_done(s);
	return rc == SQLITE_DONE ? 0 : -1;
}

int
store_dialogue_load(struct store *st, const char *ref, struct dialogue **out,
    struct dlg_error *err)
{
	struct dialogue *d = NULL;

	*out = NULL;
	/* One read transaction: the row and its children agree. */
	if (store_exec(st, "SAVEPOINT load", err) != 0)
		return -1;
	if (load_light(st, ref, &d, err) != 0 ||
	    load_sessions(st, d, err) != 0 || load_feedback(st, d, err) != 0) {
		store_exec(st, "RELEASE load", NULL);
		dlg_free(d);
		return -1;
	}
	store_exec(st, "RELEASE load", NULL);
	*out = d;
	return 0;
}

/* ------------------------------------------------------------ writing */

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
write_items(struct store *st, long long id, const struct dialogue *d,
    int f, int replace, struct dlg_error *err)
{
	const struct dlg_items *l = &d->list[f - DLG_NSCALARS];
	sqlite3_stmt *s;
	size_t i;

	if (replace) {
		if ((s = store_stmt(st, STMT_ITEMS_DELETE, err)) == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, id);
		store_bind_text(s, 2, dlg_fields[f].name);
		if (step_done(st, s, err) != 0)
			return -1;
	}
	for (i = 0; i < l->n; i++) {
		if ((s = store_stmt(st, STMT_ITEMS_INSERT, err)) == NULL)
			return -1;
		sqlite3_bind_int64(s, 1, id);
		store_bind_text(s, 2, dlg_fields[f].name);
		sqlite3_bind_int64(s, 3, (long long)i);
		/* An item name is never NULL in the table. */
		sqlite3_bind_text(s, 4, l->v[i].name ? l->v[i].name : "", -1,
		    SQLITE_STATIC);
		store_bind_text(s, 5, l->v[i].note);
		sqlite3_bind_int(s, 6, l->v[i].step);
		if (step_done(st, s, err) != 0)
			return -1;
	}
	return 0;
}

int
store_sort_keys(struct store *st, long long id, struct dlg_error *err)
{
	sqlite3_stmt *s;

	if ((s = store_stmt(st, STMT_DLG_SORT_KEYS, err)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return step_done(st, s, err);
}

/*
 * The history rows of an action on d, collected to be written together:
 * the rows borrow their field names and own their canonical values.
 */
struct hrows {
	struct store_hrow	 v[DLG_NFIELDS + 2];
	char			*owned[2 * DLG_NFIELDS];
	size_t			 n, nowned;
};

static void
hrows_add(struct hrows *h, const char *field, const char *old_value,
    const char *new_value)
{
	h->v[h->n].field = field;
	h->v[h->n].old_value = old_value;
	h->v[h->n].new_value = new_value;
	h->n++;
}

/* A canonical value kept for the rows; NULL for an empty one. */
static const char *
hrows_keep(struct hrows *h, char *value)
{
	if (value == NULL || *value == '\0') {
		free(value);
		return NULL;
	}
	h->owned[h->nowned++] = value;
	return value;
}

/* The row of field f: canonical old (old NULL: none) and new. */
static void
hrows_field(struct hrows *h, int f, const struct dialogue *old,
    const struct dialogue *new)
{
	hrows_add(h, dlg_fields[f].name, old == NULL ? NULL :
	    hrows_keep(h, dlg_canonical_field(old, (enum dlg_field)f)),
	    hrows_keep(h, dlg_canonical_field(new, (enum dlg_field)f)));
}

static void
hrows_clear(struct hrows *h)
{
	size_t i;

	for (i = 0; i < h->nowned; i++)
		free(h->owned[i]);
	h->n = h->nowned = 0;
}

static int
year_of(long today)
{
	char date[16];

	dlg_date_format(today, date, sizeof date);
	return atoi(date);
}

int
store_dialogue_create(struct store *st, struct dialogue *d, long today,
    const char *who, struct dlg_error *err)
{
	struct hrows h = { .n = 0 };
	char ref[32], now[32];
	const char *state;
	long long serial, id;
	sqlite3_stmt *s;
	int year, f, rc;

	year = year_of(today);
	state = dlg_state_token(d->state);
	dlg_now_iso(now, sizeof now);
	if (store_begin(st, err) != 0)
		return -1;
	/* Inside the IMMEDIATE transaction: no other writer can take the
	 * same serial; UNIQUE (year, serial) is the backstop. */
	if ((s = store_stmt(st, STMT_DLG_NEXT_SERIAL, err)) == NULL)
		goto fail;
	sqlite3_bind_int(s, 1, year);
	if ((rc = sqlite3_step(s)) != SQLITE_ROW) {
		store_sqlerr(st, rc, err);
		store_stmt_done(s);
		goto fail;
	}
	serial = sqlite3_column_int64(s, 0);
	store_stmt_done(s);
	snprintf(ref, sizeof ref, "MD-%04d-%03lld", year, serial);

	if ((s = store_stmt(st, STMT_DLG_INSERT, err)) == NULL)
		goto fail;
	store_bind_text(s, 1, ref);
	sqlite3_bind_int(s, 2, year);
	sqlite3_bind_int64(s, 3, serial);
	store_bind_text(s, 4, state);
	sqlite3_bind_int64(s, 5, 1);
	store_bind_text(s, 6, now);
	store_bind_text(s, 7, now);
	store_bind_text(s, 8, who);
	for (f = 0; f < DLG_NSCALARS; f++)
		store_bind_text(s, INSERT_FIXED + 1 + f, d->val[f]);
	if (step_done(st, s, err) != 0)
		goto fail;
	id = sqlite3_last_insert_rowid(st->db);
	for (f = DLG_NSCALARS; f < DLG_NFIELDS; f++)
		if (write_items(st, id, d, f, 0, err) != 0)
			goto fail;
	if (store_sort_keys(st, id, err) != 0)
		goto fail;

	hrows_add(&h, "created", NULL, state);
	for (f = 0; f < DLG_NFIELDS; f++)
		if (f < DLG_NSCALARS ? d->val[f] != NULL && *d->val[f] != '\0' :
		    d->list[f - DLG_NSCALARS].n > 0)
			hrows_field(&h, f, NULL, d);
	if (store_history_add_rows(st, id, 1, now, who, h.v, h.n, NULL,
	    err) != 0)
		goto fail;
	hrows_clear(&h);
	if (store_commit(st, err) != 0)
		return -1;

	d->id = id;
	free(d->ref);
	d->ref = xstrdup(ref);
	d->version = 1;
	free(d->created);
	d->created = xstrdup(now);
	free(d->updated);
	d->updated = xstrdup(now);
	free(d->updated_by);
	d->updated_by = xstrdup(who);
	return 0;
fail:
	hrows_clear(&h);
	store_rollback(st);
	return -1;
}

static int
same_text(const char *a, const char *b)
{
	if (a == NULL || *a == '\0')
		return b == NULL || *b == '\0';
	return b != NULL && strcmp(a, b) == 0;
}

static int
same_items(const struct dlg_items *a, const struct dlg_items *b)
{
	size_t i;

	if (a->n != b->n)
		return 0;
	for (i = 0; i < a->n; i++)
		if (!same_text(a->v[i].name, b->v[i].name) ||
		    !same_text(a->v[i].note, b->v[i].note) ||
		    a->v[i].step != b->v[i].step)
			return 0;
	return 1;
}

/* "2026-11-24T10:15:00Z" as local "2026-11-24 10:15". */
static void
local_minute(const char *iso, char *buf, size_t size)
{
	struct tm tm;
	time_t t;

	memset(&tm, 0, sizeof tm);
	if (iso == NULL || sscanf(iso, "%4d-%2d-%2dT%2d:%2d:%2d",
	    &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour, &tm.tm_min,
	    &tm.tm_sec) != 6) {
		snprintf(buf, size, "%s", iso != NULL ? iso : "?");
		return;
	}
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	t = timegm(&tm);
	localtime_r(&t, &tm);
	strftime(buf, size, "%Y-%m-%d %H:%M", &tm);
}

/* Add s to the comma-separated set in sb unless it is there. */
static void
add_unique(struct strbuf *sb, const char *s)
{
	const char *p = sb->buf;
	size_t n = strlen(s);

	while (p != NULL && *p != '\0') {
		if (strncmp(p, s, n) == 0 && (p[n] == ',' || p[n] == '\0'))
			return;
		if ((p = strchr(p, ',')) != NULL)
			p += 2;
	}
	if (sb->len > 0)
		sb_add(sb, ", ");
	sb_add(sb, s);
}

/*
 * The stale-version refusal, naming who changed which fields when (from
 * the history rows written after the version the caller read).
 */
static int
conflict(struct store *st, const struct dialogue *stored,
    long long expected, struct dlg_error *err)
{
	struct strbuf who, fields;
	sqlite3_stmt *s = NULL;
	char at[64] = "";
	int rc;

	sb_init(&who);
	sb_init(&fields);
	rc = sqlite3_prepare_v2(st->db, "SELECT who, at, field FROM history"
	    " WHERE dialogue_id = ?1 AND version > ?2 ORDER BY id", -1, &s,
	    NULL);
	if (rc == SQLITE_OK) {
		sqlite3_bind_int64(s, 1, stored->id);
		sqlite3_bind_int64(s, 2, expected);
		while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
			add_unique(&who, (const char *)sqlite3_column_text(s,
			    0));
			local_minute((const char *)sqlite3_column_text(s, 1),
			    at, sizeof at);
			add_unique(&fields,
			    (const char *)sqlite3_column_text(s, 2));
		}
	}
	sqlite3_finalize(s);
	err_detail(err, "stored version %lld, expected %lld",
	    stored->version, expected);
	if (who.len > 0) {
		/* TRANSLATORS: reference, user name(s), "YYYY-MM-DD HH:MM",
		   field names (the technical names, e.g. "title, budget"). */
		err_set(err, ERR_CONFLICT, _("%s was changed by %s at %s (%s) "
		    "after you read it; nothing was saved. Load it again and "
		    "redo your change."), stored->ref, who.buf, at, fields.buf);
	} else {
		local_minute(stored->updated, at, sizeof at);
		/* TRANSLATORS: reference, user name, "YYYY-MM-DD HH:MM". */
		err_set(err, ERR_CONFLICT, _("%s was changed by %s at %s after "
		    "you read it; nothing was saved. Load it again and redo "
		    "your change."), stored->ref,
		    stored->updated_by != NULL ? stored->updated_by : "?", at);
	}
	sb_release(&who);
	sb_release(&fields);
	return -1;
}

int
store_dialogue_conflict(struct store *st, const char *ref,
    long long expected, struct dlg_error *err)
{
	struct dialogue *stored = NULL;

	if (load_light(st, ref, &stored, err) != 0)
		return -1;
	conflict(st, stored, expected, err);
	dlg_free(stored);
	return -1;
}

int
store_dialogue_update(struct store *st, struct dialogue *d,
    long long expected_version, const char *reason, const char *who,
    struct dlg_error *err)
{
	char changed[DLG_NFIELDS];
	struct hrows h = { .n = 0 };
	struct dialogue *old = NULL;
	int f, nchanged = 0, state_changed;
	long long version;
	sqlite3_stmt *s;
	char now[32];

	if (d->ref == NULL)
		return err_set(err, ERR_NOTFOUND,
		    _("the dialogue has not been registered yet"));
	if (store_begin(st, err) != 0)
		return -1;
	/* Read the stored row inside the write transaction: nobody can
	 * change it between the check and the write. */
	if (load_light(st, d->ref, &old, err) != 0)
		goto fail;
	if (old->version != expected_version) {
		conflict(st, old, expected_version, err);
		goto fail;
	}
	state_changed = old->state != d->state;
	for (f = 0; f < DLG_NFIELDS; f++) {
		changed[f] = f < DLG_NSCALARS ?
		    !same_text(old->val[f], d->val[f]) :
		    !same_items(&old->list[f - DLG_NSCALARS],
		    &d->list[f - DLG_NSCALARS]);
		nchanged += changed[f];
	}
	if (nchanged == 0 && !state_changed) {
		/* Nothing to save: the version stays. */
		store_rollback(st);
		dlg_free(old);
		return 0;
	}

	version = old->version + 1;
	dlg_now_iso(now, sizeof now);
	if ((s = store_stmt(st, STMT_DLG_UPDATE, err)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, old->id);
	store_bind_text(s, 2, dlg_state_token(d->state));
	sqlite3_bind_int64(s, 3, version);
	store_bind_text(s, 4, now);
	store_bind_text(s, 5, who);
	for (f = 0; f < DLG_NSCALARS; f++)
		store_bind_text(s, UPDATE_FIXED + 1 + f, d->val[f]);
	if (step_done(st, s, err) != 0)
		goto fail;
	for (f = DLG_NSCALARS; f < DLG_NFIELDS; f++)
		if (changed[f] && write_items(st, old->id, d, f, 1, err) != 0)
			goto fail;
	if ((changed[F_TITLE] || changed[F_BODIES]) &&
	    store_sort_keys(st, old->id, err) != 0)
		goto fail;

	if (state_changed)
		hrows_add(&h, "state", dlg_state_token(old->state),
		    dlg_state_token(d->state));
	for (f = 0; f < DLG_NFIELDS; f++)
		if (changed[f])
			hrows_field(&h, f, old, d);
	if (store_history_add_rows(st, old->id, version, now, who, h.v, h.n,
	    reason, err) != 0)
		goto fail;
	if (store_commit(st, err) != 0)
		goto out;

	d->id = old->id;
	d->version = version;
	free(d->updated);
	d->updated = xstrdup(now);
	free(d->updated_by);
	d->updated_by = xstrdup(who);
	hrows_clear(&h);
	dlg_free(old);
	return 0;
fail:
	store_rollback(st);
out:
	hrows_clear(&h);
	dlg_free(old);
	return -1;
}
