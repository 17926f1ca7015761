/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * csvread.c: reading the CSV files survey tools export, as a stream. Owns
 * the first pass over the bytes (their SHA-256 and the encoding: UTF-8
 * with or without a byte order mark, UTF-16 after one, else Windows-1252,
 * and the refusal of a file that is UTF-8 in places and not in others),
 * the conversion to UTF-8 through iconv block by block, the detection of
 * the separator, and an RFC 4180 parser that is forgiving where
 * spreadsheet programs differ (LF or CRLF, a lone CR, blank lines, quotes
 * inside unquoted fields) and strict where data would be lost (an
 * unclosed quote, text after a closing quote, NUL). Memory stays bounded
 * by one block and one record, whatever the size of the file. Every error
 * names the line of the file and the column (field) it is in.
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

/* Bytes read at a time. */
#define BLOCK		((size_t)64 << 10)
/* A field longer than this is refused: no answer is, and an unclosed
 * quote would otherwise take the rest of the file into memory. */
#define MAX_FIELD	((size_t)1 << 20)
/* Fields in one record at most. */
#define MAX_FIELDS	4096

/* rd() and pk() beyond the text: the end, or a decoding error. */
#define RD_END		(-1)
#define RD_ERR		(-2)

struct report_csvin {
	FILE		*fp;
	enum report_enc	 enc;
	char		 sep;
	char		 digest[REPORT_DIGEST_SIZE];
	char		 again[REPORT_DIGEST_SIZE];	/* of the last pass */
	struct rsha256	 sha;
	iconv_t		 cd;
	/* raw bytes read and not yet converted (iconv only) */
	char		*raw;
	size_t		 rawlen;
	int		 eof;
	/* the decoded text of the current block */
	char		*buf;
	size_t		 pos, len, size;
	/* a decoding error met after the text in buf */
	char		*pending;
	int		 failed;
	int		 done;		/* the pass reached the end */
	int		 hashing;	/* the pass hashes its bytes */
	long		 line;
};

/* ------------------------------------------------------------ first pass */

static int
has_prefix(const unsigned char *b, size_t n, const char *p, size_t k)
{
	return n >= k && memcmp(b, p, k) == 0;
}

/*
 * The first pass: the digest, and the encoding unless given (enc >= 0).
 * A file that holds UTF-8 sequences and also bytes that are not UTF-8 is
 * refused here, naming the line and the byte.
 */
