/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * list.c: finding dialogues. A store_query becomes one SELECT whose WHERE
 * is built from fixed fragments with bound parameters: states, a body
 * concerned (case-insensitive for Swedish letters too), the year of the
 * reference, and full-text search through the FTS5 tables, each word of
 * the user's text a quoted prefix term. The sort order comes from a
 * whitelist; the reference breaks ties, so the order is total. A listing
 * of dialogues reads them with the same statement when its plan needs no
 * sort (list_part).
 */
#include "config.h"

#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store-int.h"

/* States, body, year, two for the text, three for the keyset, limit and
 * offset, with room to spare. */
#define MAX_BINDS	(DLG_NSTATES + 12)

struct binds {
	int		 n;
	struct {
		const char	*text;	/* NULL: val, or else i */
		long long	 i;
		sqlite3_value	*val;	/* owned: a value read before */
	} v[MAX_BINDS];
};

static void
bind_text(struct binds *b, const char *text)
{
	b->v[b->n].text = text;
	b->v[b->n].i = 0;
	b->v[b->n].val = NULL;
	b->n++;
}

static void
bind_int(struct binds *b, long long i)
{
	b->v[b->n].text = NULL;
	b->v[b->n].i = i;
	b->v[b->n].val = NULL;
	b->n++;
}

/* A copy of v (NULL: SQL NULL). */
static void
bind_value(struct binds *b, const sqlite3_value *v)
{
	b->v[b->n].text = NULL;
	b->v[b->n].i = 0;
	b->v[b->n].val = v != NULL ? sqlite3_value_dup(v) : NULL;
	b->n++;
}

static void
binds_release(struct binds *b)
{
	int i;

	for (i = 0; i < b->n; i++)
		sqlite3_value_free(b->v[i].val);
	b->n = 0;
}

/*
 * The tokenizer of both full-text indexes (schema.c, version 13), with
 * its arguments: the words of a search are cut where the index cuts them.
 */
static const char *const fts_tokenizer_args[] = {
	"remove_diacritics", "0"
};

/* The words of one user's word, as the index has them. */
struct fts_words {
	struct strbuf	*sb;
	int		 n;	/* how many so far */
};

static int
fts_word(void *arg, int flags, const char *tok, int n, int start, int end)
{
	struct fts_words *w = arg;
	int i;

	(void)start;
	(void)end;
	if ((flags & FTS5_TOKEN_COLOCATED) || n <= 0)
		return SQLITE_OK;
	if (w->sb->len > 0)
		sb_addc(w->sb, ' ');
	sb_addc(w->sb, '"');
	for (i = 0; i < n; i++) {
		if (tok[i] == '"')
			sb_addc(w->sb, '"');
		sb_addc(w->sb, tok[i]);
	}
	sb_addc(w->sb, '"');
	w->n++;
	return SQLITE_OK;
}

/*
 * The indexes' tokenizer on st's connection, made at the first search
 * and kept until store_close (store_fts_forget), from FTS5's own API
 * (fts5.html, "Extending FTS5"). 0, or -1 with err set.
 */
static int
fts_tokenizer(struct store *st, struct dlg_error *err)
{
	fts5_api *api = NULL;
	sqlite3_stmt *s = NULL;
	void *ud = NULL;
	int rc;

	if (st->fts_tok != NULL)
		return 0;
	rc = sqlite3_prepare_v2(st->db, "SELECT fts5(?1)", -1, &s, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_bind_pointer(s, 1, (void *)&api, "fts5_api_ptr", NULL);
		(void)sqlite3_step(s);
	}
	sqlite3_finalize(s);
	if (rc == SQLITE_OK)
		rc = api == NULL ? SQLITE_ERROR : api->xFindTokenizer(api,
		    "unicode61", &ud, &st->fts_tk);
	if (rc == SQLITE_OK)
		rc = st->fts_tk.xCreate(ud, (const char **)fts_tokenizer_args,
		    (int)(sizeof fts_tokenizer_args /
		    sizeof fts_tokenizer_args[0]), &st->fts_tok);
	if (rc != SQLITE_OK) {
		st->fts_tok = NULL;
		return store_sqlerr(st, rc, err);
	}
	return 0;
}

