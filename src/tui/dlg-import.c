/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dlg-import.c: importing contributions from a survey tool's CSV file in
 * the screens, as `dialogreg import` does. Owns asking for the file, the
 * preview shown before anything is written (the one of --dry-run: each
 * column's role, the dates understood, the channel values the register
 * does not know and what they become, the first rows, never the contact
 * details themselves), leaving a column out and mapping an unknown
 * channel value before importing, an error naming line and column, the
 * question whether a file imported before is to be imported again
 * (forced), and the progress bar drawn from the store's progress
 * callback while everything goes in in one transaction, or nothing. The
 * file is read as a stream, as by the command line.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <wchar.h>
#include <wctype.h>

#include "i18n.h"
#include "report.h"
#include "tui-int.h"

struct imp {
	struct tui_app	*app;
	const char	*ref;
	char		*path;
	struct strlist	 text;		/* the lines shown */
	const char	*title;
	/* the progress */
	size_t		 done, total;
	int		 finished;
	/* scrolling: the first wrapped line shown, or the end (tail) */
	size_t		 top, nlines, avail;
	int		 tail;
};

/* What app->repaint paints while the dialog is up. */
static struct imp *showing;

static const char *
base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash != NULL && slash[1] != '\0' ? slash + 1 : path;
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
	for (i = 0; i < I->text.n; i++)
		tui_wrap(I->text.v[i], COLS - 4, &lines);
	I->nlines = lines.n;
	/* Room for the progress bar only while it is drawn. */
	y = I->total > 0 ? LINES - 9 : LINES - 5;
	I->avail = y > 1 ? (size_t)y : 1;
	if (I->tail || I->top + I->avail > lines.n)
		I->top = lines.n > I->avail ? lines.n - I->avail : 0;
	y = 2;
	for (k = I->top; k < lines.n && k < I->top + I->avail; k++, y++)
		tui_put(stdscr, y, 2, COLS - 4, lines.v[k]);
	if (I->top + I->avail < lines.n)
		/* TRANSLATORS: under a preview longer than the screen */
		tui_put(stdscr, y, 2, COLS - 4, _("... more below: "
		    "Down or PgDn"));
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

/* The checked pass over the file: 0, or -1 with err set. */
static int
check_pass(struct report_csvin *in, struct report_survey *s,
    struct dlg_error *err)
{
	struct dlg_contribution c;
	int rc;

	report_survey_restart(s);
	if (report_csvin_rewind(in, err) != 0)
		return -1;
	while ((rc = report_survey_next(in, s, &c, NULL, err)) > 0)
		dlg_contribution_clear(&c);
	if (rc < 0 || report_survey_end(s, err) != 0)
		return -1;
	return 0;
}

/*
 * The question under the preview; returns 'y', 'n', '-' (leave a column
 * out), '=' (map a channel value) or -1 on quit.
 */
static int
choose(struct imp *I, const char *question)
{
	/* TRANSLATORS: the one-letter answer "yes" typed at a question
	   (lower case) */
	const char *yes = _("y");
	/* TRANSLATORS: the one-letter answer "no" typed at a question */
	const char *no = _("n");
	wchar_t y = 0, n = 0, lc;
	char *text;
	int r, key;

	if (mbtowc(&y, yes, strlen(yes)) <= 0)
		y = L'y';
	if (mbtowc(&n, no, strlen(no)) <= 0)
		n = L'n';
	/* TRANSLATORS: the question under the import's preview, its
	   answer letters, and the two keys that change the import */
	text = xasprintf(_("%s [%s/%s]  -: leave a column out  =: map a "
	    "channel value"), question, yes, no);
	for (;;) {
		if (tui_size_ok(I->app)) {
			imp_draw(I);
			tui_message(I->app, TA_WARNING, "%s", text);
		}
		r = tui_getkey(I->app, &key);
		if (r < 0) {
			free(text);
			return -1;
		}
		if (r != 1) {
			if (key == KEY_DOWN && I->top + I->avail < I->nlines)
				I->top++;
			else if (key == KEY_UP && I->top > 0)
				I->top--;
			else if (key == KEY_NPAGE)
				I->top += I->avail;
			else if (key == KEY_PPAGE)
				I->top = I->top > I->avail ? I->top - I->avail :
				    0;
			continue;
		}
		lc = (wchar_t)towlower((wint_t)key);
		if (lc == (wchar_t)towlower((wint_t)y) || lc == L'y') {
			free(text);
			return 'y';
		}
		if (lc == (wchar_t)towlower((wint_t)n) || lc == L'n' ||
		    key == 27) {
			free(text);
			return 'n';
		}
		if (key == '-' || key == '=') {
			free(text);
			return key;
		}
	}
}

