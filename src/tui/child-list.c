/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * child-list.c: the one list screen under a dialogue that its sessions,
 * feedback, contributions and history share: a scrolling table with the
 * columns aligned by display width, the selected row marked by text and
 * the terminal cursor (not by colour alone), Enter to show a row in full
 * and the keys every list has. What each list shows, its keys and its
 * form come from its struct clist_kind (child-sessions.c and the
 * others); adding and editing go to the form built from the domain's
 * table (child-form.c).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "child-int.h"

/* ------------------------------------------------------------ rows */

struct clist_row *
tui_clist_row_add(struct clist *cl)
{
	struct clist_row *r;

	if (cl->n == cl->alloc) {
		cl->alloc = cl->alloc ? cl->alloc * 2 : 32;
		cl->rows = xrealloc(cl->rows, (size_t)cl->alloc *
		    sizeof *cl->rows);
	}
	r = &cl->rows[cl->n++];
	memset(r, 0, sizeof *r);
	return r;
}

static void
rows_clear(struct clist *cl)
{
	int i, c;

	for (i = 0; i < cl->n; i++) {
		for (c = 0; c < CL_MAXCOLS; c++)
			free(cl->rows[i].cell[c]);
		free(cl->rows[i].detail);
	}
	free(cl->rows);
	cl->rows = NULL;
	cl->n = cl->alloc = 0;
}

void
tui_clist_detail(struct strbuf *sb, const char *label, const char *value)
{
	if (value == NULL || *value == '\0')
		return;
	if (sb->len > 0)
		sb_addc(sb, '\n');
	/* TRANSLATORS: a line of a record shown in full: "Place: Skolan" */
	sb_addf(sb, _("%s: %s"), label, value);
}

void
tui_clist_fields(struct strbuf *sb, const struct clist *cl, const void *rec,
    const char *(*shown)(const struct clist *cl, const void *rec, size_t f))
{
	enum dlg_child k = (enum dlg_child)cl->kind->child;
	const struct dlg_child_def *def = &dlg_children[k];
	const struct dlg_child_field *cf;
	const char *v;
	char *own;
	size_t i;
	int block;

	for (block = 0; block <= 1; block++)
		for (i = 0; i < def->nfields; i++) {
			cf = &def->fields[i];
			if (((cf->flags & DLG_CF_BLOCK) != 0) != block)
				continue;
			own = NULL;
			if (shown == NULL || (v = shown(cl, rec, i)) == NULL)
				v = own = dlg_child_get(k, rec, i);
			if (v != NULL && *v != '\0' && block) {
				if (sb->len > 0)
					sb_add(sb, "\n\n");
				sb_add(sb, v);
			} else if (v != NULL)
				tui_clist_detail(sb, _(cf->header), v);
			free(own);
		}
}

int
tui_clist_load(struct clist *cl)
{
	struct dlg_error err;
	int rc;

	rows_clear(cl);
	err_clear(&err);
	dlg_free(cl->d);
	cl->d = NULL;
	/* A list under no dialogue (the bodies) loads only its rows. */
	if (cl->ref != NULL &&
	    store_dialogue_load(cl->app->st, cl->ref, &cl->d, &err) != 0) {
		tui_message(cl->app, TA_ERROR, "%s", err.msg);
		return -1;
	}
	if ((rc = cl->kind->load(cl, &err)) != 0)
		tui_message(cl->app, TA_ERROR, "%s", err.msg);
	if (cl->cur >= cl->n)
		cl->cur = cl->n > 0 ? cl->n - 1 : 0;
	return rc;
}

void
tui_clist_after(struct clist *cl, int r)
{
	if (r & TUI_QUIT) {
		cl->flags |= TUI_QUIT;
		cl->done = 1;
	}
	if (r & TUI_RELOAD) {
		cl->flags |= TUI_RELOAD;
		tui_clist_load(cl);
	}
}

/* ------------------------------------------------------------ drawing */

