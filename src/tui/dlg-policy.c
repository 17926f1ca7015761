/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * dlg-policy.c: which policy the register follows, asked in the
 * screens: at the start when the register is new (no dialogue and no
 * policy chosen yet: made by the screens or by `init` without
 * --policy), and from the register list (P) to see it and change it.
 * The choice is stored as the setting "policy" with its history row, and
 * the settings the screens check with are read again at once, so the
 * list, the checklists and the warnings follow it from the next draw.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "tui-int.h"

/* The choices in the order offered, the two policies first, each with
 * one line saying what following it means for the register. */
static const struct {
	enum dlg_policy	 policy;
	const char	*line;
} offered[] = {
	/* TRANSLATORS: a choice of policy and what it means [T5]; at
	   most 66 columns */
	{ DLG_POLICY_TJORN, N_("Tjörn's policy: several bodies concerned, "
	    "the council decides") },
	/* TRANSLATORS: a choice of policy and what it means
	   [S:Förutsättningar]; at most 66 columns */
	{ DLG_POLICY_SOLLENTUNA, N_("Sollentuna's rules: the body decides "
	    "after two yes answers") },
	/* TRANSLATORS: a choice of policy and what it means; at most 66
	   columns */
	{ DLG_POLICY_COMBINED, N_("Both (combined): every rule of either "
	    "policy") },
};
#define NOFFERED	(sizeof offered / sizeof offered[0])

static int
stored_cb(const char *key, const char *value, void *arg)
{
	(void)value;
	if (strcmp(key, "policy") == 0)
		*(int *)arg = 1;
	return 0;
}

/* 1 when the register stores a policy of its own, 0 when not, -1 on a
 * storage error (a message says so). */
static int
policy_stored(struct tui_app *app)
{
	struct dlg_error err;
	int found = 0;

	err_clear(&err);
	if (store_settings_each(app->st, stored_cb, &found, &err) != 0) {
		tui_message(app, TA_ERROR, "%s", err.msg);
		return -1;
	}
	return found;
}

/* The number of dialogues in the register, or -1 (a message says so). */
static long
dialogues(struct tui_app *app)
{
	struct store_query q;
	struct dlg_error err;
	long n = 0;

	memset(&q, 0, sizeof q);
	err_clear(&err);
	if (store_count(app->st, &q, &n, &err) != 0) {
		tui_message(app, TA_ERROR, "%s", err.msg);
		return -1;
	}
	return n;
}

/* "The register now follows Tjörn's policy: Policy för invånardialog,
 * KF 2018-03-28 § 48." Caller frees. */
static char *
follows(const struct dlg_settings *set)
{
	const struct dlg_profile *prof = dlg_settings_profile(set);
	char *cite = dlg_policy_citation(set), *t;

	if (*cite != '\0')
		/* TRANSLATORS: %1$s is "Tjörn's policy", %2$s its title
		   and decision ("Policy för invånardialog, KF ...") */
		t = xasprintf(_("The register now follows %s: %s."),
		    _(prof->name), cite);
	else
		t = xasprintf(_("The register now follows %s."),
		    _(prof->name));
	free(cite);
	return t;
}

/* Store policy p and read the settings again; says what it did. */
static int
store_policy(struct tui_app *app, enum dlg_policy p)
{
	struct dlg_settings s;
	struct dlg_error err;
	char *now;

	err_clear(&err);
	if (store_setting_set(app->st, "policy", dlg_profiles[p].key,
	    app->who, &err) != 0) {
		tui_message(app, TA_ERROR, "%s", err.msg);
		return -1;
	}
	memset(&s, 0, sizeof s);
	if (store_settings_load(app->st, &s, &err) != 0) {
		tui_message(app, TA_ERROR, "%s", err.msg);
		return -1;
	}
	dlg_settings_clear(app->settings);
	*app->settings = s;
	i18n_forget();		/* the texts speak the new policy's words */
	now = follows(app->settings);
	tui_message(app, TA_NORMAL, "%s", now);
	free(now);
	return 0;
}

