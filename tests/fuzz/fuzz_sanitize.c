/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_sanitize: the display sanitiser that stands between register text
 * and the terminal. Whatever the bytes, what it gives is valid UTF-8
 * with no control character (a newline only when multiline); the width
 * cutting and the word wrapping take any text. */
#include <stdio.h>

#include "report.h"
#include "util.h"
#include "report-int.h"
#include "fuzz.h"

FUZZ_INIT_LOCALE()

/* 1 when s is valid UTF-8 without C0, DEL or C1 controls (newline as
 * allowed). */
static int
safe(const unsigned char *s, int newline_ok)
{
	unsigned cp;
	int n, i;

	while (*s) {
		if (*s < 0x80) {
			if ((*s < 0x20 && !(newline_ok && *s == '\n')) ||
			    *s == 0x7f)
				return 0;
			s++;
			continue;
		}
		n = *s >= 0xf0 ? 3 : *s >= 0xe0 ? 2 : *s >= 0xc0 ? 1 : -1;
		if (n < 0 || *s > 0xf4)
			return 0;
		cp = *s & (0x3f >> n);
		for (i = 1; i <= n; i++) {
			if ((s[i] & 0xc0) != 0x80)
				return 0;
			cp = cp << 6 | (s[i] & 0x3f);
		}
		if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) ||
		    (n == 3 && cp < 0x10000) || cp > 0x10ffff ||
		    (cp >= 0xd800 && cp <= 0xdfff) ||
		    (cp >= 0x80 && cp <= 0x9f))
			return 0;
		s += n + 1;
	}
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s, *out, *t;
	size_t width, len;
	FILE *fp;

	if (size < 1)
		return 0;
	width = data[0] % 100;
	s = fuzz_string(data + 1, size - 1);
	t = report_sanitize(s, 0);
	if (!safe((const unsigned char *)t, 0))
		abort();
	free(t);
	t = report_sanitize(s, 1);
	if (!safe((const unsigned char *)t, 1))
		abort();
	free(t);
	(void)report_width(s);
	t = report_sanitize(s, 0);
	free(rtext_fit(t, width));	/* cut with an ellipsis */
	free(t);
	out = NULL;
	if ((fp = open_memstream(&out, &len)) != NULL) {
		report_paragraph(fp, s, width);
		fclose(fp);
		free(out);
	}
	free(s);
	return 0;
}
