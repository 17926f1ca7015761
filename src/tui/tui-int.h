/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * tui-int.h: what the screens share inside src/tui/. Includes curses.
 *
 * Ownership: struct tui_app is owned by tui_run(); screens and modal
 * components borrow it. Strings returned by helpers are borrowed unless
 * the comment says "caller frees".
 */
#ifndef DIALOGREG_TUI_INT_H
#define DIALOGREG_TUI_INT_H

#include <curses.h>

#include "dialogue.h"
#include "store.h"
#include "tui.h"

/* What every screen and component shares. */
struct tui_app {
	struct store		*st;
	struct dlg_settings	*settings;
	struct dlg_methods	*methods;
	struct dlg_bodies	*bodies;	/* the list of bodies */
	const char		*who;		/* OS user, for history */
	long			 today;
	int			 color;		/* colours in use (not NO_COLOR) */
	int			 ascii;		/* ASCII line drawing only */
	/* Added with the framework (tui.c, tui-draw.c, tui-input.c). */
	int			 utf8;		/* the locale's codeset is UTF-8 */
	WINDOW			*status;	/* the bottom row (keys, messages) */
	WINDOW			*input;		/* 1x1 pad keys are read from */
	char			 msg[512];	/* pending message, "" = none */
	int			 msg_attr;	/* enum tui_attr of msg */
	/* Repaints the screen under a modal prompt (after KEY_RESIZE or
	 * Ctrl-L); set by tui_run, may be NULL. */
	void			(*repaint)(struct tui_app *app);
};

typedef int (*tui_key_fn)(struct tui_app *app, void *state);

/* One row of a key table; the table ends with key == 0. alt is read as a
 * KEY_* code when it lies in KEY_MIN..KEY_MAX, else as a character (so
 * { '?', KEY_F(1), 1, ... } and { 'j', KEY_DOWN, 1, ... } both work). */
struct tui_key {
	int		 key;		/* wide char or KEY_* code */
	int		 alt;		/* a second key, 0 if none (KEY_F(1)) */
	int		 is_wide;	/* key is a character, not a KEY_* code */
	tui_key_fn	 fn;
	const char	*label;		/* N_("Search"): short, status line */
	const char	*help;		/* N_("Search titles, questions, ...") */
};

/* A screen: tmux's struct window_mode, ncmpc's page table. */
struct tui_screen {
	const char		*name;
	const struct tui_key	*keys;
	void	(*enter)(struct tui_app *, void *state);
	void	(*leave)(struct tui_app *, void *state);
	void	(*draw)(struct tui_app *, void *state);
	/* Added: called when no key came for idle_ms milliseconds (the list
	 * polls for changes by others); returns TUI_* flags. May be NULL. */
	int	(*idle)(struct tui_app *, void *state);
	int	 idle_ms;
};

/* Colour pairs / attributes by meaning; never the only carrier of a state
 * or flag (text says it too). */
enum tui_attr {
	TA_NORMAL, TA_TITLE, TA_SELECTED, TA_STATUS, TA_WARNING, TA_ERROR,
	TA_DIM, TA_CURRENT_STATE, TA_FIELD, TA_FIELD_ACTIVE,
};
attr_t tui_attr(const struct tui_app *app, enum tui_attr a);

/*
 * Draw s at (y, x) of win in at most width display columns: control
 * characters as visible placeholders (report_sanitize), bidi controls
 * shown as placeholders, not obeyed; cut with an ellipsis ("~" when
 * ascii). Returns the columns used.
 */
int tui_put(WINDOW *win, int y, int x, int width, const char *s);
/* Display width of s after sanitising. */
int tui_width(const char *s);

/* Status line (bottom row): the keys of table that have a label,
 * "key Label" pairs, generated so it cannot drift from the dispatch. */
