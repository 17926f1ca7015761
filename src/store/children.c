/*
 * children.c: the child records of a dialogue: sessions, feedback and
 * contributions. Adding one bumps the dialogue's version and writes a
 * history row, in one transaction. Contact details of contributions are
 * personal data: the history only says that they were given or erased,
 * and erasing overwrites the value in the file (secure_delete) and in the
 * write-ahead log (a truncating checkpoint).
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

int
store_session_add(struct store *st, const char *ref, struct dlg_session *v,
    const char *who, struct dlg_error *err)
{
	long long did, version, id;
	sqlite3_stmt *s;
	char now[32];

	if (is_empty(v->date))
		return err_set(err, ERR_REFUSED,
		    _("a session needs a date (YYYY-MM-DD)"));
	if (store_begin(st, err) != 0)
		return -1;
	if (store_dialogue_find(st, ref, &did, &version, err) != 0)
		goto fail;
	if ((s = store_stmt(st, STMT_SESSION_ADD, err)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, did);
	store_bind_text(s, 2, v->date);
	store_bind_text(s, 3, v->place);
	store_bind_text(s, 4, v->method);
	if (v->participants >= 0)
		sqlite3_bind_int64(s, 5, v->participants);
	store_bind_text(s, 6, v->breakdown);
	store_bind_text(s, 7, v->politicians);
	store_bind_text(s, 8, v->notes);
	if (step_done(st, s, err) != 0)
		goto fail;
	id = sqlite3_last_insert_rowid(st->db);
	dlg_now_iso(now, sizeof now);
	version++;
	if (store_dialogue_touch(st, did, version, now, who, err) != 0 ||
	    store_history_add(st, did, version, now, who, "session", NULL,
	    v->date, NULL, err) != 0)
		goto fail;
	if (store_commit(st, err) != 0)
		return -1;
	v->id = id;
	return 0;
fail:
	store_rollback(st);
	return -1;
}

int
store_feedback_add(struct store *st, const char *ref, struct dlg_feedback *v,
    const char *who, struct dlg_error *err)
{
	long long did, version, id;
	sqlite3_stmt *s;
	char now[32];

	if (is_empty(v->date))
		return err_set(err, ERR_REFUSED,
		    _("feedback needs a date (YYYY-MM-DD)"));
	if (store_begin(st, err) != 0)
		return -1;
	if (store_dialogue_find(st, ref, &did, &version, err) != 0)
		goto fail;
	if ((s = store_stmt(st, STMT_FEEDBACK_ADD, err)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, did);
	store_bind_text(s, 2, v->date);
	store_bind_text(s, 3, v->sender);
	store_bind_text(s, 4, v->channels);
	store_bind_text(s, 5, v->text);
	if (step_done(st, s, err) != 0)
		goto fail;
	id = sqlite3_last_insert_rowid(st->db);
	dlg_now_iso(now, sizeof now);
	version++;
	if (store_dialogue_touch(st, did, version, now, who, err) != 0 ||
	    store_history_add(st, did, version, now, who, "feedback", NULL,
	    v->date, NULL, err) != 0)
		goto fail;
	if (store_commit(st, err) != 0)
		return -1;
	v->id = id;
	return 0;
fail:
	store_rollback(st);
	return -1;
}

int
store_contribution_add(struct store *st, const char *ref,
    struct dlg_contribution *v, const char *who, struct dlg_error *err)
{
	long long did, version, id;
	sqlite3_stmt *s;
	char now[32], idtext[32];
	int rc;

	if (is_empty(v->text))
		return err_set(err, ERR_REFUSED,
		    _("a contribution needs a text"));
	if (store_begin(st, err) != 0)
		return -1;
	if (store_dialogue_find(st, ref, &did, &version, err) != 0)
		goto fail;
	if (v->session_id > 0) {
		if ((s = store_stmt(st, STMT_SESSION_OF, err)) == NULL)
			goto fail;
		sqlite3_bind_int64(s, 1, v->session_id);
		sqlite3_bind_int64(s, 2, did);
		rc = sqlite3_step(s);
		if (rc != SQLITE_ROW) {
			if (rc == SQLITE_DONE)
				err_set(err, ERR_NOTFOUND,
				    _("%s has no session %lld"), ref,
				    v->session_id);
			else
				store_sqlerr(st, rc, err);
			store_stmt_done(s);
			goto fail;
		}
		store_stmt_done(s);
	}
	dlg_now_iso(now, sizeof now);
	if ((s = store_stmt(st, STMT_CONTRIB_ADD, err)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, did);
	if (v->session_id > 0)
		sqlite3_bind_int64(s, 2, v->session_id);
	store_bind_text(s, 3, v->channel);
	store_bind_text(s, 4, v->text);
	store_bind_text(s, 5, v->themes);
	store_bind_text(s, 6, v->contact);
	store_bind_text(s, 7, now);
	if (step_done(st, s, err) != 0)
		goto fail;
	id = sqlite3_last_insert_rowid(st->db);
	snprintf(idtext, sizeof idtext, "%lld", id);
	/* The history names the contribution, never its contact details. */
	version++;
	if (store_dialogue_touch(st, did, version, now, who, err) != 0 ||
	    store_history_add(st, did, version, now, who, "contribution",
	    NULL, idtext, NULL, err) != 0)
		goto fail;
	if (!is_empty(v->contact) && store_history_add(st, did, version, now,
	    who, "contribution_contact", NULL, "given", NULL, err) != 0)
		goto fail;
	if (store_commit(st, err) != 0)
		return -1;
	v->id = id;
	free(v->created);
	v->created = xstrdup(now);
	v->contact_erased = 0;
	return 0;
