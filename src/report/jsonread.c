/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * jsonread.c: a strict JSON reader (RFC 8259) for backups. Recursive
 * descent into a small tree of values; every refusal names the line and
 * the column (in characters) where the input stops making sense. Strict
 * on purpose: a backup that is not exactly JSON is not guessed at.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "util.h"
#include "report-int.h"

#define MAX_DEPTH	64

struct jp {
	const char		*s;
	size_t			 n, pos;
	long			 line, col;
	int			 depth;
	struct dlg_error	*err;
};

static int DLG_PRINTF(2, 3)
fail(struct jp *p, const char *fmt, ...)
{
	struct strbuf sb;
	va_list ap;

	sb_init(&sb);
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	err_set(p->err, ERR_REFUSED, _("line %ld, column %ld: %s"), p->line,
	    p->col, sb.buf);
	sb_release(&sb);
	return -1;
}

static int
peek(const struct jp *p)
{
	return p->pos < p->n ? (unsigned char)p->s[p->pos] : -1;
}

/* Step over one byte, counting lines and characters. */
static void
advance(struct jp *p)
{
	unsigned char c = (unsigned char)p->s[p->pos++];

	if (c == '\n') {
		p->line++;
		p->col = 1;
	} else if ((c & 0xc0) != 0x80)
		p->col++;
}

static void
skip_ws(struct jp *p)
{
	int c;

	while ((c = peek(p)) == ' ' || c == '\t' || c == '\n' || c == '\r')
		advance(p);
}

static struct report_jv *
node(const struct jp *p, enum report_jtype type)
{
	struct report_jv *v = xcalloc(1, sizeof *v);

	v->type = type;
	v->line = p->line;
	v->col = p->col;
	return v;
}

static void
append(struct report_jv *parent, struct report_jv *child, char *key,
    size_t *alloc)
{
	if (parent->n == *alloc) {
		*alloc = *alloc ? 2 * *alloc : 8;
		parent->v = xrealloc(parent->v, *alloc * sizeof *parent->v);
		if (parent->type == JV_OBJECT)
			parent->keys = xrealloc(parent->keys,
			    *alloc * sizeof *parent->keys);
	}
	if (parent->type == JV_OBJECT)
		parent->keys[parent->n] = key;
	parent->v[parent->n++] = child;
}

static int value(struct jp *p, struct report_jv **out);

static int
hex4(struct jp *p, unsigned long *cp)
{
	int i, c;

	*cp = 0;
	for (i = 0; i < 4; i++) {
		c = peek(p);
		if (c >= '0' && c <= '9')
			*cp = *cp * 16 + (unsigned long)(c - '0');
		else if (c >= 'a' && c <= 'f')
			*cp = *cp * 16 + (unsigned long)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			*cp = *cp * 16 + (unsigned long)(c - 'A' + 10);
		else
			return fail(p, _("\\u needs four hex digits"));
		advance(p);
	}
	return 0;
}

static void
put_utf8(struct strbuf *sb, unsigned long cp)
{
	char b[4];
	size_t n = 0;

	if (cp < 0x80)
		b[n++] = (char)cp;
	else if (cp < 0x800) {
		b[n++] = (char)(0xc0 | (cp >> 6));
		b[n++] = (char)(0x80 | (cp & 0x3f));
	} else if (cp < 0x10000) {
		b[n++] = (char)(0xe0 | (cp >> 12));
		b[n++] = (char)(0x80 | ((cp >> 6) & 0x3f));
		b[n++] = (char)(0x80 | (cp & 0x3f));
	} else {
		b[n++] = (char)(0xf0 | (cp >> 18));
		b[n++] = (char)(0x80 | ((cp >> 12) & 0x3f));
		b[n++] = (char)(0x80 | ((cp >> 6) & 0x3f));
		b[n++] = (char)(0x80 | (cp & 0x3f));
	}
	sb_addn(sb, b, n);
}

