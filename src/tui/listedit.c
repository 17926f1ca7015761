/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * listedit.c: the editor of a list field (target groups with their
 * considerations, methods, politicians with the body they represent,
 * bodies, partners, themes, channels). One item a row, the note in a
 * column of its own; add, change, remove and reorder with keys, each
 * item in a small form of its own (its name with the catalogue's names
 * as choices, its note). A method's note is its tie (dialogue.h): two
 * columns, the target groups it is meant to reach, picked from the
 * dialogue's own, and why it was chosen. The user never writes the
 * "a; b (note)" syntax
 * the command line reads: this file turns the rows into that text and
 * back, and refuses what the syntax cannot hold (the separator in a
 * name, a name that would read as a note). The list is a screen on the
 * screens' stack: one loop reads the keys, one function draws.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "report.h"
#include "tui-int.h"

#define KEY_CTRL(c)	((c) & 0x1f)

struct lrow {
	char	*name;
	char	*note;		/* NULL: none */
};

struct ledit {
	struct tui_app		*app;
	const struct tui_list_spec *spec;
	const struct tui_fitem	*item;		/* its choices are the names */
	const char		*title;
	struct lrow		*v;
	size_t			 n, alloc;
	int			 cur, top;
	int			 changed;
	int			 quit;
};

/* ------------------------------------------------------------ rows */

static void
row_add(struct ledit *l, const char *name, const char *note, size_t at)
{
	if (l->n == l->alloc) {
		l->alloc = l->alloc ? l->alloc * 2 : 8;
		l->v = xrealloc(l->v, l->alloc * sizeof *l->v);
	}
	memmove(&l->v[at + 1], &l->v[at], (l->n - at) * sizeof *l->v);
	l->v[at].name = xstrdup(name);
	l->v[at].note = note != NULL && *note != '\0' ? xstrdup(note) : NULL;
	l->n++;
}

static void
rows_free(struct ledit *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].name);
		free(l->v[i].note);
	}
	free(l->v);
	l->v = NULL;
	l->n = l->alloc = 0;
}

/* s without the blanks at either end. Caller frees. */
static char *
trimmed(const char *s, size_t n)
{
	while (n > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		n--;
	}
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	return xstrndup(s, n);
}

/* 1 when s is one of the names the item offers (the catalogue's). */
static int
known_name(const struct ledit *l, const char *s)
{
	size_t i;

	for (i = 0; l->item != NULL && i < l->item->nchoices; i++)
		if (strcasecmp(l->item->choices[i].value, s) == 0)
			return 1;
	return 0;
}

/*
 * The rows of value, split as the domain reads it: items at the
 * separator's first character, the note the last balanced "(...)" that
 * ends an item (when the list takes notes), unless the item is a name
 * the register knows whole ("Enkät (webb)" in the catalogue).
 */
static void
parse(struct ledit *l, const char *value)
{
	char sep = l->spec->sep[0];
	const char *p = value, *q;
	char *item, *name, *note;

	while (*p != '\0') {
		for (q = p; *q != '\0' && *q != sep; q++)
			;
		item = trimmed(p, (size_t)(q - p));
		p = *q == sep ? q + 1 : q;
		if (*item == '\0') {
			free(item);
			continue;
		}
		/* The domain's reading of "name (note)". */
		dlg_item_split(item, l->spec->note_label != NULL &&
		    !known_name(l, item), &name, &note);
		row_add(l, name, note, l->n);
		free(name);
		free(note);
		free(item);
	}
}

/* The rows as the field's text. Caller frees. */
static char *
join(const struct ledit *l)
{
	struct strbuf sb;
	size_t i;

	sb_init(&sb);
	for (i = 0; i < l->n; i++) {
		if (i > 0)
			sb_add(&sb, l->spec->sep);
		sb_add(&sb, l->v[i].name);
		if (l->v[i].note != NULL)
			sb_addf(&sb, " (%s)", l->v[i].note);
	}
	return sb.buf != NULL ? sb_detach(&sb) : xstrdup("");
}

/* ------------------------------------------------------------ one item */

/* 1 when s holds a line break or the list's separator. */
static int
breaks_list(const struct ledit *l, const char *s)
{
	return strchr(s, '\n') != NULL || strchr(s, l->spec->sep[0]) != NULL;
}

/* 1 when the parentheses of s pair up. */
static int
balanced(const char *s)
{
	int depth = 0;

	for (; *s != '\0'; s++) {
		if (*s == '(')
			depth++;
		else if (*s == ')' && --depth < 0)
			return 0;
	}
	return depth == 0;
}

