/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ask.c: a full-screen question with its answers in a menu (menu
 * library): the question's text wrapped above, the answers numbered
 * below. Enter takes the highlighted answer, a digit or (for yes/no) the
 * translated y/n letter takes one directly, Esc goes back. The new
 * dialogue's gate questions and the register's policy are asked with it.
 */
#include "config.h"

#include <menu.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "i18n.h"
#include "tui-int.h"

struct ask {
	struct tui_app		*app;
	const char		*title;
	const char		*text;
	const char *const	*options;
	int			 n;
	int			 yesno;
	int			 cur;
	int			 result;	/* -3 going on, -1 back, -2 quit */
	WINDOW			*win, *sub;
	MENU			*menu;
	ITEM			**items;
	char			**names;
};

static void
ask_close(struct ask *a)
{
	int i;

	if (a->menu != NULL) {
		a->cur = item_index(current_item(a->menu));
		unpost_menu(a->menu);
		free_menu(a->menu);
		a->menu = NULL;
	}
	for (i = 0; a->items != NULL && i < a->n; i++)
		if (a->items[i] != NULL)
			free_item(a->items[i]);
	free(a->items);
	a->items = NULL;
	for (i = 0; a->names != NULL && i < a->n; i++)
		free(a->names[i]);
	free(a->names);
	a->names = NULL;
	if (a->sub != NULL)
		delwin(a->sub);
	if (a->win != NULL)
		delwin(a->win);
	a->sub = a->win = NULL;
}

static int
ask_open(struct ask *a)
{
	struct strlist lines = { 0 };
	int y, i, room;
	size_t k;
	char *s;

	if ((a->win = newwin(LINES - 1, COLS, 0, 0)) == NULL)
		return -1;
	wattrset(a->win, tui_attr(a->app, TA_TITLE));
	mvwhline(a->win, 0, 0, ' ', COLS);
	tui_put(a->win, 0, 1, COLS - 2, a->title);
	wattrset(a->win, A_NORMAL);
	tui_wrap(a->text, COLS - 4, &lines);
	room = LINES - 1 - 2 - a->n - 2;
	for (k = 0, y = 2; k < lines.n && (int)k < room; k++, y++)
		tui_put(a->win, y, 2, COLS - 4, lines.v[k]);
	sl_clear(&lines);
	y++;
	a->names = xcalloc((size_t)a->n, sizeof *a->names);
	a->items = xcalloc((size_t)a->n + 1, sizeof *a->items);
	for (i = 0; i < a->n; i++) {
		s = xasprintf("%d  %s", i + 1, a->options[i]);
		a->names[i] = tui_fit(s, COLS - 10);
		free(s);
		if ((a->items[i] = new_item(a->names[i], "")) == NULL)
			return -1;
	}
	if ((a->menu = new_menu(a->items)) == NULL ||
	    (a->sub = derwin(a->win, a->n, COLS - 6, y, 4)) == NULL)
		return -1;
	menu_opts_off(a->menu, O_SHOWDESC);
	set_menu_mark(a->menu, "> ");
	set_menu_fore(a->menu, tui_attr(a->app, TA_SELECTED));
	set_menu_back(a->menu, A_NORMAL);
	set_menu_win(a->menu, a->win);
	set_menu_sub(a->menu, a->sub);
	set_menu_format(a->menu, a->n, 1);
	if (post_menu(a->menu) != E_OK)
		return -1;
	if (a->cur >= 0 && a->cur < a->n)
		set_current_item(a->menu, a->items[a->cur]);
	return 0;
}

static int
ak_take(struct tui_app *app, void *arg)
{
	struct ask *a = arg;

	a->result = item_index(current_item(a->menu));
	return TUI_NONE;
}

static int
ak_back(struct tui_app *app, void *arg)
{
	((struct ask *)arg)->result = -1;
	return TUI_NONE;
}

static int
ak_down(struct tui_app *app, void *arg)
{
	menu_driver(((struct ask *)arg)->menu, REQ_DOWN_ITEM);
	return TUI_NONE;
}

static int
ak_up(struct tui_app *app, void *arg)
{
	menu_driver(((struct ask *)arg)->menu, REQ_UP_ITEM);
	return TUI_NONE;
}

static int ak_help(struct tui_app *, void *);

static const struct tui_key ask_keys[] = {
	{ '\n', KEY_ENTER, 1, ak_take, N_("Choose"),
	    N_("Take the highlighted answer") },
	{ '\r', 0, 1, ak_take, NULL, NULL },
	{ 27, 0, 1, ak_back, N_("Cancel"),
	    N_("Go back without choosing an answer") },
	{ '?', KEY_F(1), 1, ak_help, N_("Help"), N_("Show these keys") },
	{ KEY_DOWN, '\t', 0, ak_down, NULL, N_("The next answer") },
	{ KEY_UP, KEY_BTAB, 0, ak_up, NULL, N_("The previous answer") },
	{ '1', 0, 1, NULL, NULL,
	    N_("1, 2, ...: take that answer at once; at a yes/no question "
	    "also the letters for yes and no") },
	{ 0, 0, 0, NULL, NULL, NULL }
};

static int
ak_help(struct tui_app *app, void *arg)
{
	struct ask *a = arg;
	int r;

	ask_close(a);
	r = tui_help(app, a->title, ask_keys);
	if (r & TUI_QUIT)
		a->result = -2;
	return r;
}

/* The first letter of a translated one-letter answer, lower case. */
static wint_t
letter(const char *s)
{
	wchar_t wc = 0;

	if (mbtowc(&wc, s, strlen(s)) <= 0)
		return 0;
	return towlower((wint_t)wc);
}

int
tui_ask(struct tui_app *app, const char *title, const char *text,
    const char *const *options, int n, int yesno, int cur)
{
	struct ask a;
	int r, key;
	wint_t lc;

	memset(&a, 0, sizeof a);
	a.app = app;
	a.title = title;
	a.text = text;
	a.options = options;
	a.n = n;
	a.yesno = yesno;
	a.cur = cur;
	a.result = -3;
	while (a.result == -3) {
		if (!tui_size_ok(app)) {
			ask_close(&a);
			if (tui_getkey(app, &key) < 0)
				a.result = -2;
			continue;
		}
		if (a.menu == NULL && ask_open(&a) != 0) {
			ask_close(&a);
			a.result = -1;
			break;
		}
		pos_menu_cursor(a.menu);
		wnoutrefresh(a.win);
		tui_status_keys(app, ask_keys);
		curs_set(1);
		doupdate();
		r = tui_getkey(app, &key);
		if (r < 0) {
			a.result = -2;
			break;
		}
		if ((r == 0 && key == KEY_RESIZE) || (r == 1 && key == 12)) {
			ask_close(&a);
			clearok(curscr, TRUE);
			continue;
		}
		if (r == 1 && key >= '1' && key < '1' + n) {
			a.result = key - '1';
			break;
		}
		if (r == 1 && yesno) {
			wint_t y, no;

			lc = towlower((wint_t)key);
			/* TRANSLATORS: the one-letter answer "yes" typed at
			   a question (lower case) */
			y = letter(_("y"));
			/* TRANSLATORS: the one-letter answer "no" typed at
			   a question */
			no = letter(_("n"));
			/* y and n work too, unless they mean the other. */
			if (lc == y || (lc == L'y' && no != L'y')) {
				a.result = 0;
				break;
			}
			if (lc == no || (lc == L'n' && y != L'n')) {
				a.result = 1;
				break;
			}
		}
		tui_dispatch(app, ask_keys, key, r, &a, NULL);
	}
	ask_close(&a);
	return a.result;
}
