/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen-list.c: the register list, the first screen. Owns the rows on
 * screen (one page, fetched from the store with limit and offset, never
 * the whole register), the filter (state, body, year: SQL; overdue: a
 * domain rule, applied while streaming), the sort order, the search
 * (full-text through the store; the list keeps every row and the cursor
 * jumps between matches, as in less and mutt) and the poll that notices
 * changes made by other officials.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <limits.h>

#include "i18n.h"
#include "report.h"
#include "tui-int.h"

/* How often the list looks for changes made by others (milliseconds). */
#define POLL_MS		1000

/* Screen rows: title, header, the rows, the list's status, the keys. */
#define FIRST_ROW	2
#define ROWS()		(LINES - 4)

/* TRANSLATORS: flag letter in the register list: feedback or evaluation
   is overdue (Swedish: F for försenad). One letter. */
#define FLAG_OVERDUE	N_("O")
/* TRANSLATORS: flag letter in the register list: no longer open to
   influence, the planned end is after the decision deadline (Swedish: P
   for påverka). One letter. */
#define FLAG_LATE	N_("L")
/* TRANSLATORS: flag letter in the register list: other warnings
   (Swedish: V for varning). One letter. */
#define FLAG_WARN	N_("W")

/* Warning codes with a flag of their own (domain, dlg_warnings). */
#define CODE_LATE	"end_after_deadline"

struct row {
	long long	 id;
	char		*ref;
	char		*title;
	char		*body;
	char		 date[16];
	char		 flags[32];
	enum dlg_state	 state;
};

struct list {
	struct store_query	 q;		/* filter and sort; no text */
	char			*body;		/* q.body, owned */
	int			 overdue;	/* only overdue dialogues */
	long			 count;
	int			 ref_w;		/* the longest reference */
	long			 sel;		/* selected row, 0-based */
	long			 top;		/* first row on screen */
	struct row		*rows;		/* the page on screen */
	int			 nrows;
	int			 valid;		/* the page is current */
	int			 counted;	/* count is current */
	long			 rows_top;	/* top when the page was read */
	int			 rows_want;	/* ROWS() then */
	char			*search;	/* active search, or NULL */
	char			*matched;	/* the search matches are for */
	struct store_search	*ss;		/* reading on, or NULL */
	unsigned char		*bits;		/* matching dialogue ids */
	long long		 nbits;
	long			 found;		/* bits set */
	int			 read;		/* the search is read to the end */
	long			 nmatches;	/* in the list; -1: not counted */
	long long		 count_anchor;	/* counting them: by key */
	long			 count_n;
	struct jump {
		int		 active, forward, quiet, live, wrapped;
		int		 check_first, origin_checked;
		long long	 origin;	/* the row it started at */
		long long	 anchor;	/* the last row known */
		long		 pos;		/* its position */
	}			 jump;
	long			 search_from;	/* selection at "/" */
	long long		 data_version;
	long long		 polled;	/* when, now_us */
};

static const struct {
	enum store_sort	 sort;
	const char	*name;
} sorts[] = {
	/* TRANSLATORS: sort orders, shown as "Sorted by %s" */
	{ SORT_REF,	 N_("reference") },
	{ SORT_TITLE,	 N_("title") },
	{ SORT_STATE,	 N_("state") },
	{ SORT_BODY,	 N_("body concerned") },
	{ SORT_DEADLINE, N_("decision deadline") },
	{ SORT_START,	 N_("planned start") },
	{ SORT_UPDATED,	 N_("last change") },
};
#define NSORTS (sizeof sorts / sizeof sorts[0])

/* ------------------------------------------------------------ rows */

static void
rows_clear(struct list *L)
{
	int i;

	for (i = 0; i < L->nrows; i++) {
		free(L->rows[i].ref);
		free(L->rows[i].title);
		free(L->rows[i].body);
	}
	free(L->rows);
	L->rows = NULL;
	L->nrows = 0;
}

static void
row_fill(struct tui_app *app, struct row *r, const struct dialogue *d)
{
	struct dlg_issues w = { 0 };
	size_t i, n = 0;
	int late = 0, other = 0;

	memset(r, 0, sizeof *r);
	r->id = d->id;
	r->ref = xstrdup(d->ref);
	r->title = xstrdup(dlg_get(d, F_TITLE));
	r->body = xstrdup(dlg_deciding_body(d, app->settings));
	r->state = d->state;
	report_next_date(d, app->settings, r->date, sizeof r->date);
	dlg_warnings(d, app->settings, app->today, &w);
	for (i = 0; i < w.n; i++) {
		if (strcmp(w.v[i].code, CODE_LATE) == 0)
			late = 1;
		else if (strcmp(w.v[i].code, "feedback_overdue") != 0 &&
		    strcmp(w.v[i].code, "evaluation_overdue") != 0)
			other = 1;
	}
	dlg_issues_clear(&w);
	r->flags[0] = '\0';
	if (dlg_is_overdue(d, app->settings, app->today))
		n += (size_t)snprintf(r->flags + n, sizeof r->flags - n, "%s",
		    _(FLAG_OVERDUE));
	if (late && n < sizeof r->flags)
		n += (size_t)snprintf(r->flags + n, sizeof r->flags - n, "%s",
		    _(FLAG_LATE));
	if (other && n < sizeof r->flags)
		snprintf(r->flags + n, sizeof r->flags - n, "%s",
		    _(FLAG_WARN));
}

/*
 * Walking the list as filtered and sorted: fn sees each dialogue from
 * position from on (0-based, positions after the overdue filter) and
 * returns non-zero to stop. Without the overdue filter the store skips
 * to the position itself (OFFSET); with it, the rows stream through.
 */
struct walk {
	struct tui_app	*app;
	struct list	*L;
	long		 pos, from;
	int		(*fn)(struct walk *, const struct dialogue *, long);
	void		*arg;
	long		 found;
};

static int
walk_cb(const struct dialogue *d, void *arg)
{
	struct walk *w = arg;
	long pos;

	if (w->L->overdue && !dlg_is_overdue(d, w->app->settings,
	    w->app->today))
		return 0;
	pos = w->pos++;
	if (pos < w->from)
		return 0;
	return w->fn(w, d, pos);
}

/* As walk, from the row after (before: before) the row with storage id
 * anchor, which is at position from - 1 (before: from + 1): paging by
 * key, no row before it is read. */
static int
walk_from(struct tui_app *app, struct list *L, long long anchor, int before,
    long from, long limit,
    int (*fn)(struct walk *, const struct dialogue *, long), void *arg)
{
	struct store_query q = L->q;
	struct dlg_error err;
	struct walk w;

	memset(&w, 0, sizeof w);
	w.app = app;
	w.L = L;
	w.fn = fn;
	w.arg = arg;
	w.from = 0;
	w.pos = from;
	w.found = -1;
	q.text = NULL;
	q.after = anchor;
	q.before = before;
	q.offset = 0;
	q.limit = L->overdue ? 0 : limit;
	err_clear(&err);
	if (store_list(app->st, &q, walk_cb, &w, &err) != 0) {
		tui_message(app, TA_ERROR, "%s", err.msg);
		return -1;
	}
	return 0;
}

