/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * bodies.h: the register's list of bodies, its domain part. The bodies
 * of a municipality are kommunfullmäktige, kommunstyrelsen, the nämnder,
 * the beredningar and the boards of its companies [T1], each with its
 * abbreviation (KS, BUN) and whether it is a political body. Officials
 * and offices are not bodies: they prepare, run and document; political
 * bodies decide, answer the gate questions and own the process
 * [T5][S:Roller]. The store keeps the list (table bodies); here are its
 * types, the check of an entry, finding what a user typed in it, and the
 * check of a dialogue's body fields against it.
 *
 * An empty list is no list: every name is accepted, as in the registers
 * made before the list existed. Once it holds an entry, each body a
 * dialogue names must be one of the list, written as its full name.
 *
 * C11 and libc only, like the rest of the domain (dialogue.h).
 */
#ifndef DIALOGREG_BODIES_H
#define DIALOGREG_BODIES_H

#include "dialogue.h"

/* The kinds of body; the order is the order of menus. */
enum dlg_body_kind {
	DLG_BODY_COUNCIL,	/* kommunfullmäktige */
	DLG_BODY_EXECUTIVE,	/* kommunstyrelse */
	DLG_BODY_COMMITTEE,	/* nämnd */
	DLG_BODY_DRAFTING,	/* beredning */
	DLG_BODY_COMPANY,	/* bolagsstyrelse */
	DLG_NBODY_KINDS
};

/* "council", "executive_board", "committee", "drafting_committee",
 * "company_board": stored, never translated. "" for no kind. */
const char *dlg_body_kind_token(enum dlg_body_kind k);
/* The kind in the user's language ("nämnd"). */
const char *dlg_body_kind_label(enum dlg_body_kind k);
/* The kind of a stored token; -1 when it is not one. */
int dlg_body_kind_from_token(const char *token);
/*
 * Parse a kind as typed: its token, its translated label or the Swedish
 * word (kommunfullmäktige, kommunstyrelse, nämnd, beredning,
 * bolagsstyrelse), any case. Returns 0, or -1 with ERR_REFUSED naming
 * the kinds.
 */
int dlg_body_kind_parse(const char *s, enum dlg_body_kind *out,
    struct dlg_error *err);

/* One entry of the list. */
struct dlg_body {
	char			*name;		/* "Socialnämnden" */
	char			*abbrev;	/* "BUN", or NULL */
	enum dlg_body_kind	 kind;
	int			 political;	/* 1: elected members */
};
struct dlg_bodies {
	struct dlg_body	*v;
	size_t		 n, alloc;
};
/* Append an entry (strings copied and trimmed; "" abbrev = none). */
void dlg_bodies_add(struct dlg_bodies *l, const char *name,
    const char *abbrev, enum dlg_body_kind kind, int political);
void dlg_bodies_clear(struct dlg_bodies *l);
/* Free the strings of b and zero it. Accepts NULL. */
void dlg_body_clear(struct dlg_body *b);

/* The entry that typed names by its name or its abbreviation (any case,
 * blanks around ignored), or NULL. Borrowed from l. */
const struct dlg_body *dlg_bodies_find(const struct dlg_bodies *l,
    const char *typed);
/* The entry of the kind council, the first one, or NULL. */
const struct dlg_body *dlg_bodies_council(const struct dlg_bodies *l);

/*
 * 1 when s (trimmed, any case) names a political party instead of a
 * body: the abbreviations S, M, SD, C, V, KD, L, MP, FP, FI and the
 * parties' names. In a citizen dialogue the politicians represent their
 * body, not their party [T5].
 */
int dlg_is_party(const char *s);

/*
 * Check entry b as it would stand in l: a name (one line, no ';', at
 * most 300 characters), an abbreviation of at most 20 characters without
 * blanks or ';' (or none), a kind, political 0 or 1; neither name nor
 * abbreviation a party's [T5], and neither the same (any case) as a name
 * or abbreviation of another entry. except names the entry being edited
 * (NULL for a new one): it does not clash with itself. Returns 0, or -1
 * with ERR_REFUSED quoting what is wrong.
 */
