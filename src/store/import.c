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

/*
 * The full-text index of an import's rows. Kept by triggers row by row,
 * an import of many rows is minutes slow: FTS5 writes its pending terms
 * at every statement's savepoint, so each row became an index segment of
 * its own to be merged again. The import pauses the triggers (fts_pause,
 * schema.c; the row is never committed) and indexes its rows in one
 * statement at the end of its transaction: the new rows only, or the
 * whole table again (FTS5's 'rebuild', which writes the index in one
 * sequence) when the rows already there are few beside the new ones.
 */
#define FTS_REBUILD_RATIO	4

static int
fts_pause(struct store *st, int *paused, struct dlg_error *err)
{
	*paused = 0;
	if (st->bulk)
		return 0;	/* bulk mode rebuilds at its commit */
	if (store_exec(st, "INSERT INTO fts_pause (id) VALUES (1)", err) != 0)
		return -1;
	*paused = 1;
	return 0;
}

/* Index the rows after id last (*before: about how many were there). */
static int
fts_index(struct store *st, long long last, long long before, size_t n,
    struct dlg_error *err)
{
	sqlite3_stmt *s = NULL;
	int rc;

	if (n == 0)
		return store_exec(st, "DELETE FROM fts_pause", err);
	if (before <= 0 || (unsigned long long)before * FTS_REBUILD_RATIO <
	    (unsigned long long)n)
		return store_exec(st, "DELETE FROM fts_pause;"
		    " INSERT INTO contribution_fts (contribution_fts)"
		    " VALUES ('rebuild')", err);
	rc = sqlite3_prepare_v2(st->db, "INSERT INTO contribution_fts"
	    " (rowid, text, themes) SELECT id, text, themes"
	    " FROM contributions WHERE id > ?1", -1, &s, NULL);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	sqlite3_bind_int64(s, 1, last);
	rc = step_done(st, s, err);
	sqlite3_finalize(s);
	if (rc != 0)
		return -1;
	return store_exec(st, "DELETE FROM fts_pause", err);
}

/*
 * The history rows of the rows after id last, as adding each by hand
 * writes them (a row "contribution" naming its id, then
 * "contribution_contact" "given" when it has contact details), in one
 * statement (CROSS JOIN: the contributions in id order outside, so only
 * the two rows of each are sorted, not the whole import).
 */
static int
history_rows(struct store *st, long long did, long long version,
    const char *now, const char *who, long long last, struct dlg_error *err)
{
	sqlite3_stmt *s = NULL;
	int rc;

	rc = sqlite3_prepare_v2(st->db, "INSERT INTO history (dialogue_id,"
	    " version, at, who, field, old_value, new_value, reason)"
	    " SELECT ?1, ?2, ?3, ?4, k.field, NULL, CASE k.n WHEN 0 THEN"
	    " CAST(c.id AS TEXT) ELSE 'given' END, NULL"
	    " FROM contributions c CROSS JOIN (SELECT 0 AS n,"
	    " 'contribution' AS field UNION ALL SELECT 1,"
	    " 'contribution_contact') k"
	    " WHERE c.id > ?5 AND (k.n = 0 OR (c.contact IS NOT NULL"
	    " AND c.contact <> '')) ORDER BY c.id, k.n", -1, &s, NULL);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	sqlite3_bind_int64(s, 1, did);
	sqlite3_bind_int64(s, 2, version);
	store_bind_text(s, 3, now);
	sqlite3_bind_text(s, 4, who != NULL && *who != '\0' ? who : "unknown",
	    -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 5, last);
	rc = step_done(st, s, err);
	sqlite3_finalize(s);
	return rc;
}

static int
add_one(struct store *st, sqlite3_stmt *s, sqlite3_stmt *sess, long long did,
    const char *now, const char *ref, struct dlg_contribution *c,
    struct dlg_error *err)
{
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
	c->id = sqlite3_last_insert_rowid(st->db);
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
	long long did, version, last = 0;
	sqlite3_stmt *s = NULL, *sess = NULL;
	char now[32], count[32];
	size_t n = 0;
	int rc, paused = 0;

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
	/* The rows of this import are those after the last id: a rowid
	 * table gives a new row the largest id plus one, and the write
	 * transaction keeps every other writer out. */
	rc = sqlite3_prepare_v2(st->db, "SELECT ifnull(max(id), 0)"
	    " FROM contributions", -1, &s, NULL);
	if (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		last = sqlite3_column_int64(s, 0);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(s);
	s = NULL;
	if (rc != SQLITE_OK) {
		store_sqlerr(st, rc, err);
		goto fail;
	}
	if (fts_pause(st, &paused, err) != 0)
		goto fail;
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
		rc = add_one(st, s, sess, did, now, ref, &c, err);
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
	if (history_rows(st, did, version, now, who, last, err) != 0 ||
	    (paused && fts_index(st, last, last, n, err) != 0))
		goto fail;
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
