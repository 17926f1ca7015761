/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * tui-input.c: keys and signals. Owns the quit and suspend flags set by
 * the signal handlers (the handlers only set a flag; the loops see it
 * within a quarter of a second and return TUI_QUIT, so the terminal is
 * restored on the normal path), reading keys without ever refreshing a
 * window, KEY_RESIZE, key tables (find and dispatch), and the prompts on
 * the bottom row: yes/no and one line of text with the form library
 * (the menus are in menu.c).
 */
#include "config.h"

#include <form.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>
#include <wctype.h>

#include "i18n.h"
#include "report.h"
#include "tui-int.h"

/* How often a waiting loop looks at the signal flags (milliseconds). */
#define SLICE_MS	250
/* The pause in typing after which a live prompt reports its text. */
#define PAUSE_MS	150
/* A live prompt's callback with work left is called again when no key
 * came for this long. */
#define WORK_MS		1

static volatile sig_atomic_t quit_signal;
static volatile sig_atomic_t suspend_signal;

static const int handled[] = { SIGINT, SIGTERM, SIGHUP, SIGTSTP };
#define NHANDLED (sizeof handled / sizeof handled[0])
static struct sigaction saved[NHANDLED];

static void
on_signal(int sig)
{
	if (sig == SIGTSTP)
		suspend_signal = 1;
	else
		quit_signal = sig;
}

void
tui_signals_install(void)
{
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: a blocked read returns at once. */
	sa.sa_flags = 0;
	for (i = 0; i < NHANDLED; i++)
		sigaction(handled[i], &sa, &saved[i]);
}

void
tui_signals_restore(void)
{
	size_t i;

	for (i = 0; i < NHANDLED; i++)
		sigaction(handled[i], &saved[i], NULL);
}

int
tui_quit_signal(void)
{
	return (int)quit_signal;
}

int
tui_quit_pending(void)
{
	return quit_signal != 0;
}

void
tui_suspend_check(void)
{
	struct sigaction sa, old;
	sigset_t set;

	if (!suspend_signal)
		return;
	suspend_signal = 0;
	endwin();
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_DFL;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTSTP, &sa, &old);
	sigemptyset(&set);
	sigaddset(&set, SIGTSTP);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(SIGTSTP);
	/* Continued: our handler again, and the whole screen repainted. */
	sigaction(SIGTSTP, &old, NULL);
	clearok(curscr, TRUE);
	doupdate();
}

/* The terminal changed size: the bottom row follows it. */
static void
relayout(struct tui_app *app)
{
	if (app->status != NULL)
		delwin(app->status);
	app->status = newwin(1, COLS, LINES - 1, 0);
	if (app->status != NULL)
		leaveok(app->status, FALSE);
	clearok(curscr, TRUE);
}

static long
elapsed_ms(const struct timespec *t0)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long)(t.tv_sec - t0->tv_sec) * 1000 +
	    (long)(t.tv_nsec - t0->tv_nsec) / 1000000;
}

/*
 * DIALOGREG_KEY_TIMES=FILE (for tests/bench): how long each key took,
 * from its arrival to the next wait for a key (the screen drawn and
 * shown), with a monotonic clock, one line "KEY MICROSECONDS"; a wait
 * that ended without a key (a live search's pause, a poll) is "timeout".
 * The first line, "start MICROSECONDS", is from tui_key_times_start to
 * the first wait: the first full screen.
 */
static FILE *key_times;
static struct timespec key_since;
static char key_event[32];

void
tui_key_times_start(void)
{
	const char *path = getenv("DIALOGREG_KEY_TIMES");

	if (path == NULL || *path == '\0' ||
	    (key_times = fopen(path, "a")) == NULL)
		return;
	clock_gettime(CLOCK_MONOTONIC, &key_since);
	snprintf(key_event, sizeof key_event, "start");
}

