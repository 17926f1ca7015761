/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * history.c: the append-only history. Every write action adds its rows
 * here in its own transaction; triggers in the schema refuse UPDATE and
 * DELETE, whoever runs them. Rows never hold personal data: contact
 * details appear only as "given", "changed" or "erased".
 */
#include "config.h"

#include <string.h>

#include "store-int.h"

/* The INSERT of n rows, prepared on first use. */
static sqlite3_stmt *
hist_stmt(struct store *st, size_t n, struct dlg_error *err)
{
	struct strbuf sql;
	size_t i;
	int rc;

	if (st->hist[n] != NULL)
		return st->hist[n];
	sb_init(&sql);
	sb_add(&sql, "INSERT INTO history (dialogue_id, version, at, who,"
	    " field, old_value, new_value, reason) VALUES");
	/* Row i: field, old and new are ?(6 + 3i), ?(7 + 3i), ?(8 + 3i). */
	for (i = 0; i < n; i++)
		sb_addf(&sql, "%s(?1, ?2, ?3, ?4, ?%zu, ?%zu, ?%zu, ?5)",
		    i == 0 ? " " : ", ", 6 + 3 * i, 7 + 3 * i, 8 + 3 * i);
	rc = sqlite3_prepare_v3(st->db, sql.buf, -1,
	    SQLITE_PREPARE_PERSISTENT, &st->hist[n], NULL);
	sb_release(&sql);
	if (rc != SQLITE_OK) {
		store_sqlerr(st, rc, err);
		st->hist[n] = NULL;
	}
	return st->hist[n];
}

int
store_history_add_rows(struct store *st, long long dialogue_id,
    long long version, const char *at, const char *who,
    const struct store_hrow *rows, size_t n, const char *reason,
    struct dlg_error *err)
{
	sqlite3_stmt *s;
	size_t k, i;
	int rc, p;

	while (n > 0) {
		k = n < STORE_HIST_BATCH ? n : STORE_HIST_BATCH;
		if ((s = hist_stmt(st, k, err)) == NULL)
			return -1;
		if (dialogue_id > 0)
			sqlite3_bind_int64(s, 1, dialogue_id);
		if (version > 0)
			sqlite3_bind_int64(s, 2, version);
		store_bind_text(s, 3, at);
		sqlite3_bind_text(s, 4, who != NULL && *who != '\0' ? who :
		    "unknown", -1, SQLITE_STATIC);
		store_bind_text(s, 5, reason);
		for (i = 0, p = 6; i < k; i++, p += 3) {
			store_bind_text(s, p, rows[i].field);
			store_bind_text(s, p + 1, rows[i].old_value);
			store_bind_text(s, p + 2, rows[i].new_value);
		}
		rc = sqlite3_step(s);
		if (rc != SQLITE_DONE) {
			store_sqlerr(st, rc, err);
			store_stmt_done(s);
			return -1;
		}
		store_stmt_done(s);
		rows += k;
		n -= k;
	}
	return 0;
}

int
store_history_add(struct store *st, long long dialogue_id, long long version,
    const char *at, const char *who, const char *field, const char *old_value,
    const char *new_value, const char *reason, struct dlg_error *err)
{
	struct store_hrow row;

	row.field = field;
	row.old_value = old_value;
	row.new_value = new_value;
	return store_history_add_rows(st, dialogue_id, version, at, who, &row,
	    1, reason, err);
}

int
store_history(struct store *st, const char *ref,
    int (*cb)(const struct store_history_row *h, void *arg), void *arg,
    struct dlg_error *err)
{
	struct store_history_row h;
	sqlite3_stmt *s = NULL;
	long long id = 0;
	int rc;

	if (ref != NULL && store_dialogue_find(st, ref, &id, NULL, err) != 0)
		return -1;
	/* Not cached: the callback may use the store meanwhile. */
	rc = sqlite3_prepare_v2(st->db, ref != NULL ?
	    "SELECT id, version, at, who, field, old_value, new_value, reason"
	    " FROM history WHERE dialogue_id = ?1 ORDER BY id" :
	    "SELECT id, version, at, who, field, old_value, new_value, reason"
	    " FROM history WHERE dialogue_id IS NULL ORDER BY id",
	    -1, &s, NULL);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	if (ref != NULL)
		sqlite3_bind_int64(s, 1, id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		memset(&h, 0, sizeof h);
		h.id = sqlite3_column_int64(s, 0);
		h.version = sqlite3_column_int64(s, 1);
		h.at = (const char *)sqlite3_column_text(s, 2);
		h.who = (const char *)sqlite3_column_text(s, 3);
		h.field = (const char *)sqlite3_column_text(s, 4);
		h.old_value = (const char *)sqlite3_column_text(s, 5);
		h.new_value = (const char *)sqlite3_column_text(s, 6);
		h.reason = (const char *)sqlite3_column_text(s, 7);
		if (cb(&h, arg) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE)
		store_sqlerr(st, rc, err);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : -1;
}