static int
walk(struct tui_app *app, struct list *L, long from, long limit,
    int (*fn)(struct walk *, const struct dialogue *, long), void *arg,
    long *found)
{
	struct store_query q = L->q;
	struct dlg_error err;
	struct walk w;

	memset(&w, 0, sizeof w);
	w.app = app;
	w.L = L;
	w.fn = fn;
	w.arg = arg;
	w.from = from;
	w.found = -1;
	q.text = NULL;
	if (!L->overdue) {
		q.offset = from;
		q.limit = limit;
		w.pos = from;
	}
	err_clear(&err);
	if (store_list(app->st, &q, walk_cb, &w, &err) != 0) {
		tui_message(app, TA_ERROR, "%s", err.msg);
		return -1;
	}
	if (found != NULL)
		*found = w.found;
	return 0;
}

static int
count_fn(struct walk *w, const struct dialogue *d, long pos)
{
	return 0;
}

static int
page_fn(struct walk *w, const struct dialogue *d, long pos)
{
	struct list *L = w->L;
	int want = *(int *)w->arg;

	row_fill(w->app, &L->rows[L->nrows++], d);
	return L->nrows >= want;
}

/* Clamp the selection and the first row to the count and the screen. */
static void
clamp(struct list *L)
{
	long rows = ROWS() > 0 ? ROWS() : 1;

	if (L->sel >= L->count)
		L->sel = L->count - 1;
	if (L->sel < 0)
		L->sel = 0;
	if (L->top > L->sel)
		L->top = L->sel;
	if (L->sel >= L->top + rows)
		L->top = L->sel - rows + 1;
	if (L->top > L->count - rows)
		L->top = L->count - rows;
	if (L->top < 0)
		L->top = 0;
}

/* The number of rows as filtered; -1 on a storage error (shown). */
static long
list_count(struct tui_app *app, struct list *L)
{
	struct store_query q = L->q;
	struct dlg_error err;
	struct walk cw;
	long n = 0;

	err_clear(&err);
	q.text = NULL;
	if (!L->overdue) {
		if (store_count(app->st, &q, &n, &err) == 0)
			return n;
	} else {
		/* The overdue rule is the domain's: count by streaming. */
		memset(&cw, 0, sizeof cw);
		cw.app = app;
		cw.L = L;
		cw.fn = count_fn;
		if (store_list(app->st, &q, walk_cb, &cw, &err) == 0)
			return cw.pos;
	}
	tui_message(app, TA_ERROR, "%s", err.msg);
	return -1;
}

/* Rows above the page on screen, nearest first, for paging up. */
struct page_up {
	struct row	*v;
	int		 n, want;
};

static int
up_fn(struct walk *w, const struct dialogue *d, long pos)
{
	struct page_up *pu = w->arg;

	row_fill(w->app, &pu->v[pu->n++], d);
	return pu->n >= pu->want;
}

/*
 * Paging by key: a page that starts within or right after the page on
 * screen is read from the row above its top on, one that ends within it
 * from the row before its first row back, so no row above the new page
 * is read (OFFSET reads and skips them all). Only while nothing changed since the count; returns 0
 * when the page was read so, -1 to read it by position.
 */
static int
page_by_key(struct tui_app *app, struct list *L, int want)
{
	struct page_up pu;
	struct row *old;
	int i, k, keep;

	if (!L->counted || !L->valid || L->nrows == 0 || want <= 0)
		return -1;
	if (L->top > L->rows_top && L->top <= L->rows_top + L->nrows) {
		/* After the row above the new top. */
		long long anchor = L->rows[L->top - L->rows_top - 1].id;

		rows_clear(L);
		L->rows = xcalloc((size_t)want, sizeof *L->rows);
		walk_from(app, L, anchor, 0, L->top, want, page_fn, &want);
		return 0;
	}
	if (L->top >= L->rows_top || L->rows_top - L->top >= want)
		return -1;
	k = (int)(L->rows_top - L->top);
	pu.v = xcalloc((size_t)k, sizeof *pu.v);
	pu.n = 0;
	pu.want = k;
	walk_from(app, L, L->rows[0].id, 1, 0, k, up_fn, &pu);
	if (pu.n != k) {
		for (i = 0; i < pu.n; i++) {
			free(pu.v[i].ref);
			free(pu.v[i].title);
			free(pu.v[i].body);
		}
		free(pu.v);
		return -1;
	}
	/* The rows read, in order, then the old page's first rows. */
	old = L->rows;
	keep = want - k < L->nrows ? want - k : L->nrows;
	L->rows = xcalloc((size_t)want, sizeof *L->rows);
	for (i = 0; i < k; i++)
		L->rows[i] = pu.v[k - 1 - i];
	for (i = 0; i < keep; i++)
		L->rows[k + i] = old[i];
	for (i = keep; i < L->nrows; i++) {
		free(old[i].ref);
		free(old[i].title);
		free(old[i].body);
	}
	free(old);
	free(pu.v);
	L->nrows = k + keep;
	return 0;
}

/*
 * A page in the second half of the list (G, the last pages) read from the
 * end in the reversed order, so OFFSET skips the rows after it, not the
 * rows before it. Only for an order whose reverse is the order reversed
 * (no key that can be NULL: those come last either way) and without the
 * overdue filter. Returns 0 when the page was read so.
 */
static int
page_from_end(struct tui_app *app, struct list *L, int want)
{
	struct store_query q = L->q;
	struct page_up pu;
	struct dlg_error err;
	long n;
	int i;

	if (L->overdue || L->top <= L->count / 2 || want <= 0)
		return -1;
	if (q.sort != SORT_REF && q.sort != SORT_TITLE &&
	    q.sort != SORT_STATE && q.sort != SORT_UPDATED)
		return -1;
	n = L->count - L->top < want ? L->count - L->top : want;
	q.text = NULL;
	q.desc = !q.desc;
	q.after = 0;
	q.before = 0;
	q.offset = L->count - (L->top + n);
	q.limit = n;
	pu.v = xcalloc((size_t)n, sizeof *pu.v);
	pu.n = 0;
	pu.want = (int)n;
	{
		struct walk w;

		memset(&w, 0, sizeof w);
		w.app = app;
		w.L = L;
		w.fn = up_fn;
		w.arg = &pu;
		w.found = -1;
		err_clear(&err);
		if (store_list(app->st, &q, walk_cb, &w, &err) != 0)
			tui_message(app, TA_ERROR, "%s", err.msg);
	}
	L->rows = xcalloc((size_t)want, sizeof *L->rows);
	for (i = 0; i < pu.n; i++)
		L->rows[i] = pu.v[pu.n - 1 - i];
	L->nrows = pu.n;
	free(pu.v);
	return 0;
}

/* Read the page at L->top; count again only when the rows may have
 * changed (not when scrolling). */
