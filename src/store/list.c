/*
 * list.c: finding dialogues. A store_query becomes one SELECT whose WHERE
 * is built from fixed fragments with bound parameters: states, a body
 * concerned (case-insensitive for Swedish letters too), the year of the
 * reference, and full-text search through the FTS5 tables, each word of
 * the user's text a quoted prefix term. The sort order comes from a
 * whitelist; the reference breaks ties, so the order is total.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "store-int.h"

#define MAX_BINDS	(DLG_NSTATES + 8)

struct binds {
	int		 n;
	struct {
		const char	*text;	/* NULL: integer */
		long long	 i;
	} v[MAX_BINDS];
};

static void
bind_text(struct binds *b, const char *text)
{
	b->v[b->n].text = text;
	b->v[b->n].i = 0;
	b->n++;
}

static void
bind_int(struct binds *b, long long i)
{
	b->v[b->n].text = NULL;
	b->v[b->n].i = i;
	b->n++;
}

/* A word worth searching for: one letter or digit at least, so that a
 * lone "-" does not become an empty phrase. */
static int
has_word_char(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80 ||
		    (s[i] >= '0' && s[i] <= '9') ||
		    (s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= 'A' && s[i] <= 'Z'))
			return 1;
	return 0;
}

/*
 * The FTS5 query for the user's text: every word as an FTS5 string
 * ("..." with " doubled, so no word is read as an operator or column
 * filter) with a prefix star; words are ANDed. NULL when no word is left.
 * Caller frees.
 */
static char *
fts_query(const char *text)
{
	struct strbuf sb;
	const char *p = text, *w;
	size_t n, i;

	sb_init(&sb);
	while (*p != '\0') {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		w = p;
		while (*p != '\0' && *p != ' ' && *p != '\t' && *p != '\n' &&
		    *p != '\r')
			p++;
		n = (size_t)(p - w);
		if (n == 0 || !has_word_char(w, n))
			continue;
		if (sb.len > 0)
			sb_addc(&sb, ' ');
		sb_addc(&sb, '"');
		for (i = 0; i < n; i++) {
			if (w[i] == '"')
				sb_addc(&sb, '"');
			sb_addc(&sb, w[i]);
		}
		sb_add(&sb, "\" *");
	}
	if (sb.len == 0) {
		sb_release(&sb);
		return NULL;
	}
	return sb_detach(&sb);
}

/* Append " AND ..." for every condition of q; fts is kept alive by the
 * caller while the statement runs. */
static void
add_where(struct strbuf *sql, struct binds *b, const struct store_query *q,
    const char *fts)
{
	int s, first = 1;

	sb_add(sql, " WHERE 1");
	if (q->states != 0) {
		sb_add(sql, " AND d.state IN (");
		for (s = 0; s < DLG_NSTATES; s++) {
			if (!(q->states & (1u << s)))
				continue;
			sb_add(sql, first ? "?" : ", ?");
			first = 0;
			bind_text(b, dlg_state_token((enum dlg_state)s));
		}
		if (first)
			sb_add(sql, "NULL");
		sb_add(sql, ")");
	}
	if (q->body != NULL && *q->body != '\0') {
		sb_add(sql, " AND d.id IN (SELECT i.dialogue_id FROM items i"
		    " WHERE i.field = 'bodies'"
		    " AND dlg_fold(trim(i.name)) = dlg_fold(trim(?)))");
		bind_text(b, q->body);
	}
	if (q->year > 0) {
		sb_add(sql, " AND d.year = ?");
		bind_int(b, q->year);
	}
	if (q->text != NULL && fts == NULL && has_word_char(q->text,
	    strlen(q->text)) == 0 && strspn(q->text, " \t\r\n") !=
	    strlen(q->text)) {
		/* Text given, but nothing in it can be searched for. */
		sb_add(sql, " AND 0");
	} else if (fts != NULL) {
		sb_add(sql, " AND (d.id IN (SELECT rowid FROM dialogue_fts"
		    " WHERE dialogue_fts MATCH ?)"
		    " OR d.id IN (SELECT c.dialogue_id FROM contributions c"
		    " WHERE c.id IN (SELECT rowid FROM contribution_fts"
		    " WHERE contribution_fts MATCH ?)))");
		bind_text(b, fts);
		bind_text(b, fts);
	}
}

