/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * tui-rules.c: the rules behind what the screens list, for their help
 * pages. A missing item or a warning carries the code of its row in the
 * domain's rules table; this file finds the row (for a warning: the
 * any-time row, else the row of a step the dialogue has taken, as the
 * domain raises them) and writes the item followed by the rule as the
 * register's policy has it, in the policy's words ("invånardialog" in a
 * Tjörn register) and with its own quotes in Swedish. The screens only
 * arrange the lines; what a rule says is the domain's.
 */
#include "config.h"

#include <stdlib.h>

#include "i18n.h"
#include "tui-int.h"

const struct dlg_rule *
tui_warning_rule(const struct dialogue *d, const char *code)
{
	const struct dlg_rule *r;
	int st;

	if ((r = dlg_rule_find(code, -1)) != NULL)
		return r;
	/* What a step only recommends stays a warning once the step is
	 * taken: a row of that step (a closed dialogue has none). */
	for (st = DLG_DECIDED; d != NULL && st <= (int)d->state &&
	    st <= DLG_EVALUATED; st++)
		if ((r = dlg_rule_find(code, st)) != NULL)
			return r;
	return NULL;
}

void
tui_issue_lines(const struct tui_app *app, const char *mark,
    const struct dlg_issue *is, const struct dlg_rule *r, int width,
    struct strlist *out)
{
	const struct dlg_profile *prof = dlg_settings_profile(app->settings);
	char *e, *w, *line;

	tui_wrap_hang(is->text, width, mark, "  ", out);
	if (r == NULL)
		return;
	e = dlg_rule_explain(r, (enum dlg_policy)(prof - dlg_profiles));
	w = dlg_words(app->settings, e);
	/* TRANSLATORS: under a missing item or a warning: the rule
	   behind it, explained ("[T4] The purpose is written. ...") */
	line = xasprintf(_("Rule: %s"), w);
	tui_wrap_hang(line, width, "  ", "  ", out);
	free(line);
	free(w);
	free(e);
}

char *
tui_policy_legend(const struct tui_app *app)
{
	return xstrdup(dlg_policy_legend(app->settings));
}

char *
tui_join(const struct strlist *lines)
{
	struct strbuf sb;
	size_t i;

	sb_init(&sb);
	for (i = 0; i < lines->n; i++) {
		if (i > 0)
			sb_addc(&sb, '\n');
		sb_add(&sb, lines->v[i]);
	}
	return sb_detach(&sb);
}
