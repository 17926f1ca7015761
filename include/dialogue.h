/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dialogue.h: the domain of the register. A citizen dialogue, its fields
 * (one table drives the command line, JSON keys, storage columns, history
 * and labels), the participation ladder, the lifecycle with its guards, the
 * warnings and the validation of typed input.
 *
 * C11 and libc only: nothing here knows SQLite or curses. Policy markers:
 * [T4] = Tjörn policy chapter 4, [S:Metod] = Sollentuna rules, "Metod".
 */
#ifndef DIALOGREG_DIALOGUE_H
#define DIALOGREG_DIALOGUE_H

#include <stddef.h>

#include "util.h"

/* ---------------------------------------------------------------- states */

enum dlg_state {
	DLG_PROPOSED,
	DLG_DECIDED,
	DLG_PLANNED,
	DLG_RUNNING,
	DLG_REPORTED,
	DLG_FED_BACK,
	DLG_EVALUATED,
	DLG_REJECTED,
	DLG_CANCELLED,
	DLG_NSTATES
};

/* "proposed", "fed_back", ...: stable, English, never translated. */
const char *dlg_state_token(enum dlg_state s);
/* The state's name in the user's language ("Föreslagen"). */
const char *dlg_state_label(enum dlg_state s);
/* The step into the state ("registrera beslut"), translated. */
const char *dlg_state_step(enum dlg_state s);
/*
 * Parse a state given as its token or its translated label, any case.
 * Returns 0 and sets *out, or -1 (ERR_USAGE) naming the valid tokens.
 */
int dlg_state_parse(const char *s, enum dlg_state *out, struct dlg_error *err);

/* ---------------------------------------------------------------- ladder */

/* The participation ladder [S:Metod]; 0 = not chosen yet. Fixed. */
enum dlg_level {
	DLG_LEVEL_UNSET = 0,
	DLG_LEVEL_INFORMATION = 1,
	DLG_LEVEL_CONSULTATION = 2,
	DLG_LEVEL_DIALOGUE = 3,
	DLG_LEVEL_INFLUENCE = 4,
	DLG_LEVEL_CODECISION = 5,
};
#define DLG_NLEVELS 5

/* "information", "consultation", "dialogue", "influence", "codecision". */
const char *dlg_level_token(int level);
/* Translated step name ("Konsultation") and what residents get ("tycka"). */
const char *dlg_level_label(int level);
const char *dlg_level_gets(int level);

/* A method on the ladder. The built-in catalogue holds the policy's
 * examples; a register can add its own (store). */
struct dlg_method {
	char	*name;
	int	 step;		/* 1..5 */
};
struct dlg_methods {
	struct dlg_method	*v;
	size_t			 n, alloc;
};
/* Append the built-in methods to m: the policy's examples [S:Metod],
 * whose names are Swedish data ("Enkät"), not translated messages. */
void dlg_methods_builtin(struct dlg_methods *m);
/* Add name (copied, trimmed) at step 1..5. A name already in m (compared
 * case-insensitively) keeps its place and gets the new step, so a
 * register's own definition overrides a built-in one. */
void dlg_methods_add(struct dlg_methods *m, const char *name, int step);
/* Case-insensitive lookup; returns the step or 0 when unknown. */
int dlg_methods_step(const struct dlg_methods *m, const char *name);
/* The catalogue's spelling of name (borrowed from m), or NULL. */
const char *dlg_methods_name(const struct dlg_methods *m, const char *name);
/* 1 when name is one of the built-in methods (any case). */
int dlg_method_is_builtin(const char *name);
void dlg_methods_clear(struct dlg_methods *m);
/*
 * The first method named in input (items separated by ';', trimmed, as
 * the methods field reads them) that m does not hold: copied into buf
 * (cut to size) and 1 returned; 0 when every method is known. Lets the
 * screens offer to add it to the catalogue where the command line names
 * its command.
 */
int dlg_methods_unknown(const struct dlg_methods *m, const char *input,
    char *buf, size_t size);

/* The level of a stored token ("consultation" -> 2); 0 when not one. */
int dlg_level_from_token(const char *token);
/*
 * Parse a level as typed: 1-5, a token, the translated or English label
 * or the Swedish step name, any case. Returns 0 and sets *level (1..5),
 * or -1 with ERR_REFUSED naming the valid forms.
 */
int dlg_level_parse(const char *s, int *level, struct dlg_error *err);

/* ---------------------------------------------------------------- fields */

enum dlg_ftype {
	FT_LINE,	/* one line of text */
	FT_TEXT,	/* several lines */
	FT_DATE,	/* canonical "YYYY-MM-DD" */
	FT_AMOUNT,	/* whole kronor, canonical decimal digits "125000" */
	FT_ANSWER,	/* "yes" | "no" */
	FT_LEVEL,	/* ladder token, "consultation" */
	FT_INFLUENCE,	/* "yes" | "partly" | "no" | "unknown" */
	FT_LIST,	/* list of items, see struct dlg_item */
	/* Types of the child records' fields only (dlg_child_field): */
	FT_COUNT,	/* whole number >= 0, or none (-1): "34" */
	FT_CHANNEL,	/* contribution channel token, "meeting" */
	FT_SESSION,	/* number of a session of the dialogue; none = 0 */
	FT_TIME,	/* time of day, canonical "HH:MM" */
};

/* Field flags. */
#define DLG_FF_READONLY	0x1	/* set by the program, not by `set` */
#define DLG_FF_ITEMNOTE	0x2	/* list items carry a note "(...)" */
#define DLG_FF_METHOD	0x4	/* list items are ladder methods */
#define DLG_FF_LATER	0x8	/* added after backups were first made: a
				   backup may lack its key (read as empty) */

/*
 * Every field of the dialogue record. Scalars first, then lists. The order
 * is the order of `fields`, `show` and the summary.
 */
