/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * typeset.c: the typesetting module's entry point (typeset.h), the table
 * the loader looks up when the module is loaded.
 */
#include "config.h"

#include "typeset.h"

const struct report_typeset dialogreg_typeset = {
	REPORT_TYPESET_ABI,
	typeset_doc_write_pdf,
	typeset_doc_pdf_pages,
	typeset_calendar,
};
