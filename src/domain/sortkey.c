// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * sortkey.c: a text's place in Swedish alphabetical order as bytes. The
 * key of a text compares byte by byte (memcmp, SQLite's BINARY) exactly
 * as the text compares in the order the store calls dlg_sv: case folded
 * for ASCII and Latin-1 letters, å, ä (æ) and ö (ø) after z, à á â as a,
 * è é ê ë as e, ü as y, other characters by code point (those above z
 * after ö); a text that is the beginning of another first; texts equal
 * so far by their exact bytes. So the list can keep an index of the key
 * and sort by title a page at a time, with no function of the program's
 * in the schema.
 *
 * The key is each character's weight in an order-keeping code of one to
 * three bytes (never starting with 0), a 0 byte, then the text's own
 * bytes for the tie-break.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dialogue.h"
#include "util.h"

unsigned long
dlg_sv_next(const unsigned char **p, const unsigned char *end)
{
	const unsigned char *s = *p;
	unsigned long cp;
	int len, i;

	if (s[0] < 0x80) {
		*p = s + 1;
		return s[0];
	}
	if ((s[0] & 0xe0) == 0xc0) {
		len = 2;
		cp = s[0] & 0x1f;
	} else if ((s[0] & 0xf0) == 0xe0) {
		len = 3;
		cp = s[0] & 0x0f;
	} else if ((s[0] & 0xf8) == 0xf0) {
		len = 4;
		cp = s[0] & 0x07;
	} else {
		*p = s + 1;
		return s[0];
	}
	if (end - s < len) {
		*p = s + 1;
		return s[0];
	}
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80) {
			*p = s + 1;
			return s[0];
		}
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	*p = s + len;
	return cp;
}

unsigned long
dlg_sv_fold(unsigned long cp)
{
	/* ASCII and Latin-1 capitals, not the multiplication sign. */
	if ((cp >= 'A' && cp <= 'Z') ||
	    (cp >= 0xc0 && cp <= 0xde && cp != 0xd7))
		return cp + 32;
	return cp;
}

unsigned long
dlg_sv_weight(unsigned long cp)
{
	switch (cp) {
	case 0xe5:			/* å */
		return 'z' + 1;
	case 0xe4:			/* ä */
	case 0xe6:			/* æ */
		return 'z' + 2;
	case 0xf6:			/* ö */
	case 0xf8:			/* ø */
		return 'z' + 3;
	case 0xe0: case 0xe1: case 0xe2:	/* à á â */
		return 'a';
	case 0xe8: case 0xe9: case 0xea: case 0xeb:	/* è é ê ë */
		return 'e';
	case 0xfc:			/* ü */
		return 'y';
	}
	if (cp <= 'z')
		return cp;
	return cp + 0x100;
}

unsigned char *
dlg_sort_key(const char *text, size_t n, size_t *len)
{
	const unsigned char *s = (const unsigned char *)text, *end = s + n;
	unsigned char *k, *o;
	unsigned long v;

	/* At most three bytes of weight a byte of text, the 0, the text. */
	k = xmalloc(3 * n + 1 + n + 1);
	o = k;
	while (s < end) {
		/* Weights from 0 (a NUL) up: 1 on, so no code byte is 0. */
		v = dlg_sv_weight(dlg_sv_fold(dlg_sv_next(&s, end))) + 1;
		if (v < 0x80) {
			*o++ = (unsigned char)v;
		} else if (v < 0x80 + 0x4000) {
			v -= 0x80;
			*o++ = (unsigned char)(0x80 | (v >> 8));
			*o++ = (unsigned char)(v & 0xff);
		} else {
			v -= 0x80 + 0x4000;
			*o++ = (unsigned char)(0xc0 | (v >> 16));
			*o++ = (unsigned char)((v >> 8) & 0xff);
			*o++ = (unsigned char)(v & 0xff);
		}
	}
	*o++ = 0;
	if (n > 0)
		memcpy(o, text, n);
	o += n;
	*len = (size_t)(o - k);
	return k;
}