void tui_status_keys(struct tui_app *app, const struct tui_key *table);
/* A message on the bottom row in place of the keys until the next key. */
void tui_message(struct tui_app *app, enum tui_attr a, const char *fmt, ...)
    DLG_PRINTF(3, 4);

/* The help screen for table, titled title; waits for a key. */
int tui_help(struct tui_app *app, const char *title,
    const struct tui_key *table);

/* Find the row of table for key (wide or KEY_*); NULL when none. */
const struct tui_key *tui_key_find(const struct tui_key *table, int key,
    int is_wide);

/*
 * Read one key: *key is the wide char or KEY_* code, returns 1 for a
 * wide char, 0 for a KEY_* code, -1 when a quit signal arrived (SIGTERM,
 * SIGHUP, SIGINT): the caller then returns TUI_QUIT. KEY_RESIZE is
 * returned as a KEY_* code after the layout was recomputed.
 */
int tui_getkey(struct tui_app *app, int *key);

/* 1 when the terminal is at least 80x24; otherwise draws the
 * "window too small" message and returns 0. */
int tui_size_ok(struct tui_app *app);

/*
 * Ask a yes/no question on the bottom row (wrapped over more rows when
 * it is longer, never cut); returns 1 yes, 0 no,
 * -1 quit signal. Keys: the translated y/n letters and Esc (no).
 */
int tui_confirm(struct tui_app *app, const char *question);
/* Ask for one line of text (reason, search) with the form library on the
 * bottom row. Returns a string the caller frees, or NULL on Esc/quit. */
char *tui_prompt(struct tui_app *app, const char *label, const char *init);

/* ---- additions to the framework (all compatible with the above) ---- */

/* tui_getkey_timeout: no key within the time. */
#define TUI_KEY_TIMEOUT	(-2)

/*
 * As tui_getkey, but gives up after ms milliseconds (ms < 0: waits) and
 * then returns TUI_KEY_TIMEOUT. The list uses it to notice changes made
 * by others. Neither function ever refreshes a window: keys are read from
 * app->input (a pad), so the cursor stays where the last doupdate() put
 * it. Draw with wnoutrefresh() + doupdate() before reading.
 */
int tui_getkey_timeout(struct tui_app *app, int *key, int ms);
/* With DIALOGREG_KEY_TIMES=FILE, from now on each key's handling time
 * is appended to FILE (see tui-input.c); a no-op without it. */
void tui_key_times_start(void);
/* 1 once SIGINT, SIGTERM or SIGHUP arrived: every loop returns TUI_QUIT. */
int tui_quit_pending(void);
/* The signal that asked the screens to quit, or 0. */
int tui_quit_signal(void);

/* The name of a key for the help and status line ("q", "Enter", "F1",
 * "PgDn", "Ctrl-L"), translated; written to buf, which is returned. */
const char *tui_key_name(int key, int is_wide, char *buf, size_t size);

/*
 * Find key in table and run its handler on state. Returns the handler's
 * TUI_* flags, or TUI_NONE when no row matches (*found = 0; found may be
 * NULL).
 */
int tui_dispatch(struct tui_app *app, const struct tui_key *table,
    int key, int is_wide, void *state, int *found);

/* The help screen with extra text (a legend, several lines) under the
 * keys. tui_help(a, t, k) is tui_help_text(a, t, k, NULL). Returns
 * TUI_REDRAW, or TUI_QUIT on a quit signal. */
int tui_help_text(struct tui_app *app, const char *title,
    const struct tui_key *table, const char *extra);
/* The help screen with a text above the keys too (what the item under
 * the cursor is about: the rules behind a checklist or the warnings),
 * and extra (may be NULL) under them. before may be NULL. */
int tui_help_page(struct tui_app *app, const char *title, const char *before,
    const struct tui_key *table, const char *extra);

/*
 * tui_prompt with a callback after every change of the text (search as
 * you type); changed may be NULL. The callback may redraw the screen; the
 * prompt is drawn again on top. When it returns non-zero it has work
 * left: it is called again with text NULL whenever no key comes for a
 * moment, until it returns 0 or the text changes. Returns what
 * tui_prompt returns.
 */
