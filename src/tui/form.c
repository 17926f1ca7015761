/*
 * form.c: the form the modal components share. Owns a list of labelled
 * items grouped under section headings (the pages), their values while
 * the user types, the messages shown beside them, and one FORM (the form
 * library) holding the fields that fit on the screen now: moving to an
 * item off the screen scrolls the page and builds the FORM again from
 * the values, so a resize or a scroll never loses what was typed. Text of
 * several lines uses fields of several rows that grow and scroll
 * (O_WRAP); choices open a menu (menu.c).
 * Nothing here knows the domain: callers validate in their check
 * callback and save after tui_form_run() returns TUI_FORM_SAVE.
 */
#include "config.h"

#include <form.h>
#include <limits.h>
#include <menu.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>
#include <wctype.h>

#include "i18n.h"
#include "report.h"
#include "tui-int.h"

#define TEXT_ROWS	3	/* visible rows of a text of several lines */
#define NOTICE_MAX	6	/* rows of the notice under the title */
#define KEY_CTRL(c)	((c) & 0x1f)

/* Where an item is on the virtual page (rows from the top of the page). */
struct place {
	int	 head;		/* row of its section heading, or -1 */
	int	 y;		/* row of the label and the field */
	int	 rows;		/* rows of the field */
	int	 nmsg;		/* rows of the message under the field */
	int	 recheck;	/* changed since the last check */
	FIELD	*field;		/* on the screen now, or NULL */
};

struct tui_form {
	struct tui_app		*app;
	char			*title;
	struct strlist		 sections;
	struct tui_fitem	*items;
	struct place		*place;
	size_t			 n, alloc;
	size_t			 cur;
	int			 top;		/* first page row shown */
	int			 nrows;		/* rows of the whole page */
	char			*notice;
	enum tui_attr		 notice_attr;
	tui_form_check_fn	 check;
	void			*check_arg;
	int			 action;	/* TUI_FORM_*, 0 = going on */
	int			 dirty;		/* build the FORM again */
	int			 align;		/* scroll the current item up */
	int			 held;		/* app->repaint paints this form */
	void			(*saved_repaint)(struct tui_app *);
	struct tui_form		*saved_painting;
	/* curses */
	WINDOW			*win, *sub;
	FORM			*form;
	FIELD			**fields;
	int			 lw, fx, fw, vy, vh;
};

/* ------------------------------------------------------------ wide text */

/* s as wide characters (invalid bytes as U+FFFD). Caller frees. */
static wchar_t *
to_wide(const char *s)
{
	size_t n = strlen(s), k = 0;
	wchar_t *w = xcalloc(n + 1, sizeof *w);
	mbstate_t ps;
	size_t r;

	memset(&ps, 0, sizeof ps);
	while (*s != '\0') {
		r = mbrtowc(&w[k], s, n, &ps);
		if (r == (size_t)-1 || r == (size_t)-2 || r == 0) {
			w[k] = L'\xfffd';
			memset(&ps, 0, sizeof ps);
			r = 1;
		}
		s += r;
		n -= r;
		k++;
	}
	w[k] = L'\0';
	return w;
}

static void
sb_addwc(struct strbuf *sb, wchar_t wc)
{
	char mb[MB_LEN_MAX];
	mbstate_t ps;
	size_t r;

	memset(&ps, 0, sizeof ps);
	r = wcrtomb(mb, wc, &ps);
	if (r == (size_t)-1)
		sb_addc(sb, '?');
	else
		sb_addn(sb, mb, r);
}

/* Cells a character takes in a field: 0 for a combining mark. */
static int
cell_width(wchar_t wc)
{
	int w = wcwidth(wc);

	return w < 0 ? 1 : w;
}

static int
wide_width(const wchar_t *w, size_t n)
{
	int t = 0;
	size_t i;

	for (i = 0; i < n; i++)
		t += cell_width(w[i]);
	return t;
}

/*
 * The buffer of a field cols cells wide for value: each paragraph wrapped
 * at spaces (greedy, so reading it back joins the rows again), each row
 * padded with spaces. Tabs and other controls become spaces. Sets *rows.
 * Caller frees.
 */
static char *
text_to_buffer(const char *value, int cols, int *rows)
{
	wchar_t *w = to_wide(value), *p, *line, *end, *brk;
	struct strbuf sb;
	int used, nrows = 0, cw;
	wchar_t *q;

	sb_init(&sb);
	for (q = w; *q != L'\0'; q++)
		if (*q != L'\n' && (iswcntrl((wint_t)*q) || *q == L'\r'))
			*q = L' ';
	p = w;
	for (;;) {
		/* One paragraph: p .. end (exclusive). */
		for (end = p; *end != L'\0' && *end != L'\n'; end++)
			;
		line = p;
		do {
			used = 0;
			brk = NULL;
			for (q = line; q < end; q++) {
				cw = cell_width(*q);
				if (used + cw > cols)
					break;
				if (*q == L' ')
					brk = q;
				used += cw;
			}
			if (q < end && brk != NULL && brk > line)
				q = brk;	/* wrap at the last space */
			else if (q == line && q < end)
				q++;		/* a cell wider than the field */
			used = 0;
			for (; line < q; line++) {
				sb_addwc(&sb, *line);
				used += cell_width(*line);
			}
			for (; used < cols; used++)
				sb_addc(&sb, ' ');
			nrows++;
			if (line < end && *line == L' ')
				line++;		/* the space the row broke at */
		} while (line < end);
		if (*end == L'\0')
			break;
		p = end + 1;
	}
	free(w);
	*rows = nrows;
	return sb_detach(&sb);
}