enum dlg_field {
	F_CASE_NUMBER,
	F_TITLE,
	F_QUESTION,
	F_PURPOSE,
	F_GOALS,
	F_BACKGROUND,
	F_INITIATED_BY,
	F_SENDER,
	F_ADMINISTRATION,
	F_NEED_VIEWS,		/* gate 1 [S:Förutsättningar] */
	F_NEED_VIEWS_BY,
	F_NEED_VIEWS_DATE,
	F_OPEN_TO_INFLUENCE,	/* gate 2 [S:Förutsättningar][T4] */
	F_OPEN_TO_INFLUENCE_BY,
	F_OPEN_TO_INFLUENCE_DATE,
	F_LEVEL,
	F_OUTREACH,
	F_OUTREACH_HOW,
	F_DECISION_DEADLINE,
	F_PLANNED_START,
	F_PLANNED_END,
	F_BUDGET,
	F_FINANCING,
	F_RESULT_USE,
	F_RESPONSIBILITIES,
	F_RESPONSIBLE_PLANNING,		/* the official for each task [T5] */
	F_RESPONSIBLE_CONDUCT,
	F_RESPONSIBLE_DOCUMENTATION,
	F_RESPONSIBLE_PROCESSING,
	F_RESPONSIBLE_FEEDBACK,
	F_RESPONSIBLE_EVALUATION,
	F_FACT_BASIS,
	F_PROJECT_PLAN,
	F_RESOURCES,			/* experts' time and resources [S:Roller] */
	F_PARTIES_INVITED,
	F_PROCESS_OWNER,
	F_PROCESS_LEADER,
	F_COMMUNICATION_PLAN,
	F_DOCUMENTATION_PLAN,
	F_FEEDBACK_PLAN,
	F_EVALUATION_PLAN,
	F_PARTICIPANTS_INFORMED,	/* told level and use of result [T4] */
	F_DECISION_BODY,		/* decision to hold the dialogue [T5] */
	F_DECISION_DATE,
	F_DECISION_PARAGRAPH,
	F_DECISION_CASE,
	F_BUDGET_FRAME,
	F_DECIDED_START,		/* the time plan the body decided */
	F_DECIDED_END,			/* [S:Roller "Bestämmer tidsplan"] */
	F_QUESTION_DECISION_BODY,	/* decision on the question itself */
	F_QUESTION_DECISION_DATE,
	F_QUESTION_DECISION_PARAGRAPH,
	F_QUESTION_DECISION_OUTCOME,
	F_QUESTION_DECISION_MEASURES,	/* measures decided [T5] */
	F_RESULT_SUMMARY,
	F_RESULT_DATE,
	F_REPORT_REFERENCE,		/* where it entered the decision basis */
	F_REPORT_DATE,
	F_NOT_REPORTED_REASON,		/* cancel after sessions, not reported */
	F_REVIEW_TEXT,			/* strategist's comments [S:KLK] */
	F_REVIEW_DATE,
	F_EVALUATION_DATE,
	F_INFLUENCE,			/* did it influence the decision */
	F_GOALS_MET,
	F_EVALUATION_REACH,
	F_PARTICIPANTS_VIEW,
	F_LESSONS,
	F_LEVEL_CHANGE_REASON,		/* readonly: level changed after start */
	F_STATE_REASON,			/* readonly: reason of last back/reject/cancel */
	DLG_NSCALARS,
	/* lists */
	F_BODIES = DLG_NSCALARS,	/* bodies concerned [T1][T5] */
	F_METHODS,
	F_TARGET_GROUPS,		/* note = considerations [T4] */
	F_PARTNERS,
	F_POLITICIANS,			/* note = the body represented [T5] */
	DLG_NFIELDS
};
#define DLG_NLISTS (DLG_NFIELDS - DLG_NSCALARS)

struct dlg_field_def {
	const char	*name;	/* "decision_deadline": CLI, JSON, SQL column */
	const char	*label;	/* N_("Decision deadline"); translate to show */
	enum dlg_ftype	 type;
	unsigned	 flags;	/* DLG_FF_* */
	const char	*help;	/* N_() one-line explanation for `fields` */
};
/* Indexed by enum dlg_field. */
extern const struct dlg_field_def dlg_fields[DLG_NFIELDS];

/* Look a field up by name (exact, or case-insensitive). -1 when unknown. */
int dlg_field_lookup(const char *name);

/* ---------------------------------------------------------------- records */

/* An item of a list field: a body, a method, a target group, a partner or
 * a politician. */
struct dlg_item {
	char	*name;
	char	*note;		/* considerations / body represented; may be NULL */
	int	 step;		/* methods: ladder step 1..5; else 0 */
};
struct dlg_items {
	struct dlg_item	*v;
	size_t		 n, alloc;
};
void dlg_items_add(struct dlg_items *l, const char *name, const char *note,
    int step);
void dlg_items_clear(struct dlg_items *l);

/* The most participants one session can count: a bound that keeps sums
 * over all sessions far from overflow. */
#define DLG_MAX_PARTICIPANTS	1000000

/* A session (dialogtillfälle). Counts only: never per-person data. */
struct dlg_session {
	long long	 id;
	char		*date;		/* required */
	char		*time_start;	/* "HH:MM" or NULL */
	char		*time_end;	/* "HH:MM" or NULL, not before start */
	char		*place;		/* place or channel */
	char		*method;
	long long	 participants;	/* -1 = not counted */
	char		*breakdown;	/* counts by age band / gender, free text */
	char		*politicians;	/* present; empty = a user dialogue [T2.3] */
	char		*notes;
	char		*accessibility;	/* what the place or channel offers:
					   step-free, hearing loop... [T4] */
};

/* Feedback to the participants [T4][S:Roller]. */
struct dlg_feedback {
	long long	 id;
	char		*date;
	char		*sender;	/* body */
	char		*channels;	/* "uppföljningsmöte, webb" */
	char		*text;
};

/* A contribution. contact is personal data (GDPR): NULL when not given
 * or erased. */
