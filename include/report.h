/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * report.h: what people take out of the register, written to a FILE * the
 * caller owns. Knows the domain; never SQLite or curses. Text is in the
 * user's language; CSV and JSON use field names and English tokens.
 */
#ifndef DIALOGREG_REPORT_H
#define DIALOGREG_REPORT_H

#include <stdio.h>

#include "bodies.h"
#include "dialogue.h"

enum report_format { FMT_TEXT, FMT_CSV, FMT_JSON };

/* Parse "text", "csv" or "json". Returns 0, or -1 (ERR_USAGE). */
int report_format_parse(const char *s, enum report_format *out,
    struct dlg_error *err);

/* Write s as a JSON string literal (quotes included, escapes). */
void report_json_string(FILE *fp, const char *s);
/* Write s as one CSV field (RFC 4180 quoting when needed, control
 * characters as the text outputs' placeholders, a formula made text);
 * NULL = empty. */
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

/*
 * What a front end says after an erasure of contact details while
 * store_erasure_pending() is 1: that a copy is still in the journal and
 * when it goes. One sentence, translated, no line break.
 */
const char *report_erasure_pending_note(void);

/* Write s sanitized and word-wrapped at width display cells, then a
 * newline. */
void report_paragraph(FILE *fp, const char *s, size_t width);

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
 * Contributions as a table, row by row (the store hands them over one at
 * a time): the columns from the domain's table. Contact details (personal
 * data) are shown only with with_contact; else a "given" or "erased"
 * marker ("(given)" in text). In text the channel is its name in the
 * user's language. end frees t and returns the number of rows.
 */
struct report_contributions;
struct report_contributions *report_contributions_begin(FILE *fp,
    enum report_format fmt, int with_contact);
void report_contributions_row(struct report_contributions *t,
    const struct dlg_contribution *c);
long report_contributions_end(struct report_contributions *t);

/*
 * The date that matters next for d in its state, as "YYYY-MM-DD" into buf
 * (>= 11 bytes), or "" when none: the decision deadline (proposed,
 * decided), the planned start (planned), the planned end (running), the
 * date feedback is due (reported), the date the evaluation is due
 * (fed_back).
 */
void report_next_date(const struct dialogue *d, const struct dlg_settings *s,
    char *buf, size_t size);

/* ------------------------------------------------------------ printing */

/*
 * Printable documents, in two forms from one description. As text: A4
 * portrait in a 10 pt monospace font, 64 lines of 80 columns a page.
 * Every page has a header (municipality, the kind of document, its
 * subject and a tag such as the state, then a rule) and a footer (a rule,
 * the print date and "Page N of M"). Text is sanitized and wrapped at
 * word boundaries by display width; a heading is never the last line of
 * a page (it keeps at least two lines of its section), a block of up to
 * four lines is not split, a longer one leaves no single line behind on
 * either page. As PDF: the same blocks typeset with Pango on Cairo
 * (report_doc_write_pdf), with pages of their own under the same rules.
 * Build a document with the report_doc_* adders, then write it; writing
 * lays the pages out once, and nothing may be added after that.
 */
#define REPORT_PAGE_LINES	64
#define REPORT_PAGE_COLS	80

struct report_doc;
/* The strings are copied (sanitized); any may be NULL (= empty). today:
 * the print date. Caller frees with report_doc_free(). */
struct report_doc *report_doc_new(const char *municipality, const char *kind,
    const char *subject, const char *tag, long today);
/* Cite the register's policy in the footer of every page (the setting's
 * title and decision, else the profile's; nothing for "combined"). */
void report_doc_cite(struct report_doc *doc, const struct dlg_settings *s);
void report_doc_free(struct report_doc *doc);	/* accepts NULL */

/* Indent of the blocks added next (0 = the margin), and the width of the
 * label column of report_doc_field (default 24); the values of fields
 * start in the same column whatever the indent. */
void report_doc_indent(struct report_doc *doc, size_t indent);
void report_doc_label_width(struct report_doc *doc, size_t width);
/* A section heading, underlined, after a blank line. */
void report_doc_heading(struct report_doc *doc, const char *text);
/* A line introducing a group (a session, a feedback), kept with at least
 * the two lines after it. */
void report_doc_subheading(struct report_doc *doc, const char *text);
/* "Label   value": value wrapped beside the label column (a label wider
 * than the column stands on its own line). Nothing when value is NULL or
 * empty. */
void report_doc_field(struct report_doc *doc, const char *label,
    const char *value);
/* A paragraph (newlines in text start new lines). */
void report_doc_para(struct report_doc *doc, const char *text);
/* A paragraph after bullet ("-", "1."), continuation lines under the
 * text. */
void report_doc_item(struct report_doc *doc, const char *bullet,
    const char *text);
