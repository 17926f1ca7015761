/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * set.c: typed input for the fields of the record. Validates what a user
 * typed (UTF-8, control characters, length, the value's type), turns it
 * into the canonical form stored in the record, parses item lists with
 * the method catalogue, and formats values back for people and machines.
 */
#include "config.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dialogue.h"
#include "i18n.h"
#include "internal.h"

/* Refuse with the field's label before a value parser's message. */
static int
refuse_field(struct dlg_error *err, const char *label, const char *msg)
{
	/* TRANSLATORS: a field's label, then what is wrong with its value */
	return err_set(err, ERR_REFUSED, _("%s: %s."), label, msg);
}

/* A copy of s with CR LF and lone CR turned into LF. */
static char *
unix_newlines(const char *s)
{
	char *t = xmalloc(strlen(s) + 1), *q = t;

	for (; *s != '\0'; s++) {
		if (*s == '\r') {
			*q++ = '\n';
			if (s[1] == '\n')
				s++;
		} else
			*q++ = *s;
	}
	*q = '\0';
	return t;
}

void
dlg_item_split(const char *item, int notes, char **name, char **note)
{
	size_t n = strlen(item), i;
	int depth = 0;

	*note = NULL;
	if (notes && n > 0 && item[n - 1] == ')') {
		for (i = n; i-- > 0;) {
			if (item[i] == ')')
				depth++;
			else if (item[i] == '(' && --depth == 0)
				break;
		}
		if (depth == 0 && i < n) {
			*name = dom_trimn(item, i);
			*note = dom_trimn(item + i + 1, n - i - 2);
			if (**note == '\0') {
				free(*note);
				*note = NULL;
			}
			return;
		}
	}
	*name = xstrdup(item);
}

/*
 * dlg_item_split for an item of field def. A method's note is its tie to
 * the target groups (ties.c), but a name the catalogue holds is a name
 * even when it ends in "(...)", as "Enkät (webb)" may.
 */
static void
split_item(const struct dlg_field_def *def, const struct dlg_methods *m,
    const char *item, char **name, char **note)
{
	int notes = (def->flags & DLG_FF_ITEMNOTE) != 0;

	if (notes && (def->flags & DLG_FF_METHOD) &&
	    dlg_methods_step(m, item) > 0)
		notes = 0;
	dlg_item_split(item, notes, name, note);
}

int
dlg_methods_unknown(const struct dlg_methods *m, const char *input,
    char *buf, size_t size)
{
	const char *p, *q;
	char *item, *name, *note;
	int found = 0;

	if (input == NULL)
		return 0;
	for (p = input; !found && *p != '\0'; p = *q != '\0' ? q + 1 : q) {
		q = strchr(p, ';');
		if (q == NULL)
			q = p + strlen(p);
		item = dom_trimn(p, (size_t)(q - p));
		split_item(&dlg_fields[F_METHODS], m, item, &name, &note);
		if (*name != '\0' && dlg_methods_step(m, name) == 0) {
			snprintf(buf, size, "%s", name);
			found = 1;
		}
		free(name);
		free(note);
		free(item);
	}
	return found;
}

int
dlg_items_parse(enum dlg_field f, const char *input,
    const struct dlg_methods *methods, struct dlg_items *out,
    struct dlg_error *err)
{
	const struct dlg_field_def *def;
	const char *label, *p, *q, *canon;
	struct dlg_items tmp = { 0 };
	char *item, *name = NULL, *note = NULL, ex[256];
	size_t i;
	int step;

	assert(f >= DLG_NSCALARS && f < DLG_NFIELDS);
	def = &dlg_fields[f];
	label = _(def->label);
	if (input == NULL)
		input = "";
	if (dom_check_text(label, input, 0, (size_t)-1, err) == -1)
		return -1;
	for (p = input; *p != '\0'; p = *q != '\0' ? q + 1 : q) {
		q = strchr(p, ';');
		if (q == NULL)
			q = p + strlen(p);
		item = dom_trimn(p, (size_t)(q - p));
		if (*item == '\0') {
			free(item);
			continue;
		}
		split_item(def, methods, item, &name, &note);
		dom_excerpt(ex, sizeof ex, item, 40);
		free(item);
		if (*name == '\0') {
			err_set(err, ERR_REFUSED, _("%s: the item '%s' has a "
			    "note but no name; write it as 'name (note)'."),
			    label, ex);
			goto fail;
		}
		if (dom_check_text(label, name, 0, DOM_MAX_LINE, err) == -1 ||
		    (note != NULL &&
		    dom_check_text(label, note, 0, DOM_MAX_LINE, err) == -1))
			goto fail;
		step = 0;
		if (def->flags & DLG_FF_METHOD) {
			step = dlg_methods_step(methods, name);
			canon = dlg_methods_name(methods, name);
			if (step == 0 || canon == NULL) {
				dom_excerpt(ex, sizeof ex, name, 40);
				err_set(err, ERR_REFUSED, _("%s: the method '%s' "
				    "is not in the method catalogue; check the "
				    "spelling, or add it first with 'dialogreg "
				    "method add NAME STEP'."), label, ex);
				goto fail;
			}
			free(name);
			name = xstrdup(canon);
		}
		for (i = 0; i < tmp.n; i++)
			if (dom_eqfold(tmp.v[i].name, name)) {
				dom_excerpt(ex, sizeof ex, name, 40);
				err_set(err, ERR_REFUSED, _("%s: '%s' is listed "
				    "twice; list each item once."), label, ex);
				goto fail;
			}
		if (tmp.n == DOM_MAX_ITEMS) {
			err_set(err, ERR_REFUSED, ngettext(
			    "%s: too many items; at most %d item is allowed.",
			    "%s: too many items; at most %d items are allowed.",
			    DOM_MAX_ITEMS), label, DOM_MAX_ITEMS);
			goto fail;
		}
		dlg_items_add(&tmp, name, note, step);
		free(name);
		free(note);
		name = note = NULL;
	}
	for (i = 0; i < tmp.n; i++)
		dlg_items_add(out, tmp.v[i].name, tmp.v[i].note,
		    tmp.v[i].step);
	dlg_items_clear(&tmp);
	return 0;
fail:
	free(name);
	free(note);
	dlg_items_clear(&tmp);
	return -1;
}

/* Canonical text of a scalar of field f from input t (trimmed, but for
 * a text of several lines), or NULL with err set. Caller frees. */
static char *
canonical_scalar(const struct dlg_field_def *def, const char *t,
    struct dlg_error *err)
{
	const char *label = _(def->label), *tok;
	struct dlg_error e;
	char ex[256];
	long days;
	long long kr;
	int level;

	dom_excerpt(ex, sizeof ex, t, 40);
	switch (def->type) {
	case FT_LINE:
		if (dom_check_text(label, t, 0, DOM_MAX_LINE, err) == -1)
			return NULL;
		return xstrdup(t);
	case FT_TEXT:
		if (dom_check_text(label, t, 1, DOM_MAX_TEXT, err) == -1)
			return NULL;
		return xstrdup(t);
	case FT_DATE:
		if (dlg_date_parse(t, &days, &e) == -1) {
			refuse_field(err, label, e.msg);
			return NULL;
		}
		return xstrdup(t);
	case FT_AMOUNT:
		if (dlg_amount_parse(t, &kr, &e) == -1) {
			refuse_field(err, label, e.msg);
			return NULL;
		}
		return xasprintf("%lld", kr);
	case FT_ANSWER:
		if ((tok = dom_answer_parse(t)) == NULL) {
			err_set(err, ERR_REFUSED, _("%s: '%s' is not an "
			    "answer; use yes or no."), label, ex);
			return NULL;
		}
		return xstrdup(tok);
	case FT_LEVEL:
		if (dlg_level_parse(t, &level, err) == -1)
			return NULL;
		return xstrdup(dlg_level_token(level));
	case FT_INFLUENCE:
		if ((tok = dom_influence_parse(t)) == NULL) {
			err_set(err, ERR_REFUSED, _("%s: '%s' is not one of "
			    "yes, partly, no or unknown."), label, ex);
			return NULL;
		}
		return xstrdup(tok);
	case FT_LIST:
	case FT_COUNT:		/* child fields only */
	case FT_CHANNEL:
	case FT_SESSION:
	case FT_TIME:
		break;
	}
	assert(0 && "list field given to canonical_scalar");
	return NULL;
}

int
dlg_set_field(struct dialogue *d, enum dlg_field f, const char *input,
    const struct dlg_methods *methods, struct dlg_error *err)
{
	const struct dlg_field_def *def;
	struct dlg_items items = { 0 }, *l;
	char *norm, *t, *v;

	if ((int)f < 0 || f >= DLG_NFIELDS)
		return err_set(err, ERR_USAGE, _("no such field"));
	def = &dlg_fields[f];
	if (def->flags & DLG_FF_READONLY)
		return err_set(err, ERR_REFUSED, _("%s is kept by the program "
		    "and cannot be set directly."), _(def->label));
	if (input == NULL)
		input = "";
	/* Bad bytes first, so no later step sees invalid UTF-8. */
	if (!utf8_valid(input, strlen(input)))
		return dom_check_text(_(def->label), input, 1, (size_t)-1,
		    err);
	if (def->type == FT_LIST) {
		if (dlg_items_parse(f, input, methods, &items, err) == -1)
			return -1;
		l = dlg_list_mut(d, f);
		dlg_items_clear(l);
		*l = items;
		return 0;
	}
	norm = unix_newlines(input);
	t = dom_trim(norm);
	if (*t == '\0') {
		free(t);
		free(norm);
		dlg_put(d, f, NULL);
		return 0;
	}
	/* A text of several lines is the writer's, byte for byte: its
	 * indentation, blank lines and spaces are kept. Everything else
	 * (a title, a date, a name) is read without the blanks around it. */
	if (def->type == FT_TEXT) {
		free(t);
		t = norm;
	} else
		free(norm);
	v = canonical_scalar(def, t, err);
	free(t);
	if (v == NULL)
		return -1;
	free(d->val[f]);
	d->val[f] = v;
	return 0;
}

static void
add_items(struct strbuf *sb, const struct dlg_items *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		if (i > 0)
			sb_add(sb, "; ");
		sb_add(sb, l->v[i].name);
		if (l->v[i].note != NULL)
			sb_addf(sb, " (%s)", l->v[i].note);
	}
}

