/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * tui.c: the life of the terminal. Owns setting curses up (cbreak, no
 * echo, keypad, a short Esc delay, the cursor visible on the selected
 * row for screen readers and braille displays, colours only when the
 * terminal has them and NO_COLOR is not set, on the terminal's own
 * background, ASCII drawing when the terminal or locale cannot draw
 * lines), restoring it on every way out (normal exit, error, SIGINT,
 * SIGTERM, SIGHUP; atexit as the last resort), and the loop every screen
 * runs in: draw, read a key, dispatch it from the screen's key table.
 */
#include "config.h"

#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "i18n.h"
#include "tui-int.h"

/* The screen drawn under modal components (app->repaint). */
static const struct tui_screen	*cur_screen;
static void			*cur_state;

static int curses_active;

/* Last resort: whatever path leaves the program, the terminal is reset. */
static void
restore_at_exit(void)
{
	if (curses_active && !isendwin())
		endwin();
}

void
tui_repaint(struct tui_app *app)
{
	if (cur_screen == NULL)
		return;
	if (tui_size_ok(app))
		cur_screen->draw(app, cur_state);
}

static void
repaint_hook(struct tui_app *app)
{
	tui_repaint(app);
}

int
tui_act_redraw(struct tui_app *app, void *state)
{
	clearok(curscr, TRUE);
	return TUI_REDRAW;
}

int
tui_screen_run(struct tui_app *app, const struct tui_screen *s, void *state)
{
	const struct tui_screen *prev_screen = cur_screen;
	void *prev_state = cur_state;
	char name[64];
	int flags = TUI_NONE, r, key, f, found, fit;

	cur_screen = s;
	cur_state = state;
	if (s->enter != NULL)
		s->enter(app, state);
	for (;;) {
		if (tui_quit_pending()) {
			flags = TUI_QUIT;
			break;
		}
		if ((fit = tui_size_ok(app)) != 0)
			s->draw(app, state);
		r = tui_getkey_timeout(app, &key, s->idle != NULL ?
		    s->idle_ms : -1);
		if (r == -1) {
			flags = TUI_QUIT;
			break;
		}
		if (r == TUI_KEY_TIMEOUT) {
			f = s->idle(app, state);
		} else if (r == 0 && key == KEY_RESIZE) {
			continue;
		} else if (!fit) {
			/* Nothing to act on that cannot be seen. */
			continue;
		} else {
			f = tui_dispatch(app, s->keys, key, r, state, &found);
			if (!found)
				tui_message(app, TA_NORMAL, _("The key %s does "
				    "nothing here; ? lists the keys."),
				    tui_key_name(key, r, name, sizeof name));
		}
		if (f & TUI_QUIT) {
			flags = TUI_QUIT;
			break;
		}
		if (f & TUI_BACK)
			break;
	}
	if (s->leave != NULL)
		s->leave(app, state);
	cur_screen = prev_screen;
	cur_state = prev_state;
	return flags;
}

/* Line drawing only when the locale is UTF-8 and the terminal has the
 * alternate character set; vt100 and the Linux console get ASCII. */
static int
want_ascii(int utf8)
{
	static const char *const plain[] = { "vt100", "vt102", "vt220",
	    "linux", "ansi", "dumb" };
	const char *term = termname();
	char *acsc;
	size_t i, n;

	if (!utf8)
		return 1;
	acsc = tigetstr("acsc");
	if (acsc == NULL || acsc == (char *)-1 || *acsc == '\0')
		return 1;
	for (i = 0; term != NULL && i < sizeof plain / sizeof plain[0]; i++) {
		n = strlen(plain[i]);
		if (strncmp(term, plain[i], n) == 0 &&
		    (term[n] == '\0' || term[n] == '-'))
			return 1;
	}
	return 0;
}

/*
 * Ctrl-S saves a form, and Ctrl-S/Ctrl-Q must never freeze the screens as
 * XOFF/XON: flow control is off for the whole session. curses learns the
 * mode (def_prog_mode); endwin() gives the shell its own mode back.
 */
static void
flow_control_off(void)
{
	struct termios t;

	if (tcgetattr(STDIN_FILENO, &t) != 0 || !(t.c_iflag & IXON))
		return;
	t.c_iflag &= ~(tcflag_t)IXON;
	if (tcsetattr(STDIN_FILENO, TCSANOW, &t) == 0)
		def_prog_mode();
}

int
tui_run(struct store *st, struct dlg_settings *settings,
    struct dlg_methods *methods, struct dlg_bodies *bodies, const char *who,
    long today)
{
	static int atexit_done;
	struct tui_app app;
	struct dlg_error cerr;
	SCREEN *scr;
	const char *nc, *term;

	memset(&app, 0, sizeof app);
	app.st = st;
	app.settings = settings;
	app.methods = methods;
	app.bodies = bodies;
	app.who = who;
	app.today = today;
	app.utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	app.repaint = repaint_hook;

	/* A page of the list is an index range and a screenful of
	 * dialogues: 4 MiB of cache holds them and keeps the program small
	 * on any register. */
	err_clear(&cerr);
	(void)store_cache_limit(st, 4096, &cerr);
	tui_key_times_start();
	/* Ours before curses starts, so curses leaves them alone. */
	tui_signals_install();
	if (!atexit_done) {
		atexit(restore_at_exit);
		atexit_done = 1;
	}
	scr = newterm(NULL, stdout, stdin);
	if (scr == NULL) {
		tui_signals_restore();
		term = getenv("TERM");
		fprintf(stderr, _("dialogreg: the screens cannot use the "
		    "terminal '%s'; set TERM to the terminal's type (for "
		    "example xterm-256color), or use the commands: "
		    "'dialogreg --help'\n"), term != NULL ? term : "");
		return ERR_STORAGE;
	}
	curses_active = 1;
	set_term(scr);
	cbreak();
	flow_control_off();
	noecho();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	/* The cursor marks the selection for screen readers (as mutt's
	 * braille_friendly); a terminal without one still works. */
	curs_set(1);
	nc = getenv("NO_COLOR");
	if (has_colors() && (nc == NULL || *nc == '\0')) {
		start_color();
		use_default_colors();
		tui_colors_init();
		app.color = 1;
	}
	app.ascii = want_ascii(app.utf8);
	tui_draw_set_ascii(app.ascii);
	app.input = newpad(1, 1);
	app.status = newwin(1, COLS, LINES - 1, 0);
	if (app.input == NULL || app.status == NULL) {
		endwin();
		curses_active = 0;
		delscreen(scr);
		tui_signals_restore();
		fprintf(stderr, _("dialogreg: the screens cannot start: the "
		    "terminal is too small or out of memory\n"));
		return ERR_STORAGE;
	}
	keypad(app.input, TRUE);

	/* A new register: which policy, before anything is checked. */
	if (!(tui_policy_first(&app) & TUI_QUIT))
		(void)tui_list_run(&app);

	delwin(app.status);
	delwin(app.input);
	endwin();
	curses_active = 0;
	delscreen(scr);
	tui_signals_restore();
	/* Ended by SIGTERM, SIGHUP or SIGINT: say so to the caller as a
	 * shell does (128 + the signal), not as a normal quit. */
	return tui_quit_signal() != 0 ? 128 + tui_quit_signal() : 0;
}
