/*
 * dlg-import.c: importing contributions from a survey tool's CSV file in
 * the screens, as `dialogreg import` does. Owns asking for the file, the
 * dry run shown before anything is written (how many contributions, the
 * encoding and separator found, the columns, the first rows, never the
 * contact details themselves), an error naming line and column, the
 * question whether a file imported before is to be imported again
 * (forced), and the progress bar drawn from the store's progress
 * callback while everything goes in in one transaction, or nothing.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "i18n.h"
#include "report.h"
#include "tui-int.h"

/* Larger files are refused, as by the command line. */
#define MAX_FILE	((size_t)256 << 20)
/* Rows the dry run shows. */
#define DRY_ROWS	5

struct imp {
	struct tui_app	*app;
	const char	*ref;
	char		*path;
	struct strlist	 text;		/* the lines shown */
	const char	*title;
	/* the progress */
	size_t		 done, total;
	int		 finished;
};

/* What app->repaint paints while the dialog is up. */
static struct imp *showing;

/* The whole file into *buf (NUL-terminated). Returns 0, or -1 with err
 * set. */
static int
read_file(const char *path, char **buf, size_t *len, struct dlg_error *err)
{
	struct stat sb;
	FILE *fp;
	size_t n;

	*buf = NULL;
	*len = 0;
	if ((fp = fopen(path, "rb")) == NULL)
		return err_set(err, errno == ENOENT ? ERR_NOTFOUND :
		    ERR_STORAGE, _("cannot read '%s': %s"), path,
		    strerror(errno));
	if (fstat(fileno(fp), &sb) != 0 || !S_ISREG(sb.st_mode)) {
		fclose(fp);
		return err_set(err, ERR_USAGE, _("'%s' is not a file"), path);
	}
	if ((size_t)sb.st_size > MAX_FILE) {
		fclose(fp);
		return err_set(err, ERR_REFUSED, _("'%s' is larger than 256 "
		    "MiB; split it into smaller files"), path);
	}
	*buf = xmalloc((size_t)sb.st_size + 1);
	n = fread(*buf, 1, (size_t)sb.st_size, fp);
	if (ferror(fp) || n != (size_t)sb.st_size) {
		fclose(fp);
		free(*buf);
		*buf = NULL;
		return err_set(err, ERR_STORAGE, _("cannot read '%s'"), path);
	}
	fclose(fp);
	(*buf)[n] = '\0';
	*len = n;
	return 0;
}

static const char *
base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash != NULL && slash[1] != '\0' ? slash + 1 : path;
}

static const char *
sep_name(char sep)
{
	/* TRANSLATORS: the tab character as a separator */
	return sep == '\t' ? _("tab") : sep == ';' ? "';'" : "','";
}

/* At most max cells of s on one line, cut with the ellipsis. */
static char *
excerpt(const char *s, int max)
{
	return tui_fit(s != NULL ? s : "", max);
}

/* ------------------------------------------------------------ drawing */

/* The dialog's text full screen, and the progress bar when importing. */
static void
imp_draw(struct imp *I)
{
	struct tui_app *app = I->app;
	struct strlist lines = { 0 };
	size_t i, k;
	int y, w, fill, x;
	char *s;

	werase(stdscr);
	wattrset(stdscr, tui_attr(app, TA_TITLE));
	mvwhline(stdscr, 0, 0, ' ', COLS);
	tui_put(stdscr, 0, 1, COLS - 2, I->title);
	wattrset(stdscr, A_NORMAL);
	y = 2;
	for (i = 0; i < I->text.n && y < LINES - 6; i++) {
		sl_clear(&lines);
		tui_wrap(I->text.v[i], COLS - 4, &lines);
		for (k = 0; k < lines.n && y < LINES - 6; k++, y++)
			tui_put(stdscr, y, 2, COLS - 4, lines.v[k]);
	}
	sl_clear(&lines);
	if (I->total > 0) {
		/* [#####     ] 45 %  450 of 1000 rows */
		y = LINES - 5;
		w = COLS - 8;
		fill = (int)((double)w * (double)I->done / (double)I->total);
		if (fill > w)
			fill = w;
		mvwaddstr(stdscr, y, 2, "[");
		for (x = 0; x < w; x++) {
			if (x < fill)
				waddstr(stdscr, app->ascii ? "#" :
				    "\xe2\x96\x88");
			else
				waddch(stdscr, ' ');
		}
		waddstr(stdscr, "]");
		/* TRANSLATORS: under the progress bar: percentage, rows
		   written, rows in all */
		s = xasprintf(ngettext("%d %%  %zu of %zu row",
		    "%d %%  %zu of %zu rows", (unsigned long)I->total),
		    (int)(100.0 * (double)I->done / (double)I->total),
		    I->done, I->total);
		tui_put(stdscr, y + 1, 2, COLS - 4, s);
		free(s);
	}
	wnoutrefresh(stdscr);
}

static void
imp_repaint(struct tui_app *app)
{
	if (showing != NULL && tui_size_ok(app))
		imp_draw(showing);
}

