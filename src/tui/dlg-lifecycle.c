/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dlg-lifecycle.c: the lifecycle dialog (change state). Owns the list of
 * the steps a dialogue can take from its state (forward, back, reject,
 * cancel: whatever dlg_move_kind allows), the checklist of each step
 * from the domain's guard (met, or every missing item) with what the
 * policy only recommends for it (warnings, never counted as missing),
 * the rules behind the checklist on the help key, what happens on a
 * refused step (every missing item, and the offer to open the form at
 * the first missing field), asking for the reason of a step back, a
 * rejection or a cancellation, and the move itself: dlg_transition, then
 * store_dialogue_update with the version the dialog was opened with.
 */
#include "config.h"

#include <limits.h>
#include <menu.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "i18n.h"
#include "tui-int.h"

struct step {
	enum dlg_state		 to;
	enum dlg_move		 kind;
	struct dlg_issues	 missing;	/* what the guard lacks */
	struct dlg_issues	 advice;	/* what the policy only
						   recommends ("bör") */
	int			 needs_reason;
	char			*line;		/* the menu line */
};

struct lc {
	struct tui_app		*app;
	const char		*ref;
	struct dialogue		*d;
	struct step		 steps[DLG_NSTATES];
	int			 n;
	int			 cur;		/* highlighted step */
	int			 ctop;		/* checklist scrolled by */
	int			 crows;		/* checklist rows shown */
	int			 clines;	/* checklist rows in all */
	int			 done;		/* leave the dialog */
	int			 flags;		/* TUI_* to return */
	WINDOW			*win, *sub;
	MENU			*menu;
	ITEM			**items;
};

/* s with its first letter in upper case. Caller frees. */
static char *
capitalise(const char *s)
{
	wchar_t wc;
	char mb[MB_LEN_MAX + 1];
	int n = mbtowc(&wc, s, strlen(s)), k;

	if (n <= 0)
		return xstrdup(s);
	k = wctomb(mb, (wchar_t)towupper((wint_t)wc));
	if (k <= 0)
		return xstrdup(s);
	mb[k] = '\0';
	return xasprintf("%s%s", mb, s + n);
}

static void
steps_clear(struct lc *lc)
{
	int i;

	for (i = 0; i < lc->n; i++) {
		dlg_issues_clear(&lc->steps[i].missing);
		dlg_issues_clear(&lc->steps[i].advice);
		free(lc->steps[i].line);
	}
	lc->n = 0;
}

/* The order the steps are offered in: on first, then the others. */
static const enum dlg_move move_order[] = {
	DLG_MOVE_FORWARD, DLG_MOVE_BACK, DLG_MOVE_REJECT, DLG_MOVE_CANCEL,
};

/* Remove the "reason missing" item: the dialog asks for it. */
static void
drop_reason_item(struct dlg_issues *l)
{
	size_t i, k = 0;

	for (i = 0; i < l->n; i++) {
		if (strcmp(l->v[i].code, "missing_reason") == 0) {
			free(l->v[i].text);
			continue;
		}
		l->v[k++] = l->v[i];
	}
	l->n = k;
}

