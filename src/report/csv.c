/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * csv.c: CSV as RFC 4180 writes it (CRLF records, fields quoted when they
 * hold a comma, a quote, CR or LF, quotes doubled), in UTF-8 with a byte
 * order mark first so spreadsheet programs read å, ä and ö right. A byte
 * that is not UTF-8 becomes U+FFFD: the file promises UTF-8. Owns the one
 * field writer of every CSV (rcsv_field): control characters shown as
 * the text outputs show them.
 */
#include "config.h"

#include <string.h>

#include "report.h"
#include "util.h"
#include "report-int.h"

void
rcsv_bom(FILE *fp)
{
	fputs("\xef\xbb\xbf", fp);
}

void
rcsv_eol(FILE *fp)
{
	fputs("\r\n", fp);
}

/* RFC 4180 quotes fields with a separator, quote, CR or LF; we also quote
 * a tab, so that it stays inside its field (the other controls are
 * placeholders by then). */
static int
needs_quotes(const char *s, char sep)
{
	for (; *s != '\0'; s++)
		if (*s == sep || *s == '"' || *s == '\n' || *s == '\r' ||
		    *s == '\t')
			return 1;
	return 0;
}

/* A plain number: an optional minus, digits, one decimal part. */
static int
plain_number(const char *s)
{
	size_t n;

	if (*s == '-')
		s++;
	if ((n = strspn(s, "0123456789")) == 0)
		return 0;
	s += n;
	if (*s == '.' || *s == ',') {
		s++;
		if ((n = strspn(s, "0123456789")) == 0)
			return 0;
		s += n;
	}
	return *s == '\0';
}

int
report_csv_dangerous(const char *s)
{
	return s[0] != '\0' && strchr("=+-@\t\r", s[0]) != NULL &&
	    !plain_number(s);
}

/*
 * The length of the start of s that rtext_clean keeps as it is and no
 * CSV field with separator sep needs quoted for: printable ASCII but the
 * separator and the quote, and well-formed UTF-8 above U+009F that is no
 * format control. s is plain when it is all of s.
 */
#define P8(a)	a, a, a, a, a, a, a, a
/* Printable ASCII but the quote. */
static const unsigned char ascii_plain[256] = {
	P8(0), P8(0), P8(0), P8(0),		/* controls */
	1, 1, 0, 1, 1, 1, 1, 1,			/* " */
	P8(1), P8(1), P8(1), P8(1), P8(1), P8(1), P8(1), P8(1), P8(1),
	P8(1),
	1, 1, 1, 1, 1, 1, 1, 0,			/* DEL */
	P8(0), P8(0), P8(0), P8(0), P8(0), P8(0), P8(0), P8(0),
	P8(0), P8(0), P8(0), P8(0), P8(0), P8(0), P8(0), P8(0),
};

static size_t
plain_run(const char *s, char sep)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned long cp;
	size_t i = 0, k;

	for (;;) {
		while (ascii_plain[p[i]] && p[i] != (unsigned char)sep)
			i++;
		if (p[i] < 0x80)
			return i;
		if ((k = rutf8_decode(p + i, 4, &cp)) == 0 || cp < 0xa0 ||
		    report_is_format_control(cp))
			return i;
		i += k;
	}
}

void
rcsv_field(struct strbuf *sb, const char *s, char sep,
    enum rcsv_guard guard)
{
	struct strbuf clean;
	const char *p, *q;
	int danger, quote;

	if (s == NULL)
		return;
	danger = guard != RCSV_PLAIN && report_csv_dangerous(s);
	if (!danger && s[plain_run(s, sep)] == '\0') {
		sb_add(sb, s);
		return;
	}
	sb_init(&clean);
	rtext_clean(&clean, s, RTEXT_KEEP_NL | RTEXT_KEEP_TAB);
	quote = needs_quotes(clean.buf, sep) ||
	    (danger && guard == RCSV_GUARD_QUOTED);
	if (quote)
		sb_addc(sb, '"');
	/* A spreadsheet would run it as a formula: an apostrophe makes it
	 * text. */
	if (danger)
		sb_addc(sb, '\'');
	/* Quotes doubled; the runs between them in one piece. */
	for (p = clean.buf; (q = strchr(p, '"')) != NULL; p = q + 1) {
		sb_addn(sb, p, (size_t)(q - p + 1));
		sb_addc(sb, '"');
	}
	sb_add(sb, p);
	if (quote)
		sb_addc(sb, '"');
	sb_release(&clean);
}

void
rcsv_list_field(struct strbuf *sb, const char *s)
{
	size_t n;

	if (s == NULL)
		return;
	/* Most fields go out as they are. */
	n = plain_run(s, ',');
	if (s[n] == '\0' && !report_csv_dangerous(s))
		sb_addn(sb, s, n);
	else
		rcsv_field(sb, s, ',', RCSV_GUARD_QUOTED);
}

void
report_csv_field(FILE *fp, const char *s)
{
	struct strbuf sb;
	size_t n;

	if (s == NULL)
		return;
	/* Most fields go out as they are. */
	n = plain_run(s, ',');
	if (s[n] == '\0' && !report_csv_dangerous(s)) {
		fwrite(s, 1, n, fp);
		return;
	}
	sb_init(&sb);
	rcsv_field(&sb, s, ',', RCSV_GUARD_QUOTED);
	fwrite(sb.buf, 1, sb.len, fp);
	sb_release(&sb);
}