void
store_fts_forget(struct store *st)
{
	if (st->fts_tok != NULL)
		st->fts_tk.xDelete(st->fts_tok);
	st->fts_tok = NULL;
}

/* What separates the words a user types. */
#define BLANKS	" \t\r\n"

/*
 * The FTS5 query for the user's text into *out (NULL when it has no word
 * to search for): the text cut into words by the indexes' own tokenizer,
 * each word an FTS5 string ("..." with " doubled, so no word is read as
 * an operator or column filter), all of them ANDed. The last word of
 * each piece the user typed between blanks is a prefix ("e-po" is "e"
 * and "po" *): the indexes keep no positions (detail=none), so a word
 * with a hyphen or a stop inside finds its parts anywhere in the same
 * text, not only side by side. 0, or -1 with err set. Caller frees.
 */
static int
fts_query(struct store *st, const char *text, char **out,
    struct dlg_error *err)
{
	struct strbuf sb;
	struct fts_words w;
	const char *p = text;
	size_t n;
	int rc = SQLITE_OK;

	*out = NULL;
	if (fts_tokenizer(st, err) != 0)
		return -1;
	sb_init(&sb);
	w.sb = &sb;
	while (rc == SQLITE_OK) {
		p += strspn(p, BLANKS);
		if ((n = strcspn(p, BLANKS)) == 0)
			break;
		w.n = 0;
		rc = st->fts_tk.xTokenize(st->fts_tok, &w,
		    FTS5_TOKENIZE_QUERY | FTS5_TOKENIZE_PREFIX, p, (int)n,
		    fts_word);
		if (rc == SQLITE_OK && w.n > 0)
			sb_add(&sb, " *");
		p += n;
	}
	if (rc != SQLITE_OK) {
		sb_release(&sb);
		return store_sqlerr(st, rc, err);
	}
	if (sb.len == 0)
		sb_release(&sb);
	else
		*out = sb_detach(&sb);
	return 0;
}

/*
 * Append " AND ..." for every condition of q; fts is kept alive by the
 * caller while the statement runs. scan: the text's matches are looked
 * up for each row read in order ("+d.id": no index from the matches),
 * so that every match is read once, in order, with no sort; otherwise
 * the matches are fetched by id and sorted, which is quicker for a page
 * of a few.
 */
static void
add_where(struct strbuf *sql, struct binds *b, const struct store_query *q,
    const char *fts, int scan)
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
	if (q->text != NULL && fts == NULL && strspn(q->text, BLANKS) !=
	    strlen(q->text)) {
		/* Text given, but nothing in it can be searched for. */
		sb_add(sql, " AND 0");
	} else if (fts != NULL) {
		sb_addf(sql, " AND (%sd.id IN (SELECT rowid FROM dialogue_fts"
		    " WHERE dialogue_fts MATCH ?)"
		    " OR %sd.id IN (SELECT c.dialogue_id FROM contributions c"
		    " WHERE c.id IN (SELECT rowid FROM contribution_fts"
		    " WHERE contribution_fts MATCH ?)))", scan ? "+" : "",
		    scan ? "+" : "");
		bind_text(b, fts);
		bind_text(b, fts);
	}
}

/*
 * The sort key of q->sort as an SQL expression over the alias a, and
 * whether it can be NULL. Each key has an index (key, year, serial)
 * (schemas 6 and 11), so a page is an index range, not a sort of every
 * match. Title and body concerned sort in Swedish order through the
 * sort keys the store keeps beside them (schema 11), bytes in that
 * order, so no index names a function of the program's.
 */
