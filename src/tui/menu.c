/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * menu.c: the choice menus the screens and forms share, both on the menu
 * library: a small menu that picks one item (tui_menu) and one that picks
 * several (tui_menu_multi), each in a box in the middle of the screen,
 * drawn through the sanitiser, laid out again after a resize.
 */
#include "config.h"

#include <menu.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "tui-int.h"


/* ------------------------------------------------------------ one */

struct menu_ui {
	WINDOW	*win, *sub;
	ITEM	**items;
	MENU	*menu;
	char	**names;
	int	 n;
};

static void
menu_close(struct menu_ui *m)
{
	int i;

	if (m->menu != NULL) {
		unpost_menu(m->menu);
		free_menu(m->menu);
	}
	for (i = 0; m->items != NULL && i < m->n; i++)
		if (m->items[i] != NULL)
			free_item(m->items[i]);
	free(m->items);
	for (i = 0; m->names != NULL && i < m->n; i++)
		free(m->names[i]);
	free(m->names);
	if (m->sub != NULL)
		delwin(m->sub);
	if (m->win != NULL)
		delwin(m->win);
	memset(m, 0, sizeof *m);
}

static int
menu_open(struct tui_app *app, struct menu_ui *m, const char *title,
    const char *const *items, int n, int current)
{
	int i, w, iw = 0, rows, h, y, x;

	memset(m, 0, sizeof *m);
	m->n = n;
	m->names = xcalloc((size_t)n, sizeof *m->names);
	m->items = xcalloc((size_t)n + 1, sizeof *m->items);
	for (i = 0; i < n; i++) {
		m->names[i] = tui_fit(items[i] != NULL && *items[i] != '\0' ?
		    items[i] : " ", COLS - 12);
		if (tui_width(m->names[i]) > iw)
			iw = tui_width(m->names[i]);
		if ((m->items[i] = new_item(m->names[i], "")) == NULL)
			return -1;
	}
	w = iw + 2 + 4;		/* mark, borders and margins */
	if (tui_width(title) + 4 > w)
		w = tui_width(title) + 4;
	if (w > COLS - 4)
		w = COLS - 4;
	rows = n < LINES - 8 ? n : LINES - 8;
	if (rows < 1)
		rows = 1;
	h = rows + 4;
	y = (LINES - h) / 2;
	x = (COLS - w) / 2;
	if ((m->menu = new_menu(m->items)) == NULL ||
	    (m->win = newwin(h, w, y, x)) == NULL ||
	    (m->sub = derwin(m->win, rows, w - 4, 2, 2)) == NULL)
		return -1;
	menu_opts_off(m->menu, O_SHOWDESC);
	/* The mark says which item is current without colour. */
	set_menu_mark(m->menu, "> ");
	set_menu_fore(m->menu, tui_attr(app, TA_SELECTED));
	set_menu_back(m->menu, A_NORMAL);
	set_menu_win(m->menu, m->win);
	set_menu_sub(m->menu, m->sub);
	set_menu_format(m->menu, rows, 1);
	tui_box(app, m->win);
	wattrset(m->win, A_BOLD);
	tui_put(m->win, 0, 2, w - 4, title);
	wattrset(m->win, A_NORMAL);
	if (post_menu(m->menu) != E_OK)
		return -1;
	if (current >= 0 && current < n)
		set_current_item(m->menu, m->items[current]);
	return 0;
}

static int
menu_request(int key, int is_wide)
{
	if (is_wide) {
		switch (key) {
		case 'j':
			return REQ_DOWN_ITEM;
		case 'k':
			return REQ_UP_ITEM;
		case 'g':
			return REQ_FIRST_ITEM;
		case 'G':
			return REQ_LAST_ITEM;
		default:
			return 0;
		}
	}
	switch (key) {
	case KEY_DOWN:
		return REQ_DOWN_ITEM;
	case KEY_UP:
		return REQ_UP_ITEM;
	case KEY_NPAGE:
		return REQ_SCR_DPAGE;
	case KEY_PPAGE:
		return REQ_SCR_UPAGE;
	case KEY_HOME:
		return REQ_FIRST_ITEM;
	case KEY_END:
		return REQ_LAST_ITEM;
	default:
		return 0;
	}
}

