/*
 * csvread.c: reading the CSV files survey tools export. Owns the
 * detection of the encoding (UTF-8 with or without a byte order mark,
 * UTF-16 after a byte order mark, else Windows-1252) and of the separator,
 * the conversion to UTF-8 through iconv, and an RFC 4180 parser that is
 * forgiving where spreadsheet programs differ (LF or CRLF, a lone CR,
 * blank lines, quotes inside unquoted fields) and strict where data would
 * be lost (an unclosed quote, text after a closing quote, NUL). Every
 * error names the line of the file and the column (field) it is in.
 */
#include "config.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "util.h"
#include "report-int.h"

/* ------------------------------------------------------------ positions */

/* The separator of the first record of s (n bytes): the most frequent of
 * tab, ';' and ',' outside quotes, in that order when counts are equal;
 * ',' when there is none. */
static char
detect_sep(const char *s, size_t n)
{
	static const char cand[] = { '\t', ';', ',' };
	size_t count[3] = { 0, 0, 0 }, i, best = 2;
	int inq = 0, k;

	for (i = 0; i < n; i++) {
		if (inq) {
			if (s[i] == '"') {
				if (i + 1 < n && s[i + 1] == '"')
					i++;
				else
					inq = 0;
			}
			continue;
		}
		if (s[i] == '"')
			inq = 1;
		else if (s[i] == '\n' || s[i] == '\r')
			break;
		for (k = 0; k < 3; k++)
			if (s[i] == cand[k])
				count[k]++;
	}
	for (k = 0; k < 3; k++)
		if (count[k] > count[best])
			best = (size_t)k;
	return cand[best];
}

/* The line and column (field) of the CSV text s at byte upto. */
static void
locate(const char *s, size_t upto, char sep, long *line, long *col)
{
	size_t i;
	int inq = 0, start = 1;

	*line = 1;
	*col = 1;
	for (i = 0; i < upto; i++) {
		char c = s[i];

		if (inq) {
			if (c == '"') {
				if (i + 1 < upto && s[i + 1] == '"')
					i++;
				else
					inq = 0;
			} else if (c == '\n' || (c == '\r' &&
			    (i + 1 >= upto || s[i + 1] != '\n')))
				(*line)++;
			continue;
		}
		if (c == sep) {
			(*col)++;
			start = 1;
			continue;
		}
		if (c == '\n' || c == '\r') {
			if (c == '\r' && i + 1 < upto && s[i + 1] == '\n')
				i++;
			(*line)++;
			*col = 1;
			start = 1;
			continue;
		}
		if (c == '"' && start)
			inq = 1;
		start = 0;
	}
}

/* An error at byte upto of the decoded text. */
static int DLG_PRINTF(5, 6)
error_at(struct dlg_error *err, const char *s, size_t upto, char sep,
    const char *fmt, ...)
{
	struct strbuf sb;
	long line, col;
	va_list ap;

	if (sep == 0)
		sep = detect_sep(s, upto);
	locate(s, upto, sep, &line, &col);
	sb_init(&sb);
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	/* TRANSLATORS: "line 14, column 3: " in front of what is wrong */
	err_set(err, ERR_REFUSED, _("line %ld, column %ld: %s"), line, col,
	    sb.buf);
	sb_release(&sb);
	return -1;
}

/* ------------------------------------------------------------ decoding */

/* The length of the valid UTF-8 at the start of s. */
static size_t
valid_prefix(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned long cp;
	size_t i = 0, k;

	while (i < n) {
		if ((k = rutf8_decode(p + i, n - i, &cp)) == 0)
			break;
		i += k;
	}
	return i;
}

/*
 * Convert with iconv from the encoding from into out. Returns 0, or -1
 * with err set (the position from what was converted before it).
 */
static int
convert(const char *from, enum report_enc enc, const char *in, size_t len,
    struct strbuf *out, struct dlg_error *err)
{
	iconv_t cd;
	char *inp = (char *)in, *buf, *outp;
	size_t inleft = len, outleft, size;
	unsigned char bad;
	int e;