static int
sort_key(struct strbuf *sb, enum store_sort sort, const char *a)
{
	int s;

	switch (sort) {
	case SORT_TITLE:
		sb_addf(sb, "%s.title_key", a);
		return 0;
	case SORT_STATE:
		/* Lifecycle order, not alphabetical; the same expression as
		 * the index dialogues_by_state. */
		sb_addf(sb, "CASE %s.state", a);
		for (s = 0; s < DLG_NSTATES; s++)
			sb_addf(sb, " WHEN '%s' THEN %d",
			    dlg_state_token((enum dlg_state)s), s);
		sb_add(sb, " END");
		return 0;
	case SORT_DEADLINE:
		sb_addf(sb, "%s.decision_deadline", a);
		return 1;
	case SORT_START:
		sb_addf(sb, "%s.planned_start", a);
		return 1;
	case SORT_UPDATED:
		sb_addf(sb, "%s.updated", a);
		return 0;
	case SORT_BODY:
		sb_addf(sb, "%s.bodies_key", a);
		return 1;
	case SORT_REF:
	default:
		return -1;
	}
}

/* The anchor's sort key, year and serial (a NULL key: *knull), read
 * before the statement so that its range is bound as values: a row
 * value compared with a subquery's row made SQLite walk every row of
 * the year. 0, or -1 when there is no such row (nothing then comes after
 * it or before it). */
struct anchor {
	sqlite3_stmt	*s;	/* holds the values */
	int		 knull;
};

static int
anchor_read(struct store *st, const struct store_query *q,
    struct anchor *an)
{
	struct strbuf sql;
	int nullable, rc;

	memset(an, 0, sizeof *an);
	sb_init(&sql);
	sb_add(&sql, "SELECT ");
	nullable = sort_key(&sql, q->sort, "a");
	if (nullable < 0)
		sb_add(&sql, "NULL");
	sb_add(&sql, ", a.year, a.serial FROM dialogues a WHERE a.id = ?1");
	rc = sqlite3_prepare_v2(st->db, sql.buf, -1, &an->s, NULL);
	sb_release(&sql);
	if (rc != SQLITE_OK) {
		an->s = NULL;
		return -1;
	}
	sqlite3_bind_int64(an->s, 1, q->after);
	if (sqlite3_step(an->s) != SQLITE_ROW)
		return -1;
	an->knull = sqlite3_column_type(an->s, 0) == SQLITE_NULL;
	return 0;
}

static void
anchor_bind(struct binds *b, struct anchor *an, int col)
{
	bind_value(b, sqlite3_column_value(an->s, col));
}

/*
 * One part of the order: a key that can be NULL sorts its rows with a
 * value first and those without last, whichever the direction, as two
 * parts read one after the other (each an index range). part is 0 (rows
 * with a value, or every row when the key cannot be NULL) or 1 (rows
 * without). With q->after, only rows after the anchor (q->before: before
 * it, nearest first) in the full order.
 */
static void
add_part(struct store *st, struct strbuf *sql, struct binds *b,
    const struct store_query *q, int part)
{
	struct strbuf key;
	struct anchor an;
	int nullable, desc;
	const char *cmp;

	sb_init(&key);
	nullable = sort_key(&key, q->sort, "d");
	/* Rows before the anchor are read backwards. */
	desc = q->desc != (q->after > 0 && q->before);
	cmp = desc ? "<" : ">";
	if (nullable == 1)
		sb_addf(sql, " AND %s IS %s", key.buf, part == 0 ? "NOT NULL" :
		    "NULL");
	if (q->after > 0) {
		if (anchor_read(st, q, &an) != 0) {
			/* No anchor: no row is after it or before it. */
			sb_add(sql, " AND 0");
		} else if (nullable < 0) {
			sb_addf(sql, " AND (d.year, d.serial) %s (?, ?)", cmp);
			anchor_bind(b, &an, 1);
			anchor_bind(b, &an, 2);
		} else if (nullable == 0 || part == 0) {
			/* A NULL anchor key: every row with a value is before
			 * it, none after it. */
			if (nullable == 1 && an.knull)
				sb_add(sql, q->before ? "" : " AND 0");
			else {
				sb_addf(sql, " AND (%s, d.year, d.serial) %s"
				    " (?, ?, ?)", key.buf, cmp);
				anchor_bind(b, &an, 0);
				anchor_bind(b, &an, 1);
				anchor_bind(b, &an, 2);
			}
		} else {
			/* Rows without a value: all after an anchor with
			 * one, none before it. */
			if (an.knull) {
				sb_addf(sql, " AND (d.year, d.serial) %s"
				    " (?, ?)", cmp);
				anchor_bind(b, &an, 1);
				anchor_bind(b, &an, 2);
			} else if (q->before)
				sb_add(sql, " AND 0");
		}
		sqlite3_finalize(an.s);
	}
	sb_add(sql, " ORDER BY ");
	if (nullable >= 0 && !(nullable == 1 && part == 1))
		sb_addf(sql, "%s%s, ", key.buf, desc ? " DESC" : "");
	sb_addf(sql, "d.year%s, d.serial%s", desc ? " DESC" : "",
	    desc ? " DESC" : "");
	sb_release(&key);
}

