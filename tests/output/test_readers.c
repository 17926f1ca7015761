/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_readers.c: the readers and writers of files under the output
 * commands, on their own: the strict JSON reader, the CSV reader's
 * encodings, separators and errors, the CSV writer's quoting and
 * neutralising, and SHA-256 against the standard's test vectors.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "report.h"
#include "util.h"

/* ------------------------------------------------------------ JSON */

/* text must be refused with a message holding want. */
static void
json_refused(const char *text, size_t len, const char *want)
{
	struct report_jv *v = NULL;
	struct dlg_error e;

	err_clear(&e);
	if (report_json_parse(text, len, &v, &e) == 0) {
		fprintf(stderr, "accepted: %s\n", text);
		CHECK(!"invalid JSON accepted");
		report_jv_free(v);
		return;
	}
	CHECK(v == NULL);
	CHECK(e.code == ERR_REFUSED);
	if (strstr(e.msg, want) == NULL) {
		fprintf(stderr, "for %s\n  got:  %s\n  want: %s\n", text,
		    e.msg, want);
		CHECK(!"the message names the wrong place or fault");
	}
}

#define REFUSED(s, want) json_refused(s, sizeof(s) - 1, want)

static void
json_refuses_what_rfc_8259_refuses_naming_line_and_column(void)
{
	char deep[200];
	int i;

	REFUSED("[1, 2,]", "line 1, column 7: a comma before the closing "
	    "bracket");
	REFUSED("{\"a\": 1,\n \"b\": 2,\n}", "line 3, column 1: a comma "
	    "before the closing brace");
	REFUSED("01", "line 1, column 2: a number cannot have a leading zero");
	REFUSED("[1.]", "line 1, column 4: a digit is missing after the "
	    "decimal point");
	REFUSED("-", "a digit is missing");
	REFUSED("// note\n{}", "line 1, column 1: unexpected text");
	REFUSED("['a']", "line 1, column 2: unexpected text");
	REFUSED("NaN", "unexpected text");
	REFUSED("\"tab\there\"", "line 1, column 5: a control character");
	REFUSED("\"\\x\"", "line 1, column 3: unknown escape");
	REFUSED("\"\\udc00\"", "a lone low surrogate");
	REFUSED("\"\\ud83d x\"", "a high surrogate must be followed by a "
	    "low one");
	REFUSED("\"a\\u0000b\"", "\\u0000 (NUL) cannot be held");
	REFUSED("\"\\u12g4\"", "\\u needs four hex digits");
	REFUSED("{\"k\": 1, \"k\": 2}", "the key 'k' appears twice");
	REFUSED("{\"k\" 1}", "a colon is expected after the key");
	REFUSED("{} x", "line 1, column 4: text follows the end");
	REFUSED("[1 2]", "a comma or a closing bracket is expected");
	REFUSED("\"\xc3\x28\"", "line 1, column 2: the byte 0xC3 is not "
	    "UTF-8");
	REFUSED("", "the text ends where a value is expected");
	REFUSED("\"open", "the string is not closed");
	REFUSED("tru", "unexpected text");
	for (i = 0; i < 65; i++)
		deep[i] = '[';
	for (i = 65; i < 130; i++)
		deep[i] = ']';
	deep[130] = '\0';
	json_refused(deep, 130, "nested too deeply");
}

static void
json_reads_values_escapes_and_surrogate_pairs(void)
{
	static const char text[] = "\xef\xbb\xbf {\"s\": \"\\u00e5\\t\\\"q\\\" "
	    "\\ud83d\\ude00 \xc3\xa4\\/\", \"n\": [-0, 1.5e3, 12], "
	    "\"o\": {\"t\": true, \"f\": false, \"z\": null}, \"e\": [], "
	    "\"eo\": {}}\n";
	struct report_jv *v = NULL;
	const struct report_jv *n, *o;
	struct dlg_error e;

	err_clear(&e);
	CHECK(report_json_parse(text, sizeof text - 1, &v, &e) == 0);
	if (v == NULL)
		return;
	CHECK(v->type == JV_OBJECT && v->n == 5);
	CHECK_STR(report_jv_get(v, "s")->s,
	    "\xc3\xa5\t\"q\" \xf0\x9f\x98\x80 \xc3\xa4/");
	n = report_jv_get(v, "n");
	CHECK(n != NULL && n->type == JV_ARRAY && n->n == 3);
	if (n != NULL && n->n == 3) {
		CHECK_STR(n->v[0]->s, "-0");
		CHECK_STR(n->v[1]->s, "1.5e3");
		CHECK(n->v[2]->line == 1);
	}
	o = report_jv_get(v, "o");
	CHECK(report_jv_get(o, "t")->type == JV_TRUE);
	CHECK(report_jv_get(o, "f")->type == JV_FALSE);
	CHECK(report_jv_get(o, "z")->type == JV_NULL);
	CHECK(report_jv_get(o, "missing") == NULL);
	CHECK(report_jv_get(v, "e")->n == 0);
	CHECK(report_jv_get(v, "eo")->type == JV_OBJECT);
	report_jv_free(v);
}