static void
list_load(struct tui_app *app, struct list *L)
{
	struct dlg_error err;
	int want;

	want = ROWS();
	if (L->counted && L->count > 0) {
		clamp(L);
		if (L->top == L->rows_top && L->nrows > 0 && want ==
		    L->rows_want && L->valid)
			return;
		if (want == L->rows_want && page_by_key(app, L, want) == 0)
			goto done;
	}
	rows_clear(L);
	if (!L->counted && (L->count = list_count(app, L)) < 0)
		L->count = 0;
	if (!L->counted) {
		err_clear(&err);
		if (store_ref_width(app->st, &L->ref_w, &err) != 0)
			L->ref_w = 0;
	}
	clamp(L);
	if (want > 0 && L->count > 0 && page_from_end(app, L, want) != 0) {
		L->rows = xcalloc((size_t)want, sizeof *L->rows);
		walk(app, L, L->top, want, page_fn, &want, NULL);
	}
done:
	L->rows_top = L->top;
	L->rows_want = want;
	L->valid = 1;
	L->counted = 1;
}

/* ------------------------------------------------------------ search */

/*
 * The search reads its matches a little at a time (store_search: the
 * full-text index in id order), between keys too, into a bitmap of
 * dialogue ids, so a search never waits for all its matches nor holds
 * them in a list. A row is known not to match once the search has read
 * past its id and past its last contribution. A jump to a match walks
 * the list from the selection by key and reads the search on as far as
 * each row needs, for a slice of time at most; what is left goes on
 * between keys. The matches are counted when the search is read to the
 * end ("at least N" until then).
 */

/* Work for one key or one pause between keys (microseconds). */
#define SLICE_US	8000
/* How often the work goes on between keys (milliseconds). */
#define WORK_MS		5
/* Rows of the search read at a time, and of the list walked. */
#define SEARCH_ROWS	256
#define WALK_ROWS	64

static long long
now_us(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long long)t.tv_sec * 1000000 + t.tv_nsec / 1000;
}

static int
is_match(const struct list *L, long long id)
{
	return L->search != NULL && L->bits != NULL && id > 0 &&
	    id < L->nbits && (L->bits[id >> 3] & (1u << (id & 7))) != 0;
}

static void
hit(long long id, void *arg)
{
	struct list *L = arg;

	if (id <= 0)
		return;
	if (id >= L->nbits) {
		long long n = (id + 1024) & ~(long long)7;

		L->bits = xrealloc(L->bits, (size_t)(n >> 3));
		memset(L->bits + (L->nbits >> 3), 0,
		    (size_t)((n - L->nbits) >> 3));
		L->nbits = n;
	}
	if (!(L->bits[id >> 3] & (1u << (id & 7)))) {
		L->bits[id >> 3] |= (unsigned char)(1u << (id & 7));
		L->found++;
	}
}

/* Read the search on until the deadline; 1 when it is read to the end. */
static int
search_read(struct tui_app *app, struct list *L, long long deadline)
{
	struct dlg_error err;
	int r;

	if (L->ss == NULL)
		return 1;
	err_clear(&err);
	do {
		r = store_search_step(L->ss, SEARCH_ROWS, hit, L, &err);
		if (r == 2)
			/* Nothing read yet: the next pause. */
			return 0;
		if (r != 0) {
			if (r < 0)
				tui_message(app, TA_ERROR, "%s", err.msg);
			store_search_close(L->ss);
			L->ss = NULL;
			L->read = 1;
			return 1;
		}
	} while (now_us() < deadline);
	return 0;
}

/* Whether row id is known to match or not: 1 match, 0 not, -1 not yet
 * (the deadline came first, or the search has not read so far yet). */
static int
row_matches(struct tui_app *app, struct list *L, long long id,
    long long deadline)
{
	struct dlg_error err;
	long long last, dlg, con;
	int r;

	if (is_match(L, id))
		return 1;
	if (L->ss == NULL)
		return 0;
	err_clear(&err);
	if (store_contrib_last(app->st, id, &last, &err) != 0)
		last = LLONG_MAX;
	for (;;) {
		store_search_passed(L->ss, &dlg, &con);
		if (is_match(L, id))
			return 1;
		if (dlg >= id && con >= last)
			return 0;
		if (now_us() >= deadline)
			return -1;
		r = store_search_step(L->ss, SEARCH_ROWS, hit, L, &err);
		if (r == 2)
			return -1;
		if (r != 0) {
			if (r < 0)
				tui_message(app, TA_ERROR, "%s", err.msg);
			store_search_close(L->ss);
			L->ss = NULL;
			L->read = 1;
			return is_match(L, id);
		}
	}
}

/* Whether the list has a filter of its own (the count then walks it). */
static int
filtered(const struct list *L)
{
	return L->q.states != 0 || L->body != NULL || L->q.year != 0 ||
	    L->overdue;
}

/* Forget the search's matches and read them anew for L->search. */
static void
matches_load(struct tui_app *app, struct list *L)
{
	struct dlg_error err;

	store_search_close(L->ss);
	L->ss = NULL;
	free(L->bits);
	L->bits = NULL;
	L->nbits = 0;
	L->found = 0;
	L->read = 0;
	L->nmatches = -1;
	L->count_anchor = 0;
	L->count_n = 0;
	L->jump.active = 0;
	free(L->matched);
	L->matched = NULL;
	if (L->search == NULL)
		return;
	L->matched = xstrdup(L->search);
	err_clear(&err);
	if (store_search_open(app->st, L->search, &L->ss, &err) != 0)
		tui_message(app, TA_ERROR, "%s", err.msg);
	if (L->ss == NULL) {
		L->read = 1;
		L->nmatches = 0;
	}
}

/* One walk of the list from the jump's anchor: stops at a match, at a
 * row not yet known, or after WALK_ROWS rows. */
struct jwalk {
	struct tui_app	*app;
	struct list	*L;
	long long	 deadline;
	int		 n;
	int		 state;	/* 0 on, 1 found, 2 not yet known, 3 the end */
};

static int
jump_row(struct jwalk *w, long long id)
{
	struct list *L = w->L;
	struct jump *j = &L->jump;
	int m, at_origin = j->wrapped && id == j->origin;

	if (at_origin && j->origin_checked)
		return w->state = 3;
	m = row_matches(w->app, L, id, w->deadline);
	if (m < 0)
		return w->state = 2;
	j->pos += j->forward ? 1 : -1;
	j->anchor = id;
	if (m > 0)
		return w->state = 1;
	if (at_origin)
		return w->state = 3;
	return ++w->n >= WALK_ROWS;
}

static int
jump_id_cb(long long id, void *arg)
{
	return jump_row(arg, id);
}

static int
jump_dlg_cb(const struct dialogue *d, void *arg)
{
	struct jwalk *w = arg;

	if (!dlg_is_overdue(d, w->app->settings, w->app->today))
		return 0;
	return jump_row(w, d->id);
}

/*
 * Go on with the jump until the deadline: 1 when it ended (the selection
 * moved to the match, or a message says there is none), 0 when it goes
 * on between keys.
 */
