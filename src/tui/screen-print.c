/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * screen-print.c: the print preview of a dialogue. Owns showing the
 * dialogue summary, the participant information sheet or the briefing
 * for the participating politicians page by page exactly as `dialogreg
 * print` lays them out (report_doc_page: the same pagination), scrolling
 * within a page that is taller than the window, the switch between the
 * documents and between a summary with and without the contributions'
 * texts (never their contact details: those are not even read from the
 * store), printing with lpr in a child process so the screen never waits
 * for the printer (the result is collected with waitpid(WNOHANG) while
 * the screen waits for keys), and saving the document as text or PDF
 * through a file written aside and renamed into place. The PDF is
 * typeset with pages of its own: the preview says how many. The preview
 * only reads the register.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "i18n.h"
#include "report.h"
#include "tui-int.h"

/* How often a running print job is looked at (milliseconds). */
#define POLL_MS		200
#define FIRST_ROW	1
#define ROWS()		(LINES - 3)

/* What the print job's process reports through its pipe: one letter,
 * then the message. */
#define JOB_SENT	'S'	/* sent to the printer */
#define JOB_NOPRINTER	'N'	/* no printer configured, or no lpr */
#define JOB_FAILED	'E'	/* anything else */

/* The documents the preview shows; i and p switch. */
enum preview_doc {
	DOC_SUMMARY,
	DOC_SHEET,		/* the participant information sheet */
	DOC_BRIEFING,		/* the briefing for the politicians */
};

struct preview {
	char			*ref;
	struct dialogue		*d;
	struct dlg_contribution	*contrib;	/* never with contact */
	size_t			 ncontrib;
	enum preview_doc	 kind;
	int			 texts;		/* contributions' texts */
	struct report_doc	*doc;
	size_t			 npages, page;
	size_t			 pdf_pages;	/* of the typeset PDF */
	struct strlist		 lines;		/* the page shown */
	long			 top;		/* first line of it shown */
	const char		*notice;	/* over the page, or NULL */
	pid_t			 job;		/* a print job, or 0 */
	int			 jobfd;		/* its report */
	char			*job_printer;	/* $PRINTER when sent */
};

/* Print jobs still running when their preview was left: reaped later,
 * each of them, so none stays behind as a zombie. */
static pid_t stray_jobs[8];

static void
reap_stray_jobs(void)
{
	size_t i;
	int status;

	for (i = 0; i < sizeof stray_jobs / sizeof stray_jobs[0]; i++)
		if (stray_jobs[i] > 0 &&
		    waitpid(stray_jobs[i], &status, WNOHANG) != 0)
			stray_jobs[i] = 0;
}

static void
keep_stray_job(pid_t pid)
{
	size_t i;
	int status;

	reap_stray_jobs();
	for (i = 0; i < sizeof stray_jobs / sizeof stray_jobs[0]; i++)
		if (stray_jobs[i] == 0) {
			stray_jobs[i] = pid;
			return;
		}
	/* Eight jobs still printing: wait for the oldest to make room. */
	(void)waitpid(stray_jobs[0], &status, 0);
	stray_jobs[0] = pid;
}

/* ------------------------------------------------------------ document */

static int
copy_contribution(const struct dlg_contribution *c, void *arg)
{
	struct preview *P = arg;
	struct dlg_contribution *n;

	P->contrib = xrealloc(P->contrib, (P->ncontrib + 1) *
	    sizeof *P->contrib);
	n = &P->contrib[P->ncontrib++];
	memset(n, 0, sizeof *n);
	n->id = c->id;
	n->session_id = c->session_id;
	n->channel = xstrdup(c->channel);
	n->channel_text = xstrdup(c->channel_text);
	n->text = xstrdup(c->text);
	n->themes = xstrdup(c->themes);
	/* Personal data never reaches the screens' printouts. */
	n->contact = NULL;
	n->contact_erased = c->contact_erased;
	n->created = xstrdup(c->created);
	return 0;
}

static void
contrib_clear(struct preview *P)
{
	size_t i;

	for (i = 0; i < P->ncontrib; i++)
		dlg_contribution_clear(&P->contrib[i]);
	free(P->contrib);
	P->contrib = NULL;
	P->ncontrib = 0;
}