/* Width of the first word of row (up to the first space). */
static int
first_word_width(const wchar_t *row, size_t n)
{
	size_t i;

	for (i = 0; i < n && row[i] != L' '; i++)
		;
	return wide_width(row, i);
}

/*
 * Text of a field of several rows, cols cells each, read back: rows that
 * were wrapped (the next row's first word would not have fitted) are
 * joined with a space, a row filled to the edge without one, other rows
 * end with a newline. Trailing blank rows are dropped. Caller frees.
 */
static char *
text_from_buffer(const char *buf, int cols)
{
	wchar_t *w = to_wide(buf);
	size_t n = wcslen(w), i, start, len, plen = 0, nrows = 0, r;
	struct strbuf sb;
	struct {
		size_t start, len;	/* trimmed */
		int full;
	} *row = NULL;
	int used;

	/* Split into rows by cells. */
	for (start = 0; start < n;) {
		used = 0;
		for (i = start; i < n; i++) {
			if (used + cell_width(w[i]) > cols && i > start)
				break;
			used += cell_width(w[i]);
		}
		row = xrealloc(row, (nrows + 1) * sizeof *row);
		len = i - start;
		row[nrows].full = len > 0 && w[i - 1] != L' ';
		while (len > 0 && w[start + len - 1] == L' ')
			len--;
		row[nrows].start = start;
		row[nrows].len = len;
		nrows++;
		start = i;
	}
	while (nrows > 0 && row[nrows - 1].len == 0)
		nrows--;
	sb_init(&sb);
	for (r = 0; r < nrows; r++) {
		if (r > 0) {
			if (plen == 0 || row[r].len == 0)
				sb_addc(&sb, '\n');
			else if (row[r - 1].full)
				;	/* a word cut at the edge */
			else if (wide_width(w + row[r - 1].start, plen) + 1 +
			    first_word_width(w + row[r].start, row[r].len) >
			    cols)
				sb_addc(&sb, ' ');
			else
				sb_addc(&sb, '\n');
		}
		for (i = 0; i < row[r].len; i++)
			sb_addwc(&sb, w[row[r].start + i]);
		plen = row[r].len;
	}
	free(row);
	free(w);
	return sb_detach(&sb);
}

/* A one-line field's text: trailing blanks removed. Caller frees. */
static char *
line_from_buffer(const char *buf)
{
	char *s = xstrdup(buf);
	size_t n = strlen(s);

	while (n > 0 && s[n - 1] == ' ')
		s[--n] = '\0';
	return s;
}

/* ------------------------------------------------------------ items */

struct tui_form *
tui_form_new(struct tui_app *app, const char *title)
{
	struct tui_form *f = xcalloc(1, sizeof *f);

	f->app = app;
	f->title = xstrdup(title);
	f->notice_attr = TA_NORMAL;
	return f;
}

static void
choices_free(struct tui_fitem *it)
{
	size_t i;

	for (i = 0; i < it->nchoices; i++) {
		free(it->choices[i].value);
		free(it->choices[i].label);
	}
	free(it->choices);
	it->choices = NULL;
	it->nchoices = it->achoices = 0;
}

static void teardown(struct tui_form *);
static void release_screen(struct tui_form *);

void
tui_form_free(struct tui_form *f)
{
	size_t i;

	if (f == NULL)
		return;
	release_screen(f);
	teardown(f);
	if (f->sub != NULL)
		delwin(f->sub);
	if (f->win != NULL)
		delwin(f->win);
	for (i = 0; i < f->n; i++) {
		free(f->items[i].label);
		free(f->items[i].value);
		free(f->items[i].orig);
		free(f->items[i].msg);
		choices_free(&f->items[i]);
	}
	free(f->items);
	free(f->place);
	sl_clear(&f->sections);
	free(f->title);
	free(f->notice);
	free(f);
}

void
tui_form_section(struct tui_form *f, const char *heading)
{
	sl_push(&f->sections, heading);
}

struct tui_fitem *
tui_form_add(struct tui_form *f, int id, enum tui_fkind kind,
    const char *label, const char *value)
{
	struct tui_fitem *it;

	if (f->n == f->alloc) {
		f->alloc = f->alloc ? f->alloc * 2 : 16;
		f->items = xrealloc(f->items, f->alloc * sizeof *f->items);
		f->place = xrealloc(f->place, f->alloc * sizeof *f->place);
	}
	if (f->sections.n == 0)
		sl_push(&f->sections, "");
	it = &f->items[f->n];
	memset(it, 0, sizeof *it);
	memset(&f->place[f->n], 0, sizeof f->place[f->n]);
	it->id = id;
	it->section = (int)f->sections.n - 1;
	it->kind = kind;
	it->label = xstrdup(label);
	it->value = xstrdup(value != NULL ? value : "");
	it->orig = xstrdup(it->value);
	it->msg_attr = TA_ERROR;
	f->n++;
	f->dirty = 1;
	return it;
}

void
tui_fitem_choice(struct tui_fitem *it, const char *value, const char *label)
{
	if (it->nchoices == it->achoices) {
		it->achoices = it->achoices ? it->achoices * 2 : 8;
		it->choices = xrealloc(it->choices,
		    it->achoices * sizeof *it->choices);
	}
	it->choices[it->nchoices].value = xstrdup(value != NULL ? value : "");
	it->choices[it->nchoices].label = xstrdup(label);
	it->nchoices++;
}

