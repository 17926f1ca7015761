/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * contact.c: the municipality's contact channel that the public pages
 * and calendar files give residents for sending their views (the
 * register setting `contact`) [T4]. It is published, so it must be an
 * office's channel, never a person's: an address at a private mail
 * provider is refused outright (no office has one), and an address of
 * the form first.last@ or a Swedish mobile number is said to look like
 * a person's, since it may still be a shared one.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dialogue.h"
#include "i18n.h"
#include "internal.h"

/* Mail providers that give mailboxes to private persons. */
static const char *const private_domains[] = {
	"gmail.com", "googlemail.com", "hotmail.com", "hotmail.se",
	"outlook.com", "outlook.se", "live.com", "live.se", "msn.com",
	"yahoo.com", "yahoo.se", "icloud.com", "me.com", "mac.com",
	"aol.com", "protonmail.com", "proton.me", "gmx.com", "gmx.net",
	"gmx.de", "mail.com", "telia.com", "spray.se", "bredband.net",
	"bahnhof.se", "tele2.se", "comhem.se", NULL,
};

static int
local_char(int c)
{
	return isalnum(c) || strchr("._%+-", c) != NULL;
}

static int
domain_char(int c)
{
	return isalnum(c) || c == '.' || c == '-';
}

/* The next e-mail address in s from *pos on: its local part and domain
 * as offsets and lengths. Returns 0 when there is none. */
static int
next_address(const char *s, size_t *pos, size_t *lb, size_t *ll, size_t *db,
    size_t *dl)
{
	const char *at;
	size_t a, b, e;

	while ((at = strchr(s + *pos, '@')) != NULL) {
		a = b = (size_t)(at - s);
		while (a > 0 && local_char((unsigned char)s[a - 1]))
			a--;
		e = b + 1;
		while (domain_char((unsigned char)s[e]))
			e++;
		/* A domain ends without its full stop ("...se."). */
		while (e > b + 1 && s[e - 1] == '.')
			e--;
		*pos = e > b + 1 ? e : b + 1;
		if (a < b && e > b + 1 && memchr(s + b + 1, '.', e - b - 1)) {
			*lb = a;
			*ll = b - a;
			*db = b + 1;
			*dl = e - b - 1;
			return 1;
		}
	}
	return 0;
}

int
dlg_contact_address(const char *s, size_t *pos, size_t *start, size_t *len)
{
	size_t lb, ll, db, dl;

	if (s == NULL || !next_address(s, pos, &lb, &ll, &db, &dl))
		return 0;
	*start = lb;
	*len = db + dl - lb;
	return 1;
}

static int
private_domain(const char *d, size_t n)
{
	size_t i, k;

	for (i = 0; private_domains[i] != NULL; i++) {
		k = strlen(private_domains[i]);
		if (k != n)
			continue;
		if (strncasecmp(d, private_domains[i], n) == 0)
			return 1;
	}
	return 0;
}

/* "anna.berg", "anna-karin.berg": two or more parts of letters only,
 * joined by full stops, as a person's name is. */
static int
looks_like_a_name(const char *s, size_t n)
{
	size_t i, part = 0, parts = 1;

	for (i = 0; i < n; i++) {
		if (s[i] == '.') {
			if (part < 2)
				return 0;
			part = 0;
			parts++;
		} else if (isalpha((unsigned char)s[i]) || s[i] == '-')
			part++;
		else
			return 0;
	}
	return parts >= 2 && part >= 2;
}

/*
 * A Swedish mobile number among the digits of s: 07X and seven digits,
 * 070, 072, 073, 076 and 079 being mobile series, also written +46 7X or
 * 0046 7X, with spaces or hyphens between the digits (a comma or any
 * other character ends a number).
 */
static int
has_mobile_number(const char *s)
{
	char digits[32], *national;
	size_t i = 0, n;
	int plus;

	while (s[i] != '\0') {
		if (!isdigit((unsigned char)s[i]) && s[i] != '+') {
			i++;
			continue;
		}
		plus = s[i] == '+';
		i += plus;
		for (n = 0; isdigit((unsigned char)s[i]) || s[i] == ' ' ||
		    s[i] == '-'; i++)
			if (isdigit((unsigned char)s[i]) && n + 1 < sizeof digits)
				digits[n++] = s[i];
		digits[n] = '\0';
		/* The country code stands for the leading 0. */
		if (plus && strncmp(digits, "46", 2) == 0)
			national = digits + 1;
		else if (!plus && strncmp(digits, "0046", 4) == 0)
			national = digits + 3;
		else if (plus)
			continue;
		else
			national = digits;
		if (plus || national != digits)
			*national = '0';
		if (strlen(national) == 10 && strncmp(national, "07", 2) == 0 &&
		    strchr("02369", national[2]) != NULL)
			return 1;
	}
	return 0;
}

int
dom_contact_check(const char *label, const char *value,
    struct dlg_error *err)
{
	size_t pos = 0, lb, ll, db, dl;
	char ex[256], *addr;

	if (dom_check_text(label, value, 0, DOM_MAX_LINE, err) == -1)
		return -1;
	while (next_address(value, &pos, &lb, &ll, &db, &dl)) {
		if (!private_domain(value + db, dl))
			continue;
		addr = xstrndup(value + lb, ll + 1 + dl);
		dom_excerpt(ex, sizeof ex, addr, 60);
		free(addr);
		return err_set(err, ERR_REFUSED, _("%s: '%s' is a private "
		    "mailbox. The pages are public: give an address of the "
		    "municipality's office, such as "
		    "medborgardialog@kommun.se."), label, ex);
	}
	return 0;
}

char *
dlg_contact_warning(const char *value)
{
	size_t pos = 0, lb, ll, db, dl;
	char ex[256], *addr;

	if (value == NULL)
		return NULL;
	while (next_address(value, &pos, &lb, &ll, &db, &dl)) {
		if (!looks_like_a_name(value + lb, ll))
			continue;
		addr = xstrndup(value + lb, ll + 1 + dl);
		dom_excerpt(ex, sizeof ex, addr, 60);
		free(addr);
		return xasprintf(_("'%s' looks like a person's e-mail address. "
		    "The pages and calendars are public: give the office's "
		    "shared address instead, unless this is one."), ex);
	}
	if (has_mobile_number(value))
		return xstrdup(_("The contact channel holds what looks like a "
		    "mobile number. The pages and calendars are public: give "
		    "the office's number instead, unless this is one."));
	return NULL;
}