static int
jump_run(struct tui_app *app, struct list *L, long long deadline)
{
	struct jump *j = &L->jump;
	struct store_query q;
	struct dlg_error err;
	struct jwalk w;
	int r;

	if (j->active && j->check_first) {
		/* The row the search started at, first. */
		r = row_matches(app, L, j->origin, deadline);
		if (r < 0)
			return 0;
		j->check_first = 0;
		j->origin_checked = 1;
		if (r > 0) {
			j->active = 0;
			L->sel = j->pos;
			return 1;
		}
	}
	while (j->active) {
		if (L->read && L->found == 0) {
			j->active = 0;
			if (!j->quiet)
				tui_message(app, TA_WARNING, _("No dialogue "
				    "matches '%s'."), L->search);
			return 1;
		}
		memset(&w, 0, sizeof w);
		w.app = app;
		w.L = L;
		w.deadline = deadline;
		q = L->q;
		q.text = NULL;
		q.offset = 0;
		q.limit = L->overdue ? 0 : WALK_ROWS;
		if (j->anchor == 0 && !j->forward) {
			/* From the bottom up: the order reversed. */
			q.desc = !q.desc;
			q.after = 0;
			q.before = 0;
		} else {
			q.after = j->anchor;
			q.before = !j->forward;
		}
		err_clear(&err);
		r = L->overdue ? store_list(app->st, &q, jump_dlg_cb, &w,
		    &err) : store_list_ids(app->st, &q, jump_id_cb, &w, &err);
		if (r != 0 && w.state == 0) {
			j->active = 0;
			tui_message(app, TA_ERROR, "%s", err.msg);
			return 1;
		}
		if (w.state == 1) {
			j->active = 0;
			L->sel = j->pos;
			if (j->wrapped && !j->live)
				tui_message(app, TA_NORMAL, j->forward ?
				    _("The search started again from the "
				    "top.") : _("The search started again "
				    "from the bottom."));
			clamp(L);
			L->valid = 0;
			return 1;
		}
		if (w.state == 3 || (w.state == 0 && w.n < WALK_ROWS &&
		    j->wrapped)) {
			j->active = 0;
			if (!j->quiet)
				tui_message(app, TA_WARNING, _("No dialogue in "
				    "this list matches '%s'."), L->search);
			return 1;
		}
		if (w.state == 0 && w.n < WALK_ROWS) {
			/* The end of the list: on from the other end. */
			j->wrapped = 1;
			j->anchor = 0;
			j->pos = j->forward ? -1 : L->count;
			continue;
		}
		if (w.state == 2 || now_us() >= deadline)
			return 0;
	}
	return 1;
}

/* Start a jump from the row at position from with storage id id (that
 * row first when inclusive), forward or back; quiet: no message. */
static void
jump_start(struct list *L, long from, long long id, int forward,
    int inclusive, int quiet)
{
	struct jump *j = &L->jump;

	memset(j, 0, sizeof *j);
	j->active = 1;
	j->forward = forward;
	j->quiet = quiet;
	j->live = quiet;
	j->origin = id;
	j->check_first = inclusive;
	j->anchor = id;
	j->pos = from;
}

/* Count the matches in a filtered list: walk it by key, ids only. */
struct cwalk {
	struct tui_app	*app;
	struct list	*L;
	int		 n;
};

static int
count_row(struct cwalk *w, long long id)
{
	if (is_match(w->L, id))
		w->L->count_n++;
	w->L->count_anchor = id;
	return ++w->n >= 4 * SEARCH_ROWS;
}

static int
count_id_cb(long long id, void *arg)
{
	return count_row(arg, id);
}

static int
count_dlg_cb(const struct dialogue *d, void *arg)
{
	struct cwalk *w = arg;

	if (!dlg_is_overdue(d, w->app->settings, w->app->today)) {
		w->L->count_anchor = d->id;
		return ++w->n >= 4 * SEARCH_ROWS;
	}
	return count_row(w, d->id);
}

/* Count on until the deadline once the search is read; 1 when counted. */
static int
count_run(struct tui_app *app, struct list *L, long long deadline)
{
	struct store_query q;
	struct dlg_error err;
	struct cwalk w;
	int r;

	if (!L->read || L->nmatches >= 0)
		return 1;
	if (!filtered(L)) {
		L->nmatches = L->found;
		return 1;
	}
	do {
		memset(&w, 0, sizeof w);
		w.app = app;
		w.L = L;
		q = L->q;
		q.text = NULL;
		q.offset = 0;
		q.limit = L->overdue ? 0 : 4 * SEARCH_ROWS;
		q.sort = SORT_REF;
		q.desc = 0;
		q.after = L->count_anchor;
		q.before = 0;
		err_clear(&err);
		r = L->overdue ? store_list(app->st, &q, count_dlg_cb, &w,
		    &err) : store_list_ids(app->st, &q, count_id_cb, &w, &err);
		if ((r != 0 && w.n == 0) || w.n < 4 * SEARCH_ROWS) {
			L->nmatches = L->count_n;
			return 1;
		}
	} while (now_us() < deadline);
	return 0;
}

/*
 * The search's work for one slice: the jump first, then reading the
 * search on, then the count. Returns non-zero while work is left.
 */
static int
search_work(struct tui_app *app, struct list *L, long long deadline)
{
	if (L->search == NULL)
		return 0;
	if (L->jump.active && !jump_run(app, L, deadline))
		return 1;
	if (!L->read && !search_read(app, L, deadline))
		return 1;
	return !count_run(app, L, deadline);
}

static void
search_set(struct list *L, const char *text)
{
	free(L->search);
	L->search = NULL;
	if (text != NULL && text[strspn(text, " ")] != '\0')
		L->search = xstrdup(text);
}

static void list_draw(struct tui_app *app, void *state);

static struct tui_screen list_screen;

/* Whether the search has work left for the pauses between keys. */
static int
search_pending(const struct list *L)
{
	return L->search != NULL && (L->jump.active || !L->read ||
	    L->nmatches < 0);
}


/* The storage id of the row at position pos, through the page on
 * screen when it is there; 0 when there is none. */
static long long
id_at(struct tui_app *app, struct list *L, long pos)
{
	long i = pos - L->rows_top;

	if (L->valid && i >= 0 && i < L->nrows)
		return L->rows[i].id;
	L->top = pos;
	clamp(L);
	list_load(app, L);
	i = pos - L->rows_top;
	return i >= 0 && i < L->nrows ? L->rows[i].id : 0;
}

/* As the user types: jump to the first match from where / was pressed;
 * text NULL: go on with the work between keys. */