/* One line as is, cut at the page width (table rows). */
void report_doc_line(struct report_doc *doc, const char *text);
/* A blank line (never two in a row, never after a heading). */
void report_doc_blank(struct report_doc *doc);
/* Keep the last line added on the same page as the next one. */
void report_doc_keep(struct report_doc *doc);
/* The lines added between begin and end (a session, a feedback) stay on
 * one page when they fill at most half a page. Groups do not nest. */
void report_doc_group_begin(struct report_doc *doc);
void report_doc_group_end(struct report_doc *doc);

/* A bar of a chart: what it counts, the figures shown beside it (a tab
 * between two columns: "3\t50 %"; "100 % (4 of 4)") and its length,
 * value of scale (scale 0: no bar, as a share without a base). */
struct report_bar {
	const char	*label;
	const char	*figures;
	long		 value, scale;
};
enum report_chart_style {
	/* Counts: the bars scaled to scale (the largest count, say). As
	 * text, rows "  label  3  50 %", the figures in right-aligned
	 * columns, kept on one page when they fill at most half of it. */
	REPORT_CHART_COUNTS,
	/* Shares: each bar on a track from 0 to 100 % of its scale. As
	 * text, fields "label   figures" (report_doc_field). */
	REPORT_CHART_SHARES,
};
/* A bar chart of n bars (nothing when n is 0). In the PDF the bars are
 * drawn with their figures beside them, as text, so the page reads in
 * black and white and in its text layer; the strings are copied. */
void report_doc_chart(struct report_doc *doc, enum report_chart_style style,
    const struct report_bar *bars, size_t n);

/* The number of pages of the text (lays them out); the PDF has its own
 * (report_doc_pdf_pages). */
size_t report_doc_pages(struct report_doc *doc);
/* Page page (0-based) as text: exactly REPORT_PAGE_LINES lines, each
 * ending in '\n' (for a preview). "" past the last page. Caller frees. */
char *report_doc_page(struct report_doc *doc, size_t page);
/* All pages as text, a form feed between two pages. */
void report_doc_write_text(struct report_doc *doc, FILE *fp);
/*
 * What typesetting the PDF found: its pages, the font families it used
 * (in the order of first use: the text's, then fallbacks and the one
 * for rows laid out in columns),
 * and the characters no installed font has, which show as boxes with
 * their code inside: how many, and the first few as "U+0378 (Zzzz)"
 * with their script (ISO 15924).
 */
struct report_pdf_info {
	size_t	 pages;
	char	 fonts[256];
	size_t	 missing;
	char	 missing_what[160];
};
/*
 * The document as an A4 PDF, typeset in-process with Pango on Cairo and
 * written to fp: a proportional font and its bold (fontconfig picks a
 * font for any script it lacks; Pango orders and shapes right-to-left
 * and complex scripts), the fonts embedded as subsets, a running header
 * and footer ("Page N of M", the print date, the policy cited), label
 * and value pairs as tables with wrapped values, no heading last on a
 * page, amounts that never break across a line, charts drawn; title,
 * author (the municipality), subject and creation date in its metadata,
 * structure tags, and web and e-mail addresses as links. info, when not
 * NULL, receives what report_pdf_info says. Returns 0, or -1 with
 * ERR_STORAGE when Cairo fails or writing fp fails; fp may then hold
 * part of a PDF.
 */
int report_doc_write_pdf(struct report_doc *doc, FILE *fp,
    struct report_pdf_info *info, struct dlg_error *err);
/* The number of pages the PDF of doc has (typesets it once, writes
 * nothing), for a preview of the text pages to say so. */
size_t report_doc_pdf_pages(struct report_doc *doc);
/*
 * What to tell the user after writing a PDF, translated. The fonts:
 * "The PDF has 3 pages, set in Noto Sans, Noto Sans Arabic." The
 * characters without a font, or NULL when
 * there are none: which, that they show as boxes, and a font package
 * to install. Caller frees.
 */
char *report_pdf_fonts_note(const struct report_pdf_info *info);
char *report_pdf_missing_note(const struct report_pdf_info *info);

/*
 * Send the file at path to the printer with lpr (Debian package
 * "cups-bsd"), to the printer named by $PRINTER when it is set, else the
 * default one; title names the job. Returns 0, or -1 with ERR_STORAGE
 * and a message saying what is wrong: lpr missing (naming the package),
 * no printer configured ("No default destination"), no such printer, or
 * lpr's own message. The message does not say what to do instead: the
 * caller offers to save the file.
 */
int report_lpr(const char *path, const char *title, struct dlg_error *err);

/* A change of the history, for the summary (the store's rows; borrowed
 * strings, any may be NULL). */
struct report_change {
	long long	 version;
	const char	*at, *who, *field, *old_value, *new_value, *reason;
};

