/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * typeset.h: the typesetting module. What needs Pango, Cairo or libical
 * (the PDF of a document, its page count, calendar files) is built into a
 * module of its own, dialogreg-typeset.so, which the program loads the
 * first time it writes a PDF or a calendar: the 40-odd libraries behind
 * those three are then not loaded, relocated and initialised at every
 * start, so that a command that only reads and lists starts as fast as
 * the sqlite3 shell. The module takes the rest of the program's
 * functions from the program itself (which exports them). Inside the
 * report layer only: the rest of the program calls the report_*
 * functions of report.h, which load the module (typeset-load.c).
 */
#ifndef DIALOGREG_TYPESET_H
#define DIALOGREG_TYPESET_H

#include <stdio.h>

#include "report.h"

/* Bumped whenever struct report_typeset changes, so that a module of
 * another build is refused instead of called wrongly. */
#define REPORT_TYPESET_ABI	1

struct report_typeset {
	int	 abi;		/* REPORT_TYPESET_ABI */
	int	(*doc_write_pdf)(struct report_doc *doc, FILE *fp,
		    struct report_pdf_info *info, struct dlg_error *err);
	size_t	(*doc_pdf_pages)(struct report_doc *doc);
	int	(*calendar)(FILE *fp, const struct report_cal_in *in,
		    const struct dialogue *const *v, size_t n,
		    struct report_cal_count *count, struct dlg_error *err);
};

/* The module's one entry point, looked up by this name. */
#define REPORT_TYPESET_SYMBOL	"dialogreg_typeset"
extern const struct report_typeset dialogreg_typeset;

/* The functions behind it (pdf.c, ical.c): report.h's contracts. */
int typeset_doc_write_pdf(struct report_doc *doc, FILE *fp,
    struct report_pdf_info *info, struct dlg_error *err);
size_t typeset_doc_pdf_pages(struct report_doc *doc);
int typeset_calendar(FILE *fp, const struct report_cal_in *in,
    const struct dialogue *const *v, size_t n,
    struct report_cal_count *count, struct dlg_error *err);

#endif