/* The lines of the page shown, from the document. */
static void
page_lines(struct preview *P)
{
	char *text, *p, *nl;

	sl_clear(&P->lines);
	if (P->doc == NULL)
		return;
	text = report_doc_page(P->doc, P->page);
	for (p = text; *p != '\0'; p = nl + 1) {
		if ((nl = strchr(p, '\n')) == NULL) {
			sl_push(&P->lines, p);
			break;
		}
		*nl = '\0';
		sl_push(&P->lines, p);
	}
	free(text);
}

/* Lay the document out again (after a switch), keeping the page. */
static void
build(struct tui_app *app, struct preview *P)
{
	struct report_summary_in in;

	report_doc_free(P->doc);
	P->doc = NULL;
	P->npages = 0;
	P->pdf_pages = 0;
	if (P->d != NULL) {
		if (P->kind == DOC_SHEET)
			P->doc = report_sheet(P->d, app->settings,
			    app->today);
		else if (P->kind == DOC_BRIEFING)
			P->doc = report_briefing(P->d, app->settings,
			    app->today);
		else {
			memset(&in, 0, sizeof in);
			in.d = P->d;
			in.s = app->settings;
			in.today = app->today;
			in.contributions = P->contrib;
			in.ncontributions = P->ncontrib;
			in.flags = P->texts ? REPORT_SUM_TEXTS : 0;
			P->doc = report_summary(&in);
		}
		P->npages = report_doc_pages(P->doc);
		P->pdf_pages = report_doc_pdf_pages(P->doc);
	}
	if (P->page >= P->npages)
		P->page = P->npages > 0 ? P->npages - 1 : 0;
	page_lines(P);
}

static void
load(struct tui_app *app, struct preview *P)
{
	struct dlg_error err;

	err_clear(&err);
	dlg_free(P->d);
	P->d = NULL;
	contrib_clear(P);
	if (store_dialogue_load(app->st, P->ref, &P->d, &err) != 0 ||
	    store_contributions(app->st, P->ref, copy_contribution, P,
	    &err) != 0)
		tui_message(app, TA_ERROR, "%s", err.msg);
	build(app, P);
}

/* ------------------------------------------------------------ saving */

static int
ends_with_pdf(const char *name)
{
	size_t n = strlen(name);

	return n >= 4 && strcasecmp(name + n - 4, ".pdf") == 0;
}

/* Write the document to path (beside it first, then renamed into
 * place); private: it holds residents' texts, mode 0600. A PDF's fonts
 * go to info. Returns 0, or -1 with err set. */
static int
write_doc(struct report_doc *doc, const char *path, int pdf, int private,
    struct report_pdf_info *info, struct dlg_error *err)
{
	char *tmp = xasprintf("%s.XXXXXX", path);
	mode_t mask;
	FILE *fp;
	int fd, bad;

	if ((fd = mkstemp(tmp)) < 0) {
		err_set(err, ERR_STORAGE, _("cannot write '%s': %s"), path,
		    strerror(errno));
		free(tmp);
		return -1;
	}
	/* The mode a new file gets from the umask; contributions' texts
	 * stay with their owner (mkstemp gives 0600). */
	if (!private) {
		mask = umask(0);
		umask(mask);
		(void)fchmod(fd, 0666 & ~mask);
	}
	if ((fp = fdopen(fd, "w")) == NULL) {
		err_set(err, ERR_STORAGE, _("cannot write '%s': %s"), path,
		    strerror(errno));
		close(fd);
		unlink(tmp);
		free(tmp);
		return -1;
	}
	bad = 0;
	if (pdf) {
		if (report_doc_write_pdf(doc, fp, info, err) != 0)
			bad = 1;
	} else
		report_doc_write_text(doc, fp);
	if (!bad && (fflush(fp) != 0 || ferror(fp) || fsync(fileno(fp)) != 0))
		bad = err_set(err, ERR_STORAGE, _("cannot write '%s': %s"),
		    path, strerror(errno));
	if (fclose(fp) != 0 && !bad)
		bad = err_set(err, ERR_STORAGE, _("cannot write '%s': %s"),
		    path, strerror(errno));
	if (!bad && rename(tmp, path) != 0)
		bad = err_set(err, ERR_STORAGE, _("cannot write '%s': %s"),
		    path, strerror(errno));
	if (bad)
		unlink(tmp);
	free(tmp);
	return bad ? -1 : 0;
}