static void
steps_load(struct lc *lc)
{
	struct step *st;
	char *step, *status;
	size_t m;
	int s;

	steps_clear(lc);
	for (m = 0; m < sizeof move_order / sizeof move_order[0]; m++)
		for (s = 0; s < DLG_NSTATES; s++) {
			if (dlg_move_kind(lc->d->state, (enum dlg_state)s) !=
			    move_order[m])
				continue;
			st = &lc->steps[lc->n++];
			memset(st, 0, sizeof *st);
			st->to = (enum dlg_state)s;
			st->kind = move_order[m];
			st->needs_reason = st->kind != DLG_MOVE_FORWARD;
			dlg_guard(lc->d, st->to, NULL, lc->app->settings,
			    lc->app->today, &st->missing);
			drop_reason_item(&st->missing);
			/* A step back goes to a step already taken: what
			 * that step recommends is no advice for it. */
			if (st->kind != DLG_MOVE_BACK)
				dlg_step_advice(lc->d, st->to,
				    lc->app->settings, lc->app->today,
				    &st->advice);
			if (st->kind == DLG_MOVE_BACK)
				step = xstrdup(_("Step back"));
			else
				step = capitalise(dlg_state_step(st->to));
			if (st->missing.n > 0)
				status = xasprintf(ngettext("%d item missing",
				    "%d items missing", (int)st->missing.n),
				    (int)st->missing.n);
			else if (st->needs_reason)
				/* TRANSLATORS: a step that can be taken
				   once a reason is given */
				status = xstrdup(_("ready, asks for a reason"));
			else
				/* TRANSLATORS: a step whose requirements
				   are all met */
				status = xstrdup(_("ready"));
			/* TRANSLATORS: a line of the lifecycle menu: the
			   step, the state it leads to and whether it can be
			   taken: "Decide (becomes Decided): 3 items
			   missing" */
			st->line = xasprintf(_("%s (becomes %s): %s"), step,
			    dlg_state_label(st->to), status);
			free(step);
			free(status);
		}
	if (lc->cur >= lc->n)
		lc->cur = lc->n > 0 ? lc->n - 1 : 0;
}

static int
lc_load(struct lc *lc)
{
	struct dlg_error err;
	struct dialogue *d = NULL;

	err_clear(&err);
	if (store_dialogue_load(lc->app->st, lc->ref, &d, &err) != 0) {
		tui_message(lc->app, TA_ERROR, "%s", err.msg);
		return -1;
	}
	dlg_free(lc->d);
	lc->d = d;
	steps_load(lc);
	return 0;
}

/* ------------------------------------------------------------ drawing */

static void
lc_close(struct lc *lc)
{
	int i;

	if (lc->menu != NULL) {
		lc->cur = item_index(current_item(lc->menu));
		unpost_menu(lc->menu);
		free_menu(lc->menu);
		lc->menu = NULL;
	}
	for (i = 0; lc->items != NULL && lc->items[i] != NULL; i++)
		free_item(lc->items[i]);
	free(lc->items);
	lc->items = NULL;
	if (lc->sub != NULL)
		delwin(lc->sub);
	if (lc->win != NULL)
		delwin(lc->win);
	lc->sub = lc->win = NULL;
}

/*
 * The checklist of the highlighted step, as lines: what is missing (or
 * that nothing is), then what the policy only recommends, marked as
 * warnings. With rules, each item is followed by the rule behind it.
 * Returns the line of the warnings' heading, or -1 when there is none.
 */
static int
checklist(struct lc *lc, int with_rules, struct strlist *out)
{
	struct step *st = &lc->steps[lc->cur];
	char *head;
	size_t i;
	int advice_at = -1;

	if (st->missing.n == 0) {
		tui_wrap(st->needs_reason ? _("Everything this step needs is "
		    "in place; you are asked for the reason when you take "
		    "it.") : _("Everything this step needs is in place."),
		    COLS - 4, out);
	} else {
		head = xasprintf(ngettext("Missing for this step (%d item):",
		    "Missing for this step (%d items):", (int)st->missing.n),
		    (int)st->missing.n);
		tui_wrap(head, COLS - 4, out);
		free(head);
	}
	for (i = 0; i < st->missing.n; i++)
		tui_issue_lines(lc->app, "- ", &st->missing.v[i], with_rules ?
		    dlg_rule_find(st->missing.v[i].code, (int)st->to) : NULL,
		    COLS - 4, out);
	if (st->advice.n == 0)
		return -1;
	advice_at = (int)out->n;
	/* TRANSLATORS: heading of what the policy only recommends for a
	   step ("bör", "överväg"): warnings that never stop it */
	head = xasprintf(ngettext("Recommended, not required (%d warning):",
	    "Recommended, not required (%d warnings):", (int)st->advice.n),
	    (int)st->advice.n);
	tui_wrap(head, COLS - 4, out);
	free(head);
	for (i = 0; i < st->advice.n; i++)
		/* The step's own rows: advice is raised by the step's
		 * rules, as the guard's items are. */
		tui_issue_lines(lc->app, "! ", &st->advice.v[i], with_rules ?
		    dlg_rule_find(st->advice.v[i].code, (int)st->to) : NULL,
		    COLS - 4, out);
	return advice_at;
}