char *tui_prompt_live(struct tui_app *app, const char *label,
    const char *init,
    int (*changed)(struct tui_app *app, const char *text, void *arg),
    void *arg);

/*
 * A small menu (menu library) in a box in the middle of the screen:
 * title, n items (drawn through the sanitiser), current preselected.
 * Returns the chosen index, -1 on Esc/q, -2 on a quit signal.
 */
int tui_menu(struct tui_app *app, const char *title,
    const char *const *items, int n, int current);

/* s sanitised as tui_put draws it and cut to width cells with the
 * ellipsis, as UTF-8 text (for menu items). Caller frees. */
char *tui_fit(const char *s, int width);

/* A box around win: line drawing, or + - | when app->ascii. */
void tui_box(const struct tui_app *app, WINDOW *win);
/* A horizontal line of width cells at (y, x). */
void tui_hline(const struct tui_app *app, WINDOW *win, int y, int x,
    int width);

/*
 * Split s (sanitised first; newlines kept) into lines of at most width
 * display columns, breaking at spaces where possible. Appends the lines
 * to out (caller clears with sl_clear). Returns the number appended
 * (at least 1, an empty line for an empty s).
 */
size_t tui_wrap(const char *s, int width, struct strlist *out);
/* s wrapped as tui_wrap does into width columns with a hanging indent:
 * the first line after first ("- "), the others after rest ("  "). */
size_t tui_wrap_hang(const char *s, int width, const char *first,
    const char *rest, struct strlist *out);

/*
 * Run screen s on state until a handler returns TUI_BACK or TUI_QUIT (or
 * a quit signal arrives): enter, then draw and dispatch each key from
 * s->keys, leave. While the window is smaller than 80x24 it shows the
 * "window too small" message and ignores keys. A key not in the table
 * gives a message naming the help key. Returns TUI_QUIT or TUI_NONE.
 * s->draw paints the whole screen (stdscr), places the cursor, draws the
 * status line with tui_status_keys and calls doupdate().
 */
int tui_screen_run(struct tui_app *app, const struct tui_screen *s,
    void *state);
/* Repaint the screen now running under any modal component (what
 * app->repaint does; also for part of a screen that went stale). */
void tui_repaint(struct tui_app *app);
/* What a prompt or menu does after a resize: app->repaint when set, else
 * stdscr touched and queued for the next doupdate(). */
void tui_repaint_under(struct tui_app *app);
/* A key handler for Ctrl-L: the whole terminal is painted again. */
int tui_act_redraw(struct tui_app *app, void *state);

/* The screens (screen-list.c, screen-view.c). */
int tui_list_run(struct tui_app *app);
/* The dialogue view of ref; returns TUI_QUIT or TUI_NONE. */
int tui_view_run(struct tui_app *app, const char *ref);

/* Framework internals, called by tui_run only. */
void tui_colors_init(void);		/* colour pairs (tui-draw.c) */
void tui_draw_set_ascii(int ascii);	/* "~" for the ellipsis */
void tui_signals_install(void);		/* tui-input.c */
void tui_signals_restore(void);
/* Handle a pending Ctrl-Z: leave curses, stop, come back repainted. */
void tui_suspend_check(void);

/* ---- modal components (forms and dialogs) ---- */

/*
 * Edit the dialogue ref (NULL = a new one, which starts with the two
 * gate questions) in a form; focus_field (enum dlg_field or -1) is the
 * field the cursor starts on. On save: one store transaction; a stale
 * version shows who changed what and keeps the typed values. *new_ref
 * (may be NULL) gets the reference of a new dialogue (caller frees).
 * Returns TUI_* flags (TUI_RELOAD when something was saved).
 */
int tui_form_dialogue(struct tui_app *app, const char *ref, int focus_field,
    char **new_ref);