static int
scan(struct report_csvin *in, int enc, struct dlg_error *err)
{
	unsigned char *b = xmalloc(BLOCK + 4);
	unsigned long cp;
	long long off = 0, bad_off = -1, multi = 0;
	long line = 1, bad_line = 0;
	size_t n, carry = 0, i, k;
	int first = 1, utf8 = 1, at_end, bad_byte = 0;

	rsha256_init(&in->sha);
	for (;;) {
		n = fread(b + carry, 1, BLOCK, in->fp);
		if (ferror(in->fp)) {
			free(b);
			return err_set(err, ERR_STORAGE, _("cannot read the "
			    "file: %s"), strerror(errno));
		}
		rsha256_add(&in->sha, b + carry, n);
		n += carry;
		at_end = feof(in->fp) || n == carry;
		i = 0;
		if (first) {
			first = 0;
			if (has_prefix(b, n, "\xef\xbb\xbf", 3)) {
				in->enc = ENC_UTF8_BOM;
				i = 3;
			} else if (has_prefix(b, n, "\xff\xfe", 2)) {
				in->enc = ENC_UTF16LE;
				utf8 = 0;
			} else if (has_prefix(b, n, "\xfe\xff", 2)) {
				in->enc = ENC_UTF16BE;
				utf8 = 0;
			} else
				in->enc = ENC_UTF8;
			if (enc == ENC_WINDOWS1252 ||
			    (enc >= 0 && in->enc != ENC_UTF16LE &&
			    in->enc != ENC_UTF16BE && enc != ENC_UTF8 &&
			    enc != ENC_UTF8_BOM))
				utf8 = 0;
		}
		/* Check the UTF-8 until the first fault; count the
		 * multi-byte characters before and after it. */
		while (utf8 && i < n) {
			if (b[i] < 0x80) {
				if (b[i] == '\n')
					line++;
				i++;
				continue;
			}
			k = rutf8_decode(b + i, n - i, &cp);
			if (k == 0 && !at_end && n - i < 4)
				break;	/* maybe cut by the block */
			if (k == 0) {
				if (bad_off < 0) {
					bad_off = off + (long long)i;
					bad_line = line;
					bad_byte = b[i];
				}
				i++;
				continue;
			}
			multi++;
			i += k;
		}
		if (utf8 && i < n) {
			carry = n - i;
			memmove(b, b + i, carry);
			off += (long long)i;
		} else {
			carry = 0;
			off += (long long)n;
		}
		if (at_end)
			break;
	}
	free(b);
	rsha256_end(&in->sha, in->digest, sizeof in->digest);
	if (enc >= 0) {
		if (bad_off >= 0 && (enc == ENC_UTF8 || enc == ENC_UTF8_BOM))
			goto mixed;
		if (in->enc == ENC_UTF8_BOM && enc == ENC_UTF8)
			enc = ENC_UTF8_BOM;
		if ((in->enc == ENC_UTF16LE || in->enc == ENC_UTF16BE) &&
		    enc != (int)in->enc)
			return err_set(err, ERR_REFUSED, _("the file starts "
			    "with the byte order mark of %s, not %s; leave "
			    "--encoding out"), report_enc_name(in->enc),
			    report_enc_name((enum report_enc)enc));
		in->enc = (enum report_enc)enc;
		return 0;
	}
	if (in->enc == ENC_UTF16LE || in->enc == ENC_UTF16BE)
		return 0;
	if (bad_off < 0)
		return 0;
	if (multi == 0 && in->enc == ENC_UTF8) {
		/* Nothing in it is UTF-8: a Windows file. */
		in->enc = ENC_WINDOWS1252;
		return 0;
	}
mixed:
	/* TRANSLATORS: line and byte of the file (from 1), the byte's value */
	return err_set(err, ERR_REFUSED, _("line %ld, byte %lld of the file: "
	    "the file is UTF-8, but the byte 0x%02X here is not UTF-8; part "
	    "of it was saved in another encoding. Nothing was read: correct "
	    "the character there and save the file as UTF-8 again, or give "
	    "--encoding windows-1252 if the whole file is Windows-1252"),
	    bad_line, bad_off + 1, bad_byte);
}

/* ------------------------------------------------------------ decoding */

static const char *
iconv_name(enum report_enc enc)
{
	switch (enc) {
	case ENC_UTF16LE:
		return "UTF-16LE";
	case ENC_UTF16BE:
		return "UTF-16BE";
	case ENC_WINDOWS1252:
		return "WINDOWS-1252";
	default:
		return NULL;
	}
}

static void
pend(struct report_csvin *in, char *msg)
{
	free(in->pending);
	in->pending = msg;
}

/*
 * More decoded text into buf. Returns 1, 0 at the end of the file, or
 * RD_ERR when what follows cannot be read (in->pending says why).
 */
static int
fill(struct report_csvin *in)
{
	char *inp, *outp;
	size_t n, inleft, outleft;
	unsigned char bad;

	in->pos = in->len = 0;
	if (in->pending != NULL || in->failed)
		return RD_ERR;
	if (in->cd == (iconv_t)-1) {
		if (in->eof)
			return 0;
		n = fread(in->buf, 1, BLOCK, in->fp);
		if (ferror(in->fp)) {
			pend(in, xasprintf(_("cannot read the file: %s"),
			    strerror(errno)));
			return RD_ERR;
		}
		if (in->hashing)
			rsha256_add(&in->sha, in->buf, n);
		if (n < BLOCK)
			in->eof = 1;
		in->len = n;
		return n > 0 ? 1 : 0;
	}
	while (in->len == 0) {
		if (!in->eof && in->rawlen < BLOCK) {
			n = fread(in->raw + in->rawlen, 1, BLOCK - in->rawlen,
			    in->fp);
			if (ferror(in->fp)) {
				pend(in, xasprintf(_("cannot read the file: "
				    "%s"), strerror(errno)));
				return RD_ERR;
			}
			if (in->hashing)
				rsha256_add(&in->sha, in->raw + in->rawlen,
				    n);
			in->rawlen += n;
			if (n == 0 || feof(in->fp))
				in->eof = 1;
		}
		if (in->rawlen == 0)
			return 0;
		inp = in->raw;
		inleft = in->rawlen;
		outp = in->buf;
		outleft = in->size;
		if (iconv(in->cd, &inp, &inleft, &outp, &outleft) ==
		    (size_t)-1 && errno != E2BIG) {
			if (errno == EINVAL && !in->eof) {
				/* a character cut by the block: read on */
			} else if (errno == EINVAL)
				pend(in, xasprintf(_("the file ends in the "
				    "middle of a %s character; it is not "
				    "complete"), report_enc_name(in->enc)));
			else if (in->enc == ENC_WINDOWS1252) {
				bad = (unsigned char)*inp;
				pend(in, xasprintf(_("the byte 0x%02X is not a "
				    "character in Windows-1252, and the file is "
				    "not UTF-8 either; save it as UTF-8 and try "
				    "again"), bad));
			} else
				pend(in, xasprintf(_("the file is not valid %s "
				    "here; save it as UTF-8 and try again"),
				    report_enc_name(in->enc)));
		}
		in->len = (size_t)(outp - in->buf);
		memmove(in->raw, inp, inleft);
		in->rawlen = inleft;
		if (in->pending != NULL)
			return in->len > 0 ? 1 : RD_ERR;
		if (in->len == 0 && in->eof && in->rawlen > 0) {
			pend(in, xasprintf(_("the file ends in the middle of "
			    "a %s character; it is not complete"),
			    report_enc_name(in->enc)));
			return RD_ERR;
		}
	}
	return 1;
}