char *
dlg_format_field(const struct dialogue *d, enum dlg_field f)
{
	struct strbuf sb;
	const char *v;
	int level;

	assert(f >= 0 && f < DLG_NFIELDS);
	if (dlg_fields[f].type == FT_LIST) {
		sb_init(&sb);
		add_items(&sb, dlg_list(d, f));
		return sb_detach(&sb);
	}
	if ((v = dlg_get(d, f)) == NULL)
		return xstrdup("");
	switch (dlg_fields[f].type) {
	case FT_AMOUNT:
		return dlg_amount_format(strtoll(v, NULL, 10));
	case FT_ANSWER:
		return xstrdup(dom_answer_label(v));
	case FT_LEVEL:
		level = dlg_level_from_token(v);
		return xstrdup(level != 0 ? dlg_level_label(level) : v);
	case FT_INFLUENCE:
		return xstrdup(dom_influence_label(v));
	default:
		return xstrdup(v);
	}
}

char *
dlg_canonical_field(const struct dialogue *d, enum dlg_field f)
{
	struct strbuf sb;
	const char *v;

	assert(f >= 0 && f < DLG_NFIELDS);
	if (dlg_fields[f].type == FT_LIST) {
		sb_init(&sb);
		add_items(&sb, dlg_list(d, f));
		return sb_detach(&sb);
	}
	v = dlg_get(d, f);
	return xstrdup(v != NULL ? v : "");
}

