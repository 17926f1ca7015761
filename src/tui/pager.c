/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * pager.c: long text shown full screen (what a step lacks, a history
 * entry, a help text): sanitised, wrapped at the screen's width, scrolled
 * with the arrows and the page keys, optionally with one action on Enter.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "tui-int.h"

#define KEY_CTRL(c)	((c) & 0x1f)

struct pager {
	struct tui_app		*app;
	const char		*title;
	const char		*text;
	struct strlist		 lines;
	int			 top;
	int			 result;	/* -2 going on */
	int			 has_action;
};

static int
pg_move(struct pager *p, int delta)
{
	int h = LINES - 2, max = (int)p->lines.n - h;

	p->top += delta;
	if (p->top > max)
		p->top = max;
	if (p->top < 0)
		p->top = 0;
	return TUI_NONE;
}

static int
pg_down(struct tui_app *app, void *arg)
{
	return pg_move(arg, 1);
}

static int
pg_up(struct tui_app *app, void *arg)
{
	return pg_move(arg, -1);
}

static int
pg_pgdn(struct tui_app *app, void *arg)
{
	return pg_move(arg, LINES - 3);
}

static int
pg_pgup(struct tui_app *app, void *arg)
{
	return pg_move(arg, -(LINES - 3));
}

static int
pg_first(struct tui_app *app, void *arg)
{
	((struct pager *)arg)->top = 0;
	return TUI_NONE;
}

static int
pg_last(struct tui_app *app, void *arg)
{
	return pg_move(arg, (int)((struct pager *)arg)->lines.n);
}

static int
pg_back(struct tui_app *app, void *arg)
{
	((struct pager *)arg)->result = 0;
	return TUI_NONE;
}

static int
pg_action(struct tui_app *app, void *arg)
{
	struct pager *p = arg;

	if (p->has_action)
		p->result = 1;
	return TUI_NONE;
}

static int
pg_redraw(struct tui_app *app, void *arg)
{
	clearok(curscr, TRUE);
	return TUI_REDRAW;
}

static int pg_help(struct tui_app *, void *);

#define PAGER_MOVES							\
	{ 'j', KEY_DOWN, 1, pg_down, NULL, N_("Scroll down a line") },	\
	{ 'k', KEY_UP, 1, pg_up, NULL, N_("Scroll up a line") },	\
	{ ' ', KEY_NPAGE, 1, pg_pgdn, NULL, N_("Next page") },		\
	{ KEY_PPAGE, 0, 0, pg_pgup, NULL, N_("Previous page") },	\
	{ 'g', KEY_HOME, 1, pg_first, NULL, N_("The beginning") },	\
	{ 'G', KEY_END, 1, pg_last, NULL, N_("The end") },		\
	{ KEY_CTRL('l'), 0, 1, pg_redraw, NULL,				\
	    N_("Draw the screen again") },				\
	{ 0, 0, 0, NULL, NULL, NULL }

static const struct tui_key pager_keys[] = {
	{ 'q', 27, 1, pg_back, N_("Back"), N_("Close this text") },
	{ '?', KEY_F(1), 1, pg_help, N_("Help"), N_("Show these keys") },
	PAGER_MOVES
};

static const struct tui_key pager_action_keys[] = {
	{ '\n', KEY_ENTER, 1, pg_action, N_("Go to the first missing field"),
	    N_("Open the form at the first field that is missing") },
	{ '\r', 0, 1, pg_action, NULL, NULL },
	{ 'q', 27, 1, pg_back, N_("Back"), N_("Close this text") },
	{ '?', KEY_F(1), 1, pg_help, N_("Help"), N_("Show these keys") },
	PAGER_MOVES
};

static int
pg_help(struct tui_app *app, void *arg)
{
	struct pager *p = arg;
	int r = tui_help(app, p->title, p->has_action ? pager_action_keys :
	    pager_keys);

	if (r & TUI_QUIT)
		p->result = -1;
	return r;
}

static void
pager_draw(struct pager *p, WINDOW *win)
{
	int y;

	sl_clear(&p->lines);
	tui_wrap(p->text, COLS - 2, &p->lines);
	pg_move(p, 0);
	werase(win);
	wattrset(win, tui_attr(p->app, TA_TITLE));
	mvwhline(win, 0, 0, ' ', COLS);
	tui_put(win, 0, 1, COLS - 2, p->title);
	wattrset(win, A_NORMAL);
	for (y = 0; y < LINES - 2 && p->top + y < (int)p->lines.n; y++)
		tui_put(win, y + 1, 1, COLS - 2, p->lines.v[p->top + y]);
	if (p->top + LINES - 2 < (int)p->lines.n)
		mvwaddstr(win, LINES - 2, COLS - 2, p->app->ascii ? "v" :
		    "\xe2\x86\x93");
	/* The cursor on the first line shown: screen readers start there. */
	wmove(win, 1, 1);
	wnoutrefresh(win);
}

int
tui_pager(struct tui_app *app, const char *title, const char *text,
    int with_action)
{
	struct pager p;
	WINDOW *win = NULL;
	int r, key;

	memset(&p, 0, sizeof p);
	p.app = app;
	p.title = title;
	p.text = text;
	p.result = -2;
	p.has_action = with_action;
	while (p.result == -2) {
		if (!tui_size_ok(app)) {
			if (tui_getkey(app, &key) < 0)
				p.result = -1;
			continue;
		}
		if (win == NULL && (win = newwin(LINES - 1, COLS, 0, 0)) ==
		    NULL) {
			p.result = 0;
			break;
		}
		pager_draw(&p, win);
		tui_status_keys(app, with_action ? pager_action_keys :
		    pager_keys);
		doupdate();
		r = tui_getkey(app, &key);
		if (r < 0) {
			p.result = -1;
			break;
		}
		if (r == 0 && key == KEY_RESIZE) {
			delwin(win);
			win = NULL;
			continue;
		}
		tui_dispatch(app, with_action ? pager_action_keys :
		    pager_keys, key, r, &p, NULL);
		touchwin(win);
	}
	if (win != NULL)
		delwin(win);
	sl_clear(&p.lines);
	return p.result;
}