/* What the summary adds beyond the dialogue itself. */
#define REPORT_SUM_TEXTS	0x1	/* the contributions' texts */
#define REPORT_SUM_CONTACT	0x2	/* their contact details (personal
					   data: only when asked for) */
#define REPORT_SUM_HISTORY	0x4	/* every change */

struct report_summary_in {
	const struct dialogue		*d;	/* a full load */
	const struct dlg_settings	*s;
	long				 today;	/* print date, warnings */
	/* The contributions of d (may be NULL when n is 0): counted and
	 * their themes tallied; texts and contact only with the flags. */
	const struct dlg_contribution	*contributions;
	size_t				 ncontributions;
	/* The history, used with REPORT_SUM_HISTORY. */
	const struct report_change	*history;
	size_t				 nhistory;
	unsigned			 flags;	/* REPORT_SUM_* */
};

/*
 * The dialogue summary: every section of the dialogue (DOMAIN.md), labels
 * in the user's language: overview, gates and decision, plan, target
 * groups, methods, politicians, sessions, contributions, result and
 * report, feedback (with the decision on the question: what was decided
 * and how the views counted [T4]), review, evaluation, warnings as of
 * today, and the history when asked. The plan says that the result is
 * advisory and who decides the question (rtext_advisory). Contact details
 * appear only with REPORT_SUM_CONTACT. Caller frees with
 * report_doc_free().
 */
struct report_doc *report_summary(const struct report_summary_in *in);

/*
 * The participant information sheet [T4]: what the dialogue is about, the
 * level of influence (its step of the ladder and what residents get), how
 * the result will be used, when and how feedback comes, the dates and the
 * sender. No personal data: no names of people, no contributions. Caller
 * frees with report_doc_free().
 */
struct report_doc *report_sheet(const struct dialogue *d,
    const struct dlg_settings *s, long today);

/*
 * The briefing for the participating politicians, one A4 page for a
 * dialogue of usual length: the question, the participation level and
 * what residents can influence (use of the result), that the result is
 * advisory and who decides, the sessions (date, place, method), their
 * role (for their body, not their party [T5]; listen and discuss, not
 * answer for or defend [S:Roller]; no political debate, open to all
 * parties in the council [T5]) and who takes part for which body. No
 * residents' data. d: a full load (the sessions). Caller frees with
 * report_doc_free().
 */
struct report_doc *report_briefing(const struct dialogue *d,
    const struct dlg_settings *s, long today);

/*
 * The register overview: dialogues by state and deciding body, the
 * overdue ones (with the days since feedback or evaluation fell due,
 * dlg_days_overdue) and those no longer open to influence. Add the
 * dialogues (light loads will do) one at a time, then end: writes text (a
 * table of deciding body x state, then the two lists) or CSV (one row per
 * deciding body, a total row, then one row per overdue dialogue; columns
 * row ("body", "total" or "overdue"), deciding_body, one per state token,
 * total, overdue, not_influenceable (the counts, empty in overdue rows),
 * then reference, overdue_kind ("feedback" or "evaluation"), due and
 * days_overdue (empty in the other rows)) and frees ov; with fp NULL it
 * only frees. year is only shown (0 = all years). Returns 0, or -1 with
 * ERR_USAGE for a format other than text or CSV (ov is freed all the
 * same).
 */
struct report_overview;
struct report_overview *report_overview_begin(const struct dlg_settings *s,
    long today, int year);
void report_overview_add(struct report_overview *ov, const struct dialogue *d);
/* The overview as a printed document (A4, for text or PDF): each
 * deciding body's dialogues per state as bars with their numbers, the
 * overdue and the no longer influenceable dialogues. Call before
 * report_overview_end (which frees ov). */
struct report_doc *report_overview_doc(struct report_overview *ov);
int report_overview_end(struct report_overview *ov, FILE *fp,
    enum report_format fmt, struct dlg_error *err);

/*
 * The annual follow-up [S:KLK] of the dialogues added (those of year):
 * dialogues per deciding body, per ladder step and per method; sessions
 * and participants, and the participants per month of the sessions of
 * the dialogues added as full loads (store_dialogue_load; a light load
 * adds no months); of the dialogues that held sessions, the share
 * reported, fed back within the feedback deadline (feedback_days after
 * the later of the last session and the result summary; dialogues whose
 * deadline has not passed and have no feedback yet are not counted) and
 * evaluated (an evaluation date recorded); of those evaluated, the share
 * that influenced the decision (yes, partly, no, unknown; none recorded
 * counts as unknown); then the dialogues with their state. Each dialogue
 * counts once per deciding body, once per method it uses. Shares are
 * rounded to one decimal, shown as "N % (x of y)" in the user's
 * language.
 */
struct report_followup;
struct report_followup *report_followup_begin(const struct dlg_settings *s,
    long today, int year);
void report_followup_add(struct report_followup *fu,
    const struct dialogue *d);