int
dlg_set_field_reason(struct dialogue *d, enum dlg_field f, const char *input,
    const char *reason, const struct dlg_methods *methods,
    struct dlg_error *err)
{
	const char *now;
	char *old, *why;
	int changed;

	if (!dlg_field_needs_reason(d, f))
		return dlg_set_field(d, f, input, methods, err);
	why = NULL;
	if (reason != NULL) {
		if (dom_check_text(_("Reason"), reason, 1, DOM_MAX_TEXT,
		    err) == -1)
			return -1;
		/* Kept as written, as every text of several lines; blanks
		 * alone are no reason. */
		why = dom_trim(reason);
		if (*why != '\0') {
			free(why);
			why = xstrdup(reason);
		}
	}
	old = xstrdup(dlg_get(d, f));
	if (dlg_set_field(d, f, input, methods, err) == -1) {
		free(old);
		free(why);
		return -1;
	}
	now = dlg_get(d, f);
	changed = (old == NULL) != (now == NULL) ||
	    (old != NULL && strcmp(old, now) != 0);
	if (changed && (why == NULL || *why == '\0')) {
		dlg_put(d, f, old);
		free(old);
		free(why);
		/* [S:Principer] the level is fixed before the start */
		return err_set(err, ERR_REFUSED, _("%s is fixed once the "
		    "dialogue has started; give a reason for the change "
		    "[S:Principer]."), _(dlg_fields[f].label));
	}
	if (changed)
		dlg_put(d, F_LEVEL_CHANGE_REASON, why);
	free(old);
	free(why);
	return 0;
}
