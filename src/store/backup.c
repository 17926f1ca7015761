/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * backup.c: the whole register as stored, for a lossless backup. Reading
 * walks every table in a fixed order inside one read snapshot; restoring
 * inserts the rows of a backup, ids, times and versions as they were,
 * into an empty register in one write transaction. The history triggers
 * forbid UPDATE and DELETE only, so history rows are inserted like any
 * other. Values are checked before they go in: a backup is input like
 * any other and may have been edited by hand.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store-int.h"
#include "i18n.h"

/* ------------------------------------------------------------ reading */

int
store_read_begin(struct store *st, struct dlg_error *err)
{
	/* A deferred transaction: its first read fixes the snapshot. */
	return store_exec(st, "SAVEPOINT backup_read", err);
}

void
store_read_end(struct store *st)
{
	store_exec(st, "RELEASE backup_read", NULL);
}

int
store_settings_each(struct store *st,
    int (*cb)(const char *key, const char *value, void *arg), void *arg,
    struct dlg_error *err)
{
	sqlite3_stmt *s = NULL;
	int rc;

	rc = sqlite3_prepare_v2(st->db, "SELECT key, value FROM settings"
	    " ORDER BY key", -1, &s, NULL);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		if (cb((const char *)sqlite3_column_text(s, 0),
		    (const char *)sqlite3_column_text(s, 1), arg) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	if (rc != SQLITE_DONE)
		store_sqlerr(st, rc, err);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : -1;
}

int
store_methods_each(struct store *st,
    int (*cb)(const char *name, int step, void *arg), void *arg,
    struct dlg_error *err)
{
	sqlite3_stmt *s = NULL;
	int rc;

	rc = sqlite3_prepare_v2(st->db, "SELECT name, step FROM methods"
	    " ORDER BY name, rowid", -1, &s, NULL);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		if (cb((const char *)sqlite3_column_text(s, 0),
		    sqlite3_column_int(s, 1), arg) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	if (rc != SQLITE_DONE)
		store_sqlerr(st, rc, err);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : -1;
}

int
store_dialogues_each(struct store *st,
    int (*cb)(const struct dialogue *d, void *arg), void *arg,
    struct dlg_error *err)
{
	struct dialogue *d;
	sqlite3_stmt *s = NULL;
	char *ref;
	int rc, stop = 0;