size_t
tui_form_count(const struct tui_form *f)
{
	return f->n;
}

struct tui_fitem *
tui_form_at(struct tui_form *f, size_t i)
{
	return i < f->n ? &f->items[i] : NULL;
}

struct tui_fitem *
tui_form_item(struct tui_form *f, int id)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		if (f->items[i].id == id)
			return &f->items[i];
	return NULL;
}

static size_t
index_of(const struct tui_form *f, const struct tui_fitem *it)
{
	return (size_t)(it - f->items);
}

void
tui_form_set(struct tui_form *f, struct tui_fitem *it, const char *value)
{
	free(it->value);
	it->value = xstrdup(value != NULL ? value : "");
	f->place[index_of(f, it)].recheck = 1;
	f->dirty = 1;
}

void
tui_form_set_orig(struct tui_form *f, struct tui_fitem *it,
    const char *orig)
{
	free(it->orig);
	it->orig = xstrdup(orig != NULL ? orig : "");
	f->dirty = 1;
}

void
tui_form_message(struct tui_form *f, struct tui_fitem *it, enum tui_attr a,
    const char *msg)
{
	int same = (it->msg == NULL && (msg == NULL || *msg == '\0')) ||
	    (it->msg != NULL && msg != NULL && strcmp(it->msg, msg) == 0 &&
	    it->msg_attr == a);

	if (same)
		return;
	free(it->msg);
	it->msg = msg != NULL && *msg != '\0' ? xstrdup(msg) : NULL;
	it->msg_attr = a;
	f->dirty = 1;
}

void
tui_form_clear_messages(struct tui_form *f)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		tui_form_message(f, &f->items[i], TA_NORMAL, NULL);
}

void
tui_form_notice(struct tui_form *f, enum tui_attr a, const char *text)
{
	free(f->notice);
	f->notice = text != NULL && *text != '\0' ? xstrdup(text) : NULL;
	f->notice_attr = a;
	f->dirty = 1;
}

void
tui_form_focus(struct tui_form *f, int id)
{
	struct tui_fitem *it = tui_form_item(f, id);

	if (it != NULL) {
		f->cur = index_of(f, it);
		f->align = 1;
		f->dirty = 1;
	}
}

struct tui_fitem *
tui_form_current(struct tui_form *f)
{
	return f->n > 0 ? &f->items[f->cur] : NULL;
}

int
tui_fitem_changed(const struct tui_fitem *it)
{
	return strcmp(it->value, it->orig) != 0;
}

int
tui_form_changed(const struct tui_form *f)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		if (tui_fitem_changed(&f->items[i]))
			return 1;
	return 0;
}

void
tui_form_on_check(struct tui_form *f, tui_form_check_fn fn, void *arg)
{
	f->check = fn;
	f->check_arg = arg;
}

/* What a choice item shows for its value. */
static const char *
choice_label(const struct tui_fitem *it)
{
	size_t i;

	for (i = 0; i < it->nchoices; i++)
		if (strcmp(it->choices[i].value, it->value) == 0)
			return it->choices[i].label;
	return it->value;
}

/* ------------------------------------------------------------ layout */

static void
teardown(struct tui_form *f)
{
	size_t i;

	if (f->form != NULL) {
		unpost_form(f->form);
		free_form(f->form);
		f->form = NULL;
	}
	for (i = 0; i < f->n; i++)
		if (f->place[i].field != NULL) {
			free_field(f->place[i].field);
			f->place[i].field = NULL;
		}
	free(f->fields);
	f->fields = NULL;
}

/* Read the current field's text into its item when it was edited. */
static void
sync_current(struct tui_form *f)
{
	struct tui_fitem *it;
	struct place *pl;
	char *v;
	int rows, cols, max;

	if (f->form == NULL || f->n == 0)
		return;
	it = &f->items[f->cur];
	pl = &f->place[f->cur];
	if (pl->field == NULL || it->kind == TFK_CHOICE)
		return;
	form_driver(f->form, REQ_VALIDATION);
	if (!field_status(pl->field))
		return;
	if (it->kind == TFK_TEXT) {
		if (dynamic_field_info(pl->field, &rows, &cols, &max) != E_OK)
			cols = f->fw;
		v = text_from_buffer(field_buffer(pl->field, 0), cols);
	} else
		v = line_from_buffer(field_buffer(pl->field, 0));
	set_field_status(pl->field, FALSE);
	if (strcmp(v, it->value) != 0) {
		free(it->value);
		it->value = v;
		pl->recheck = 1;
	} else
		free(v);
}

/* Rows of the message of item i at the field's width. */
static int
message_rows(struct tui_form *f, size_t i)
{
	struct strlist l = { 0 };
	int n;

	if (f->items[i].msg == NULL)
		return 0;
	n = (int)tui_wrap(f->items[i].msg, f->fw, &l);
	sl_clear(&l);
	return n;
}

static int
notice_rows(struct tui_form *f, struct strlist *lines)
{
	if (f->notice == NULL)
		return 0;
	tui_wrap(f->notice, COLS - 2, lines);
	return lines->n > NOTICE_MAX ? NOTICE_MAX : (int)lines->n;
}