/* The store's progress callback: the bar, drawn at once. */
static void
progress(size_t done, size_t total, void *arg)
{
	struct imp *I = arg;

	I->done = done;
	I->total = total;
	if (!tui_size_ok(I->app))
		return;
	imp_draw(I);
	doupdate();
}

/* Show the text and ask question; 1 yes, 0 no, -1 quit. */
static int
ask(struct imp *I, const char *question)
{
	if (tui_size_ok(I->app)) {
		imp_draw(I);
		doupdate();
	}
	return tui_confirm(I->app, question);
}

/* Show the text until a key; -1 on quit. */
static int
wait_key(struct imp *I, const char *hint)
{
	int key, r;

	for (;;) {
		if (tui_size_ok(I->app)) {
			imp_draw(I);
			tui_message(I->app, TA_NORMAL, "%s", hint);
		}
		r = tui_getkey(I->app, &key);
		if (r < 0)
			return -1;
		if (r == 0 && key == KEY_RESIZE)
			continue;
		return 0;
	}
}

/* ------------------------------------------------------------ steps */

struct earlier {
	int	 found;
	char	*text;
};

static int
note_earlier(const struct store_import *im, void *arg)
{
	struct earlier *e = arg;

	e->found = 1;
	free(e->text);
	/* TRANSLATORS: reference, timestamp (UTC), user */
	e->text = xasprintf(_("This file was already imported into %s at %s "
	    "by %s."), im->ref, im->at, im->who);
	return 1;
}

/* The dry run: what would be imported. */
static void
dry_run(struct imp *I, const struct report_csv *csv,
    const struct report_survey *s)
{
	const struct dlg_contribution *c;
	struct strbuf sb;
	char *t;
	size_t i;
	int r, first = 1;

	sl_push_owned(&I->text, xasprintf(ngettext("Would import %zu "
	    "contribution into %s from %s.", "Would import %zu contributions "
	    "into %s from %s.", (unsigned long)s->n), s->n, I->ref,
	    base_name(I->path)));
	/* TRANSLATORS: encoding, separator, number of rows */
	sl_push_owned(&I->text, xasprintf(ngettext("The file is %s, "
	    "separated by %s, with %zu row under its header.", "The file is "
	    "%s, separated by %s, with %zu rows under its header.",
	    (unsigned long)(csv->nrows - 1)), report_enc_name(csv->enc),
	    sep_name(csv->sep), csv->nrows - 1));
	if (s->skipped > 0)
		sl_push_owned(&I->text, xasprintf(ngettext("%zu row without "
		    "text would be skipped.", "%zu rows without text would be "
		    "skipped.", (unsigned long)s->skipped), s->skipped));
	sb_init(&sb);
	sb_add(&sb, _("Columns:"));
	for (r = 0; r < ROLE_N; r++) {
		if (s->col[r] < 0)
			continue;
		t = excerpt(csv->rows[0].cells[s->col[r]].text, 30);
		/* TRANSLATORS: role = 'header name' (column number) */
		sb_addf(&sb, _("%s %s = '%s' (column %d)"), first ? "" : ",",
		    report_role_key((enum report_role)r), t, s->col[r] + 1);
		free(t);
		first = 0;
	}
	sl_push(&I->text, sb.buf);
	sl_push(&I->text, "");
	for (i = 0; i < s->n && i < DRY_ROWS; i++) {
		c = &s->v[i];
		sb_reset(&sb);
		/* TRANSLATORS: a row of the dry run: line, date, channel */
		sb_addf(&sb, _("Line %ld: %s, %s"), s->line[i],
		    c->created != NULL ? c->created : "-", c->channel);
		if (c->themes != NULL) {
			t = excerpt(c->themes, 30);
			sb_addf(&sb, ", %s", t);
			free(t);
		}
		/* Never the contact details themselves. */
		if (c->contact != NULL)
			sb_add(&sb, _(", contact details given"));
		t = excerpt(c->text, COLS - 8);
		sb_addf(&sb, ": %s", t);
		free(t);
		sl_push(&I->text, sb.buf);
	}
	if (s->n > DRY_ROWS)
		sl_push_owned(&I->text, xasprintf(ngettext("... and %zu more.",
		    "... and %zu more.", (unsigned long)(s->n - DRY_ROWS)),
		    s->n - DRY_ROWS));
	sb_release(&sb);
}

/* The file's contributions read and checked, the dry run shown, then
 * imported on confirmation. Returns TUI_* flags. */