static int
lc_open(struct lc *lc)
{
	char *title;
	int i, y;

	if ((lc->win = newwin(LINES - 1, COLS, 0, 0)) == NULL)
		return -1;
	leaveok(lc->win, FALSE);
	wattrset(lc->win, tui_attr(lc->app, TA_TITLE));
	mvwhline(lc->win, 0, 0, ' ', COLS);
	/* TRANSLATORS: title of the lifecycle dialog: reference, title */
	title = xasprintf(_("Change state: %s %s"), lc->ref,
	    dlg_get(lc->d, F_TITLE) != NULL ? dlg_get(lc->d, F_TITLE) : "");
	tui_put(lc->win, 0, 1, COLS - 2, title);
	free(title);
	wattrset(lc->win, A_NORMAL);
	/* TRANSLATORS: the state a dialogue is in now */
	title = xasprintf(_("Now: %s"), dlg_state_label(lc->d->state));
	wattrset(lc->win, A_BOLD);
	tui_put(lc->win, 2, 2, COLS - 4, title);
	wattrset(lc->win, A_NORMAL);
	free(title);
	if (lc->n == 0) {
		tui_put(lc->win, 4, 2, COLS - 4, _("No step leads on from "
		    "this state."));
		return 0;
	}
	tui_put(lc->win, 4, 2, COLS - 4, _("Steps you can take:"));
	lc->items = xcalloc((size_t)lc->n + 1, sizeof *lc->items);
	for (i = 0; i < lc->n; i++)
		if ((lc->items[i] = new_item(lc->steps[i].line, "")) == NULL)
			return -1;
	y = 5;
	if ((lc->menu = new_menu(lc->items)) == NULL ||
	    (lc->sub = derwin(lc->win, lc->n, COLS - 6, y, 4)) == NULL)
		return -1;
	menu_opts_off(lc->menu, O_SHOWDESC);
	set_menu_mark(lc->menu, "> ");
	set_menu_fore(lc->menu, tui_attr(lc->app, TA_SELECTED));
	set_menu_back(lc->menu, A_NORMAL);
	set_menu_win(lc->menu, lc->win);
	set_menu_sub(lc->menu, lc->sub);
	set_menu_format(lc->menu, lc->n, 1);
	if (post_menu(lc->menu) != E_OK)
		return -1;
	set_current_item(lc->menu, lc->items[lc->cur]);
	return 0;
}

/* Draw the checklist of the highlighted step under the menu. */
static void
lc_draw_checklist(struct lc *lc)
{
	struct strlist lines = { 0 };
	int y0 = 5 + lc->n + 1, y, i, advice_at, head;

	if (lc->n == 0)
		return;
	lc->cur = item_index(current_item(lc->menu));
	for (y = y0; y < LINES - 1; y++) {
		wmove(lc->win, y, 0);
		wclrtoeol(lc->win);
	}
	tui_hline(lc->app, lc->win, y0, 2, COLS - 4);
	advice_at = checklist(lc, 0, &lines);
	lc->crows = LINES - 1 - (y0 + 1);
	lc->clines = (int)lines.n;
	if (lc->ctop > lc->clines - lc->crows)
		lc->ctop = lc->clines - lc->crows;
	if (lc->ctop < 0)
		lc->ctop = 0;
	for (i = 0; i < lc->crows && lc->ctop + i < (int)lines.n; i++) {
		/* The headings of what is missing and of the warnings. */
		head = (lc->ctop + i == 0 &&
		    lc->steps[lc->cur].missing.n > 0) ||
		    lc->ctop + i == advice_at;
		if (head)
			wattrset(lc->win, tui_attr(lc->app, TA_WARNING));
		tui_put(lc->win, y0 + 1 + i, 2, COLS - 4,
		    lines.v[lc->ctop + i]);
		wattrset(lc->win, A_NORMAL);
	}
	if (lc->ctop + lc->crows < lc->clines)
		mvwaddstr(lc->win, LINES - 2, COLS - 2, lc->app->ascii ? "v" :
		    "\xe2\x86\x93");
	sl_clear(&lines);
}