/* A string from its opening quote; the text (UTF-8) into *out. */
static int
string(struct jp *p, char **out)
{
	struct strbuf sb;
	unsigned long cp, lo;
	int c;

	*out = NULL;
	advance(p);	/* the opening quote */
	sb_init(&sb);
	for (;;) {
		c = peek(p);
		if (c < 0) {
			sb_release(&sb);
			return fail(p, _("the string is not closed"));
		}
		if (c == '"') {
			advance(p);
			break;
		}
		if (c < 0x20) {
			sb_release(&sb);
			return fail(p, _("a control character in a string must "
			    "be written as an escape (\\n, \\t, \\u0001)"));
		}
		if (c != '\\') {
			sb_addc(&sb, (char)c);
			advance(p);
			continue;
		}
		advance(p);
		c = peek(p);
		switch (c) {
		case '"': case '\\': case '/':
			sb_addc(&sb, (char)c);
			break;
		case 'b':
			sb_addc(&sb, '\b');
			break;
		case 'f':
			sb_addc(&sb, '\f');
			break;
		case 'n':
			sb_addc(&sb, '\n');
			break;
		case 'r':
			sb_addc(&sb, '\r');
			break;
		case 't':
			sb_addc(&sb, '\t');
			break;
		case 'u':
			advance(p);
			if (hex4(p, &cp) != 0)
				goto bad;
			if (cp >= 0xdc00 && cp <= 0xdfff) {
				fail(p, _("a lone low surrogate (\\u%04lX)"),
				    cp);
				goto bad;
			}
			if (cp >= 0xd800 && cp <= 0xdbff) {
				if (peek(p) != '\\') {
					fail(p, _("a high surrogate must be "
					    "followed by a low one"));
					goto bad;
				}
				advance(p);
				if (peek(p) != 'u') {
					fail(p, _("a high surrogate must be "
					    "followed by a low one"));
					goto bad;
				}
				advance(p);
				if (hex4(p, &lo) != 0)
					goto bad;
				if (lo < 0xdc00 || lo > 0xdfff) {
					fail(p, _("a high surrogate must be "
					    "followed by a low one"));
					goto bad;
				}
				cp = 0x10000 + ((cp - 0xd800) << 10) +
				    (lo - 0xdc00);
			}
			if (cp == 0) {
				fail(p, _("\\u0000 (NUL) cannot be held"));
				goto bad;
			}
			put_utf8(&sb, cp);
			continue;
		default:
			fail(p, _("unknown escape; use \\\" \\\\ \\/ \\b \\f "
			    "\\n \\r \\t or \\uXXXX"));
			goto bad;
		}
		advance(p);
	}
	*out = sb_detach(&sb);
	return 0;
bad:
	sb_release(&sb);
	return -1;
}

static int
digits(struct jp *p, struct strbuf *sb)
{
	int c, n = 0;

	while ((c = peek(p)) >= '0' && c <= '9') {
		sb_addc(sb, (char)c);
		advance(p);
		n++;
	}
	return n;
}

static int
number(struct jp *p, struct report_jv *v)
{
	struct strbuf sb;
	int c;

	sb_init(&sb);
	if (peek(p) == '-') {
		sb_addc(&sb, '-');
		advance(p);
	}
	if (peek(p) == '0') {
		sb_addc(&sb, '0');
		advance(p);
		if ((c = peek(p)) >= '0' && c <= '9') {
			sb_release(&sb);
			return fail(p, _("a number cannot have a leading "
			    "zero"));
		}
	} else if (digits(p, &sb) == 0) {
		sb_release(&sb);
		return fail(p, _("a digit is missing"));
	}
	if (peek(p) == '.') {
		sb_addc(&sb, '.');
		advance(p);
		if (digits(p, &sb) == 0) {
			sb_release(&sb);
			return fail(p, _("a digit is missing after the decimal "
			    "point"));
		}
	}
	if ((c = peek(p)) == 'e' || c == 'E') {
		sb_addc(&sb, (char)c);
		advance(p);
		if ((c = peek(p)) == '+' || c == '-') {
			sb_addc(&sb, (char)c);
			advance(p);
		}
		if (digits(p, &sb) == 0) {
			sb_release(&sb);
			return fail(p, _("a digit is missing in the "
			    "exponent"));
		}
	}
	v->s = sb_detach(&sb);
	return 0;
}

static int
literal(struct jp *p, const char *word)
{
	size_t n = strlen(word), i;

	if (p->n - p->pos < n || strncmp(p->s + p->pos, word, n) != 0)
		return fail(p, _("unexpected text; a value (a string, a "
		    "number, an object, an array, true, false or null) is "
		    "expected here"));
	for (i = 0; i < n; i++)
		advance(p);
	return 0;
}