/* Place every item on the page and the page in the window. */
static void
layout(struct tui_form *f)
{
	struct strlist nl = { 0 };
	int y = 0, sec = -1, w;
	size_t i;

	f->lw = 0;
	for (i = 0; i < f->n; i++)
		if ((w = tui_width(f->items[i].label)) > f->lw)
			f->lw = w;
	if (f->lw > COLS / 3)
		f->lw = COLS / 3;
	f->fx = f->lw + 3;
	f->fw = COLS - f->fx - 1;
	if (f->fw < 10)
		f->fw = 10;
	f->vy = 1 + notice_rows(f, &nl);
	if (f->vy > 1)
		f->vy++;	/* a blank row under the notice */
	sl_clear(&nl);
	f->vh = LINES - 1 - f->vy;
	if (f->vh < 3)
		f->vh = 3;
	for (i = 0; i < f->n; i++) {
		struct place *pl = &f->place[i];

		pl->head = -1;
		if (f->items[i].section != sec) {
			sec = f->items[i].section;
			if (f->sections.v[sec][0] != '\0') {
				if (i > 0)
					y++;
				pl->head = y++;
			}
		}
		pl->y = y;
		pl->rows = f->items[i].kind == TFK_TEXT ? TEXT_ROWS : 1;
		pl->nmsg = message_rows(f, i);
		y += pl->rows + pl->nmsg;
	}
	f->nrows = y;
}

/* First item of section sec; f->n when none. */
static size_t
first_of_section(const struct tui_form *f, int sec)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		if (f->items[i].section == sec)
			return i;
	return f->n;
}

/* Scroll so the current item (with its heading) is on the screen. */
static void
scroll_to_current(struct tui_form *f)
{
	struct place *pl;
	int start, end;

	if (f->n == 0)
		return;
	pl = &f->place[f->cur];
	if (f->align) {
		/* A jump: the item near the top, under its heading when
		 * that fits. */
		f->align = 0;
		start = f->place[first_of_section(f,
		    f->items[f->cur].section)].head;
		if (start < 0 || pl->y + pl->rows + pl->nmsg - start > f->vh)
			start = pl->y > 1 ? pl->y - 1 : 0;
		f->top = start;
		return;
	}
	start = pl->head >= 0 ? pl->head : pl->y;
	end = pl->y + pl->rows + pl->nmsg;
	if (end - start > f->vh)
		start = pl->y;
	if (start < f->top)
		f->top = start;
	if (end > f->top + f->vh)
		f->top = end - f->vh;
	if (f->top > pl->y)
		f->top = pl->y;
	if (f->top < 0)
		f->top = 0;
}

static int
visible(const struct tui_form *f, size_t i)
{
	const struct place *pl = &f->place[i];

	return pl->y >= f->top && pl->y + pl->rows <= f->top + f->vh;
}

static void
set_field_value(struct tui_form *f, size_t i)
{
	struct tui_fitem *it = &f->items[i];
	FIELD *fld = f->place[i].field;
	char *buf;
	int rows;

	switch (it->kind) {
	case TFK_CHOICE:
		buf = tui_fit(choice_label(it), f->fw);
		break;
	case TFK_TEXT:
		buf = text_to_buffer(it->value, f->fw, &rows);
		break;
	default:
		buf = report_sanitize(it->value, 0);
		break;
	}
	set_field_buffer(fld, 0, buf);
	set_field_status(fld, FALSE);
	free(buf);
}

static FIELD *
make_field(struct tui_form *f, size_t i)
{
	struct tui_fitem *it = &f->items[i];
	struct place *pl = &f->place[i];
	FIELD *fld;

	fld = new_field(pl->rows, f->fw, pl->y - f->top, f->fx, 0, 0);
	if (fld == NULL)
		return NULL;
	field_opts_off(fld, O_AUTOSKIP | O_BLANK);
	field_opts_on(fld, O_NULLOK | O_PASSOK);
	if (it->kind == TFK_CHOICE)
		field_opts_off(fld, O_EDIT | O_STATIC);
	else {
		/* Dynamic: grows and scrolls beyond what the screen shows. */
		field_opts_off(fld, O_STATIC);
		set_max_field(fld, 0);
		if (it->kind == TFK_TEXT)
			field_opts_on(fld, O_WRAP);
	}
	set_field_back(fld, tui_attr(f->app, i == f->cur ? TA_FIELD_ACTIVE :
	    TA_FIELD));
	pl->field = fld;
	set_field_value(f, i);
	return fld;
}

