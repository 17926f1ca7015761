/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * text.c: text for terminals. Owns the sanitizer that keeps control
 * characters from the register away from the terminal, display widths
 * (columns, not bytes: "Tjörn" is five cells, a CJK character two) and
 * cutting cells to a width with "…".
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "report.h"
#include "util.h"
#include "report-int.h"

#define REPLACEMENT	"\xef\xbf\xbd"	/* U+FFFD */
#define ELLIPSIS	"\xe2\x80\xa6"	/* U+2026 */

size_t
rutf8_decode(const unsigned char *s, size_t n, unsigned long *cp)
{
	unsigned long c;
	size_t len, i;

	if (n == 0)
		return 0;
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
report_is_format_control(unsigned long cp)
{
	return cp == 0x061c || cp == 0x200e || cp == 0x200f ||
	    (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) ||
	    cp == 0x2028 || cp == 0x2029;
}

void
rtext_clean(struct strbuf *sb, const char *s, unsigned flags)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned long cp;
	size_t len, i = 0, k, run = 0;

	if (s == NULL)
		return;
	len = strlen(s);
	while (i < len) {
		/* What stays as it is goes out in runs. */
		if (p[i] >= 0x20 && p[i] < 0x7f) {
			i++;
			continue;
		}
		if ((k = rutf8_decode(p + i, len - i, &cp)) != 0 &&
		    ((cp == '\n' && (flags & RTEXT_KEEP_NL)) ||
		    (cp == '\t' && (flags & RTEXT_KEEP_TAB)) ||
		    (cp >= 0xa0 && !report_is_format_control(cp)))) {
			i += k;
			continue;
		}
		if (i > run)
			sb_addn(sb, s + run, i - run);
		if (k == 0) {
			sb_add(sb, REPLACEMENT);
			k = 1;
		} else if (cp == '\n' || cp == '\t')
			sb_addc(sb, ' ');
		else if (cp < 0x20) {
			sb_addc(sb, '^');
			sb_addc(sb, (char)(cp + 0x40));
		} else if (cp == 0x7f)
			sb_add(sb, "^?");
		else if (cp >= 0x80 && cp <= 0x9f)
			sb_add(sb, REPLACEMENT);
		else
			sb_addf(sb, "<U+%04lX>", cp);
		i += k;
		run = i;
	}
	if (i > run)
		sb_addn(sb, s + run, i - run);
}

char *
report_sanitize(const char *s, int multiline)
{
	struct strbuf sb;

	sb_init(&sb);
	rtext_clean(&sb, s, multiline ? RTEXT_KEEP_NL : 0);
	return sb_detach(&sb);
}

/* Cells of one code point: wcwidth, and 1 for what it cannot measure. */
static size_t
cp_width(unsigned long cp)
{
	int w = wcwidth((wchar_t)cp);

	return w < 0 ? 1 : (size_t)w;
}

size_t
report_width(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), i = 0, k, w = 0;
	unsigned long cp;

	while (i < len) {
		if ((k = rutf8_decode(p + i, len - i, &cp)) == 0) {
			w++;
			i++;
			continue;
		}
		w += cp_width(cp);
		i += k;
	}
	return w;
}

char *
rtext_fit(const char *clean, size_t max)
{
	const unsigned char *p = (const unsigned char *)clean;
	size_t len = strlen(clean), i = 0, k, w = 0, cw;
	unsigned long cp;

	if (max == 0 || report_width(clean) <= max)
		return xstrdup(clean);
	/* Keep what fits in max - 1 cells, then the ellipsis. */
	while (i < len) {
		if ((k = rutf8_decode(p + i, len - i, &cp)) == 0) {
			k = 1;
			cw = 1;
		} else
			cw = cp_width(cp);
		if (w + cw > max - 1)
			break;
		w += cw;
		i += k;
	}
	return xasprintf("%.*s%s", (int)i, clean, ELLIPSIS);
}

void
rtext_pad(FILE *fp, const char *clean, size_t width)
{
	size_t w;

	fputs(clean, fp);
	for (w = report_width(clean); w < width; w++)
		putc(' ', fp);
}

void
rtext_put(FILE *fp, const char *s, int multiline)
{
	char *c = report_sanitize(s, multiline);

	fputs(c, fp);
	free(c);
}

void
rtext_put_block(FILE *fp, const char *s, size_t indent)
{
	char *c = report_sanitize(s, 1), *p;
	size_t i;

	for (p = c; *p != '\0'; p++) {
		putc(*p, fp);
		if (*p == '\n' && p[1] != '\0')
			for (i = 0; i < indent; i++)
				putc(' ', fp);
	}
	free(c);
}

void
rtext_wrap(FILE *fp, const char *s, size_t indent, size_t width)
{
	char *c = report_sanitize(s, 1), *p, *word;
	size_t col = 0, ww, i;
	int first_line = 1, para_start = 1;

	p = c;
	while (*p != '\0') {
		if (*p == '\n') {
			/* a paragraph break in the text itself */
			putc('\n', fp);
			for (i = 0; i < indent; i++)
				putc(' ', fp);
			col = 0;
			para_start = 1;
			p++;
			continue;
		}
		if (*p == ' ') {
			p++;
			continue;
		}
		ww = strcspn(p, " \n");
		word = xstrndup(p, ww);
		p += ww;
		if (!para_start) {
			if (col + 1 + report_width(word) > width) {
				putc('\n', fp);
				for (i = 0; i < indent; i++)
					putc(' ', fp);
				col = 0;
			} else {
				putc(' ', fp);
				col++;
			}
		}
		fputs(word, fp);
		col += report_width(word);
		free(word);
		para_start = 0;
		first_line = 0;
	}
	(void)first_line;
	free(c);
}

void
report_paragraph(FILE *fp, const char *s, size_t width)
{
	rtext_wrap(fp, s, 0, width);
	putc('\n', fp);
}