struct dlg_contribution {
	long long	 id;
	long long	 session_id;	/* 0 = none */
	char		*channel;	/* meeting, web, letter, email, survey,
					   other */
	char		*channel_text;	/* the channel as an imported file
					   wrote it, when the register does
					   not know it (channel "other");
					   NULL otherwise */
	char		*text;
	char		*themes;
	char		*contact;
	int		 contact_erased;
	char		*created;	/* ISO timestamp */
};

struct dialogue {
	long long	 id;		/* storage id; 0 before stored */
	char		*ref;		/* "MD-2026-007"; NULL before stored */
	long long	 version;	/* bumped by every stored change */
	enum dlg_state	 state;
	char		*created;	/* ISO timestamp */
	char		*updated;
	char		*updated_by;

	char		*val[DLG_NSCALARS];	/* canonical strings; NULL = empty */
	struct dlg_items list[DLG_NLISTS];	/* index f - DLG_NSCALARS */

	/* Derived by the store from the child tables (also in light loads). */
	long long	 n_sessions;
	char		*last_session;		/* latest session date */
	long long	 n_participants;	/* sum over sessions */
	long long	 n_feedback;
	char		*first_feedback;	/* earliest feedback date */
	long long	 n_contributions;

	/* Loaded only by a full load (store_dialogue_load). */
	struct dlg_session	*sessions;
	size_t			 nsessions;
	struct dlg_feedback	*feedback;
	size_t			 nfeedback;
};

/* A new empty dialogue in state proposed. Caller frees with dlg_free(). */
struct dialogue *dlg_new(void);
/* A deep copy. Caller frees with dlg_free(). */
struct dialogue *dlg_dup(const struct dialogue *d);
void dlg_free(struct dialogue *d);	/* accepts NULL */
/* Free the strings of a child record and reset it to empty (all zero; a
 * session's participants to -1, not counted). Accept NULL. */
void dlg_session_clear(struct dlg_session *s);
void dlg_feedback_clear(struct dlg_feedback *f);
void dlg_contribution_clear(struct dlg_contribution *c);

/*
 * The stored channel token ("meeting", "web", "letter", "email",
 * "survey") for input given as a token, its translated name or the
 * Swedish word (möte, webb, brev, e-post, enkät), any case; NULL when the
 * input names no channel. The returned string is static.
 */
const char *dlg_channel_parse(const char *input);
/* The channel token's name in the user's language (static); an unknown
 * token is returned as it is. */
const char *dlg_channel_label(const char *token);
/* A contribution's channel for people: its label, with the text it was
 * imported as when there is one: "other (Telefon)". Caller frees. */
char *dlg_channel_shown(const struct dlg_contribution *c);

/* ---------------------------------------------------------------- children */

/*
 * The kinds of child record. Each has one table of its fields (below):
 * the command line's options and help, the storage columns, the history
 * rows, the list columns of the reports and the screens' forms all come
 * from it, and one check (dlg_child_check) serves adding and editing.
 * A new field is one row in its table and a member in its struct (plus
 * the migration that adds the column).
 */
enum dlg_child {
	DLG_CHILD_SESSION,
	DLG_CHILD_FEEDBACK,
	DLG_CHILD_CONTRIBUTION,
	DLG_NCHILDREN
};

/* Flags of a child field (beside DLG_FF_METHOD: a ladder method). */
#define DLG_CF_REQUIRED	0x10	/* may not be empty */
#define DLG_CF_PERSONAL	0x20	/* personal data (GDPR): shown on request,
				   history says only given/changed/erased;
				   emptied = erased */
#define DLG_CF_BLOCK	0x40	/* lists show it in full under the row */
#define DLG_CF_LIST	0x80	/* a list of items "a; b" (with
				   DLG_FF_ITEMNOTE: "name (note)") */
#define DLG_CF_COMMAS	0x100	/* with DLG_CF_LIST: items "a, b" */
#define DLG_CF_ASGIVEN	0x200	/* kept as a file gave it: a form shows it
				   only when the record has it */

struct dlg_child_field {
	const char	*name;	 /* "breakdown": option, JSON key, history */
	const char	*column; /* storage column when not name, else NULL */
	const char	*label;	 /* N_("Breakdown"): messages, history, help */
	const char	*prompt; /* N_() form label when not label, or NULL */
	const char	*header; /* N_() column header in lists */
	int		 width;	 /* widest as a list column; 0 = as needed */
	enum dlg_ftype	 type;	 /* FT_LINE, FT_TEXT, FT_DATE, FT_COUNT,
				    FT_CHANNEL or FT_SESSION */
	unsigned	 flags;	 /* DLG_CF_*, DLG_FF_METHOD */
	const char	*arg;	 /* N_() the option's argument: "TEXT" */
	const char	*help;	 /* N_() one line for --help */
	const char	*hint;	 /* N_() what to type, said when a number
				    is not one; NULL: a general sentence */
	size_t		 offset; /* of the member in the record's struct:
				    char * for text, long long for numbers */
};

struct dlg_child_def {
	const char			*name;	  /* "session": history, CLI */
	const char			*table;	  /* storage table, "sessions" */
	const struct dlg_child_field	*fields;
	size_t				 nfields;
};
/* Indexed by enum dlg_child. */
extern const struct dlg_child_def dlg_children[DLG_NCHILDREN];
extern const struct dlg_child_field dlg_session_fields[];
extern const struct dlg_child_field dlg_feedback_fields[];
extern const struct dlg_child_field dlg_contribution_fields[];

/* The field of kind k called name (exact), or -1. */
int dlg_child_field_lookup(enum dlg_child k, const char *name);
/* The field's storage column. */
const char *dlg_child_column(const struct dlg_child_field *cf);
/* The number of a number field (FT_COUNT, FT_SESSION) of rec. */
long long dlg_child_number(const struct dlg_child_field *cf,
    const void *rec);
