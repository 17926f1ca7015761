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

/* ------------------------------------------------------------ output */

static void
flush(struct rjson *j)
{
	if (j->len > 0)
		fwrite(j->buf, 1, j->len, j->fp);
	j->len = 0;
}

static void
out_n(struct rjson *j, const char *s, size_t n)
{
	if (j->len + n > sizeof j->buf) {
		flush(j);
		if (n > sizeof j->buf) {
			fwrite(s, 1, n, j->fp);
			return;
		}
	}
	memcpy(j->buf + j->len, s, n);
	j->len += n;
}

static void
out_c(struct rjson *j, char c)
{
	if (j->len == sizeof j->buf)
		flush(j);
	j->buf[j->len++] = c;
}

static void
out_s(struct rjson *j, const char *s)
{
	out_n(j, s, strlen(s));
}

/* The bytes that stand for themselves whatever follows: printable ASCII
 * but the quote and the backslash. */
#define P8(a)	a, a, a, a, a, a, a, a
static const unsigned char plain[256] = {
	P8(0), P8(0), P8(0), P8(0),		/* controls */
	1, 1, 0, 1, 1, 1, 1, 1,			/* " */
	P8(1), P8(1), P8(1),
	P8(1), P8(1), P8(1),
	1, 1, 1, 1, 0, 1, 1, 1,			/* \\ */
	P8(1), P8(1), P8(1),
	1, 1, 1, 1, 1, 1, 1, 0,			/* DEL */
	P8(0), P8(0), P8(0), P8(0), P8(0), P8(0), P8(0), P8(0),
	P8(0), P8(0), P8(0), P8(0), P8(0), P8(0), P8(0), P8(0),
};

static void
json_string(struct rjson *j, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	const char *esc;
	unsigned long cp;
	size_t i = 0, run = 0, k;
	char buf[8];

	if (s == NULL) {
		out_n(j, "null", 4);
		return;
	}
	out_c(j, '"');
	/* Runs of bytes that stand for themselves go out in one piece. */
	for (;;) {
		while (plain[p[i]])
			i++;
		if (p[i] == '\0')
			break;
		/* Not past the end: the decoder stops at the NUL. */
		if ((k = rutf8_decode(p + i, 4, &cp)) == 0) {
			esc = "\\ufffd";
			k = 1;
		} else if ((esc = json_escape(cp, buf, sizeof buf)) == NULL) {
			i += k;
			continue;
		}
		if (i > run)
			out_n(j, s + run, i - run);
		out_s(j, esc);
		i += k;
		run = i;
	}
	if (i > run)
		out_n(j, s + run, i - run);
	out_c(j, '"');
}

void
report_json_string(FILE *fp, const char *s)
{
	struct rjson j;

	rj_init(&j, fp, 0);
	json_string(&j, s);
	flush(&j);
}

void
rj_init(struct rjson *j, FILE *fp, int pretty)
{
	j->fp = fp;
	j->pretty = pretty;
	j->depth = 0;
	memset(j->count, 0, sizeof j->count);
	j->len = 0;
}

/* A newline and two spaces for each level of depth. */
static void
indent(struct rjson *j, int depth)
{
	static const char spaces[] = "\n"
	    "                                ";

	_Static_assert(sizeof spaces >= 2 + 2 * (RJ_MAXDEPTH - 1),
	    "spaces for every depth");
	out_n(j, spaces, 1 + 2 * (size_t)depth);
}

/* Comma, newline and indentation before a member, then its key. */
static void
member(struct rjson *j, const char *key)
{
	if (j->depth > 0) {
		if (j->count[j->depth] > 0)
			out_c(j, ',');
		if (j->pretty)
			indent(j, j->depth);
		else if (j->count[j->depth] > 0)
			out_c(j, ' ');
		j->count[j->depth]++;
	}
	if (key != NULL) {
		json_string(j, key);
		out_n(j, ": ", 2);
	}
}

void
rj_open(struct rjson *j, const char *key, int array)
{
	member(j, key);
	out_c(j, array ? '[' : '{');
	if (j->depth + 1 < RJ_MAXDEPTH)
		j->depth++;
	j->count[j->depth] = 0;
}

void
rj_close(struct rjson *j, int array)
{
	int had = j->count[j->depth] > 0;

	if (j->depth > 0)
		j->depth--;
	if (j->pretty && had)
		indent(j, j->depth);
	out_c(j, array ? ']' : '}');
	if (j->depth == 0) {
		out_c(j, '\n');
		flush(j);
	}
}

void
rj_str(struct rjson *j, const char *key, const char *val)
{
	member(j, key);
	json_string(j, val);
}

void
rj_int(struct rjson *j, const char *key, long long val)
{
	char buf[24], *p = buf + sizeof buf;
	unsigned long long u = val < 0 ? 0 - (unsigned long long)val :
	    (unsigned long long)val;

	member(j, key);
	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10) > 0);
	if (val < 0)
		*--p = '-';
	out_n(j, p, (size_t)(buf + sizeof buf - p));
}

void
rj_bool(struct rjson *j, const char *key, int val)
{
	member(j, key);
	out_s(j, val ? "true" : "false");
}

void
rj_null(struct rjson *j, const char *key)
{
	member(j, key);
	out_n(j, "null", 4);
}