/* w, and the offer after a failed print: ask for a file name, never
 * replace a file without asking. */
static int
save(struct tui_app *app, struct preview *P)
{
	struct report_pdf_info info;
	struct dlg_error err;
	struct stat sb;
	char *def, *name, *q, *note = NULL;
	int pdf, yes;

	if (P->doc == NULL)
		return TUI_NONE;
	def = xasprintf("%s.pdf", P->ref);
	/* TRANSLATORS: prompt for the file to save a printout in; the
	   ending chooses the format */
	name = tui_prompt(app, _("Save as (.pdf or .txt):"), def);
	free(def);
	if (tui_quit_pending()) {
		free(name);
		return TUI_QUIT;
	}
	if (name == NULL || *name == '\0') {
		free(name);
		tui_message(app, TA_NORMAL, "%s", _("Nothing was saved."));
		return TUI_REDRAW;
	}
	if (stat(name, &sb) == 0) {
		q = xasprintf(_("The file '%s' exists. Replace it?"), name);
		yes = tui_confirm(app, q);
		free(q);
		if (yes < 0) {
			free(name);
			return TUI_QUIT;
		}
		if (yes == 0) {
			free(name);
			tui_message(app, TA_NORMAL, "%s",
			    _("Nothing was saved."));
			return TUI_REDRAW;
		}
	}
	pdf = ends_with_pdf(name);
	tui_message(app, TA_NORMAL, _("Saving %s..."), name);
	err_clear(&err);
	memset(&info, 0, sizeof info);
	if (write_doc(P->doc, name, pdf, P->kind == DOC_SUMMARY && P->texts,
	    &info, &err) != 0)
		tui_message(app, TA_ERROR, "%s", err.msg);
	else if (pdf && (note = report_pdf_missing_note(&info)) != NULL)
		/* TRANSLATORS: the second %s says which characters the PDF
		   shows as boxes */
		tui_message(app, TA_WARNING, _("Saved %s as PDF in '%s'. %s"),
		    P->ref, name, note);
	else
		tui_message(app, TA_NORMAL, pdf ? _("Saved %s as PDF in '%s'.") :
		    _("Saved %s as text in '%s'."), P->ref, name);
	free(note);
	free(name);
	return TUI_REDRAW;
}

/* ------------------------------------------------------------ printing */

/* 1 when name is an executable file in a directory of $PATH. */
static int
in_path(const char *name)
{
	const char *path = getenv("PATH"), *p, *colon;
	char *file;
	int found = 0;

	if (path == NULL || *path == '\0')
		path = "/usr/bin:/bin";
	for (p = path; !found; p = colon + 1) {
		if ((colon = strchr(p, ':')) == NULL)
			colon = p + strlen(p);
		file = xasprintf("%.*s/%s", (int)(colon - p),
		    colon == p ? "." : p, name);
		found = access(file, X_OK) == 0;
		free(file);
		if (*colon == '\0')
			break;
	}
	return found;
}

static void
job_report(int fd, char kind, const char *msg)
{
	char buf[1100];
	size_t n;
	ssize_t w;

	n = (size_t)snprintf(buf, sizeof buf, "%c%s", kind, msg);
	if (n >= sizeof buf)
		n = sizeof buf - 1;
	/* A pipe takes a write this small whole. */
	do
		w = write(fd, buf, n);
	while (w < 0 && errno == EINTR);
}

/*
 * The file for the printer: the document as PDF (as text, the same
 * pages with a form feed between them, should the PDF fail) in a
 * private temporary file. Written here, before the print job starts,
 * so that the job's process runs no typesetting (Pango's threads do not
 * survive a fork). Returns its name (caller frees), or NULL with err
 * set.
 */
