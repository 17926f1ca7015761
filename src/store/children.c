/*
 * children.c: the child records of a dialogue: sessions, feedback and
 * contributions. Adding or editing one bumps the dialogue's version and
 * writes history rows, in one transaction; an edit names each changed
 * column ("session 3 place", old and new) and refuses a stale version of
 * the dialogue. Contact details of contributions are personal data: the
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

enum child { CHILD_SESSION, CHILD_FEEDBACK, CHILD_CONTRIBUTION };

/* Step a statement that reads the row id of dialogue a->did: 0 on a row,
 * else -1 with ERR_NOTFOUND naming the kind of row, or the storage
 * error; the statement is reset then. */
static int
row_of(struct store *st, sqlite3_stmt *s, const char *ref, long long id,
    const struct action *a, enum child kind, struct dlg_error *err)
{
	int rc;

	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int64(s, 2, a->did);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		return 0;
	if (rc != SQLITE_DONE)
		store_sqlerr(st, rc, err);
	else if (kind == CHILD_SESSION)
		err_set(err, ERR_NOTFOUND, _("%s has no session %lld"), ref,
		    id);
	else if (kind == CHILD_FEEDBACK)
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
	    row_of(st, s, ref, sid, a, CHILD_SESSION, err) != 0)
		return -1;
	store_stmt_done(s);
	return 0;
}

/* ------------------------------------------------------------ rows */

void
store_read_session(sqlite3_stmt *s, struct dlg_session *v)
{
	memset(v, 0, sizeof *v);
	v->id = sqlite3_column_int64(s, 0);
	v->date = store_col_dup(s, 1);
	v->place = store_col_dup(s, 2);
	v->method = store_col_dup(s, 3);
	v->participants = sqlite3_column_type(s, 4) == SQLITE_NULL ? -1 :
	    sqlite3_column_int64(s, 4);
	v->breakdown = store_col_dup(s, 5);
	v->politicians = store_col_dup(s, 6);
	v->notes = store_col_dup(s, 7);
}

void
store_read_feedback(sqlite3_stmt *s, struct dlg_feedback *v)
{
	memset(v, 0, sizeof *v);
	v->id = sqlite3_column_int64(s, 0);
	v->date = store_col_dup(s, 1);
	v->sender = store_col_dup(s, 2);
	v->channels = store_col_dup(s, 3);
	v->text = store_col_dup(s, 4);
}

/* The columns id, session_id, channel, text, themes, contact,
 * contact_erased, created, channel_text. */
static void
read_contribution(sqlite3_stmt *s, struct dlg_contribution *c)
{
	memset(c, 0, sizeof *c);
	c->id = sqlite3_column_int64(s, 0);
	c->session_id = sqlite3_column_int64(s, 1);
	c->channel = store_col_dup(s, 2);
	c->text = store_col_dup(s, 3);
	c->themes = store_col_dup(s, 4);
	c->contact = store_col_dup(s, 5);
	c->contact_erased = sqlite3_column_int(s, 6);
	c->created = store_col_dup(s, 7);
	c->channel_text = store_col_dup(s, 8);
}

/* The columns ?2.. of STMT_SESSION_ADD and STMT_SESSION_UPDATE. */
static void
bind_session(sqlite3_stmt *s, const struct dlg_session *v)
{
	store_bind_text(s, 2, v->date);
	store_bind_text(s, 3, v->place);
	store_bind_text(s, 4, v->method);
	if (v->participants >= 0)
		sqlite3_bind_int64(s, 5, v->participants);
	store_bind_text(s, 6, v->breakdown);
	store_bind_text(s, 7, v->politicians);
	store_bind_text(s, 8, v->notes);
}

/* The columns ?2.. of STMT_FEEDBACK_ADD and STMT_FEEDBACK_UPDATE. */
static void
bind_feedback(sqlite3_stmt *s, const struct dlg_feedback *v)
{
	store_bind_text(s, 2, v->date);
	store_bind_text(s, 3, v->sender);
	store_bind_text(s, 4, v->channels);
	store_bind_text(s, 5, v->text);
}

/* The columns ?2..?6 and ?8 of STMT_CONTRIB_ADD and STMT_CONTRIB_UPDATE.
 * The channel's own text stays only with the channel "other". */