/* Widths of the columns at this terminal width. */
static void
widths(struct clist *cl, int *w)
{
	int c, i, cw, total = 2, avail;

	for (c = 0; c < cl->kind->ncols; c++) {
		w[c] = tui_width(_(cl->kind->cols[c].label));
		for (i = 0; i < cl->n; i++)
			if (cl->rows[i].cell[c] != NULL &&
			    (cw = tui_width(cl->rows[i].cell[c])) > w[c])
				w[c] = cw;
		if (cl->kind->cols[c].max > 0 && w[c] > cl->kind->cols[c].max &&
		    tui_width(_(cl->kind->cols[c].label)) <= cl->kind->cols[c].max)
			w[c] = cl->kind->cols[c].max;
		if (c < cl->kind->ncols - 1)
			total += w[c] + 1;
	}
	/* The last column takes the rest; the others give way if the
	 * terminal is narrow. */
	avail = COLS - total;
	for (c = cl->kind->ncols - 2; avail < 8 && c >= 1; c--) {
		int give = w[c] > 6 ? w[c] - 6 : 0;

		if (give > 8 - avail)
			give = 8 - avail;
		w[c] -= give;
		avail += give;
	}
	w[cl->kind->ncols - 1] = avail > 1 ? avail : 1;
}

static void
draw_cells(struct clist *cl, int y, const int *w, char *const *cells,
    int header)
{
	int c, x = 2, cw;

	for (c = 0; c < cl->kind->ncols; c++) {
		const char *s = header ? _(cl->kind->cols[c].label) : cells[c];

		if (s != NULL) {
			cw = tui_width(s);
			if (cl->kind->cols[c].right && cw < w[c])
				tui_put(cl->win, y, x + w[c] - cw, w[c], s);
			else
				tui_put(cl->win, y, x, w[c], s);
		}
		x += w[c] + 1;
	}
}

static int
visible_rows(void)
{
	return LINES - 1 - 2;
}

static void
clist_draw(struct clist *cl)
{
	int w[CL_MAXCOLS], y, i, vh = visible_rows();
	char pos[64];

	if (cl->win == NULL && (cl->win = newwin(LINES - 1, COLS, 0, 0)) ==
	    NULL)
		return;
	leaveok(cl->win, FALSE);
	werase(cl->win);
	if (cl->cur < cl->top)
		cl->top = cl->cur;
	if (cl->cur >= cl->top + vh)
		cl->top = cl->cur - vh + 1;
	if (cl->top < 0)
		cl->top = 0;
	wattrset(cl->win, tui_attr(cl->app, TA_TITLE));
	mvwhline(cl->win, 0, 0, ' ', COLS);
	if (cl->n > 0)
		/* TRANSLATORS: position in a list: "3/12" */
		snprintf(pos, sizeof pos, _("%d/%d"), cl->cur + 1, cl->n);
	else
		pos[0] = '\0';
	tui_put(cl->win, 0, 1, COLS - (int)strlen(pos) - 3, cl->title);
	tui_put(cl->win, 0, COLS - (int)strlen(pos) - 1, (int)strlen(pos) + 1,
	    pos);
	wattrset(cl->win, A_NORMAL);
	widths(cl, w);
	wattrset(cl->win, A_BOLD | A_UNDERLINE);
	mvwhline(cl->win, 1, 0, ' ', COLS);
	draw_cells(cl, 1, w, NULL, 1);
	wattrset(cl->win, A_NORMAL);
	if (cl->n == 0) {
		tui_put(cl->win, 3, 2, COLS - 4, _(cl->kind->empty));
		wmove(cl->win, 3, 2);
		wnoutrefresh(cl->win);
		return;
	}
	for (i = 0; i < vh && cl->top + i < cl->n; i++) {
		y = 2 + i;
		if (cl->top + i == cl->cur) {
			wattrset(cl->win, tui_attr(cl->app, TA_SELECTED));
			mvwhline(cl->win, y, 0, ' ', COLS);
			/* The mark says which row is selected, also
			 * without colour or reverse video. */
			mvwaddstr(cl->win, y, 0, ">");
		}
		draw_cells(cl, y, w, cl->rows[cl->top + i].cell, 0);
		wattrset(cl->win, A_NORMAL);
	}
	if (cl->top + vh < cl->n)
		mvwaddstr(cl->win, LINES - 2, COLS - 2, cl->app->ascii ? "v" :
		    "\xe2\x86\x93");
	/* The terminal cursor on the selected row (screen readers). */
	wmove(cl->win, 2 + cl->cur - cl->top, 0);
	wnoutrefresh(cl->win);
}

