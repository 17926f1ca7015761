/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * outfile.h: files the output commands (publish, export, export-json,
 * print, followup) write: made beside their final name under a hidden
 * temporary name and renamed into place only when complete, so a reader
 * never sees half a file and a failed run leaves the old file whole; and
 * the name "-", which means standard output for -o and standard input
 * for a file a command reads (import, import-json).
 */
#ifndef DIALOGREG_CLI_OUTFILE_H
#define DIALOGREG_CLI_OUTFILE_H

#include <stdio.h>

#include "cli.h"

/* Whether path is "-": standard output (-o) or standard input. */
int cli_file_is_std(const char *path);
/* What messages call path: "standard input" or "standard output" for
 * "-" (output selects which), else path. */
const char *cli_file_name(const char *path, int output);
/*
 * Open path for reading from its start, as often as the reader rewinds:
 * "-" is standard input, copied first to a temporary file in $TMPDIR
 * (removed at once, so nothing is left behind), since a pipe cannot be
 * read twice. Returns 0 with *out to fclose, or prints the error and
 * returns its exit status (3 for a file that does not exist).
 */
int cli_input_open(struct cli_ctx *ctx, const char *path, FILE **out);

/* A file being written. Zero-initialise. */
struct cli_file {
	char	*path;		/* the final name */
	char	*tmp;		/* DIR/.NAME.XXXXXX beside it */
	FILE	*fp;
};

/*
 * Refuse, with a usage error, a path that exists but is not a regular
 * file (a device such as /dev/null, a folder, a pipe): the output is
 * written aside and renamed into place, which would replace it. Returns
 * 0, or prints the error and returns ERR_USAGE.
 */
int cli_file_target_ok(struct cli_ctx *ctx, const char *path);
/*
 * Start writing path: a new hidden file in the same folder. private:
 * mode 0600 (the file holds personal data), else what the umask gives a
 * new file. Returns 0, or prints the error and returns ERR_STORAGE.
 */
int cli_file_open(struct cli_ctx *ctx, struct cli_file *f, const char *path,
    int private);
/*
 * Finish: flush, sync and close the file and rename it to its final
 * name. Returns 0, or prints the error (the temporary file is removed)
 * and returns ERR_STORAGE. Frees what f holds either way.
 */
int cli_file_commit(struct cli_ctx *ctx, struct cli_file *f);
/* Give up: close and remove the temporary file. Accepts a file never
 * opened. */
void cli_file_abort(struct cli_file *f);

#endif
