/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * pdf-text.c: text as the typeset PDF sets it: amounts bound with
 * no-break spaces so that they never break across a line, and the web
 * and e-mail addresses found in it, which become links.
 */
#include "config.h"

#include <string.h>

#include "util.h"
#include "pdf-int.h"

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
word_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    is_digit(c) || (unsigned char)c >= 0x80;
}

/* 1 when the space before p, after a digit, is inside an amount: a
 * group of three digits follows, or a unit. */
static int
amount_goes_on(const char *p)
{
	if (is_digit(p[0]) && is_digit(p[1]) && is_digit(p[2]) &&
	    !is_digit(p[3]))
		return 1;
	return p[0] == '%' || (strncmp(p, "kr", 2) == 0 && !word_char(p[2])) ||
	    (strncmp(p, "SEK", 3) == 0 && !word_char(p[3]));
}

/*
 * Text as it is set: a space inside an amount or before its unit
 * becomes a no-break space, so that "125 000 kr", "50 %" and "§ 9"
 * never break across a line. Caller frees.
 */
char *
pdf_set_text(const char *s)
{
	struct strbuf sb;
	size_t i, n = strlen(s);
	int bind;

	sb_init(&sb);
	for (i = 0; i < n; i++) {
		bind = 0;
		if (s[i] == ' ' && i > 0 && is_digit(s[i - 1]))
			bind = amount_goes_on(s + i + 1);
		else if (s[i] == ' ' && i >= 2 &&
		    strncmp(s + i - 2, "\302\247", 2) == 0)
			bind = is_digit(s[i + 1]);	/* "§ 9" */
		if (bind)
			sb_add(&sb, "\302\240");
		else
			sb_addc(&sb, s[i]);
	}
	return sb_detach(&sb);
}


static int
url_end_char(unsigned char c)
{
	return c <= ' ' || c == 0xc2 || c == '<' || c == '>' || c == '"';
}

static int
mail_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    is_digit((char)c) || c == '.' || c == '-' || c == '_' ||
	    c == '+' || c == '%';
}

/* The URI for a link: ASCII, as a PDF wants it (other bytes, and the '
 * and \ that Cairo's attributes would take for their own, as %XX). */
static char *
link_uri(const char *prefix, const char *s, size_t n)
{
	struct strbuf sb;
	unsigned char c;
	size_t i;

	sb_init(&sb);
	sb_add(&sb, prefix);
	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c == '\'' || c == '\\' || c >= 0x80)
			sb_addf(&sb, "%%%02X", c);
		else
			sb_addc(&sb, (char)c);
	}
	return sb_detach(&sb);
}

/* The addresses in text (http://, https://, www., name@domain.tld), in
 * order; *n their number. Caller frees each uri and the array. */
struct pdf_link *
pdf_find_links(const char *text, size_t *n)
{
	struct pdf_link *v = NULL;
	size_t len = strlen(text), i = 0, s, e, at, dot;
	const char *prefix;

	*n = 0;
	while (i < len) {
		prefix = NULL;
		if (strncmp(text + i, "https://", 8) == 0 ||
		    strncmp(text + i, "http://", 7) == 0)
			prefix = "";
		else if (strncmp(text + i, "www.", 4) == 0 &&
		    (i == 0 || url_end_char((unsigned char)text[i - 1])))
			prefix = "https://";
		if (prefix != NULL) {
			s = i;
			for (e = i; e < len &&
			    !url_end_char((unsigned char)text[e]); e++)
				;
		} else if (text[i] == '@' && i > 0) {
			for (s = i; s > 0 &&
			    mail_char((unsigned char)text[s - 1]); s--)
				;
			for (e = i + 1; e < len &&
			    mail_char((unsigned char)text[e]); e++)
				;
			while (e > i + 1 && (text[e - 1] == '.' ||
			    text[e - 1] == '-'))
				e--;
			for (dot = 0, at = i + 1; at < e; at++)
				if (text[at] == '.')
					dot = at;
			if (s == i || dot == 0 || dot + 1 >= e) {
				i++;
				continue;
			}
			prefix = "mailto:";
		} else {
			i++;
			continue;
		}
		/* a full stop or comma after an address is the sentence's */
		while (e > s && strchr(".,;:!?)]'", text[e - 1]) != NULL)
			e--;
		if (e > s + 4) {
			v = xrealloc(v, (*n + 1) * sizeof *v);
			v[*n].start = s;
			v[*n].end = e;
			v[*n].uri = link_uri(prefix, text + s, e - s);
			(*n)++;
		}
		i = e > i ? e : i + 1;
	}
	return v;
}

