/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * tui-draw.c: how text reaches the terminal. Owns the attributes by
 * meaning, the one function that puts register text on screen (through
 * the sanitiser, with bidi controls shown as placeholders and long text
 * cut with an ellipsis, measured in display cells), line drawing with its
 * ASCII fallback, word wrapping, the status line generated from a key
 * table, pending messages and the "window too small" screen.
 */
#include "config.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "i18n.h"
#include "report.h"
#include "tui-int.h"

/* Colour pairs; colour only adds to an attribute that works without. */
enum { PAIR_RED = 1, PAIR_GREEN, PAIR_BLUE };

attr_t
tui_attr(const struct tui_app *app, enum tui_attr a)
{
	int c = app != NULL && app->color;

	switch (a) {
	case TA_TITLE:
		return A_REVERSE | A_BOLD;
	case TA_SELECTED:
		return A_REVERSE;
	case TA_STATUS:
		return A_REVERSE;
	case TA_WARNING:
		return A_BOLD | (c ? COLOR_PAIR(PAIR_RED) : 0);
	case TA_ERROR:
		return A_BOLD | (c ? COLOR_PAIR(PAIR_RED) : A_UNDERLINE);
	case TA_DIM:
		return c ? A_DIM : A_NORMAL;
	case TA_CURRENT_STATE:
		return A_REVERSE | A_BOLD | (c ? COLOR_PAIR(PAIR_GREEN) : 0);
	case TA_FIELD:
		return A_UNDERLINE;
	case TA_FIELD_ACTIVE:
		return A_REVERSE;
	case TA_NORMAL:
	default:
		return A_NORMAL;
	}
}

void
tui_colors_init(void)
{
	/* -1: the terminal's own background (use_default_colors). */
	init_pair(PAIR_RED, COLOR_RED, -1);
	init_pair(PAIR_GREEN, COLOR_GREEN, -1);
	init_pair(PAIR_BLUE, COLOR_BLUE, -1);
}

/* ------------------------------------------------------------ text */

