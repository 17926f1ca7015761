/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * tui-help.c: the help screen and the names of keys. Both the help and
 * the status line are generated from the key table a screen dispatches
 * from, so what is documented is what works.
 */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "i18n.h"
#include "tui-int.h"

static const struct {
	int		 key;
	int		 is_wide;
	const char	*name;
} key_names[] = {
	/* TRANSLATORS: name of the Enter key in the help and status line */
	{ '\n',		1, N_("Enter") },
	{ '\r',		1, N_("Enter") },
	{ KEY_ENTER,	0, N_("Enter") },
	/* TRANSLATORS: name of the Escape key */
	{ 27,		1, N_("Esc") },
	/* TRANSLATORS: name of the Tab key */
	{ '\t',		1, N_("Tab") },
	/* TRANSLATORS: name of the space bar */
	{ ' ',		1, N_("Space") },
	/* TRANSLATORS: name of the Backspace key */
	{ 127,		1, N_("Backspace") },
	{ KEY_BACKSPACE, 0, N_("Backspace") },
	/* TRANSLATORS: name of the arrow key up */
	{ KEY_UP,	0, N_("Up") },
	/* TRANSLATORS: name of the arrow key down */
	{ KEY_DOWN,	0, N_("Down") },
	/* TRANSLATORS: name of the arrow key left */
	{ KEY_LEFT,	0, N_("Left") },
	/* TRANSLATORS: name of the arrow key right */
	{ KEY_RIGHT,	0, N_("Right") },
	/* TRANSLATORS: name of the Page Up key */
	{ KEY_PPAGE,	0, N_("PgUp") },
	/* TRANSLATORS: name of the Page Down key */
	{ KEY_NPAGE,	0, N_("PgDn") },
	/* TRANSLATORS: name of the Home key */
	{ KEY_HOME,	0, N_("Home") },
	/* TRANSLATORS: name of the End key */
	{ KEY_END,	0, N_("End") },
	/* TRANSLATORS: name of the Delete key */
	{ KEY_DC,	0, N_("Delete") },
	/* TRANSLATORS: name of the Insert key */
	{ KEY_IC,	0, N_("Insert") },
	/* TRANSLATORS: name of Shift+Tab */
	{ KEY_BTAB,	0, N_("Shift-Tab") },
};