static int
run(struct imp *I)
{
	struct tui_app *app = I->app;
	struct report_survey_map map;
	struct report_survey *s = NULL;
	struct report_csv *csv = NULL;
	struct store_import im;
	struct earlier e = { 0, NULL };
	struct dlg_error err;
	char digest[REPORT_DIGEST_SIZE], *bytes = NULL, *q;
	size_t len;
	int force = 0, yes, flags = TUI_REDRAW;

	memset(&map, 0, sizeof map);
	err_clear(&err);
	if (read_file(I->path, &bytes, &len, &err) != 0) {
		tui_message(app, TA_ERROR, "%s", err.msg);
		return flags;
	}
	report_sha256(bytes, len, digest, sizeof digest);
	if (report_csv_read(bytes, len, 0, &csv, &err) != 0 ||
	    report_survey_read(csv, &map, "survey", &s, &err) != 0) {
		/* line and column are in the message */
		sl_push_owned(&I->text, xasprintf("%s: %s",
		    base_name(I->path), err.msg));
		sl_push(&I->text, _("Nothing was imported."));
		if (wait_key(I, _("Press a key to go back to the list.")) < 0)
			flags |= TUI_QUIT;
		goto out;
	}
	if (s->n == 0) {
		sl_push_owned(&I->text, xasprintf(_("%s: no row has a text; "
		    "nothing was imported."), base_name(I->path)));
		if (wait_key(I, _("Press a key to go back to the list.")) < 0)
			flags |= TUI_QUIT;
		goto out;
	}
	dry_run(I, csv, s);
	if (store_imports(app->st, digest, note_earlier, &e, &err) != 0) {
		tui_message(app, TA_ERROR, "%s", err.msg);
		goto out;
	}
	if (e.found) {
		sl_push(&I->text, "");
		sl_push(&I->text, e.text);
		yes = ask(I, _("Import it again anyway (a forced import)?"));
		force = yes > 0;
	} else {
		q = xasprintf(ngettext("Import %zu contribution into %s?",
		    "Import %zu contributions into %s?", (unsigned long)s->n),
		    s->n, I->ref);
		yes = ask(I, q);
		free(q);
	}
	if (yes < 0) {
		flags |= TUI_QUIT;
		goto out;
	}
	if (yes == 0) {
		tui_message(app, TA_NORMAL, "%s", _("Nothing was imported."));
		goto out;
	}
	memset(&im, 0, sizeof im);
	im.digest = digest;
	im.file_name = base_name(I->path);
	I->done = 0;
	I->total = s->n;
	sl_push(&I->text, "");
	sl_push(&I->text, _("Importing..."));
	progress(0, s->n, I);
	err_clear(&err);
	if (store_contributions_import(app->st, I->ref, s->v, s->n, &im,
	    force, app->who, progress, I, &err) != 0) {
		I->total = 0;
		sl_push_owned(&I->text, xasprintf("%s", err.msg));
		sl_push(&I->text, _("Nothing was imported."));
		if (wait_key(I, _("Press a key to go back to the list.")) < 0)
			flags |= TUI_QUIT;
		goto out;
	}
	flags |= TUI_RELOAD;
	sl_push_owned(&I->text, xasprintf(ngettext("Imported %zu "
	    "contribution into %s from %s.", "Imported %zu contributions "
	    "into %s from %s.", (unsigned long)s->n), s->n, I->ref,
	    base_name(I->path)));
	if (s->skipped > 0)
		sl_push_owned(&I->text, xasprintf(ngettext("Skipped %zu row "
		    "without text.", "Skipped %zu rows without text.",
		    (unsigned long)s->skipped), s->skipped));
	if (wait_key(I, _("Press a key to go back to the list.")) < 0)
		flags |= TUI_QUIT;
	else
		tui_message(app, TA_NORMAL, ngettext("Imported %zu "
		    "contribution into %s from %s.", "Imported %zu "
		    "contributions into %s from %s.", (unsigned long)s->n),
		    s->n, I->ref, base_name(I->path));
out:
	free(e.text);
	report_survey_free(s);
	report_csv_free(csv);
	free(bytes);
	return flags;
}

int
tui_import(struct tui_app *app, const char *ref)
{
	void (*saved_repaint)(struct tui_app *) = app->repaint;
	struct imp *saved_showing = showing;
	const char *home;
	struct imp I;
	char *name;
	int flags;

	/* TRANSLATORS: prompt for the CSV file of a survey to import */
	name = tui_prompt(app, _("CSV file to import:"), NULL);
	if (tui_quit_pending()) {
		free(name);
		return TUI_QUIT;
	}
	if (name == NULL || *name == '\0') {
		free(name);
		tui_message(app, TA_NORMAL, "%s", _("Nothing was imported."));
		return TUI_REDRAW;
	}
	memset(&I, 0, sizeof I);
	I.app = app;
	I.ref = ref;
	if (strncmp(name, "~/", 2) == 0 && (home = getenv("HOME")) != NULL) {
		I.path = xasprintf("%s/%s", home, name + 2);
		free(name);
	} else
		I.path = name;
	/* TRANSLATORS: title of the import: "Import into MD-2026-005" */
	name = xasprintf(_("Import into %s from %s"), ref, I.path);
	I.title = name;
	showing = &I;
	app->repaint = imp_repaint;
	flags = run(&I);
	app->repaint = saved_repaint;
	showing = saved_showing;
	sl_clear(&I.text);
	free(name);
	free(I.path);
	clearok(curscr, TRUE);
	return flags;
}