/* Ask which column to leave out and note it in map. */
static void
leave_out(struct imp *I, const struct report_survey *s,
    struct report_survey_map *map)
{
	char *a, *end;
	long k;
	int r;

	/* TRANSLATORS: prompt in the import's preview */
	a = tui_prompt(I->app, _("Column to leave out (number):"), NULL);
	if (a == NULL || *a == '\0') {
		free(a);
		return;
	}
	k = strtol(a, &end, 10);
	if (*end != '\0' || k < 1 || (size_t)k > s->ncols) {
		tui_message(I->app, TA_ERROR, _("'%s' is not a column of the "
		    "file; give a number from 1 to %zu"), a, s->ncols);
		free(a);
		return;
	}
	free(a);
	for (r = 0; r < ROLE_N; r++)
		if (s->col[r] == (int)k - 1)
			break;
	if (r == ROLE_N) {
		tui_message(I->app, TA_NORMAL, _("Column %ld is not imported "
		    "anyway."), k);
		return;
	}
	if (r == ROLE_TEXT) {
		tui_message(I->app, TA_ERROR, "%s", _("The text cannot be left "
		    "out."));
		return;
	}
	free(map->col[r]);
	map->col[r] = xstrdup("-");
}

/* Ask for an unknown channel value and its channel; note it in m. */
static void
map_value(struct imp *I, const struct report_survey *s,
    struct report_chanmap *m)
{
	struct dlg_error err;
	char *v, *q, *to;

	if (s->nunknown == 0) {
		tui_message(I->app, TA_NORMAL, "%s", _("Every channel value of "
		    "the file is known."));
		return;
	}
	/* TRANSLATORS: prompt in the import's preview */
	v = tui_prompt(I->app, _("Channel value to map (as in the file):"),
	    s->unknown[0].text);
	if (v == NULL || *v == '\0') {
		free(v);
		return;
	}
	/* TRANSLATORS: prompt in the import's preview: the value */
	q = xasprintf(_("Channel for '%s' (meeting, web, letter, email, "
	    "survey or other):"), v);
	to = tui_prompt(I->app, q, NULL);
	free(q);
	err_clear(&err);
	if (to != NULL && *to != '\0' &&
	    report_chanmap_add(m, v, to, &err) != 0)
		tui_message(I->app, TA_ERROR, "%s", err.msg);
	free(to);
	free(v);
}

/* The file's contributions read and checked, the preview shown and
 * changed as asked, then imported on confirmation. Returns TUI_* flags. */