int dlg_body_check(const struct dlg_bodies *l, const struct dlg_body *b,
    const char *except, struct dlg_error *err);

/*
 * The stored value of an entry for its history rows:
 * "Barn- och utbildningsnämnden; BUN; committee; political" (the
 * abbreviation empty when none; "not_political"). Caller frees.
 */
char *dlg_body_value(const struct dlg_body *b);
/* That value for people: "Barn- och utbildningsnämnden (BUN), nämnd,
 * politiskt organ". NULL when value is not one. Caller frees. */
char *dlg_body_value_shown(const char *value);

/* How a field of the dialogue is tied to the list. */
enum dlg_body_role {
	DLG_BROLE_NONE,		/* not a body field */
	DLG_BROLE_ANY,		/* an entry of the list: the bodies
				   concerned, the sender, the body a
				   politician represents */
	DLG_BROLE_POLITICAL,	/* a political entry: it decides, answers
				   a gate question or owns the process */
};
/* The role of field f (F_BODIES and F_POLITICIANS are lists). */
enum dlg_body_role dlg_body_field_role(enum dlg_field f);

/* What naming a non-political entry in a political role does. */
enum dlg_body_severity {
	DLG_BODY_REFUSE,	/* refused (the default) */
	DLG_BODY_WARN,		/* accepted with a warning */
};

/* The list and the rules a dialogue's body fields are checked with. */
struct dlg_body_rules {
	const struct dlg_bodies	*list;		/* NULL or empty: any name */
	enum dlg_body_severity	 office;	/* non-political, political
						   role */
	/* When given, the register's policy says per field whether an
	 * office there is refused or warned about (dlg_office_does);
	 * office above then holds for the fields it does not name. */
	const struct dlg_settings *policy;
};

/*
 * Resolve typed, a body for the field or setting called label
 * (translated): the list's full name of the entry it names (name or
 * abbreviation), or typed itself (trimmed) when the list is empty.
 * *out: caller frees. An unknown name is refused (ERR_REFUSED) with a
 * message naming the list and how to add to it.
 */
int dlg_bodies_resolve(const struct dlg_bodies *l, const char *label,
    const char *typed, char **out, struct dlg_error *err);

/*
 * Check body field f of d, as dlg_set_field left it, against the rules
 * and write each body as the list spells it (abbreviations become full
 * names): every name must be an entry of a non-empty list; a field of a
 * political role must name a political entry (refused, or with
 * DLG_BODY_WARN a warning "not_political_body" appended to warn, which
 * may be NULL); the same body twice in the bodies concerned is refused.
 * A politician with a party in place of the body ("Anna Berg (S)") is
 * refused whatever the list holds [T5]. Fields of no body role pass.
 * Returns 0, or -1 with ERR_REFUSED; d is unchanged on error.
 */
int dlg_bodies_check_field(struct dialogue *d, enum dlg_field f,
    const struct dlg_body_rules *r, struct dlg_issues *warn,
    struct dlg_error *err);

/* The role of field f of the child records of kind k: the feedback's
 * sender is a body [T4][S:Roller]; DLG_BROLE_NONE for the others. */
enum dlg_body_role dlg_child_body_role(enum dlg_child k, size_t f);

/*
 * dlg_bodies_check_field for field f of the child record rec of kind k
 * (as dlg_child_set left it), and for every field of it: a body field
 * names a body of a non-empty list and is written as the list spells
 * it. Returns 0, or -1 with ERR_REFUSED: the refused field is
 * unchanged (with the whole record, a body field before it may be
 * spelt as the list does already).
 */
int dlg_bodies_check_child_field(enum dlg_child k, void *rec, size_t f,
    const struct dlg_body_rules *r, struct dlg_error *err);
int dlg_bodies_check_child(enum dlg_child k, void *rec,
    const struct dlg_body_rules *r, struct dlg_error *err);

#endif
