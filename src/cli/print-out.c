/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * print-out.c: the output of the printing commands (print, followup):
 * standard output (no -o, or -o -), a file (written beside its final
 * name, then renamed into place, so that a failed run leaves no
 * half-written file and an old file stays whole), or the printer through
 * lpr, with the advice to save to a file when printing is not possible.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "util.h"
#include "commands.h"
#include "outfile.h"
#include "print-out.h"

int
cli_out_check(struct cli_ctx *ctx, const struct cli_out *o, int pdf)
{
	if (o->path != NULL && o->lpr)
		return cli_usage(ctx, ctx->cmd, _("give either -o FILE or "
		    "--lpr, not both"));
	if (pdf && (o->path == NULL || cli_file_is_std(o->path)) && !o->lpr &&
	    isatty(STDOUT_FILENO))
		return cli_usage(ctx, ctx->cmd, _("a PDF cannot be shown in "
		    "the terminal: save it with -o FILE, or redirect the "
		    "output to a file"));
	return 0;
}

int
cli_out_open(struct cli_ctx *ctx, struct cli_out *o)
{
	const char *dir;
	mode_t mask;
	int fd;

	/* -o - is standard output, as no -o. */
	if ((o->path == NULL || cli_file_is_std(o->path)) && !o->lpr) {
		o->fp = stdout;
		return 0;
	}
	if (!o->lpr && cli_file_target_ok(ctx, o->path) != 0)
		return ERR_USAGE;
	if (o->lpr) {
		if ((dir = getenv("TMPDIR")) == NULL || *dir == '\0')
			dir = "/tmp";
		o->tmp = xasprintf("%s/dialogreg-print.XXXXXX", dir);
	} else
		o->tmp = xasprintf("%s.XXXXXX", o->path);
	if ((fd = mkstemp(o->tmp)) < 0) {
		cli_error(ctx, ERR_STORAGE, _("cannot write '%s': %s"),
		    o->lpr ? o->tmp : o->path, strerror(errno));
		free(o->tmp);
		o->tmp = NULL;
		return ERR_STORAGE;
	}
	/* The mode a new file gets from the user's umask (mkstemp makes
	 * it 0600); a file for the printer or with contact details stays
	 * private. */
	if (!o->lpr && !o->private) {
		mask = umask(0);
		umask(mask);
		(void)fchmod(fd, 0666 & ~mask);
	}
	if ((o->fp = fdopen(fd, "w")) == NULL) {
		cli_error(ctx, ERR_STORAGE, _("cannot write '%s': %s"),
		    o->lpr ? o->tmp : o->path, strerror(errno));
		close(fd);
		unlink(o->tmp);
		free(o->tmp);
		o->tmp = NULL;
		return ERR_STORAGE;
	}
	errno = 0;	/* a failed write leaves its reason here */
	return 0;
}

int
cli_out_close(struct cli_ctx *ctx, struct cli_out *o, int ok,
    const char *title)
{
	struct dlg_error err;
	int rc = 0, e, why;

	if (o->fp == NULL)
		return 0;
	if (o->fp == stdout) {
		o->fp = NULL;
		if ((fflush(stdout) != 0 || ferror(stdout)) && ok)
			return cli_error(ctx, ERR_STORAGE, _("cannot write the "
			    "output: %s"), strerror(errno));
		return 0;
	}
	why = errno;
	e = ferror(o->fp);
	if (fclose(o->fp) != 0) {
		if (!e)
			why = errno;
		e = 1;
	}
	o->fp = NULL;
	if (ok && e) {
		rc = cli_error(ctx, ERR_STORAGE, _("cannot write '%s': %s"),
		    o->lpr ? o->tmp : o->path, cli_write_reason(why));
		ok = 0;
	}
	if (ok && o->lpr) {
		err_clear(&err);
		if (report_lpr(o->tmp, title, &err) != 0) {
			rc = cli_report_error(ctx, &err);
			fprintf(stderr, _("%s: save it to a file instead with "
			    "-o FILE.\n"), ctx->progname);
		} else	/* standard output stays for data */
			fprintf(stderr, _("Sent %s to the printer.\n"),
			    title);
		ok = 0;		/* the file for the printer goes */
	}
	if (ok && rename(o->tmp, o->path) != 0) {
		rc = cli_error(ctx, ERR_STORAGE, _("cannot write '%s': %s"),
		    o->path, strerror(errno));
		ok = 0;
	}
	if (!ok)
		unlink(o->tmp);
	free(o->tmp);
	o->tmp = NULL;
	return rc;
}

int
cli_out_doc(struct cli_ctx *ctx, struct cli_out *o, struct report_doc *doc,
    int pdf)
{
	struct report_pdf_info info;
	struct dlg_error err;
	char *note;

	if (!pdf) {
		report_doc_write_text(doc, o->fp);
		return 0;
	}
	err_clear(&err);
	if (report_doc_write_pdf(doc, o->fp, &info, &err) != 0)
		return cli_report_error(ctx, &err);
	/* Which fonts the PDF is set in, and what none of them has: on
	 * stderr, so that the PDF alone goes where the output goes. */
	note = report_pdf_fonts_note(&info);
	fprintf(stderr, "%s\n", note);
	free(note);
	if ((note = report_pdf_missing_note(&info)) != NULL) {
		cli_warn(note);
		free(note);
	}
	return 0;
}