/* As a printable document, the counts and shares as bar charts. Caller
 * frees with report_doc_free(). */
struct report_doc *report_followup_doc(struct report_followup *fu);
/* As CSV: columns section, key, name, state, count, base, percent (a
 * number with a decimal point, empty without a base); one row per figure
 * (sections total, held, sessions, participants, participants_month
 * (key YYYY-MM, every month from the first session to the last), body,
 * level, method, reported, fed_back_in_time, evaluated, influence; name
 * is for people)
 * and one per dialogue (section dialogue, key its reference, name its
 * title, state its token). */
void report_followup_csv(struct report_followup *fu, FILE *fp);
void report_followup_free(struct report_followup *fu);	/* accepts NULL */

/* ------------------------------------------------------------ web listing */

/*
 * The public listing for the municipality's web site [T4]: static,
 * self-contained HTML5 pages without scripts, in the user's language.
 * Never personal data: no contact details, no contributions, no names of
 * people (initiator, process leader, politicians), no reasons for a
 * cancellation (they may name people). Every text from the register is
 * sanitized and escaped.
 */

/* Write s escaped for HTML text and attribute values (& < > " ' as
 * entities); invalid UTF-8 and control characters made harmless as
 * report_sanitize does (newlines kept). NULL writes nothing. */
void report_html_escape(FILE *fp, const char *s);

/* The language of the messages in use, for lang="": "sv", "en", ... (the
 * translation catalogue's Language; "en" when there is none). Borrowed. */
const char *report_html_lang(void);

#define REPORT_PUBLIC_INDEX	"index.html"
#define REPORT_PUBLIC_TAKEPART	"delta.html"
/* The calendar of every upcoming session, linked from the index. */
#define REPORT_PUBLIC_FEED	"kalender.ics"
/* How far ahead the index lists the sessions to come: eight weeks. */
#define REPORT_AGENDA_DAYS	56

/* 1 when d belongs on the public listing: decided and later, and
 * cancelled (shown as cancelled); never proposed or rejected. */
int report_public(const struct dialogue *d);
/* The file name of d's page ("MD-2026-007.html") into buf. Returns 0, or
 * -1 when the reference holds a character not safe in a file name. */
int report_public_file(const struct dialogue *d, char *buf, size_t size);
/* 1 when d's page links to a calendar of its sessions (it has some),
 * and that file's name ("MD-2026-007.ics") into buf; 0 otherwise. */
int report_public_calendar_file(const struct dialogue *d, char *buf,
    size_t size);
/* 1 when d (a full load) has a session today or later. */
int report_public_upcoming(const struct dialogue *d, long today);

struct report_public_in {
	const struct dlg_settings	*s;
	const struct dlg_methods	*methods;	/* examples per step */
	const char			*lang;		/* lang="" */
	long				 today;		/* publication date */
};
/* The index: the sessions of the coming REPORT_AGENDA_DAYS days with a
 * link to the calendar of all upcoming ones (REPORT_PUBLIC_FEED), then
 * upcoming, ongoing, finished and cancelled dialogues, each a table
 * linking to the dialogue's page. v: the public dialogues (light loads
 * will do), in the order to show; up: full loads of those of them with
 * sessions to come (report_public_upcoming). */
void report_public_index(FILE *fp, const struct report_public_in *in,
    const struct dialogue *const *v, size_t n,
    const struct dialogue *const *up, size_t nup);
/* How residents can take part: the participation ladder explained. */
void report_public_takepart(FILE *fp, const struct report_public_in *in);
/* One dialogue (a full load): question, level and what it means, use of
 * the result, dates, the sessions (day, time, place, method,
 * accessibility) with the link to their calendar, methods, bodies; while
 * it is to come or going on, how to send a view (the setting contact);
 * when finished the result, the feedback and the decision on the
 * question. */
void report_public_dialogue(FILE *fp, const struct report_public_in *in,
    const struct dialogue *d);

/* ------------------------------------------------------------ calendars */

/*
 * Calendar files (iCalendar, RFC 5545; src/report/ical.c) for the web
 * pages and for officials and politicians: one event per session of the
 * dialogues given (the dialogue's title, the place, the method, the
 * accessibility notes, the contact channel of s; of a cancelled
 * dialogue with STATUS:CANCELLED), and with deadlines one all-day event
 * per decision deadline of a dialogue whose question is not decided yet
 * (none of rejected or cancelled ones). Times of day are local times in
 * Europe/Stockholm, whose VTIMEZONE the file holds. Events are sorted by
 * start; UIDs come from the reference, the session's number and uid, so
 * the same register writes the same bytes.
 */