static void
key_times_wait(void)
{
	struct timespec t;

	if (key_times == NULL || key_event[0] == '\0')
		return;
	clock_gettime(CLOCK_MONOTONIC, &t);
	fprintf(key_times, "%s %ld\n", key_event,
	    (long)(t.tv_sec - key_since.tv_sec) * 1000000 +
	    (long)(t.tv_nsec - key_since.tv_nsec) / 1000);
	fflush(key_times);
	key_event[0] = '\0';
}

static void
key_times_got(int r, int key)
{
	if (key_times == NULL)
		return;
	clock_gettime(CLOCK_MONOTONIC, &key_since);
	if (r == TUI_KEY_TIMEOUT)
		snprintf(key_event, sizeof key_event, "timeout");
	else
		snprintf(key_event, sizeof key_event, "%d", key);
}

static int getkey_wait(struct tui_app *app, int *key, int ms);

int
tui_getkey_timeout(struct tui_app *app, int *key, int ms)
{
	int r;

	key_times_wait();
	r = getkey_wait(app, key, ms);
	key_times_got(r, r >= 0 ? *key : 0);
	return r;
}

static int
getkey_wait(struct tui_app *app, int *key, int ms)
{
	struct timespec t0;
	wint_t wch;
	long left;
	int r, slice;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (;;) {
		if (quit_signal)
			return -1;
		tui_suspend_check();
		slice = SLICE_MS;
		if (ms >= 0) {
			left = ms - elapsed_ms(&t0);
			if (left <= 0)
				return TUI_KEY_TIMEOUT;
			if (left < slice)
				slice = (int)left;
		}
		wtimeout(app->input, slice);
		r = wget_wch(app->input, &wch);
		if (r == ERR)
			continue;
		*key = (int)wch;
		if (r == KEY_CODE_YES) {
			if (wch == KEY_RESIZE) {
				relayout(app);
				return 0;
			}
			app->msg[0] = '\0';
			return 0;
		}
		app->msg[0] = '\0';
		return 1;
	}
}

int
tui_getkey(struct tui_app *app, int *key)
{
	return tui_getkey_timeout(app, key, -1);
}

/* ------------------------------------------------------------ key tables */

static int
alt_is_code(int alt)
{
	return alt >= KEY_MIN && alt <= KEY_MAX;
}

const struct tui_key *
tui_key_find(const struct tui_key *table, int key, int is_wide)
{
	const struct tui_key *k;

	for (k = table; k != NULL && k->key != 0; k++) {
		if (k->key == key && !k->is_wide == !is_wide)
			return k;
		if (k->alt != 0 && k->alt == key &&
		    alt_is_code(k->alt) == !is_wide)
			return k;
	}
	return NULL;
}

int
tui_dispatch(struct tui_app *app, const struct tui_key *table, int key,
    int is_wide, void *state, int *found)
{
	const struct tui_key *k = tui_key_find(table, key, is_wide);

	if (found != NULL)
		*found = k != NULL;
	if (k == NULL || k->fn == NULL)
		return TUI_NONE;
	return k->fn(app, state);
}

/* ------------------------------------------------------------ yes / no */

/* The first character of a translated one-letter answer. */
static wchar_t
answer_letter(const char *s)
{
	wchar_t wc = 0;

	if (mbtowc(&wc, s, strlen(s)) <= 0)
		return 0;
	return (wchar_t)towlower((wint_t)wc);
}

void
tui_repaint_under(struct tui_app *app)
{
	if (app->repaint != NULL)
		app->repaint(app);
	else {
		touchwin(stdscr);
		wnoutrefresh(stdscr);
	}
}

