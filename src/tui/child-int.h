/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * child-int.h: what the lists under a dialogue share (child-list.c, the
 * list screen; child-form.c, the form of a record built from the
 * domain's table of its fields) and what each list (child-sessions.c,
 * child-feedback.c, child-contributions.c, child-history.c) describes
 * about itself in a struct clist_kind: its columns, keys, rows, titles
 * and messages. Not part of the screens' interface (tui-int.h).
 */
#ifndef DIALOGREG_TUI_CHILD_INT_H
#define DIALOGREG_TUI_CHILD_INT_H

#include "tui-int.h"

#define CL_MAXCOLS	8

/* A column of a list on the screen. */
struct clist_column {
	const char	*label;		/* N_() */
	int		 max;		/* widest it gets; 0 = the rest */
	int		 right;		/* numbers: right-aligned */
};

/* One row: the cells shown and the text Enter shows in full. */
struct clist_row {
	char		*cell[CL_MAXCOLS];
	char		*detail;
	long long	 id;
	int		 has_contact;
};

struct clist;

/* A record of any kind, for the code that handles all three. */
union child_rec {
	struct dlg_session	 s;
	struct dlg_feedback	 f;
	struct dlg_contribution	 c;
};

/* What one list is: a descriptor, as the screens are. */
struct clist_kind {
	int			 child;	/* enum dlg_child; -1: not a record
					   kind (the history) */
	const struct clist_column *cols;
	int			 ncols;
	const struct tui_key	*keys;
	const char		*empty;	/* N_() shown for no rows */
	const char		*help;	/* N_() under the keys, or NULL */
	/* The list's title for ref and its title t (caller frees). */
	char		*(*title)(const char *ref, const char *t);
	/* Add the rows from cl->d or the store; -1 with err set. */
	int		 (*load)(struct clist *cl, struct dlg_error *err);
	/* The form's title, a new record (rec NULL) or rec (caller frees);
	 * the notice shown under it. */
	char		*(*form_title)(const struct clist *cl,
			    const void *rec);
	const char	*(*form_notice)(const struct clist *cl,
			    const void *rec);
	/* A new record's value of field f (borrowed), or NULL. */
	const char	*(*initial)(const struct clist *cl, size_t f);
	/* Say that record id was added (added) or saved. */
	void		 (*saved)(struct clist *cl, long long id, int added);
};

struct clist {
	struct tui_app		*app;
	const char		*ref;		/* NULL: not under a dialogue */
	const struct clist_kind	*kind;
	struct clist_row	*rows;
	int			 n, alloc;
	int			 cur, top;
	int			 reveal;	/* contact details shown */
	int			 done;
	int			 flags;
	struct dialogue		*d;		/* full load: sessions */
	char			*title;
	char			 today[16];
	WINDOW			*win;
};

/* ---- child-list.c: the list screen */

/* Run the list kind of ref (NULL for a list under no dialogue: its
 * title gets ref NULL and the title "") until the user goes back;
 * returns TUI_*. */
int tui_clist_run(struct tui_app *app, const char *ref,
    const struct clist_kind *kind);
/* A new empty row at the end of cl. */
struct clist_row *tui_clist_row_add(struct clist *cl);
/* Append "Label: value" as a line of a row's full text (nothing when
 * value is empty). */
void tui_clist_detail(struct strbuf *sb, const char *label,
    const char *value);
/*
 * Append the fields of rec (a record of cl's kind) to a row's full text,
 * from the domain's table: each one with a value as "Header: value" in
 * the table's order, then the fields shown under a row (DLG_CF_BLOCK)
 * after an empty line. shown, when not NULL, may give the text of field
 * f instead of the stored value (borrowed; NULL: as stored).
 */
void tui_clist_fields(struct strbuf *sb, const struct clist *cl,
    const void *rec,
    const char *(*shown)(const struct clist *cl, const void *rec, size_t f));
/* Load the rows again (a message shown on error); -1 on error. */
int tui_clist_load(struct clist *cl);
/* After a key that ran another screen with result r: take over its
 * quit and reload flags. */
void tui_clist_after(struct clist *cl, int r);

/* The keys every list has (the last entries of its key table). */
int tui_clist_open(struct tui_app *app, void *arg);
int tui_clist_add(struct tui_app *app, void *arg);
int tui_clist_edit(struct tui_app *app, void *arg);
int tui_clist_back(struct tui_app *app, void *arg);
int tui_clist_down(struct tui_app *app, void *arg);
int tui_clist_up(struct tui_app *app, void *arg);
int tui_clist_pgdn(struct tui_app *app, void *arg);
int tui_clist_pgup(struct tui_app *app, void *arg);
int tui_clist_first(struct tui_app *app, void *arg);
int tui_clist_last(struct tui_app *app, void *arg);
int tui_clist_redraw(struct tui_app *app, void *arg);
int tui_clist_help(struct tui_app *app, void *arg);

#define CLIST_MOVES							\
	{ '?', KEY_F(1), 1, tui_clist_help, N_("Help"),			\
	    N_("Show these keys") },					\
	{ 'j', KEY_DOWN, 1, tui_clist_down, NULL, N_("The next row") }, \
	{ 'k', KEY_UP, 1, tui_clist_up, NULL, N_("The previous row") }, \
	{ KEY_NPAGE, ' ', 0, tui_clist_pgdn, NULL, N_("The next page") }, \
	{ KEY_PPAGE, 0, 0, tui_clist_pgup, NULL,			\
	    N_("The previous page") },					\
	{ 'g', KEY_HOME, 1, tui_clist_first, NULL, N_("The first row") }, \
	{ 'G', KEY_END, 1, tui_clist_last, NULL, N_("The last row") },	\
	{ 12, 0, 1, tui_clist_redraw, NULL,				\
	    N_("Draw the screen again") },				\
	{ 0, 0, 0, NULL, NULL, NULL }

/* ---- child-form.c: the form of a record */

/*
 * The form of a record of cl's kind, one item per field of the domain's
 * table (one line, several lines or a choice by the field's type): new
 * (old NULL) or old edited, checked by the domain field by field as it
 * is typed and whole on saving (the same check as the command line's),
 * then stored against the version the list was loaded with. Personal
 * data is filled in only while the list shows it (cl->reveal); else it
 * stays as it is unless something new is typed. Returns TUI_* flags
 * (TUI_RELOAD when something was stored).
 */
int tui_child_form(struct clist *cl, const void *old);
/* The stored record id of cl's kind as a copy into rec (an empty struct
 * of the kind), from cl->d or the store. Returns 1 when found, 0 when
 * not, -1 with err set. */
int tui_child_find(struct clist *cl, const struct dialogue *d, long long id,
    void *rec, struct dlg_error *err);

/* ---- the lists */

extern const struct clist_kind tui_clist_sessions;
extern const struct clist_kind tui_clist_feedback;
extern const struct clist_kind tui_clist_contributions;
extern const struct clist_kind tui_clist_history;

#endif