static char *
print_file(struct preview *P, struct dlg_error *err)
{
	struct dlg_error perr;
	const char *dir;
	char *tmp;
	FILE *fp;
	int tfd;

	if ((dir = getenv("TMPDIR")) == NULL || *dir == '\0')
		dir = "/tmp";
	tmp = xasprintf("%s/dialogreg-print.XXXXXX", dir);
	if ((tfd = mkstemp(tmp)) < 0 || (fp = fdopen(tfd, "w+")) == NULL) {
		err_set(err, ERR_STORAGE, _("cannot print: %s"),
		    strerror(errno));
		if (tfd >= 0) {
			close(tfd);
			unlink(tmp);
		}
		free(tmp);
		return NULL;
	}
	err_clear(&perr);
	if (report_doc_write_pdf(P->doc, fp, NULL, &perr) != 0) {
		rewind(fp);
		if (ftruncate(fileno(fp), 0) == 0)
			report_doc_write_text(P->doc, fp);
	}
	if (fclose(fp) != 0) {
		err_set(err, ERR_STORAGE, _("cannot print: %s"),
		    strerror(errno));
		unlink(tmp);
		free(tmp);
		return NULL;
	}
	return tmp;
}

/*
 * The print job's process: the file sent with lpr and removed, the
 * result written to fd. Touches neither the terminal nor the register.
 * Returns the exit status.
 */
static int
print_job(struct preview *P, const char *file, int fd)
{
	struct dlg_error err;
	int rc;

	err_clear(&err);
	if (!in_path("lpr")) {
		unlink(file);
		err_set(&err, ERR_STORAGE, _("cannot print: the program 'lpr' "
		    "is missing (Debian package 'cups-bsd')."));
		job_report(fd, JOB_NOPRINTER, err.msg);
		return 1;
	}
	rc = report_lpr(file, P->ref, &err);
	unlink(file);
	if (rc == 0)
		job_report(fd, JOB_SENT, "");
	else
		job_report(fd, strstr(err.detail, "No default destination") !=
		    NULL ? JOB_NOPRINTER : JOB_FAILED, err.msg);
	return rc == 0 ? 0 : 1;
}

static int
key_print(struct tui_app *app, void *state)
{
	struct preview *P = state;
	const char *printer = getenv("PRINTER");
	struct dlg_error err;
	char *file;
	int fds[2];
	pid_t pid;

	if (P->doc == NULL)
		return TUI_NONE;
	if (P->job > 0) {
		tui_message(app, TA_WARNING, "%s", _("The printout is still "
		    "on its way to the printer; wait a moment."));
		return TUI_NONE;
	}
	err_clear(&err);
	if ((file = print_file(P, &err)) == NULL) {
		tui_message(app, TA_ERROR, "%s", err.msg);
		return TUI_NONE;
	}
	if (pipe(fds) != 0) {
		tui_message(app, TA_ERROR, _("cannot print: %s"),
		    strerror(errno));
		unlink(file);
		free(file);
		return TUI_NONE;
	}
	(void)fcntl(fds[0], F_SETFD, FD_CLOEXEC);
	(void)fcntl(fds[1], F_SETFD, FD_CLOEXEC);
	fflush(NULL);
	if ((pid = fork()) < 0) {
		tui_message(app, TA_ERROR, _("cannot print: %s"),
		    strerror(errno));
		close(fds[0]);
		close(fds[1]);
		unlink(file);
		free(file);
		return TUI_NONE;
	}
	if (pid == 0) {
		/* The child: no curses, no register; _exit skips the
		 * parent's atexit handlers (they would reset the
		 * terminal). */
		int rc;

		close(fds[0]);
		rc = print_job(P, file, fds[1]);
		free(file);
		_exit(rc);
	}
	free(file);
	close(fds[1]);
	P->job = pid;
	P->jobfd = fds[0];
	free(P->job_printer);
	P->job_printer = printer != NULL && *printer != '\0' ?
	    xstrdup(printer) : NULL;
	tui_message(app, TA_NORMAL, _("Sending %s to the printer..."),
	    P->ref);
	return TUI_REDRAW;
}