	rc = sqlite3_prepare_v2(st->db, "SELECT ref FROM dialogues ORDER BY id",
	    -1, &s, NULL);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		ref = store_col_dup(s, 0);
		rc = store_dialogue_load(st, ref, &d, err);
		free(ref);
		if (rc != 0) {
			sqlite3_finalize(s);
			return -1;
		}
		stop = cb(d, arg);
		dlg_free(d);
	}
	if (stop)
		rc = SQLITE_DONE;
	if (rc != SQLITE_DONE)
		store_sqlerr(st, rc, err);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : -1;
}

int
store_history_each(struct store *st,
    int (*cb)(const struct store_history_row *h, const char *ref,
    void *arg), void *arg, struct dlg_error *err)
{
	struct store_history_row h;
	sqlite3_stmt *s = NULL;
	int rc;

	rc = sqlite3_prepare_v2(st->db, "SELECT h.id, h.version, h.at, h.who,"
	    " h.field, h.old_value, h.new_value, h.reason, d.ref"
	    " FROM history h LEFT JOIN dialogues d ON d.id = h.dialogue_id"
	    " ORDER BY h.id", -1, &s, NULL);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		memset(&h, 0, sizeof h);
		h.id = sqlite3_column_int64(s, 0);
		h.version = sqlite3_column_int64(s, 1);	/* NULL: 0 */
		h.at = (const char *)sqlite3_column_text(s, 2);
		h.who = (const char *)sqlite3_column_text(s, 3);
		h.field = (const char *)sqlite3_column_text(s, 4);
		h.old_value = (const char *)sqlite3_column_text(s, 5);
		h.new_value = (const char *)sqlite3_column_text(s, 6);
		h.reason = (const char *)sqlite3_column_text(s, 7);
		if (cb(&h, (const char *)sqlite3_column_text(s, 8), arg) !=
		    0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE)
		store_sqlerr(st, rc, err);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* ------------------------------------------------------------ checking */

/* A value of the backup that the register cannot hold. */
static int
bad_value(const char *ref, const char *what, struct dlg_error *err)
{
	if (ref != NULL)
		/* TRANSLATORS: reference, then the name of the part */
		return err_set(err, ERR_REFUSED, _("%s: '%s' does not hold a "
		    "valid value; nothing was imported"), ref, what);
	return err_set(err, ERR_REFUSED, _("'%s' does not hold a valid value; "
	    "nothing was imported"), what);
}

static int
missing_value(const char *ref, const char *what, struct dlg_error *err)
{
	if (ref != NULL)
		/* TRANSLATORS: reference, then the name of the part */
		return err_set(err, ERR_REFUSED, _("%s: '%s' is missing; "
		    "nothing was imported"), ref, what);
	return err_set(err, ERR_REFUSED, _("'%s' is missing; nothing was "
	    "imported"), what);
}

/* Text that may be stored: NULL, or valid UTF-8 with no control
 * characters (newlines and tabs too when multiline). */
static int
clean_text(const char *s, int multiline)
{
	if (s == NULL)
		return 1;
	return utf8_valid(s, strlen(s)) && !utf8_has_control(s, multiline);
}

static int
real_date(const char *s)
{
	char back[16];
	long days;

	if (s == NULL || dlg_date_parse(s, &days, NULL) != 0)
		return 0;
	dlg_date_format(days, back, sizeof back);
	return strcmp(back, s) == 0;
}

/* A time of day as the register writes it: "09:30". */
static int
real_time(const char *s)
{
	char back[16];
	int m;

	if (s == NULL || dlg_time_parse(s, &m, NULL) != 0)
		return 0;
	snprintf(back, sizeof back, "%02d:%02d", m / 60, m % 60);
	return strcmp(back, s) == 0;
}

/* "2026-11-24T10:15:00Z" and other timestamps the register writes:
 * a real date, then anything printable on one line. */
static int
timestamp(const char *s)
{
	char date[11];

	if (s == NULL || strlen(s) < 10 || !clean_text(s, 0))
		return 0;
	memcpy(date, s, 10);
	date[10] = '\0';
	return real_date(date) && (s[10] == '\0' || s[10] == 'T' ||
	    s[10] == ' ');
}

static int
one_of(const char *s, const char *const *v)
{
	for (; *v != NULL; v++)
		if (strcmp(s, *v) == 0)
			return 1;
	return 0;
}

/* A scalar field's stored value: canonical for its type. */
static int
scalar_ok(int f, const char *v)
{
	static const char *const answers[] = { "yes", "no", NULL };
	static const char *const influence[] = {
		"yes", "partly", "no", "unknown", NULL,
	};
	size_t n;

	if (v == NULL)
		return 1;
	switch (dlg_fields[f].type) {
	case FT_LINE:
		return clean_text(v, 0);
	case FT_TEXT:
		return clean_text(v, 1);
	case FT_DATE:
		return real_date(v);
	case FT_AMOUNT:
		n = strspn(v, "0123456789");
		return n > 0 && n < 19 && v[n] == '\0';
	case FT_ANSWER:
		return one_of(v, answers);
	case FT_LEVEL:
		return dlg_level_from_token(v) != DLG_LEVEL_UNSET;
	case FT_INFLUENCE:
		return one_of(v, influence);
	case FT_LIST:
	case FT_COUNT:		/* child fields only */
	case FT_CHANNEL:
	case FT_SESSION:
	case FT_TIME:
		break;
	}
	return 0;
}

/* "MD-2026-007": the year and serial the register derives from it. */
static int
ref_parts(const char *ref, int *year, long long *serial)
{
	size_t n;

	if (ref == NULL || strncmp(ref, "MD-", 3) != 0 ||
	    strspn(ref + 3, "0123456789") != 4 || ref[7] != '-')
		return -1;
	n = strspn(ref + 8, "0123456789");
	if (n < 3 || n > 9 || ref[8 + n] != '\0')
		return -1;
	*year = atoi(ref + 3);
	*serial = atoll(ref + 8);
	return *serial > 0 ? 0 : -1;
}

/* ------------------------------------------------------------ restoring */

/* Bind s exactly: NULL as NULL, "" as "". */
static void
bind_exact(sqlite3_stmt *s, int i, const char *text)
{
	if (text == NULL)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_text(s, i, text, -1, SQLITE_STATIC);
}

static int
step_finalize(struct store *st, sqlite3_stmt *s, struct dlg_error *err)
{
	int rc = sqlite3_step(s);

	sqlite3_finalize(s);
	if (rc != SQLITE_DONE)
		return store_sqlerr(st, rc, err);
	return 0;
}

static int
prepare(struct store *st, const char *sql, sqlite3_stmt **s,
    struct dlg_error *err)
{
	int rc;

	*s = NULL;
	if (sqlite3_get_autocommit(st->db))
		return err_set(err, ERR_STORAGE, _("no restore is in "
		    "progress"));
	rc = sqlite3_prepare_v2(st->db, sql, -1, s, NULL);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	return 0;
}

int
store_restore_begin(struct store *st, struct dlg_error *err)
{
	sqlite3_stmt *s = NULL;
	long long n = -1;
	int rc;

	if (st->bulk)
		return err_set(err, ERR_STORAGE,
		    _("a bulk load is already in progress"));
	if (store_begin(st, err) != 0)
		return -1;
	rc = sqlite3_prepare_v2(st->db, "SELECT (SELECT count(*) FROM"
	    " dialogues) + (SELECT count(*) FROM history) + (SELECT count(*)"
	    " FROM settings) + (SELECT count(*) FROM methods) + (SELECT"
	    " count(*) FROM imports) + (SELECT count(*) FROM bodies)", -1, &s,
	    NULL);
	if (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		n = sqlite3_column_int64(s, 0);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_OK) {
		store_sqlerr(st, rc, err);
		store_rollback(st);
		return -1;
	}
	if (n != 0) {
		store_rollback(st);
		return err_set(err, ERR_REFUSED, _("the register '%s' is not "
		    "empty; a backup is only imported into a new register, so "
		    "that nothing in it is mixed up or lost"), st->path);
	}
	return 0;
}

int
store_restore_setting(struct store *st, const char *key, const char *value,
    struct dlg_error *err)
{
	struct dlg_settings set;
	struct dlg_error e;
	sqlite3_stmt *s;
	size_t i;

	for (i = 0; dlg_setting_keys[i] != NULL; i++)
		if (key != NULL && strcmp(key, dlg_setting_keys[i]) == 0)
			break;
	if (dlg_setting_keys[i] == NULL)
		return err_set(err, ERR_REFUSED, _("there is no setting '%s'"),
		    key != NULL ? key : "");
	dlg_settings_default(&set);
	err_clear(&e);
	if (value == NULL || dlg_settings_set(&set, key, value, &e) != 0) {
		dlg_settings_clear(&set);
		err_detail(err, "%s", e.msg);
		return bad_value(NULL, key, err);
	}
	dlg_settings_clear(&set);
	if (prepare(st, "INSERT INTO settings (key, value) VALUES (?1, ?2)",
	    &s, err) != 0)
		return -1;
	bind_exact(s, 1, key);
	bind_exact(s, 2, value);
	return step_finalize(st, s, err);
}

int
store_restore_identity(struct store *st, const char *uid,
    struct dlg_error *err)
{
	sqlite3_stmt *s;

	if (uid == NULL || strlen(uid) != 32 ||
	    strspn(uid, "0123456789abcdef") != 32)
		return bad_value(NULL, "register_uid", err);
	if (prepare(st, "UPDATE register_identity SET uid = ?1 WHERE id = 1",
	    &s, err) != 0)
		return -1;
	bind_exact(s, 1, uid);
	return step_finalize(st, s, err);
}

int
store_restore_method(struct store *st, const char *name, int step,
    struct dlg_error *err)
{
	sqlite3_stmt *s;

	if (name == NULL || *name == '\0' || !clean_text(name, 0))
		return bad_value(NULL, "methods", err);
	if (step < 1 || step > DLG_NLEVELS)
		return bad_value(name, "step", err);
	if (prepare(st, "INSERT INTO methods (name, step) VALUES (?1, ?2)",
	    &s, err) != 0)
		return -1;
	bind_exact(s, 1, name);
	sqlite3_bind_int(s, 2, step);
	return step_finalize(st, s, err);
}

int
store_restore_body(struct store *st, const struct dlg_body *b,
    struct dlg_error *err)
{
	struct dlg_bodies list;
	struct dlg_error e;
	sqlite3_stmt *s;
	int rc;

	if (store_bodies_load(st, &list, err) != 0)
		return -1;
	err_clear(&e);
	rc = dlg_body_check(&list, b, NULL, &e);
	dlg_bodies_clear(&list);
	if (rc != 0) {
		err_detail(err, "%s", e.msg);
		return bad_value(NULL, "bodies", err);
	}
	if (prepare(st, "INSERT INTO bodies (name, abbrev, kind, political,"
	    " pos) VALUES (?1, ?2, ?3, ?4, (SELECT coalesce(max(pos), 0) + 1"
	    " FROM bodies))", &s, err) != 0)
		return -1;
	bind_exact(s, 1, b->name);
	bind_exact(s, 2, b->abbrev);
	bind_exact(s, 3, dlg_body_kind_token(b->kind));
	sqlite3_bind_int(s, 4, b->political);
	return step_finalize(st, s, err);
}

/*
 * 1 when the fields of a child record read from a backup can be stored as
 * they are, by the types of the domain's table: dates and times real
 * (as the register writes them), text clean (several lines where the
 * field has them), a required field given, counts from none to
 * DLG_MAX_PARTICIPANTS, session numbers not negative, channels known.
 */
static int
child_ok(enum dlg_child k, const void *rec)
{
	const struct dlg_child_def *def = &dlg_children[k];
	const struct dlg_child_field *cf;
	const char *v;
	long long n;
	size_t i;

	for (i = 0; i < def->nfields; i++) {
		cf = &def->fields[i];
		if (cf->type == FT_COUNT || cf->type == FT_SESSION) {
			n = dlg_child_number(cf, rec);
			if (cf->type == FT_COUNT ? n < -1 ||
			    n > DLG_MAX_PARTICIPANTS : n < 0)
				return 0;
			continue;
		}
		v = dlg_child_raw(cf, rec);
		if (v == NULL && (cf->flags & DLG_CF_REQUIRED))
			return 0;
		if (cf->type == FT_DATE ? v != NULL && !real_date(v) :
		    cf->type == FT_TIME ? v != NULL && !real_time(v) :
		    cf->type == FT_CHANNEL ? v != NULL &&
		    !dlg_channel_is_token(v) :
		    !clean_text(v, cf->type == FT_TEXT))
			return 0;
	}
	return 1;
}

/*
 * Insert rec of kind k as it is, with its id, under dialogue did: the
 * fields' columns from the domain's table; for contributions then
 * contact_erased and created.
 */
static int
insert_child(struct store *st, enum dlg_child k, long long did,
    long long id, const void *rec, struct dlg_error *err)
{
	const struct dlg_child_def *def = &dlg_children[k];
	const struct dlg_child_field *cf;
	const struct dlg_contribution *c = rec;
	struct strbuf sql;
	sqlite3_stmt *s;
	long long n;
	size_t i, ncols;
	int rc, col;

	ncols = def->nfields + (k == DLG_CHILD_CONTRIBUTION ? 2 : 0);
	sb_init(&sql);
	sb_addf(&sql, "INSERT INTO %s (id, dialogue_id", def->table);
	for (i = 0; i < def->nfields; i++)
		sb_addf(&sql, ", %s", dlg_child_column(&def->fields[i]));
	if (k == DLG_CHILD_CONTRIBUTION)
		sb_add(&sql, ", contact_erased, created");
	sb_add(&sql, ") VALUES (?1, ?2");
	for (i = 0; i < ncols; i++)
		sb_addf(&sql, ", ?%zu", i + 3);
	sb_add(&sql, ")");
	rc = prepare(st, sql.buf, &s, err);
	sb_release(&sql);
	if (rc != 0)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int64(s, 2, did);
	for (i = 0; i < def->nfields; i++) {
		cf = &def->fields[i];
		col = (int)i + 3;
		if (cf->type == FT_COUNT || cf->type == FT_SESSION) {
			n = dlg_child_number(cf, rec);
			if (n > (cf->type == FT_COUNT ? -1 : 0))
				sqlite3_bind_int64(s, col, n);
		} else
			bind_exact(s, col, dlg_child_raw(cf, rec));
	}
	if (k == DLG_CHILD_CONTRIBUTION) {
		col = (int)def->nfields + 3;
		sqlite3_bind_int(s, col, c->contact_erased ? 1 : 0);
		bind_exact(s, col + 1, c->created);
	}
	return step_finalize(st, s, err);
}

static int
check_dialogue(const struct dialogue *d, int *year, long long *serial,
    struct dlg_error *err)
{
	const struct dlg_items *l;
	size_t i;
	int f;

	if (d->ref == NULL)
		return missing_value(NULL, "reference", err);
	if (ref_parts(d->ref, year, serial) != 0)
		return bad_value(d->ref, "reference", err);
	if (d->id <= 0)
		return bad_value(d->ref, "id", err);
	if (d->version < 1)
		return bad_value(d->ref, "version", err);
	if (d->state < 0 || d->state >= DLG_NSTATES)
		return bad_value(d->ref, "state", err);
	if (!timestamp(d->created))
		return bad_value(d->ref, "created", err);
	if (!timestamp(d->updated))
		return bad_value(d->ref, "updated", err);
	if (d->updated_by == NULL || !clean_text(d->updated_by, 0))
		return bad_value(d->ref, "updated_by", err);
	for (f = 0; f < DLG_NSCALARS; f++)
		if (!scalar_ok(f, d->val[f]))
			return bad_value(d->ref, dlg_fields[f].name, err);
	for (f = DLG_NSCALARS; f < DLG_NFIELDS; f++) {
		l = &d->list[f - DLG_NSCALARS];
		for (i = 0; i < l->n; i++)
			if (l->v[i].name == NULL ||
			    !clean_text(l->v[i].name, 0) ||
			    !clean_text(l->v[i].note, 0) ||
			    l->v[i].step < 0 || l->v[i].step > DLG_NLEVELS)
				return bad_value(d->ref, dlg_fields[f].name,
				    err);
	}
	for (i = 0; i < d->nsessions; i++)
		if (d->sessions[i].id <= 0 || !child_ok(DLG_CHILD_SESSION,
		    &d->sessions[i]))
			return bad_value(d->ref, "sessions", err);
	for (i = 0; i < d->nfeedback; i++)
		if (d->feedback[i].id <= 0 || !child_ok(DLG_CHILD_FEEDBACK,
		    &d->feedback[i]))
			return bad_value(d->ref, "feedback", err);
	return 0;
}

static int
restore_items(struct store *st, const struct dialogue *d,
    struct dlg_error *err)
{
	const struct dlg_items *l;
	sqlite3_stmt *s;
	size_t i;
	int f;

	for (f = DLG_NSCALARS; f < DLG_NFIELDS; f++) {
		l = &d->list[f - DLG_NSCALARS];
		for (i = 0; i < l->n; i++) {
			if (prepare(st, "INSERT INTO items (dialogue_id, field,"
			    " pos, name, note, step) VALUES (?1, ?2, ?3, ?4,"
			    " ?5, ?6)", &s, err) != 0)
				return -1;
			sqlite3_bind_int64(s, 1, d->id);
			bind_exact(s, 2, dlg_fields[f].name);
			sqlite3_bind_int64(s, 3, (long long)i);
			bind_exact(s, 4, l->v[i].name);
			bind_exact(s, 5, l->v[i].note);
			sqlite3_bind_int(s, 6, l->v[i].step);
			if (step_finalize(st, s, err) != 0)
				return -1;
		}
	}
	return 0;
}

static int
restore_children(struct store *st, const struct dialogue *d,
    struct dlg_error *err)
{
	size_t i;

	for (i = 0; i < d->nsessions; i++)
		if (insert_child(st, DLG_CHILD_SESSION, d->id,
		    d->sessions[i].id, &d->sessions[i], err) != 0)
			return -1;
	for (i = 0; i < d->nfeedback; i++)
		if (insert_child(st, DLG_CHILD_FEEDBACK, d->id,
		    d->feedback[i].id, &d->feedback[i], err) != 0)
			return -1;
	return 0;
}

int
store_restore_dialogue(struct store *st, const struct dialogue *d,
    struct dlg_error *err)
{
	struct strbuf sql;
	sqlite3_stmt *s;
	long long serial = 0;
	int year = 0, f, rc;

	if (check_dialogue(d, &year, &serial, err) != 0)
		return -1;
	sb_init(&sql);
	sb_add(&sql, "INSERT INTO dialogues (id, ref, year, serial, state,"
	    " version, created, updated, updated_by");
	for (f = 0; f < DLG_NSCALARS; f++)
		sb_addf(&sql, ", %s", dlg_fields[f].name);
	sb_add(&sql, ") VALUES (?1");
	for (f = 2; f <= 9 + DLG_NSCALARS; f++)
		sb_addf(&sql, ", ?%d", f);
	sb_add(&sql, ")");
	rc = prepare(st, sql.buf, &s, err);
	sb_release(&sql);
	if (rc != 0)
		return -1;
	sqlite3_bind_int64(s, 1, d->id);
	bind_exact(s, 2, d->ref);
	sqlite3_bind_int(s, 3, year);
	sqlite3_bind_int64(s, 4, serial);
	bind_exact(s, 5, dlg_state_token(d->state));
	sqlite3_bind_int64(s, 6, d->version);
	bind_exact(s, 7, d->created);
	bind_exact(s, 8, d->updated);
	bind_exact(s, 9, d->updated_by);
	for (f = 0; f < DLG_NSCALARS; f++)
		bind_exact(s, 10 + f, d->val[f]);
	if (step_finalize(st, s, err) != 0) {
		if (err != NULL && err->code == ERR_REFUSED)
			err_set(err, ERR_REFUSED, _("%s appears twice in the "
			    "backup, or its id or number is taken; nothing "
			    "was imported"), d->ref);
		return -1;
	}
	if (restore_items(st, d, err) != 0 ||
	    store_sort_keys(st, d->id, err) != 0 ||
	    restore_children(st, d, err) != 0)
		return -1;
	return 0;
}

/* The id of a dialogue restored before; ERR_REFUSED when there is none. */
static int
restored_id(struct store *st, const char *ref, long long *id,
    struct dlg_error *err)
{
	if (ref == NULL)
		return missing_value(NULL, "reference", err);
	if (store_dialogue_find(st, ref, id, NULL, err) != 0) {
		if (err != NULL && err->code == ERR_NOTFOUND)
			return err_set(err, ERR_REFUSED, _("the backup refers "
			    "to the dialogue %s, which it does not hold; "
			    "nothing was imported"), ref);
		return -1;
	}
	return 0;
}

int
store_restore_contribution(struct store *st, const char *ref,
    const struct dlg_contribution *c, struct dlg_error *err)
{
	long long did;

	if (restored_id(st, ref, &did, err) != 0)
		return -1;
	if (c->id <= 0 || !child_ok(DLG_CHILD_CONTRIBUTION, c) ||
	    !timestamp(c->created) || (c->contact_erased && c->contact != NULL))
		return bad_value(ref, "contributions", err);
	if (insert_child(st, DLG_CHILD_CONTRIBUTION, did, c->id, c,
	    err) != 0) {
		if (err != NULL && err->code == ERR_REFUSED)
			err_set(err, ERR_REFUSED, _("%s: a contribution's "
			    "number is taken or its session does not exist; "
			    "nothing was imported"), ref);
		return -1;
	}
	return 0;
}

/* What a history row about contact details may say instead of them. */
static int
contact_marker(const char *v)
{
	return v == NULL || strcmp(v, "given") == 0 ||
	    strcmp(v, "changed") == 0 || strcmp(v, "erased") == 0;
}

int
store_restore_history(struct store *st, const char *ref,
    const struct store_history_row *h, struct dlg_error *err)
{
	sqlite3_stmt *s;
	long long did = 0;

	if (ref != NULL && restored_id(st, ref, &did, err) != 0)
		return -1;
	/* The history never holds contact details: a backup cannot bring
	 * them in either (the triggers would keep them for ever). */
	if (h->field != NULL && (strcmp(h->field, "contribution_contact") == 0 ||
	    (strlen(h->field) > 8 &&
	    strcmp(h->field + strlen(h->field) - 8, " contact") == 0)) &&
	    (!contact_marker(h->old_value) || !contact_marker(h->new_value)))
		return bad_value(ref, "history", err);
	if (h->id <= 0 || h->version < 0 || !timestamp(h->at) ||
	    h->who == NULL || !clean_text(h->who, 0) || h->field == NULL ||
	    *h->field == '\0' || !clean_text(h->field, 0) ||
	    !clean_text(h->old_value, 1) || !clean_text(h->new_value, 1) ||
	    !clean_text(h->reason, 1))
		return bad_value(ref, "history", err);
	if (prepare(st, "INSERT INTO history (id, dialogue_id, version, at,"
	    " who, field, old_value, new_value, reason) VALUES (?1, ?2, ?3,"
	    " ?4, ?5, ?6, ?7, ?8, ?9)", &s, err) != 0)
		return -1;
	sqlite3_bind_int64(s, 1, h->id);
	if (did > 0)
		sqlite3_bind_int64(s, 2, did);
	if (h->version > 0)
		sqlite3_bind_int64(s, 3, h->version);
	bind_exact(s, 4, h->at);
	bind_exact(s, 5, h->who);
	bind_exact(s, 6, h->field);
	bind_exact(s, 7, h->old_value);
	bind_exact(s, 8, h->new_value);
	bind_exact(s, 9, h->reason);
	if (step_finalize(st, s, err) != 0) {
		if (err != NULL && err->code == ERR_REFUSED)
			err_set(err, ERR_REFUSED, _("the history row %lld "
			    "appears twice in the backup; nothing was "
			    "imported"), h->id);
		return -1;
	}
	return 0;
}

int
store_restore_import(struct store *st, const struct store_import *im,
    struct dlg_error *err)
{
	sqlite3_stmt *s;
	long long did;
	size_t n;

	if (restored_id(st, im->ref, &did, err) != 0)
		return -1;
	n = im->digest != NULL ? strlen(im->digest) : 0;
	if (im->id <= 0 || n != 7 + 64 || strncmp(im->digest, "sha256:", 7) !=
	    0 || strspn(im->digest + 7, "0123456789abcdef") != 64 ||
	    !clean_text(im->file_name, 0) || im->rows < 0 ||
	    !timestamp(im->at) || im->who == NULL || !clean_text(im->who, 0))
		return bad_value(im->ref, "imports", err);
	if (prepare(st, "INSERT INTO imports (id, dialogue_id, digest,"
	    " file_name, rows, at, who) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	    &s, err) != 0)
		return -1;
	sqlite3_bind_int64(s, 1, im->id);
	sqlite3_bind_int64(s, 2, did);
	bind_exact(s, 3, im->digest);
	bind_exact(s, 4, im->file_name);
	sqlite3_bind_int64(s, 5, im->rows);
	bind_exact(s, 6, im->at);
	bind_exact(s, 7, im->who);
	return step_finalize(st, s, err);
}

int
store_restore_commit(struct store *st, struct dlg_error *err)
{
	if (sqlite3_get_autocommit(st->db))
		return err_set(err, ERR_STORAGE, _("no restore is in "
		    "progress"));
	return store_commit(st, err);
}

void
store_restore_rollback(struct store *st)
{
	store_rollback(st);
}