static void
bind_contribution(sqlite3_stmt *s, const struct dlg_contribution *v)
{
	if (v->session_id > 0)
		sqlite3_bind_int64(s, 2, v->session_id);
	store_bind_text(s, 3, v->channel);
	store_bind_text(s, 4, v->text);
	store_bind_text(s, 5, v->themes);
	store_bind_text(s, 6, v->contact);
	if (v->channel != NULL && strcmp(v->channel, "other") == 0)
		store_bind_text(s, 8, v->channel_text);
}

/* ------------------------------------------------------------ edits */

/* Most columns of a child record; an edit writes one row per change. */
#define EDIT_MAXROWS	8

/* The history rows of an edit: one per changed column, its field named
 * "KIND ID COLUMN". Values are borrowed, except numbers kept here. */
struct edit_rows {
	struct store_hrow	 v[EDIT_MAXROWS];
	char			 field[EDIT_MAXROWS][48];
	char			 num[EDIT_MAXROWS][2][24];
	const char		*kind;
	long long		 id;
	size_t			 n;
};

static struct store_hrow *
edit_row(struct edit_rows *e, const char *column)
{
	struct store_hrow *h = &e->v[e->n];

	snprintf(e->field[e->n], sizeof e->field[0], "%s %lld %s", e->kind,
	    e->id, column);
	h->field = e->field[e->n];
	e->n++;
	return h;
}

static void
edit_text(struct edit_rows *e, const char *column, const char *old,
    const char *new)
{
	struct store_hrow *h;

	if (same_text(old, new))
		return;
	h = edit_row(e, column);
	h->old_value = is_empty(old) ? NULL : old;
	h->new_value = is_empty(new) ? NULL : new;
}

/* A number column; none (and anything below) is no value. */
static void
edit_number(struct edit_rows *e, const char *column, long long old,
    long long new, long long none)
{
	char (*num)[24] = e->num[e->n];
	struct store_hrow *h;

	if (old == new || (old <= none && new <= none))
		return;
	h = edit_row(e, column);
	snprintf(num[0], sizeof num[0], "%lld", old);
	snprintf(num[1], sizeof num[1], "%lld", new);
	h->old_value = old > none ? num[0] : NULL;
	h->new_value = new > none ? num[1] : NULL;
}

/* ------------------------------------------------------------ sessions */