static void
draw_frame(struct tui_form *f)
{
	struct strlist nl = { 0 }, ml = { 0 };
	char page[128];
	int sec, nsec, pw, y, k;
	size_t i, j;

	/* Title row: what is edited, and which page the cursor is on. */
	sec = f->n > 0 ? f->items[f->cur].section : 0;
	nsec = (int)f->sections.n;
	if (nsec > 1)
		/* TRANSLATORS: the form's pages: "Page 2 of 6: Plan" */
		snprintf(page, sizeof page, _("Page %d of %d: %s"), sec + 1,
		    nsec, f->sections.v[sec]);
	else
		page[0] = '\0';
	wattrset(f->win, tui_attr(f->app, TA_TITLE));
	mvwhline(f->win, 0, 0, ' ', COLS);
	pw = tui_width(page);
	if (pw > COLS / 2)
		pw = COLS / 2;
	tui_put(f->win, 0, 1, COLS - pw - 4, f->title);
	if (pw > 0)
		tui_put(f->win, 0, COLS - pw - 1, pw, page);
	wattrset(f->win, A_NORMAL);
	if (f->notice != NULL) {
		tui_wrap(f->notice, COLS - 2, &nl);
		wattrset(f->win, tui_attr(f->app, f->notice_attr));
		for (i = 0; i < nl.n && i < NOTICE_MAX; i++)
			tui_put(f->win, 1 + (int)i, 1, COLS - 2, nl.v[i]);
		wattrset(f->win, A_NORMAL);
		sl_clear(&nl);
	}
	/* The page: headings, labels, messages. Fields come from FORM. */
	for (i = 0; i < f->n; i++) {
		struct place *pl = &f->place[i];
		struct tui_fitem *it = &f->items[i];

		if (pl->head >= f->top && pl->head < f->top + f->vh) {
			y = pl->head - f->top;
			wattrset(f->sub, A_BOLD);
			k = tui_put(f->sub, y, 1, COLS - 6,
			    f->sections.v[it->section]);
			wattrset(f->sub, A_NORMAL);
			tui_hline(f->app, f->sub, y, k + 2, COLS - k - 3);
		}
		if (pl->y >= f->top && pl->y < f->top + f->vh) {
			y = pl->y - f->top;
			if (i == f->cur)
				wattrset(f->sub, A_BOLD);
			tui_put(f->sub, y, 1, f->lw, it->label);
			wattrset(f->sub, A_NORMAL);
			if (!visible(f, i)) {
				/* Cut by the bottom edge: its first row. */
				wattrset(f->sub, tui_attr(f->app, TA_FIELD));
				mvwhline(f->sub, y, f->fx, ' ', f->fw);
				tui_put(f->sub, y, f->fx, f->fw,
				    it->kind == TFK_CHOICE ? choice_label(it) :
				    it->value);
				wattrset(f->sub, A_NORMAL);
			}
		}
		if (it->msg != NULL) {
			tui_wrap(it->msg, f->fw, &ml);
			wattrset(f->sub, tui_attr(f->app, it->msg_attr));
			for (j = 0; j < ml.n; j++) {
				y = pl->y + pl->rows + (int)j - f->top;
				if (y >= 0 && y < f->vh)
					tui_put(f->sub, y, f->fx, f->fw,
					    ml.v[j]);
			}
			wattrset(f->sub, A_NORMAL);
			sl_clear(&ml);
		}
	}
	/* More above or below: say so, not only by a cut-off field. */
	if (f->top > 0)
		mvwaddstr(f->sub, 0, COLS - 2, f->app->ascii ? "^" :
		    "\xe2\x86\x91");
	if (f->top + f->vh < f->nrows)
		mvwaddstr(f->sub, f->vh - 1, COLS - 2, f->app->ascii ? "v" :
		    "\xe2\x86\x93");
}

/* Build the windows, the fields that fit and the FORM from the items. */
static int
build(struct tui_form *f)
{
	size_t i, nf = 0;

	sync_current(f);
	teardown(f);
	layout(f);
	scroll_to_current(f);
	if (f->sub != NULL)
		delwin(f->sub);
	if (f->win != NULL)
		delwin(f->win);
	f->sub = NULL;
	if ((f->win = newwin(LINES - 1, COLS, 0, 0)) == NULL ||
	    (f->sub = derwin(f->win, f->vh, COLS, f->vy, 0)) == NULL)
		return -1;
	leaveok(f->win, FALSE);
	leaveok(f->sub, FALSE);
	f->fields = xcalloc(f->n + 1, sizeof *f->fields);
	for (i = 0; i < f->n; i++)
		if (visible(f, i) && make_field(f, i) != NULL)
			f->fields[nf++] = f->place[i].field;
	f->fields[nf] = NULL;
	werase(f->win);
	if (nf == 0) {
		draw_frame(f);
		return 0;
	}
	if ((f->form = new_form(f->fields)) == NULL)
		return -1;
	set_form_win(f->form, f->win);
	set_form_sub(f->form, f->sub);
	if (post_form(f->form) != E_OK) {
		free_form(f->form);
		f->form = NULL;
		return -1;
	}
	/* After posting, which clears the page. */
	draw_frame(f);
	if (f->place[f->cur].field != NULL) {
		set_current_field(f->form, f->place[f->cur].field);
		/* Typing adds to what is there. */
		if (f->items[f->cur].kind == TFK_TEXT)
			form_driver(f->form, REQ_END_FIELD);
		else if (f->items[f->cur].kind != TFK_CHOICE)
			form_driver(f->form, REQ_END_LINE);
	}
	f->dirty = 0;
	return 0;
}

static void
paint(struct tui_form *f)
{
	int y, x;

	touchwin(f->win);
	if (f->form != NULL) {
		pos_form_cursor(f->form);
		getyx(f->sub, y, x);
		wmove(f->win, y + f->vy, x);
	} else
		wmove(f->win, 0, 0);
	wnoutrefresh(f->win);
	tui_status_keys(f->app, tui_form_keys);
	curs_set(1);
	doupdate();
}

/* ------------------------------------------------------------ moving */

/* Leaving the current item: keep its text and check it. */
static void
leave(struct tui_form *f)
{
	struct tui_fitem *it;

	sync_current(f);
	if (f->n == 0)
		return;
	it = &f->items[f->cur];
	if (f->place[f->cur].recheck && f->check != NULL)
		f->check(f, it, f->check_arg);
	f->place[f->cur].recheck = 0;
}

