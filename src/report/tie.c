/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * tie.c: a method of a dialogue in the words every document uses for
 * it, with its tie to the target groups it is meant to reach and why
 * [T4][S:Metod]: "Enkät (step 2, Consultation), for Unga 13–19 år: når
 * dem via skolorna". The summary and the public page say it alike.
 */
#include "config.h"

#include <stdlib.h>

#include "i18n.h"
#include "report.h"
#include "util.h"
#include "report-int.h"

char *
rtext_method(const struct dlg_item *m, int with_step)
{
	char *name, *groups, *why, *t;

	if (with_step && m->step > 0)
		/* TRANSLATORS: a method in the printed summary: "Open space
		   (step 3, Dialogue)" */
		name = xasprintf(_("%s (step %d, %s)"), m->name, m->step,
		    dlg_level_label(m->step));
	else
		name = xstrdup(m->name);
	dlg_tie_split(m->note, &groups, &why);
	if (groups != NULL && why != NULL)
		/* TRANSLATORS: a method, the target groups it is meant to
		   reach and why it was chosen: "Enkät, for Unga 13–19 år:
		   når dem via skolorna" */
		t = xasprintf(_("%s, for %s: %s"), name, groups, why);
	else if (groups != NULL)
		/* TRANSLATORS: a method and the target groups it is meant
		   to reach: "Enkät, for Unga 13–19 år" */
		t = xasprintf(_("%s, for %s"), name, groups);
	else if (why != NULL)
		/* TRANSLATORS: a method and why it was chosen: "Webb: når
		   alla" */
		t = xasprintf(_("%s: %s"), name, why);
	else
		t = name;
	if (t != name)
		free(name);
	free(groups);
	free(why);
	return t;
}