/* The next character (a byte of UTF-8), RD_END or RD_ERR. */
static int
rd(struct report_csvin *in)
{
	int r;

	if (in->pos >= in->len && (r = fill(in)) <= 0)
		return r == 0 ? RD_END : RD_ERR;
	return (unsigned char)in->buf[in->pos++];
}

/* The character rd() would give, without taking it. */
static int
pk(struct report_csvin *in)
{
	int r;

	if (in->pos >= in->len && (r = fill(in)) <= 0)
		return r == 0 ? RD_END : RD_ERR;
	return (unsigned char)in->buf[in->pos];
}

/* The separator of the text in buf: the most frequent of tab, ';' and
 * ',' outside quotes in its first record, in that order when counts are
 * equal; ',' when there is none. */
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

int
report_csvin_rewind(struct report_csvin *in, struct dlg_error *err)
{
	const char *name;

	if (in->cd != (iconv_t)-1)
		iconv_close(in->cd);
	in->cd = (iconv_t)-1;
	free(in->pending);
	in->pending = NULL;
	in->failed = 0;
	in->done = 0;
	in->pos = in->len = in->rawlen = 0;
	in->eof = 0;
	in->line = 1;
	in->hashing = 1;
	rsha256_init(&in->sha);
	if (fseek(in->fp, 0, SEEK_SET) != 0)
		return err_set(err, ERR_STORAGE, _("cannot read the file "
		    "again from its start: %s"), strerror(errno));
	clearerr(in->fp);
	if ((name = iconv_name(in->enc)) != NULL &&
	    (in->cd = iconv_open("UTF-8", name)) == (iconv_t)-1) {
		err_detail(err, "iconv_open %s: %s", name, strerror(errno));
		return err_set(err, ERR_STORAGE, _("this system cannot read "
		    "text in %s (iconv); save the file as UTF-8 and try "
		    "again"), report_enc_name(in->enc));
	}
	/* The byte order mark is no text. */
	if (in->enc == ENC_UTF8_BOM || in->enc == ENC_UTF16LE ||
	    in->enc == ENC_UTF16BE) {
		if (in->cd == (iconv_t)-1) {
			if (fill(in) > 0 && in->len >= 3 &&
			    memcmp(in->buf, "\xef\xbb\xbf", 3) == 0)
				in->pos = 3;
		} else {
			char bom[2];
			size_t n = fread(bom, 1, 2, in->fp);

			rsha256_add(&in->sha, bom, n);
		}
	}
	return 0;
}

/* ------------------------------------------------------------ parsing */

void
report_csv_row_clear(struct report_csv_row *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		free(r->cells[i].text);
	free(r->cells);
	memset(r, 0, sizeof *r);
}

static void
row_add(struct report_csv_row *r, char *text, long line)
{
	r->cells = xrealloc(r->cells, (r->n + 1) * sizeof *r->cells);
	r->cells[r->n].text = text;
	r->cells[r->n].line = line;
	r->n++;
}

/* The error for character c (RD_ERR or NUL) at line, col. */
static int
char_error(struct report_csvin *in, int c, long line, long col,
    struct dlg_error *err)
{
	in->failed = 1;
	if (c == RD_ERR)
		return err_set(err, ERR_REFUSED, _("line %ld, column %ld: %s"),
		    line, col, in->pending != NULL ? in->pending :
		    _("the file cannot be read here"));
	return err_set(err, ERR_REFUSED, _("line %ld, column %ld: %s"), line,
	    col, _("the file holds a NUL character; it may be UTF-16 without "
	    "a byte order mark: save it as UTF-8 and try again"));
}