int
tui_menu(struct tui_app *app, const char *title, const char *const *items,
    int n, int current)
{
	struct menu_ui m;
	int r, key, req, result = -1;

	if (n <= 0)
		return -1;
	if (menu_open(app, &m, title, items, n, current) != 0) {
		menu_close(&m);
		return -1;
	}
	for (;;) {
		pos_menu_cursor(m.menu);
		wnoutrefresh(m.win);
		doupdate();
		r = tui_getkey(app, &key);
		if (r < 0) {
			result = -2;
			break;
		}
		if ((r == 0 && key == KEY_RESIZE) || (r == 1 && key == 12)) {
			current = item_index(current_item(m.menu));
			menu_close(&m);
			tui_repaint_under(app);
			if (menu_open(app, &m, title, items, n, current) != 0)
				break;
			continue;
		}
		if (r == 1 && (key == 27 || key == 'q'))
			break;
		if ((r == 1 && (key == '\n' || key == '\r')) ||
		    (r == 0 && key == KEY_ENTER)) {
			result = item_index(current_item(m.menu));
			break;
		}
		if ((req = menu_request(key, r)) != 0)
			menu_driver(m.menu, req);
	}
	menu_close(&m);
	touchwin(stdscr);
	return result;
}

/* ------------------------------------------------------------ several */

struct multi {
	struct tui_app		 *app;
	const char		 *title;
	const char *const	 *labels;
	int			  n;
	unsigned char		 *sel;
	WINDOW			 *win, *sub;
	ITEM			**items;
	char			**names;
	MENU			 *menu;
	int			  cur;
	int			  result;	/* 1 done, 0 cancelled, -1 quit */
};

static void
multi_close(struct multi *m)
{
	int i;

	if (m->menu != NULL) {
		m->cur = item_index(current_item(m->menu));
		unpost_menu(m->menu);
		free_menu(m->menu);
		m->menu = NULL;
	}
	for (i = 0; m->items != NULL && i < m->n; i++)
		if (m->items[i] != NULL)
			free_item(m->items[i]);
	free(m->items);
	m->items = NULL;
	for (i = 0; m->names != NULL && i < m->n; i++)
		free(m->names[i]);
	free(m->names);
	m->names = NULL;
	if (m->sub != NULL)
		delwin(m->sub);
	if (m->win != NULL)
		delwin(m->win);
	m->sub = m->win = NULL;
}

static int
multi_open(struct multi *m)
{
	int i, w, iw = 0, rows, h;

	m->names = xcalloc((size_t)m->n, sizeof *m->names);
	m->items = xcalloc((size_t)m->n + 1, sizeof *m->items);
	for (i = 0; i < m->n; i++) {
		/* Picked or not, in text: the menu library would say it
		 * by colour alone. */
		char *l = xasprintf("[%s] %s", m->sel[i] ? "x" : " ",
		    m->labels[i]);

		m->names[i] = tui_fit(l, COLS - 14);
		free(l);
		if (tui_width(m->names[i]) > iw)
			iw = tui_width(m->names[i]);
		if ((m->items[i] = new_item(m->names[i], "")) == NULL)
			return -1;
	}
	w = iw + 4 + 4;
	if (tui_width(m->title) + 4 > w)
		w = tui_width(m->title) + 4;
	if (w > COLS - 4)
		w = COLS - 4;
	rows = m->n < LINES - 8 ? m->n : LINES - 8;
	if (rows < 1)
		rows = 1;
	h = rows + 4;
	if ((m->menu = new_menu(m->items)) == NULL ||
	    (m->win = newwin(h, w, (LINES - 1 - h) / 2, (COLS - w) / 2)) ==
	    NULL || (m->sub = derwin(m->win, rows, w - 4, 2, 2)) == NULL)
		return -1;
	menu_opts_off(m->menu, O_SHOWDESC);
	/* The mark says which item is current, without colour. */
	set_menu_mark(m->menu, "> ");
	set_menu_fore(m->menu, tui_attr(m->app, TA_SELECTED));
	set_menu_back(m->menu, A_NORMAL);
	set_menu_win(m->menu, m->win);
	set_menu_sub(m->menu, m->sub);
	set_menu_format(m->menu, rows, 1);
	tui_box(m->app, m->win);
	wattrset(m->win, A_BOLD);
	tui_put(m->win, 0, 2, w - 4, m->title);
	wattrset(m->win, A_NORMAL);
	if (post_menu(m->menu) != E_OK)
		return -1;
	if (m->cur >= 0 && m->cur < m->n)
		set_current_item(m->menu, m->items[m->cur]);
	return 0;
}

