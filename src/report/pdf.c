/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * pdf.c: the programs printing needs. Typesets the pages print.c laid
 * out as PDF by driving groff (preconv -e UTF-8 | groff -Tpdf -dpaper=a4
 * -P-pa4) with a small roff prologue: A4 length, margins, no-fill 10 pt
 * Courier, and the header and footer in page traps (.wh), which keep
 * groff from dropping a line at a page break. Each page holds the same
 * lines as the text, so both have the same number of pages. Also sends
 * files to the printer with lpr. Says clearly, naming the Debian
 * package, when a program is missing.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
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
#include "print-int.h"

extern char **environ;

/*
 * The page in points (A4 is 595 x 842): 80 columns of 10 pt Courier (6 pt
 * a character) are 480 pt wide; 64 lines at 12 pt are 768 pt high. The
 * rest is margin, shared equally.
 */
#define PT_LEFT		57
#define PT_TOP		37
#define PT_LINE		12
/* Where the footer trap sits: below the header (3 lines and a blank)
 * and the body. */
#define PT_FOOT		(PT_TOP + (RPRINT_HEAD + 1 + RPRINT_BODY) * PT_LINE)

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

/* ------------------------------------------------------------ roff */

/* 1 when the PDF's Courier has a glyph for cp (groff's devpdf/CR). */
static int
has_glyph(unsigned long cp)
{
	static const unsigned long extra[] = {
		0x131, 0x141, 0x142, 0x152, 0x153, 0x160, 0x161, 0x178,
		0x17d, 0x17e, 0x192, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a,
		0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026,
		0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
	};
	size_t i;

	if ((cp >= 0x20 && cp < 0x7f) || (cp >= 0xa0 && cp <= 0xff))
		return 1;
	for (i = 0; i < sizeof extra / sizeof extra[0]; i++)
		if (extra[i] == cp)
			return 1;
	return 0;
}

/*
 * Clean text as roff text: backslashes and quotes as glyph names (groff
 * would turn ' and ` into typographic quotes), a no-break space as an
 * unbreakable space (a space in monospace), a character the font
 * lacks as '?' for each cell it takes, and \& before a leading '.' or '\''
 * so the line is never taken for a request.
 */
static void
roff_text(struct strbuf *sb, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), i = 0, k, w;
	unsigned long cp;
	char one[8];

	if (*s == '.' || *s == '\'')
		sb_add(sb, "\\&");
	while (i < len) {
		if ((k = rutf8_decode(p + i, len - i, &cp)) == 0) {
			sb_addc(sb, '?');
			i++;
			continue;
		}
		if (cp == '\\')
			sb_add(sb, "\\[rs]");
		else if (cp == '\'')
			sb_add(sb, "\\[aq]");
		else if (cp == '`')
			sb_add(sb, "\\[ga]");
		else if (cp == 0xa0)	/* groff has no glyph for it */
			sb_add(sb, "\\ ");
		else if (has_glyph(cp))
			sb_addn(sb, s + i, k);
		else {
			memcpy(one, s + i, k);
			one[k] = '\0';
			for (w = report_width(one); w > 0; w--)
				sb_addc(sb, '?');
		}
		i += k;
	}
}

static void
roff_string(struct strbuf *sb, const char *name, const char *text)
{
	sb_addf(sb, ".ds %s \"", name);
	roff_text(sb, text);
	sb_addc(sb, '\n');
}

/* The footer string of page (0-based). */
static void
roff_footer(struct strbuf *sb, struct report_doc *doc, size_t page)
{
	char *foot[RPRINT_FOOT];
	size_t i;

	rprint_footer(doc, page, foot);
	for (i = 0; i < RPRINT_FOOT; i++) {
		char name[16];

		snprintf(name, sizeof name, "dlg-f%zu", i + 1);
		roff_string(sb, name, foot[i]);
		free(foot[i]);
	}
}

