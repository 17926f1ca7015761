/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * text.c: the domain's checks on typed text (UTF-8, control characters,
 * length), trimming, case-insensitive comparison of names, the quoting
 * of bad input in messages, the words for answers and influence, and the
 * legend of the policy references.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dialogue.h"
#include "i18n.h"
#include "internal.h"

static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
	    c == '\f';
}

char *
dom_trimn(const char *s, size_t n)
{
	while (n > 0 && is_space((unsigned char)*s)) {
		s++;
		n--;
	}
	while (n > 0 && is_space((unsigned char)s[n - 1]))
		n--;
	return xstrndup(s, n);
}

char *
dom_trim(const char *s)
{
	return dom_trimn(s, strlen(s));
}

/* Decode one code point of valid UTF-8 at *p and advance *p. */
static unsigned long
next_cp(const char **p)
{
	const unsigned char *s = (const unsigned char *)*p;
	unsigned long c;
	size_t len, i;

	if (s[0] < 0x80) {
		len = 1;
		c = s[0];
	} else if ((s[0] & 0xe0) == 0xc0) {
		len = 2;
		c = s[0] & 0x1f;
	} else if ((s[0] & 0xf0) == 0xe0) {
		len = 3;
		c = s[0] & 0x0f;
	} else {
		len = 4;
		c = s[0] & 0x07;
	}
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80) {	/* not valid: stop here */
			*p += i;
			return 0xfffd;
		}
		c = (c << 6) | (s[i] & 0x3f);
	}
	*p += len;
	return c;
}

/* Lower case of ASCII and Latin-1 letters; enough for Swedish names. */
static unsigned long
fold(unsigned long c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 0x20;
	if (c >= 0xc0 && c <= 0xde && c != 0xd7)
		return c + 0x20;
	return c;
}

int
dom_eqfold(const char *a, const char *b)
{
	char *ta, *tb;
	const char *p, *q;
	int eq = 1;

	if (a == NULL || b == NULL)
		return 0;
	ta = dom_trim(a);
	tb = dom_trim(b);
	p = ta;
	q = tb;
	while (eq && *p != '\0' && *q != '\0')
		eq = fold(next_cp(&p)) == fold(next_cp(&q));
	eq = eq && *p == '\0' && *q == '\0';
	free(ta);
	free(tb);
	return eq;
}

/* Length of the UTF-8 sequence at p (left bytes available), 0 if invalid. */
static size_t
seq_len(const unsigned char *p, size_t left)
{
	size_t k;

	if (p[0] < 0x80)
		k = 1;
	else if (p[0] >= 0xc2 && p[0] <= 0xdf)
		k = 2;
	else if (p[0] >= 0xe0 && p[0] <= 0xef)
		k = 3;
	else if (p[0] >= 0xf0 && p[0] <= 0xf4)
		k = 4;
	else
		return 0;
	if (k > left || !utf8_valid((const char *)p, k))
		return 0;
	return k;
}

void
dom_excerpt(char *buf, size_t size, const char *s, size_t maxcp)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), i = 0, n = 0, k, out = 0, w;
	char piece[16];

	if (size == 0)
		return;
	buf[0] = '\0';
	while (i < len) {
		if (n == maxcp) {
			if (out + 3 < size) {
				memcpy(buf + out, "...", 4);
				out += 3;
			}
			return;
		}
		k = seq_len(p + i, len - i);
		if (k == 0 || (k == 1 && (p[i] < 0x20 || p[i] == 0x7f))) {
			/* an invalid byte or a C0 control: show the byte */
			snprintf(piece, sizeof piece, "\\x%02X", p[i]);
			k = 1;
		} else if (k == 2 && p[i] == 0xc2 && p[i + 1] < 0xa0) {
			/* a C1 control, U+0080..U+009F */
			snprintf(piece, sizeof piece, "\\u%04X",
			    (unsigned)p[i + 1]);
		} else {
			memcpy(piece, p + i, k);
			piece[k] = '\0';
		}
		w = strlen(piece);
		if (out + w >= size)
			break;
		memcpy(buf + out, piece, w + 1);
		out += w;
		i += k;
		n++;
	}
}

/* dom_excerpt for a condition: always true. */
static int
excerpt_of(char *buf, size_t size, const char *s)
{
	dom_excerpt(buf, size, s, 40);
	return 1;
}

