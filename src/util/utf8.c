/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * utf8.c: checks on UTF-8 text coming from users, files and the register.
 */
#include "config.h"

#include <string.h>

#include "util.h"

/* Decode one code point at s (n bytes left); returns its length or 0. */
static size_t
decode(const unsigned char *s, size_t n, unsigned long *cp)
{
	unsigned long c;
	size_t len, i;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		len = 2;
		c = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		len = 3;
		c = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		len = 4;
		c = s[0] & 0x07;
	} else
		return 0;
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
	    c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return len;
}

int
utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned long cp;
	size_t i = 0, k;

	while (i < len) {
		if (p[i] < 0x80) {	/* ASCII, most of any text: inline */
			i++;
			continue;
		}
		if ((k = decode(p + i, len - i, &cp)) == 0)
			return 0;
		i += k;
	}
	return 1;
}

size_t
utf8_len(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

int
utf8_has_control(const char *s, int multiline)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), i = 0, k;
	unsigned long cp;

	while (i < len) {
		if (p[i] >= 0x20 && p[i] < 0x7f) {	/* printable ASCII */
			i++;
			continue;
		}
		if ((k = decode(p + i, len - i, &cp)) == 0)
			return 1;
		i += k;
		if (multiline && (cp == '\n' || cp == '\t'))
			continue;
		if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f))
			return 1;
	}
	return 0;
}