/* The text of a text field of rec (borrowed; NULL = empty). */
const char *dlg_child_text(const struct dlg_child_field *cf,
    const void *rec);
/* For readers and writers that keep a value exactly as it is (the
 * backup): the text member as held (NULL, "" or text; borrowed), and
 * putting a text (copied, the old one freed; NULL stays NULL) or a
 * number into the member without any parsing or check. */
const char *dlg_child_raw(const struct dlg_child_field *cf, const void *rec);
void dlg_child_put_raw(const struct dlg_child_field *cf, void *rec,
    const char *s);
void dlg_child_put_number(const struct dlg_child_field *cf, void *rec,
    long long n);

/*
 * Field f of rec (a struct dlg_session, dlg_feedback or dlg_contribution
 * as k says) in canonical form: the text, or the number in decimal; NULL
 * when empty (a count not counted, no session). Caller frees.
 */
char *dlg_child_get(enum dlg_child k, const void *rec, size_t f);

/*
 * Set field f of rec from input as typed: text copied as it is (an empty
 * input clears it), a count or a session number as decimal digits
 * (surrounding spaces allowed; empty = none), a channel as its token,
 * translated name or Swedish word, a time as "HH:MM" ("9.30" gives
 * "09:30") (any other text is kept for dlg_child_check to refuse). The
 * record owns its strings: the old value
 * is freed. Returns 0, or -1 with ERR_REFUSED for a number that is not
 * one, rec unchanged. Method names are not looked up here.
 */
int dlg_child_set(enum dlg_child k, void *rec, size_t f, const char *input,
    struct dlg_error *err);

/* Deep copy of src into dst (which holds nothing to free). */
void dlg_child_copy(enum dlg_child k, void *dst, const void *src);

/*
 * What the policy fills in by itself before a record is checked, the
 * same for adding and editing: a contribution from a session with no
 * channel came from a meeting. rec owns its strings (as dlg_child_set
 * makes them).
 */
void dlg_child_complete(enum dlg_child k, void *rec);

/*
 * The one check of a child record, for adding and for editing alike.
 * Field by field in table order: required fields not blank, text valid
 * UTF-8 without control characters (one-line fields at most 300 code
 * points; several-line fields may hold newlines and tabs, at most 20000),
 * dates real "YYYY-MM-DD", times "HH:MM" (00:00-23:59), a session's end
 * not before its start, counts -1 (none) to DLG_MAX_PARTICIPANTS,
 * channels empty or a known token, session numbers >= 0. Returns 0, or
 * -1 with ERR_REFUSED and a message naming the field by its label and
 * quoting the bad text.
 */
int dlg_child_check(enum dlg_child k, const void *rec, struct dlg_error *err);
/* The part of dlg_child_check for field f alone (a form checks each
 * field where it is typed; a session's end is checked against its
 * start); dlg_child_check is this for every field. */
int dlg_child_check_field(enum dlg_child k, const void *rec, size_t f,
    struct dlg_error *err);

/* dlg_child_check for each kind. */
int dlg_session_check(const struct dlg_session *s, struct dlg_error *err);
int dlg_feedback_check(const struct dlg_feedback *f, struct dlg_error *err);
int dlg_contribution_check(const struct dlg_contribution *c,
    struct dlg_error *err);

/* The i-th channel token in the order menus show them (0, 1, ...), or
 * NULL past the last; 1 when s is one of them (exactly). Both read the
 * one table of channels, so a new channel is one row there. */
const char *dlg_channel_token(size_t i);
int dlg_channel_is_token(const char *s);
/* The channel's name for a menu or a screen's list ("Meeting"),
 * translated; an unknown token is returned as it is, NULL as "". */
const char *dlg_channel_name(const char *token);

/* Borrowed value of a scalar field, or NULL when empty. */
const char *dlg_get(const struct dialogue *d, enum dlg_field f);
/* Borrowed list of a list field. */
const struct dlg_items *dlg_list(const struct dialogue *d, enum dlg_field f);
struct dlg_items *dlg_list_mut(struct dialogue *d, enum dlg_field f);
/* Set a scalar to an already canonical value (copied; NULL or "" clears). */
void dlg_put(struct dialogue *d, enum dlg_field f, const char *canonical);

/*
 * Parse user input for field f and store it canonically in d. An empty
 * input clears the field. Lists take items separated by ';', each
 * "name" or "name (note)"; method names are looked up in methods (unknown
 * method: refused, naming how to add it). Returns 0, or -1 with
 * ERR_REFUSED and a message naming the field and the problem (bad date,
 * bad amount, invalid UTF-8, control character, too long, ...), leaving d
 * unchanged. Readonly fields are refused.
 */
int dlg_set_field(struct dialogue *d, enum dlg_field f, const char *input,
    const struct dlg_methods *methods, struct dlg_error *err);

/*
 * Parse the items of list field f from input as dlg_set_field does and
 * append them to out (which the caller owns and clears): items separated
 * by ';', blank items skipped; "name (note)" split only for fields with
 * DLG_FF_ITEMNOTE; for DLG_FF_METHOD fields each name is looked up in
 * methods and written as the catalogue spells it, with its step (an
 * item the catalogue holds whole is a name, even one that ends in
 * "(...)"; a method's note is its tie, below, read against the target
 * groups by dlg_ties_check). Each name and note: valid UTF-8, no control characters, at most 300 code
 * points; at most 100 items; the same name twice (any case) is refused.
 * Returns 0, or -1 with ERR_REFUSED; out is left as it was on error.
 */
int dlg_items_parse(enum dlg_field f, const char *input,
    const struct dlg_methods *methods, struct dlg_items *out,
    struct dlg_error *err);
/*
 * Split one item of a list as dlg_items_parse reads it: with notes, the
 * note is the last balanced "(...)" that ends the item, both trimmed (an
 * empty note is NULL); without, the item is the name. *name and *note
 * are the caller's to free.
 */