/* The whole document as roff. */
static void
roff_doc(struct strbuf *sb, struct report_doc *doc)
{
	const char *body[RPRINT_BODY];
	int heading[RPRINT_BODY];
	char *head[RPRINT_HEAD];
	size_t npages = report_doc_pages(doc), p, i, n;

	/* The traps come before anything that starts the first page. */
	sb_add(sb, ".\\\" dialogreg: A4 portrait, 64 lines of 80 columns\n"
	    ".de dlg-hd\n");
	sb_addf(sb, "'sp |%dp\n", PT_TOP);
	for (i = 0; i < RPRINT_HEAD; i++)
		sb_addf(sb, "\\\\*[dlg-h%zu]\n", i + 1);
	sb_add(sb, "'sp 1\n..\n.de dlg-fo\n'sp 1\n");
	for (i = 0; i < RPRINT_FOOT; i++)
		sb_addf(sb, "\\\\*[dlg-f%zu]\n", i + 1);
	sb_add(sb, "'bp\n..\n");
	rprint_header(doc, head);
	for (i = 0; i < RPRINT_HEAD; i++) {
		char name[16];

		snprintf(name, sizeof name, "dlg-h%zu", i + 1);
		roff_string(sb, name, head[i]);
		free(head[i]);
	}
	roff_footer(sb, doc, 0);
	sb_addf(sb, ".wh 0 dlg-hd\n.wh %dp dlg-fo\n", PT_FOOT);
	/* no ligatures or kerning: every character takes one cell */
	sb_addf(sb, ".pl 842p\n.po %dp\n.ll %dp\n.lt %dp\n.ps 10\n.vs %dp\n"
	    ".ft CR\n.lg 0\n.kern 0\n.nf\n", PT_LEFT, REPORT_PAGE_COLS * 6,
	    REPORT_PAGE_COLS * 6, PT_LINE);
	for (p = 0; p < npages; p++) {
		if (p > 0)
			roff_footer(sb, doc, p);
		/* The last page ends by itself: its footer is written here,
		 * so that groff starts no empty page after it. */
		if (p + 1 == npages)
			sb_add(sb, ".ch dlg-fo\n");
		n = rprint_body(doc, p, body, heading);
		for (i = 0; i < n; i++) {
			if (heading[i])
				sb_add(sb, "\\f[CB]");
			roff_text(sb, body[i]);
			if (heading[i])
				sb_add(sb, "\\f[CR]");
			sb_addc(sb, '\n');
		}
		if (p + 1 < npages) {
			/* pad: the trap after the last body line breaks */
			for (; i < RPRINT_BODY; i++)
				sb_addc(sb, '\n');
		} else {
			sb_addf(sb, ".sp |%dp\n.sp 1\n", PT_FOOT);
			for (i = 0; i < RPRINT_FOOT; i++)
				sb_addf(sb, "\\*[dlg-f%zu]\n", i + 1);
		}
	}
}

int
report_doc_write_pdf(struct report_doc *doc, FILE *fp, struct dlg_error *err)
{
	static const char *const need[] = { "preconv", "groff", "gropdf" };
	char *preconv[] = { "preconv", "-e", "UTF-8", NULL };
	char *groff[] = { "groff", "-Tpdf", "-dpaper=a4", "-P-pa4", NULL };
	FILE *src = NULL, *errf = NULL;
	pid_t p1 = -1, p2 = -1;
	int mid[2] = { -1, -1 }, out[2] = { -1, -1 }, ok = 0, rc = -1;
	char buf[8192], line[512];
	struct strbuf sb;
	ssize_t n;
	size_t i;

	for (i = 0; i < sizeof need / sizeof need[0]; i++)
		if (!in_path(need[i]))
			return err_set(err, ERR_STORAGE, _("cannot make a PDF: "
			    "the program '%s' is missing. Install the Debian "
			    "package 'groff' (apt-get install groff; "
			    "'groff-base' alone cannot write PDF), or print "
			    "as text."), need[i]);

	sb_init(&sb);
	roff_doc(&sb, doc);
	if ((src = tmpfile()) == NULL || (errf = err_file()) == NULL ||
	    fwrite(sb.buf, 1, sb.len, src) != sb.len || fflush(src) != 0 ||
	    lseek(fileno(src), 0, SEEK_SET) != 0) {
		err_set(err, ERR_STORAGE, _("cannot make a PDF: no room for "
		    "a temporary file (%s)"), strerror(errno));
		goto out;
	}
	cloexec(fileno(src));
	if (pipe(mid) != 0 || pipe(out) != 0) {
		err_set(err, ERR_STORAGE, _("cannot make a PDF: %s"),
		    strerror(errno));
		goto out;
	}
	cloexec(mid[0]);
	cloexec(mid[1]);
	cloexec(out[0]);
	cloexec(out[1]);
	p1 = spawn(preconv, fileno(src), mid[1], fileno(errf));
	if (p1 > 0)
		p2 = spawn(groff, mid[0], out[1], fileno(errf));
	close(mid[0]);
	close(mid[1]);
	close(out[1]);
	mid[0] = mid[1] = out[1] = -1;
	if (p1 < 0 || p2 < 0) {
		err_set(err, ERR_STORAGE, _("cannot make a PDF: cannot run "
		    "'%s' (%s). Install the Debian package 'groff'."),
		    p1 < 0 ? "preconv" : "groff", strerror(errno));
		goto out;
	}
	ok = 1;
	while ((n = read(out[0], buf, sizeof buf)) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			ok = 0;
			break;
		}
		if (fwrite(buf, 1, (size_t)n, fp) != (size_t)n)
			ok = 0;
	}
	if (fflush(fp) != 0)
		ok = 0;
	close(out[0]);
	out[0] = -1;
	if (!wait_ok(p1))
		ok = 0;
	if (!wait_ok(p2))
		ok = 0;
	p1 = p2 = -1;
	if (!ok) {
		first_line(errf, line, sizeof line);
		if (line[0] != '\0')
			err_set(err, ERR_STORAGE, _("groff could not make the "
			    "PDF: %s"), line);
		else
			err_set(err, ERR_STORAGE, _("groff could not make the "
			    "PDF."));
		err_detail(err, "%s", line);
		goto out;
	}
	rc = 0;
out:
	if (p1 > 0)
		(void)wait_ok(p1);
	if (p2 > 0)
		(void)wait_ok(p2);
	for (i = 0; i < 2; i++) {
		if (mid[i] >= 0)
			close(mid[i]);
		if (out[i] >= 0)
			close(out[i]);
	}
	if (src != NULL)
		fclose(src);
	if (errf != NULL)
		fclose(errf);
	sb_release(&sb);
	return rc;
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