/* Whether the order of q comes in two parts (see add_part). */
static int
two_parts(const struct store_query *q)
{
	struct strbuf k;
	int n;

	sb_init(&k);
	n = sort_key(&k, q->sort, "d");
	sb_release(&k);
	return n == 1;
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
		else if (b->v[i].val != NULL)
			sqlite3_bind_value(*out, i + 1, b->v[i].val);
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

/*
 * 1 in *yes when the statement sql (with b) sorts its rows in a
 * temporary b-tree rather than reading them in order from an index.
 */
static int
plan_sorts(struct store *st, const char *sql, const struct binds *b,
    int *yes, struct dlg_error *err)
{
	struct strbuf eqp;
	sqlite3_stmt *s = NULL;
	const char *detail;
	int rc;

	*yes = 0;
	sb_init(&eqp);
	sb_add(&eqp, "EXPLAIN QUERY PLAN ");
	sb_add(&eqp, sql);
	rc = prepare(st, eqp.buf, b, &s, err);
	sb_release(&eqp);
	if (rc != 0)
		return -1;
	/* id, parent, notused, detail */
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		if ((detail = (const char *)sqlite3_column_text(s, 3)) !=
		    NULL && strstr(detail, "TEMP B-TREE") != NULL &&
		    strstr(detail, "ORDER BY") != NULL)
			*yes = 1;
	if (rc != SQLITE_DONE)
		store_sqlerr(st, rc, err);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* What a part's rows go to: the ids alone, or each dialogue. */
struct sink {
	int		(*id_cb)(long long id, void *arg);
	int		(*dlg_cb)(const struct dialogue *d, void *arg);
	void		 *arg;
};

/*
 * One part of q's order (add_part) from offset on, at most limit (< 0:
 * all), to the sink; *n counts the rows given, *stop is set when the
 * callback stopped (-1: with an error). A sink of dialogues reads them
 * with the same statement when its plan reads the rows in order (an
 * index range): the derived counts are then computed for the rows given
 * only. A plan that sorts would compute them for every match before the
 * first row, and hold every full row in the sort, so then the ids come
 * sorted and each dialogue is read by its id.
 */
static int
list_part(struct store *st, const struct store_query *q, int part,
    long limit, long offset, const struct sink *out, long *n, int *stop,
    struct dlg_error *err)
{
	struct strbuf sql;
	struct binds b;
	sqlite3_stmt *s = NULL;
	struct dialogue *d;
	char *fts;
	int rc, full = out->dlg_cb != NULL, sorts;

	*n = 0;
	fts = NULL;
	if (q->text != NULL && fts_query(st, q->text, &fts, err) != 0)
		return -1;
	for (;;) {
		b.n = 0;
		sb_init(&sql);
		sb_add(&sql, full ? st->sql_dlg_select :
		    "SELECT d.id FROM dialogues d");
		/* Every match: each read once in order. */
		add_where(&sql, &b, q, fts, limit < 0);
		add_part(st, &sql, &b, q, part);
		sb_add(&sql, " LIMIT ? OFFSET ?");
		bind_int(&b, limit);
		bind_int(&b, offset > 0 ? offset : 0);
		if (!full || out->id_cb != NULL)
			break;
		/* Every dialogue by reference: the index of the references
		 * gives the order. */
		if (q->sort == SORT_REF && q->states == 0 && q->year == 0 &&
		    (q->body == NULL || *q->body == '\0') && q->text == NULL)
			break;
		if (plan_sorts(st, sql.buf, &b, &sorts, err) != 0) {
			binds_release(&b);
			sb_release(&sql);
			free(fts);
			return -1;
		}
		if (!sorts)
			break;
		binds_release(&b);
		sb_release(&sql);
		full = 0;
	}
	rc = prepare(st, sql.buf, &b, &s, err);
	/* Bound: the statement holds its copies. */
	binds_release(&b);
	if (rc != 0) {
		sb_release(&sql);
		free(fts);
		return -1;
	}
	/* Not cached, so the callback may use the store meanwhile. */
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		(*n)++;
		if (out->dlg_cb == NULL)
			*stop = out->id_cb(sqlite3_column_int64(s, 0),
			    out->arg);
		else if ((full ? store_read_dialogue(st, s, &d, err) :
		    read_by_id(st, sqlite3_column_int64(s, 0), &d, err)) != 0)
			*stop = -1;
		else {
			*stop = out->dlg_cb(d, out->arg) != 0;
			dlg_free(d);
		}
		if (*stop != 0) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc != SQLITE_DONE && *stop != -1)
		store_sqlerr(st, rc, err);
	sqlite3_finalize(s);
	sb_release(&sql);
	free(fts);
	return rc == SQLITE_DONE && *stop != -1 ? 0 : -1;
}

/* Rows of one part, for an offset that reaches past it. */
static int
count_part(struct store *st, const struct store_query *q, int part,
    long *count, struct dlg_error *err);

static int
list_parts(struct store *st, const struct store_query *q,
    const struct sink *out, struct dlg_error *err)
{
	long limit = q->limit > 0 ? q->limit : -1, offset = q->offset;
	long n = 0, skipped;
	int stop = 0, part, first, last;

	/* Backwards from an anchor, the rows without a key come first. */
	first = two_parts(q) && q->after > 0 && q->before ? 1 : 0;
	last = two_parts(q) ? 1 - first : first;
	for (part = first;; part = last) {
		if (list_part(st, q, part, limit, offset, out, &n, &stop,
		    err) != 0)
			return -1;
		if (stop || part == last || (limit > 0 && n >= limit))
			break;
		if (limit > 0)
			limit -= n;
		if (offset > 0 && n == 0) {
			if (count_part(st, q, part, &skipped, err) != 0)
				return -1;
			offset = offset > skipped ? offset - skipped : 0;
		} else
			offset = 0;
	}
	return 0;
}

int
store_list_ids(struct store *st, const struct store_query *q,
    int (*cb)(long long id, void *arg), void *arg, struct dlg_error *err)
{
	struct sink out = { cb, NULL, arg };

	return list_parts(st, q, &out, err);
}

int
store_list(struct store *st, const struct store_query *q,
    int (*cb)(const struct dialogue *d, void *arg), void *arg,
    struct dlg_error *err)
{
	struct sink out = { NULL, cb, arg };

	return list_parts(st, q, &out, err);
}

/* The rows matching q's filter (keyset and order aside) in one part
 * (part < 0: all). */
static int
count_where(struct store *st, const struct store_query *q, int part,
    long *count, struct dlg_error *err)
{
	struct store_query cq = *q;
	struct strbuf sql;
	struct binds b;
	sqlite3_stmt *s = NULL;
	char *fts;
	int rc;

	b.n = 0;
	*count = 0;
	fts = NULL;
	if (q->text != NULL && fts_query(st, q->text, &fts, err) != 0)
		return -1;
	sb_init(&sql);
	sb_add(&sql, "SELECT count(*) FROM dialogues d");
	add_where(&sql, &b, q, fts, 0);
	if (part >= 0) {
		/* The part's condition and keyset, without its order. */
		struct strbuf tail;
		char *o;

		sb_init(&tail);
		add_part(st, &tail, &b, &cq, part);
		if ((o = strstr(tail.buf, " ORDER BY ")) != NULL)
			*o = '\0';
		sb_add(&sql, tail.buf);
		sb_release(&tail);
	}
	rc = prepare(st, sql.buf, &b, &s, err);
	/* Bound: the statement holds its copies. */
	binds_release(&b);
	if (rc != 0) {
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

static int
count_part(struct store *st, const struct store_query *q, int part,
    long *count, struct dlg_error *err)
{
	return count_where(st, q, part, count, err);
}

int
store_count(struct store *st, const struct store_query *q, long *count,
    struct dlg_error *err)
{
	struct store_query cq = *q;

	/* The whole filtered list, wherever a page starts. */
	cq.after = 0;
	cq.before = 0;
	return count_where(st, &cq, -1, count, err);
}

/* One integer from sql (id bound to ?1 when >= 0) into *out. */
static int one_int(struct store *st, const char *sql, long long id,
    long long *out, struct dlg_error *err);

int
store_ref_width(struct store *st, int *width, struct dlg_error *err)
{
	long long w;
	int rc;

	rc = one_int(st, "SELECT max(length(ref)) FROM dialogues", -1, &w,
	    err);
	*width = rc == 0 ? (int)w : 0;
	return rc;
}

int
store_body_names(struct store *st, int (*cb)(const char *name, void *arg),
    void *arg, struct dlg_error *err)
{
	sqlite3_stmt *s = NULL;
	int rc;

	rc = sqlite3_prepare_v2(st->db, "SELECT DISTINCT name FROM items"
	    " WHERE field = 'bodies'", -1, &s, NULL);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	/* Not cached, so the callback may use the store meanwhile. */
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		if (cb((const char *)sqlite3_column_text(s, 0), arg) != 0) {
			rc = SQLITE_DONE;
			break;
		}
	if (rc != SQLITE_DONE)
		store_sqlerr(st, rc, err);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* ------------------------------------------------------------ search */

/*
 * The search reads the full-text index on a connection of its own in a
 * thread: FTS5 merges the lists of every term of a prefix before it
 * gives the first row (a one-letter word: every term that starts with
 * it, hundreds of milliseconds on a large register), and the screens must
 * not wait for that. The thread puts what it reads in a buffer of rows
 * the caller takes in store_search_step; when the buffer is full it
 * waits. Each row is (part, rowid, dialogue id); the caller's position
 * in each part is that of the rows it has taken.
 */
#define SEARCH_BUF	4096

struct search_row {
	long long	 rowid, dlg;
	int		 part;		/* 0 dialogue_fts, 1 contribution_fts */
};

struct store_search {
	struct store		*st;
	sqlite3			*db;		/* the thread's */
	char			*fts;
	pthread_t		 thread;
	int			 started;
	pthread_mutex_t		 mu;
	pthread_cond_t		 cv;
	struct search_row	 buf[SEARCH_BUF];
	int			 head, n;	/* ring */
	int			 done;		/* the thread has ended */
	int			 stop;		/* asked to end */
	int			 detached;	/* it frees the search */
	int			 rc;		/* its SQLite result */
	char			 errmsg[256];
	long long		 dlg_at, con_at;	/* taken up to */
};

/* One part's rows into the buffer; 0, or the SQLite result code. */
static int
search_part(struct store_search *ss, int part)
{
	sqlite3_stmt *s = NULL;
	struct search_row *r;
	int rc;

	rc = sqlite3_prepare_v2(ss->db, part == 0 ? "SELECT rowid, rowid"
	    " FROM dialogue_fts WHERE dialogue_fts MATCH ?1 ORDER BY rowid" :
	    "SELECT f.rowid, c.dialogue_id FROM contribution_fts f"
	    " CROSS JOIN contributions c ON c.id = f.rowid"
	    " WHERE contribution_fts MATCH ?1 ORDER BY f.rowid", -1, &s, NULL);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_text(s, 1, ss->fts, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		pthread_mutex_lock(&ss->mu);
		while (ss->n == SEARCH_BUF && !ss->stop)
			pthread_cond_wait(&ss->cv, &ss->mu);
		if (ss->stop) {
			pthread_mutex_unlock(&ss->mu);
			rc = SQLITE_DONE;
			break;
		}
		r = &ss->buf[(ss->head + ss->n) % SEARCH_BUF];
		r->rowid = sqlite3_column_int64(s, 0);
		r->dlg = sqlite3_column_int64(s, 1);
		r->part = part;
		ss->n++;
		pthread_mutex_unlock(&ss->mu);
	}
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : rc;
}

static void
search_free(struct store_search *ss)
{
	if (ss->db != NULL)
		sqlite3_close(ss->db);
	pthread_mutex_destroy(&ss->mu);
	pthread_cond_destroy(&ss->cv);
	free(ss->fts);
	free(ss);
}

/*
 * Searches given up while their thread still reads (store_search_close):
 * each holds a connection to the register until its thread ends, and the
 * last connection to close is the one that removes the register's
 * journal, so store_close waits for them (an interrupted search ends
 * within the merge it is in).
 */
static pthread_mutex_t given_up_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t given_up_cv = PTHREAD_COND_INITIALIZER;
static int given_up;

static void *
search_thread(void *arg)
{
	struct store_search *ss = arg;
	int rc, detached, stop;

	rc = search_part(ss, 0);
	pthread_mutex_lock(&ss->mu);
	stop = ss->stop;
	pthread_mutex_unlock(&ss->mu);
	if (rc == 0 && !stop)
		rc = search_part(ss, 1);
	pthread_mutex_lock(&ss->mu);
	ss->rc = rc;
	if (rc != 0)
		snprintf(ss->errmsg, sizeof ss->errmsg, "%s",
		    sqlite3_errmsg(ss->db));
	ss->done = 1;
	detached = ss->detached;
	pthread_mutex_unlock(&ss->mu);
	/* Given up while it read: nobody waits for it. */
	if (detached) {
		search_free(ss);
		pthread_mutex_lock(&given_up_mu);
		given_up--;
		pthread_cond_broadcast(&given_up_cv);
		pthread_mutex_unlock(&given_up_mu);
	}
	return NULL;
}

void
store_search_wait_given_up(void)
{
	pthread_mutex_lock(&given_up_mu);
	while (given_up > 0)
		pthread_cond_wait(&given_up_cv, &given_up_mu);
	pthread_mutex_unlock(&given_up_mu);
}

int
store_search_open(struct store *st, const char *text,
    struct store_search **out, struct dlg_error *err)
{
	struct store_search *ss;
	int rc;

	*out = NULL;
	ss = xcalloc(1, sizeof *ss);
	ss->st = st;
	if (text != NULL && fts_query(st, text, &ss->fts, err) != 0) {
		free(ss);
		return -1;
	}
	if (ss->fts == NULL) {
		free(ss);
		return 0;
	}
	pthread_mutex_init(&ss->mu, NULL);
	pthread_cond_init(&ss->cv, NULL);
	/* Read only, its own small cache; used by the thread alone. */
	rc = sqlite3_open_v2(st->path, &ss->db, SQLITE_OPEN_READONLY |
	    SQLITE_OPEN_NOMUTEX, NULL);
	if (rc == SQLITE_OK)
		rc = store_harden(ss->db);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(ss->db, "PRAGMA cache_size = -256", NULL,
		    NULL, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_busy_timeout(ss->db, 5000);
		if (pthread_create(&ss->thread, NULL, search_thread, ss) != 0)
			rc = SQLITE_NOMEM;
		else
			ss->started = 1;
	}
	if (rc != SQLITE_OK) {
		if (ss->db != NULL)
			err_detail(err, "SQLite %d: %s", rc,
			    sqlite3_errmsg(ss->db));
		err_set(err, ERR_STORAGE, _("the register '%s' could not be "
		    "searched"), st->path);
		store_search_close(ss);
		return -1;
	}
	*out = ss;
	return 0;
}

void
store_search_suspend(struct store_search *ss)
{
	/* The thread reads on its own connection: nothing to end here. */
	(void)ss;
}

int
store_search_step(struct store_search *ss, long n,
    void (*cb)(long long id, void *arg), void *arg, struct dlg_error *err)
{
	struct search_row r;
	long i;
	int done, rc, took = 0;

	for (i = 0; i < n; i++) {
		pthread_mutex_lock(&ss->mu);
		if (ss->n == 0) {
			done = ss->done;
			rc = ss->rc;
			pthread_mutex_unlock(&ss->mu);
			if (done && rc != 0) {
				err_detail(err, "SQLite %d: %s", rc,
				    ss->errmsg);
				return err_set(err, ERR_STORAGE, _("the "
				    "register '%s' could not be searched"),
				    ss->st->path);
			}
			if (done) {
				ss->dlg_at = ss->con_at = LLONG_MAX;
				return 1;
			}
			/* The thread is still reading. */
			return took ? 0 : 2;
		}
		r = ss->buf[ss->head];
		ss->head = (ss->head + 1) % SEARCH_BUF;
		ss->n--;
		pthread_cond_signal(&ss->cv);
		pthread_mutex_unlock(&ss->mu);
		took = 1;
		if (r.part == 0)
			ss->dlg_at = r.rowid;
		else {
			/* The dialogues' part is read to its end. */
			ss->dlg_at = LLONG_MAX;
			ss->con_at = r.rowid;
		}
		cb(r.dlg, arg);
	}
	return 0;
}

void
store_search_passed(const struct store_search *ss, long long *dlg,
    long long *contrib)
{
	*dlg = ss->dlg_at;
	*contrib = ss->con_at;
}

void
store_search_close(struct store_search *ss)
{
	pthread_t t;

	if (ss == NULL)
		return;
	if (ss->started) {
		pthread_mutex_lock(&ss->mu);
		ss->stop = 1;
		pthread_cond_signal(&ss->cv);
		if (!ss->done) {
			/*
			 * FTS5 may be merging the terms of a prefix, which an
			 * interrupt does not end: the thread ends on its own
			 * and frees the search then, so no key waits for it.
			 */
			ss->detached = 1;
			pthread_mutex_lock(&given_up_mu);
			given_up++;
			pthread_mutex_unlock(&given_up_mu);
			sqlite3_interrupt(ss->db);
			t = ss->thread;
			pthread_mutex_unlock(&ss->mu);
			pthread_detach(t);
			return;
		}
		pthread_mutex_unlock(&ss->mu);
		pthread_join(ss->thread, NULL);
	}
	search_free(ss);
}

static int
one_int(struct store *st, const char *sql, long long id, long long *out,
    struct dlg_error *err)
{
	sqlite3_stmt *s = NULL;
	int rc;

	*out = 0;
	rc = sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s,
	    NULL);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	if (id >= 0)
		sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(s, 0);
	else
		store_sqlerr(st, rc, err);
	sqlite3_finalize(s);
	return rc == SQLITE_ROW ? 0 : -1;
}

int
store_contrib_last(struct store *st, long long id, long long *last,
    struct dlg_error *err)
{
	return one_int(st, "SELECT coalesce(max(id), 0) FROM contributions"
	    " WHERE dialogue_id = ?1", id, last, err);
}

int
store_dialogue_last(struct store *st, long long *last,
    struct dlg_error *err)
{
	return one_int(st, "SELECT coalesce(max(id), 0) FROM dialogues", -1,
	    last, err);
}
