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

#endif