int
tui_confirm(struct tui_app *app, const char *question)
{
	/* TRANSLATORS: the one-letter answer "yes" typed at a question
	   (lower case) */
	const char *yes = _("y");
	/* TRANSLATORS: the one-letter answer "no" typed at a question */
	const char *no = _("n");
	wchar_t y = answer_letter(yes), n = answer_letter(no), lc;
	struct strlist lines = { 0 };
	WINDOW *w;
	char *text;
	int r, key, x, rows, i;

	/* TRANSLATORS: a yes/no question and its two answer letters,
	   "Erase the contact details? [y/n]" */
	text = xasprintf(_("%s [%s/%s]"), question, yes, no);
	for (;;) {
		/* The whole question, over more rows when it is long. */
		sl_clear(&lines);
		rows = (int)tui_wrap(text, COLS > 2 ? COLS - 1 : 1, &lines);
		if (rows > LINES / 2)
			rows = LINES / 2 > 0 ? LINES / 2 : 1;
		w = newwin(rows, COLS, LINES - rows, 0);
		if (w == NULL) {
			sl_clear(&lines);
			free(text);
			return -1;
		}
		wattrset(w, tui_attr(app, TA_WARNING));
		for (i = 0, x = 0; i < rows; i++)
			x = tui_put(w, i, 0, COLS - 1, lines.v[i]);
		wattrset(w, A_NORMAL);
		wmove(w, rows - 1, x < COLS - 1 ? x + 1 : COLS - 1);
		wnoutrefresh(w);
		doupdate();
		r = tui_getkey(app, &key);
		delwin(w);
		if (r < 0) {
			sl_clear(&lines);
			free(text);
			return -1;
		}
		if (r == 0 && key == KEY_RESIZE) {
			tui_repaint_under(app);
			continue;
		}
		if (r == 1) {
			lc = (wchar_t)towlower((wint_t)key);
			if (lc == y || (lc == L'y' && n != L'y')) {
				sl_clear(&lines);
				free(text);
				return 1;
			}
			if (lc == n || (lc == L'n' && y != L'n') || key == 27) {
				sl_clear(&lines);
				free(text);
				return 0;
			}
			if (key == 12)
				tui_repaint_under(app);
		}
	}
}

/* ------------------------------------------------------------ one line */

struct prompt {
	WINDOW	*win, *sub;
	FIELD	*field[2];
	FORM	*form;
};

static void
prompt_close(struct prompt *p)
{
	if (p->form != NULL) {
		unpost_form(p->form);
		free_form(p->form);
	}
	if (p->field[0] != NULL)
		free_field(p->field[0]);
	if (p->sub != NULL)
		delwin(p->sub);
	if (p->win != NULL)
		delwin(p->win);
	memset(p, 0, sizeof *p);
}

/* The text of the field, trailing blanks removed. Caller frees. */
static char *
prompt_text(struct prompt *p)
{
	char *s;
	size_t n;

	form_driver(p->form, REQ_VALIDATION);
	s = xstrdup(field_buffer(p->field[0], 0));
	n = strlen(s);
	while (n > 0 && s[n - 1] == ' ')
		s[--n] = '\0';
	return s;
}

static int
prompt_open(struct tui_app *app, struct prompt *p, const char *label,
    const char *text)
{
	int lw, fw;
	char *clean;

	memset(p, 0, sizeof *p);
	lw = tui_width(label);
	if (lw > COLS / 2)
		lw = COLS / 2;
	fw = COLS - lw - 2;
	if (fw < 4)
		return -1;
	if ((p->win = newwin(1, COLS, LINES - 1, 0)) == NULL)
		return -1;
	tui_put(p->win, 0, 0, lw, label);
	p->field[0] = new_field(1, fw, 0, 0, 0, 0);
	if (p->field[0] == NULL) {
		prompt_close(p);
		return -1;
	}
	/* Dynamic: scrolls sideways beyond the visible width. */
	field_opts_off(p->field[0], O_AUTOSKIP | O_STATIC | O_BLANK);
	set_max_field(p->field[0], 1000);
	set_field_back(p->field[0], tui_attr(app, TA_FIELD));
	clean = report_sanitize(text, 0);
	set_field_buffer(p->field[0], 0, clean);
	free(clean);
	p->form = new_form(p->field);
	p->sub = derwin(p->win, 1, fw, 0, lw + 1);
	if (p->form == NULL || p->sub == NULL) {
		prompt_close(p);
		return -1;
	}
	set_form_win(p->form, p->win);
	set_form_sub(p->form, p->sub);
	if (post_form(p->form) != E_OK) {
		prompt_close(p);
		return -1;
	}
	form_driver(p->form, REQ_END_LINE);
	return 0;
}