/* ------------------------------------------------------------ keys */

int
tui_clist_down(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;

	if (cl->cur + 1 < cl->n)
		cl->cur++;
	return TUI_NONE;
}

int
tui_clist_up(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;

	if (cl->cur > 0)
		cl->cur--;
	return TUI_NONE;
}

int
tui_clist_pgdn(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;

	cl->cur += visible_rows() - 1;
	if (cl->cur >= cl->n)
		cl->cur = cl->n > 0 ? cl->n - 1 : 0;
	cl->top = cl->cur;
	return TUI_NONE;
}

int
tui_clist_pgup(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;

	cl->cur -= visible_rows() - 1;
	if (cl->cur < 0)
		cl->cur = 0;
	return TUI_NONE;
}

int
tui_clist_first(struct tui_app *app, void *arg)
{
	((struct clist *)arg)->cur = 0;
	return TUI_NONE;
}

int
tui_clist_last(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;

	cl->cur = cl->n > 0 ? cl->n - 1 : 0;
	return TUI_NONE;
}

int
tui_clist_back(struct tui_app *app, void *arg)
{
	((struct clist *)arg)->done = 1;
	return TUI_NONE;
}

int
tui_clist_open(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;
	char *title;
	int r;

	if (cl->n == 0)
		return TUI_NONE;
	if (cl->kind->child < 0)
		/* TRANSLATORS: title of one change of the history shown in
		   full: "MD-2026-001, version 3" */
		title = xasprintf(_("%s, version %s"), cl->ref,
		    cl->rows[cl->cur].cell[0]);
	else
		/* TRANSLATORS: title of one row shown in full:
		   "MD-2026-001, no. 3" */
		title = xasprintf(_("%s, no. %s"), cl->ref,
		    cl->rows[cl->cur].cell[0]);
	r = tui_pager(app, title, cl->rows[cl->cur].detail, 0);
	free(title);
	if (r < 0) {
		cl->flags |= TUI_QUIT;
		cl->done = 1;
	}
	return TUI_REDRAW;
}

int
tui_clist_add(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;
	int r;

	r = tui_child_form(cl, NULL);
	if (r & TUI_QUIT) {
		cl->flags |= TUI_QUIT;
		cl->done = 1;
		return r;
	}
	if (r & TUI_RELOAD) {
		cl->flags |= TUI_RELOAD;
		tui_clist_load(cl);
		cl->cur = cl->n > 0 ? cl->n - 1 : 0;
	}
	return TUI_REDRAW;
}

/* The form of the selected row, filled with it. */
static int
edit_row(struct clist *cl, long long id)
{
	union child_rec rec;
	struct dlg_error err;
	int r;

	memset(&rec, 0, sizeof rec);
	err_clear(&err);
	r = tui_child_find(cl, cl->d, id, &rec, &err);
	if (r < 0) {
		tui_message(cl->app, TA_ERROR, "%s", err.msg);
		return TUI_REDRAW;
	}
	if (r == 0)
		/* Gone meanwhile (another user): the list as it is now. */
		return TUI_REDRAW | TUI_RELOAD;
	r = tui_child_form(cl, &rec);
	if (cl->kind->child == DLG_CHILD_SESSION)
		dlg_session_clear(&rec.s);
	else if (cl->kind->child == DLG_CHILD_FEEDBACK)
		dlg_feedback_clear(&rec.f);
	else
		dlg_contribution_clear(&rec.c);
	return r;
}