static int
search_changed(struct tui_app *app, const char *text, void *arg)
{
	struct list *L = arg;
	long long deadline = now_us() + SLICE_US, id;
	long found, sel, nm;
	int more;

	if (text != NULL) {
		search_set(L, text);
		matches_load(app, L);
		L->sel = L->search_from;
		if (L->search != NULL && L->count > 0 &&
		    (id = id_at(app, L, L->search_from)) > 0)
			jump_start(L, L->search_from, id, 1, 1, 1);
	}
	found = L->found;
	sel = L->sel;
	nm = L->nmatches;
	more = search_work(app, L, deadline);
	clamp(L);
	L->valid = L->valid && L->rows_top == L->top;
	if (text != NULL || L->found != found || L->sel != sel ||
	    L->nmatches != nm)
		list_draw(app, L);
	return more;
}

/* ------------------------------------------------------------ keys */

static int
list_down(struct tui_app *app, void *state)
{
	struct list *L = state;

	if (L->sel + 1 < L->count)
		L->sel++;
	return TUI_REDRAW;
}

static int
list_up(struct tui_app *app, void *state)
{
	struct list *L = state;

	if (L->sel > 0)
		L->sel--;
	return TUI_REDRAW;
}

static int
list_pgdn(struct tui_app *app, void *state)
{
	struct list *L = state;
	long rows = ROWS() > 1 ? ROWS() - 1 : 1;

	L->sel += rows;
	L->top += rows;
	if (L->sel >= L->count)
		L->sel = L->count - 1;
	return TUI_REDRAW;
}

static int
list_pgup(struct tui_app *app, void *state)
{
	struct list *L = state;
	long rows = ROWS() > 1 ? ROWS() - 1 : 1;

	L->sel -= rows;
	L->top -= rows;
	if (L->sel < 0)
		L->sel = 0;
	if (L->top < 0)
		L->top = 0;
	return TUI_REDRAW;
}

static int
list_home(struct tui_app *app, void *state)
{
	((struct list *)state)->sel = 0;
	return TUI_REDRAW;
}

static int
list_end(struct tui_app *app, void *state)
{
	struct list *L = state;

	L->sel = L->count - 1;
	return TUI_REDRAW;
}

/* The row on screen for the selection, or NULL. */
static const struct row *
selected(const struct list *L)
{
	long i = L->sel - L->rows_top;

	if (!L->valid || i < 0 || i >= L->nrows)
		return NULL;
	return &L->rows[i];
}

/* Before another screen: the search's read of the register ends (a save
 * may come), its matches stay. Returns what to give back_to_list. */
static long long
leave_list(struct tui_app *app, struct list *L)
{
	store_search_suspend(L->ss);
	return store_changes(app->st);
}

/* Back from the other screen: the page is read again; the count and the
 * search start again only when something was saved. */
static void
back_to_list(struct tui_app *app, struct list *L, long long changes)
{
	L->valid = 0;
	if (store_changes(app->st) != changes) {
		L->counted = 0;
		matches_load(app, L);
	}
}

static int
list_open(struct tui_app *app, void *state)
{
	struct list *L = state;
	const struct row *r = selected(L);
	long long changes;
	char *ref;
	int f;

	if (r == NULL)
		return TUI_NONE;
	ref = xstrdup(r->ref);
	changes = leave_list(app, L);
	f = tui_view_run(app, ref);
	free(ref);
	back_to_list(app, L, changes);
	return f & TUI_QUIT;
}

static int
list_edit(struct tui_app *app, void *state)
{
	struct list *L = state;
	const struct row *r = selected(L);
	long long changes;
	char *ref;
	int f;

	if (r == NULL)
		return TUI_NONE;
	ref = xstrdup(r->ref);
	changes = leave_list(app, L);
	f = tui_form_dialogue(app, ref, -1, NULL);
	free(ref);
	back_to_list(app, L, changes);
	return f & TUI_QUIT;
}

static int
find_ref_fn(struct walk *w, const struct dialogue *d, long pos)
{
	if (strcmp(d->ref, (const char *)w->arg) == 0) {
		w->found = pos;
		return 1;
	}
	return 0;
}

static int
list_new(struct tui_app *app, void *state)
{
	struct list *L = state;
	char *ref = NULL;
	long at = -1;
	int f;

	/* No read of the search open while the dialogue is saved. */
	store_search_suspend(L->ss);
	f = tui_form_dialogue(app, NULL, -1, &ref);
	L->valid = 0;
	L->counted = 0;
	matches_load(app, L);
	if (ref != NULL) {
		/* Select the new dialogue, where the order puts it. */
		if (walk(app, L, 0, 0, find_ref_fn, ref, &at) == 0 && at >= 0)
			L->sel = at;
		free(ref);
	}
	return f & TUI_QUIT;
}

/* B: the register's list of bodies. */
static int
list_bodies(struct tui_app *app, void *state)
{
	struct list *L = state;
	long long changes = leave_list(app, L);
	int f;

	f = tui_bodies(app);
	back_to_list(app, L, changes);
	return f & TUI_QUIT;
}

static int
list_policy(struct tui_app *app, void *state)
{
	struct list *L = state;
	int f;

	store_search_suspend(L->ss);
	f = tui_policy(app);

	/* The flags and the deciding bodies follow the policy. */
	if (f & TUI_RELOAD) {
		L->valid = 0;
		L->counted = 0;
	}
	return f & (TUI_QUIT | TUI_REDRAW);
}

static int
list_search(struct tui_app *app, void *state)
{
	struct list *L = state;
	char *old = xstrdup(L->search), *text;

	L->search_from = L->sel;
	/* TRANSLATORS: the prompt of the search on the bottom row */
	text = tui_prompt_live(app, _("Search:"), "", search_changed, L);
	if (text == NULL) {
		/* Esc: back to where the search started, and the old one. */
		search_set(L, tui_quit_pending() ? NULL : old);
		matches_load(app, L);
		L->sel = L->search_from;
	} else {
		search_set(L, text);
		/* Enter after the live search: its matches are current. */
		if (L->search == NULL || L->matched == NULL ||
		    strcmp(L->search, L->matched) != 0)
			matches_load(app, L);
		if (L->search != NULL && L->read && L->found == 0)
			tui_message(app, TA_WARNING, _("No dialogue matches "
			    "'%s'."), L->search);
		/* A jump still going on says when there is none. */
		L->jump.quiet = 0;
	}
	free(text);
	free(old);
	L->valid = 0;
	return tui_quit_pending() ? TUI_QUIT : TUI_REDRAW;
}

static int
search_step(struct tui_app *app, struct list *L, int forward)
{
	const struct row *r;

	if (L->search == NULL) {
		tui_message(app, TA_NORMAL, _("There is no search yet: press / "
		    "to search."));
		return TUI_REDRAW;
	}
	if (L->read && L->found == 0) {
		tui_message(app, TA_WARNING, _("No dialogue matches '%s'."),
		    L->search);
		return TUI_REDRAW;
	}
	if ((r = selected(L)) == NULL)
		return TUI_REDRAW;
	/* From the selected row by key, as far as a slice goes; the rest
	 * between keys. */
	jump_start(L, L->sel, r->id, forward, 0, 0);
	(void)jump_run(app, L, now_us() + SLICE_US);
	return TUI_REDRAW;
}

static int
list_next(struct tui_app *app, void *state)
{
	return search_step(app, state, 1);
}