	if ((cd = iconv_open("UTF-8", from)) == (iconv_t)-1) {
		err_detail(err, "iconv_open %s: %s", from, strerror(errno));
		return err_set(err, ERR_STORAGE, _("this system cannot read "
		    "text in %s (iconv); save the file as UTF-8 and try "
		    "again"), report_enc_name(enc));
	}
	size = 3 * len + 4;
	buf = xmalloc(size);
	outp = buf;
	outleft = size;
	if (iconv(cd, &inp, &inleft, &outp, &outleft) == (size_t)-1) {
		e = errno;
		bad = inleft > 0 ? (unsigned char)*inp : 0;
		sb_addn(out, buf, (size_t)(outp - buf));
		free(buf);
		iconv_close(cd);
		if (e == EINVAL)
			return error_at(err, out->buf, out->len, 0,
			    _("the file ends in the middle of a %s character; "
			    "it is not complete"), report_enc_name(enc));
		if (enc == ENC_WINDOWS1252)
			return error_at(err, out->buf, out->len, 0,
			    _("the byte 0x%02X is not a character in "
			    "Windows-1252, and the file is not UTF-8 either; "
			    "save it as UTF-8 and try again"), bad);
		return error_at(err, out->buf, out->len, 0, _("the file is not "
		    "valid %s here; save it as UTF-8 and try again"),
		    report_enc_name(enc));
	}
	sb_addn(out, buf, (size_t)(outp - buf));
	free(buf);
	iconv_close(cd);
	return 0;
}

/* The text of bytes as UTF-8 into out, and the encoding found. */
static int
decode(const char *bytes, size_t len, struct strbuf *out,
    enum report_enc *enc, struct dlg_error *err)
{
	const unsigned char *b = (const unsigned char *)bytes;
	size_t ok;

	if (len >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf) {
		*enc = ENC_UTF8_BOM;
		ok = valid_prefix(bytes + 3, len - 3);
		sb_addn(out, bytes + 3, ok);
		if (ok < len - 3)
			return error_at(err, out->buf, out->len, 0,
			    _("the file starts as UTF-8 but the byte 0x%02X "
			    "here is not UTF-8; save it as UTF-8 again"),
			    b[3 + ok]);
		return 0;
	}
	if (len >= 2 && b[0] == 0xff && b[1] == 0xfe) {
		*enc = ENC_UTF16LE;
		return convert("UTF-16LE", *enc, bytes + 2, len - 2, out, err);
	}
	if (len >= 2 && b[0] == 0xfe && b[1] == 0xff) {
		*enc = ENC_UTF16BE;
		return convert("UTF-16BE", *enc, bytes + 2, len - 2, out, err);
	}
	if (valid_prefix(bytes, len) == len) {
		*enc = ENC_UTF8;
		sb_addn(out, bytes, len);
		return 0;
	}
	*enc = ENC_WINDOWS1252;
	return convert("WINDOWS-1252", *enc, bytes, len, out, err);
}

/* ------------------------------------------------------------ parsing */

struct parser {
	const char		*t;
	size_t			 n, pos;
	char			 sep;
	long			 line;
	struct report_csv	*csv;
	struct dlg_error	*err;
};

static void
row_add(struct report_csv_row *r, char *text, long line)
{
	r->cells = xrealloc(r->cells, (r->n + 1) * sizeof *r->cells);
	r->cells[r->n].text = text;
	r->cells[r->n].line = line;
	r->n++;
}

static void
row_clear(struct report_csv_row *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		free(r->cells[i].text);
	free(r->cells);
	r->cells = NULL;
	r->n = 0;
}

static int DLG_PRINTF(4, 5)
parse_error(struct parser *p, long line, long col, const char *fmt, ...)
{
	struct strbuf sb;
	va_list ap;

	sb_init(&sb);
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	err_set(p->err, ERR_REFUSED, _("line %ld, column %ld: %s"), line, col,
	    sb.buf);
	sb_release(&sb);
	return -1;
}