/* The job has ended (status): what it said. */
static int
job_done(struct tui_app *app, struct preview *P, int status)
{
	char buf[1100], *msg;
	ssize_t n;
	int yes, f = TUI_REDRAW;

	do
		n = read(P->jobfd, buf, sizeof buf - 1);
	while (n < 0 && errno == EINTR);
	close(P->jobfd);
	P->jobfd = -1;
	P->job = 0;
	if (n <= 0) {
		n = 1;
		buf[0] = JOB_FAILED;
		snprintf(buf + 1, sizeof buf - 1, "%s", _("cannot print: the "
		    "print job ended without a word."));
		n = (ssize_t)strlen(buf);
	}
	buf[n] = '\0';
	if (buf[0] == JOB_SENT && WIFEXITED(status) &&
	    WEXITSTATUS(status) == 0) {
		if (P->job_printer != NULL)
			tui_message(app, TA_NORMAL, _("Sent %s to the printer "
			    "%s."), P->ref, P->job_printer);
		else
			tui_message(app, TA_NORMAL, _("Sent %s to the default "
			    "printer."), P->ref);
		return f;
	}
	msg = xstrdup(buf + 1);
	/* Say what is wrong above the page while asking what to do. */
	P->notice = msg;
	tui_repaint(app);
	yes = tui_confirm(app, buf[0] == JOB_NOPRINTER ? _("No printer can "
	    "be used. Save the printout to a file instead?") : _("Save the "
	    "printout to a file instead?"));
	P->notice = NULL;
	if (yes < 0)
		f = TUI_QUIT;
	else if (yes > 0)
		f = save(app, P);
	else
		tui_message(app, TA_ERROR, "%s", msg);
	free(msg);
	return f;
}

static int
preview_idle(struct tui_app *app, void *state)
{
	struct preview *P = state;
	int status;
	pid_t r;

	reap_stray_jobs();
	if (P->job <= 0)
		return TUI_NONE;
	r = waitpid(P->job, &status, WNOHANG);
	if (r == 0 || (r < 0 && errno == EINTR))
		return TUI_NONE;
	if (r < 0)
		status = 0;
	return job_done(app, P, status);
}

/* ------------------------------------------------------------ keys */

static int
key_next(struct tui_app *app, void *state)
{
	struct preview *P = state;

	if (P->page + 1 < P->npages) {
		P->page++;
		P->top = 0;
		page_lines(P);
	}
	return TUI_REDRAW;
}

static int
key_prev(struct tui_app *app, void *state)
{
	struct preview *P = state;

	if (P->page > 0) {
		P->page--;
		P->top = 0;
		page_lines(P);
	}
	return TUI_REDRAW;
}

static long
max_top(const struct preview *P)
{
	long m = (long)P->lines.n - ROWS();

	return m > 0 ? m : 0;
}

static int
key_down(struct tui_app *app, void *state)
{
	struct preview *P = state;

	if (P->top < max_top(P))
		P->top++;
	return TUI_REDRAW;
}

static int
key_up(struct tui_app *app, void *state)
{
	struct preview *P = state;

	if (P->top > 0)
		P->top--;
	return TUI_REDRAW;
}

static int
key_top(struct tui_app *app, void *state)
{
	((struct preview *)state)->top = 0;
	return TUI_REDRAW;
}

static int
key_bottom(struct tui_app *app, void *state)
{
	struct preview *P = state;

	P->top = max_top(P);
	return TUI_REDRAW;
}

/* Show document kind, or the summary again when it is shown. */
static int
switch_to(struct tui_app *app, struct preview *P, enum preview_doc kind)
{
	P->kind = P->kind == kind ? DOC_SUMMARY : kind;
	P->page = 0;
	P->top = 0;
	build(app, P);
	return TUI_REDRAW;
}

static int
key_sheet(struct tui_app *app, void *state)
{
	return switch_to(app, state, DOC_SHEET);
}

static int
key_briefing(struct tui_app *app, void *state)
{
	return switch_to(app, state, DOC_BRIEFING);
}