int
store_session_add(struct store *st, const char *ref, struct dlg_session *v,
    const char *who, struct dlg_error *err)
{
	struct store_hrow h = { "session", NULL, NULL };
	struct action a;
	sqlite3_stmt *s;
	long long id;

	if (is_empty(v->date))
		return err_set(err, ERR_REFUSED,
		    _("a session needs a date (YYYY-MM-DD)"));
	if (action_begin(st, ref, -1, &a, err) != 0)
		return -1;
	if ((s = store_stmt(st, STMT_SESSION_ADD, err)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, a.did);
	bind_session(s, v);
	if (step_done(st, s, err) != 0)
		goto fail;
	id = sqlite3_last_insert_rowid(st->db);
	h.new_value = v->date;
	if (action_commit(st, &a, who, &h, 1, err) != 0)
		return -1;
	v->id = id;
	return 0;
fail:
	store_rollback(st);
	return -1;
}

int
store_session_update(struct store *st, const char *ref,
    const struct dlg_session *v, long long expected_version,
    const char *who, struct dlg_error *err)
{
	struct edit_rows e = { .kind = "session", .id = v->id };
	struct dlg_session old;
	struct action a;
	sqlite3_stmt *s;
	int rc = -1;

	memset(&old, 0, sizeof old);
	if (dlg_session_check(v, err) != 0)
		return -1;
	if (action_begin(st, ref, expected_version, &a, err) != 0)
		return -1;
	if ((s = store_stmt(st, STMT_SESSION_GET, err)) == NULL ||
	    row_of(st, s, ref, v->id, &a, CHILD_SESSION, err) != 0)
		goto fail;
	store_read_session(s, &old);
	store_stmt_done(s);
	edit_text(&e, "date", old.date, v->date);
	edit_text(&e, "place", old.place, v->place);
	edit_text(&e, "method", old.method, v->method);
	edit_number(&e, "participants", old.participants, v->participants,
	    -1);
	edit_text(&e, "breakdown", old.breakdown, v->breakdown);
	edit_text(&e, "politicians", old.politicians, v->politicians);
	edit_text(&e, "notes", old.notes, v->notes);
	if (e.n == 0) {
		/* Nothing to save: the version stays. */
		rc = 0;
		goto fail;
	}
	if ((s = store_stmt(st, STMT_SESSION_UPDATE, err)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, v->id);
	bind_session(s, v);
	if (step_done(st, s, err) != 0)
		goto fail;
	rc = action_commit(st, &a, who, e.v, e.n, err);
	dlg_session_clear(&old);
	return rc;
fail:
	store_rollback(st);
	dlg_session_clear(&old);
	return rc;
}

/* ------------------------------------------------------------ feedback */

int
store_feedback_add(struct store *st, const char *ref, struct dlg_feedback *v,
    const char *who, struct dlg_error *err)
{
	struct store_hrow h = { "feedback", NULL, NULL };
	struct action a;
	sqlite3_stmt *s;
	long long id;

	if (is_empty(v->date))
		return err_set(err, ERR_REFUSED,
		    _("feedback needs a date (YYYY-MM-DD)"));
	if (action_begin(st, ref, -1, &a, err) != 0)
		return -1;
	if ((s = store_stmt(st, STMT_FEEDBACK_ADD, err)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, a.did);
	bind_feedback(s, v);
	if (step_done(st, s, err) != 0)
		goto fail;
	id = sqlite3_last_insert_rowid(st->db);
	h.new_value = v->date;
	if (action_commit(st, &a, who, &h, 1, err) != 0)
		return -1;
	v->id = id;
	return 0;
fail:
	store_rollback(st);
	return -1;
}

int
store_feedback_update(struct store *st, const char *ref,
    const struct dlg_feedback *v, long long expected_version,
    const char *who, struct dlg_error *err)
{
	struct edit_rows e = { .kind = "feedback", .id = v->id };
	struct dlg_feedback old;
	struct action a;
	sqlite3_stmt *s;
	int rc = -1;

	memset(&old, 0, sizeof old);
	if (dlg_feedback_check(v, err) != 0)
		return -1;
	if (action_begin(st, ref, expected_version, &a, err) != 0)
		return -1;
	if ((s = store_stmt(st, STMT_FEEDBACK_GET, err)) == NULL ||
	    row_of(st, s, ref, v->id, &a, CHILD_FEEDBACK, err) != 0)
		goto fail;
	store_read_feedback(s, &old);
	store_stmt_done(s);
	edit_text(&e, "date", old.date, v->date);
	edit_text(&e, "sender", old.sender, v->sender);
	edit_text(&e, "channels", old.channels, v->channels);
	edit_text(&e, "text", old.text, v->text);
	if (e.n == 0) {
		rc = 0;
		goto fail;
	}
	if ((s = store_stmt(st, STMT_FEEDBACK_UPDATE, err)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, v->id);
	bind_feedback(s, v);
	if (step_done(st, s, err) != 0)
		goto fail;
	rc = action_commit(st, &a, who, e.v, e.n, err);
	dlg_feedback_clear(&old);
	return rc;
fail:
	store_rollback(st);
	dlg_feedback_clear(&old);
	return rc;
}

/* ------------------------------------------------------------ contributions */

int
store_contribution_add(struct store *st, const char *ref,
    struct dlg_contribution *v, const char *who, struct dlg_error *err)
{
	/* The history names the contribution, never its contact details. */
	struct store_hrow h[2] = {
		{ "contribution", NULL, NULL },
		{ "contribution_contact", NULL, "given" },
	};
	struct action a;
	sqlite3_stmt *s;
	char idtext[32];
	long long id;

	if (is_empty(v->text))
		return err_set(err, ERR_REFUSED,
		    _("a contribution needs a text"));
	if (action_begin(st, ref, -1, &a, err) != 0)
		return -1;
	if (v->session_id > 0 && session_of(st, ref, v->session_id, &a,
	    err) != 0)
		goto fail;
	if ((s = store_stmt(st, STMT_CONTRIB_ADD, err)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, a.did);
	bind_contribution(s, v);
	store_bind_text(s, 7, a.now);
	if (step_done(st, s, err) != 0)
		goto fail;
	id = sqlite3_last_insert_rowid(st->db);
	snprintf(idtext, sizeof idtext, "%lld", id);
	h[0].new_value = idtext;
	if (action_commit(st, &a, who, h, is_empty(v->contact) ? 1 : 2,
	    err) != 0)
		return -1;
	v->id = id;
	free(v->created);
	v->created = xstrdup(a.now);
	v->contact_erased = 0;
	return 0;
fail:
	store_rollback(st);
	return -1;
}

/*
 * After contact details were overwritten: secure_delete zeroed the old
 * cell in the pages; the write-ahead log still holds earlier page images
 * until a checkpoint copies the new ones back and truncates it. In bulk
 * mode that waits for the commit; if readers keep the log busy,
 * store_close() tries again.
 */
static void
forget_old_pages(struct store *st)
{
	st->need_checkpoint = 1;
	if (!st->bulk && store_checkpoint(st) == 0)
		st->need_checkpoint = 0;
}

int
store_contribution_update(struct store *st, const char *ref,
    const struct dlg_contribution *v, long long expected_version,
    const char *who, struct dlg_error *err)
{
	struct edit_rows e = { .kind = "contribution", .id = v->id };
	struct dlg_contribution old;
	struct store_hrow *h;
	struct action a;
	sqlite3_stmt *s;
	int rc = -1, overwritten = 0, erased;

	memset(&old, 0, sizeof old);
	if (dlg_contribution_check(v, err) != 0)
		return -1;
	if (action_begin(st, ref, expected_version, &a, err) != 0)
		return -1;
	if ((s = store_stmt(st, STMT_CONTRIB_ROW, err)) == NULL ||
	    row_of(st, s, ref, v->id, &a, CHILD_CONTRIBUTION,
	    err) != 0)
		goto fail;
	read_contribution(s, &old);
	store_stmt_done(s);
	if (v->session_id > 0 && v->session_id != old.session_id &&
	    session_of(st, ref, v->session_id, &a, err) != 0)
		goto fail;
	edit_text(&e, "text", old.text, v->text);
	edit_text(&e, "channel", old.channel, v->channel);
	if (v->channel != NULL && strcmp(v->channel, "other") == 0)
		edit_text(&e, "channel_text", old.channel_text,
		    v->channel_text);
	edit_number(&e, "session", old.session_id, v->session_id, 0);
	edit_text(&e, "themes", old.themes, v->themes);
	erased = old.contact_erased;
	if (!same_text(old.contact, v->contact)) {
		/* Personal data: only given, changed or erased. */
		h = edit_row(&e, "contact");
		h->old_value = old.contact != NULL ? "given" :
		    old.contact_erased ? "erased" : NULL;
		h->new_value = is_empty(v->contact) ? "erased" :
		    old.contact != NULL ? "changed" : "given";
		overwritten = old.contact != NULL;
		erased = is_empty(v->contact);
	}
	if (e.n == 0) {
		rc = 0;
		goto fail;
	}
	if ((s = store_stmt(st, STMT_CONTRIB_UPDATE, err)) == NULL)
		goto fail;
	sqlite3_bind_int64(s, 1, v->id);
	bind_contribution(s, v);
	sqlite3_bind_int(s, 7, erased);
	if (step_done(st, s, err) != 0)
		goto fail;
	rc = action_commit(st, &a, who, e.v, e.n, err);
	if (rc == 0 && overwritten)
		forget_old_pages(st);
	dlg_contribution_clear(&old);
	return rc;
fail:
	store_rollback(st);
	dlg_contribution_clear(&old);
	return rc;
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
	    " themes, contact, contact_erased, created, channel_text"
	    " FROM contributions WHERE dialogue_id = ?1 ORDER BY id", -1, &s, NULL);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	sqlite3_bind_int64(s, 1, did);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		read_contribution(s, &c);
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
	static const struct store_hrow h = {
		"contribution_contact", "given", "erased"
	};
	struct action a;
	sqlite3_stmt *s;
	int has_contact;

	if (action_begin(st, ref, -1, &a, err) != 0)
		return -1;
	if ((s = store_stmt(st, STMT_CONTRIB_GET, err)) == NULL ||
	    row_of(st, s, ref, id, &a, CHILD_CONTRIBUTION,
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
	if (step_done(st, s, err) != 0)
		goto fail;
	if (action_commit(st, &a, who, &h, 1, err) != 0)
		return -1;
	forget_old_pages(st);
	return 0;
fail:
	store_rollback(st);
	return -1;
}