static int
too_long(struct report_csvin *in, long line, long col, struct dlg_error *err)
{
	in->failed = 1;
	return err_set(err, ERR_REFUSED, _("line %ld, column %ld: %s"), line,
	    col, _("the field that starts here is longer than 1 MiB; a "
	    "closing quote may be missing"));
}

/*
 * The ordinary characters at the reading position, up to the first of
 * stop (or NUL, or the end of the decoded block), appended to sb at once
 * rather than a character at a time; no more than the field may hold,
 * so that the character after is the one found too long.
 */
static void
run(struct report_csvin *in, struct strbuf *sb, const char *stop)
{
	const char *p = in->buf + in->pos, *q = p, *e = in->buf + in->len;
	size_t n;

	while (q < e && *q != '\0' && *q != stop[0] && *q != stop[1] &&
	    *q != stop[2])
		q++;
	n = (size_t)(q - p);
	if (sb->len + n > MAX_FIELD)
		n = sb->len < MAX_FIELD ? MAX_FIELD - sb->len : 0;
	if (n > 0) {
		sb_addn(sb, p, n);
		in->pos += n;
	}
}

/* A quoted field from just after its opening quote. */
static int
quoted(struct report_csvin *in, struct strbuf *sb, long col,
    struct dlg_error *err)
{
	static const char stop[3] = { '"', '\r', '\n' };
	long start = in->line;
	int c;

	for (;;) {
		run(in, sb, stop);
		c = rd(in);
		if (c == RD_END) {
			in->failed = 1;
			return err_set(err, ERR_REFUSED, _("line %ld, column "
			    "%ld: %s"), start, col, _("the quoted field that "
			    "starts here is never closed; a quote is "
			    "missing"));
		}
		if (c == RD_ERR || c == 0)
			return char_error(in, c, in->line, col, err);
		if (sb->len >= MAX_FIELD)
			return too_long(in, start, col, err);
		if (c == '"') {
			if (pk(in) == '"') {
				rd(in);
				sb_addc(sb, '"');
				continue;
			}
			break;
		}
		if (c == '\r' || c == '\n') {
			/* A line break inside the field is kept as LF. */
			if (c == '\r' && pk(in) == '\n')
				rd(in);
			sb_addc(sb, '\n');
			in->line++;
			continue;
		}
		sb_addc(sb, (char)c);
	}
	c = pk(in);
	if (c == RD_ERR)
		return char_error(in, c, in->line, col, err);
	if (c != RD_END && c != in->sep && c != '\r' && c != '\n') {
		in->failed = 1;
		return err_set(err, ERR_REFUSED, _("line %ld, column %ld: %s"),
		    in->line, col, _("text follows the closing quote of a "
		    "field; a quote inside a quoted field must be doubled "
		    "(\"\")"));
	}
	return 0;
}

/* One record into r: 1, 0 at the end, -1 with err set. */
static int
record(struct report_csvin *in, struct report_csv_row *r,
    struct dlg_error *err)
{
	struct strbuf sb;
	long line, col;
	int c;

	if (pk(in) == RD_END)
		return 0;
	r->line = in->line;
	for (;;) {
		sb_init(&sb);
		line = in->line;
		col = (long)r->n + 1;
		if (r->n >= MAX_FIELDS) {
			sb_release(&sb);
			in->failed = 1;
			return err_set(err, ERR_REFUSED, _("line %ld, column "
			    "%ld: %s"), line, col, _("the record has more "
			    "than 4096 columns"));
		}
		if (pk(in) == '"') {
			rd(in);
			if (quoted(in, &sb, col, err) != 0) {
				sb_release(&sb);
				return -1;
			}
		} else {
			const char stop[3] = { in->sep, '\r', '\n' };

			for (;;) {
				run(in, &sb, stop);
				c = pk(in);
				if (c == RD_END || c == in->sep || c == '\r' ||
				    c == '\n')
					break;
				if (c == RD_ERR || c == 0) {
					sb_release(&sb);
					return char_error(in, c, line, col,
					    err);
				}
				if (sb.len >= MAX_FIELD) {
					sb_release(&sb);
					return too_long(in, line, col, err);
				}
				sb_addc(&sb, (char)rd(in));
			}
		}
		row_add(r, sb_detach(&sb), line);
		sb_release(&sb);
		c = rd(in);
		if (c == RD_END)
			return 1;
		if (c == RD_ERR)
			return char_error(in, c, in->line, col, err);
		if (c == in->sep)
			continue;
		if (c == '\r' && pk(in) == '\n')
			rd(in);
		in->line++;
		return 1;
	}
}