static int
key_texts(struct tui_app *app, void *state)
{
	struct preview *P = state;

	if (P->kind == DOC_SHEET) {
		tui_message(app, TA_WARNING, "%s", _("The participant sheet "
		    "holds no contributions; press i for the summary."));
		return TUI_NONE;
	}
	if (P->kind == DOC_BRIEFING) {
		tui_message(app, TA_WARNING, "%s", _("The briefing holds no "
		    "contributions; press p for the summary."));
		return TUI_NONE;
	}
	P->texts = !P->texts;
	P->top = 0;
	build(app, P);
	tui_message(app, TA_NORMAL, "%s", P->texts ? _("The summary now "
	    "holds the contributions' texts (never their contact "
	    "details).") : _("The summary now leaves the contributions' "
	    "texts out."));
	return TUI_REDRAW;
}

static int
key_save(struct tui_app *app, void *state)
{
	return save(app, state);
}

static int
key_back(struct tui_app *app, void *state)
{
	return TUI_BACK;
}

static int key_help(struct tui_app *, void *);

static const struct tui_key preview_keys[] = {
	{ KEY_NPAGE, ' ', 0, key_next, N_("Next page"),
	    N_("Show the next page") },
	{ KEY_PPAGE, 'b', 0, key_prev, N_("Previous"),
	    N_("Show the previous page") },
	{ 'l', 0, 1, key_print, N_("Print"),
	    N_("Print with lpr (the printer in $PRINTER, else the default "
	    "one) while you go on working") },
	{ 'w', 0, 1, key_save, N_("Save"),
	    N_("Save as PDF or text in a file (the name's ending chooses)") },
	{ 'i', 0, 1, key_sheet, N_("Sheet"),
	    N_("Switch between the summary and the participant "
	    "information sheet") },
	/* TRANSLATORS: key label: the briefing for the politicians */
	{ 'p', 0, 1, key_briefing, N_("Politicians"),
	    N_("Switch between the summary and the briefing for the "
	    "participating politicians") },
	{ 'c', 0, 1, key_texts, N_("Texts"),
	    N_("Put the contributions' texts in the summary, or leave them "
	    "out") },
	{ 'j', KEY_DOWN, 1, key_down, NULL, N_("Scroll the page down") },
	{ 'k', KEY_UP, 1, key_up, NULL, N_("Scroll the page up") },
	{ 'g', KEY_HOME, 1, key_top, NULL, N_("The top of the page") },
	{ 'G', KEY_END, 1, key_bottom, NULL, N_("The bottom of the page") },
	{ 12, 0, 1, tui_act_redraw, NULL, N_("Redraw the screen") },
	{ '?', KEY_F(1), 1, key_help, N_("Help"), N_("Show this help") },
	{ 'q', 27, 1, key_back, N_("Back"), N_("Back to the dialogue") },
	{ 0, 0, 0, NULL, NULL, NULL }
};

static int
key_help(struct tui_app *app, void *state)
{
	/* TRANSLATORS: title of the help of the print preview */
	return tui_help_text(app, _("Print preview"), preview_keys,
	    _("The pages are shown as the printout in text has them: A4, 64 "
	    "lines of 80 columns, with the same page breaks as on paper. The "
	    "PDF, which is printed and saved, is typeset in a proportional "
	    "font with pages of its own: the line at the foot says how many. "
	    "Contact details of contributions are never printed from the "
	    "screens. Printing goes on in the background; the screen says "
	    "when the printout has reached the printer."));
}

/* ------------------------------------------------------------ drawing */