static int
mk_request(struct multi *m, int req)
{
	menu_driver(m->menu, req);
	return TUI_NONE;
}

#define MENU_KEY(name, req)						\
static int								\
name(struct tui_app *app, void *arg)					\
{									\
	return mk_request(arg, req);					\
}
MENU_KEY(mk_down, REQ_DOWN_ITEM)
MENU_KEY(mk_up, REQ_UP_ITEM)
MENU_KEY(mk_pgdn, REQ_SCR_DPAGE)
MENU_KEY(mk_pgup, REQ_SCR_UPAGE)
MENU_KEY(mk_first, REQ_FIRST_ITEM)
MENU_KEY(mk_last, REQ_LAST_ITEM)
#undef MENU_KEY

static int
mk_toggle(struct tui_app *app, void *arg)
{
	struct multi *m = arg;
	int i = item_index(current_item(m->menu));

	m->sel[i] = !m->sel[i];
	/* The item's text says it: build the menu again. */
	multi_close(m);
	m->cur = i;
	return TUI_NONE;
}

static int
mk_done(struct tui_app *app, void *arg)
{
	((struct multi *)arg)->result = 1;
	return TUI_NONE;
}

static int
mk_cancel(struct tui_app *app, void *arg)
{
	((struct multi *)arg)->result = 0;
	return TUI_NONE;
}

static int mk_help(struct tui_app *, void *);

static const struct tui_key multi_keys[] = {
	{ ' ', 'x', 1, mk_toggle, N_("Pick"),
	    N_("Pick the item, or unpick it") },
	{ '\n', KEY_ENTER, 1, mk_done, N_("Done"),
	    N_("Take the picked items") },
	{ '\r', 0, 1, mk_done, NULL, NULL },
	{ 27, 'q', 1, mk_cancel, N_("Cancel"),
	    N_("Close the menu and change nothing") },
	{ '?', KEY_F(1), 1, mk_help, N_("Help"), N_("Show these keys") },
	{ 'j', KEY_DOWN, 1, mk_down, NULL, N_("Next item") },
	{ 'k', KEY_UP, 1, mk_up, NULL, N_("Previous item") },
	{ KEY_NPAGE, 0, 0, mk_pgdn, NULL, N_("Next page") },
	{ KEY_PPAGE, 0, 0, mk_pgup, NULL, N_("Previous page") },
	{ 'g', KEY_HOME, 1, mk_first, NULL, N_("First item") },
	{ 'G', KEY_END, 1, mk_last, NULL, N_("Last item") },
	{ 0, 0, 0, NULL, NULL, NULL }
};

static int
mk_help(struct tui_app *app, void *arg)
{
	struct multi *m = arg;
	int r;

	multi_close(m);
	r = tui_help(app, m->title, multi_keys);
	if (r & TUI_QUIT)
		m->result = -1;
	if (app->repaint != NULL)
		app->repaint(app);
	return r;
}

int
tui_menu_multi(struct tui_app *app, const char *title,
    const char *const *labels, int n, unsigned char *selected)
{
	struct multi m;
	int r, key;

	if (n <= 0)
		return 0;
	memset(&m, 0, sizeof m);
	m.app = app;
	m.title = title;
	m.labels = labels;
	m.n = n;
	m.sel = selected;
	m.result = -2;
	while (m.result == -2) {
		if (m.menu == NULL && multi_open(&m) != 0) {
			multi_close(&m);
			m.result = 0;
			break;
		}
		tui_status_keys(app, multi_keys);
		pos_menu_cursor(m.menu);
		wnoutrefresh(m.win);
		curs_set(1);
		doupdate();
		r = tui_getkey(app, &key);
		if (r < 0) {
			m.result = -1;
			break;
		}
		if ((r == 0 && key == KEY_RESIZE) || (r == 1 && key == 12)) {
			multi_close(&m);
			if (app->repaint != NULL)
				app->repaint(app);
			continue;
		}
		tui_dispatch(app, multi_keys, key, r, &m, NULL);
	}
	multi_close(&m);
	return m.result;
}