struct report_cal_in {
	const struct dlg_settings	*s;
	const char			*uid;	   /* store_register_uid */
	const char			*name;	   /* the calendar's name */
	int				 upcoming; /* only from today on */
	long				 today;
	int				 deadlines;
};
struct report_cal_count {
	size_t	sessions, deadlines;	/* events written of each */
};
/* Write the calendar of v (full loads) to fp; count (may be NULL) gets
 * the events written. Returns 0, or -1 with ERR_STORAGE when libical
 * could not make the text. */
int report_calendar(FILE *fp, const struct report_cal_in *in,
    const struct dialogue *const *v, size_t n,
    struct report_cal_count *count, struct dlg_error *err);

/* ------------------------------------------------------------ CSV files */

/* Character encodings of CSV files, written and read. */
enum report_enc {
	ENC_UTF8,		/* UTF-8, no byte order mark */
	ENC_UTF8_BOM,		/* UTF-8 after a byte order mark */
	ENC_UTF16LE,		/* UTF-16, little endian, after a BOM */
	ENC_UTF16BE,		/* UTF-16, big endian, after a BOM */
	ENC_WINDOWS1252,
};
/* "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "Windows-1252". */
const char *report_enc_name(enum report_enc e);

/*
 * A CSV writer for spreadsheet programs: RFC 4180 records ending in CRLF,
 * the separator sep (',', ';' or '\t'), control and format characters
 * shown as the text outputs' placeholders (newlines and tabs kept), a
 * field quoted when it holds the separator, a quote, a newline or a tab,
 * quotes doubled. enc is ENC_UTF8_BOM (a byte order mark first) or
 * ENC_WINDOWS1252 (through iconv). Against formula injection, a data cell
 * that starts with '=', '+', '-', '@', a tab or CR gets an apostrophe in
 * front, except a plain number ("-12", "-3,5", "4.25"), which stays as
 * it is. report_csvw_new writes the BOM and the header row (the keys as
 * they are) and returns NULL with ERR_STORAGE when iconv lacks the
 * encoding. Caller frees with report_csvw_free().
 */
struct report_csvw;
struct report_csvw *report_csvw_new(FILE *fp, char sep, enum report_enc enc,
    int replace, const char *const *header, size_t ncols,
    struct dlg_error *err);
/*
 * One row of ncols cells (NULL = empty). A character the encoding cannot
 * hold is written as '?' with replace set (and counted), else the row is
 * refused: -1 with ERR_REFUSED "row R, column C (KEY): ...", rows
 * numbered as a spreadsheet shows them (the header is row 1), and
 * nothing of the row is written.
 */
int report_csvw_row(struct report_csvw *w, const char *const *cells,
    struct dlg_error *err);
/* Characters written as '?' so far. */
long report_csvw_replaced(const struct report_csvw *w);
void report_csvw_free(struct report_csvw *w);	/* accepts NULL */

/* The columns of the register list in CSV, as `list --format csv` has
 * them: their number, and their keys (borrowed, static). */
size_t report_list_ncols(void);
const char *report_list_key(size_t i);
/* The column's label for people, N_() (translate to show), static. */
const char *report_list_label(size_t i);
/* The cells of one dialogue in those columns, pushed to out (NULL for an
 * empty cell). */
void report_list_cells(const struct dialogue *d,
    const struct dlg_settings *s, long today, struct strlist *out);

/*
 * A CSV file read for an import, as a stream: memory stays bounded by one
 * block and one record whatever the file's size. report_csvin_open()
 * reads fp once from its start (the first pass): the SHA-256 of its
 * bytes and, with enc REPORT_ENC_DETECT, the encoding: UTF-8 after a BOM,
 * UTF-16 LE or BE after a BOM, UTF-8 when the bytes are valid UTF-8,
 * Windows-1252 when nothing in the file is UTF-8 (bytes 0x81, 0x8D, 0x8F,
 * 0x90 and 0x9D are no characters there: refused). A file with UTF-8
 * sequences and also bytes that are not UTF-8 is refused, naming line and
 * byte ("line 3, byte 57 of the file: ..."); so is such a byte when enc is
 * ENC_UTF8. The separator (sep 0) is the one of ',', ';' and tab found
 * most often in the first record outside quotes. Each pass then gives the
 * records one by one (report_csvin_next: 1 a record in r, 0 the end, -1
 * error); report_csvin_rewind() starts a new pass. Quoted fields may hold
 * separators, newlines and doubled quotes; a CRLF inside one becomes LF.
 * Blank lines are skipped. Every error in the text is ERR_REFUSED and
 * names the line and the column (field): "line 14, column 3: ...". fp
 * stays the caller's; free the reader with report_csvin_free().
 */
struct report_csv_cell {
	char	*text;		/* UTF-8, no NUL inside */
	long	 line;		/* the line the cell starts on */
};
struct report_csv_row {
	struct report_csv_cell	*cells;
	size_t			 n;
	long			 line;	/* the line the row starts on */
};
#define REPORT_ENC_DETECT	(-1)
struct report_csvin;
int report_csvin_open(FILE *fp, char sep, int enc,
    struct report_csvin **out, struct dlg_error *err);
