/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * print-int.h: what print.c shares with pdf.c: the parts of a laid-out
 * text page, and the blocks of a document as they were added, which the
 * PDF typesets with pages of its own.
 */
#ifndef DIALOGREG_PRINT_INT_H
#define DIALOGREG_PRINT_INT_H

#include <stddef.h>

#include "report.h"

/* A page: RPRINT_HEAD header lines and a blank line, RPRINT_BODY body
 * lines, a blank line and RPRINT_FOOT footer lines. */
#define RPRINT_HEAD	3
#define RPRINT_FOOT	2
#define RPRINT_BODY	(REPORT_PAGE_LINES - RPRINT_HEAD - RPRINT_FOOT - 2)

/* The header lines (the same on every page) and the footer lines of
 * page (0-based), each clean text of at most REPORT_PAGE_COLS cells.
 * Caller frees each line. */
void rprint_header(struct report_doc *doc, char *lines[RPRINT_HEAD]);
void rprint_footer(struct report_doc *doc, size_t page,
    char *lines[RPRINT_FOOT]);
/* "Page 3 of 5" (page 0-based) and "Printed 2026-05-04 · the policy",
 * as both footers say them. Caller frees. */
char *rprint_page_of(size_t page, size_t npages);
char *rprint_printed(const struct report_doc *doc);
/*
 * The body lines of page (borrowed from doc, valid until it is freed)
 * into lines[] (room for RPRINT_BODY), and when heading is not NULL
 * heading[k] = 1 for a section heading. Returns how many: fewer than
 * RPRINT_BODY where a page ends early to keep a heading or a short
 * block together, and on the last page; text and PDF pad the rest.
 */
size_t rprint_body(struct report_doc *doc, size_t page, const char **lines,
    int *heading);

/* What a block of a document is: the report_doc_* adder that made it. */
enum rprint_kind {
	RB_HEADING,	/* text */
	RB_SUBHEADING,	/* text */
	RB_FIELD,	/* lead: the label, text: the value */
	RB_PARA,	/* text, newlines start new lines */
	RB_ITEM,	/* lead: the bullet */
	RB_LINE,	/* text as is (a row laid out in columns) */
	RB_BLANK,	/* never two in a row, never after a heading */
	RB_CHART,	/* bars */
};

/* A bar of a chart, its strings clean (figures keep their tabs). */
struct rprint_bar {
	char	*label, *figures;
	long	 value, scale;		/* both >= 0 */
};

struct rprint_block {
	enum rprint_kind	 kind;
	size_t			 indent;	/* cells, as report_doc_indent */
	char			*lead, *text;	/* clean, or NULL */
	int			 keep;		/* on the page of the next */
	unsigned		 group;		/* 0, or its group's number */
	enum report_chart_style	 style;		/* RB_CHART */
	struct rprint_bar	*bars;
	size_t			 nbars;
};

/* The blocks of doc in the order added (borrowed) and their number. */
const struct rprint_block *rprint_blocks(const struct report_doc *doc,
    size_t *n);

/* What the header and footer say, borrowed from doc. */
struct rprint_about {
	const char	*municipality, *kind, *subject, *tag;
	const char	*cite;		/* "" for none */
	long		 today;
};
void rprint_about(const struct report_doc *doc, struct rprint_about *a);

/* Where pdf.c keeps the PDF's number of pages (0 until typeset). */
size_t *rprint_pdf_pages(struct report_doc *doc);

#endif
