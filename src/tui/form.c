/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * form.c: the form the modal components share. Owns a list of labelled
 * items grouped under section headings (the pages), their values while
 * the user types, the messages shown beside them, and one FORM (the form
 * library) holding the fields that fit on the screen now: moving to an
 * item off the screen scrolls the page and builds the FORM again from
 * the values, so a resize or a scroll never loses what was typed. One
 * line of text and choices are fields of the form library; choices open
 * a menu (menu.c). Text of several lines is never a form field: the
 * form library keeps a grid of cells, and text read back from a grid
 * gets line breaks where it wrapped and whatever was drawn on it. Such
 * an item is edited in the text editor (textedit.c), which holds the
 * text itself; the form only draws it, in a box of its own with a bar on
 * its left so it looks unlike a one-line field. The row above the status
 * line says what kind of value the current field takes.
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

#define TEXT_ROWS	3	/* least rows of a text of several lines */
#define TEXT_MAX	8	/* most rows before the text scrolls */
#define LIST_MAX	8	/* rows of a list's items shown in the form */
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
	/* The editor of the current item when it is a text (else NULL). */
	struct tui_text		*ed;
	size_t			 ed_item;
	int			 cy, cx;	/* its cursor on the screen */
};

/* A one-line field's text: trailing blanks removed (the form library
 * pads its buffer with them). Caller frees. */
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
	tui_text_free(f->ed);
	if (f->sub != NULL)
		delwin(f->sub);
	if (f->win != NULL)
		delwin(f->win);
	for (i = 0; i < f->n; i++) {
		free(f->items[i].label);
		free(f->items[i].value);
		free(f->items[i].orig);
		free(f->items[i].msg);
		free(f->items[i].hint);
		if (f->items[i].list != NULL) {
			free(f->items[i].list->sep);
			free(f->items[i].list->name_label);
			free(f->items[i].list->note_label);
			free(f->items[i].list->note_hint);
			free(f->items[i].list->why_label);
			free(f->items[i].list->why_hint);
			sl_clear(&f->items[i].list->notes);
			free(f->items[i].list);
		}
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

void
tui_fitem_hint(struct tui_fitem *it, const char *hint)
{
	free(it->hint);
	it->hint = hint != NULL ? xstrdup(hint) : NULL;
}

void
tui_fitem_list(struct tui_fitem *it, const char *sep, const char *name_label,
    const char *note_label, const char *note_hint)
{
	struct tui_list_spec *l;

	if (it->list == NULL)
		it->list = xcalloc(1, sizeof *it->list);
	l = it->list;
	it->kind = TFK_LIST;
	free(l->sep);
	free(l->name_label);
	free(l->note_label);
	free(l->note_hint);
	l->sep = xstrdup(sep);
	l->name_label = xstrdup(name_label);
	l->note_label = note_label != NULL ? xstrdup(note_label) : NULL;
	l->note_hint = note_hint != NULL ? xstrdup(note_hint) : NULL;
}

void
tui_fitem_note_choice(struct tui_fitem *it, const char *note)
{
	if (it->list != NULL)
		sl_push(&it->list->notes, note);
}

void
tui_fitem_note_choices_clear(struct tui_fitem *it)
{
	if (it->list != NULL)
		sl_clear(&it->list->notes);
}

void
tui_fitem_list_tie(struct tui_fitem *it, const char *why_label,
    const char *why_hint)
{
	if (it->list == NULL)
		return;
	free(it->list->why_label);
	free(it->list->why_hint);
	it->list->why_label = xstrdup(why_label);
	it->list->why_hint = why_hint != NULL ? xstrdup(why_hint) : NULL;
}

void
tui_fitem_pick(struct tui_fitem *it, char sep)
{
	it->kind = TFK_PICK;
	it->sep = sep;
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
	size_t i = index_of(f, it);

	free(it->value);
	it->value = xstrdup(value != NULL ? value : "");
	if (f->ed != NULL && f->ed_item == i)
		tui_text_set(f->ed, it->value);
	f->place[i].recheck = 1;
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

	if (f->form == NULL || f->n == 0)
		return;
	it = &f->items[f->cur];
	pl = &f->place[f->cur];
	/* A text's value is the editor's, kept with every key. */
	if (pl->field == NULL || (it->kind != TFK_LINE && it->kind != TFK_PICK))
		return;
	form_driver(f->form, REQ_VALIDATION);
	if (!field_status(pl->field))
		return;
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

/* Rows of the box of text item i: the whole text, within bounds. */
static int
text_rows(struct tui_form *f, size_t i)
{
	int n, max = f->vh - 2 < TEXT_MAX ? f->vh - 2 : TEXT_MAX;

	if (max < TEXT_ROWS)
		max = TEXT_ROWS;
	if (f->ed != NULL && f->ed_item == i) {
		tui_text_view(f->ed, f->fw, 1);
		n = tui_text_rows(f->ed);
	} else
		n = tui_text_rows_of(f->items[i].value, f->fw);
	return n < TEXT_ROWS ? TEXT_ROWS : n > max ? max : n;
}

/*
 * The rows list item i shows: each of its items wrapped to the field's
 * width (nothing the user needs is cut off), *first[k] set on the row
 * that starts an item. Caller clears out and frees *first.
 */
static void
list_lines(struct tui_form *f, size_t i, struct strlist *out,
    unsigned char **first)
{
	struct strlist items = { 0 };
	size_t k, before;

	tui_list_rows(&f->items[i], &items);
	*first = xcalloc(1, 1);
	for (k = 0; k < items.n; k++) {
		before = out->n;
		tui_wrap(items.v[k], f->fw - 1, out);
		*first = xrealloc(*first, out->n + 1);
		memset(*first + before, 0, out->n - before);
		(*first)[before] = 1;
	}
	sl_clear(&items);
}

/* Rows of list item i: its wrapped items, at least one, at most
 * LIST_MAX (the last says how many more). */
static int
list_rows(struct tui_form *f, size_t i)
{
	struct strlist l = { 0 };
	unsigned char *first;
	int n;

	list_lines(f, i, &l, &first);
	n = (int)l.n;
	sl_clear(&l);
	free(first);
	return n < 1 ? 1 : n > LIST_MAX ? LIST_MAX : n;
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
	/* The last row of the window says what the current field takes. */
	f->vh = LINES - 2 - f->vy;
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
		pl->rows = f->items[i].kind == TFK_TEXT ? text_rows(f, i) :
		    f->items[i].kind == TFK_LIST ? list_rows(f, i) : 1;
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

	switch (it->kind) {
	case TFK_CHOICE:
		buf = tui_fit(choice_label(it), f->fw);
		break;
	default:
		/* Only the current field is edited (and ever read back);
		 * the others show their value cut with an ellipsis, so a
		 * long one does not look whole. */
		buf = i == f->cur ? report_sanitize(it->value, 0) :
		    tui_fit(it->value, f->fw);
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
	}
	set_field_back(fld, tui_attr(f->app, i == f->cur ? TA_FIELD_ACTIVE :
	    TA_FIELD));
	pl->field = fld;
	set_field_value(f, i);
	return fld;
}

/*
 * The box of text item i: a bar on its left, the text wrapped, the rows
 * of it that are in the window. The current item's box is its editor,
 * scrolled to the cursor; the others show their text from the start.
 * Arrows in the margin say that the text goes on above or below.
 */
static void
draw_text(struct tui_form *f, size_t i)
{
	struct place *pl = &f->place[i];
	struct tui_text *t, *tmp = NULL;
	int y0 = pl->y - f->top, rows = pl->rows, skip = 0, k, above, below;
	int active = i == f->cur && f->ed != NULL && f->ed_item == i;

	if (y0 < 0)
		skip = -y0;
	if (y0 + rows > f->vh)
		rows = f->vh - y0;
	if (rows - skip <= 0)
		return;
	t = active ? f->ed : (tmp = tui_text_new(f->items[i].value));
	tui_text_view(t, f->fw, rows - skip);
	tui_text_draw(t, f->sub, y0 + skip, f->fx,
	    tui_attr(f->app, active ? TA_FIELD_ACTIVE : TA_NORMAL), active,
	    active ? &f->cy : NULL, active ? &f->cx : NULL);
	wattrset(f->sub, active ? A_BOLD : tui_attr(f->app, TA_DIM));
	for (k = skip; k < rows; k++)
		mvwaddstr(f->sub, y0 + k, f->fx - 1, f->app->ascii ? "|" :
		    "\xe2\x94\x82");
	wattrset(f->sub, A_NORMAL);
	tui_text_more(t, &above, &below);
	if (above)
		mvwaddstr(f->sub, y0 + skip, COLS - 1, f->app->ascii ? "^" :
		    "\xe2\x86\x91");
	if (below)
		mvwaddstr(f->sub, y0 + rows - 1, COLS - 1, f->app->ascii ?
		    "v" : "\xe2\x86\x93");
	tui_text_free(tmp);
}

/*
 * List item i: its items wrapped, a bullet before each, as many rows as
 * the box has (the last then says how many rows more), "(none)" when
 * empty. Drawn only: the list is changed in the list editor.
 */
static void
draw_list(struct tui_form *f, size_t i)
{
	struct place *pl = &f->place[i];
	struct strlist l = { 0 };
	unsigned char *first;
	int y0 = pl->y - f->top, k, y, more;
	attr_t a = tui_attr(f->app, i == f->cur ? TA_FIELD_ACTIVE : TA_NORMAL);
	char *s;

	list_lines(f, i, &l, &first);
	if (i == f->cur) {
		f->cy = y0 < 0 ? 0 : y0;
		f->cx = f->fx;
	}
	for (k = 0; k < pl->rows; k++) {
		y = y0 + k;
		if (y < 0 || y >= f->vh)
			continue;
		wattrset(f->sub, a);
		mvwhline(f->sub, y, f->fx, ' ', f->fw);
		if (l.n == 0 || first[k]) {
			wattrset(f->sub, i == f->cur ? A_BOLD :
			    tui_attr(f->app, TA_DIM));
			mvwaddstr(f->sub, y, f->fx - 1, f->app->ascii ? "*" :
			    "\xe2\x80\xa2");
		}
		wattrset(f->sub, a);
		if (l.n == 0) {
			/* TRANSLATORS: an empty list field in a form (a
			   plural: "Målgrupper (inga)") */
			tui_put(f->sub, y, f->fx, f->fw - 1, _("(no items)"));
			continue;
		}
		more = (int)l.n - pl->rows;
		if (k == pl->rows - 1 && more > 0) {
			/* TRANSLATORS: the last row of a long list in a
			   form; Enter opens the list */
			s = xasprintf(ngettext("… %d row more: Enter shows "
			    "the list", "… %d rows more: Enter shows the list",
			    more + 1), more + 1);
			tui_put(f->sub, y, f->fx, f->fw - 1, s);
			free(s);
		} else
			tui_put(f->sub, y, f->fx, f->fw - 1, l.v[k]);
	}
	wattrset(f->sub, A_NORMAL);
	sl_clear(&l);
	free(first);
}

/* What the current item takes, on the row above the status line. */
static void
draw_hint(struct tui_form *f)
{
	const struct tui_fitem *it;
	const char *h;

	wattrset(f->win, A_NORMAL);
	mvwhline(f->win, LINES - 2, 0, ' ', COLS);
	if (f->n == 0)
		return;
	it = &f->items[f->cur];
	if (it->hint != NULL)
		h = it->hint;
	else if (it->kind == TFK_TEXT)
		h = _("Text of several lines: Enter makes a new line, "
		    "Ctrl-E opens your editor");
	else if (it->kind == TFK_CHOICE)
		h = _("A choice: Enter or Ctrl-P opens the menu");
	else if (it->kind == TFK_PICK)
		h = _("A list: Ctrl-P picks from the menu");
	else if (it->kind == TFK_LIST)
		h = it->nchoices > 0 ? _("A list, one item a row: Enter "
		    "opens it, Ctrl-P picks several from the menu") :
		    _("A list, one item a row: Enter opens it to add, change "
		    "or remove items");
	else
		h = _("One line of free text");
	wattrset(f->win, tui_attr(f->app, TA_DIM));
	tui_put(f->win, LINES - 2, 1, COLS - 2, h);
	wattrset(f->win, A_NORMAL);
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
			if (it->kind != TFK_TEXT && it->kind != TFK_LIST &&
			    !visible(f, i)) {
				/* Cut by the bottom edge: its first row. */
				wattrset(f->sub, tui_attr(f->app, TA_FIELD));
				mvwhline(f->sub, y, f->fx, ' ', f->fw);
				tui_put(f->sub, y, f->fx, f->fw,
				    it->kind == TFK_CHOICE ? choice_label(it) :
				    it->value);
				wattrset(f->sub, A_NORMAL);
			}
		}
		if (it->kind == TFK_TEXT)
			draw_text(f, i);
		else if (it->kind == TFK_LIST)
			draw_list(f, i);
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
	/* More above or below: say so, not only by a cut-off field. The
	 * marks stand in the last column, where no field reaches. */
	if (f->top > 0)
		mvwaddstr(f->sub, 0, COLS - 1, f->app->ascii ? "^" :
		    "\xe2\x86\x91");
	if (f->top + f->vh < f->nrows)
		mvwaddstr(f->sub, f->vh - 1, COLS - 1, f->app->ascii ? "v" :
		    "\xe2\x86\x93");
	draw_hint(f);
}

/* The editor follows the cursor: a text item gets one on its value. */
static void
editor_follow(struct tui_form *f)
{
	int is_text = f->n > 0 && f->items[f->cur].kind == TFK_TEXT;

	if (f->ed != NULL && (!is_text || f->ed_item != f->cur)) {
		tui_text_free(f->ed);
		f->ed = NULL;
	}
	if (is_text && f->ed == NULL) {
		f->ed = tui_text_new(f->items[f->cur].value);
		f->ed_item = f->cur;
	}
}

/* Build the windows, the fields that fit and the FORM from the items. */
static int
build(struct tui_form *f)
{
	size_t i, nf = 0;

	sync_current(f);
	teardown(f);
	editor_follow(f);
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
		if (f->items[i].kind != TFK_TEXT &&
		    f->items[i].kind != TFK_LIST && visible(f, i) &&
		    make_field(f, i) != NULL)
			f->fields[nf++] = f->place[i].field;
	f->fields[nf] = NULL;
	werase(f->win);
	if (nf == 0) {
		draw_frame(f);
		f->dirty = 0;
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
		if (f->items[f->cur].kind != TFK_CHOICE)
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
	if (f->ed != NULL || (f->n > 0 && f->items[f->cur].kind == TFK_LIST))
		wmove(f->win, f->cy + f->vy, f->cx);
	else if (f->form != NULL) {
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

	/* In a text, the editor had the key first: it is on its last row. */
	if (f->cur + 1 < f->n)
		go_to(f, f->cur + 1);
	return TUI_NONE;
}

static int
fk_up(struct tui_app *app, void *arg)
{
	struct tui_form *f = arg;

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

/* What separates the items of a list or pick item. */
static char
item_sep(const struct tui_fitem *it)
{
	if (it->list != NULL)
		return it->list->sep[0];
	return it->sep != '\0' ? it->sep : ';';
}

/* Item names of a "a; b (note)" list (items at sep), for matching
 * picks. */
static void
split_items(const char *value, char sep, struct strlist *names,
    struct strlist *whole)
{
	const char *p = value, *q;
	char *item, *name;
	size_t n;

	while (*p != '\0') {
		for (q = p; *q != '\0' && *q != sep; q++)
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
		p = *q == sep ? q + 1 : q;
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
	char sep[3] = { item_sep(it), ' ', '\0' };
	size_t i, j;
	int r;

	split_items(it->value, sep[0], &names, &whole);
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
				sb_add(&sb, sep);
			sb_add(&sb, whole.v[j]);
		}
		for (i = 0; i < it->nchoices; i++)
			if (sel[i] && !had[i]) {
				if (sb.len > 0)
					sb_add(&sb, sep);
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
	r = it->kind == TFK_PICK || it->kind == TFK_LIST ?
	    pick_several(f, it) : pick_one(f, it);
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

/* Open the list editor on the current item; checks the new value. */
static int
edit_list(struct tui_form *f)
{
	struct tui_fitem *it = &f->items[f->cur];
	char *v = xstrdup(it->value);
	int r;

	tui_form_pause(f);
	r = tui_list_edit(f->app, it, &v);
	if (r == 1) {
		tui_form_set(f, it, v);
		if (f->check != NULL) {
			f->check(f, it, f->check_arg);
			f->place[f->cur].recheck = 0;
		}
	}
	free(v);
	f->dirty = 1;
	if (r < 0) {
		f->action = TUI_FORM_QUIT;
		return TUI_QUIT;
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
	if (it->kind == TFK_LIST)
		return edit_list(f);
	if (it->kind == TFK_CHOICE || (it->kind != TFK_TEXT &&
	    it->nchoices > 0))
		return choose(f);
	/*
	 * A one-line field takes no line break, and Enter does not move
	 * on either: what is typed after it would land in another field
	 * unseen. Say so; the cursor stays where it is.
	 */
	tui_message(app, TA_WARNING, "%s", _("This field holds one line. "
	    "Tab goes to the next field; Ctrl-S saves."));
	return TUI_NONE;
}

/* Ctrl-E: the current text in the user's own editor. */
static int
fk_external(struct tui_app *app, void *arg)
{
	struct tui_form *f = arg;
	struct tui_fitem *it;
	int r;

	if (f->n == 0)
		return TUI_NONE;
	it = &f->items[f->cur];
	if (it->kind != TFK_TEXT || f->ed == NULL) {
		tui_message(app, TA_WARNING, "%s", _("Only a text of several "
		    "lines opens in your editor."));
		return TUI_NONE;
	}
	tui_form_pause(f);
	r = tui_text_external(app, f->ed);
	if (r == 1) {
		free(it->value);
		it->value = xstrdup(tui_text_get(f->ed));
		f->place[f->cur].recheck = 1;
	}
	clearok(curscr, TRUE);
	f->dirty = 1;
	return TUI_REDRAW;
}

static int
fk_pick(struct tui_app *app, void *arg)
{
	struct tui_form *f = arg;
	struct tui_fitem *it;

	if (f->n == 0)
		return TUI_NONE;
	it = &f->items[f->cur];
	/* The quick pick writes "a; b": a list of another separator is
	 * edited in the list editor. */
	if (it->kind == TFK_LIST && (it->nchoices == 0 ||
	    strcmp(it->list->sep, "; ") != 0))
		return edit_list(f);
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
	    "to change it. A text of several lines has a bar on its left: "
	    "Enter makes a new line there, the box grows and then scrolls "
	    "as you type, and Ctrl-E opens it in the editor named by VISUAL "
	    "or EDITOR. A one-line field takes no line break; Tab goes to "
	    "the next field. The row above the keys says what the field "
	    "takes. Nothing is written to the register until you save; a "
	    "field with a problem shows the message under it."));
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

/* Editing requests passed to the form library (one-line fields; a
 * text's editor had the key first). */
static int
edit(struct tui_form *f, int req)
{
	if (f->form != NULL && f->place[f->cur].field != NULL &&
	    f->items[f->cur].kind != TFK_CHOICE)
		form_driver(f->form, req);
	return TUI_NONE;
}

/* Ctrl-U: empty the field, a text as well as a line. */
static int
fk_clear(struct tui_app *app, void *arg)
{
	struct tui_form *f = arg;

	if (f->n == 0 || f->items[f->cur].kind == TFK_CHOICE)
		return TUI_NONE;
	if (f->items[f->cur].kind == TFK_TEXT) {
		tui_form_set(f, &f->items[f->cur], "");
		return TUI_NONE;
	}
	return edit(f, REQ_CLR_FIELD);
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
	{ KEY_CTRL('e'), 0, 1, fk_external, N_("Editor"),
	    N_("Edit a text of several lines in your own editor (VISUAL or "
	    "EDITOR)") },
	{ '\n', KEY_ENTER, 1, fk_enter, NULL,
	    N_("In a text of several lines: a new line; in a choice field: "
	    "open its menu; a one-line field takes none (Tab moves on)") },
	{ '\r', 0, 1, fk_enter, NULL, NULL },
	{ KEY_DOWN, 0, 0, fk_down, NULL,
	    N_("The next row of a text, or the next field") },
	{ KEY_UP, 0, 0, fk_up, NULL,
	    N_("The row above in a text, or the previous field") },
	{ KEY_NPAGE, 0, 0, fk_next_page, NULL,
	    N_("A screenful on in a text; the next page of the form") },
	{ KEY_PPAGE, 0, 0, fk_prev_page, NULL,
	    N_("A screenful back in a text; the previous page of the form") },
	{ KEY_LEFT, 0, 0, fk_left, NULL, N_("Move left in the field") },
	{ KEY_RIGHT, 0, 0, fk_right, NULL, N_("Move right in the field") },
	{ KEY_HOME, KEY_CTRL('a'), 0, fk_home, NULL,
	    N_("The start of the row, then of the line") },
	{ KEY_END, 0, 0, fk_end, NULL,
	    N_("The end of the line") },
	{ KEY_BACKSPACE, 127, 0, fk_backspace, NULL,
	    N_("Delete the character before the cursor") },
	{ 8, 0, 1, fk_backspace, NULL, NULL },
	{ KEY_DC, 0, 0, fk_delete, NULL,
	    N_("Delete the character under the cursor") },
	{ KEY_CTRL('k'), 0, 1, fk_kill_line, NULL,
	    N_("Delete to the end of the line (at its end: join the next)") },
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

	if (it->kind == TFK_LIST && iswprint((wint_t)key)) {
		tui_message(f->app, TA_WARNING, "%s", _("A list is changed "
		    "in its own editor: Enter opens it."));
		return;
	}
	if (f->form == NULL || f->place[f->cur].field == NULL ||
	    !iswprint((wint_t)key))
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

/*
 * A key for the current text's editor. Returns 1 when the editor took
 * it. A change goes into the item at once, so the value is always the
 * editor's text, byte for byte; the page is laid out again when the box
 * grows or shrinks.
 */
static int
text_key(struct tui_form *f, int key, int is_wide)
{
	struct tui_fitem *it = &f->items[f->cur];
	int r;

	r = tui_text_key(f->ed, key, is_wide);
	if (r == TUI_TEXT_PASS)
		return 0;
	if (r == TUI_TEXT_CHANGED) {
		free(it->value);
		it->value = xstrdup(tui_text_get(f->ed));
		f->place[f->cur].recheck = 1;
		if (text_rows(f, f->cur) != f->place[f->cur].rows)
			f->dirty = 1;
	}
	if (!f->dirty) {
		draw_text(f, f->cur);
		wnoutrefresh(f->sub);
	}
	return 1;
}

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
		if (f->ed != NULL && text_key(f, key, r))
			continue;
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

/* ------------------------------------------------------------ a text */

char *
tui_prompt_text(struct tui_app *app, const char *title, const char *label,
    const char *init)
{
	struct tui_form *f = tui_form_new(app, title);
	struct tui_fitem *it;
	char *v = NULL;

	it = tui_form_add(f, 0, TFK_TEXT, label, init);
	tui_fitem_hint(it, _("Text of several lines: Enter makes a new line, "
	    "Ctrl-S saves, Esc cancels"));
	if (tui_form_run(f) == TUI_FORM_SAVE)
		v = xstrdup(it->value);
	tui_form_free(f);
	touchwin(stdscr);
	return v;
}
