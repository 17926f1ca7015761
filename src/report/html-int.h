/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * html-int.h: what the web listing's files share (html.c writes the
 * escaped text and the page frame, publish.c the pages themselves).
 */
#ifndef DIALOGREG_HTML_INT_H
#define DIALOGREG_HTML_INT_H

#include <stdio.h>

#include "report.h"

/*
 * Text of several lines as HTML: paragraphs at blank lines, "<br>" at a
 * single newline, everything escaped. Nothing for NULL or "".
 */
void rhtml_paras(FILE *fp, const char *s);

/*
 * The page frame: doctype, <html lang>, head with the title and the
 * inline style sheet (screen and print), the skip link, the header with
 * the municipality's name and the navigation (current marks the page the
 * reader is on: REPORT_PUBLIC_INDEX, REPORT_PUBLIC_TAKEPART or NULL),
 * then "<main id=\"main\">". rhtml_end closes main, writes the footer
 * (the date of publication) and closes the page.
 */
void rhtml_begin(FILE *fp, const struct report_public_in *in,
    const char *title, const char *current);
void rhtml_end(FILE *fp, const struct report_public_in *in);

#endif