/*
 * What is wrong with an item as typed, or NULL: its name, its note as
 * the list keeps it and, for a tie, the groups typed (a ':' in them
 * would start the motivation).
 */
static const char *
item_problem(const struct ledit *l, const char *name, const char *note,
    const char *groups)
{
	if (*name == '\0')
		return _("Give the item a name.");
	if (breaks_list(l, name) || (note != NULL && breaks_list(l, note)))
		return l->spec->sep[0] == ';' ?
		    _("An item cannot hold ';': add each item on its own "
		    "row.") :
		    _("An item cannot hold ',': add each item on its own "
		    "row.");
	if (l->spec->note_label != NULL && name[strlen(name) - 1] == ')' &&
	    !known_name(l, name))
		return _("A name cannot end with ')': write what is in the "
		    "parentheses in the note beside it.");
	if (groups != NULL && strchr(groups, ':') != NULL)
		return _("The target groups cannot hold ':': write why the "
		    "method was chosen in its own field.");
	if (note != NULL && !balanced(note))
		return _("The parentheses of the note do not pair up.");
	return NULL;
}

enum { LF_NAME, LF_NOTE, LF_WHY };

/*
 * The note of the item form as the list keeps it: the note typed, or a
 * tie of the groups and the motivation (dialogue.h); NULL when empty.
 * Caller frees.
 */
static char *
typed_note(struct tui_form *f)
{
	struct tui_fitem *note = tui_form_item(f, LF_NOTE);
	struct tui_fitem *why = tui_form_item(f, LF_WHY);

	if (note == NULL)
		return NULL;
	if (why != NULL)
		return dlg_tie_join(note->value, why->value);
	return *note->value != '\0' ? xstrdup(note->value) : NULL;
}

/* The problem of the item form as typed, or NULL. */
static const char *
form_problem(const struct ledit *l, struct tui_form *f)
{
	struct tui_fitem *why = tui_form_item(f, LF_WHY);
	char *note = typed_note(f);
	const char *p;

	p = item_problem(l, tui_form_item(f, LF_NAME)->value, note,
	    why != NULL ? tui_form_item(f, LF_NOTE)->value : NULL);
	free(note);
	return p;
}

/*
 * "Anna Berg (KFN)" typed as the name, the note left empty: what the
 * command line would read, so read it so here too, name and note.
 */
static void
split_typed(struct ledit *l, struct tui_form *f, struct tui_fitem *name,
    struct tui_fitem *note)
{
	struct tui_fitem *why = tui_form_item(f, LF_WHY);
	struct ledit one;
	char *n, *o, *groups, *w;

	if (note == NULL || *note->value != '\0' ||
	    (why != NULL && *why->value != '\0') ||
	    strchr(name->value, l->spec->sep[0]) != NULL)
		return;
	memset(&one, 0, sizeof one);
	one.spec = l->spec;
	one.item = l->item;
	parse(&one, name->value);
	if (one.n == 1 && one.v[0].note != NULL && *one.v[0].name != '\0') {
		n = xstrdup(one.v[0].name);
		o = xstrdup(one.v[0].note);
		tui_form_set(f, name, n);
		if (why != NULL) {
			/* "Enkät (Unga: via skolan)": a tie, both parts. */
			dlg_tie_split(o, &groups, &w);
			tui_form_set(f, note, groups != NULL ? groups : "");
			tui_form_set(f, why, w != NULL ? w : "");
			free(groups);
			free(w);
		} else
			tui_form_set(f, note, o);
		free(n);
		free(o);
	}
	rows_free(&one);
}

/* Check the item form as the user moves on. */
static void
check_item(struct tui_form *f, struct tui_fitem *it, void *arg)
{
	struct ledit *l = arg;
	const char *p = form_problem(l, f);
	struct tui_fitem *x;
	int k;

	for (k = LF_NAME; k <= LF_WHY; k++)
		if ((x = tui_form_item(f, k)) != NULL)
			tui_form_message(f, x, TA_ERROR, it == x ? p : NULL);
}

/*
 * Add (at < 0: after the current row) or change row `at` in a small
 * form. Returns 1 when the list changed, 0 when not, -1 on a quit
 * signal.
 */
