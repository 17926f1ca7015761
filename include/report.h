/*
 * report.h: what people take out of the register, written to a FILE * the
 * caller owns. Knows the domain; never SQLite or curses. Text is in the
 * user's language; CSV and JSON use field names and English tokens.
 */
#ifndef DIALOGREG_REPORT_H
#define DIALOGREG_REPORT_H

#include <stdio.h>

#include "dialogue.h"

enum report_format { FMT_TEXT, FMT_CSV, FMT_JSON };

/* Parse "text", "csv" or "json". Returns 0, or -1 (ERR_USAGE). */
int report_format_parse(const char *s, enum report_format *out,
    struct dlg_error *err);

/* Write s as a JSON string literal (quotes included, escapes). */
void report_json_string(FILE *fp, const char *s);
/* Write s as one CSV field (RFC 4180 quoting when needed); NULL = empty. */
void report_csv_field(FILE *fp, const char *s);

/*
 * A list of dialogues, one row at a time: begin writes the header (CSV:
 * UTF-8 BOM and the header row; JSON: "["), row one dialogue, end the
 * closing part (JSON "]", text: the count). Text rows: reference, state,
 * deciding body, title, next date, flags; columns aligned by display width.
 */
struct report_list;
struct report_list *report_list_begin(FILE *fp, enum report_format fmt,
    const struct dlg_settings *s, long today);
void report_list_row(struct report_list *rl, const struct dialogue *d);
/* Writes the closing part and frees rl. */
void report_list_end(struct report_list *rl);

/*
 * One dialogue with everything: fields (labels translated in text),
 * deciding body, warnings as of today, sessions, feedback. JSON: an
 * object whose keys are the field names plus "reference", "state",
 * "version", "deciding_body", "warnings", "sessions", "feedback".
 */
void report_show(FILE *fp, enum report_format fmt, const struct dialogue *d,
    const struct dlg_settings *s, long today);

/* ------------------------------------------------------------ additions */

/*
 * Text for a terminal: a copy of s that is safe to print. Invalid UTF-8
 * and C1 controls become U+FFFD, other C0 controls caret notation ("^[",
 * "^A"), DEL "^?", a tab a space; a newline is kept when multiline is set,
 * else it becomes a space. s may be NULL (gives ""). Caller frees.
 */
char *report_sanitize(const char *s, int multiline);

/* Columns in display cells of s (wcwidth per code point; a code point the
 * locale cannot measure counts as one cell). */
size_t report_width(const char *s);

/*
 * A small table of text cells in any format (history, sessions,
 * contributions, fields, settings, methods). CSV: BOM, a header row of
 * keys, one row per call. JSON: an array of objects keyed by key, null for
 * a NULL cell. Text: translated labels as headers, columns aligned by
 * display width (rows are buffered until the end), cells wider than max
 * cut with "…", control characters made visible.
 */
#define RCOL_NUMBER	0x1	/* JSON: an integer when the cell is one;
				   text: right-aligned */
#define RCOL_BLOCK	0x2	/* text: may hold several lines (last
				   column only); continuation lines indented */

struct report_column {
	const char	*key;	/* CSV header and JSON key: English */
	const char	*label;	/* N_() column header for text */
	int		 max;	/* text: widest cell in columns; 0 = no limit */
	unsigned	 flags;	/* RCOL_* */
};
struct report_table;
/* cols must outlive the table. */
struct report_table *report_table_begin(FILE *fp, enum report_format fmt,
    const struct report_column *cols, size_t ncols);
/* One row of ncols cells (each may be NULL = empty). */
void report_table_row(struct report_table *t, const char *const *cells);
/* Writes what is left (text: the whole table; nothing at all when it has
 * no rows), frees t and returns the number of rows. */
long report_table_end(struct report_table *t);

/* The sessions and the feedback of a fully loaded dialogue as tables. */
void report_sessions(FILE *fp, enum report_format fmt,
    const struct dialogue *d);
void report_feedback(FILE *fp, enum report_format fmt,
    const struct dialogue *d);

/*
 * The date that matters next for d in its state, as "YYYY-MM-DD" into buf
 * (>= 11 bytes), or "" when none: the decision deadline (proposed,
 * decided), the planned start (planned), the planned end (running), the
 * date feedback is due (reported), the date the evaluation is due
 * (fed_back).
 */
void report_next_date(const struct dialogue *d, const struct dlg_settings *s,
    char *buf, size_t size);

#endif