int report_csvin_rewind(struct report_csvin *in, struct dlg_error *err);
int report_csvin_next(struct report_csvin *in, struct report_csv_row *r,
    struct dlg_error *err);
enum report_enc report_csvin_enc(const struct report_csvin *in);
char report_csvin_sep(const struct report_csvin *in);
/* "sha256:..." of the bytes of the first pass (borrowed). */
const char *report_csvin_digest(const struct report_csvin *in);
/* After a pass begun by report_csvin_rewind read to its end: 1 when its
 * bytes were those of the first pass, 0 when the file changed meanwhile.
 * The pass report_csvin_open begins is not hashed (an import checks its
 * rows there and writes them in a later pass): 0 after it. */
int report_csvin_unchanged(const struct report_csvin *in);
void report_csvin_free(struct report_csvin *in);	/* accepts NULL */
/* Free a record's cells and empty it. */
void report_csv_row_clear(struct report_csv_row *r);

/* A whole CSV text in memory read with the reader above (for tests and
 * small files). Caller frees with report_csv_free(). */
struct report_csv {
	enum report_enc		 enc;
	char			 sep;
	struct report_csv_row	*rows;	/* rows[0] is the header */
	size_t			 nrows;
};
int report_csv_read(const char *bytes, size_t len, char sep,
    struct report_csv **out, struct dlg_error *err);
void report_csv_free(struct report_csv *c);	/* accepts NULL */

/* "sha256:" and the 64 lowercase hex digits of the SHA-256 of data into
 * buf (>= REPORT_DIGEST_SIZE bytes). */
#define REPORT_DIGEST_SIZE	72
void report_sha256(const void *data, size_t len, char *buf, size_t size);

/* ------------------------------------------------------------ survey import */

/* What a column of a survey file can be. */
enum report_role {
	ROLE_TEXT, ROLE_DATE, ROLE_CHANNEL, ROLE_THEME, ROLE_CONTACT,
	ROLE_SESSION, ROLE_N
};
/* "text", "date", "channel", "theme", "contact", "session" (the --map
 * keys), static. */
const char *report_role_key(enum report_role r);
/* The role's name in the user's language, for a preview. */
const char *report_role_label(enum report_role r);

/* Columns chosen by the user: a header name or a 1-based column number
 * per role, "-" to leave the role out; NULL = found by the header names. */
struct report_survey_map {
	char	*col[ROLE_N];
};
/* Parse "text=Svar,date=3,channel=-" into m (added to what m holds).
 * Returns 0, or -1 with ERR_USAGE. Clear with report_survey_map_clear(). */
int report_survey_map_parse(const char *arg, struct report_survey_map *m,
    struct dlg_error *err);
void report_survey_map_clear(struct report_survey_map *m);

/* Channel values of a file mapped to channels: "Telefon=letter,Mässa=möte"
 * (from: folded; to: a channel token, static). Clear with
 * report_chanmap_clear(). */
struct report_chanmap {
	char		**from;
	const char	**to;
	size_t		  n;
};
int report_chanmap_parse(const char *arg, struct report_chanmap *m,
    struct dlg_error *err);
/* One value (as written) and its channel (a token or name) added to m,
 * or changed. 0, or -1 with ERR_USAGE. */
int report_chanmap_add(struct report_chanmap *m, const char *value,
    const char *channel, struct dlg_error *err);
void report_chanmap_clear(struct report_chanmap *m);

/* How A/B/YYYY dates are read: found from the file, or as given. */
enum report_date_order { DATE_AUTO, DATE_DMY, DATE_MDY };
/* "DD/MM/YYYY" or "MM/DD/YYYY" (any case). 0, or -1 with ERR_USAGE. */
int report_date_order_parse(const char *arg, enum report_date_order *o,
    struct dlg_error *err);

/* A channel as stored ("survey") for a token or its Swedish or English
 * name ("enkät", "e-post", "Web", "annan"); NULL when it is none.
 * Borrowed. */
const char *report_channel_token(const char *s);

