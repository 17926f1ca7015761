/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * report-int.h: what the files of src/report share and nobody else needs:
 * UTF-8 decoding, the text cell helpers, a small JSON writer and the
 * per-dialogue CSV and JSON records.
 */
#ifndef DIALOGREG_REPORT_INT_H
#define DIALOGREG_REPORT_INT_H

#include <stdint.h>
#include <stdio.h>

#include "dialogue.h"
#include "report.h"

/* Decode one UTF-8 code point at s (n bytes left): its length, or 0 when
 * the bytes are not well-formed UTF-8. */
size_t rutf8_decode(const unsigned char *s, size_t n, unsigned long *cp);

/* SHA-256 of bytes given piece by piece (a file read as a stream); the
 * digest as report_sha256() writes it. */
struct rsha256 {
	uint32_t	 h[8];
	unsigned char	 buf[64];
	size_t		 n;
	uint64_t	 len;
};
void rsha256_init(struct rsha256 *c);
void rsha256_add(struct rsha256 *c, const void *data, size_t len);
void rsha256_end(struct rsha256 *c, char *buf, size_t size);

/* Cut clean text to at most max display cells, ending in "…" when cut;
 * max 0 = no limit. Caller frees. */
char *rtext_fit(const char *clean, size_t max);
/* Write clean text and pad it with spaces to width cells. */
void rtext_pad(FILE *fp, const char *clean, size_t width);
/* Write s sanitized (report_sanitize) to fp. */
void rtext_put(FILE *fp, const char *s, int multiline);
/*
 * Write s sanitized, multi-line: the first line as is, the following ones
 * indented by indent spaces.
 */
void rtext_put_block(FILE *fp, const char *s, size_t indent);

/*
 * Write s sanitized and word-wrapped at width cells; every line after the
 * first is indented by indent spaces. Newlines in s start a new line. A
 * word wider than width stands on a line of its own, uncut.
 */
void rtext_wrap(FILE *fp, const char *s, size_t indent, size_t width);

/*
 * Append s to sb with report_sanitize's placeholders: invalid UTF-8 and
 * C1 controls U+FFFD, other C0 controls "^[", DEL "^?", bidi and other
 * format controls "<U+202E>". A newline and a tab become a space unless
 * flags keep them. s may be NULL (appends nothing).
 */
#define RTEXT_KEEP_NL	0x1
#define RTEXT_KEEP_TAB	0x2
void rtext_clean(struct strbuf *sb, const char *s, unsigned flags);

/* CSV: the UTF-8 byte order mark, and the end of a record (CRLF). */
void rcsv_bom(FILE *fp);
void rcsv_eol(FILE *fp);

/*
 * The one CSV field writer, for every CSV the program writes: append s
 * (NULL as empty) to sb as a field with separator sep. Control and
 * format characters become the text outputs' placeholders (rtext_clean;
 * newlines and tabs of several-line text kept), so no CSV ever carries
 * ESC, BEL, C1 or a bidi control raw. The field is quoted when it holds
 * sep, a quote, a newline or a tab, quotes doubled. A field a
 * spreadsheet would run as a formula (report_csv_dangerous) starts with
 * an apostrophe under RCSV_GUARD, and is quoted too under
 * RCSV_GUARD_QUOTED; RCSV_PLAIN (header keys) leaves it as it is.
 */
enum rcsv_guard { RCSV_PLAIN, RCSV_GUARD, RCSV_GUARD_QUOTED };
void rcsv_field(struct strbuf *sb, const char *s, char sep,
    enum rcsv_guard guard);
/* The field as report_csv_field writes it, appended to sb. */
void rcsv_list_field(struct strbuf *sb, const char *s);

/*
 * A JSON writer: tracks nesting and commas. key is NULL inside arrays.
 * pretty: newlines and two-space indentation.
 */