const char *
tui_key_name(int key, int is_wide, char *buf, size_t size)
{
	char mb[MB_LEN_MAX + 1];
	size_t i;
	int n;

	for (i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
		if (key_names[i].key == key && !key_names[i].is_wide ==
		    !is_wide) {
			snprintf(buf, size, "%s", _(key_names[i].name));
			return buf;
		}
	if (!is_wide) {
		if (key >= KEY_F(1) && key <= KEY_F(24))
			snprintf(buf, size, "F%d", key - KEY_F(0));
		else {
			const char *k = keyname(key);

			snprintf(buf, size, "%s", k != NULL ? k : "?");
		}
		return buf;
	}
	if (key > 0 && key < 32) {
		/* TRANSLATORS: a control key, "Ctrl-L" */
		snprintf(buf, size, _("Ctrl-%c"), key + '@');
		return buf;
	}
	n = wctomb(mb, (wchar_t)key);
	if (n <= 0)
		snprintf(buf, size, "?");
	else {
		mb[n] = '\0';
		snprintf(buf, size, "%s", mb);
	}
	return buf;
}

/* "?, F1": the key and its alternative. */
static void
keys_text(const struct tui_key *k, char *buf, size_t size)
{
	char a[64], b[64];

	tui_key_name(k->key, k->is_wide, a, sizeof a);
	if (k->alt == 0) {
		snprintf(buf, size, "%s", a);
		return;
	}
	tui_key_name(k->alt, !(k->alt >= KEY_MIN && k->alt <= KEY_MAX), b,
	    sizeof b);
	if (strcmp(a, b) == 0)	/* Enter and the keypad's Enter */
		snprintf(buf, size, "%s", a);
	else
		snprintf(buf, size, "%s, %s", a, b);
}

/* The lines of a text of the help (no key beside them), wrapped. */
static void
text_lines(const char *text, int width, struct strlist *keys,
    struct strlist *texts)
{
	struct strlist wrapped = { 0 };
	size_t i;

	tui_wrap(text, width, &wrapped);
	for (i = 0; i < wrapped.n; i++) {
		sl_push(keys, NULL);	/* NULL key: a line of text */
		sl_push(texts, wrapped.v[i]);
	}
	sl_clear(&wrapped);
}

/* Every line of the help: the text before, the keys and their text,
 * then the extra text; a blank line between. */
static void
help_lines(const char *before, const struct tui_key *table,
    const char *extra, int width, struct strlist *keys,
    struct strlist *texts)
{
	const struct tui_key *k;
	char buf[160];

	if (before != NULL) {
		text_lines(before, width, keys, texts);
		sl_push(keys, "");
		sl_push(texts, "");
	}
	for (k = table; k != NULL && k->key != 0; k++) {
		if (k->help == NULL && k->label == NULL)
			continue;
		keys_text(k, buf, sizeof buf);
		sl_push(keys, buf);
		sl_push(texts, _(k->help != NULL ? k->help : k->label));
	}
	if (extra == NULL)
		return;
	sl_push(keys, "");
	sl_push(texts, "");
	text_lines(extra, width, keys, texts);
}

static const struct tui_key help_keys[] = {
	{ 'q', 27, 1, NULL, N_("Back"), NULL },
	{ 'j', KEY_DOWN, 1, NULL, NULL, NULL },
	{ 'k', KEY_UP, 1, NULL, NULL, NULL },
	{ KEY_NPAGE, ' ', 0, NULL, N_("More"), NULL },
	{ KEY_PPAGE, 0, 0, NULL, NULL, NULL },
	{ 0, 0, 0, NULL, NULL, NULL }
};

/* When everything fits: only the way back. */
static const struct tui_key help_keys_end[] = {
	{ 'q', 27, 1, NULL, N_("Back"), NULL },
	{ 0, 0, 0, NULL, NULL, NULL }
};

int
tui_help_page(struct tui_app *app, const char *title, const char *before,
    const struct tui_key *table, const char *extra)
{
	struct strlist keys = { 0 }, texts = { 0 };
	int top = 0, rows, kw, i, y, r, key, w, maxtop;
	char *head;

	for (;;) {
		sl_clear(&keys);
		sl_clear(&texts);
		if (!tui_size_ok(app)) {
			r = tui_getkey(app, &key);
			if (r < 0)
				break;
			continue;
		}
		help_lines(before, table, extra, COLS - 4, &keys, &texts);
		kw = 0;
		for (i = 0; i < (int)keys.n; i++)
			if (keys.v[i] != NULL &&
			    (w = tui_width(keys.v[i])) > kw)
				kw = w;
		if (kw > COLS / 3)
			kw = COLS / 3;
		rows = LINES - 3;
		maxtop = (int)keys.n - rows;
		if (maxtop < 0)
			maxtop = 0;
		if (top > maxtop)
			top = maxtop;

		werase(stdscr);
		wattrset(stdscr, tui_attr(app, TA_TITLE));
		mvwhline(stdscr, 0, 0, ' ', COLS);
		/* TRANSLATORS: title of a help screen; %s names the screen */
		head = xasprintf(_("Help: %s"), title);
		tui_put(stdscr, 0, 1, COLS - 2, head);
		free(head);
		wattrset(stdscr, A_NORMAL);
		for (i = 0; i < rows && top + i < (int)keys.n; i++) {
			y = 2 + i;
			if (keys.v[top + i] == NULL) {
				tui_put(stdscr, y, 2, COLS - 4,
				    texts.v[top + i]);
				continue;
			}
			wattrset(stdscr, A_BOLD);
			tui_put(stdscr, y, 2, kw, keys.v[top + i]);
			wattrset(stdscr, A_NORMAL);
			tui_put(stdscr, y, 2 + kw + 2, COLS - kw - 5,
			    texts.v[top + i]);
		}
		wmove(stdscr, 2, 2);
		wnoutrefresh(stdscr);
		/* After stdscr, whose bottom row would cover it. */
		tui_status_keys(app, maxtop > 0 ? help_keys : help_keys_end);
		doupdate();

		r = tui_getkey(app, &key);
		if (r < 0)
			break;
		if (r == 0 && key == KEY_RESIZE)
			continue;
		if ((r == 1 && key == 'j') || (r == 0 && key == KEY_DOWN)) {
			if (top < maxtop)
				top++;
		} else if ((r == 1 && key == 'k') || (r == 0 &&
		    key == KEY_UP)) {
			if (top > 0)
				top--;
		} else if ((r == 1 && key == ' ') || (r == 0 &&
		    key == KEY_NPAGE)) {
			top += rows - 1;
			if (top > maxtop)
				top = maxtop;
		} else if (r == 0 && key == KEY_PPAGE) {
			top -= rows - 1;
			if (top < 0)
				top = 0;
		} else if (r == 1 && key == 12) {
			clearok(curscr, TRUE);
		} else {
			/* Any other key closes the help. */
			sl_clear(&keys);
			sl_clear(&texts);
			return TUI_REDRAW;
		}
	}
	sl_clear(&keys);
	sl_clear(&texts);
	return TUI_QUIT;
}

int
tui_help_text(struct tui_app *app, const char *title,
    const struct tui_key *table, const char *extra)
{
	return tui_help_page(app, title, NULL, table, extra);
}

int
tui_help(struct tui_app *app, const char *title, const struct tui_key *table)
{
	return tui_help_text(app, title, table, NULL);
}