/*
 * The contributions of a survey file, read record by record (memory
 * stays bounded: only counts, the first few rows and at most
 * REPORT_UNKNOWN_MAX distinct unknown channel values are kept). Columns
 * are found by the map or by the header names in English and Swedish, any
 * case ("Svar", "Synpunkt", "Completion time", "Tidstämpel", "Kanal",
 * "E-post", "Tema", ...). SurveyMonkey's second header row is skipped.
 * Each row with a text gives one contribution: text; created (the date as
 * "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS" local time, or "...Z" UTC for a
 * time with a zone; 2026-11-20 10:12, 2026-11-20T10:12:00Z,
 * 20.11.2026 10:12:33, 2026/11/20, 11/20/2026 10:12:33 AM); channel (the
 * column's, mapped by chanmap, else "other" with channel_text the value
 * as written; an empty cell or no column: channel); session_id (the
 * column's session number or date among sessions, else session_id);
 * themes and contact on one line ("anonymous" is no contact). Rows
 * without text are skipped and counted. Every error is ERR_REFUSED naming
 * line and column.
 *
 * Use: report_survey_new(), then for each record of a pass
 * report_survey_row() (the header first; 1 with a contribution in *c that
 * the caller clears, 0 for none, -1 error) or report_survey_next() over a
 * reader, then report_survey_end(): it decides the order of A/B/YYYY
 * dates from the file (refusing a file whose dates are all ambiguous,
 * naming the first's line and column, or disagree) and fixes the samples.
 * For another pass report_survey_restart() keeps the columns and the
 * order. Free with report_survey_free().
 */
struct report_survey_opts {
	const struct report_survey_map	*map;		/* NULL: none */
	const struct report_chanmap	*chanmap;	/* NULL: none */
	const char			*channel;	/* NULL: survey */
	enum report_date_order		 order;
	long long			 session_id;	/* 0: none */
	const struct dlg_session	*sessions;	/* the dialogue's */
	size_t				 nsessions;
};
#define REPORT_UNKNOWN_MAX	20
#define REPORT_SAMPLE_MAX	5
struct report_survey_unknown {
	char		*text;		/* as first written */
	char		*folded;
	const char	*to;		/* the channel it becomes */
	int		 mapped;	/* by the channel map */
	size_t		 count;
};
struct report_survey {
	struct report_survey_opts	o;
	int		 col[ROLE_N];	/* 0-based column, -1 none */
	char		**header;	/* the header's names */
	size_t		 ncols;
	long		 header_line;
	int		 two_headers;	/* SurveyMonkey's second row */
	size_t		 records, rows;	/* read; under the header */
	size_t		 n;		/* contributions */
	size_t		 skipped;	/* rows without text */
	size_t		 dated;		/* contributions with a date */
	struct report_survey_unknown unknown[REPORT_UNKNOWN_MAX];
	size_t		 nunknown;
	size_t		 unknown_more;	/* rows of further values */
	enum report_date_order order;
	long		 dmy_line, mdy_line, amb_line;
	int		 amb_col;
	char		*dmy_text, *mdy_text, *amb_text;
	struct dlg_contribution sample[REPORT_SAMPLE_MAX];
	long		 sample_line[REPORT_SAMPLE_MAX];
	char		*sample_date[REPORT_SAMPLE_MAX];
	size_t		 nsample;
};
struct report_survey *report_survey_new(const struct report_survey_opts *o);
int report_survey_row(struct report_survey *s, const struct report_csv_row *r,
    struct dlg_contribution *c, struct dlg_error *err);
/* The next contribution of in: 1 (its line in *line), 0 the end, -1. */
int report_survey_next(struct report_csvin *in, struct report_survey *s,
    struct dlg_contribution *c, long *line, struct dlg_error *err);
/*
 * The store's pass (store_contributions_import_stream's callback, arg a
 * struct report_survey_feed): report_survey_next, refusing a file that
 * changed since it was checked (the import is then rolled back).
 */
struct report_survey_feed {
	struct report_csvin	*in;
	struct report_survey	*s;
};
int report_survey_feed_next(struct dlg_contribution *c, void *arg,
    struct dlg_error *err);
int report_survey_end(struct report_survey *s, struct dlg_error *err);
void report_survey_restart(struct report_survey *s);
void report_survey_free(struct report_survey *s);	/* accepts NULL */
/* The preview of what a checked pass found, as lines pushed to out (texts
 * cut at width characters): the same for --dry-run and the screens. */
void report_import_preview(const struct report_csvin *in,
    const struct report_survey *s, size_t width, struct strlist *out);

/* ------------------------------------------------------------ JSON */

/* A JSON value as read: strict RFC 8259. */
enum report_jtype {
	JV_NULL, JV_FALSE, JV_TRUE, JV_NUMBER, JV_STRING, JV_ARRAY, JV_OBJECT
};
struct report_jv {
	enum report_jtype	  type;
	long			  line, col;	/* where it starts, 1-based */
	char			 *s;	/* string (UTF-8, no NUL) or the
					   number's text */
	char			**keys;	/* object: the keys, unique */
	struct report_jv	**v;	/* array items, object values */
	size_t			  n;
};
/*
 * Parse text (len bytes): one value and nothing but white space after it
 * (a UTF-8 BOM in front is skipped). Refuses invalid UTF-8, control
 * characters in strings, bad escapes and lone surrogates, \u0000,
 * leading zeros, trailing commas, comments, duplicate keys, nesting
 * deeper than 64: ERR_REFUSED "line L, column C: ...", columns counted in
 * characters. Caller frees with report_jv_free().
 */