/* The JSON writer's string: everything that must be escaped is, the rest
 * (Swedish letters too) stands for itself, a byte that is not UTF-8
 * becomes U+FFFD, and the reader gives back the text. */
static void
json_writer_escapes_what_must_be_and_reads_back(void)
{
	static const char text[] = "Åsa sa \"hej\" \\ tab\there\nrad\x01"
	    "\xc2\x85 \xe2\x80\xa8 sl\xc3\xa4ngt, \xff slut";
	static const char want[] = "\"\xc3\x85sa sa \\\"hej\\\" \\\\ tab\\there"
	    "\\nrad\\u0001\\u0085 \\u2028 sl\xc3\xa4ngt, \\ufffd slut\"";
	struct report_jv *v = NULL;
	struct dlg_error e;
	char got[512];
	size_t n;
	FILE *fp;

	fp = tmpfile();
	CHECK(fp != NULL);
	if (fp == NULL)
		return;
	report_json_string(fp, text);
	report_json_string(fp, "");
	report_json_string(fp, NULL);
	rewind(fp);
	n = fread(got, 1, sizeof got - 1, fp);
	got[n] = '\0';
	fclose(fp);
	CHECK(strncmp(got, want, sizeof want - 1) == 0);
	CHECK_STR(got + sizeof want - 1, "\"\"null");
	got[sizeof want - 1] = '\0';
	err_clear(&e);
	CHECK(report_json_parse(got, strlen(got), &v, &e) == 0);
	if (v != NULL) {
		CHECK_STR(v->s, "\xc3\x85sa sa \"hej\" \\ tab\there\nrad\x01"
		    "\xc2\x85 \xe2\x80\xa8 sl\xc3\xa4ngt, \xef\xbf\xbd slut");
		report_jv_free(v);
	}
}

/* ------------------------------------------------------------ CSV read */

static struct report_csv *
read_ok(const char *bytes, size_t len, char sep)
{
	struct report_csv *c = NULL;
	struct dlg_error e;

	err_clear(&e);
	if (report_csv_read(bytes, len, sep, &c, &e) != 0) {
		fprintf(stderr, "refused: %s\n", e.msg);
		CHECK(!"a valid CSV file was refused");
	}
	return c;
}

static void
csv_refused(const char *bytes, size_t len, const char *want)
{
	struct report_csv *c = NULL;
	struct dlg_error e;

	err_clear(&e);
	if (report_csv_read(bytes, len, 0, &c, &e) == 0) {
		CHECK(!"a malformed CSV file was accepted");
		report_csv_free(c);
		return;
	}
	CHECK(e.code == ERR_REFUSED);
	if (strstr(e.msg, want) == NULL) {
		fprintf(stderr, "  got:  %s\n  want: %s\n", e.msg, want);
		CHECK(!"the message names the wrong place or fault");
	}
}

#define CSV(s) s, sizeof(s) - 1

static void
csv_detects_the_separator_outside_quotes(void)
{
	struct report_csv *c;

	c = read_ok(CSV("\"a;b;c\",d,e\n1,2,3\n"), 0);
	CHECK(c != NULL && c->sep == ',' && c->rows[0].n == 3);
	report_csv_free(c);
	c = read_ok(CSV("Svar;Datum, tid;Tema\n"), 0);
	CHECK(c != NULL && c->sep == ';' && c->rows[0].n == 3);
	report_csv_free(c);
	c = read_ok(CSV("a\tb,c\td\n"), 0);
	CHECK(c != NULL && c->sep == '\t' && c->rows[0].n == 3);
	report_csv_free(c);
	c = read_ok(CSV("Svar\nett\n"), 0);
	CHECK(c != NULL && c->sep == ',' && c->nrows == 2);
	report_csv_free(c);
	/* Given, not detected. */
	c = read_ok(CSV("a;b,c\n"), ',');
	CHECK(c != NULL && c->rows[0].n == 2);
	report_csv_free(c);
}