static int
edit_item(struct ledit *l, int at)
{
	const struct tui_list_spec *sp = l->spec;
	struct tui_form *f;
	struct tui_fitem *name, *note = NULL, *why;
	const char *p;
	char *title, *nv = NULL, *groups = NULL, *w = NULL;
	size_t i;
	int r, result = 0;

	/* TRANSLATORS: title of the form of one item of a list: "New item:
	   Target groups" / "Change item: Target groups" */
	title = xasprintf(at < 0 ? _("New item: %s") : _("Change item: %s"),
	    l->title);
	f = tui_form_new(l->app, title);
	free(title);
	name = tui_form_add(f, LF_NAME, TFK_LINE, sp->name_label,
	    at >= 0 ? l->v[at].name : NULL);
	for (i = 0; i < l->item->nchoices; i++)
		tui_fitem_choice(name, l->item->choices[i].value,
		    l->item->choices[i].label);
	if (l->item->nchoices > 0)
		tui_fitem_hint(name, _("Type the name, or Enter or Ctrl-P to "
		    "pick one the register knows"));
	if (sp->why_label != NULL && at >= 0)
		dlg_tie_split(l->v[at].note, &groups, &w);
	if (sp->note_label != NULL) {
		note = tui_form_add(f, LF_NOTE, TFK_LINE, sp->note_label,
		    sp->why_label != NULL ? groups : at >= 0 ?
		    l->v[at].note : NULL);
		for (i = 0; i < sp->notes.n; i++)
			tui_fitem_choice(note, sp->notes.v[i], sp->notes.v[i]);
		if (sp->note_hint != NULL)
			tui_fitem_hint(note, sp->note_hint);
	}
	if (note != NULL && sp->why_label != NULL) {
		/* A tie: several of the target groups, then why. */
		tui_fitem_pick(note, ',');
		why = tui_form_add(f, LF_WHY, TFK_LINE, sp->why_label, w);
		if (sp->why_hint != NULL)
			tui_fitem_hint(why, sp->why_hint);
	}
	free(groups);
	free(w);
	tui_form_on_check(f, check_item, l);
	for (;;) {
		r = tui_form_run(f);
		if (r == TUI_FORM_QUIT) {
			result = -1;
			break;
		}
		if (r == TUI_FORM_CANCEL)
			break;
		split_typed(l, f, name, note);
		if ((p = form_problem(l, f)) != NULL) {
			tui_form_notice(f, TA_ERROR, p);
			continue;
		}
		for (i = 0; i < l->n; i++)
			if ((int)i != at && strcasecmp(l->v[i].name,
			    name->value) == 0)
				break;
		if (i < l->n) {
			tui_form_notice(f, TA_ERROR, _("That item is in the "
			    "list already; list each item once."));
			continue;
		}
		nv = typed_note(f);
		if (at < 0) {
			at = l->n == 0 ? 0 : l->cur + 1;
			row_add(l, name->value, nv, (size_t)at);
		} else {
			free(l->v[at].name);
			free(l->v[at].note);
			l->v[at].name = xstrdup(name->value);
			l->v[at].note = nv != NULL && *nv != '\0' ?
			    xstrdup(nv) : NULL;
		}
		free(nv);
		l->cur = at;
		l->changed = 1;
		result = 1;
		break;
	}
	tui_form_free(f);
	return result;
}

/* ------------------------------------------------------------ screen */

static int
le_add(struct tui_app *app, void *arg)
{
	struct ledit *l = arg;

	if (edit_item(l, -1) < 0)
		return TUI_QUIT;
	return TUI_REDRAW;
}

static int
le_change(struct tui_app *app, void *arg)
{
	struct ledit *l = arg;

	if (l->n == 0)
		return le_add(app, arg);
	if (edit_item(l, l->cur) < 0)
		return TUI_QUIT;
	return TUI_REDRAW;
}

static int
le_remove(struct tui_app *app, void *arg)
{
	struct ledit *l = arg;
	char *q;
	int r;

	if (l->n == 0)
		return TUI_NONE;
	/* TRANSLATORS: %s is an item of a list (a target group, a method) */
	q = xasprintf(_("Remove '%s' from the list?"), l->v[l->cur].name);
	r = tui_confirm(app, q);
	free(q);
	if (r < 0)
		return TUI_QUIT;
	if (r == 1) {
		free(l->v[l->cur].name);
		free(l->v[l->cur].note);
		memmove(&l->v[l->cur], &l->v[l->cur + 1],
		    (l->n - (size_t)l->cur - 1) * sizeof *l->v);
		l->n--;
		if (l->cur > 0 && (size_t)l->cur >= l->n)
			l->cur--;
		l->changed = 1;
	}
	return TUI_REDRAW;
}

static void
swap(struct ledit *l, int a, int b)
{
	struct lrow t = l->v[a];

	l->v[a] = l->v[b];
	l->v[b] = t;
	l->changed = 1;
}

static int
le_move_up(struct tui_app *app, void *arg)
{
	struct ledit *l = arg;

	if (l->cur > 0) {
		swap(l, l->cur, l->cur - 1);
		l->cur--;
	}
	return TUI_REDRAW;
}

