/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * print-out.h: where the printing commands (print, followup) send what
 * they make: standard output, a file written aside and renamed into
 * place (so a failed run leaves no half file), or the printer.
 */
#ifndef DIALOGREG_CLI_PRINT_OUT_H
#define DIALOGREG_CLI_PRINT_OUT_H

#include <stdio.h>

#include "cli.h"
#include "report.h"

/* The output of a printing command. Zero-initialise. */
struct cli_out {
	const char	*path;	/* -o FILE; NULL = standard output */
	int		 lpr;	/* --lpr: to the printer */
	FILE		*fp;	/* where to write, after cli_out_open */
	char		*tmp;	/* the file written aside */
	int		 private; /* holds personal data: mode 0600 */
};

/*
 * Refuse, with a usage error, a PDF for a terminal (no -o, no --lpr and
 * standard output is a terminal) and -o together with --lpr. Returns 0
 * or the exit status.
 */
int cli_out_check(struct cli_ctx *ctx, const struct cli_out *o, int pdf);
/* Open o->fp: standard output, or a new file beside o->path (or in
 * $TMPDIR for --lpr). Returns 0, or prints the error and returns 5. */
int cli_out_open(struct cli_ctx *ctx, struct cli_out *o);
/*
 * Finish: when ok, check the writes, rename the file into place or send
 * it to lpr (title names the job), else remove it. Returns 0, or prints
 * the error (for the printer with the advice to save with -o FILE) and
 * returns its exit status.
 */
int cli_out_close(struct cli_ctx *ctx, struct cli_out *o, int ok,
    const char *title);
/* Write doc to o->fp as text or PDF. Returns 0, or prints the error and
 * returns its exit status. */
int cli_out_doc(struct cli_ctx *ctx, struct cli_out *o,
    struct report_doc *doc, int pdf);

#endif