void dlg_item_split(const char *item, int notes, char **name, char **note);

/*
 * The ties of the methods to the target groups [T4][S:Metod]: "Metoder
 * och verktyg ska väljas utifrån målgrupp". A method item's note names
 * the target groups it is meant to reach and says in short why it was
 * chosen, "GROUPS: MOTIVATION": "Enkät (Unga 13–19 år, Boende i Åby:
 * når dem via skolorna)". The groups are the dialogue's own target
 * groups, separated by ','; a note without ':' is groups alone, one
 * that starts with ':' a motivation alone. A method without a note (as
 * in registers from before the ties) has neither: the plan warns.
 */
/* Split a method's note into its groups and its motivation, each
 * trimmed; a part that is empty is NULL (so is everything when note is
 * NULL). Caller frees both. */
void dlg_tie_split(const char *note, char **groups, char **why);
/* The note of groups and why (each may be NULL or blank), as
 * dlg_tie_split reads it back; NULL when both are empty. Caller frees. */
char *dlg_tie_join(const char *groups, const char *why);
/*
 * The target groups of targets that groups (the first part of a tie)
 * names, pushed onto out as targets spell them, each once, in the order
 * named. Items are separated by ','; a target group whose own name holds
 * a comma is still read whole (the longest name that matches wins); any
 * case. Returns 0, or -1 with *unknown (caller frees) the first item
 * that names none of targets; out then holds those before it.
 */
int dlg_tie_groups(const char *groups, const struct dlg_items *targets,
    struct strlist *out, char **unknown);
/*
 * The one check of the ties of d, for the command line and the screens
 * alike, after the methods or the target groups are set: every group a
 * method's note names must be one of d's target groups. Writes each
 * note canonically: the groups as the target groups spell them, joined
 * by ", ", then ": " and the motivation. Returns 0, or -1 with
 * ERR_REFUSED naming the method, the group and the dialogue's target
 * groups; d is unchanged on error.
 */
int dlg_ties_check(struct dialogue *d, struct dlg_error *err);
/* 1 when the tie of method m names the target group called name (one of
 * targets, which its groups are read against). */
int dlg_tie_reaches(const struct dlg_item *m, const struct dlg_items *targets,
    const char *name);

/*
 * The value of field f as text for people, in the user's language: dates
 * as is, amounts "125 000 kr", answers "Ja"/"Nej", levels "Konsultation",
 * lists joined with "; " and notes in parentheses. Caller frees; returns
 * an empty string for an empty field.
 */
char *dlg_format_field(const struct dialogue *d, enum dlg_field f);
/* The value of f in canonical (machine) form, lists joined by "; ";
 * the form used in history, CSV and JSON. Caller frees. */
char *dlg_canonical_field(const struct dialogue *d, enum dlg_field f);

/*
 * The sort key of text (n bytes): bytes whose memcmp order (shorter
 * first when one begins the other) is the Swedish alphabetical order of
 * the texts, the order the store's collation dlg_sv gives (sortkey.c).
 * Sets *len; never NUL-terminated. Caller frees.
 */
unsigned char *dlg_sort_key(const char *text, size_t n, size_t *len);
/*
 * The pieces of that order, for the collation that must agree with it:
 * the code point at *p (a byte that does not start a well-formed
 * sequence stands for itself; advances *p), its case folded (ASCII and
 * Latin-1 letters), and a folded code point's weight (å, ä, ö after z; é
 * as e, ü as y; other characters by code point, those above z after ö).
 */
unsigned long dlg_sv_next(const unsigned char **p, const unsigned char *end);
unsigned long dlg_sv_fold(unsigned long cp);
unsigned long dlg_sv_weight(unsigned long cp);

/* ---------------------------------------------------------------- values */

/* Parse "YYYY-MM-DD" (a real calendar date) to days since 1970-01-01.
 * Returns 0, or -1 with ERR_REFUSED naming the text. */
int dlg_date_parse(const char *s, long *days, struct dlg_error *err);
/* Write days as "YYYY-MM-DD" into buf (>= 11 bytes). */
void dlg_date_format(long days, char *buf, size_t size);
/* Parse a time of day as typed: "18:30", "9:30" or "18.30" (hours 0-23,
 * minutes 00-59), surrounding spaces allowed. Returns 0 and sets
 * *minutes (since midnight), or -1 with ERR_REFUSED naming the text. */
int dlg_time_parse(const char *s, int *minutes, struct dlg_error *err);
/*
 * When a session is held, for every place that lists sessions: its date
 * with its times, "2026-09-26 18:00–20:00", "2026-09-26 18:00" with only
 * a start, "2026-09-26 –20:00" with only an end, the date alone without
 * times. Caller frees.
 */
char *dlg_session_when(const struct dlg_session *s);
/* Parse whole kronor: "125000", "125 000", "125 000 kr" (also with a
 * no-break or thin space). Returns 0, or -1 with ERR_REFUSED. */
int dlg_amount_parse(const char *s, long long *kr, struct dlg_error *err);
/* "125 000 kr" in Swedish, "125,000 kr" in English. Caller frees. */
char *dlg_amount_format(long long kr);

/* ---------------------------------------------------------------- policy */

/*
 * The policy a register follows (DOMAIN.md "Policy profiles"). A profile
 * is data: the rules table below says, for each profile, which rules
 * stop a step, which warn and which do not apply, and cites the policy's
 * own words; the profile also holds the policy's title and decision, its
 * word for a citizen dialogue and its council rule. "combined" keeps the
 * union of both for a municipality that wants it (and is what a register
 * made before profiles existed follows).
 */
enum dlg_policy {
	DLG_POLICY_COMBINED,
	DLG_POLICY_TJORN,
	DLG_POLICY_SOLLENTUNA,
	DLG_NPOLICIES
};

