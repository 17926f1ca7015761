/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * outfile.c: writing a file atomically (see outfile.h): a hidden
 * temporary file in the final file's folder, so that rename() replaces
 * the old file in one step, and fsync before the rename, so that a crash
 * leaves either the old file or the new one.
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

int
cli_file_target_ok(struct cli_ctx *ctx, const char *path)
{
	struct stat st;

	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
		return cli_error(ctx, ERR_USAGE, _("'%s' is not an ordinary "
		    "file; give the name of a file to write"), path);
	return 0;
}

int
cli_file_open(struct cli_ctx *ctx, struct cli_file *f, const char *path,
    int private)
{
	const char *slash = strrchr(path, '/'), *base;
	mode_t mask;
	int fd;

	memset(f, 0, sizeof f[0]);
	if (cli_file_target_ok(ctx, path) != 0)
		return ERR_USAGE;
	base = slash != NULL ? slash + 1 : path;
	if (*base == '\0')
		return cli_error(ctx, ERR_USAGE, _("'%s' is a folder, not a "
		    "file name"), path);
	f->path = xstrdup(path);
	f->tmp = xasprintf("%.*s.%s.XXXXXX", (int)(base - path), path, base);
	if ((fd = mkstemp(f->tmp)) < 0) {
		cli_error(ctx, ERR_STORAGE, _("cannot write '%s': %s"), path,
		    strerror(errno));
		free(f->tmp);
		f->tmp = NULL;
		cli_file_abort(f);
		return ERR_STORAGE;
	}
	/* mkstemp makes it 0600; a file without personal data gets what
	 * the user's umask gives any new file. */
	if (!private) {
		mask = umask(0);
		umask(mask);
		fchmod(fd, 0666 & ~mask);
	}
	if ((f->fp = fdopen(fd, "w")) == NULL) {
		cli_error(ctx, ERR_STORAGE, _("cannot write '%s': %s"), path,
		    strerror(errno));
		close(fd);
		cli_file_abort(f);
		return ERR_STORAGE;
	}
	errno = 0;	/* a failed write leaves its reason here */
	return 0;
}

int
cli_file_commit(struct cli_ctx *ctx, struct cli_file *f)
{
	int bad, e = errno;

	bad = fflush(f->fp) != 0 || ferror(f->fp) ||
	    fsync(fileno(f->fp)) != 0;
	if (bad && errno != 0)
		e = errno;
	if (fclose(f->fp) != 0 && !bad) {
		bad = 1;
		e = errno;
	}
	f->fp = NULL;
	if (!bad && rename(f->tmp, f->path) != 0) {
		bad = 1;
		e = errno;
	}
	if (bad) {
		cli_error(ctx, ERR_STORAGE, _("cannot write '%s': %s; the file "
		    "was left as it was"), f->path, cli_write_reason(e));
		cli_file_abort(f);
		return ERR_STORAGE;
	}
	free(f->tmp);
	free(f->path);
	memset(f, 0, sizeof f[0]);
	return 0;
}

void
cli_file_abort(struct cli_file *f)
{
	if (f->fp != NULL)
		fclose(f->fp);
	if (f->tmp != NULL)
		unlink(f->tmp);
	free(f->tmp);
	free(f->path);
	memset(f, 0, sizeof f[0]);
}