/* The lifecycle dialog of ref: next steps with their checklists. */
int tui_lifecycle(struct tui_app *app, const char *ref);
/* Child lists of ref with add (and erase contact for contributions):
 * child-sessions.c, child-contributions.c, child-history.c. */
int tui_sessions(struct tui_app *app, const char *ref);
int tui_contributions(struct tui_app *app, const char *ref);
int tui_history(struct tui_app *app, const char *ref);

/* ---- the editor of text of several lines (textedit.c) ---- */

/*
 * A text being edited: the bytes as given and typed, never rebuilt from
 * the screen. Wrapped for display only, at word boundaries and by display
 * width. Caller frees with tui_text_free (accepts NULL).
 */
struct tui_text;

/* An editor on a copy of text (NULL = empty); the cursor at its end. */
struct tui_text *tui_text_new(const char *text);
void tui_text_free(struct tui_text *t);
/* The text exactly as it stands; borrowed until the next change. */
const char *tui_text_get(const struct tui_text *t);
/* Replace the whole text; the cursor goes to its end. */
void tui_text_set(struct tui_text *t, const char *text);
/* The view: cols cells wide (one kept for the cursor), rows high. */
void tui_text_view(struct tui_text *t, int cols, int rows);
/* Rows the text takes wrapped at the view's width (at least 1). */
int tui_text_rows(struct tui_text *t);
/* Rows text would take in a view cols wide. */
int tui_text_rows_of(const char *text, int cols);

/* What tui_text_key did with a key. */
#define TUI_TEXT_PASS		0	/* not the editor's: the caller's key */
#define TUI_TEXT_MOVED		1	/* the cursor moved */
#define TUI_TEXT_CHANGED	2	/* the text changed */
/*
 * Handle one key (as tui_getkey gives it): characters are inserted,
 * Enter inserts a line break; arrows, Home/End (Ctrl-A), PgUp/PgDn,
 * Backspace, Delete (Ctrl-D) and Ctrl-K (to the end of the line) edit as
 * in nano. Up on the first row, Down on the last and the page keys at
 * either end are passed, so a form can move to another field.
 */
int tui_text_key(struct tui_text *t, int key, int is_wide);
/*
 * Draw the view at (y, x) of win in attribute a: the rows that show,
 * padded, control characters as placeholders. When active, the view
 * first scrolls to the cursor, whose place is put in *cy, *cx (both may
 * be NULL).
 */
void tui_text_draw(struct tui_text *t, WINDOW *win, int y, int x, attr_t a,
    int active, int *cy, int *cx);
/* Whether rows are hidden above or below the view. */
void tui_text_more(struct tui_text *t, int *above, int *below);
/*
 * Hand the text to the user's editor ($VISUAL, else $EDITOR, run by the
 * shell as git does): a private temporary file (0600, removed after),
 * the terminal given to the editor and taken back, the file read back
 * exactly (the line break added at its end taken off). Returns 1 when
 * the text changed, 0 when not (or no editor is set: a message says
 * so), -1 on an error (a message says which; the text is unchanged).
 * The caller repaints the whole screen.
 */
int tui_text_external(struct tui_app *app, struct tui_text *t);

/* ---- forms (form.c), menus (menu.c), the pager (pager.c) ---- */

/* How a form item is edited. */
enum tui_fkind {
	TFK_LINE,	/* one line; scrolls sideways; with choices, Enter
			   puts one of them in the field */
	TFK_TEXT,	/* several lines, in the text editor (textedit.c): the
			   box grows with the text, then scrolls */
	TFK_CHOICE,	/* one of its choices, from a menu (Enter, Space) */
	TFK_PICK,	/* "a; b" typed, or several picked from its choices */
	TFK_LIST,	/* a list, one item a row, edited in the list editor
			   (listedit.c); its choices are names to pick */
};