/*
 * Go to item i. The page is built again: the bold label, the active
 * field and the page number follow the cursor, and the page scrolls.
 */
static void
go_to(struct tui_form *f, size_t i)
{
	if (i >= f->n || f->n == 0)
		return;
	leave(f);
	f->cur = i;
	f->dirty = 1;
}

/* ------------------------------------------------------------ keys */

static int
fk_next(struct tui_app *app, void *arg)
{
	struct tui_form *f = arg;

	go_to(f, f->cur + 1 < f->n ? f->cur + 1 : 0);
	return TUI_NONE;
}

static int
fk_prev(struct tui_app *app, void *arg)
{
	struct tui_form *f = arg;

	go_to(f, f->cur > 0 ? f->cur - 1 : f->n - 1);
	return TUI_NONE;
}

static int
fk_down(struct tui_app *app, void *arg)
{
	struct tui_form *f = arg;

	if (f->form != NULL && f->items[f->cur].kind == TFK_TEXT &&
	    form_driver(f->form, REQ_DOWN_CHAR) == E_OK)
		return TUI_NONE;
	if (f->cur + 1 < f->n)
		go_to(f, f->cur + 1);
	return TUI_NONE;
}

static int
fk_up(struct tui_app *app, void *arg)
{
	struct tui_form *f = arg;

	if (f->form != NULL && f->items[f->cur].kind == TFK_TEXT &&
	    form_driver(f->form, REQ_UP_CHAR) == E_OK)
		return TUI_NONE;
	if (f->cur > 0)
		go_to(f, f->cur - 1);
	return TUI_NONE;
}

static int
fk_next_page(struct tui_app *app, void *arg)
{
	struct tui_form *f = arg;
	int sec;
	size_t i;

	if (f->n == 0)
		return TUI_NONE;
	for (sec = f->items[f->cur].section + 1; sec < (int)f->sections.n;
	    sec++)
		if ((i = first_of_section(f, sec)) < f->n) {
			go_to(f, i);
			f->align = 1;
			return TUI_NONE;
		}
	go_to(f, f->n - 1);
	return TUI_NONE;
}

static int
fk_prev_page(struct tui_app *app, void *arg)
{
	struct tui_form *f = arg;
	int sec;
	size_t i;

	if (f->n == 0)
		return TUI_NONE;
	for (sec = f->items[f->cur].section - 1; sec >= 0; sec--)
		if ((i = first_of_section(f, sec)) < f->n) {
			go_to(f, i);
			f->align = 1;
			return TUI_NONE;
		}
	go_to(f, 0);
	f->align = 1;
	return TUI_NONE;
}

/* Item names of a "a; b (note)" list, for matching picks. */
static void
split_items(const char *value, struct strlist *names, struct strlist *whole)
{
	const char *p = value, *q;
	char *item, *name;
	size_t n;

	while (*p != '\0') {
		for (q = p; *q != '\0' && *q != ';'; q++)
			;
		while (p < q && *p == ' ')
			p++;
		n = (size_t)(q - p);
		while (n > 0 && p[n - 1] == ' ')
			n--;
		if (n > 0) {
			item = xstrndup(p, n);
			name = xstrdup(item);
			/* "name (note)": the name alone for matching. */
			if (n > 1 && item[n - 1] == ')' &&
			    strrchr(item, '(') != NULL) {
				char *par = strrchr(name, '(');
				*par = '\0';
				while (par > name && par[-1] == ' ')
					*--par = '\0';
			}
			sl_push_owned(whole, item);
			sl_push_owned(names, name);
		}
		p = *q == ';' ? q + 1 : q;
	}
}

/* Pick several of the item's choices; keeps typed items not among them. */
static int
pick_several(struct tui_form *f, struct tui_fitem *it)
{
	struct strlist names = { 0 }, whole = { 0 };
	const char **labels;
	unsigned char *sel, *had;
	struct strbuf sb;
	size_t i, j;
	int r;

	split_items(it->value, &names, &whole);
	labels = xcalloc(it->nchoices + 1, sizeof *labels);
	sel = xcalloc(it->nchoices + 1, 1);
	had = xcalloc(it->nchoices + 1, 1);
	for (i = 0; i < it->nchoices; i++) {
		labels[i] = it->choices[i].label;
		for (j = 0; j < names.n; j++)
			if (strcasecmp(names.v[j], it->choices[i].value) == 0)
				sel[i] = had[i] = 1;
	}
	/* TRANSLATORS: title of a menu picking several items: "Pick:
	   Methods" */
	r = tui_menu_multi(f->app, it->label, labels, (int)it->nchoices,
	    sel);
	if (r == 1) {
		sb_init(&sb);
		/* What was there, in its order, unless unpicked. */
		for (j = 0; j < names.n; j++) {
			for (i = 0; i < it->nchoices; i++)
				if (strcasecmp(names.v[j],
				    it->choices[i].value) == 0)
					break;
			if (i < it->nchoices && !sel[i])
				continue;
			if (sb.len > 0)
				sb_add(&sb, "; ");
			sb_add(&sb, whole.v[j]);
		}
		for (i = 0; i < it->nchoices; i++)
			if (sel[i] && !had[i]) {
				if (sb.len > 0)
					sb_add(&sb, "; ");
				sb_add(&sb, it->choices[i].value);
			}
		tui_form_set(f, it, sb.buf != NULL ? sb.buf : "");
		sb_release(&sb);
	}
	free(labels);
	free(sel);
	free(had);
	sl_clear(&names);
	sl_clear(&whole);
	return r;
}