/* Decode one UTF-8 sequence of the sanitised text (which is valid). */
static size_t
decode(const unsigned char *p, unsigned long *cp)
{
	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	if ((p[0] & 0xe0) == 0xc0 && p[1] != 0) {
		*cp = ((unsigned long)(p[0] & 0x1f) << 6) | (p[1] & 0x3f);
		return 2;
	}
	if ((p[0] & 0xf0) == 0xe0 && p[1] != 0 && p[2] != 0) {
		*cp = ((unsigned long)(p[0] & 0x0f) << 12) |
		    ((unsigned long)(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
		return 3;
	}
	if ((p[0] & 0xf8) == 0xf0 && p[1] != 0 && p[2] != 0 && p[3] != 0) {
		*cp = ((unsigned long)(p[0] & 0x07) << 18) |
		    ((unsigned long)(p[1] & 0x3f) << 12) |
		    ((unsigned long)(p[2] & 0x3f) << 6) | (p[3] & 0x3f);
		return 4;
	}
	*cp = 0xfffd;
	return 1;
}

/* One cell of output: a wide char and its width. */
struct cell {
	wchar_t	 wc;
	int	 w;
};

struct cells {
	struct cell	*v;
	size_t		 n, alloc;
	int		 width;
};

static void
cells_add(struct cells *c, wchar_t wc, int w)
{
	if (c->n == c->alloc) {
		c->alloc = c->alloc ? c->alloc * 2 : 64;
		c->v = xrealloc(c->v, c->alloc * sizeof *c->v);
	}
	c->v[c->n].wc = wc;
	c->v[c->n].w = w;
	c->n++;
	c->width += w;
}

static void
cells_ascii(struct cells *c, const char *s)
{
	for (; *s != '\0'; s++)
		cells_add(c, (wchar_t)(unsigned char)*s, 1);
}

/*
 * The cells of s, sanitised: control characters as report_sanitize shows
 * them, format controls as "<U+XXXX>", characters the locale cannot show
 * as "?", a combining mark with nothing to sit on after a space.
 */
static void
text_cells(const char *s, int multiline, struct cells *out)
{
	char *clean = report_sanitize(s, multiline), mb[MB_LEN_MAX];
	const unsigned char *p = (const unsigned char *)clean;
	unsigned long cp;
	char ph[16];
	int w;

	while (*p != '\0') {
		p += decode(p, &cp);
		if (cp == '\n') {
			cells_add(out, L'\n', 0);
			continue;
		}
		if (report_is_format_control(cp)) {
			snprintf(ph, sizeof ph, "<U+%04lX>", cp);
			cells_ascii(out, ph);
			continue;
		}
		if (cp >= 0x80 && wctomb(mb, (wchar_t)cp) < 0) {
			cells_add(out, L'?', 1);
			continue;
		}
		w = wcwidth((wchar_t)cp);
		if (w < 0) {
			cells_add(out, L'?', 1);
			continue;
		}
		if (w == 0 && (out->n == 0 || out->v[out->n - 1].wc == L'\n'))
			cells_add(out, L' ', 1);
		cells_add(out, (wchar_t)cp, w);
	}
	free(clean);
}

static int
put_cells(WINDOW *win, int y, int x, int width, const struct cell *v,
    size_t n, int ascii)
{
	wchar_t *buf;
	size_t i, k = 0, cut = n;
	int used = 0, total = 0, ell;

	if (width <= 0)
		return 0;
	for (i = 0; i < n; i++)
		total += v[i].w;
	ell = total > width;
	if (ell) {
		/* Keep what fits in width - 1 cells, then the ellipsis. */
		for (cut = 0; cut < n; cut++) {
			if (used + v[cut].w > width - 1)
				break;
			used += v[cut].w;
		}
		/* Combining marks stay with their base character. */
		while (cut < n && v[cut].w == 0)
			cut++;
	} else
		used = total;
	buf = xcalloc(cut + 2, sizeof *buf);
	for (i = 0; i < cut; i++)
		buf[k++] = v[i].wc;
	if (ell) {
		buf[k++] = ascii ? L'~' : L'\x2026';
		used++;
	}
	buf[k] = L'\0';
	if (k > 0)
		mvwaddnwstr(win, y, x, buf, (int)k);
	else
		wmove(win, y, x);
	free(buf);
	return used;
}

/* tui_put has no app: tui_run sets the ellipsis style once. */
static int draw_ascii;

void
tui_draw_set_ascii(int ascii)
{
	draw_ascii = ascii;
}

int
tui_put(WINDOW *win, int y, int x, int width, const char *s)
{
	struct cells c = { 0 };
	int used;

	text_cells(s, 0, &c);
	used = put_cells(win, y, x, width, c.v, c.n, draw_ascii);
	free(c.v);
	return used;
}

int
tui_width(const char *s)
{
	struct cells c = { 0 };
	int w;

	text_cells(s, 0, &c);
	w = c.width;
	free(c.v);
	return w;
}

/* UTF-8 of the cells v[a..b). */
static char *
cells_str(const struct cell *v, size_t a, size_t b)
{
	struct strbuf sb;
	char mb[MB_LEN_MAX + 1];
	unsigned long cp;
	size_t i;

	sb_init(&sb);
	for (i = a; i < b; i++) {
		cp = (unsigned long)v[i].wc;
		if (cp < 0x80)
			sb_addc(&sb, (char)cp);
		else if (cp < 0x800) {
			mb[0] = (char)(0xc0 | (cp >> 6));
			mb[1] = (char)(0x80 | (cp & 0x3f));
			sb_addn(&sb, mb, 2);
		} else if (cp < 0x10000) {
			mb[0] = (char)(0xe0 | (cp >> 12));
			mb[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
			mb[2] = (char)(0x80 | (cp & 0x3f));
			sb_addn(&sb, mb, 3);
		} else {
			mb[0] = (char)(0xf0 | (cp >> 18));
			mb[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
			mb[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
			mb[3] = (char)(0x80 | (cp & 0x3f));
			sb_addn(&sb, mb, 4);
		}
	}
	return sb_detach(&sb);
}

char *
tui_fit(const char *s, int width)
{
	struct cells c = { 0 };
	size_t cut = 0;
	int used = 0;
	char *r, *e;

	if (width <= 0)
		return xstrdup("");
	text_cells(s, 0, &c);
	if (c.width <= width) {
		r = cells_str(c.v, 0, c.n);
		free(c.v);
		return r;
	}
	while (cut < c.n && used + c.v[cut].w <= width - 1)
		used += c.v[cut++].w;
	while (cut < c.n && c.v[cut].w == 0)
		cut++;
	r = cells_str(c.v, 0, cut);
	e = xasprintf("%s%s", r, draw_ascii ? "~" : "\xe2\x80\xa6");
	free(r);
	free(c.v);
	return e;
}

size_t
tui_wrap(const char *s, int width, struct strlist *out)
{
	struct cells c = { 0 };
	size_t start = 0, i, brk, end, added = 0;
	int w;

	if (width < 1)
		width = 1;
	text_cells(s, 1, &c);
	for (;;) {
		w = 0;
		brk = (size_t)-1;
		for (i = start; i < c.n && c.v[i].wc != L'\n'; i++) {
			if (w + c.v[i].w > width)
				break;
			if (c.v[i].wc == L' ')
				brk = i;
			w += c.v[i].w;
		}
		added++;
		if (i < c.n && c.v[i].wc != L'\n') {
			/* Too long: break at the last space, else cut. */
			if (brk != (size_t)-1 && brk > start) {
				sl_push_owned(out, cells_str(c.v, start, brk));
				start = brk + 1;
				continue;
			}
			end = i;
			/* Combining marks stay with their base. */
			while (end < c.n && c.v[end].w == 0 &&
			    c.v[end].wc != L'\n')
				end++;
			if (end == start)
				end++;	/* one cell wider than the line */
			sl_push_owned(out, cells_str(c.v, start, end));
			start = end;
			continue;
		}
		sl_push_owned(out, cells_str(c.v, start, i));
		if (i >= c.n)
			break;
		start = i + 1;
	}
	free(c.v);
	return added;
}

size_t
tui_wrap_hang(const char *s, int width, const char *first, const char *rest,
    struct strlist *out)
{
	struct strlist lines = { 0 };
	int w = tui_width(first) > tui_width(rest) ? tui_width(first) :
	    tui_width(rest);
	size_t i, n;

	n = tui_wrap(s, width - w, &lines);
	for (i = 0; i < lines.n; i++)
		sl_push_owned(out, xasprintf("%s%s", i == 0 ? first : rest,
		    lines.v[i]));
	sl_clear(&lines);
	return n;
}

void
tui_box(const struct tui_app *app, WINDOW *win)
{
	if (app->ascii)
		wborder(win, '|', '|', '-', '-', '+', '+', '+', '+');
	else
		box(win, 0, 0);
}

void
tui_hline(const struct tui_app *app, WINDOW *win, int y, int x, int width)
{
	if (width <= 0)
		return;
	mvwhline(win, y, x, app->ascii ? '-' : ACS_HLINE, width);
}

/* ------------------------------------------------------------ bottom row */

/* Refresh win into the virtual screen without moving the cursor the
 * caller placed (the status row never takes the cursor). */
static void
noutrefresh_keep_cursor(WINDOW *win)
{
	int y, x;

	getyx(newscr, y, x);
	wnoutrefresh(win);
	setsyx(y, x);
}

/*
 * Give the bottom row window rows lines, at the foot of the screen. The
 * screens paint their whole window before it on every round, so rows a
 * taller message covered come back with the next paint.
 */
static void
status_rows(struct tui_app *app, int rows)
{
	int h, w;

	if (app->status == NULL)
		return;
	getmaxyx(app->status, h, w);
	if (h == rows && w == COLS)
		return;
	delwin(app->status);
	app->status = newwin(rows, COLS, LINES - rows, 0);
	if (app->status != NULL)
		leaveok(app->status, FALSE);
}

/* The pending message, whole: wrapped over as many rows at the foot of
 * the screen as it needs (at most half the screen), never cut. */
static void
draw_message(struct tui_app *app)
{
	struct strlist lines = { 0 };
	WINDOW *w;
	size_t i, n;

	n = tui_wrap(app->msg, COLS, &lines);
	if (n > (size_t)(LINES / 2))
		n = (size_t)(LINES / 2);
	status_rows(app, n > 0 ? (int)n : 1);
	if ((w = app->status) != NULL) {
		werase(w);
		wattrset(w, tui_attr(app, (enum tui_attr)app->msg_attr));
		for (i = 0; i < n; i++)
			tui_put(w, (int)i, 0, COLS, lines.v[i]);
		wattrset(w, A_NORMAL);
	}
	sl_clear(&lines);
}

/* Columns the entry k takes on the status row, separator included. */
static int
status_entry_width(const struct tui_key *k)
{
	char name[64];

	tui_key_name(k->key, k->is_wide, name, sizeof name);
	return 2 + tui_width(name) + 1 + tui_width(_(k->label));
}

/* Help and back/quit always keep their place: with them the user can
 * reach every other key, whatever the language's labels cost. */
static int
status_entry_essential(const struct tui_key *k)
{
	return k->is_wide && (k->key == '?' || k->key == 'q');
}

void
tui_status_keys(struct tui_app *app, const struct tui_key *table)
{
	WINDOW *w = app->status;
	char name[64], show[128];
	int x = 0, used = 0, pass;
	size_t i;
	const struct tui_key *k;

	if (w == NULL)
		return;
	if (app->msg[0] != '\0') {
		draw_message(app);
		if (app->status != NULL)
			noutrefresh_keep_cursor(app->status);
		return;
	}
	status_rows(app, 1);
	if ((w = app->status) == NULL)
		return;
	/* Choose the entries: the essential ones first, then the others in
	 * table order while they fit; draw the chosen ones in table order. */
	memset(show, 0, sizeof show);
	for (pass = 0; pass < 2; pass++)
		for (i = 0, k = table; k != NULL && k->key != 0 &&
		    i < sizeof show; k++, i++) {
			if (k->label == NULL || show[i] ||
			    status_entry_essential(k) != (pass == 0))
				continue;
			if (used + status_entry_width(k) - 2 > COLS)
				continue;
			used += status_entry_width(k);
			show[i] = 1;
		}
	werase(w);
	for (i = 0, k = table; k != NULL && k->key != 0 && i < sizeof show;
	    k++, i++) {
		if (!show[i])
			continue;
		if (x > 0)
			x += 2;
		tui_key_name(k->key, k->is_wide, name, sizeof name);
		wattrset(w, A_BOLD);
		x += tui_put(w, 0, x, COLS - x, name);
		wattrset(w, A_NORMAL);
		x += 1;
		x += tui_put(w, 0, x, COLS - x, _(k->label));
	}
	wattrset(w, A_NORMAL);
	noutrefresh_keep_cursor(w);
}

void
tui_message(struct tui_app *app, enum tui_attr a, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(app->msg, sizeof app->msg, fmt, ap);
	va_end(ap);
	app->msg_attr = (int)a;
	if (app->status == NULL)
		return;
	draw_message(app);
	if (app->status != NULL)
		noutrefresh_keep_cursor(app->status);
	doupdate();
}

int
tui_size_ok(struct tui_app *app)
{
	struct strlist lines = { 0 };
	size_t i;
	int y;

	if (LINES >= 24 && COLS >= 80)
		return 1;
	werase(stdscr);
	/* Plain text, no attributes: readable on any terminal. */
	tui_wrap(_("The window is too small: make it at least 80 columns "
	    "wide and 24 lines high."), COLS > 2 ? COLS - 2 : 1, &lines);
	y = LINES / 2 - (int)lines.n / 2;
	if (y < 0)
		y = 0;
	for (i = 0; i < lines.n && y + (int)i < LINES; i++)
		tui_put(stdscr, y + (int)i, 1, COLS - 1, lines.v[i]);
	sl_clear(&lines);
	wmove(stdscr, y < LINES ? y : 0, 1);
	wnoutrefresh(stdscr);
	doupdate();
	return 0;
}