/* How a TFK_LIST item reads and writes its items (tui_fitem_list). */
struct tui_list_spec {
	char		*sep;		/* between items: "; " or ", " */
	char		*name_label;	/* the items' column ("Name") */
	char		*note_label;	/* the note's column, NULL: none */
	char		*note_hint;	/* what the note takes, or NULL */
	struct strlist	 notes;		/* notes to pick from (bodies) */
	/* A method's note is its tie (dialogue.h): two columns, the
	 * target groups (note_label, several picked from notes) and the
	 * motivation (why_label); NULL: the note is one column. */
	char		*why_label;
	char		*why_hint;
};

/* A choice of a TFK_CHOICE or TFK_PICK item. */
struct tui_choice {
	char	*value;		/* canonical ("yes", a method); "" = empty */
	char	*label;		/* what the menu and the field show */
};

/* One labelled item of a form. Every string is owned by the item. */
struct tui_fitem {
	int			 id;		/* the caller's: enum dlg_field */
	int			 section;	/* index of its heading (page) */
	enum tui_fkind		 kind;
	char			*label;		/* translated */
	char			*value;		/* the text now; never NULL */
	char			*orig;		/* as opened; never NULL */
	char			*msg;		/* shown under the field, or NULL */
	char			*hint;		/* the kind of value, or NULL */
	struct tui_list_spec	*list;		/* TFK_LIST: how it is edited */
	enum tui_attr		 msg_attr;	/* TA_ERROR or TA_WARNING */
	char			 sep;		/* TFK_PICK: between items; 0 =
						   ';' (tui_fitem_pick) */
	struct tui_choice	*choices;
	size_t			 nchoices, achoices;
};

struct tui_form;

/* Called when the cursor leaves an item whose value changed, and after
 * a menu choice: check it and set its message (tui_form_message). */
typedef void (*tui_form_check_fn)(struct tui_form *f, struct tui_fitem *it,
    void *arg);

/* What tui_form_run returns. */
#define TUI_FORM_SAVE	1	/* Ctrl-S / F2: the caller saves */
#define TUI_FORM_CANCEL	2	/* Esc (confirmed if something changed) */
#define TUI_FORM_QUIT	3	/* a quit signal: the caller returns TUI_QUIT */

/* The form's key table (status line and help are made from it). */
extern const struct tui_key tui_form_keys[];

/* A form titled title. Caller frees with tui_form_free (accepts NULL). */
struct tui_form *tui_form_new(struct tui_app *app, const char *title);
void tui_form_free(struct tui_form *f);
/* Start a section (a page) under heading; the next items belong to it. */
void tui_form_section(struct tui_form *f, const char *heading);
/* Add an item with value (NULL = empty) as both value and original.
 * The pointer is valid until the next tui_form_add. */
struct tui_fitem *tui_form_add(struct tui_form *f, int id,
    enum tui_fkind kind, const char *label, const char *value);
void tui_fitem_choice(struct tui_fitem *it, const char *value,
    const char *label);
/* What kind of value the item takes, shown while it has the cursor
 * ("Date, written YYYY-MM-DD"); NULL: what its kind says (one line of
 * text, several lines, a choice, a list). */
void tui_fitem_hint(struct tui_fitem *it, const char *hint);
/* Make it a list (TFK_LIST): items separated by sep ("; "), a column
 * name_label, notes in parentheses when note_label is not NULL (with
 * note_hint on the note's field). All strings translated, copied. */
void tui_fitem_list(struct tui_fitem *it, const char *sep,
    const char *name_label, const char *note_label, const char *note_hint);
/* A note the list's note field offers in its menu (a body). */
void tui_fitem_note_choice(struct tui_fitem *it, const char *note);
/* Forget the notes offered, to offer the ones of now. */
void tui_fitem_note_choices_clear(struct tui_fitem *it);
/* Make the list's note a method's tie: the note's column (note_label)
 * holds the target groups, picked from the notes offered, and a column
 * why_label the motivation (why_hint on its field). Strings copied. */