static int
list_prev(struct tui_app *app, void *state)
{
	return search_step(app, state, 0);
}

static int
list_sort(struct tui_app *app, void *state)
{
	struct list *L = state;
	size_t i;

	for (i = 0; i < NSORTS; i++)
		if (sorts[i].sort == L->q.sort)
			break;
	L->q.sort = sorts[(i + 1) % NSORTS].sort;
	L->sel = 0;
	L->valid = 0;
	return TUI_REDRAW;
}

static int
list_reverse(struct tui_app *app, void *state)
{
	struct list *L = state;

	L->q.desc = !L->q.desc;
	L->sel = 0;
	L->valid = 0;
	return TUI_REDRAW;
}

/* ------------------------------------------------------------ filters */

static int
filter_state(struct tui_app *app, struct list *L)
{
	const char *items[DLG_NSTATES + 1];
	int i, cur = 0, r;

	/* TRANSLATORS: the first choice of the state filter */
	items[0] = _("All states");
	for (i = 0; i < DLG_NSTATES; i++) {
		items[i + 1] = dlg_state_label((enum dlg_state)i);
		if (L->q.states == 1u << i)
			cur = i + 1;
	}
	r = tui_menu(app, _("Show dialogues in the state"), items,
	    DLG_NSTATES + 1, cur);
	if (r == -2)
		return TUI_QUIT;
	if (r == 0)
		L->q.states = 0;
	else if (r > 0)
		L->q.states = 1u << (r - 1);
	return TUI_REDRAW;
}

static int
add_body(const char *name, void *arg)
{
	struct strlist *sl = arg;
	size_t k;

	if (name == NULL)
		return 0;
	for (k = 0; k < sl->n; k++)
		if (strcasecmp(sl->v[k], name) == 0)
			return 0;
	sl_push(sl, name);
	return 0;
}

static int
cmp_coll(const void *a, const void *b)
{
	return strcoll(*(char *const *)a, *(char *const *)b);
}

static int
filter_body(struct tui_app *app, struct list *L)
{
	struct strlist bodies = { 0 };
	struct dlg_error err;
	const char **items;
	size_t i;
	int r, cur = 0, flags = TUI_REDRAW;

	/* The distinct bodies, read alone: no dialogue is loaded. */
	err_clear(&err);
	if (store_body_names(app->st, add_body, &bodies, &err) != 0) {
		tui_message(app, TA_ERROR, "%s", err.msg);
		sl_clear(&bodies);
		return TUI_REDRAW;
	}
	/* qsort's array may not be NULL, even for no items. */
	if (bodies.n > 1)
		qsort(bodies.v, bodies.n, sizeof *bodies.v, cmp_coll);
	items = xcalloc(bodies.n + 1, sizeof *items);
	/* TRANSLATORS: the first choice of the body filter */
	items[0] = _("All bodies");
	for (i = 0; i < bodies.n; i++) {
		items[i + 1] = bodies.v[i];
		if (L->body != NULL && strcasecmp(L->body, bodies.v[i]) == 0)
			cur = (int)i + 1;
	}
	r = tui_menu(app, _("Show dialogues that concern"), items,
	    (int)bodies.n + 1, cur);
	if (r == -2)
		flags = TUI_QUIT;
	else if (r >= 0) {
		free(L->body);
		L->body = r > 0 ? xstrdup(bodies.v[r - 1]) : NULL;
		L->q.body = L->body;
	}
	free(items);
	sl_clear(&bodies);
	return flags;
}

static int
year_fn(const struct dialogue *d, void *arg)
{
	*(int *)arg = d->ref != NULL && strlen(d->ref) >= 7 ?
	    atoi(d->ref + 3) : 0;
	return 1;
}