struct dlg_profile {
	const char	*key;		/* "tjorn": the command line's word */
	const char	*name;		/* N_(): "Tjörn's policy" */
	const char	*title;		/* "Policy för invånardialog" (data) */
	const char	*decision;	/* "KF 2018-03-28 § 48" (data) */
	const char	*term;		/* "invånardialog": its word (data) */
	int		 council_rule;	/* several bodies: the council decides */
};
extern const struct dlg_profile dlg_profiles[DLG_NPOLICIES];
/* The policy named by key ("tjorn", "sollentuna", "combined", also
 * "tjörn"), or -1. */
int dlg_policy_parse(const char *key);

/* What the register does about a rule under a profile. */
enum dlg_does {
	DLG_DOES_OFF,		/* the policy does not ask it */
	DLG_DOES_WARN,		/* "bör", "överväg": a warning */
	DLG_DOES_GUARD		/* "ska": the step is refused without it */
};

/* One policy's part in a rule: what it makes of it, where it says so and
 * its own words in short (Swedish, quoted as the policy writes). */
struct dlg_cite {
	enum dlg_does	 does;
	const char	*ref;		/* "[T4]", "[S:Checklista]" or NULL */
	const char	*words;		/* the policy's words, or NULL */
};

/*
 * One rule: the check behind a missing item or a warning. step is the
 * state whose step the rule belongs to (DLG_PROPOSED for registration),
 * or -1 for what the register watches at any time. by[0] is Tjörn's
 * part, by[1] Sollentuna's; "combined" takes the stronger of the two and
 * both references.
 */
struct dlg_rule {
	const char	*code;		/* the issue's code */
	int		 step;		/* enum dlg_state, or -1 */
	int		 field;		/* enum dlg_field, or -1 */
	const char	*what;		/* N_(): what the register checks */
	struct dlg_cite	 by[2];
};
extern const struct dlg_rule dlg_rules[];
extern const size_t dlg_nrules;

/* The rule behind an issue of code raised at step (-1: at any time);
 * NULL when none. */
const struct dlg_rule *dlg_rule_find(const char *code, int step);
/* What a rule does under policy p. */
enum dlg_does dlg_rule_does(const struct dlg_rule *r, enum dlg_policy p);
/* The rule's references under policy p ("[T4][S:Principer]"), "" when it
 * has none. Caller frees. */
char *dlg_rule_refs(const struct dlg_rule *r, enum dlg_policy p);
/*
 * The rule explained for a reader under policy p, one paragraph of
 * translated text (what it checks, what the register does) with the
 * policy's own words quoted in Swedish. Caller frees.
 */
char *dlg_rule_explain(const struct dlg_rule *r, enum dlg_policy p);
/* What the policy makes of an office (a non-political entry of the
 * bodies list) named in field f, where a political body acts: guard
 * (refused), warning, or DLG_DOES_OFF when no rule names the field. */
struct dlg_settings;
enum dlg_does dlg_office_does(const struct dlg_settings *s, int f);
/* "Stops the step to Planned", "Warns", ... translated. */
const char *dlg_does_label(enum dlg_does does);

/* ---------------------------------------------------------------- settings */

struct dlg_settings {
	char	*municipality;		/* printed on summaries */
	int	 policy;		/* enum dlg_policy */
	char	*policy_title;		/* "Policy för invånardialog, KF ..." */
	char	*handbook;		/* a reference to the policy's handbook */
	int	 council_rule;		/* [T5] several bodies: the council
					   decides; -1: as the policy says */
	char	*council_name;		/* "Kommunfullmäktige" */
	int	 deadline_warn_days;	/* default 56 (8 weeks) [T4 "i god tid"] */
	int	 feedback_days;		/* default 30 [T4 "så snart som möjligt"] */
	int	 evaluation_days;	/* default 180 */
	char	*contact;		/* how residents send their views: an
					   office's e-mail or phone, published
					   [T4]; "" = not given */
};
/* Fill s with the defaults (strings allocated). */
void dlg_settings_default(struct dlg_settings *s);
void dlg_settings_clear(struct dlg_settings *s);
/* Set one setting by its key (one of dlg_setting_keys) from text;
 * validates. Returns 0 or -1 ERR_REFUSED. */
int dlg_settings_set(struct dlg_settings *s, const char *key,
    const char *value, struct dlg_error *err);
/* The keys, NULL-terminated, and each key's translated label. */
extern const char *const dlg_setting_keys[];
const char *dlg_setting_label(const char *key);
/* The current value of key as canonical text. Caller frees. */
char *dlg_settings_get(const struct dlg_settings *s, const char *key);
/*
 * What to tell whoever sets key to value (valid, as dlg_settings_set took
 * it) because it may still be wrong: for contact, an address or number
 * that looks like a person's, on pages that are public. A translated
 * sentence (caller frees), or NULL when there is nothing to say.
 */
char *dlg_setting_warning(const char *key, const char *value);
/* The same for the contact channel's value; NULL for NULL. */
char *dlg_contact_warning(const char *value);
/* The next e-mail address in s at or after *pos (start at 0): its start
 * and length, *pos moved past it. Returns 0 when there is none. Lets the
 * pages link each address of the contact channel. */
int dlg_contact_address(const char *s, size_t *pos, size_t *start,
    size_t *len);

/*
 * The deciding body [T5]: the one body concerned; the council when
 * several are and council_rule is on (else the first listed body); NULL
 * when no body is concerned. Borrowed from d or s.
 */
const char *dlg_deciding_body(const struct dialogue *d,
    const struct dlg_settings *s);
/* Whether the council decides when several bodies are concerned: the
 * setting when given, else the policy's rule. */
int dlg_council_rule(const struct dlg_settings *s);
/* The profile of the register's policy (s may be NULL: combined). */
const struct dlg_profile *dlg_settings_profile(const struct dlg_settings *s);
/* The policy's title and decision as the register cites it: the
 * setting, else the profile's ("Policy för invånardialog, KF 2018-03-28
 * § 48"); "" for the combined profile without a setting. Caller frees. */