/*
 * Ask which policy, with text above the choices and cur (a policy)
 * highlighted. Returns the policy, -1 for Esc, -2 on a quit signal.
 */
static int
ask_policy(struct tui_app *app, const char *title, const char *text,
    enum dlg_policy cur)
{
	const char *options[NOFFERED];
	size_t i;
	int r, at = 0;

	for (i = 0; i < NOFFERED; i++) {
		options[i] = _(offered[i].line);
		if (offered[i].policy == cur)
			at = (int)i;
	}
	r = tui_ask(app, title, text, options, (int)NOFFERED, 0, at);
	return r < 0 ? r : (int)offered[r].policy;
}

/* The paragraph every question of the policy starts with. */
static const char *
what_it_does(void)
{
	return _("The register checks each step by the policy the "
	    "municipality follows: what the policy requires (\"ska\") stops "
	    "a step until it is in place, what it only recommends (\"bör\", "
	    "\"överväg\") is a warning.");
}

int
tui_policy_first(struct tui_app *app)
{
	char *text;
	int r;

	if (policy_stored(app) != 0 || dialogues(app) != 0)
		return TUI_NONE;
	text = xasprintf("%s\n\n%s", what_it_does(), _("Esc leaves it at "
	    "both policies for now; you are asked again next time, until "
	    "you choose. P in the register list shows and changes it "
	    "later."));
	/* TRANSLATORS: title of the question asked when the screens
	   open a new register */
	r = ask_policy(app, _("A new register: which policy does the "
	    "municipality follow?"), text, DLG_POLICY_COMBINED);
	free(text);
	if (r == -2)
		return TUI_QUIT;
	if (r == -1) {
		tui_message(app, TA_NORMAL, "%s", _("The register follows "
		    "both policies; P in the register list changes it."));
		return TUI_REDRAW;
	}
	(void)store_policy(app, (enum dlg_policy)r);
	return TUI_REDRAW;
}

int
tui_policy(struct tui_app *app)
{
	const struct dlg_profile *prof = dlg_settings_profile(app->settings);
	enum dlg_policy cur = (enum dlg_policy)(prof - dlg_profiles);
	char *now, *text, *q;
	long n;
	int r, stored, yes;

	now = follows(app->settings);
	text = xasprintf("%s\n\n%s\n\n%s", now, what_it_does(),
	    _("Choose the policy to follow from now on; Esc leaves it as "
	    "it is."));
	free(now);
	/* TRANSLATORS: title of the question of the register's policy */
	r = ask_policy(app, _("The register's policy"), text, cur);
	free(text);
	if (r == -2)
		return TUI_QUIT;
	if ((stored = policy_stored(app)) < 0)
		return TUI_REDRAW;
	if (r == -1 || (r == (int)cur && stored)) {
		tui_message(app, TA_NORMAL, "%s", _("Nothing was changed."));
		return TUI_REDRAW;
	}
	/* The dialogues registered are checked by the new rules from now
	 * on: a change of policy is a decision, so it is confirmed. */
	if ((n = dialogues(app)) < 0)
		return TUI_REDRAW;
	if (n > 0 && r != (int)cur) {
		q = xasprintf(ngettext("Follow %s from now on? The checklist "
		    "and the warnings of the %ld dialogue follow its rules.",
		    "Follow %s from now on? The checklists and the warnings of "
		    "all %ld dialogues follow its rules.", (unsigned long)n),
		    _(dlg_profiles[r].name), n);
		/* The question under the list, not the menu's remains. */
		tui_repaint(app);
		yes = tui_confirm(app, q);
		free(q);
		if (yes < 0)
			return TUI_QUIT;
		if (yes == 0) {
			tui_message(app, TA_NORMAL, "%s",
			    _("Nothing was changed."));
			return TUI_REDRAW;
		}
	}
	if (store_policy(app, (enum dlg_policy)r) == 0)
		return TUI_REDRAW | TUI_RELOAD;
	return TUI_REDRAW;
}
