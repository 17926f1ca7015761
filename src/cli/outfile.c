/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * outfile.c: writing a file atomically (see outfile.h): a hidden
 * temporary file in the final file's folder, so that rename() replaces
 * the old file in one step, and fsync before the rename, so that a crash
 * leaves either the old file or the new one. Also "-" for standard
 * output and input, and standard input made a file that can be read
 * again.
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
cli_file_is_std(const char *path)
{
	return path != NULL && strcmp(path, "-") == 0;
}

const char *
cli_file_name(const char *path, int output)
{
	if (!cli_file_is_std(path))
		return path;
	return output ? _("standard output") : _("standard input");
}

/* Copy standard input to fp. Returns 0, or -1 with errno set. */
static int
copy_stdin(FILE *fp, int *read_failed)
{
	char buf[65536];
	size_t n;

	*read_failed = 0;
	while ((n = fread(buf, 1, sizeof buf, stdin)) > 0)
		if (fwrite(buf, 1, n, fp) != n)
			return -1;
	if (ferror(stdin)) {
		*read_failed = 1;
		return -1;
	}
	return fflush(fp) == 0 ? 0 : -1;
}

int
cli_input_open(struct cli_ctx *ctx, const char *path, FILE **out)
{
	const char *dir;
	char *tmp;
	int fd, read_failed;
	FILE *fp;

	*out = NULL;
	if (!cli_file_is_std(path)) {
		if ((*out = fopen(path, "rb")) == NULL)
			return cli_error(ctx, errno == ENOENT ? ERR_NOTFOUND :
			    ERR_STORAGE, _("cannot read '%s': %s"), path,
			    strerror(errno));
		return 0;
	}
	if ((dir = getenv("TMPDIR")) == NULL || *dir == '\0')
		dir = "/tmp";
	tmp = xasprintf("%s/dialogreg-stdin.XXXXXX", dir);
	if ((fd = mkstemp(tmp)) < 0) {
		cli_error(ctx, ERR_STORAGE, _("cannot keep standard input in "
		    "'%s': %s"), dir, strerror(errno));
		free(tmp);
		return ERR_STORAGE;
	}
	/* Gone from the folder now; the open file stays ours until
	 * fclose. */
	unlink(tmp);
	free(tmp);
	if ((fp = fdopen(fd, "w+b")) == NULL) {
		close(fd);
		return cli_error(ctx, ERR_STORAGE, _("cannot keep standard "
		    "input in '%s': %s"), dir, strerror(errno));
	}
	if (copy_stdin(fp, &read_failed) != 0) {
		fclose(fp);
		if (read_failed)
			return cli_error(ctx, ERR_STORAGE, _("cannot read "
			    "standard input: %s"), strerror(errno));
		return cli_error(ctx, ERR_STORAGE, _("cannot keep standard "
		    "input in '%s': %s"), dir, cli_write_reason(errno));
	}
	rewind(fp);
	*out = fp;
	return 0;
}

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