static int
le_move_down(struct tui_app *app, void *arg)
{
	struct ledit *l = arg;

	if ((size_t)l->cur + 1 < l->n) {
		swap(l, l->cur, l->cur + 1);
		l->cur++;
	}
	return TUI_REDRAW;
}

static int
le_down(struct tui_app *app, void *arg)
{
	struct ledit *l = arg;

	if ((size_t)l->cur + 1 < l->n)
		l->cur++;
	return TUI_REDRAW;
}

static int
le_up(struct tui_app *app, void *arg)
{
	struct ledit *l = arg;

	if (l->cur > 0)
		l->cur--;
	return TUI_REDRAW;
}

static int
le_done(struct tui_app *app, void *arg)
{
	return TUI_BACK;
}

static int le_help(struct tui_app *, void *);

static const struct tui_key list_keys[] = {
	{ 'a', KEY_IC, 1, le_add, N_("Add"),
	    N_("Add an item after the selected one") },
	{ '\n', 'e', 1, le_change, N_("Change"),
	    N_("Change the selected item (its name and its note)") },
	{ '\r', 0, 1, le_change, NULL, NULL },
	{ 'd', KEY_DC, 1, le_remove, N_("Remove"),
	    N_("Remove the selected item (asks first)") },
	{ 'K', 0, 1, le_move_up, N_("Move up"),
	    N_("Move the selected item up the list") },
	{ 'J', 0, 1, le_move_down, NULL,
	    N_("Move the selected item down the list") },
	{ 'j', KEY_DOWN, 1, le_down, NULL, N_("The next item") },
	{ 'k', KEY_UP, 1, le_up, NULL, N_("The item above") },
	{ '?', KEY_F(1), 1, le_help, N_("Help"), N_("Show these keys") },
	{ 'q', 27, 1, le_done, N_("Done"),
	    N_("Back to the form with the list as it is now (the form "
	    "saves it)") },
	{ KEY_CTRL('l'), 0, 1, tui_act_redraw, NULL,
	    N_("Draw the screen again") },
	{ 0, 0, 0, NULL, NULL, NULL }
};

static int
le_help(struct tui_app *app, void *arg)
{
	struct ledit *l = arg;

	return tui_help_text(app, l->title, list_keys, l->spec->why_label !=
	    NULL ? _("Each row is one method, with the target groups it is "
	    "meant to reach and why it was chosen in the columns beside it. "
	    "Nothing is written to the register until you save the form.") :
	    _("Each row is one item of the list, with its note in the column "
	    "beside it. Nothing is written to the register until you save the "
	    "form."));
}

/* The columns of a row: the name, the note or a tie's two parts. */
#define NCELLS	3

/* The cells of row r (cells[k] borrowed from the row or owned by
 * own[k]); returns how many columns the list has. */
static int
cells_of(const struct ledit *l, const struct lrow *r,
    const char *cells[NCELLS], char *own[NCELLS])
{
	own[0] = own[1] = own[2] = NULL;
	cells[0] = r != NULL ? r->name : l->spec->name_label;
	cells[1] = r != NULL ? r->note : l->spec->note_label;
	cells[2] = NULL;
	if (l->spec->note_label == NULL)
		return 1;
	if (l->spec->why_label == NULL)
		return 2;
	if (r == NULL)
		cells[2] = l->spec->why_label;
	else {
		dlg_tie_split(r->note, &own[1], &own[2]);
		cells[1] = own[1];
		cells[2] = own[2];
	}
	return 3;
}

/* Where the columns of an n-column list start, and their widths. */
static void
columns(int n, int x[NCELLS], int w[NCELLS])
{
	int i;

	x[0] = 3;
	if (n == 1)
		w[0] = COLS - 4;
	else if (n == 2)
		w[0] = COLS / 2;
	else
		w[0] = COLS / 4;	/* a method's name is short */
	for (i = 1; i < n; i++) {
		x[i] = x[i - 1] + w[i - 1];
		w[i] = i == n - 1 ? COLS - x[i] - 1 : (COLS - w[0]) / 2;
	}
}

/* Row r (NULL: the headings) at line y, each cell cut to its column. */
static void
draw_cells(const struct ledit *l, const struct lrow *r, int y)
{
	const char *cells[NCELLS];
	char *own[NCELLS];
	int x[NCELLS], w[NCELLS], n, k;

	n = cells_of(l, r, cells, own);
	columns(n, x, w);
	for (k = 0; k < n; k++) {
		if (cells[k] != NULL)
			tui_put(stdscr, y, x[k], w[k] - (k == 0 ||
			    k < n - 1 ? 2 : 0), cells[k]);
		free(own[k]);
	}
}