static void
prompt_show(struct prompt *p)
{
	pos_form_cursor(p->form);
	touchwin(p->win);
	wnoutrefresh(p->win);
	doupdate();
}

/* The form request for a key code, or 0. */
static int
prompt_request(int key, int is_wide)
{
	if (is_wide) {
		switch (key) {
		case 127:
		case 8:
			return REQ_DEL_PREV;
		case 1:		/* Ctrl-A */
			return REQ_BEG_LINE;
		case 5:		/* Ctrl-E */
			return REQ_END_LINE;
		case 11:	/* Ctrl-K */
			return REQ_CLR_EOL;
		case 21:	/* Ctrl-U */
			return REQ_CLR_FIELD;
		default:
			return 0;
		}
	}
	switch (key) {
	case KEY_LEFT:
		return REQ_PREV_CHAR;
	case KEY_RIGHT:
		return REQ_NEXT_CHAR;
	case KEY_HOME:
		return REQ_BEG_LINE;
	case KEY_END:
		return REQ_END_LINE;
	case KEY_BACKSPACE:
		return REQ_DEL_PREV;
	case KEY_DC:
		return REQ_DEL_CHAR;
	default:
		return 0;
	}
}

/* Tell changed about the text, if it differs from what it last saw;
 * *more is what it answers (work left to do between keys). */
static void
prompt_notify(struct tui_app *app, struct prompt *p, char **last,
    int (*changed)(struct tui_app *, const char *, void *), void *arg,
    int *more)
{
	char *now = prompt_text(p);

	if (strcmp(now, *last) != 0) {
		*more = changed(app, now, arg);
		free(*last);
		*last = now;
	} else
		free(now);
}

char *
tui_prompt_live(struct tui_app *app, const char *label, const char *init,
    int (*changed)(struct tui_app *, const char *, void *), void *arg)
{
	struct prompt p;
	char *last = xstrdup(init != NULL ? init : ""), *now;
	int r, key, req, pending = 0, more = 0;

	if (prompt_open(app, &p, label, last) != 0) {
		free(last);
		return NULL;
	}
	for (;;) {
		prompt_show(&p);
		/* Typing on: the callback waits for a pause, so a search
		 * over a large register does not run for every letter. */
		r = tui_getkey_timeout(app, &key, pending ? PAUSE_MS :
		    more ? WORK_MS : -1);
		if (r == TUI_KEY_TIMEOUT) {
			if (pending) {
				pending = 0;
				prompt_notify(app, &p, &last, changed, arg,
				    &more);
			} else if (more)
				/* Between keys: the callback works on. */
				more = changed(app, NULL, arg);
			continue;
		}
		if (r < 0)
			break;
		if ((r == 0 && key == KEY_RESIZE) || (r == 1 && key == 12)) {
			now = prompt_text(&p);
			prompt_close(&p);
			tui_repaint_under(app);
			r = prompt_open(app, &p, label, now);
			free(now);
			if (r != 0)
				break;
			continue;
		}
		if (r == 1 && key == 27)
			break;
		if ((r == 1 && (key == '\n' || key == '\r')) ||
		    (r == 0 && key == KEY_ENTER)) {
			if (pending)
				prompt_notify(app, &p, &last, changed, arg,
				    &more);
			now = prompt_text(&p);
			prompt_close(&p);
			free(last);
			touchwin(stdscr);
			return now;
		}
		if ((req = prompt_request(key, r)) != 0)
			form_driver(p.form, req);
		else if (r == 1 && key >= 32 && key != 127)
			form_driver_w(p.form, OK, (wchar_t)key);
		else
			continue;
		if (changed != NULL)
			pending = 1;
	}
	prompt_close(&p);
	free(last);
	touchwin(stdscr);
	return NULL;
}

char *
tui_prompt(struct tui_app *app, const char *label, const char *init)
{
	return tui_prompt_live(app, label, init, NULL, NULL);
}