void tui_fitem_list_tie(struct tui_fitem *it, const char *why_label,
    const char *why_hint);
/* Make it several items (TFK_PICK) typed or picked from its choices,
 * separated by sep (';' or ','). */
void tui_fitem_pick(struct tui_fitem *it, char sep);

/*
 * Edit the TFK_LIST item it, whose text is *value, in the list editor
 * (listedit.c): one row an item, add, change, remove, move. On a change
 * *value is replaced by the new text (the caller's to free). Returns 1
 * when the list changed, 0 when not, -1 on a quit signal.
 */
int tui_list_edit(struct tui_app *app, const struct tui_fitem *it,
    char **value);
/* The rows of a TFK_LIST item as the form shows them ("name (note)"),
 * appended to out. */
void tui_list_rows(const struct tui_fitem *it, struct strlist *out);
size_t tui_form_count(const struct tui_form *f);
struct tui_fitem *tui_form_at(struct tui_form *f, size_t i);
/* The item with id, or NULL. */
struct tui_fitem *tui_form_item(struct tui_form *f, int id);
/* The item the cursor is on, or NULL for an empty form. */
struct tui_fitem *tui_form_current(struct tui_form *f);
/* Set the value (shown at the next draw) / the original value. */
void tui_form_set(struct tui_form *f, struct tui_fitem *it,
    const char *value);
void tui_form_set_orig(struct tui_form *f, struct tui_fitem *it,
    const char *orig);
/* The message under an item (NULL or "" removes it). */
void tui_form_message(struct tui_form *f, struct tui_fitem *it,
    enum tui_attr a, const char *msg);
void tui_form_clear_messages(struct tui_form *f);
/* Text under the title (conflicts, what is missing); NULL removes it. */
void tui_form_notice(struct tui_form *f, enum tui_attr a, const char *text);
/* Put the cursor on the item with id (and show its page). */
void tui_form_focus(struct tui_form *f, int id);
/* 1 when the item's / any item's value differs from its original. */
int tui_fitem_changed(const struct tui_fitem *it);
int tui_form_changed(const struct tui_form *f);
void tui_form_on_check(struct tui_form *f, tui_form_check_fn fn, void *arg);
/*
 * Show the form and edit it until the user saves, cancels or a quit
 * signal arrives; returns TUI_FORM_*. The values stay in the items; run
 * it again to go on editing (after a refused save). KEY_RESIZE lays the
 * form out again and keeps what was typed.
 */
int tui_form_run(struct tui_form *f);
/* Release the form library's fields; the next tui_form_run rebuilds. */
void tui_form_pause(struct tui_form *f);

/*
 * Ask for a text of several lines (a reason) in a form of its own titled
 * title, one field labelled label, starting with init (may be NULL), in
 * the text editor: Enter makes a new line, Ctrl-S gives the text. Returns
 * the text exactly as typed (the caller frees), or NULL on Esc or a quit
 * signal (tui_quit_pending() tells which).
 */
char *tui_prompt_text(struct tui_app *app, const char *title,
    const char *label, const char *init);

/*
 * A menu that picks several of n labels (menu library, O_ONEVALUE off):
 * selected[i] in and out. Returns 1 when taken, 0 when cancelled, -1 on a
 * quit signal.
 */
int tui_menu_multi(struct tui_app *app, const char *title,
    const char *const *labels, int n, unsigned char *selected);

/*
 * A question full screen (ask.c): title, text wrapped, and the n options
 * numbered in a menu, cur highlighted. Enter takes the highlighted one, a
 * digit takes one at once, and with yesno the translated y/n letters
 * answer options 0 (yes) and 1 (no). Returns the index chosen, -1 for
 * Esc, -2 on a quit signal.
 */
int tui_ask(struct tui_app *app, const char *title, const char *text,
    const char *const *options, int n, int yesno, int cur);

