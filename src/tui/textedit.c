/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * textedit.c: the editor of text of several lines (question, purpose,
 * contributions, feedback, notes, reasons). Owns the text as the user's
 * bytes, a cursor on a character boundary and a view. The text is held
 * as logical lines (a '\n' ends one) and is wrapped only to be drawn:
 * at word boundaries, by display width, a wide character taking two
 * cells, a combining mark none and always with its base. What is drawn
 * (padding, placeholders for control characters, the scroll position)
 * lives only on the screen: tui_text_get() returns exactly the bytes
 * that were given and typed, never anything read back from the window.
 * The keys follow nano: arrows, Home/End (the row, then the line),
 * PgUp/PgDn, Backspace and Delete across line joins, Enter a new line.
 * Also the hand-off to the user's own editor ($VISUAL, $EDITOR) through
 * a private temporary file, as git and mutt do.
 */
#include "config.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <wchar.h>

#include "i18n.h"
#include "report.h"
#include "tui-int.h"

#define KEY_CTRL(c)	((c) & 0x1f)
/* A byte that is no part of valid UTF-8: kept as it is, shown as U+FFFD. */
#define INVALID		0x110000UL

/* One row on the screen: the bytes [start, end) of the text. */
struct trow {
	size_t	 start, end;
};

struct tui_text {
	char		*s;		/* the text, NUL-terminated */
	size_t		 len, cap;
	size_t		 cur;		/* cursor: byte offset */
	int		 want_x;	/* column kept by Up and Down */
	int		 cols;		/* wrap width (cells) of the view */
	int		 vis;		/* rows of the view */
	int		 top;		/* first row shown */
	struct trow	*row;		/* the layout at cols */
	size_t		 nrow, arow;
	int		 stale;		/* layout to be made again */
};

/* ------------------------------------------------------------ characters */

/*
 * The code point at s[i] (of len bytes) and its length in bytes; a byte
 * that does not start a valid, shortest UTF-8 sequence is one INVALID
 * unit, so any byte string survives editing unchanged.
 */
