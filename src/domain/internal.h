/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * internal.h: helpers shared by the files of the domain layer only (text
 * checks, trimming, case folding, quoting). Not part of the interface of
 * the domain: other layers use include/dialogue.h.
 */
#ifndef DIALOGREG_DOMAIN_INTERNAL_H
#define DIALOGREG_DOMAIN_INTERNAL_H

#include <stddef.h>

#include "util.h"

/* Length bounds in code points [contract of dlg_set_field]. */
#define DOM_MAX_LINE	300	/* one-line fields, list items, notes */
#define DOM_MAX_TEXT	20000	/* several-line fields */
#define DOM_MAX_ITEMS	100	/* items in one list field */

/* A copy of s without leading and trailing ASCII white space. s != NULL. */
char *dom_trim(const char *s);
char *dom_trimn(const char *s, size_t n);

/*
 * 1 when a and b are equal ignoring surrounding white space and case
 * (ASCII and Latin-1 letters such as Å/å, É/é), 0 otherwise. Both must be
 * valid UTF-8; NULL equals nothing.
 */
int dom_eqfold(const char *a, const char *b);

/*
 * Write into buf a short, printable excerpt of s for a message: at most
 * maxcp code points, control characters and invalid bytes written as \xNN
 * or \uNNNN escapes, "..." appended when cut.
 */
void dom_excerpt(char *buf, size_t size, const char *s, size_t maxcp);

/*
 * Check text typed for the field or item called label (translated):
 * valid UTF-8, no control characters (newline and tab allowed when
 * multiline), at most maxcp code points. Returns 0, or -1 with
 * ERR_REFUSED and a message naming label and quoting the text.
 */
int dom_check_text(const char *label, const char *s, int multiline,
    size_t maxcp, struct dlg_error *err);

/* Like dom_check_text, and also refuses an empty (or blank) s: "X is
 * required". s may be NULL (= empty). */
int dom_check_required(const char *label, const char *s, int multiline,
    size_t maxcp, struct dlg_error *err);

/*
 * Check the contact channel the public pages give (label: the setting's
 * translated label): one clean line, and no address at a mail provider
 * for private persons. Returns 0, or -1 with ERR_REFUSED (contact.c).
 */
int dom_contact_check(const char *label, const char *value,
    struct dlg_error *err);

/* Parse an answer (yes/no, also ja/nej and the translated words) to its
 * canonical token "yes"/"no"; NULL when not an answer. */
const char *dom_answer_parse(const char *s);
/* Parse an influence value to "yes"/"partly"/"no"/"unknown"; or NULL. */
const char *dom_influence_parse(const char *s);
/* The translated display text of an answer or influence token ("Yes"). */
const char *dom_answer_label(const char *token);
const char *dom_influence_label(const char *token);

/*
 * Raising the items of the rules table (rules.c): the checks of one step
 * (or, step -1, of what is watched at any time) run with a context that
 * says which items are wanted, those the register's policy makes guards
 * or those it makes warnings; dom_rule() adds an item only when its
 * rule does what is wanted, words it for the policy (its term for the
 * dialogue) and cites the policy's references.
 */
struct dom_rules {
	const struct dlg_settings	*s;
	int				 step;	/* enum dlg_state, or -1 */
	int				 want;	/* enum dlg_does */
	const char			*reason; /* given with the step, or NULL */
	struct dlg_issues		*out;
};
/* Add an issue whose text (or NULL) the list takes over. */
void dom_issues_take(struct dlg_issues *l, const char *code, int field,
    char *text);
void dom_rule(const struct dom_rules *rc, const char *code, int field,
    const char *fmt, ...) DLG_PRINTF(4, 5);
/* The latest session date and the earliest feedback date: the store's
 * summary or the loaded records (due.c). */
const char *dom_last_session(const struct dialogue *d);
const char *dom_first_feedback(const struct dialogue *d);

/* The warnings of the steps taken. */
void dom_step_warnings(const struct dialogue *d,
    const struct dlg_settings *s, long today, struct dlg_issues *out);

#endif