static void
add_order(struct strbuf *sql, const struct store_query *q)
{
	const char *dir = q->desc ? " DESC" : "";
	int s;

	sb_add(sql, " ORDER BY ");
	switch (q->sort) {
	case SORT_TITLE:
		sb_addf(sql, "d.title COLLATE dlg_sv%s, ", dir);
		break;
	case SORT_STATE:
		/* Lifecycle order, not alphabetical. */
		sb_add(sql, "CASE d.state");
		for (s = 0; s < DLG_NSTATES; s++)
			sb_addf(sql, " WHEN '%s' THEN %d",
			    dlg_state_token((enum dlg_state)s), s);
		sb_addf(sql, " END%s, ", dir);
		break;
	case SORT_DEADLINE:
		/* Without a date last, whichever the direction. */
		sb_addf(sql, "d.decision_deadline IS NULL,"
		    " d.decision_deadline%s, ", dir);
		break;
	case SORT_START:
		sb_addf(sql, "d.planned_start IS NULL, d.planned_start%s, ",
		    dir);
		break;
	case SORT_UPDATED:
		sb_addf(sql, "d.updated%s, ", dir);
		break;
	case SORT_BODY:
		sb_addf(sql, "(SELECT i.name FROM items i"
		    " WHERE i.dialogue_id = d.id AND i.field = 'bodies'"
		    " ORDER BY i.pos LIMIT 1) COLLATE dlg_sv%s, ", dir);
		break;
	case SORT_REF:
	default:
		break;
	}
	sb_addf(sql, "d.year%s, d.serial%s", dir, dir);
}

static int
prepare(struct store *st, const char *sql, const struct binds *b,
    sqlite3_stmt **out, struct dlg_error *err)
{
	int rc, i;

	rc = sqlite3_prepare_v2(st->db, sql, -1, out, NULL);
	if (rc != SQLITE_OK) {
		*out = NULL;
		return store_sqlerr(st, rc, err);
	}
	for (i = 0; i < b->n; i++)
		if (b->v[i].text != NULL)
			sqlite3_bind_text(*out, i + 1, b->v[i].text, -1,
			    SQLITE_STATIC);
		else
			sqlite3_bind_int64(*out, i + 1, b->v[i].i);
	return 0;
}

/* The light dialogue with storage id id, read through the cached
 * statement (its read joins the listing's). */
static int
read_by_id(struct store *st, long long id, struct dialogue **out,
    struct dlg_error *err)
{
	sqlite3_stmt *s;
	int rc;

	*out = NULL;
	if ((s = store_stmt(st, STMT_DLG_BY_ID, err)) == NULL)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		rc = store_read_dialogue(st, s, out, err);
	else
		rc = store_sqlerr(st, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc,
		    err);
	store_stmt_done(s);
	return rc;
}

int
store_list(struct store *st, const struct store_query *q,
    int (*cb)(const struct dialogue *d, void *arg), void *arg,
    struct dlg_error *err)
{
	struct dialogue *d;
	struct strbuf sql;
	struct binds b;
	sqlite3_stmt *s = NULL;
	char *fts;
	int rc, stop;

	b.n = 0;
	fts = q->text != NULL ? fts_query(q->text) : NULL;
	/*
	 * Two steps: the matching ids in order (the sort handles small
	 * records), then each dialogue by id. Sorting the full rows, with
	 * their derived counts computed first, took seconds per 100 000.
	 */
	sb_init(&sql);
	sb_add(&sql, "SELECT d.id FROM dialogues d");
	add_where(&sql, &b, q, fts);
	add_order(&sql, q);
	sb_add(&sql, " LIMIT ? OFFSET ?");
	bind_int(&b, q->limit > 0 ? q->limit : -1);
	bind_int(&b, q->offset > 0 ? q->offset : 0);
	if (prepare(st, sql.buf, &b, &s, err) != 0) {
		sb_release(&sql);
		free(fts);
		return -1;
	}
	/* Not cached, so the callback may use the store meanwhile. */
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (read_by_id(st, sqlite3_column_int64(s, 0), &d, err) != 0) {
			rc = -1;
			break;
		}
		stop = cb(d, arg);
		dlg_free(d);
		if (stop) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE && rc != -1)
		store_sqlerr(st, rc, err);
	sqlite3_finalize(s);
	sb_release(&sql);
	free(fts);
	return rc == SQLITE_DONE ? 0 : -1;
}

int
store_count(struct store *st, const struct store_query *q, long *count,
    struct dlg_error *err)
{
	struct strbuf sql;
	struct binds b;
	sqlite3_stmt *s = NULL;
	char *fts;
	int rc;

	b.n = 0;
	*count = 0;
	fts = q->text != NULL ? fts_query(q->text) : NULL;
	sb_init(&sql);
	sb_add(&sql, "SELECT count(*) FROM dialogues d");
	add_where(&sql, &b, q, fts);
	if (prepare(st, sql.buf, &b, &s, err) != 0) {
		sb_release(&sql);
		free(fts);
		return -1;
	}
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*count = (long)sqlite3_column_int64(s, 0);
	else
		store_sqlerr(st, rc, err);
	sqlite3_finalize(s);
	sb_release(&sql);
	free(fts);
	return rc == SQLITE_ROW ? 0 : -1;
}

int
store_ref_width(struct store *st, int *width, struct dlg_error *err)
{
	sqlite3_stmt *s = NULL;
	int rc;

	*width = 0;
	rc = sqlite3_prepare_v2(st->db, "SELECT max(length(ref)) FROM "
	    "dialogues", -1, &s, NULL);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*width = sqlite3_column_int(s, 0);
	else
		store_sqlerr(st, rc, err);
	sqlite3_finalize(s);
	return rc == SQLITE_ROW ? 0 : -1;
}
