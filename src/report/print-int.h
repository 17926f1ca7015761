/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * print-int.h: what print.c shares with pdf.c: the parts of a laid-out
 * page, so that the PDF shows exactly the pages the text shows.
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
/*
 * The body lines of page (borrowed from doc, valid until it is freed)
 * into lines[] (room for RPRINT_BODY), and when heading is not NULL
 * heading[k] = 1 for a section heading. Returns how many: fewer than
 * RPRINT_BODY where a page ends early to keep a heading or a short
 * block together, and on the last page; text and PDF pad the rest.
 */
size_t rprint_body(struct report_doc *doc, size_t page, const char **lines,
    int *heading);

#endif