static void
csv_keeps_quotes_line_breaks_and_empty_fields(void)
{
	struct report_csv *c;

	c = read_ok(CSV("h1,h2,h3\r\n\"a \"\"q\"\"\r\nb\",,\"\"\r\n"
	    "\r\n\nx,\"y,z\",\"\"\"\"\n"), 0);
	if (c == NULL)
		return;
	CHECK(c->nrows == 3);
	CHECK(c->enc == ENC_UTF8);
	if (c->nrows == 3) {
		CHECK(c->rows[1].n == 3);
		CHECK_STR(c->rows[1].cells[0].text, "a \"q\"\nb");
		CHECK_STR(c->rows[1].cells[1].text, "");
		CHECK_STR(c->rows[1].cells[2].text, "");
		CHECK(c->rows[1].line == 2);
		/* The blank lines are skipped, but counted. */
		CHECK(c->rows[2].line == 6);
		CHECK_STR(c->rows[2].cells[1].text, "y,z");
		CHECK_STR(c->rows[2].cells[2].text, "\"");
	}
	report_csv_free(c);
}

static void
csv_decodes_utf16_and_windows_1252(void)
{
	static const char le[] = "\xff\xfe" "S\0v\0a\0r\0\n\0\xe5\0" "a\0";
	static const char be[] = "\xfe\xff" "\0S\0v\0a\0r\0\n\0\xe5\0a";
	static const char w[] = "Svar\r\n\xe5\xe4\xf6 \x80 \x96\r\n";
	static const char bom[] = "\xef\xbb\xbfSvar\n\xc3\xa5\n";
	struct report_csv *c;

	c = read_ok(le, sizeof le - 1, 0);
	CHECK(c != NULL && c->enc == ENC_UTF16LE && c->nrows == 2);
	if (c != NULL && c->nrows == 2)
		CHECK_STR(c->rows[1].cells[0].text, "\xc3\xa5" "a");
	report_csv_free(c);
	c = read_ok(be, sizeof be - 1, 0);
	CHECK(c != NULL && c->enc == ENC_UTF16BE && c->nrows == 2);
	if (c != NULL && c->nrows == 2)
		CHECK_STR(c->rows[1].cells[0].text, "\xc3\xa5" "a");
	report_csv_free(c);
	c = read_ok(w, sizeof w - 1, 0);
	CHECK(c != NULL && c->enc == ENC_WINDOWS1252);
	if (c != NULL && c->nrows == 2)
		CHECK_STR(c->rows[1].cells[0].text,
		    "\xc3\xa5\xc3\xa4\xc3\xb6 \xe2\x82\xac \xe2\x80\x93");
	report_csv_free(c);
	c = read_ok(bom, sizeof bom - 1, 0);
	CHECK(c != NULL && c->enc == ENC_UTF8_BOM);
	if (c != NULL)
		CHECK_STR(c->rows[0].cells[0].text, "Svar");
	report_csv_free(c);
}

static void
csv_names_line_and_column_of_errors(void)
{
	csv_refused(CSV("a;b\n1;\"open\n2;3\n"), "line 2, column 2: the "
	    "quoted field that starts here is never closed");
	csv_refused(CSV("a,b\n\"x\"y,2\n"), "line 2, column 1: text "
	    "follows the closing quote");
	csv_refused(CSV("a;b\n\"two\nlines\";\x8d\n"), "line 3, column 2: "
	    "the byte 0x8D is not a character in Windows-1252");
	csv_refused(CSV("a;b\nx;\x90y\n"), "line 2, column 2: the byte 0x90");
	csv_refused(CSV("\xff\xfe" "a\0\n"), "the file ends in the middle "
	    "of a UTF-16LE character");
	csv_refused(CSV("\xff\xfe" "a\0\x00\xdc"), "line 1, column 1: the "
	    "file is not valid UTF-16LE");
	csv_refused(CSV("a,b\nc\0,d\n"), "line 2, column 1: the file holds "
	    "a NUL character");
}

/* Rows enough for several of the reader's 64 KiB blocks, each with a
 * quoted line break and Swedish letters, so records and characters are
 * cut by the blocks somewhere. */
#define STREAM_ROWS	6000

static void
stream_text(struct strbuf *sb)
{
	int i;

	sb_add(sb, "Svar,Tema\n");
	for (i = 0; i < STREAM_ROWS; i++)
		sb_addf(sb, "\"rad %d med \xc3\xa5\xc3\xa4\xc3\xb6\n"
		    "och brytning\",\xc3\xa4\xe2\x82\xac%d\n", i, i % 7);
}

/* UTF-8 s as UTF-16LE after a BOM, or as Windows-1252 (only the
 * characters stream_text() writes). */
