/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * json.c: JSON output. Strings are always valid UTF-8 (a byte that is not
 * becomes U+FFFD), every control character is escaped (\n, \t, \r short,
 * the others as \u00XX, C1 and DEL too), and U+2028/U+2029 are escaped so
 * the output is also safe inside JavaScript. A small writer keeps track of
 * nesting and commas.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "report.h"
#include "util.h"
#include "report-int.h"

/* The escape of code point cp, or NULL when it stands for itself. */
static const char *
json_escape(unsigned long cp, char *buf, size_t size)
{
	switch (cp) {
	case '"':
		return "\\\"";
	case '\\':
		return "\\\\";
	case '\n':
		return "\\n";
	case '\r':
		return "\\r";
	case '\t':
		return "\\t";
	default:
		if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) ||
		    cp == 0x2028 || cp == 0x2029) {
			snprintf(buf, size, "\\u%04lx", cp);
			return buf;
		}
		return NULL;
	}
}

void
report_json_string(FILE *fp, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	const char *esc;
	unsigned long cp;
	size_t len, i = 0, run = 0, k;
	char buf[8];

	if (s == NULL) {
		fputs("null", fp);
		return;
	}
	len = strlen(s);
	putc('"', fp);
	/* Runs of bytes that stand for themselves go out in one write. */
	while (i < len) {
		if (p[i] >= 0x20 && p[i] < 0x7f && p[i] != '"' &&
		    p[i] != '\\') {
			i++;
			continue;
		}
		if ((k = rutf8_decode(p + i, len - i, &cp)) == 0) {
			esc = "\\ufffd";
			k = 1;
		} else if ((esc = json_escape(cp, buf, sizeof buf)) == NULL) {
			i += k;
			continue;
		}
		if (i > run)
			fwrite(s + run, 1, i - run, fp);
		fputs(esc, fp);
		i += k;
		run = i;
	}
	if (i > run)
		fwrite(s + run, 1, i - run, fp);
	putc('"', fp);
}

void
rj_init(struct rjson *j, FILE *fp, int pretty)
{
	memset(j, 0, sizeof *j);
	j->fp = fp;
	j->pretty = pretty;
}

/* Comma, newline and indentation before a member, then its key. */
static void
member(struct rjson *j, const char *key)
{
	int i;

	if (j->depth > 0) {
		if (j->count[j->depth] > 0)
			putc(',', j->fp);
		if (j->pretty) {
			putc('\n', j->fp);
			for (i = 0; i < j->depth; i++)
				fputs("  ", j->fp);
		} else if (j->count[j->depth] > 0)
			putc(' ', j->fp);
		j->count[j->depth]++;
	}
	if (key != NULL) {
		report_json_string(j->fp, key);
		fputs(": ", j->fp);
	}
}

void
rj_open(struct rjson *j, const char *key, int array)
{
	member(j, key);
	putc(array ? '[' : '{', j->fp);
	if (j->depth + 1 < RJ_MAXDEPTH)
		j->depth++;
	j->count[j->depth] = 0;
}

void
rj_close(struct rjson *j, int array)
{
	int i, had = j->count[j->depth] > 0;

	if (j->depth > 0)
		j->depth--;
	if (j->pretty && had) {
		putc('\n', j->fp);
		for (i = 0; i < j->depth; i++)
			fputs("  ", j->fp);
	}
	putc(array ? ']' : '}', j->fp);
	if (j->depth == 0)
		putc('\n', j->fp);
}

void
rj_str(struct rjson *j, const char *key, const char *val)
{
	member(j, key);
	report_json_string(j->fp, val);
}

void
rj_int(struct rjson *j, const char *key, long long val)
{
	member(j, key);
	fprintf(j->fp, "%lld", val);
}

void
rj_bool(struct rjson *j, const char *key, int val)
{
	member(j, key);
	fputs(val ? "true" : "false", j->fp);
}

void
rj_null(struct rjson *j, const char *key)
{
	member(j, key);
	fputs("null", j->fp);
}