/* ------------------------------------------------------------ acting */

static void
lc_repaint(struct tui_app *app);
static struct lc *painting;

/* Open the form at the first missing field of the step. */
static void
fill_in(struct lc *lc, const struct step *st)
{
	size_t i;
	int field = -1;

	for (i = 0; i < st->missing.n; i++)
		if (st->missing.v[i].field >= 0) {
			field = st->missing.v[i].field;
			break;
		}
	if (field < 0 && st->missing.n == 0) {
		/* Nothing missing: the form at its start. */
		lc_close(lc);
		lc->flags |= tui_form_dialogue(lc->app, lc->ref, -1, NULL);
		goto back;
	}
	if (field < 0) {
		tui_message(lc->app, TA_WARNING, "%s", _("No field of the form "
		    "can fill what is missing: add a session or feedback "
		    "first."));
		return;
	}
	lc_close(lc);
	lc->flags |= tui_form_dialogue_fill(lc->app, lc->ref, st->to,
	    &st->missing);
back:
	if (lc->flags & TUI_QUIT) {
		lc->done = 1;
		return;
	}
	lc->app->repaint = lc_repaint;
	painting = lc;
	lc_load(lc);
}

/* A refused step: every missing item, and the way to the form. */
static void
refused(struct lc *lc, const struct step *st, const struct dlg_issues *l)
{
	struct strbuf sb;
	char *title, *step;
	size_t i;
	int has_field = 0, r;

	sb_init(&sb);
	sb_addf(&sb, ngettext("%d item is missing:", "%d items are missing:",
	    (int)l->n), (int)l->n);
	for (i = 0; i < l->n; i++) {
		struct strlist item = { 0 };
		size_t k;

		tui_wrap_hang(l->v[i].text, COLS - 4, "- ", "  ", &item);
		for (k = 0; k < item.n; k++)
			sb_addf(&sb, "\n%s", item.v[k]);
		sl_clear(&item);
		has_field |= l->v[i].field >= 0;
	}
	if (has_field) {
		sb_add(&sb, "\n\n");
		sb_add(&sb, _("Press Enter to open the form at the first "
		    "missing field."));
	}
	step = capitalise(st->kind == DLG_MOVE_BACK ? _("step back") :
	    dlg_state_step(st->to));
	/* TRANSLATORS: title of the list of what a step lacks:
	   "Decide: not possible yet" */
	title = xasprintf(_("%s: not possible yet"), step);
	lc_close(lc);
	r = tui_pager(lc->app, title, sb.buf, has_field);
	free(title);
	free(step);
	sb_release(&sb);
	if (r < 0) {
		lc->flags |= TUI_QUIT;
		lc->done = 1;
		return;
	}
	if (r == 1) {
		struct step copy = *st;

		/* The list may be reloaded under us: use a copy. */
		memset(&copy.missing, 0, sizeof copy.missing);
		for (i = 0; i < l->n; i++)
			dlg_issues_add(&copy.missing, l->v[i].code,
			    l->v[i].field, "%s", l->v[i].text);
		copy.line = NULL;
		fill_in(lc, &copy);
		dlg_issues_clear(&copy.missing);
	}
}