/*
 * Show text (sanitised, wrapped) full screen under title, scrolling.
 * with_action adds Enter "Go to the first missing field". Returns 1 for
 * that action, 0 when closed, -1 on a quit signal.
 */
int tui_pager(struct tui_app *app, const char *title, const char *text,
    int with_action);

/*
 * tui_form_dialogue on ref with what the step into state to lacks (the
 * guard's items) shown under the fields they name; the cursor starts on
 * the first of them, and the notice's count follows as fields are filled
 * in (the guard asked again with the form's values) (form-dialogue.c).
 * Returns TUI_* flags.
 */
int tui_form_dialogue_fill(struct tui_app *app, const char *ref,
    enum dlg_state to, const struct dlg_issues *missing);

/* ---- the rules behind missing items and warnings (tui-rules.c) ---- */

/* The rule behind the warning code of d (dlg_warnings): the any-time
 * row, else the row of a step d has taken; NULL when none. */
const struct dlg_rule *tui_warning_rule(const struct dialogue *d,
    const char *code);
/*
 * Append to out the issue's text wrapped into width after mark ("- ",
 * "! "), then, when r is not NULL, "Rule: " and r explained under the
 * register's policy in its words, indented under the item.
 */
void tui_issue_lines(const struct tui_app *app, const char *mark,
    const struct dlg_issue *is, const struct dlg_rule *r, int width,
    struct strlist *out);
/* What the references of the register's policy point at, for a help
 * page: a Tjörn register's legend names no Sollentuna section. Caller
 * frees. */
char *tui_policy_legend(const struct tui_app *app);
/* The lines joined by line breaks. Caller frees. */
char *tui_join(const struct strlist *lines);

/* ---- the register's policy (dlg-policy.c) ---- */

/* At the start: on a new register (no dialogue, no policy stored) ask
 * which policy the municipality follows; Esc leaves it at both
 * (nothing stored). Returns TUI_* flags (TUI_QUIT on a quit signal). */
int tui_policy_first(struct tui_app *app);
/* The register's policy shown, and changed when the user chooses
 * another (confirmed when dialogues are registered). Returns TUI_*
 * flags, TUI_RELOAD when it changed. */
int tui_policy(struct tui_app *app);

/* ---- the list of bodies (screen-bodies.c) ---- */

/*
 * The register's list of bodies in a list of its own: add, change and
 * remove an entry, each stored at once with its history. Returns TUI_*
 * flags (TUI_RELOAD when the list changed).
 */
int tui_bodies(struct tui_app *app);
/* app->bodies loaded again from the store (others may have changed
 * it); on a storage error it stays as it was. */
void tui_bodies_reload(struct tui_app *app);
/* The rules the dialogue's body fields are checked with in the
 * screens: the list as loaded, a body that is not political refused
 * where a political one acts. */
struct dlg_body_rules tui_body_rules(const struct tui_app *app);

/* The feedback list of ref with add (child-feedback.c; also reached with f
 * from the sessions). Returns TUI_* flags as the other child lists. */
int tui_feedback(struct tui_app *app, const char *ref);

/* ---- printing and importing (issue 5) ---- */

/*
 * The print preview of ref (screen-print.c): the dialogue summary, the
 * participant information sheet or the briefing for the participating
 * politicians page by page as `dialogreg print` lays it out, printed
 * with lpr in the background or saved as text or PDF.
 * Never contact details; only reads the register. Returns TUI_QUIT or
 * TUI_NONE.
 */
int tui_print_preview(struct tui_app *app, const char *ref);
/*
 * Import contributions into ref from a survey's CSV file (dlg-import.c):
 * asks for the file, shows the dry run, imports on confirmation (a file
 * imported before only when the user forces it) with a progress bar, all
 * or nothing. Returns TUI_* flags (TUI_RELOAD when something was
 * imported).
 */
int tui_import(struct tui_app *app, const char *ref);

#endif