int
dom_check_text(const char *label, const char *s, int multiline,
    size_t maxcp, struct dlg_error *err)
{
	char ex[256];
	size_t n;

	if (s == NULL)
		return 0;
	/* The excerpt only for a message: checking stays cheap for the
	 * millions of valid texts an import or a demo stores. */
	if (!utf8_valid(s, strlen(s)) &&
	    excerpt_of(ex, sizeof ex, s))
		return err_set(err, ERR_REFUSED, _("%s: the text '%s' is not "
		    "valid UTF-8; save it as UTF-8 and try again."), label, ex);
	if (!multiline && strpbrk(s, "\n\r") != NULL &&
	    excerpt_of(ex, sizeof ex, s))
		return err_set(err, ERR_REFUSED, _("%s: the text '%s' has a "
		    "line break, but the field takes one line only."),
		    label, ex);
	if (utf8_has_control(s, multiline) &&
	    excerpt_of(ex, sizeof ex, s))
		return err_set(err, ERR_REFUSED, _("%s: the text '%s' holds "
		    "a control character; remove it and try again."),
		    label, ex);
	n = utf8_len(s);
	if (n > maxcp && excerpt_of(ex, sizeof ex, s))
		return err_set(err, ERR_REFUSED, ngettext(
		    "%s: the text '%s' is too long (%zu characters); at most "
		    "%zu character is allowed.",
		    "%s: the text '%s' is too long (%zu characters); at most "
		    "%zu characters are allowed.", maxcp), label, ex, n, maxcp);
	return 0;
}

int
dom_check_required(const char *label, const char *s, int multiline,
    size_t maxcp, struct dlg_error *err)
{
	const char *p;

	for (p = s; p != NULL && *p != '\0'; p++)
		if (!is_space((unsigned char)*p))
			return dom_check_text(label, s, multiline, maxcp, err);
	return err_set(err, ERR_REFUSED, _("%s is required; give a value."),
	    label);
}

const char *
dom_answer_parse(const char *s)
{
	static const char *const yes[] = { "yes", "y", "ja", "j", "1",
	    "true", "on", NULL };
	static const char *const no[] = { "no", "n", "nej", "0", "false",
	    "off", NULL };
	size_t i;

	for (i = 0; yes[i] != NULL; i++)
		if (dom_eqfold(s, yes[i]))
			return "yes";
	for (i = 0; no[i] != NULL; i++)
		if (dom_eqfold(s, no[i]))
			return "no";
	if (dom_eqfold(s, _("Yes")))
		return "yes";
	if (dom_eqfold(s, _("No")))
		return "no";
	return NULL;
}

static const struct {
	const char *token;
	const char *label;
	const char *alias;	/* the Swedish word, accepted in any locale */
} influence[] = {
	{ "yes", N_("Yes"), "ja" },
	/* TRANSLATORS: the dialogue influenced the decision partly */
	{ "partly", N_("Partly"), "delvis" },
	{ "no", N_("No"), "nej" },
	/* TRANSLATORS: whether the dialogue influenced the decision */
	{ "unknown", N_("Not yet known"), "vet ännu inte" },
};

const char *
dom_influence_parse(const char *s)
{
	size_t i;

	for (i = 0; i < sizeof influence / sizeof influence[0]; i++)
		if (dom_eqfold(s, influence[i].token) ||
		    dom_eqfold(s, influence[i].alias) ||
		    dom_eqfold(s, influence[i].label) ||
		    dom_eqfold(s, _(influence[i].label)))
			return influence[i].token;
	return NULL;
}

const char *
dom_answer_label(const char *token)
{
	if (token == NULL)
		return "";
	return strcmp(token, "yes") == 0 ? _("Yes") : _("No");
}

const char *
dom_influence_label(const char *token)
{
	size_t i;

	for (i = 0; token != NULL &&
	    i < sizeof influence / sizeof influence[0]; i++)
		if (strcmp(token, influence[i].token) == 0)
			return _(influence[i].label);
	return token == NULL ? "" : token;
}

const char *
dlg_policy_legend(const struct dlg_settings *s)
{
	switch (s != NULL ? s->policy : DLG_POLICY_COMBINED) {
	case DLG_POLICY_TJORN:
		return _("Policy references: [T4] is chapter 4 of Tjörn's "
		    "policy for citizen dialogue (Policy för invånardialog), "
		    "[T2.3] section 2.3 of its chapter 2.");
	case DLG_POLICY_SOLLENTUNA:
		return _("Policy references: [S:Metod] is the section "
		    "\"Metod\" (method) of Sollentuna's rules for citizen "
		    "dialogue, whose sections are Definition (definition), "
		    "Förutsättningar (preconditions), Principer (principles), "
		    "Metod (method), Roller (roles), Checklista (checklist) "
		    "and KLK (the municipal executive office's part); a quoted "
		    "phrase after a section is its subheading.");
	default:
		break;
	}
	return _("Policy references: [T4] is chapter 4 of Tjörn's policy for "
	    "citizen dialogue; [S:Metod] is the section \"Metod\" (method) "
	    "of Sollentuna's rules for citizen dialogue, whose sections are "
	    "Definition (definition), Förutsättningar (preconditions), "
	    "Principer (principles), Metod (method), Roller (roles), "
	    "Checklista (checklist) and KLK (the municipal executive "
	    "office's part); a quoted phrase after a section is its "
	    "subheading.");
}