int
tui_clist_edit(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;
	long long id;
	int r, i;

	if (cl->n == 0 || cl->d == NULL)
		return TUI_NONE;
	id = cl->rows[cl->cur].id;
	r = edit_row(cl, id);
	if (r & TUI_QUIT) {
		cl->flags |= TUI_QUIT;
		cl->done = 1;
		return r;
	}
	if (r & TUI_RELOAD) {
		cl->flags |= TUI_RELOAD;
		tui_clist_load(cl);
		/* The same row again (the order may have changed). */
		for (i = 0; i < cl->n; i++)
			if (cl->rows[i].id == id)
				cl->cur = i;
	}
	return TUI_REDRAW;
}

int
tui_clist_redraw(struct tui_app *app, void *arg)
{
	clearok(curscr, TRUE);
	return TUI_REDRAW;
}

int
tui_clist_help(struct tui_app *app, void *arg)
{
	struct clist *cl = arg;
	int r;

	r = tui_help_text(app, cl->title, cl->kind->keys,
	    cl->kind->help != NULL ? _(cl->kind->help) : NULL);
	if (r & TUI_QUIT) {
		cl->flags |= TUI_QUIT;
		cl->done = 1;
	}
	return r;
}

/* ------------------------------------------------------------ run */

static struct clist *painting;

static void
clist_repaint(struct tui_app *app)
{
	if (painting == NULL)
		return;
	if (painting->win != NULL)
		delwin(painting->win);
	painting->win = NULL;
	clist_draw(painting);
	tui_status_keys(app, painting->kind->keys);
}

int
tui_clist_run(struct tui_app *app, const char *ref,
    const struct clist_kind *kind)
{
	void (*saved_repaint)(struct tui_app *) = app->repaint;
	struct clist *saved_painting = painting;
	struct clist cl;
	const char *t;
	int r, key;

	memset(&cl, 0, sizeof cl);
	cl.app = app;
	cl.ref = ref;
	cl.kind = kind;
	cl.flags = TUI_REDRAW;
	dlg_date_format(app->today, cl.today, sizeof cl.today);
	if (tui_clist_load(&cl) != 0 && ref != NULL && cl.d == NULL)
		return TUI_REDRAW;
	t = cl.d != NULL && dlg_get(cl.d, F_TITLE) != NULL ?
	    dlg_get(cl.d, F_TITLE) : "";
	cl.title = kind->title(ref, t);
	painting = &cl;
	app->repaint = clist_repaint;
	while (!cl.done) {
		if (tui_quit_pending()) {
			cl.flags |= TUI_QUIT;
			break;
		}
		if (!tui_size_ok(app)) {
			if (tui_getkey(app, &key) < 0)
				cl.flags |= TUI_QUIT;
			if (cl.win != NULL)
				delwin(cl.win);
			cl.win = NULL;
			if (cl.flags & TUI_QUIT)
				break;
			continue;
		}
		clist_draw(&cl);
		tui_status_keys(app, cl.kind->keys);
		curs_set(1);
		doupdate();
		r = tui_getkey(app, &key);
		if (r < 0) {
			cl.flags |= TUI_QUIT;
			break;
		}
		if (r == 0 && key == KEY_RESIZE) {
			if (cl.win != NULL)
				delwin(cl.win);
			cl.win = NULL;
			continue;
		}
		tui_dispatch(app, cl.kind->keys, key, r, &cl, NULL);
		/* Anything may have drawn over the list: paint it whole. */
		if (cl.win != NULL)
			touchwin(cl.win);
	}
	if (cl.win != NULL)
		delwin(cl.win);
	rows_clear(&cl);
	dlg_free(cl.d);
	free(cl.title);
	app->repaint = saved_repaint;
	painting = saved_painting;
	return cl.flags;
}