/* A quoted field from just after its opening quote. */
static int
quoted(struct parser *p, struct strbuf *sb, long col)
{
	long start = p->line;
	char c;

	for (;;) {
		if (p->pos >= p->n)
			return parse_error(p, start, col, _("the quoted field "
			    "that starts here is never closed; a quote is "
			    "missing"));
		c = p->t[p->pos];
		if (c == '"') {
			if (p->pos + 1 < p->n && p->t[p->pos + 1] == '"') {
				sb_addc(sb, '"');
				p->pos += 2;
				continue;
			}
			p->pos++;
			break;
		}
		if (c == '\r' || c == '\n') {
			/* A line break inside the field is kept as LF. */
			if (c == '\r' && p->pos + 1 < p->n &&
			    p->t[p->pos + 1] == '\n')
				p->pos++;
			sb_addc(sb, '\n');
			p->line++;
			p->pos++;
			continue;
		}
		sb_addc(sb, c);
		p->pos++;
	}
	if (p->pos < p->n && p->t[p->pos] != p->sep &&
	    p->t[p->pos] != '\r' && p->t[p->pos] != '\n')
		return parse_error(p, p->line, col, _("text follows the "
		    "closing quote of a field; a quote inside a quoted field "
		    "must be doubled (\"\")"));
	return 0;
}

/* One record into r. Returns 0, or -1 with the error set. */
static int
record(struct parser *p, struct report_csv_row *r)
{
	struct strbuf sb;
	long line;
	char c;

	r->line = p->line;
	for (;;) {
		sb_init(&sb);
		line = p->line;
		if (p->pos < p->n && p->t[p->pos] == '"') {
			p->pos++;
			if (quoted(p, &sb, (long)r->n + 1) != 0) {
				sb_release(&sb);
				return -1;
			}
		} else {
			while (p->pos < p->n) {
				c = p->t[p->pos];
				if (c == p->sep || c == '\r' || c == '\n')
					break;
				sb_addc(&sb, c);
				p->pos++;
			}
		}
		row_add(r, sb_detach(&sb), line);
		sb_release(&sb);
		if (p->pos >= p->n)
			return 0;
		c = p->t[p->pos++];
		if (c == p->sep)
			continue;
		if (c == '\r' && p->pos < p->n && p->t[p->pos] == '\n')
			p->pos++;
		p->line++;
		return 0;
	}
}

int
report_csv_read(const char *bytes, size_t len, char sep,
    struct report_csv **out, struct dlg_error *err)
{
	struct report_csv *csv;
	struct report_csv_row r;
	struct parser p;
	struct strbuf text;
	enum report_enc enc = ENC_UTF8;
	const char *nul;
	size_t alloc = 0;

	*out = NULL;
	sb_init(&text);
	if (decode(bytes, len, &text, &enc, err) != 0) {
		sb_release(&text);
		return -1;
	}
	if ((nul = memchr(text.buf, '\0', text.len)) != NULL) {
		error_at(err, text.buf, (size_t)(nul - text.buf), sep,
		    _("the file holds a NUL character; it may be UTF-16 "
		    "without a byte order mark: save it as UTF-8 and try "
		    "again"));
		sb_release(&text);
		return -1;
	}
	csv = xcalloc(1, sizeof *csv);
	csv->enc = enc;
	csv->sep = sep != 0 ? sep : detect_sep(text.buf, text.len);
	memset(&p, 0, sizeof p);
	p.t = text.buf;
	p.n = text.len;
	p.sep = csv->sep;
	p.line = 1;
	p.csv = csv;
	p.err = err;
	while (p.pos < p.n) {
		memset(&r, 0, sizeof r);
		if (record(&p, &r) != 0) {
			row_clear(&r);
			report_csv_free(csv);
			sb_release(&text);
			return -1;
		}
		/* A blank line is no record. */
		if (r.n == 1 && r.cells[0].text[0] == '\0') {
			row_clear(&r);
			continue;
		}
		if (csv->nrows == alloc) {
			alloc = alloc ? 2 * alloc : 64;
			csv->rows = xrealloc(csv->rows,
			    alloc * sizeof *csv->rows);
		}
		csv->rows[csv->nrows++] = r;
	}
	sb_release(&text);
	*out = csv;
	return 0;
}

void
report_csv_free(struct report_csv *c)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < c->nrows; i++)
		row_clear(&c->rows[i]);
	free(c->rows);
	free(c);
}
