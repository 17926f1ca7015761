/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * import.c: contributions imported from a file (survey tools' CSV
 * exports), all or nothing in one transaction, and the table of imported
 * files that lets a second import of the same bytes be noticed. Each
 * contribution gets its own history row as if it had been added by hand,
 * under one new version of the dialogue; contact details appear in the
 * history only as "given".
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store-int.h"
#include "i18n.h"

/* Rows between two calls of the progress callback. */
#define PROGRESS_EVERY	1000

static int
step_done(struct store *st, sqlite3_stmt *s, struct dlg_error *err)
{
	int rc = sqlite3_step(s);

	if (rc != SQLITE_DONE) {
		store_sqlerr(st, rc, err);
		sqlite3_reset(s);
		return -1;
	}
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	return 0;
}

int
store_imports(struct store *st, const char *digest,
    int (*cb)(const struct store_import *im, void *arg), void *arg,
    struct dlg_error *err)
{
	struct store_import im;
	sqlite3_stmt *s = NULL;
	int rc;

	/* Not cached: the callback may use the store meanwhile. */
	rc = sqlite3_prepare_v2(st->db, digest != NULL ?
	    "SELECT i.id, d.ref, i.digest, i.file_name, i.rows, i.at, i.who"
	    " FROM imports i JOIN dialogues d ON d.id = i.dialogue_id"
	    " WHERE i.digest = ?1 ORDER BY i.id" :
	    "SELECT i.id, d.ref, i.digest, i.file_name, i.rows, i.at, i.who"
	    " FROM imports i JOIN dialogues d ON d.id = i.dialogue_id"
	    " ORDER BY i.id", -1, &s, NULL);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	if (digest != NULL)
		store_bind_text(s, 1, digest);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		memset(&im, 0, sizeof im);
		im.id = sqlite3_column_int64(s, 0);
		im.ref = (const char *)sqlite3_column_text(s, 1);
		im.digest = (const char *)sqlite3_column_text(s, 2);
		im.file_name = (const char *)sqlite3_column_text(s, 3);
		im.rows = sqlite3_column_int64(s, 4);
		im.at = (const char *)sqlite3_column_text(s, 5);
		im.who = (const char *)sqlite3_column_text(s, 6);
		if (cb(&im, arg) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE)
		store_sqlerr(st, rc, err);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* "2026-11-24T10:15:00Z" as local "2026-11-24 10:15" (the user's clock). */
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

struct earlier {
	struct dlg_error	*err;
	int			 found;
};

static int
earlier_import(const struct store_import *im, void *arg)
{
	struct earlier *e = arg;
	char at[64];

	local_minute(im->at, at, sizeof at);
	e->found = 1;
	/* TRANSLATORS: the file name, the reference, "YYYY-MM-DD HH:MM",
	   the user, the number of contributions then imported */
	err_set(e->err, ERR_REFUSED, ngettext("the file '%s' was already "
	    "imported into %s at %s by %s (%lld contribution); nothing was "
	    "imported", "the file '%s' was already imported into %s at %s by "
	    "%s (%lld contributions); nothing was imported",
	    (unsigned long)im->rows), im->file_name != NULL ? im->file_name :
	    "?", im->ref, at, im->who, im->rows);
	return 1;	/* the first (oldest) says enough */
}

static int
add_one(struct store *st, sqlite3_stmt *s, sqlite3_stmt *sess, long long did,
    long long version, const char *now, const char *who,
    const char *ref, struct dlg_contribution *c, struct dlg_error *err)
{
	struct store_hrow rows[2];
	char idtext[32];
	long long id;
	size_t n = 1;
	int rc;

	if (c->text == NULL || *c->text == '\0')
		return err_set(err, ERR_REFUSED,
		    _("a contribution needs a text"));
	if (c->session_id != 0) {
		sqlite3_bind_int64(sess, 1, c->session_id);
		sqlite3_bind_int64(sess, 2, did);
		rc = sqlite3_step(sess);
		sqlite3_reset(sess);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			return store_sqlerr(st, rc, err);
		if (rc == SQLITE_DONE)
			return err_set(err, ERR_REFUSED, _("%s has no session "
			    "%lld"), ref, c->session_id);
		sqlite3_bind_int64(s, 2, c->session_id);
	}
	sqlite3_bind_int64(s, 1, did);
	store_bind_text(s, 3, c->channel);
	store_bind_text(s, 4, c->text);
	store_bind_text(s, 5, c->themes);
	store_bind_text(s, 6, c->contact);
	store_bind_text(s, 7, c->created != NULL && *c->created != '\0' ?
	    c->created : now);
	if (c->channel != NULL && strcmp(c->channel, "other") == 0)
		store_bind_text(s, 8, c->channel_text);
	if (step_done(st, s, err) != 0)
		return -1;
	id = sqlite3_last_insert_rowid(st->db);
	snprintf(idtext, sizeof idtext, "%lld", id);
	rows[0].field = "contribution";
	rows[0].old_value = NULL;
	rows[0].new_value = idtext;
	if (c->contact != NULL && *c->contact != '\0') {
		/* The history says that contact details were given, never
		 * what they are. */
		rows[1].field = "contribution_contact";
		rows[1].old_value = NULL;
		rows[1].new_value = "given";
		n = 2;
	}
	if (store_history_add_rows(st, did, version, now, who, rows, n, NULL,
	    err) != 0)
		return -1;
	c->id = id;
	return 0;
}

int
store_contributions_import_stream(struct store *st, const char *ref,
    int (*next)(struct dlg_contribution *c, void *arg, struct dlg_error *err),
    void *next_arg, size_t total, const struct store_import *im, int force,
    const char *who, void (*progress)(size_t done, size_t total, void *arg),
    void *arg, size_t *done, struct dlg_error *err)
{
	struct earlier e = { err, 0 };
	struct dlg_contribution c;
	long long did, version;
	sqlite3_stmt *s = NULL, *sess = NULL;
	char now[32], count[32];
	size_t n = 0;
	int rc;

	if (done != NULL)
		*done = 0;
	if (im == NULL || im->digest == NULL || *im->digest == '\0')
		return err_set(err, ERR_REFUSED, _("an import needs the "
		    "digest of its file"));
	if (store_begin(st, err) != 0)
		return -1;
	if (store_dialogue_find(st, ref, &did, &version, err) != 0)
		goto fail;
	/* Inside the write transaction: two imports of one file at once
	 * cannot both pass. */
	if (!force) {
		if (store_imports(st, im->digest, earlier_import, &e,
		    err) != 0)
			goto fail;
		if (e.found)
			goto fail;
	}
	dlg_now_iso(now, sizeof now);
	version++;
	/* Prepared here, not cached: an import is one statement reused for
	 * every row, and the cached one of store_contribution_add stays
	 * free. */
	rc = sqlite3_prepare_v2(st->db, "INSERT INTO contributions"
	    " (dialogue_id, session_id, channel, text, themes, contact,"
	    " contact_erased, created, channel_text)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?8)", -1, &s, NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(st->db, "SELECT 1 FROM sessions"
		    " WHERE id = ?1 AND dialogue_id = ?2", -1, &sess, NULL);
	if (rc != SQLITE_OK) {
		store_sqlerr(st, rc, err);
		goto fail;
	}
	for (;;) {
		memset(&c, 0, sizeof c);
		if ((rc = next(&c, next_arg, err)) <= 0) {
			dlg_contribution_clear(&c);
			if (rc < 0)
				goto fail;
			break;
		}
		rc = add_one(st, s, sess, did, version, now, who, ref, &c,
		    err);
		dlg_contribution_clear(&c);
		if (rc != 0)
			goto fail;
		n++;
		if (progress != NULL && n % PROGRESS_EVERY == 0 && n < total)
			progress(n, total, arg);
	}
	sqlite3_finalize(s);
	sqlite3_finalize(sess);
	s = sess = NULL;
	snprintf(count, sizeof count, "%zu", n);
	if (store_dialogue_touch(st, did, version, now, who, err) != 0 ||
	    store_history_add(st, did, version, now, who, "import", NULL,
	    count, NULL, err) != 0)
		goto fail;
	rc = sqlite3_prepare_v2(st->db, "INSERT INTO imports (dialogue_id,"
	    " digest, file_name, rows, at, who) VALUES (?1, ?2, ?3, ?4, ?5,"
	    " ?6)", -1, &s, NULL);
	if (rc != SQLITE_OK) {
		store_sqlerr(st, rc, err);
		goto fail;
	}
	sqlite3_bind_int64(s, 1, did);
	store_bind_text(s, 2, im->digest);
	store_bind_text(s, 3, im->file_name);
	sqlite3_bind_int64(s, 4, (long long)n);
	store_bind_text(s, 5, now);
	sqlite3_bind_text(s, 6, who != NULL && *who != '\0' ? who : "unknown",
	    -1, SQLITE_STATIC);
	if (step_done(st, s, err) != 0)
		goto fail;
	sqlite3_finalize(s);
	s = NULL;
	if (store_commit(st, err) != 0)
		return -1;
	if (done != NULL)
		*done = n;
	if (progress != NULL)
		progress(n, n, arg);
	return 0;
fail:
	sqlite3_finalize(s);
	sqlite3_finalize(sess);
	store_rollback(st);
	return -1;
}