static size_t
decode(const char *s, size_t len, size_t i, unsigned long *cp)
{
	const unsigned char *p = (const unsigned char *)s + i;
	size_t n = len - i, k, need;
	unsigned long c;

	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	if (p[0] >= 0xc2 && p[0] <= 0xdf) {
		need = 2;
		c = p[0] & 0x1f;
	} else if (p[0] >= 0xe0 && p[0] <= 0xef) {
		need = 3;
		c = p[0] & 0x0f;
	} else if (p[0] >= 0xf0 && p[0] <= 0xf4) {
		need = 4;
		c = p[0] & 0x07;
	} else
		goto bad;
	if (n < need)
		goto bad;
	for (k = 1; k < need; k++) {
		if ((p[k] & 0xc0) != 0x80)
			goto bad;
		c = (c << 6) | (p[k] & 0x3f);
	}
	if ((need == 3 && c < 0x800) || (need == 4 && c < 0x10000) ||
	    c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		goto bad;
	*cp = c;
	return need;
bad:
	*cp = INVALID;
	return 1;
}

static size_t
encode(unsigned long cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xc0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xe0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		out[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
	out[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

/* A combining mark (or another character of no width): it belongs to the
 * character before it, for the cursor and for wrapping. */
static int
is_mark(unsigned long cp)
{
	if (cp < 0x300 || cp == INVALID || report_is_format_control(cp))
		return 0;
	return wcwidth((wchar_t)cp) == 0;
}

/*
 * How cp is shown: up to 11 wide characters in out (NUL-terminated), the
 * cells they take returned. The same placeholders as the sanitiser the
 * rest of the screens use, so a control character is seen, never obeyed.
 */
static int
glyph(unsigned long cp, wchar_t *out)
{
	char ph[24], mb[MB_LEN_MAX];
	int w, i;

	if (cp == INVALID || (cp >= 0x80 && cp <= 0x9f)) {
		out[0] = wctomb(mb, L'\xfffd') > 0 ? L'\xfffd' : L'?';
		out[1] = L'\0';
		return 1;
	}
	if (cp == '\t') {
		out[0] = L' ';
		out[1] = L'\0';
		return 1;
	}
	if (cp < 0x20 || cp == 0x7f) {
		out[0] = L'^';
		out[1] = cp == 0x7f ? L'?' : (wchar_t)(cp + 0x40);
		out[2] = L'\0';
		return 2;
	}
	if (report_is_format_control(cp)) {
		snprintf(ph, sizeof ph, "<U+%04lX>", cp);
		for (i = 0; ph[i] != '\0' && i < 11; i++)
			out[i] = (wchar_t)ph[i];
		out[i] = L'\0';
		return i;
	}
	if (cp >= 0x80 && wctomb(mb, (wchar_t)cp) < 0) {
		out[0] = L'?';
		out[1] = L'\0';
		return 1;
	}
	w = wcwidth((wchar_t)cp);
	out[0] = (wchar_t)cp;
	out[1] = L'\0';
	return w < 0 ? 1 : w;
}

/* The unit at i: a character with the marks that follow it. Returns its
 * end; *w gets its cells. A mark with no character before it on the line
 * is a unit of its own, drawn on a space. */
static size_t
unit(const struct tui_text *t, size_t i, int *w)
{
	wchar_t g[12];
	unsigned long cp;
	size_t j;

	j = i + decode(t->s, t->len, i, &cp);
	*w = is_mark(cp) ? 1 : glyph(cp, g);
	while (j < t->len) {
		size_t k = decode(t->s, t->len, j, &cp);

		if (!is_mark(cp))
			break;
		j += k;
	}
	return j;
}

static int
is_space_at(const struct tui_text *t, size_t i)
{
	return t->s[i] == ' ';
}

/* ------------------------------------------------------------ layout */

static void
row_push(struct tui_text *t, size_t start, size_t end)
{
	if (t->nrow == t->arow) {
		t->arow = t->arow ? t->arow * 2 : 16;
		t->row = xrealloc(t->row, t->arow * sizeof *t->row);
	}
	t->row[t->nrow].start = start;
	t->row[t->nrow].end = end;
	t->nrow++;
}

/*
 * Wrap every logical line into rows of at most cols - 1 cells: the last
 * column is for the cursor after a full row and for one space hanging
 * at a break. A row breaks after its last space; a word longer than the
 * row is cut at the edge.
 */
static void
relayout(struct tui_text *t)
{
	size_t i = 0, eol, rs, j, brk, next;
	int width = t->cols - 1, used, w;

	if (!t->stale)
		return;
	if (width < 1)
		width = 1;
	t->nrow = 0;
	for (;;) {
		for (eol = i; eol < t->len && t->s[eol] != '\n'; eol++)
			;
		rs = i;
		do {
			used = 0;
			brk = 0;
			j = rs;
			while (j < eol) {
				next = unit(t, j, &w);
				if (used + w > width && j > rs) {
					if (is_space_at(t, j) &&
					    used + w <= width + 1) {
						j = next;
						brk = j;
					}
					break;
				}
				used += w;
				if (is_space_at(t, j))
					brk = next;
				j = next;
			}
			if (j < eol && brk > rs)
				j = brk;
			row_push(t, rs, j);
			rs = j;
		} while (rs < eol);
		if (eol >= t->len)
			break;
		i = eol + 1;
	}
	t->stale = 0;
}

/* The row the cursor is on: the last row starting at or before it. */
static size_t
cursor_row(struct tui_text *t)
{
	size_t lo = 0, hi, mid;

	relayout(t);
	hi = t->nrow;
	while (hi - lo > 1) {
		mid = (lo + hi) / 2;
		if (t->row[mid].start <= t->cur)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* 1 when row r ends its logical line (the next row starts a new one). */
static int
row_ends_line(const struct tui_text *t, size_t r)
{
	return r + 1 >= t->nrow || t->row[r + 1].start != t->row[r].end;
}

/* Cells from the start of row r to byte pos. */
static int
col_of(const struct tui_text *t, size_t r, size_t pos)
{
	size_t i = t->row[r].start;
	int x = 0, w;

	while (i < pos && i < t->row[r].end) {
		i = unit(t, i, &w);
		x += w;
	}
	return x;
}

/* The furthest the cursor may stand on row r: its end when the row ends
 * its line, else the start of its last unit (the end is the next row). */
static size_t
row_limit(const struct tui_text *t, size_t r)
{
	size_t i, last;
	int w;

	if (row_ends_line(t, r))
		return t->row[r].end;
	last = i = t->row[r].start;
	while (i < t->row[r].end) {
		last = i;
		i = unit(t, i, &w);
	}
	return last;
}

/* The position on row r nearest column x, not past it. */
static size_t
pos_at(const struct tui_text *t, size_t r, int x)
{
	size_t i = t->row[r].start, lim = row_limit(t, r), next;
	int used = 0, w;

	while (i < lim) {
		next = unit(t, i, &w);
		if (used + w > x)
			break;
		used += w;
		i = next;
	}
	return i;
}

/* ------------------------------------------------------------ editing */

struct tui_text *
tui_text_new(const char *text)
{
	struct tui_text *t = xcalloc(1, sizeof *t);

	t->cols = 40;
	t->vis = 3;
	tui_text_set(t, text);
	return t;
}

void
tui_text_free(struct tui_text *t)
{
	if (t == NULL)
		return;
	free(t->s);
	free(t->row);
	free(t);
}

const char *
tui_text_get(const struct tui_text *t)
{
	return t->s;
}

void
tui_text_set(struct tui_text *t, const char *text)
{
	size_t n = text != NULL ? strlen(text) : 0;

	if (n + 1 > t->cap) {
		t->cap = n + 64;
		t->s = xrealloc(t->s, t->cap);
	}
	if (n > 0)
		memcpy(t->s, text, n);
	t->s[n] = '\0';
	t->len = n;
	t->cur = n;
	t->top = 0;
	t->stale = 1;
	t->want_x = col_of(t, cursor_row(t), t->cur);
}

void
tui_text_view(struct tui_text *t, int cols, int rows)
{
	if (cols < 2)
		cols = 2;
	if (rows < 1)
		rows = 1;
	if (cols != t->cols)
		t->stale = 1;
	t->cols = cols;
	t->vis = rows;
}

int
tui_text_rows(struct tui_text *t)
{
	relayout(t);
	return (int)t->nrow;
}

int
tui_text_rows_of(const char *text, int cols)
{
	struct tui_text *t = tui_text_new(text);
	int n;

	tui_text_view(t, cols, 1);
	n = tui_text_rows(t);
	tui_text_free(t);
	return n;
}

static void
insert(struct tui_text *t, const char *b, size_t n)
{
	if (t->len + n + 1 > t->cap) {
		t->cap = (t->len + n + 1) * 2;
		t->s = xrealloc(t->s, t->cap);
	}
	memmove(t->s + t->cur + n, t->s + t->cur, t->len - t->cur + 1);
	memcpy(t->s + t->cur, b, n);
	t->len += n;
	t->cur += n;
	t->stale = 1;
}

static void
delete(struct tui_text *t, size_t from, size_t to)
{
	if (to <= from)
		return;
	memmove(t->s + from, t->s + to, t->len - to + 1);
	t->len -= to - from;
	t->cur = from;
	t->stale = 1;
}

/* The start of the unit that ends at pos (pos > 0). */
static size_t
unit_before(const struct tui_text *t, size_t pos)
{
	size_t i, last;
	int w;

	/* From the start of the line: the units are known only forwards. */
	for (i = pos; i > 0 && t->s[i - 1] != '\n'; i--)
		;
	if (i == pos)
		return pos - 1;	/* the '\n' before pos */
	last = i;
	while (i < pos) {
		last = i;
		i = unit(t, i, &w);
	}
	return last;
}

static void
remember_x(struct tui_text *t)
{
	size_t r = cursor_row(t);

	t->want_x = col_of(t, r, t->cur);
}

static int
move_rows(struct tui_text *t, long delta)
{
	size_t r = cursor_row(t);
	long to = (long)r + delta;

	if ((delta < 0 && r == 0) || (delta > 0 && r + 1 >= t->nrow))
		return 0;
	if (to < 0)
		to = 0;
	if (to >= (long)t->nrow)
		to = (long)t->nrow - 1;
	t->cur = pos_at(t, (size_t)to, t->want_x);
	return 1;
}

/* Home: the start of the row, then of the line. End likewise. */
static void
home(struct tui_text *t)
{
	size_t r = cursor_row(t), i;

	if (t->cur != t->row[r].start)
		t->cur = t->row[r].start;
	else {
		for (i = t->cur; i > 0 && t->s[i - 1] != '\n'; i--)
			;
		t->cur = i;
	}
}

static void
end(struct tui_text *t)
{
	size_t r = cursor_row(t), lim = row_limit(t, r), i;

	if (t->cur != lim)
		t->cur = lim;
	else {
		for (i = t->cur; i < t->len && t->s[i] != '\n'; i++)
			;
		t->cur = i;
	}
}

int
tui_text_key(struct tui_text *t, int key, int is_wide)
{
	char mb[4];
	size_t i;
	int w;

	relayout(t);
	if (is_wide) {
		if (key == '\n' || key == '\r') {
			insert(t, "\n", 1);
			remember_x(t);
			return TUI_TEXT_CHANGED;
		}
		if (key == 127 || key == 8) {
			if (t->cur == 0)
				return TUI_TEXT_MOVED;
			delete(t, unit_before(t, t->cur), t->cur);
			remember_x(t);
			return TUI_TEXT_CHANGED;
		}
		if (key == KEY_CTRL('d')) {
			if (t->cur >= t->len)
				return TUI_TEXT_MOVED;
			delete(t, t->cur, unit(t, t->cur, &w));
			remember_x(t);
			return TUI_TEXT_CHANGED;
		}
		if (key == KEY_CTRL('k')) {
			/* To the end of the line; at its end, the line break. */
			for (i = t->cur; i < t->len && t->s[i] != '\n'; i++)
				;
			if (i == t->cur && i < t->len)
				i++;
			if (i == t->cur)
				return TUI_TEXT_MOVED;
			delete(t, t->cur, i);
			remember_x(t);
			return TUI_TEXT_CHANGED;
		}
		if (key == KEY_CTRL('a')) {
			home(t);
			remember_x(t);
			return TUI_TEXT_MOVED;
		}
		/* Every character that is not a control: letters, marks,
		 * wide characters, format characters of right-to-left text. */
		if (key < 0x20 || key == 0x7f || (key >= 0x80 && key <= 0x9f) ||
		    key > 0x10ffff || (key >= 0xd800 && key <= 0xdfff))
			return TUI_TEXT_PASS;
		insert(t, mb, encode((unsigned long)key, mb));
		remember_x(t);
		return TUI_TEXT_CHANGED;
	}
	switch (key) {
	case KEY_ENTER:
		insert(t, "\n", 1);
		remember_x(t);
		return TUI_TEXT_CHANGED;
	case KEY_BACKSPACE:
		return tui_text_key(t, 127, 1);
	case KEY_DC:
		return tui_text_key(t, KEY_CTRL('d'), 1);
	case KEY_LEFT:
		if (t->cur > 0)
			t->cur = unit_before(t, t->cur);
		remember_x(t);
		return TUI_TEXT_MOVED;
	case KEY_RIGHT:
		if (t->cur < t->len)
			t->cur = t->s[t->cur] == '\n' ? t->cur + 1 :
			    unit(t, t->cur, &w);
		remember_x(t);
		return TUI_TEXT_MOVED;
	case KEY_UP:
		return move_rows(t, -1) ? TUI_TEXT_MOVED : TUI_TEXT_PASS;
	case KEY_DOWN:
		return move_rows(t, 1) ? TUI_TEXT_MOVED : TUI_TEXT_PASS;
	case KEY_PPAGE:
		return move_rows(t, -(long)t->vis) ? TUI_TEXT_MOVED :
		    TUI_TEXT_PASS;
	case KEY_NPAGE:
		return move_rows(t, (long)t->vis) ? TUI_TEXT_MOVED :
		    TUI_TEXT_PASS;
	case KEY_HOME:
		home(t);
		remember_x(t);
		return TUI_TEXT_MOVED;
	case KEY_END:
		end(t);
		remember_x(t);
		return TUI_TEXT_MOVED;
	default:
		return TUI_TEXT_PASS;
	}
}

/* ------------------------------------------------------------ drawing */

/* Draw row r at (y, x) in at most cols cells. */
static void
draw_row(const struct tui_text *t, WINDOW *win, int y, int x, int cols,
    size_t r)
{
	wchar_t g[12], buf[64];
	unsigned long cp;
	size_t i = t->row[r].start, k;
	int used = 0, w, n = 0, j;

	wmove(win, y, x);
	while (i < t->row[r].end) {
		k = decode(t->s, t->len, i, &cp);
		if (is_mark(cp)) {
			/* A mark at the start of a row sits on a space. */
			if (i == t->row[r].start) {
				buf[n++] = L' ';
				used++;
			}
			buf[n++] = (wchar_t)cp;
		} else {
			w = glyph(cp, g);
			if (used + w > cols)
				break;
			for (j = 0; g[j] != L'\0'; j++)
				buf[n++] = g[j];
			used += w;
		}
		i += k;
		/* Flush before a glyph could overflow the buffer. */
		if (n > (int)(sizeof buf / sizeof buf[0]) - 12) {
			waddnwstr(win, buf, n);
			n = 0;
		}
	}
	if (n > 0)
		waddnwstr(win, buf, n);
	for (; used < cols; used++)
		waddch(win, ' ');
}

void
tui_text_draw(struct tui_text *t, WINDOW *win, int y, int x, attr_t a,
    int active, int *cy, int *cx)
{
	size_t r, cr;
	int i;

	relayout(t);
	cr = cursor_row(t);
	if (active) {
		if ((int)cr < t->top)
			t->top = (int)cr;
		if ((int)cr >= t->top + t->vis)
			t->top = (int)cr - t->vis + 1;
	}
	if (t->top > (int)t->nrow - t->vis)
		t->top = (int)t->nrow - t->vis;
	if (t->top < 0)
		t->top = 0;
	wattrset(win, a);
	for (i = 0; i < t->vis; i++) {
		r = (size_t)(t->top + i);
		if (r < t->nrow)
			draw_row(t, win, y + i, x, t->cols, r);
		else
			mvwhline(win, y + i, x, ' ', t->cols);
	}
	wattrset(win, A_NORMAL);
	if (cy != NULL && cx != NULL) {
		i = col_of(t, cr, t->cur);
		if (i > t->cols - 1)
			i = t->cols - 1;
		*cy = y + (int)cr - t->top;
		*cx = x + i;
	}
}

void
tui_text_more(struct tui_text *t, int *above, int *below)
{
	relayout(t);
	*above = t->top > 0;
	*below = t->top + t->vis < (int)t->nrow;
}

/* ------------------------------------------------------------ $EDITOR */

/* The user's editor: VISUAL, else EDITOR, as git and mutt choose it. */
static const char *
user_editor(void)
{
	const char *e = getenv("VISUAL");

	if (e == NULL || *e == '\0')
		e = getenv("EDITOR");
	return e != NULL && *e != '\0' ? e : NULL;
}

/* Write all of buf to fd; -1 on an error. */
static int
write_all(int fd, const char *buf, size_t n)
{
	ssize_t k;

	while (n > 0) {
		if ((k = write(fd, buf, n)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		buf += k;
		n -= (size_t)k;
	}
	return 0;
}

/* The whole file at path, NUL-terminated, its length in *len; NULL on an
 * error. Caller frees. */
static char *
read_all(const char *path, size_t *len)
{
	struct strbuf sb;
	char buf[8192];
	size_t k;
	FILE *fp;

	if ((fp = fopen(path, "rb")) == NULL)
		return NULL;
	sb_init(&sb);
	while ((k = fread(buf, 1, sizeof buf, fp)) > 0)
		sb_addn(&sb, buf, k);
	if (ferror(fp)) {
		fclose(fp);
		sb_release(&sb);
		return NULL;
	}
	fclose(fp);
	*len = sb.len;
	return sb.buf != NULL ? sb_detach(&sb) : xstrdup("");
}

/* Run the editor on path with the terminal given back; its wait status,
 * or -1 when it could not be started. */
static int
run_editor(const char *editor, const char *path)
{
	struct sigaction ign, oint, oquit;
	char *cmd;
	size_t n;
	pid_t pid;
	int status = -1;

	/* As git: the editor is a shell command, the file its argument. */
	n = strlen(editor) + 16;
	cmd = xmalloc(n);
	snprintf(cmd, n, "%s \"$@\"", editor);
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	/* Ctrl-C in the editor is the editor's, as with system(). */
	sigaction(SIGINT, &ign, &oint);
	sigaction(SIGQUIT, &ign, &oquit);
	pid = fork();
	if (pid == 0) {
		signal(SIGINT, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
		execl("/bin/sh", "sh", "-c", cmd, "sh", path, (char *)NULL);
		_exit(127);
	}
	if (pid > 0)
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
	sigaction(SIGINT, &oint, NULL);
	sigaction(SIGQUIT, &oquit, NULL);
	free(cmd);
	return pid > 0 ? status : -1;
}

/* Offset of the first byte of s that is no valid UTF-8, or len. */
static size_t
first_invalid(const char *s, size_t len)
{
	unsigned long cp;
	size_t i = 0;

	while (i < len) {
		size_t k = decode(s, len, i, &cp);

		if (cp == INVALID)
			return i;
		i += k;
	}
	return len;
}

int
tui_text_external(struct tui_app *app, struct tui_text *t)
{
	const char *editor = user_editor(), *dir;
	char path[4096], *back = NULL;
	size_t len = 0, bad;
	int fd, status, result = 0;
	mode_t old;

	if (editor == NULL) {
		tui_message(app, TA_WARNING, "%s", _("No editor is set: set "
		    "VISUAL or EDITOR (for example EDITOR=nano) to edit the "
		    "text in your own editor."));
		return 0;
	}
	dir = getenv("TMPDIR");
	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	if ((size_t)snprintf(path, sizeof path, "%s/dialogreg-XXXXXX.txt",
	    dir) >= sizeof path)
		return -1;
	/* Private: residents' words and officials' drafts (mode 0600). */
	old = umask(077);
	fd = mkstemps(path, 4);
	umask(old);
	if (fd < 0) {
		tui_message(app, TA_ERROR, _("The text could not be handed to "
		    "your editor: no temporary file in '%s' (%s)."), dir,
		    strerror(errno));
		return -1;
	}
	/* A text file ends with a line break; the one added here is taken
	 * off again, so the text comes back exactly. */
	if (fchmod(fd, S_IRUSR | S_IWUSR) != 0 ||
	    write_all(fd, t->s, t->len) != 0 || write_all(fd, "\n", 1) != 0) {
		close(fd);
		unlink(path);
		tui_message(app, TA_ERROR, _("The text could not be written "
		    "for your editor (%s)."), strerror(errno));
		return -1;
	}
	close(fd);
	def_prog_mode();
	endwin();
	status = run_editor(editor, path);
	reset_prog_mode();
	clearok(curscr, TRUE);
	if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) == 127) {
		tui_message(app, TA_ERROR, _("The editor '%s' could not be "
		    "run; the text is unchanged."), editor);
		result = -1;
		goto out;
	}
	if (WEXITSTATUS(status) != 0) {
		tui_message(app, TA_ERROR, _("The editor ended with an error "
		    "(status %d); the text is unchanged."),
		    WEXITSTATUS(status));
		result = -1;
		goto out;
	}
	if ((back = read_all(path, &len)) == NULL) {
		tui_message(app, TA_ERROR, _("The text could not be read back "
		    "from your editor (%s); it is unchanged."),
		    strerror(errno));
		result = -1;
		goto out;
	}
	if (len > 0 && back[len - 1] == '\n')
		back[--len] = '\0';
	if (memchr(back, '\0', len) != NULL ||
	    (bad = first_invalid(back, len)) < len) {
		tui_message(app, TA_ERROR, _("The text from your editor is not "
		    "UTF-8 text (byte %zu); it is unchanged. Save the file as "
		    "UTF-8 and try again."), memchr(back, '\0', len) != NULL ?
		    (size_t)((char *)memchr(back, '\0', len) - back) + 1 :
		    bad + 1);
		result = -1;
		goto out;
	}
	if (len != t->len || memcmp(back, t->s, len) != 0) {
		tui_text_set(t, back);
		result = 1;
	}
out:
	free(back);
	unlink(path);
	return result;
}