static void
preview_draw(struct tui_app *app, void *state)
{
	struct preview *P = state;
	struct strlist wrapped = { 0 };
	char *s, pos[96];
	const char *what;
	int i, pw, y;
	size_t k;

	if (P->top > max_top(P))
		P->top = max_top(P);
	werase(stdscr);
	wattrset(stdscr, tui_attr(app, TA_TITLE));
	mvwhline(stdscr, 0, 0, ' ', COLS);
	/* TRANSLATORS: title of the print preview: "Print preview of
	   MD-2026-005: Ny skatepark" */
	s = xasprintf(_("Print preview of %s: %s"), P->ref, P->d != NULL &&
	    dlg_get(P->d, F_TITLE) != NULL ? dlg_get(P->d, F_TITLE) : "");
	tui_put(stdscr, 0, 1, COLS - 2, s);
	free(s);
	wattrset(stdscr, A_NORMAL);
	for (i = 0; i < ROWS() && P->top + i < (long)P->lines.n; i++)
		tui_put(stdscr, FIRST_ROW + i, 0, COLS,
		    P->lines.v[P->top + i]);
	if (P->doc == NULL)
		tui_put(stdscr, FIRST_ROW + 1, 2, COLS - 4,
		    _("The dialogue could not be read."));
	if (P->notice != NULL) {
		tui_wrap(P->notice, COLS - 4, &wrapped);
		y = LINES - 3 - (int)wrapped.n;
		if (y < FIRST_ROW)
			y = FIRST_ROW;
		wattrset(stdscr, tui_attr(app, TA_ERROR));
		for (k = 0; k < wrapped.n && y < LINES - 2; k++, y++) {
			mvwhline(stdscr, y, 0, ' ', COLS);
			tui_put(stdscr, y, 2, COLS - 4, wrapped.v[k]);
		}
		wattrset(stdscr, A_NORMAL);
		sl_clear(&wrapped);
	}
	/* The info line: the document, a job on its way, the page and
	 * the PDF's pages. */
	/* TRANSLATORS: the page of the print preview and the number of
	   pages the typeset PDF has */
	snprintf(pos, sizeof pos, ngettext("Page %lu of %lu (PDF: %lu page)",
	    "Page %lu of %lu (PDF: %lu pages)", (unsigned long)P->pdf_pages),
	    (unsigned long)P->page + 1, (unsigned long)P->npages,
	    (unsigned long)P->pdf_pages);
	pw = tui_width(pos);
	if (P->job > 0)
		what = _("Printing in the background...");
	else if (P->kind == DOC_SHEET)
		what = _("Participant information sheet");
	else if (P->kind == DOC_BRIEFING)
		what = _("Briefing for participating politicians");
	else if (P->texts)
		what = _("Summary with the contributions' texts");
	else
		what = _("Summary without the contributions' texts");
	wattrset(stdscr, tui_attr(app, TA_STATUS));
	mvwhline(stdscr, LINES - 2, 0, ' ', COLS);
	tui_put(stdscr, LINES - 2, 1, COLS - pw - 4, what);
	tui_put(stdscr, LINES - 2, COLS - pw - 1, pw, pos);
	wattrset(stdscr, A_NORMAL);
	wmove(stdscr, FIRST_ROW, 0);
	wnoutrefresh(stdscr);
	tui_status_keys(app, preview_keys);
	doupdate();
}

/* ------------------------------------------------------------ screen */

static void
preview_enter(struct tui_app *app, void *state)
{
	load(app, state);
}

static void
preview_leave(struct tui_app *app, void *state)
{
	struct preview *P = state;
	int status;

	if (P->job > 0) {
		/* Still printing: the job goes on and removes its own file;
		 * its result is no longer shown. */
		if (waitpid(P->job, &status, WNOHANG) == 0)
			keep_stray_job(P->job);
		close(P->jobfd);
		P->job = 0;
	}
}

static const struct tui_screen preview_screen = {
	.name = N_("Print preview"),
	.keys = preview_keys,
	.enter = preview_enter,
	.leave = preview_leave,
	.draw = preview_draw,
	.idle = preview_idle,
	.idle_ms = POLL_MS,
};

int
tui_print_preview(struct tui_app *app, const char *ref)
{
	struct preview P;
	int f;

	memset(&P, 0, sizeof P);
	P.ref = xstrdup(ref);
	P.jobfd = -1;
	f = tui_screen_run(app, &preview_screen, &P);
	report_doc_free(P.doc);
	sl_clear(&P.lines);
	contrib_clear(&P);
	dlg_free(P.d);
	free(P.job_printer);
	free(P.ref);
	return f;
}