fail:
	store_rollback(st);
	return -1;
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
	rc = sqlite3_prepare_v2(st->db, "SELECT id, session_id, channel, text,"
	    " themes, contact, contact_erased, created FROM contributions"
	    " WHERE dialogue_id = ?1 ORDER BY id", -1, &s, NULL);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	sqlite3_bind_int64(s, 1, did);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		memset(&c, 0, sizeof c);
		c.id = sqlite3_column_int64(s, 0);
		c.session_id = sqlite3_column_int64(s, 1);
		c.channel = store_col_dup(s, 2);
		c.text = store_col_dup(s, 3);
		c.themes = store_col_dup(s, 4);
		c.contact = store_col_dup(s, 5);
		c.contact_erased = sqlite3_column_int(s, 6);
		c.created = store_col_dup(s, 7);
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

int
store_contribution_erase_contact(struct store *st, const char *ref,
    long long id, const char *who, struct dlg_error *err)
{
	long long did, version;
	sqlite3_stmt *s;
	char now[32];
	int rc, has_contact;

	if (store_begin(st, err) != 0)
		return -1;
	if (store_dialogue_find(st, ref, &did, &version, err) != 0)
		goto fail;
	if ((s = store_stmt(st, STMT_CONTRIB_GET, err)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int64(s, 2, did);
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		if (rc == SQLITE_DONE)
			err_set(err, ERR_NOTFOUND, _("%s has no contribution "
			    "%lld"), ref, id);
		else
			store_sqlerr(st, rc, err);
		store_stmt_done(s);
		goto fail;
	}
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
	if (step_done(st, s, err) != 0)
		goto fail;
	dlg_now_iso(now, sizeof now);
	version++;
	if (store_dialogue_touch(st, did, version, now, who, err) != 0 ||
	    store_history_add(st, did, version, now, who,
	    "contribution_contact", "given", "erased", NULL, err) != 0)
		goto fail;
	if (store_commit(st, err) != 0)
		return -1;
	/*
	 * secure_delete zeroed the old cell in the pages; the write-ahead log
	 * still holds earlier page images until a checkpoint copies the new
	 * ones back and truncates it. In bulk mode that waits for the commit;
	 * if readers keep the log busy, store_close() tries again.
	 */
	st->need_checkpoint = 1;
	if (!st->bulk && store_checkpoint(st) == 0)
		st->need_checkpoint = 0;
	return 0;
fail:
	store_rollback(st);
	return -1;
}
