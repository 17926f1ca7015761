/*
 * history.c: the append-only history. Every write action adds its rows
 * here in its own transaction; triggers in the schema refuse UPDATE and
 * DELETE, whoever runs them. Rows never hold personal data: contact
 * details appear only as "given", "changed" or "erased".
 */
#include "config.h"

#include <string.h>

#include "store-int.h"

int
store_history_add(struct store *st, long long dialogue_id, long long version,
    const char *at, const char *who, const char *field, const char *old_value,
    const char *new_value, const char *reason, struct dlg_error *err)
{
	sqlite3_stmt *s;
	int rc;

	if ((s = store_stmt(st, STMT_HISTORY_ADD, err)) == NULL)
		return -1;
	if (dialogue_id > 0)
		sqlite3_bind_int64(s, 1, dialogue_id);
	if (version > 0)
		sqlite3_bind_int64(s, 2, version);
	store_bind_text(s, 3, at);
	sqlite3_bind_text(s, 4, who != NULL && *who != '\0' ? who : "unknown",
	    -1, SQLITE_STATIC);
	store_bind_text(s, 5, field);
	store_bind_text(s, 6, old_value);
	store_bind_text(s, 7, new_value);
	store_bind_text(s, 8, reason);
	rc = sqlite3_step(s);
	if (rc != SQLITE_DONE) {
		store_sqlerr(st, rc, err);
		store_stmt_done(s);
		return -1;
	}
	store_stmt_done(s);
	return 0;
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