static int
container(struct jp *p, struct report_jv *v)
{
	int object = v->type == JV_OBJECT, c;
	char close = object ? '}' : ']';
	struct report_jv *child;
	size_t alloc = 0, i;
	char *key = NULL;

	if (++p->depth > MAX_DEPTH)
		return fail(p, _("the values are nested too deeply"));
	advance(p);
	skip_ws(p);
	if (peek(p) == close) {
		advance(p);
		p->depth--;
		return 0;
	}
	for (;;) {
		skip_ws(p);
		if (object) {
			if (peek(p) != '"')
				return fail(p, peek(p) == close ?
				    _("a comma before the closing brace is not "
				    "allowed") : _("a key (a string in "
				    "quotes) is expected here"));
			if (string(p, &key) != 0)
				return -1;
			for (i = 0; i < v->n; i++)
				if (strcmp(v->keys[i], key) == 0) {
					fail(p, _("the key '%s' appears twice "
					    "in this object"), key);
					free(key);
					return -1;
				}
			skip_ws(p);
			if (peek(p) != ':') {
				free(key);
				return fail(p, _("a colon is expected after "
				    "the key"));
			}
			advance(p);
			skip_ws(p);
		} else if (peek(p) == close)
			return fail(p, _("a comma before the closing bracket "
			    "is not allowed"));
		if (value(p, &child) != 0) {
			free(key);
			return -1;
		}
		append(v, child, key, &alloc);
		key = NULL;
		skip_ws(p);
		c = peek(p);
		if (c == ',') {
			advance(p);
			continue;
		}
		if (c == close) {
			advance(p);
			break;
		}
		return fail(p, object ? _("a comma or a closing brace is "
		    "expected here") : _("a comma or a closing bracket is "
		    "expected here"));
	}
	p->depth--;
	return 0;
}

static int
value(struct jp *p, struct report_jv **out)
{
	struct report_jv *v;
	int c = peek(p), rc;

	*out = NULL;
	switch (c) {
	case '{':
		v = node(p, JV_OBJECT);
		rc = container(p, v);
		break;
	case '[':
		v = node(p, JV_ARRAY);
		rc = container(p, v);
		break;
	case '"':
		v = node(p, JV_STRING);
		rc = string(p, &v->s);
		break;
	case 't':
		v = node(p, JV_TRUE);
		rc = literal(p, "true");
		break;
	case 'f':
		v = node(p, JV_FALSE);
		rc = literal(p, "false");
		break;
	case 'n':
		v = node(p, JV_NULL);
		rc = literal(p, "null");
		break;
	default:
		if (c == '-' || (c >= '0' && c <= '9')) {
			v = node(p, JV_NUMBER);
			rc = number(p, v);
			break;
		}
		if (c < 0)
			return fail(p, _("the text ends where a value is "
			    "expected"));
		return fail(p, _("unexpected text; a value (a string, a "
		    "number, an object, an array, true, false or null) is "
		    "expected here"));
	}
	if (rc != 0) {
		report_jv_free(v);
		return -1;
	}
	*out = v;
	return 0;
}

int
report_json_parse(const char *text, size_t len, struct report_jv **out,
    struct dlg_error *err)
{
	const unsigned char *u = (const unsigned char *)text;
	struct jp p;
	unsigned long cp;
	size_t i = 0, k;

	*out = NULL;
	memset(&p, 0, sizeof p);
	p.s = text;
	p.n = len;
	p.line = 1;
	p.col = 1;
	p.err = err;
	if (len >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf)
		p.pos = i = 3;
	/* All of it UTF-8 first: the parser then only meets whole
	 * characters. */
	while (i < len) {
		if ((k = rutf8_decode(u + i, len - i, &cp)) == 0) {
			while (p.pos < i)
				advance(&p);
			return fail(&p, _("the byte 0x%02X is not UTF-8"),
			    u[i]);
		}
		i += k;
	}
	skip_ws(&p);
	if (value(&p, out) != 0)
		return -1;
	skip_ws(&p);
	if (p.pos < p.n) {
		report_jv_free(*out);
		*out = NULL;
		return fail(&p, _("text follows the end of the JSON value"));
	}
	return 0;
}

void
report_jv_free(struct report_jv *v)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < v->n; i++) {
		report_jv_free(v->v[i]);
		if (v->keys != NULL)
			free(v->keys[i]);
	}
	free(v->v);
	free(v->keys);
	free(v->s);
	free(v);
}

const struct report_jv *
report_jv_get(const struct report_jv *o, const char *key)
{
	size_t i;

	if (o == NULL || o->type != JV_OBJECT)
		return NULL;
	for (i = 0; i < o->n; i++)
		if (strcmp(o->keys[i], key) == 0)
			return o->v[i];
	return NULL;
}