char *dlg_policy_citation(const struct dlg_settings *s);
/*
 * The body that takes the formal decision on the question itself: the
 * one recorded with that decision (question_decision_body) when given,
 * else the deciding body above; NULL when neither is known. Borrowed.
 */
const char *dlg_question_body(const struct dialogue *d,
    const struct dlg_settings *s);

/* Sessions held: the larger of the store's count and the loaded ones. */
long long dlg_sessions_held(const struct dialogue *d);

/*
 * What the policy references in messages and help texts ([T4],
 * [S:Metod]) point at, as one translated paragraph for the register's
 * policy (s may be NULL: both): the Sollentuna sections are Swedish
 * names, so English mode explains each in English.
 */
const char *dlg_policy_legend(const struct dlg_settings *s);

/* ---------------------------------------------------------------- issues */

/* One missing item or one warning. */
struct dlg_issue {
	const char	*code;	/* stable English token: "missing_purpose",
				   "feedback_overdue", ... */
	int		 field;	/* enum dlg_field to jump to, or -1 */
	char		*text;	/* translated sentence, "Syfte saknas.";
				   NULL in a list of codes only */
};
struct dlg_issues {
	struct dlg_issue	*v;
	size_t			 n, alloc;
	int			 codes_only;	/* no texts made (NULL) */
};
void dlg_issues_add(struct dlg_issues *l, const char *code, int field,
    const char *fmt, ...) DLG_PRINTF(4, 5);
void dlg_issues_clear(struct dlg_issues *l);
/* 1 when l holds an issue with this code. */
int dlg_issues_has(const struct dlg_issues *l, const char *code);

/* ---------------------------------------------------------------- lifecycle */

enum dlg_move {
	DLG_MOVE_NONE,		/* not allowed from here */
	DLG_MOVE_FORWARD,	/* next step of the lifecycle */
	DLG_MOVE_BACK,		/* one step back: needs a reason */
	DLG_MOVE_REJECT,	/* proposed -> rejected: needs a reason */
	DLG_MOVE_CANCEL,	/* decided/planned/running -> cancelled: reason */
};

/* What kind of move from -> to is; DLG_MOVE_NONE when not allowed. */
enum dlg_move dlg_move_kind(enum dlg_state from, enum dlg_state to);
/* The next forward state, or -1 from a final state. */
int dlg_next_state(enum dlg_state s);

/*
 * The guard: append to missing EVERY item that keeps d from entering
 * state to (with reason, which may be NULL), each a translated sentence
 * naming the field and the policy rule. Nothing appended = allowed. A
 * move that is not allowed at all gives one item saying so. With to ==
 * DLG_PROPOSED on a dialogue in state proposed, it lists what registration
 * needs (title, question, initiated_by, a body). s may be NULL (defaults).
 * Each item carries a stable code that tests and screens may rely on:
 *   proposed: missing_title, missing_question, missing_initiated_by,
 *     missing_bodies;
 *   decided: missing_bodies (no body, so no deciding body),
 *     missing_decision_body, wrong_decision_body, missing_decision_date,
 *     missing_decision_paragraph, missing_need_views, need_views_no,
 *     missing_need_views_by, missing_open_to_influence,
 *     open_to_influence_no, missing_open_to_influence_by, missing_purpose,
 *     missing_level;
 *   planned: missing_goals, missing_target_groups, missing_methods,
 *     missing_planned_start, missing_planned_end, start_after_end,
 *     missing_decision_deadline, end_not_before_deadline, missing_budget,
 *     missing_financing, missing_responsibilities, missing_responsible
 *     (warning only: one item listing the tasks without a responsible
 *     official), missing_process_owner,
 *     missing_process_leader, missing_communication_plan,
 *     missing_documentation_plan, missing_feedback_plan,
 *     missing_evaluation_plan;
 *   running: missing_politicians, missing_result_use,
 *     participants_not_informed (not a recorded yes);
 *   reported: missing_session, missing_result_summary,
 *     missing_report_reference, missing_report_date;
 *   fed_back: missing_feedback (no complete feedback: date, channels,
 *     text); evaluated: missing_evaluation_date, missing_influence,
 *     missing_goals_met;
 *   back, reject, cancel: missing_reason (also invalid_reason for a
 *     reason that is not clean text); cancel once sessions were held:
 *     missing_result_or_reason; any other move: move_not_allowed.
 * Sessions and feedback count from n_sessions / n_feedback or the loaded
 * arrays, whichever says more.
 * What says a thing happened must not lie after today (days since the
 * epoch, dlg_today()): decided: future_decision_date; reported:
 * future_session (sessions recorded, none dated today or earlier),
 * future_result_date, future_report_date; fed_back: future_feedback
 * (complete feedback recorded, none dated today or earlier); evaluated:
 * future_evaluation_date. Each names the field, its date and today. A
 * cancel needs the result reported only once a session has been held.
 */
void dlg_guard(const struct dialogue *d, enum dlg_state to,
    const char *reason, const struct dlg_settings *s, long today,
    struct dlg_issues *missing);
/* What the policy only recommends at the step into state to ("bör",
 * "överväg") and d lacks: warnings, never a refusal. */
void dlg_step_advice(const struct dialogue *d, enum dlg_state to,
    const struct dlg_settings *s, long today, struct dlg_issues *out);
/*
 * The text with the words of the register's policy: its term for a
 * citizen dialogue in place of the catalog's ("invånardialog" for
 * Tjörn), and the references of the other policy taken out ("[S:Metod]"
 * in a Tjörn register). Caller frees.
 */
char *dlg_words(const struct dlg_settings *s, const char *text);

/*
 * What the step into state `to` itself requires of d, whatever state d
 * is in: the part of dlg_guard that names fields and records, without
 * the move's own rules (allowed or not, reasons). to == DLG_PROPOSED
 * gives what registration needs; cancelled what a cancel after sessions
 * needs (the result reported); rejected nothing.
 * Appends to missing with the codes listed above; s may be NULL.
 */