static int
run(struct imp *I)
{
	struct tui_app *app = I->app;
	struct report_survey_map map;
	struct report_chanmap chanmap;
	struct report_survey_opts o;
	struct report_survey *s = NULL;
	struct report_csvin *in = NULL;
	struct dialogue *d = NULL;
	struct store_import im;
	struct earlier e = { 0, NULL };
	struct dlg_error err;
	struct report_survey_feed feed;
	struct stat sb;
	FILE *fp = NULL;
	char *q;
	size_t done = 0;
	int force = 0, yes, flags = TUI_REDRAW;

	memset(&map, 0, sizeof map);
	memset(&chanmap, 0, sizeof chanmap);
	memset(&o, 0, sizeof o);
	err_clear(&err);
	if ((fp = fopen(I->path, "rb")) == NULL) {
		tui_message(app, TA_ERROR, _("cannot read '%s': %s"), I->path,
		    strerror(errno));
		return flags;
	}
	if (fstat(fileno(fp), &sb) != 0 || !S_ISREG(sb.st_mode)) {
		tui_message(app, TA_ERROR, _("'%s' is not a file"), I->path);
		fclose(fp);
		return flags;
	}
	if (store_dialogue_load(app->st, I->ref, &d, &err) != 0) {
		tui_message(app, TA_ERROR, "%s", err.msg);
		fclose(fp);
		return flags;
	}
	o.map = &map;
	o.chanmap = &chanmap;
	o.channel = "survey";
	o.sessions = d->sessions;
	o.nsessions = d->nsessions;
	if (report_csvin_open(fp, 0, REPORT_ENC_DETECT, &in, &err) != 0)
		goto refused;
	for (;;) {
		report_survey_free(s);
		s = report_survey_new(&o);
		if (check_pass(in, s, &err) != 0)
			goto refused;
		if (s->n == 0) {
			sl_push_owned(&I->text, xasprintf(_("%s: no row has a "
			    "text; nothing was imported."),
			    base_name(I->path)));
			if (wait_key(I, _("Press a key to go back to the "
			    "list.")) < 0)
				flags |= TUI_QUIT;
			goto out;
		}
		sl_clear(&I->text);
		I->top = 0;
		sl_push_owned(&I->text, xasprintf(ngettext("Would import %zu "
		    "contribution into %s from %s.", "Would import %zu "
		    "contributions into %s from %s.", (unsigned long)s->n),
		    s->n, I->ref, base_name(I->path)));
		e.found = 0;
		if (store_imports(app->st, report_csvin_digest(in),
		    note_earlier, &e, &err) != 0) {
			tui_message(app, TA_ERROR, "%s", err.msg);
			goto out;
		}
		/* A file imported before says so first. */
		if (e.found)
			sl_push(&I->text, e.text);
		report_import_preview(in, s, (size_t)(COLS > 16 ? COLS - 10 :
		    8), &I->text);
		if (e.found)
			q = xstrdup(_("Import it again anyway (a forced "
			    "import)?"));
		else
			q = xasprintf(ngettext("Import %zu contribution into "
			    "%s?", "Import %zu contributions into %s?",
			    (unsigned long)s->n), s->n, I->ref);
		yes = choose(I, q);
		free(q);
		if (yes == '-')
			leave_out(I, s, &map);
		else if (yes == '=')
			map_value(I, s, &chanmap);
		else
			break;
		if (tui_quit_pending()) {
			flags |= TUI_QUIT;
			goto out;
		}
	}
	if (yes < 0) {
		flags |= TUI_QUIT;
		goto out;
	}
	if (yes == 'n') {
		tui_message(app, TA_NORMAL, "%s", _("Nothing was imported."));
		goto out;
	}
	force = e.found;
	memset(&im, 0, sizeof im);
	im.digest = report_csvin_digest(in);
	im.file_name = base_name(I->path);
	I->done = 0;
	I->total = s->n;
	I->tail = 1;
	sl_push(&I->text, "");
	sl_push(&I->text, _("Importing..."));
	progress(0, s->n, I);
	err_clear(&err);
	feed.in = in;
	feed.s = s;
	report_survey_restart(s);
	if (report_csvin_rewind(in, &err) != 0 ||
	    store_contributions_import_stream(app->st, I->ref,
	    report_survey_feed_next, &feed, I->total, &im, force, app->who,
	    progress, I, &done, &err) != 0) {
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
	    "into %s from %s.", (unsigned long)done), done, I->ref,
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
		    "contributions into %s from %s.", (unsigned long)done),
		    done, I->ref, base_name(I->path));
	goto out;
refused:
	/* line and column are in the message */
	sl_clear(&I->text);
	sl_push_owned(&I->text, xasprintf("%s: %s", base_name(I->path),
	    err.msg));
	sl_push(&I->text, _("Nothing was imported."));
	if (wait_key(I, _("Press a key to go back to the list.")) < 0)
		flags |= TUI_QUIT;
out:
	free(e.text);
	report_survey_free(s);
	report_csvin_free(in);
	report_chanmap_clear(&chanmap);
	report_survey_map_clear(&map);
	dlg_free(d);
	fclose(fp);
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
