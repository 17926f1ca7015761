/*
 * csv.c: CSV as RFC 4180 writes it (CRLF records, fields quoted when they
 * hold a comma, a quote, CR or LF, quotes doubled), in UTF-8 with a byte
 * order mark first so spreadsheet programs read å, ä and ö right. A byte
 * that is not UTF-8 becomes U+FFFD: the file promises UTF-8.
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

/* RFC 4180 quotes fields with a comma, quote, CR or LF; we also quote any
 * other control character, so that it stays inside its field. */
static int
needs_quotes(const char *s)
{
	for (; *s != '\0'; s++)
		if (*s == ',' || *s == '"' || (unsigned char)*s < 0x20 ||
		    *s == 0x7f)
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

void
report_csv_field(FILE *fp, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned long cp;
	size_t len, i = 0, k;

	if (s == NULL)
		return;
	len = strlen(s);
	if (report_csv_dangerous(s)) {
		/* A spreadsheet would run it as a formula: an apostrophe
		 * makes it text, as in 'export'. */
		putc('"', fp);
		putc('\'', fp);
	} else if (!needs_quotes(s) && utf8_valid(s, len)) {
		fputs(s, fp);
		return;
	} else
		putc('"', fp);
	while (i < len) {
		if ((k = rutf8_decode(p + i, len - i, &cp)) == 0) {
			fputs("\xef\xbf\xbd", fp);
			i++;
			continue;
		}
		if (cp == '"')
			putc('"', fp);
		fwrite(s + i, 1, k, fp);
		i += k;
	}
	putc('"', fp);
}
