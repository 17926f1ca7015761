/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * tui.h: the keyboard-only screens. src/tui/ is the only place that
 * includes <curses.h>, <form.h> and <menu.h>. Screens call the domain for
 * every rule and the store for every read and write; no SQL and no
 * lifecycle rule lives here.
 *
 * Structure (tmux's window modes, htop's actions): a screen is a
 * descriptor with enter/leave/draw and a key table; a key table row is
 * { key, alt key, handler, N_("help text") } and both the help screen and
 * the status line are generated from it. Handlers return TUI_* flags; one
 * function repaints and calls doupdate().
 *
 * Modal components (forms, the lifecycle dialog, child lists) run their
 * own get_wch loop on top of the current screen and return TUI_* flags.
 * This public header carries no curses type; the screens' shared
 * internals are in src/tui/tui-int.h.
 */
#ifndef DIALOGREG_TUI_H
#define DIALOGREG_TUI_H

#include "dialogue.h"
#include "store.h"

/* Reaction flags returned by handlers and modal components. */
#define TUI_NONE	0x00
#define TUI_REDRAW	0x01	/* repaint the current screen */
#define TUI_RELOAD	0x02	/* data changed: reload from the store */
#define TUI_BACK	0x04	/* leave the current screen */
#define TUI_QUIT	0x08	/* leave the program (also on SIGTERM/SIGHUP) */

/*
 * Run the screens on the register opened in st until the user quits.
 * Initialises and always restores the terminal (normal exit, error,
 * SIGINT, SIGTERM, SIGHUP). Returns the exit status: 0, 5 when the
 * terminal cannot be used, 128 + N when signal N ended the screens.
 */
int tui_run(struct store *st, struct dlg_settings *settings,
    struct dlg_methods *methods, struct dlg_bodies *bodies, const char *who,
    long today);

#endif