#define RJ_MAXDEPTH 16
struct rjson {
	FILE	*fp;
	int	 pretty;
	int	 depth;
	int	 count[RJ_MAXDEPTH];	/* members written at each depth */
	/* What is not written yet: fp gets it in pieces of this size, and
	 * all of it when the outermost value is closed. */
	size_t	 len;
	char	 buf[8192];
};
void rj_init(struct rjson *j, FILE *fp, int pretty);
void rj_open(struct rjson *j, const char *key, int array);
void rj_close(struct rjson *j, int array);
void rj_str(struct rjson *j, const char *key, const char *val); /* NULL: null */
void rj_int(struct rjson *j, const char *key, long long val);
void rj_bool(struct rjson *j, const char *key, int val);
void rj_null(struct rjson *j, const char *key);

/*
 * The cells of report_list_cells without copying them: cell[] points
 * into the dialogue, the settings, static text or the row itself, and
 * stays good until the next fill or release. One row is filled again for
 * each dialogue of a list, so a list allocates nearly nothing per row.
 */
#define RREC_LIST_NCOLS	(4 + DLG_NFIELDS + 11)
struct rrec_list_row {
	const char	*cell[RREC_LIST_NCOLS];	/* NULL: empty */
	char		*own[DLG_NLISTS];
	size_t		 nown;
	char		 num[5][24];
	size_t		 nnum;
	struct strbuf	 warn;
	struct strbuf	 line;		/* the CSV record being written */
};
void rrec_list_row_init(struct rrec_list_row *r);
void rrec_list_row_fill(struct rrec_list_row *r, const struct dialogue *d,
    const struct dlg_settings *s, long today);
/* Free what the last fill made (the row can be filled again). */
void rrec_list_row_release(struct rrec_list_row *r);
void rrec_list_row_free(struct rrec_list_row *r);

/* The columns of a dialogue record in CSV, and one record. */
void rrec_csv_header(FILE *fp);
/* row: kept from one record to the next of a list (NULL: one of its own). */
void rrec_csv_row(FILE *fp, struct rrec_list_row *row,
    const struct dialogue *d, const struct dlg_settings *s, long today);
/* A dialogue as a JSON object (as a member of an array: key NULL). full
 * adds sessions and feedback. */
void rrec_json(struct rjson *j, const struct dialogue *d,
    const struct dlg_settings *s, long today, int full);

/*
 * The list columns of a child record kind, from the domain's table of its
 * fields: the number ("id"), for contributions when recorded
 * ("created"), then the fields in table order with the ones shown under
 * the row (DLG_CF_BLOCK) last; keys are the field names, headers and
 * widths the table's, numbers marked RCOL_NUMBER.
 */
#define RREC_MAXCOLS	20
#define RREC_COL_ID	(-1)	/* rrec_child_table.field: the number */
#define RREC_COL_CREATED (-2)	/* when a contribution was recorded */
struct rrec_child_table {
	enum dlg_child		 kind;
	struct report_column	 cols[RREC_MAXCOLS];
	int			 field[RREC_MAXCOLS];	/* field index or
							   RREC_COL_* */
	size_t			 n;
};
void rrec_child_columns(enum dlg_child k, struct rrec_child_table *t);
/*
 * The cells of record rec (of t's kind; its number id) in t's columns,
 * canonical (the channel's token, a number in digits): own[] receives
 * what was allocated, for rrec_cells_free(own, t->n); each cell may be
 * NULL (empty).
 */
void rrec_child_cells(const struct rrec_child_table *t, const void *rec,
    long long id, const char *created, char **own, const char **cells);
void rrec_cells_free(char **own, size_t n);

/*
 * That the result of d is advisory and who takes the formal decision on
 * the question (dlg_question_body), as one translated paragraph [T4].
 * Caller frees.
 */
char *rtext_advisory(const struct dialogue *d, const struct dlg_settings *s);
/*
 * Method m for people, with its tie to the target groups (dialogue.h):
 * "Enkät, for Unga 13–19 år: når dem via skolorna"; with_step puts its
 * step of the ladder after the name. Raw register text: the caller
 * sanitizes or escapes. Caller frees.
 */
char *rtext_method(const struct dlg_item *m, int with_step);

/* Warning codes the list marks with their own flag (see list.c). */
int rrec_has_warning(const struct dlg_issues *w, const char *code);

#endif