static int
filter_year(struct tui_app *app, struct list *L)
{
	struct store_query q = { 0 };
	struct dlg_error err;
	char **names;
	int first = 0, last = 0, n, i, r, cur = 0, flags = TUI_REDRAW;

	/* The first and the last reference give the years. */
	err_clear(&err);
	q.sort = SORT_REF;
	q.limit = 1;
	if (store_list(app->st, &q, year_fn, &first, &err) != 0)
		goto fail;
	q.desc = 1;
	if (store_list(app->st, &q, year_fn, &last, &err) != 0)
		goto fail;
	if (first <= 0 || last < first) {
		tui_message(app, TA_NORMAL, _("The register is empty."));
		return TUI_REDRAW;
	}
	n = last - first + 2;
	names = xcalloc((size_t)n, sizeof *names);
	/* TRANSLATORS: the first choice of the year filter */
	names[0] = xstrdup(_("All years"));
	for (i = 1; i < n; i++) {
		names[i] = xasprintf("%d", last - i + 1);
		if (L->q.year == last - i + 1)
			cur = i;
	}
	r = tui_menu(app, _("Show dialogues registered in"),
	    (const char *const *)names, n, cur);
	if (r == -2)
		flags = TUI_QUIT;
	else if (r >= 0)
		L->q.year = r == 0 ? 0 : last - r + 1;
	for (i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return flags;
fail:
	tui_message(app, TA_ERROR, "%s", err.msg);
	return TUI_REDRAW;
}

static int
list_filter(struct tui_app *app, void *state)
{
	struct list *L = state;
	const char *items[5];
	int r, f = TUI_REDRAW;

	items[0] = _("By state...");
	items[1] = _("By body concerned...");
	items[2] = _("By year...");
	items[3] = L->overdue ? _("Also those not overdue") :
	    _("Only overdue");
	items[4] = _("Remove every filter");
	r = tui_menu(app, _("Filter"), items, 5, 0);
	switch (r) {
	case -2:
		return TUI_QUIT;
	case 0:
		f = filter_state(app, L);
		break;
	case 1:
		f = filter_body(app, L);
		break;
	case 2:
		f = filter_year(app, L);
		break;
	case 3:
		L->overdue = !L->overdue;
		break;
	case 4:
		L->q.states = 0;
		L->q.year = 0;
		free(L->body);
		L->body = NULL;
		L->q.body = NULL;
		L->overdue = 0;
		break;
	default:
		return TUI_REDRAW;
	}
	L->sel = 0;
	L->top = 0;
	L->valid = 0;
	L->counted = 0;
	matches_load(app, L);
	return f;
}

/* ------------------------------------------------------------ help */

static int list_help(struct tui_app *, void *);

static int
list_quit(struct tui_app *app, void *state)
{
	return TUI_QUIT;
}

static const struct tui_key list_keys[] = {
	{ '\n', KEY_ENTER, 1, list_open, N_("Open"),
	    N_("Open the selected dialogue") },
	{ 'o', 0, 1, list_open, NULL, N_("Open the selected dialogue") },
	{ '/', 0, 1, list_search, N_("Search"),
	    N_("Search titles, questions and contributions as you type") },
	{ 'n', 0, 1, list_next, NULL, N_("Go to the next match") },
	{ 'N', 0, 1, list_prev, NULL, N_("Go to the previous match") },
	{ 'f', 0, 1, list_filter, N_("Filter"),
	    N_("Filter by state, body concerned, year or overdue") },
	{ 's', 0, 1, list_sort, N_("Sort"),
	    N_("Sort by another column; each press takes the next") },
	{ 'r', 0, 1, list_reverse, NULL, N_("Reverse the sort order") },
	{ 'a', KEY_IC, 1, list_new, N_("New dialogue"),
	    N_("Register a new dialogue") },
	{ 'e', 0, 1, list_edit, NULL, N_("Edit the selected dialogue") },
	{ 'B', 0, 1, list_bodies, NULL,
	    N_("The register's list of bodies: add, change, remove") },
	{ 'P', 0, 1, list_policy, NULL,
	    N_("The policy the register follows: see it and change it") },
	{ 'j', KEY_DOWN, 1, list_down, NULL, N_("Move down") },
	{ 'k', KEY_UP, 1, list_up, NULL, N_("Move up") },
	{ KEY_NPAGE, ' ', 0, list_pgdn, NULL, N_("Next page") },
	{ KEY_PPAGE, 'b', 0, list_pgup, NULL, N_("Previous page") },
	{ 'g', KEY_HOME, 1, list_home, NULL, N_("Go to the first dialogue") },
	{ 'G', KEY_END, 1, list_end, NULL, N_("Go to the last dialogue") },
	{ 12, 0, 1, tui_act_redraw, NULL, N_("Redraw the screen") },
	{ '?', KEY_F(1), 1, list_help, N_("Help"),
	    N_("Show this help") },
	{ 'q', 27, 1, list_quit, N_("Quit"), N_("Quit the program") },
	{ 0, 0, 0, NULL, NULL, NULL }
};

static int
list_help(struct tui_app *app, void *state)
{
	struct strbuf sb;
	char *line, *cite;
	int f;

	sb_init(&sb);
	sb_add(&sb, _("Flags in the list:"));
	sb_addc(&sb, '\n');
	line = xasprintf(_("%s  feedback or evaluation is overdue"),
	    _(FLAG_OVERDUE));
	sb_add(&sb, line);
	free(line);
	sb_addc(&sb, '\n');
	line = xasprintf(_("%s  no longer open to influence: the planned end "
	    "is after the decision deadline"), _(FLAG_LATE));
	sb_add(&sb, line);
	free(line);
	sb_addc(&sb, '\n');
	line = xasprintf(_("%s  other warnings: open the dialogue to read "
	    "them"), _(FLAG_WARN));
	sb_add(&sb, line);
	free(line);
	sb_addc(&sb, '\n');
	sb_add(&sb, _("*  matches the search"));
	sb_add(&sb, "\n\n");
	cite = dlg_policy_citation(app->settings);
	/* TRANSLATORS: %1$s is "Tjörn's policy", %2$s its title and
	   decision or nothing */
	line = xasprintf(_("The register follows %s%s%s%s; P changes it."),
	    _(dlg_settings_profile(app->settings)->name), *cite ? " (" : "",
	    cite, *cite ? ")" : "");
	sb_add(&sb, line);
	free(line);
	free(cite);
	/* TRANSLATORS: title of the help of the register list */
	f = tui_help_text(app, _("Register list"), list_keys, sb.buf);
	sb_release(&sb);
	return f;
}

/* ------------------------------------------------------------ drawing */

struct cols {
	int	mark, ref, title, state, body, date, flags;
};

static int
max_i(int a, int b)
{
	return a > b ? a : b;
}

/* TRANSLATORS: column header of the register list */
#define H_REF	N_("Reference")
/* TRANSLATORS: column header of the register list */
#define H_TITLE	N_("Title")
/* TRANSLATORS: column header of the register list */
#define H_STATE	N_("State")
/* TRANSLATORS: column header: the body that decides the dialogue */
#define H_BODY	N_("Deciding body")
/* TRANSLATORS: column header: the next date that matters for a dialogue */
#define H_DATE	N_("Next date")
/* Over the flag letters: a mark, not a word (the help has the legend);
 * the title needs the columns a word would take at 80 columns. */
#define H_FLAGS	"!"
#define W_FLAGS	3

/* Widths by display cells; the reference column as wide as the longest
 * reference, never cut; the title takes what is left. */
static void
layout(struct cols *c, int ref_w)
{
	int i, rest;

	c->mark = 1;
	c->ref = max_i(max_i(11, ref_w), tui_width(_(H_REF)));
	c->state = tui_width(_(H_STATE));
	for (i = 0; i < DLG_NSTATES; i++)
		c->state = max_i(c->state,
		    tui_width(dlg_state_label((enum dlg_state)i)));
	c->body = max_i(16, tui_width(_(H_BODY)));
	c->date = max_i(10, tui_width(_(H_DATE)));
	c->flags = W_FLAGS;
	rest = COLS - (c->mark + c->ref + c->state + c->body + c->date +
	    c->flags + 5);
	/* Wide screens: the body gets a share too, up to 32 cells. */
	if (rest > 40) {
		i = (rest - 40) / 2;
		if (c->body + i > 32)
			i = 32 - c->body > 0 ? 32 - c->body : 0;
		c->body += i;
		rest -= i;
	}
	c->title = rest > 8 ? rest : 8;
}

static void
draw_cells(struct tui_app *app, int y, const struct cols *c,
    const char *mark, const char *ref, const char *title, const char *state,
    const char *body, const char *date, const char *flags)
{
	int x = 0;

	tui_put(stdscr, y, x, c->mark, mark);
	x += c->mark;
	tui_put(stdscr, y, x, c->ref, ref);
	x += c->ref + 1;
	tui_put(stdscr, y, x, c->title, title);
	x += c->title + 1;
	tui_put(stdscr, y, x, c->state, state);
	x += c->state + 1;
	tui_put(stdscr, y, x, c->body, body);
	x += c->body + 1;
	tui_put(stdscr, y, x, c->date, date);
	x += c->date + 1;
	tui_put(stdscr, y, x, COLS - x, flags);
}

static void
draw_info(struct tui_app *app, struct list *L)
{
	struct strbuf sb, filt;
	char *s, page[64];
	long pages, rows = ROWS() > 0 ? ROWS() : 1;
	int pw;

	sb_init(&sb);
	sb_init(&filt);
	sb_addf(&sb, ngettext("%ld dialogue", "%ld dialogues",
	    (unsigned long)L->count), L->count);
	if (L->q.states != 0) {
		int i;

		for (i = 0; i < DLG_NSTATES; i++)
			if (L->q.states & (1u << i))
				sb_addf(&filt, "%s%s", filt.len ? ", " : "",
				    dlg_state_label((enum dlg_state)i));
	}
	if (L->body != NULL)
		sb_addf(&filt, "%s%s", filt.len ? ", " : "", L->body);
	if (L->q.year != 0)
		sb_addf(&filt, "%s%d", filt.len ? ", " : "", L->q.year);
	if (L->overdue)
		/* TRANSLATORS: in the active filter, "Filter: overdue" */
		sb_addf(&filt, "%s%s", filt.len ? ", " : "", _("overdue"));
	if (filt.len > 0) {
		s = xasprintf(_("Filter: %s"), filt.buf);
		sb_addf(&sb, "  %s", s);
		free(s);
	}
	for (size_t i = 0; i < NSORTS; i++)
		if (sorts[i].sort == L->q.sort) {
			s = xasprintf(L->q.desc ? _("Sorted by %s, reversed") :
			    _("Sorted by %s"), _(sorts[i].name));
			sb_addf(&sb, "  %s", s);
			free(s);
		}
	if (L->search != NULL && L->nmatches >= 0) {
		s = xasprintf(ngettext("Search '%s': %ld match",
		    "Search '%s': %ld matches", (unsigned long)L->nmatches),
		    L->search, (long)L->nmatches);
		sb_addf(&sb, "  %s", s);
		free(s);
	} else if (L->search != NULL) {
		/* Still reading or counting them. */
		long n = filtered(L) ? L->count_n : L->found;

		s = xasprintf(ngettext("Search '%s': at least %ld match",
		    "Search '%s': at least %ld matches", (unsigned long)n),
		    L->search, n);
		sb_addf(&sb, "  %s", s);
		free(s);
	}
	pages = L->count > 0 ? (L->count + rows - 1) / rows : 1;
	snprintf(page, sizeof page, _("Page %ld of %ld"),
	    L->count > 0 ? L->sel / rows + 1 : 1, pages);
	pw = tui_width(page);
	wattrset(stdscr, tui_attr(app, TA_STATUS));
	mvwhline(stdscr, LINES - 2, 0, ' ', COLS);
	tui_put(stdscr, LINES - 2, 1, COLS - pw - 4, sb.buf);
	tui_put(stdscr, LINES - 2, COLS - pw - 1, pw, page);
	wattrset(stdscr, A_NORMAL);
	sb_release(&sb);
	sb_release(&filt);
}

/*
 * The title bar: the policy's word for the dialogues ("Invånardialoger"
 * for Tjörn) and the register's file, which keeps its own name: the
 * words are put in the translated text before the path goes in.
 */
static char *
list_title(struct tui_app *app)
{
	/* TRANSLATORS: the title bar of the register list; %s is the
	   register's file */
	char *words = dlg_words(app->settings, _("Citizen dialogues - %s"));
	char *at = strstr(words, "%s"), *title;

	if (at == NULL)
		title = xasprintf("%s %s", words, store_path(app->st));
	else
		title = xasprintf("%.*s%s%s", (int)(at - words), words,
		    store_path(app->st), at + 2);
	free(words);
	return title;
}

static void
list_draw(struct tui_app *app, void *state)
{
	struct list *L = state;
	struct cols c;
	const struct row *r;
	char *title;
	int i, y;

	/* Clamp against a current count only: after a change the count
	 * comes first (a new dialogue may be the last row). */
	if (L->counted)
		clamp(L);
	/* Read the page again when it changed, scrolled or resized. */
	if (!L->valid || L->rows_top != L->top || L->rows_want != ROWS())
		list_load(app, L);
	werase(stdscr);
	layout(&c, L->ref_w);

	wattrset(stdscr, tui_attr(app, TA_TITLE));
	mvwhline(stdscr, 0, 0, ' ', COLS);
	title = list_title(app);
	tui_put(stdscr, 0, 1, COLS - 2, title);
	free(title);
	wattrset(stdscr, A_BOLD);
	draw_cells(app, 1, &c, "", _(H_REF), _(H_TITLE), _(H_STATE),
	    _(H_BODY), _(H_DATE), H_FLAGS);
	wattrset(stdscr, A_NORMAL);

	for (i = 0; i < L->nrows && i < ROWS(); i++) {
		r = &L->rows[i];
		y = FIRST_ROW + i;
		if (L->top + i == L->sel) {
			wattrset(stdscr, tui_attr(app, TA_SELECTED));
			mvwhline(stdscr, y, 0, ' ', COLS);
		}
		draw_cells(app, y, &c, is_match(L, r->id) ? "*" : " ",
		    r->ref, r->title, dlg_state_label(r->state), r->body,
		    r->date, r->flags);
		wattrset(stdscr, A_NORMAL);
	}
	if (L->count == 0) {
		const char *empty = L->q.states || L->body || L->q.year ||
		    L->overdue ? _("No dialogue matches the filter: press f "
		    "to change it.") : _("The register is empty: press a to "
		    "register a dialogue.");

		tui_put(stdscr, FIRST_ROW + 1, 2, COLS - 4, empty);
	}
	draw_info(app, L);
	wmove(stdscr, L->count > 0 ? FIRST_ROW + (int)(L->sel - L->top) :
	    FIRST_ROW + 1, 0);
	wnoutrefresh(stdscr);
	tui_status_keys(app, list_keys);
	doupdate();
	/* The search's work goes on between keys. */
	list_screen.idle_ms = search_pending(L) ? WORK_MS : POLL_MS;
}

/* ------------------------------------------------------------ screen */

static int
list_idle(struct tui_app *app, void *state)
{
	struct list *L = state;
	struct dlg_error err;
	long long v, now = now_us();
	int f = TUI_NONE;

	if (search_pending(L)) {
		long found = L->found, sel = L->sel, nm = L->nmatches;

		(void)search_work(app, L, now + SLICE_US);
		/* Drawn again when the marks, the count or the selection
		 * moved on. */
		if (L->found != found || L->sel != sel || L->nmatches != nm)
			f = TUI_REDRAW;
	}
	list_screen.idle_ms = search_pending(L) ? WORK_MS : POLL_MS;
	/* Others' changes: once a second, while a search reads on too. */
	if (now - L->polled < POLL_MS * 1000LL)
		return f;
	L->polled = now;
	err_clear(&err);
	if (store_data_version(app->st, &v, &err) != 0)
		return f;
	if (v != L->data_version) {
		/* Someone else saved: the page, the count and the matches. */
		L->data_version = v;
		L->valid = 0;
		L->counted = 0;
		matches_load(app, L);
		return TUI_REDRAW;
	}
	return f;
}

static void
list_enter(struct tui_app *app, void *state)
{
	struct list *L = state;
	struct dlg_error err;

	err_clear(&err);
	store_data_version(app->st, &L->data_version, &err);
}

static struct tui_screen list_screen = {
	.name = N_("Register list"),
	.keys = list_keys,
	.enter = list_enter,
	.leave = NULL,
	.draw = list_draw,
	.idle = list_idle,
	.idle_ms = POLL_MS,
};

int
tui_list_run(struct tui_app *app)
{
	struct list L;
	int f;

	memset(&L, 0, sizeof L);
	L.q.sort = SORT_REF;
	f = tui_screen_run(app, &list_screen, &L);
	rows_clear(&L);
	free(L.body);
	free(L.search);
	free(L.matched);
	store_search_close(L.ss);
	free(L.bits);
	return f;
}
