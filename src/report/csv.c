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

void
report_csv_field(FILE *fp, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned long cp;
	size_t len, i = 0, k;

	if (s == NULL)
		return;
	len = strlen(s);
	if (!needs_quotes(s) && utf8_valid(s, len)) {
		fputs(s, fp);
		return;
	}
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