/* The selected item in full, wrapped: "Name: ...", "Note: ...", at most
 * six rows. */
static void
detail(const struct ledit *l, struct strlist *out)
{
	const char *cells[NCELLS], *heads[NCELLS];
	char *own[NCELLS], *hown[NCELLS], *s;
	int n, k;

	if (l->n == 0)
		return;
	n = cells_of(l, &l->v[l->cur], cells, own);
	(void)cells_of(l, NULL, heads, hown);
	for (k = 0; k < n; k++) {
		if (cells[k] != NULL) {
			/* TRANSLATORS: "Target group: Unga 13–19 år" under
			   a list */
			s = xasprintf(_("%s: %s"), heads[k], cells[k]);
			tui_wrap(s, COLS - 2, out);
			free(s);
		}
		free(own[k]);
	}
	while (out->n > 6) {
		free(out->v[out->n - 1]);
		out->n--;
	}
}

static void
le_draw(struct tui_app *app, void *arg)
{
	struct ledit *l = arg;
	struct strlist dl = { 0 };
	int rows, i, y;
	size_t r;

	erase();
	attrset(tui_attr(app, TA_TITLE));
	mvhline(0, 0, ' ', COLS);
	tui_put(stdscr, 0, 1, COLS - 2, l->title);
	attrset(A_NORMAL);
	attrset(A_BOLD);
	draw_cells(l, NULL, 2);
	attrset(A_NORMAL);
	/* Under the rows, the selected item whole: nothing is cut off. */
	detail(l, &dl);
	rows = LINES - 6 - (int)dl.n;
	if (rows < 3)
		rows = 3;
	if (l->cur < l->top)
		l->top = l->cur;
	if (l->cur >= l->top + rows)
		l->top = l->cur - rows + 1;
	if (l->n == 0) {
		attrset(tui_attr(app, TA_DIM));
		tui_put(stdscr, 3, 3, COLS - 4, _("The list is empty: a adds "
		    "an item."));
		attrset(A_NORMAL);
	}
	for (i = 0; i < rows; i++) {
		r = (size_t)(l->top + i);
		if (r >= l->n)
			break;
		y = 3 + i;
		if ((int)r == l->cur) {
			attrset(tui_attr(app, TA_SELECTED));
			mvhline(y, 0, ' ', COLS);
			mvaddstr(y, 1, ">");
		}
		draw_cells(l, &l->v[r], y);
		attrset(A_NORMAL);
	}
	if (l->top > 0)
		mvaddstr(3, COLS - 1, app->ascii ? "^" : "\xe2\x86\x91");
	if ((size_t)(l->top + rows) < l->n)
		mvaddstr(3 + rows - 1, COLS - 1, app->ascii ? "v" :
		    "\xe2\x86\x93");
	if (dl.n > 0) {
		y = LINES - 2 - (int)dl.n;
		tui_hline(app, stdscr, y, 0, COLS);
		for (r = 0; r < dl.n && y + 1 + (int)r < LINES - 1; r++)
			tui_put(stdscr, y + 1 + (int)r, 1, COLS - 2, dl.v[r]);
	}
	sl_clear(&dl);
	move(l->n > 0 ? 3 + l->cur - l->top : 3, 1);
	wnoutrefresh(stdscr);
	tui_status_keys(app, list_keys);
	doupdate();
}

static const struct tui_screen list_screen = {
	.name = "list-edit",
	.keys = list_keys,
	.draw = le_draw,
};

int
tui_list_edit(struct tui_app *app, const struct tui_fitem *it, char **value)
{
	struct ledit l;
	int f;

	memset(&l, 0, sizeof l);
	l.app = app;
	l.spec = it->list;
	l.item = it;
	l.title = it->label;
	parse(&l, *value != NULL ? *value : "");
	f = tui_screen_run(app, &list_screen, &l);
	touchwin(stdscr);
	if (l.changed) {
		free(*value);
		*value = join(&l);
	}
	rows_free(&l);
	if (f & TUI_QUIT)
		return -1;
	return l.changed;
}

void
tui_list_rows(const struct tui_fitem *it, struct strlist *out)
{
	struct ledit l;
	size_t i;

	memset(&l, 0, sizeof l);
	l.spec = it->list;
	l.item = it;
	parse(&l, it->value);
	for (i = 0; i < l.n; i++)
		sl_push_owned(out, l.v[i].note != NULL ?
		    xasprintf("%s (%s)", l.v[i].name, l.v[i].note) :
		    xstrdup(l.v[i].name));
	rows_free(&l);
}