static int
pick_one(struct tui_form *f, struct tui_fitem *it)
{
	const char **labels = xcalloc(it->nchoices + 1, sizeof *labels);
	size_t i;
	int cur = 0, r;

	for (i = 0; i < it->nchoices; i++) {
		labels[i] = it->choices[i].label;
		if (strcmp(it->choices[i].value, it->value) == 0)
			cur = (int)i;
	}
	r = tui_menu(f->app, it->label, labels, (int)it->nchoices, cur);
	free(labels);
	if (r == -2)
		return -1;
	if (r >= 0 && (size_t)r < it->nchoices) {
		tui_form_set(f, it, it->choices[r].value);
		return 1;
	}
	return 0;
}

/* Open the menu of a choice or pick item; checks the new value. */
static int
choose(struct tui_form *f)
{
	struct tui_fitem *it = &f->items[f->cur];
	int r;

	sync_current(f);
	r = it->kind == TFK_PICK ? pick_several(f, it) : pick_one(f, it);
	f->dirty = 1;
	if (r < 0) {
		f->action = TUI_FORM_QUIT;
		return TUI_QUIT;
	}
	if (r == 1 && f->check != NULL) {
		f->check(f, it, f->check_arg);
		f->place[f->cur].recheck = 0;
	}
	return TUI_REDRAW;
}

static int
fk_enter(struct tui_app *app, void *arg)
{
	struct tui_form *f = arg;
	struct tui_fitem *it;

	if (f->n == 0)
		return TUI_NONE;
	it = &f->items[f->cur];
	if (it->kind == TFK_CHOICE || (it->kind != TFK_TEXT &&
	    it->nchoices > 0))
		return choose(f);
	if (it->kind == TFK_TEXT && f->form != NULL) {
		form_driver(f->form, REQ_NEW_LINE);
		return TUI_NONE;
	}
	return fk_next(app, arg);
}

static int
fk_pick(struct tui_app *app, void *arg)
{
	struct tui_form *f = arg;
	struct tui_fitem *it;

	if (f->n == 0)
		return TUI_NONE;
	it = &f->items[f->cur];
	if (it->nchoices > 0)
		return choose(f);
	return TUI_NONE;
}

static int
fk_save(struct tui_app *app, void *arg)
{
	struct tui_form *f = arg;

	leave(f);
	f->action = TUI_FORM_SAVE;
	return TUI_NONE;
}

static int
fk_cancel(struct tui_app *app, void *arg)
{
	struct tui_form *f = arg;
	int r;

	sync_current(f);
	if (!tui_form_changed(f)) {
		f->action = TUI_FORM_CANCEL;
		return TUI_NONE;
	}
	r = tui_confirm(app, _("You have changed this form. Close it and "
	    "lose the changes?"));
	if (r < 0)
		f->action = TUI_FORM_QUIT;
	else if (r == 1)
		f->action = TUI_FORM_CANCEL;
	f->dirty = 1;
	return TUI_REDRAW;
}

static int
fk_help(struct tui_app *app, void *arg)
{
	struct tui_form *f = arg;
	int r;

	sync_current(f);
	r = tui_help_text(app, f->title, tui_form_keys, _("Type in a field "
	    "to change it. A field of several lines grows and scrolls as "
	    "you type. Nothing is written to the register until you save; "
	    "a field with a problem shows the message under it."));
	if (r & TUI_QUIT)
		f->action = TUI_FORM_QUIT;
	f->dirty = 1;
	return r;
}

static int
fk_redraw(struct tui_app *app, void *arg)
{
	struct tui_form *f = arg;

	sync_current(f);
	clearok(curscr, TRUE);
	f->dirty = 1;
	return TUI_REDRAW;
}

/* Editing requests passed to the form library. */
static int
edit(struct tui_form *f, int req)
{
	if (f->form != NULL && f->items[f->cur].kind != TFK_CHOICE)
		form_driver(f->form, req);
	return TUI_NONE;
}

#define EDIT_KEY(name, req)						\
static int								\
name(struct tui_app *app, void *arg)					\
{									\
	return edit(arg, req);						\
}
EDIT_KEY(fk_left, REQ_PREV_CHAR)
EDIT_KEY(fk_right, REQ_NEXT_CHAR)
EDIT_KEY(fk_home, REQ_BEG_LINE)
EDIT_KEY(fk_end, REQ_END_LINE)
EDIT_KEY(fk_backspace, REQ_DEL_PREV)
EDIT_KEY(fk_delete, REQ_DEL_CHAR)
EDIT_KEY(fk_kill_line, REQ_CLR_EOL)
EDIT_KEY(fk_clear, REQ_CLR_FIELD)
#undef EDIT_KEY

/*
 * The form's keys. Letters type into the fields, so every command is a
 * control key, a function key or a key that does not type text; the
 * status line shows the control key (some terminal servers swallow
 * function keys), the help both.
 */