static void
encode(const char *s, int utf16, struct strbuf *out)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned long cp;

	if (utf16)
		sb_addn(out, "\xff\xfe", 2);
	while (*p != '\0') {
		if (*p < 0x80)
			cp = *p++;
		else if (*p < 0xe0) {
			cp = ((unsigned long)(p[0] & 0x1f) << 6) | (p[1] & 0x3f);
			p += 2;
		} else {
			cp = ((unsigned long)(p[0] & 0x0f) << 12) |
			    ((unsigned long)(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
			p += 3;
		}
		if (utf16) {
			sb_addc(out, (char)(cp & 0xff));
			sb_addc(out, (char)(cp >> 8));
		} else
			sb_addc(out, (char)(cp == 0x20ac ? 0x80 : cp));
	}
}

static void
stream_check(const char *bytes, size_t len, enum report_enc want)
{
	struct report_csv *c = read_ok(bytes, len, 0);
	char text[64], theme[32];
	size_t i;

	if (c == NULL)
		return;
	CHECK(c->enc == want);
	CHECK(c->nrows == STREAM_ROWS + 1);
	for (i = 1; i < c->nrows; i++) {
		snprintf(text, sizeof text, "rad %zu med \xc3\xa5\xc3\xa4\xc3\xb6"
		    "\noch brytning", i - 1);
		snprintf(theme, sizeof theme, "\xc3\xa4\xe2\x82\xac%zu",
		    (i - 1) % 7);
		if (c->rows[i].n != 2 || strcmp(c->rows[i].cells[0].text,
		    text) != 0 || strcmp(c->rows[i].cells[1].text, theme) != 0 ||
		    c->rows[i].line != (long)(2 * i)) {
			fprintf(stderr, "row %zu differs\n", i);
			CHECK(!"a record cut by a block was read wrong");
			break;
		}
	}
	report_csv_free(c);
}

static void
csv_stream_reads_records_cut_by_its_blocks(void)
{
	struct strbuf u, w, x;
	struct report_csvin *in = NULL;
	struct dlg_error e;
	char d[REPORT_DIGEST_SIZE];
	FILE *fp;

	sb_init(&u);
	sb_init(&w);
	sb_init(&x);
	stream_text(&u);
	CHECK(u.len > 3 * 65536);
	stream_check(u.buf, u.len, ENC_UTF8);
	encode(u.buf, 1, &w);
	stream_check(w.buf, w.len, ENC_UTF16LE);
	encode(u.buf, 0, &x);
	stream_check(x.buf, x.len, ENC_WINDOWS1252);
	/* The first pass's digest is the bytes'. */
	err_clear(&e);
	fp = fmemopen(u.buf, u.len, "rb");
	CHECK(fp != NULL);
	if (fp != NULL && report_csvin_open(fp, 0, REPORT_ENC_DETECT, &in,
	    &e) == 0) {
		report_sha256(u.buf, u.len, d, sizeof d);
		CHECK_STR(report_csvin_digest(in), d);
	} else
		CHECK(!"the reader does not open");
	report_csvin_free(in);
	if (fp != NULL)
		fclose(fp);
	/* One Windows-1252 byte far into a UTF-8 file: its line and byte. */
	u.buf[200001] = '\xe4';
	csv_refused(u.buf, u.len, "byte 200002 of the file: the file is "
	    "UTF-8, but the byte 0xE4 here is not UTF-8");
	sb_release(&u);
	sb_release(&w);
	sb_release(&x);
}

/* ------------------------------------------------------------ CSV write */

static char *
write_rows(char sep, enum report_enc enc, int replace,
    const char *const *cells, int *rc, long *replaced)
{
	static const char *const header[] = { "a", "b", "c" };
	struct report_csvw *w;
	struct dlg_error e;
	char *buf = NULL;
	size_t size = 0;
	FILE *fp = open_memstream(&buf, &size);

	err_clear(&e);
	w = report_csvw_new(fp, sep, enc, replace, header, 3, &e);
	CHECK(w != NULL);
	*rc = report_csvw_row(w, cells, &e);
	*replaced = report_csvw_replaced(w);
	report_csvw_free(w);
	fclose(fp);
	return buf;
}

static void
csv_writer_quotes_neutralises_and_keeps_numbers(void)
{
	static const char *const r1[] = { "=1+1", "-12", "x;y" };
	static const char *const r2[] = { "\rcr", "-3,5", "\"q\"\nz" };
	static const char *const r3[] = { "@a", "+4", "-" };
	static const char *const bad[] = { "ok", "\xc5\x91", NULL };
	static const char *const ctl[] = { "x\x1b[2J\a",
	    "y\xc2\x9b\xe2\x80\xaez", "t\tu" };
	char *out;
	long replaced;
	int rc;

	out = write_rows(';', ENC_UTF8_BOM, 0, r1, &rc, &replaced);
	CHECK(rc == 0);
	CHECK_STR(out, "\xef\xbb\xbf" "a;b;c\r\n'=1+1;-12;\"x;y\"\r\n");
	free(out);
	out = write_rows(',', ENC_UTF8_BOM, 0, r2, &rc, &replaced);
	/* A CR is a control character: a placeholder, as in text. */
	CHECK_STR(out, "\xef\xbb\xbf" "a,b,c\r\n'^Mcr,\"-3,5\","
	    "\"\"\"q\"\"\nz\"\r\n");
	free(out);
	out = write_rows('\t', ENC_WINDOWS1252, 0, r3, &rc, &replaced);
	CHECK_STR(out, "a\tb\tc\r\n'@a\t'+4\t'-\r\n");
	free(out);
	/* ESC, BEL, C1 and a bidi override: the text outputs' placeholders;
	 * a tab in several-line text stays, quoted. */
	out = write_rows(';', ENC_UTF8_BOM, 0, ctl, &rc, &replaced);
	CHECK(rc == 0);
	CHECK_STR(out, "\xef\xbb\xbf" "a;b;c\r\nx^[[2J^G;"
	    "y\xef\xbf\xbd<U+202E>z;\"t\tu\"\r\n");
	free(out);
	/* ő is not in Windows-1252: the row is refused, or '?' written. */
	out = write_rows(';', ENC_WINDOWS1252, 0, bad, &rc, &replaced);
	CHECK(rc == -1);
	CHECK_STR(out, "a;b;c\r\n");
	free(out);
	out = write_rows(';', ENC_WINDOWS1252, 1, bad, &rc, &replaced);
	CHECK(rc == 0 && replaced == 1);
	CHECK_STR(out, "a;b;c\r\nok;?;\r\n");
	free(out);
}

/* ------------------------------------------------------------ SHA-256 */

static void
sha256_matches_the_standards_test_vectors(void)
{
	char d[REPORT_DIGEST_SIZE], *million;

	report_sha256("", 0, d, sizeof d);
	CHECK_STR(d, "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934"
	    "ca495991b7852b855");
	report_sha256("abc", 3, d, sizeof d);
	CHECK_STR(d, "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9"
	    "cb410ff61f20015ad");
	report_sha256("abcdbcdecdefdefgefghfghighijhijk"
	    "ijkljklmklmnlmnomnopnopq", 56, d, sizeof d);
	CHECK_STR(d, "sha256:248d6a61d20638b8e5c026930c3e6039a33ce45964ff216"
	    "7f6ecedd419db06c1");
	million = malloc(1000000);
	if (million == NULL)
		return;
	memset(million, 'a', 1000000);
	report_sha256(million, 1000000, d, sizeof d);
	CHECK_STR(d, "sha256:cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200"
	    "e046d39ccc7112cd0");
	free(million);
}

static const struct check_test tests[] = {
	{ "json_refuses_what_rfc_8259_refuses_naming_line_and_column",
	    json_refuses_what_rfc_8259_refuses_naming_line_and_column },
	{ "json_reads_values_escapes_and_surrogate_pairs",
	    json_reads_values_escapes_and_surrogate_pairs },
	{ "json_writer_escapes_what_must_be_and_reads_back",
	    json_writer_escapes_what_must_be_and_reads_back },
	{ "csv_detects_the_separator_outside_quotes",
	    csv_detects_the_separator_outside_quotes },
	{ "csv_keeps_quotes_line_breaks_and_empty_fields",
	    csv_keeps_quotes_line_breaks_and_empty_fields },
	{ "csv_decodes_utf16_and_windows_1252",
	    csv_decodes_utf16_and_windows_1252 },
	{ "csv_names_line_and_column_of_errors",
	    csv_names_line_and_column_of_errors },
	{ "csv_stream_reads_records_cut_by_its_blocks",
	    csv_stream_reads_records_cut_by_its_blocks },
	{ "csv_writer_quotes_neutralises_and_keeps_numbers",
	    csv_writer_quotes_neutralises_and_keeps_numbers },
	{ "sha256_matches_the_standards_test_vectors",
	    sha256_matches_the_standards_test_vectors },
	{ NULL, NULL }
};

int
main(int argc, char **argv)
{
	return check_main(tests, argc, argv);
}