/* Take the highlighted step. */
static void
take(struct lc *lc)
{
	struct step *st = &lc->steps[lc->cur];
	struct dlg_issues missing = { 0 };
	struct dialogue *d;
	struct dlg_error err;
	const char *ask;
	char *reason = NULL, *q;
	int r;

	if (st->missing.n > 0) {
		refused(lc, st, &st->missing);
		return;
	}
	if (st->needs_reason) {
		ask = st->kind == DLG_MOVE_BACK ? _("Why step back? ") :
		    st->kind == DLG_MOVE_REJECT ? _("Why is it rejected? ") :
		    _("Why is the dialogue cancelled? ");
		reason = tui_prompt_text(lc->app, ask, _("Reason"), NULL);
		if (reason == NULL) {
			if (tui_quit_pending()) {
				lc->flags |= TUI_QUIT;
				lc->done = 1;
			} else
				tui_message(lc->app, TA_NORMAL, "%s",
				    _("Nothing was changed."));
			return;
		}
	} else {
		q = xasprintf(_("Move %s to %s?"), lc->ref,
		    dlg_state_label(st->to));
		r = tui_confirm(lc->app, q);
		free(q);
		if (r < 0) {
			lc->flags |= TUI_QUIT;
			lc->done = 1;
		}
		if (r != 1)
			return;
	}
	d = dlg_dup(lc->d);
	err_clear(&err);
	if (dlg_transition(d, st->to, reason, lc->app->settings,
	    lc->app->today, &missing, &err) != 0) {
		refused(lc, st, &missing);
		goto out;
	}
	err_clear(&err);
	if (store_dialogue_update(lc->app->st, d, lc->d->version, reason,
	    lc->app->who, &err) != 0) {
		/* Someone else changed it: show who and what, and the
		 * checklists of the version stored now. */
		tui_message(lc->app, TA_ERROR, "%s", err.msg);
		lc_close(lc);
		lc_load(lc);
		goto out;
	}
	tui_message(lc->app, TA_NORMAL, _("%s is now %s (version %lld)."),
	    d->ref, dlg_state_label(d->state), d->version);
	lc->flags |= TUI_RELOAD;
	lc->done = 1;
out:
	dlg_issues_clear(&missing);
	dlg_free(d);
	free(reason);
}

/* ------------------------------------------------------------ keys */

static int
lk_take(struct tui_app *app, void *arg)
{
	struct lc *lc = arg;

	if (lc->n > 0)
		take(lc);
	return TUI_NONE;
}

static int
lk_fill(struct tui_app *app, void *arg)
{
	struct lc *lc = arg;

	if (lc->n > 0)
		fill_in(lc, &lc->steps[lc->cur]);
	return TUI_NONE;
}

static int
lk_back(struct tui_app *app, void *arg)
{
	((struct lc *)arg)->done = 1;
	return TUI_NONE;
}

static int
lk_down(struct tui_app *app, void *arg)
{
	struct lc *lc = arg;

	if (lc->menu != NULL)
		menu_driver(lc->menu, REQ_DOWN_ITEM);
	lc->ctop = 0;
	return TUI_NONE;
}

static int
lk_up(struct tui_app *app, void *arg)
{
	struct lc *lc = arg;

	if (lc->menu != NULL)
		menu_driver(lc->menu, REQ_UP_ITEM);
	lc->ctop = 0;
	return TUI_NONE;
}

static int
lk_pgdn(struct tui_app *app, void *arg)
{
	struct lc *lc = arg;

	lc->ctop += lc->crows > 1 ? lc->crows - 1 : 1;
	return TUI_NONE;
}

static int
lk_pgup(struct tui_app *app, void *arg)
{
	struct lc *lc = arg;

	lc->ctop -= lc->crows > 1 ? lc->crows - 1 : 1;
	if (lc->ctop < 0)
		lc->ctop = 0;
	return TUI_NONE;
}

static int
lk_redraw(struct tui_app *app, void *arg)
{
	lc_close(arg);
	clearok(curscr, TRUE);
	return TUI_REDRAW;
}

static int lk_help(struct tui_app *, void *);

static const struct tui_key lifecycle_keys[] = {
	{ '\n', KEY_ENTER, 1, lk_take, N_("Take step"),
	    N_("Take the highlighted step; a refused step lists every "
	    "missing item") },
	{ '\r', 0, 1, lk_take, NULL, NULL },
	{ 'e', 0, 1, lk_fill, N_("Fill in"),
	    N_("Open the form at the first field the step is missing") },
	{ 'q', 27, 1, lk_back, N_("Back"),
	    N_("Close this dialog without changing anything") },
	{ '?', KEY_F(1), 1, lk_help, N_("Help"),
	    N_("Show the rules behind the step's checklist, then these "
	    "keys") },
	{ 'j', KEY_DOWN, 1, lk_down, NULL, N_("The next step") },
	{ 'k', KEY_UP, 1, lk_up, NULL, N_("The previous step") },
	{ ' ', KEY_NPAGE, 1, lk_pgdn, NULL,
	    N_("Scroll the checklist down") },
	{ KEY_PPAGE, 0, 0, lk_pgup, NULL, N_("Scroll the checklist up") },
	{ 12, 0, 1, lk_redraw, NULL, N_("Draw the screen again") },
	{ 0, 0, 0, NULL, NULL, NULL }
};