int
report_csvin_next(struct report_csvin *in, struct report_csv_row *r,
    struct dlg_error *err)
{
	int rc;

	for (;;) {
		report_csv_row_clear(r);
		if (in->failed)
			return err_set(err, ERR_REFUSED, _("the file cannot "
			    "be read on after an error"));
		if ((rc = record(in, r, err)) <= 0) {
			if (rc < 0)
				report_csv_row_clear(r);
			else if (!in->done) {
				if (in->hashing)
					rsha256_end(&in->sha, in->again,
					    sizeof in->again);
				else
					in->again[0] = '\0';
				in->done = 1;
			}
			return rc;
		}
		/* A blank line is no record. */
		if (r->n == 1 && r->cells[0].text[0] == '\0')
			continue;
		return 1;
	}
}

/* ------------------------------------------------------------ the reader */

int
report_csvin_open(FILE *fp, char sep, int enc, struct report_csvin **out,
    struct dlg_error *err)
{
	struct report_csvin *in = xcalloc(1, sizeof *in);

	*out = NULL;
	in->fp = fp;
	in->cd = (iconv_t)-1;
	in->size = 4 * BLOCK;
	in->buf = xmalloc(in->size);
	in->raw = xmalloc(BLOCK);
	if (scan(in, enc, err) != 0 || report_csvin_rewind(in, err) != 0) {
		report_csvin_free(in);
		return -1;
	}
	/* The pass begun here is the check of every row: the first pass's
	 * digest says what the file was, and the pass that writes (begun by
	 * report_csvin_rewind) is hashed to see it did not change. */
	in->hashing = 0;
	if (sep != 0)
		in->sep = sep;
	else {
		(void)pk(in);
		in->sep = detect_sep(in->buf + in->pos, in->len - in->pos);
	}
	*out = in;
	return 0;
}

enum report_enc
report_csvin_enc(const struct report_csvin *in)
{
	return in->enc;
}

char
report_csvin_sep(const struct report_csvin *in)
{
	return in->sep;
}

const char *
report_csvin_digest(const struct report_csvin *in)
{
	return in->digest;
}

int
report_csvin_unchanged(const struct report_csvin *in)
{
	return strcmp(in->digest, in->again) == 0;
}

void
report_csvin_free(struct report_csvin *in)
{
	if (in == NULL)
		return;
	if (in->cd != (iconv_t)-1)
		iconv_close(in->cd);
	free(in->pending);
	free(in->buf);
	free(in->raw);
	free(in);
}

/* ------------------------------------------------------------ in memory */

int
report_csv_read(const char *bytes, size_t len, char sep,
    struct report_csv **out, struct dlg_error *err)
{
	struct report_csvin *in;
	struct report_csv *csv;
	struct report_csv_row r;
	size_t alloc = 0;
	FILE *fp;
	int rc;

	*out = NULL;
	if (len == 0) {
		*out = xcalloc(1, sizeof **out);
		return 0;
	}
	if ((fp = fmemopen((void *)bytes, len, "rb")) == NULL)
		return err_set(err, ERR_STORAGE, _("cannot read the file: %s"),
		    strerror(errno));
	if (report_csvin_open(fp, sep, REPORT_ENC_DETECT, &in, err) != 0) {
		fclose(fp);
		return -1;
	}
	csv = xcalloc(1, sizeof *csv);
	csv->enc = in->enc;
	csv->sep = in->sep;
	memset(&r, 0, sizeof r);
	while ((rc = report_csvin_next(in, &r, err)) > 0) {
		if (csv->nrows == alloc) {
			alloc = alloc ? 2 * alloc : 64;
			csv->rows = xrealloc(csv->rows,
			    alloc * sizeof *csv->rows);
		}
		csv->rows[csv->nrows++] = r;
		memset(&r, 0, sizeof r);
	}
	report_csvin_free(in);
	fclose(fp);
	if (rc < 0) {
		report_csv_free(csv);
		return -1;
	}
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
		report_csv_row_clear(&c->rows[i]);
	free(c->rows);
	free(c);
}
