/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * lpr.c: sending printed documents to the printer with lpr (Debian
 * package "cups-bsd"), in a child process whose stderr is kept, so that
 * what lpr says (no printer configured, no such printer) reaches the
 * user as a clear message. Says clearly, naming the Debian package,
 * when lpr is missing.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "i18n.h"
#include "report.h"
#include "util.h"
#include "report-int.h"

extern char **environ;

/* ------------------------------------------------------------ programs */

/* 1 when name is an executable file in a directory of $PATH. */
static int
in_path(const char *name)
{
	const char *path = getenv("PATH"), *p, *colon;
	struct stat sb;
	char *file;
	int found = 0;

	if (path == NULL || *path == '\0')
		path = "/usr/bin:/bin";
	for (p = path; !found; p = colon + 1) {
		colon = strchr(p, ':');
		if (colon == NULL)
			colon = p + strlen(p);
		file = xasprintf("%.*s/%s", (int)(colon - p),
		    colon == p ? "." : p, name);
		found = stat(file, &sb) == 0 && S_ISREG(sb.st_mode) &&
		    access(file, X_OK) == 0;
		free(file);
		if (*colon == '\0')
			break;
	}
	return found;
}

static void
cloexec(int fd)
{
	int fl = fcntl(fd, F_GETFD);

	if (fl >= 0)
		(void)fcntl(fd, F_SETFD, fl | FD_CLOEXEC);
}

/* Start argv[0] (searched in $PATH) with stdin, stdout and stderr on the
 * given descriptors (each opened close-on-exec). Returns the process id,
 * or -1 with errno. */
static pid_t
spawn(char *const argv[], int in, int out, int errfd)
{
	posix_spawn_file_actions_t fa;
	pid_t pid;
	int rc;

	if ((rc = posix_spawn_file_actions_init(&fa)) != 0) {
		errno = rc;
		return -1;
	}
	posix_spawn_file_actions_adddup2(&fa, in, 0);
	posix_spawn_file_actions_adddup2(&fa, out, 1);
	posix_spawn_file_actions_adddup2(&fa, errfd, 2);
	rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (rc != 0) {
		errno = rc;
		return -1;
	}
	return pid;
}

/* Wait for pid; 1 when it exited with status 0. */
static int
wait_ok(pid_t pid)
{
	int status;

	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return 0;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/* The first line of what a program wrote to its stderr file, sanitized,
 * into buf. */
static void
first_line(FILE *errf, char *buf, size_t size)
{
	char line[512], *c;

	buf[0] = '\0';
	rewind(errf);
	if (fgets(line, sizeof line, errf) == NULL)
		return;
	line[strcspn(line, "\n")] = '\0';
	c = report_sanitize(line, 0);
	snprintf(buf, size, "%s", c);
	free(c);
}

/* A file for a program's stderr, close-on-exec. NULL on failure. */
static FILE *
err_file(void)
{
	FILE *f = tmpfile();

	if (f != NULL)
		cloexec(fileno(f));
	return f;
}

/* ------------------------------------------------------------ lpr */

int
report_lpr(const char *path, const char *title, struct dlg_error *err)
{
	const char *printer = getenv("PRINTER");
	char *argv[8], line[512], *t = NULL;
	FILE *errf;
	int null, ok, i = 0;
	pid_t pid;

	if (!in_path("lpr"))
		return err_set(err, ERR_STORAGE, _("cannot print: the program "
		    "'lpr' is missing (Debian package 'cups-bsd')."));
	argv[i++] = "lpr";
	if (printer != NULL && *printer != '\0') {
		argv[i++] = "-P";
		argv[i++] = (char *)printer;
	}
	if (title != NULL && *title != '\0') {
		t = report_sanitize(title, 0);
		argv[i++] = "-T";
		argv[i++] = t;
	}
	argv[i++] = (char *)path;
	argv[i] = NULL;
	if ((errf = err_file()) == NULL ||
	    (null = open("/dev/null", O_RDWR)) < 0) {
		if (errf != NULL)
			fclose(errf);
		free(t);
		return err_set(err, ERR_STORAGE, _("cannot print: %s"),
		    strerror(errno));
	}
	cloexec(null);
	pid = spawn(argv, null, null, fileno(errf));
	ok = pid > 0 && wait_ok(pid);
	close(null);
	free(t);
	if (ok) {
		fclose(errf);
		return 0;
	}
	first_line(errf, line, sizeof line);
	fclose(errf);
	err_detail(err, "%s", line);
	if (pid < 0)
		return err_set(err, ERR_STORAGE, _("cannot print: cannot run "
		    "'lpr' (%s)."), strerror(errno));
	if (strstr(line, "No default destination") != NULL)
		return err_set(err, ERR_STORAGE, _("cannot print: no printer "
		    "is configured (lpr says: No default destination). Name "
		    "one in $PRINTER or set a default with 'lpoptions -d "
		    "PRINTER'."));
	if (strstr(line, "does not exist") != NULL)
		return err_set(err, ERR_STORAGE, _("cannot print: the printer "
		    "'%s' does not exist (lpr says: %s)."),
		    printer != NULL && *printer != '\0' ? printer : "-", line);
	if (line[0] != '\0')
		return err_set(err, ERR_STORAGE, _("cannot print: lpr says: "
		    "%s"), line);
	return err_set(err, ERR_STORAGE, _("cannot print: lpr failed."));
}