/*
 * Help: the rule behind every item of the highlighted step's checklist,
 * each item followed by its rule, then the keys. The items are not
 * made selectable: the arrows already choose the step, and a second
 * cursor in the checklist would need a key to move between the two
 * (Tab), which a keyboard user has to discover and keep track of. One
 * key on the step the cursor is on shows all it needs and why, in a
 * page that scrolls like the checklist; the next step is one arrow
 * and ? away.
 */
static int
lk_help(struct tui_app *app, void *arg)
{
	struct lc *lc = arg;
	struct strlist lines = { 0 };
	char *before = NULL, *legend, *text;
	int r;

	if (lc->n > 0) {
		if (lc->menu != NULL)
			lc->cur = item_index(current_item(lc->menu));
		sl_push(&lines, lc->steps[lc->cur].line);
		sl_push(&lines, "");
		(void)checklist(lc, 1, &lines);
		before = tui_join(&lines);
		sl_clear(&lines);
	}
	lc_close(lc);
	/* The items name the policy rules: say what the references are. */
	legend = tui_policy_legend(app);
	text = xasprintf("%s\n\n%s", _("Each step shows what it needs, from "
	    "the same rules the command line uses. Stepping back, rejecting "
	    "and cancelling the dialogue ask for a reason, which is kept in "
	    "the history."), legend);
	r = tui_help_page(app, _("Change state"), before, lifecycle_keys,
	    text);
	free(text);
	free(legend);
	free(before);
	if (r & TUI_QUIT) {
		lc->flags |= TUI_QUIT;
		lc->done = 1;
	}
	return r;
}

static void
lc_show(struct lc *lc)
{
	if (lc->win == NULL && lc_open(lc) != 0)
		return;
	if (lc->menu != NULL)
		lc_draw_checklist(lc);
	if (lc->menu != NULL)
		pos_menu_cursor(lc->menu);
	else
		wmove(lc->win, 2, 2);
	touchwin(lc->win);
	wnoutrefresh(lc->win);
}

static void
lc_repaint(struct tui_app *app)
{
	if (painting == NULL)
		return;
	lc_close(painting);
	lc_show(painting);
	tui_status_keys(app, lifecycle_keys);
}

int
tui_lifecycle(struct tui_app *app, const char *ref)
{
	void (*saved_repaint)(struct tui_app *) = app->repaint;
	struct lc *saved_painting = painting;
	struct lc lc;
	int r, key;

	memset(&lc, 0, sizeof lc);
	lc.app = app;
	lc.ref = ref;
	lc.flags = TUI_REDRAW;
	if (lc_load(&lc) != 0)
		return TUI_REDRAW;
	painting = &lc;
	app->repaint = lc_repaint;
	while (!lc.done) {
		if (tui_quit_pending()) {
			lc.flags |= TUI_QUIT;
			break;
		}
		if (!tui_size_ok(app)) {
			lc_close(&lc);
			if (tui_getkey(app, &key) < 0) {
				lc.flags |= TUI_QUIT;
				lc.done = 1;
			}
			continue;
		}
		lc_show(&lc);
		if (lc.win == NULL) {
			tui_message(app, TA_ERROR, "%s", _("The dialog does not "
			    "fit on the screen; make the window larger."));
			break;
		}
		tui_status_keys(app, lifecycle_keys);
		curs_set(1);
		doupdate();
		r = tui_getkey(app, &key);
		if (r < 0) {
			lc.flags |= TUI_QUIT;
			break;
		}
		if (r == 0 && key == KEY_RESIZE) {
			lc_close(&lc);
			continue;
		}
		tui_dispatch(app, lifecycle_keys, key, r, &lc, NULL);
	}
	lc_close(&lc);
	steps_clear(&lc);
	dlg_free(lc.d);
	app->repaint = saved_repaint;
	painting = saved_painting;
	return lc.flags;
}