int report_json_parse(const char *text, size_t len, struct report_jv **out,
    struct dlg_error *err);
void report_jv_free(struct report_jv *v);	/* accepts NULL */
/* The member key of object o, or NULL (also when o is no object). */
const struct report_jv *report_jv_get(const struct report_jv *o,
    const char *key);

/* ------------------------------------------------------------ backup */

/* A history row and an import row as a backup holds them. */
struct report_history_row {
	long long	 id, version;	/* version 0: none */
	const char	*ref;		/* NULL: register-wide */
	const char	*at, *who, *field, *old_value, *new_value, *reason;
};
struct report_import_row {
	long long	 id, rows;
	const char	*ref, *digest, *file_name, *at, *who;
};

/*
 * The whole register as JSON, lossless: what is stored and nothing that
 * is derived or depends on the day, so the same register always gives
 * the same bytes. Settings, own methods, the list of bodies, dialogues
 * (every field, lists, sessions, feedback, contributions with contact
 * details unless without_contact), the history and the imports, each in
 * a fixed order. Call the adders in that order (settings, methods,
 * bodies, dialogues, history, imports); a kind with no rows may be
 * skipped.
 */
struct report_backup;
struct report_backup *report_backup_begin(FILE *fp, int without_contact);
/* The register's identity (store_register_uid), right after begin: a
 * register restored from the backup keeps it, and so its calendars'
 * UIDs. */
void report_backup_identity(struct report_backup *b, const char *uid);
void report_backup_setting(struct report_backup *b, const char *key,
    const char *value);
void report_backup_method(struct report_backup *b, const char *name,
    int step);
void report_backup_body(struct report_backup *b, const struct dlg_body *body);
/* d a full load; c its contributions. */
void report_backup_dialogue(struct report_backup *b,
    const struct dialogue *d, const struct dlg_contribution *c, size_t n);
void report_backup_history(struct report_backup *b,
    const struct report_history_row *h);
void report_backup_import(struct report_backup *b,
    const struct report_import_row *im);
/* Writes the end and frees b. */
void report_backup_end(struct report_backup *b);

/*
 * Read a backup: parse and check its structure (every key known and of
 * its type, nothing missing), then call the sink for each record in the
 * order written. A sink returns 0, or -1 with err set; its message then
 * gets "line L, column C: " of the record in front. Returns 0, or -1
 * (ERR_REFUSED for a file that is not a backup of this kind). A backup
 * made before the register had a list of bodies has no "bodies": it
 * reads as an empty list. body may be NULL (the bodies are then only
 * checked).
 */
struct report_backup_sink {
	int	(*setting)(const char *key, const char *value, void *arg,
		    struct dlg_error *err);
	int	(*method)(const char *name, int step, void *arg,
		    struct dlg_error *err);
	int	(*dialogue)(const struct dialogue *d, void *arg,
		    struct dlg_error *err);
	int	(*contribution)(const char *ref,
		    const struct dlg_contribution *c, void *arg,
		    struct dlg_error *err);
	int	(*history)(const struct report_history_row *h, void *arg,
		    struct dlg_error *err);
	int	(*import)(const struct report_import_row *im, void *arg,
		    struct dlg_error *err);
	int	(*body)(const struct dlg_body *b, void *arg,
		    struct dlg_error *err);
	/* The register's identity, when the backup has one (made before
	 * schema 9 it has none); may be NULL. */
	int	(*identity)(const char *uid, void *arg,
		    struct dlg_error *err);
};
int report_backup_read(const char *text, size_t len,
    const struct report_backup_sink *sink, void *arg,
    struct dlg_error *err);

/*
 * A history row for people (text, screens, printouts): the label of the
 * stored name ("need_views" -> "Behövs invånarnas syn?", "session 3
 * place" -> "Dialogtillfälle 3: Plats eller kanal") and the value in the
 * user's language (states by label, "yes" -> "Ja", amounts "125 000 kr",
 * contact details only as given/changed/erased). Both return strings the
 * caller frees; the value is NULL for NULL.
 */
char *report_history_field(const char *name);
char *report_history_value(const char *name, const char *value);

/*
 * 1 when a spreadsheet would take the CSV cell s for a formula or a
 * command (it starts with = + - @ tab or CR and is not a plain number);
 * every CSV writer then puts an apostrophe in front.
 */
int report_csv_dangerous(const char *s);
/*
 * 1 for a code point that changes how text around it is shown without
 * being shown itself: bidi embeddings, overrides, isolates and marks,
 * the line and paragraph separators. Text from the register shows them
 * as "<U+202E>" placeholders, never obeys them.
 */
int report_is_format_control(unsigned long cp);

#endif