const struct tui_key tui_form_keys[] = {
	{ KEY_CTRL('s'), KEY_F(2), 1, fk_save, N_("Save"),
	    N_("Save the form: everything in one change of the register") },
	{ 27, 0, 1, fk_cancel, N_("Cancel"),
	    N_("Close the form without saving; asks first if you changed "
	    "something") },
	{ KEY_CTRL('g'), KEY_F(1), 1, fk_help, N_("Help"),
	    N_("Show these keys") },
	{ '\t', 0, 1, fk_next, N_("Next field"),
	    N_("Go to the next field") },
	{ KEY_CTRL('p'), KEY_F(4), 1, fk_pick, N_("List"),
	    N_("Open the menu of a choice field or pick from a list") },
	{ KEY_BTAB, 0, 0, fk_prev, N_("Previous field"),
	    N_("Go to the previous field") },
	{ '\n', KEY_ENTER, 1, fk_enter, NULL,
	    N_("In a choice field: open its menu; in a text of several "
	    "lines: a new line; else the next field") },
	{ '\r', 0, 1, fk_enter, NULL, NULL },
	{ KEY_DOWN, 0, 0, fk_down, NULL,
	    N_("The next line, or the next field") },
	{ KEY_UP, 0, 0, fk_up, NULL,
	    N_("The line above, or the previous field") },
	{ KEY_NPAGE, 0, 0, fk_next_page, NULL,
	    N_("The next page of the form") },
	{ KEY_PPAGE, 0, 0, fk_prev_page, NULL,
	    N_("The previous page of the form") },
	{ KEY_LEFT, 0, 0, fk_left, NULL, N_("Move left in the field") },
	{ KEY_RIGHT, 0, 0, fk_right, NULL, N_("Move right in the field") },
	{ KEY_HOME, KEY_CTRL('a'), 0, fk_home, NULL,
	    N_("The start of the line") },
	{ KEY_END, KEY_CTRL('e'), 0, fk_end, NULL,
	    N_("The end of the line") },
	{ KEY_BACKSPACE, 127, 0, fk_backspace, NULL,
	    N_("Delete the character before the cursor") },
	{ 8, 0, 1, fk_backspace, NULL, NULL },
	{ KEY_DC, 0, 0, fk_delete, NULL,
	    N_("Delete the character under the cursor") },
	{ KEY_CTRL('k'), 0, 1, fk_kill_line, NULL,
	    N_("Delete to the end of the line") },
	{ KEY_CTRL('u'), 0, 1, fk_clear, NULL,
	    N_("Empty the field") },
	{ KEY_CTRL('l'), 0, 1, fk_redraw, NULL,
	    N_("Draw the screen again") },
	{ 0, 0, 0, NULL, NULL, NULL }
};

/* A character typed into the current field. */
static void
type_char(struct tui_form *f, int key)
{
	struct tui_fitem *it = &f->items[f->cur];

	if (f->form == NULL || !iswprint((wint_t)key))
		return;
	if (it->kind == TFK_CHOICE) {
		/* Typing on a choice opens its menu. */
		if (key == ' ')
			choose(f);
		return;
	}
	form_driver_w(f->form, OK, (wchar_t)key);
}

/* ------------------------------------------------------------ run */

/* The form that paints under a prompt or menu (one modal at a time). */
static struct tui_form *painting;

static void
repaint_form(struct tui_app *app)
{
	struct tui_form *f = painting;

	if (f == NULL)
		return;
	if (build(f) != 0)
		return;
	touchwin(f->win);
	wnoutrefresh(f->win);
	tui_status_keys(app, tui_form_keys);
}

/*
 * From the first run until the form is freed, a prompt or menu over it
 * (a reason asked on save, say) repaints the form after a resize, not
 * the screen under it.
 */
static void
hold_screen(struct tui_form *f)
{
	if (f->held)
		return;
	f->saved_repaint = f->app->repaint;
	f->saved_painting = painting;
	f->app->repaint = repaint_form;
	painting = f;
	f->held = 1;
}

static void
release_screen(struct tui_form *f)
{
	if (!f->held)
		return;
	f->app->repaint = f->saved_repaint;
	painting = f->saved_painting;
	f->held = 0;
}

int
tui_form_run(struct tui_form *f)
{
	int r, key, found;

	f->action = 0;
	f->dirty = 1;
	hold_screen(f);
	while (f->action == 0) {
		if (tui_quit_pending()) {
			f->action = TUI_FORM_QUIT;
			break;
		}
		if (!tui_size_ok(f->app)) {
			sync_current(f);
			teardown(f);
			if (tui_getkey(f->app, &key) < 0)
				f->action = TUI_FORM_QUIT;
			f->dirty = 1;
			continue;
		}
		if (f->dirty && build(f) != 0) {
			tui_message(f->app, TA_ERROR, "%s", _("The form does "
			    "not fit on the screen; make the window larger."));
			f->action = TUI_FORM_CANCEL;
			break;
		}
		paint(f);
		r = tui_getkey(f->app, &key);
		if (r < 0) {
			f->action = TUI_FORM_QUIT;
			break;
		}
		if (r == 0 && key == KEY_RESIZE) {
			sync_current(f);
			f->dirty = 1;
			continue;
		}
		tui_dispatch(f->app, tui_form_keys, key, r, f, &found);
		if (!found && r == 1)
			type_char(f, key);
	}
	sync_current(f);
	return f->action;
}

/*
 * Leave the form's windows on the screen but release the FORM (the
 * caller shows a prompt or returns). The next tui_form_run builds it
 * again.
 */
void
tui_form_pause(struct tui_form *f)
{
	sync_current(f);
	teardown(f);
	f->dirty = 1;
}