void dlg_step_guard(const struct dialogue *d, enum dlg_state to,
    const struct dlg_settings *s, long today, struct dlg_issues *missing);

/*
 * The rules that keep holding after the step: what a step the dialogue
 * has already taken required may not be emptied or made invalid while
 * the dialogue is past that step. The steps taken are registration for
 * every dialogue, and decided up to the state for one in decided ..
 * evaluated; a cancelled dialogue keeps registration and decided, a
 * rejected one registration (see holding.c). For each step the guard
 * runs on before and on after: an item (by code) that after has and
 * before had not is a broken rule; items that already failed before (an
 * older register, a date rule as of today) do not count. Returns 0 when
 * none is broken; else appends each broken item to out (the guard's own
 * sentence and code) and returns -1 with ERR_REFUSED and a message that
 * names the state, the step and how to change it (step back first).
 * A change of state (a step) is the lifecycle's business: only the steps
 * both before and after have taken are checked. s may be NULL.
 */
int dlg_check_holding(const struct dialogue *before,
    const struct dialogue *after, const struct dlg_settings *s, long today,
    struct dlg_issues *out, struct dlg_error *err);

/*
 * Where to step back to so that the change from before to after is
 * allowed: the state before the earliest step whose rule it breaks, or
 * -1 when nothing is broken or no step back helps (registration, a
 * rejected or cancelled dialogue). The front ends name the step back.
 */
int dlg_holding_back_to(const struct dialogue *before,
    const struct dialogue *after, const struct dlg_settings *s, long today);

/*
 * Move d to state to: runs the guard, then sets d->state and, for back,
 * reject and cancel, F_STATE_REASON. Returns 0, or -1 with ERR_REFUSED and
 * the items in missing (the message says how many). d is unchanged on
 * refusal.
 */
int dlg_transition(struct dialogue *d, enum dlg_state to, const char *reason,
    const struct dlg_settings *s, long today, struct dlg_issues *missing,
    struct dlg_error *err);

/*
 * 1 when changing field f needs a reason now: the level once the dialogue
 * is running or later [S:Principer]. The caller then stores the reason in
 * F_LEVEL_CHANGE_REASON (dlg_put) along with the change.
 */
int dlg_field_needs_reason(const struct dialogue *d, enum dlg_field f);

/*
 * dlg_set_field with the rule above applied, for the CLI's --reason and
 * the screens alike: when f needs a reason now and the value really
 * changes, a blank or missing reason is refused (ERR_REFUSED, d
 * unchanged); given, it is stored (trimmed) in F_LEVEL_CHANGE_REASON.
 * Setting the same value again needs no reason. Otherwise as
 * dlg_set_field (reason ignored).
 */
int dlg_set_field_reason(struct dialogue *d, enum dlg_field f,
    const char *input, const char *reason, const struct dlg_methods *methods,
    struct dlg_error *err);

/*
 * The warnings for d as of today (days since epoch): level Information
 * only, Information with gate 2 yes, a "no" at a gate (not a citizen
 * dialogue), a method from another step, Medbeslutande (advisory note),
 * planned end after the decision deadline, deadline near, a session
 * without politicians (needs a full load), feedback overdue, evaluation
 * overdue, level changed after start, plan above the budget frame, plan
 * outside the decided time plan, running without all parties invited. Codes: level_information,
 * information_but_open, need_views_no, open_to_influence_no,
 * method_other_step (one per method), codecision_advisory,
 * end_after_deadline (end on or after the deadline), deadline_near (state
 * proposed or decided, fewer than deadline_warn_days left, or passed),
 * session_without_politicians (one per loaded session), feedback_overdue,
 * evaluation_overdue, level_changed, budget_above_frame,
 * plan_outside_time_plan (planned start before the decided start, planned
 * end after the decided end: one each), parties_not_invited. s may be NULL (defaults).
 */
void dlg_warnings(const struct dialogue *d, const struct dlg_settings *s,
    long today, struct dlg_issues *out);
/* The same warnings with their codes and fields only (every text NULL):
 * what a list of many dialogues needs, without the sentences. */
void dlg_warning_codes(const struct dialogue *d,
    const struct dlg_settings *s, long today, struct dlg_issues *out);
/* 1 when feedback or evaluation is overdue as of today. */
int dlg_is_overdue(const struct dialogue *d, const struct dlg_settings *s,
    long today);

/* ---------------------------------------------------------------- due dates */

/*
 * The day (since the epoch) feedback and evaluation fall due, by the rule
 * of the overdue warnings: feedback feedback_days after the later of the
 * last session (the store's summary or the loaded sessions) and the
 * result summary, once a session has been held [T4 "så snart som
 * möjligt"]; evaluation evaluation_days after the first feedback
 * [T4][S:KLK]. Each returns 0 and sets *due, or -1 when the day it counts
 * from is not known. Neither looks at the state. s may be NULL (defaults).
 */
int dlg_feedback_due(const struct dialogue *d, const struct dlg_settings *s,
    long *due);
int dlg_evaluation_due(const struct dialogue *d,
    const struct dlg_settings *s, long *due);

enum dlg_overdue {
	DLG_OVERDUE_NONE,
	DLG_OVERDUE_FEEDBACK,	/* running or reported, a session held */
	DLG_OVERDUE_EVALUATION,	/* fed back */
};
/*
 * How many days d is overdue as of today: today less the day feedback or
 * evaluation fell due (as above), when that day has passed; 0 when nothing
 * is overdue, exactly when dlg_is_overdue says 0. *what (may be NULL) says
 * which is overdue (DLG_OVERDUE_NONE with 0). s may be NULL (defaults).
 */
long dlg_days_overdue(const struct dialogue *d, const struct dlg_settings *s,
    long today, enum dlg_overdue *what);

#endif
