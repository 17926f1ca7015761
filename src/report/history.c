/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * history.c: a history row for people. The store writes field names and
 * canonical values ("need_views", "yes", "fed_back"); the command line's
 * text, the screens and the printed summary show labels and formatted
 * values in the user's language ("Behövs invånarnas syn?", "Ja",
 * "Återkopplad"). CSV and JSON keep the stored form.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bodies.h"
#include "i18n.h"
#include "report.h"

/* The field of a child record that a history name such as "session 3
 * place" names (its kind into *kp), or NULL. */
static const struct dlg_child_field *
child_field(const char *name, int *kp, long long *idp)
{
	char kind[32], column[32];
	long long id;
	int k, f;

	if (sscanf(name, "%31s %lld %31s", kind, &id, column) != 3)
		return NULL;
	for (k = 0; k < DLG_NCHILDREN; k++)
		if (strcmp(kind, dlg_children[k].name) == 0 &&
		    (f = dlg_child_field_lookup((enum dlg_child)k,
		    column)) >= 0) {
			if (kp != NULL)
				*kp = k;
			if (idp != NULL)
				*idp = id;
			return &dlg_children[k].fields[f];
		}
	return NULL;
}

/* The label of a one-word history name, or NULL. */
static const char *
plain_label(const char *name)
{
	int f = dlg_field_lookup(name);

	if (f >= 0)
		return _(dlg_fields[f].label);
	if (strcmp(name, "state") == 0)
		/* TRANSLATORS: history: the state changed */
		return _("State");
	if (strcmp(name, "created") == 0)
		/* TRANSLATORS: history: the dialogue was registered */
		return _("Registered");
	if (strcmp(name, "session") == 0)
		return _("Session");
	if (strcmp(name, "feedback") == 0)
		/* TRANSLATORS: history: feedback was added */
		return _("Feedback");
	if (strcmp(name, "contribution") == 0)
		/* TRANSLATORS: history: a contribution was added */
		return _("Contribution");
	if (strcmp(name, "contribution_contact") == 0)
		/* TRANSLATORS: history: contact details given or erased */
		return _("Contact details");
	if (strcmp(name, "import") == 0)
		/* TRANSLATORS: history: contributions imported from a file */
		return _("Import");
	return NULL;
}

char *
report_history_field(const char *name)
{
	const char *label, *key;
	const struct dlg_child_field *cf;
	long long id;
	int k;

	if (name == NULL)
		return xstrdup("");
	if ((label = plain_label(name)) != NULL)
		return xstrdup(label);
	if (strncmp(name, "setting:", 8) == 0) {
		key = name + 8;
		/* TRANSLATORS: history: a register setting changed */
		return xasprintf(_("Setting: %s"), dlg_setting_label(key));
	}
	if (strncmp(name, "method:", 7) == 0)
		/* TRANSLATORS: history: a method added to the ladder */
		return xasprintf(_("Method: %s"), name + 7);
	if (strncmp(name, "body:", 5) == 0)
		/* TRANSLATORS: history: the list of bodies changed */
		return xasprintf(_("Body: %s"), name + 5);
	/* "session 3 place": a field of a child record, named as in the
	 * domain's table of the kind's fields. */
	if ((cf = child_field(name, &k, &id)) != NULL) {
		label = plain_label(dlg_children[k].name);
		/* TRANSLATORS: history: a field of a session, feedback or
		   contribution: "Session 3: Place or channel" */
		return xasprintf(_("%s %lld: %s"), label, id, _(cf->label));
	}
	return xstrdup(name);
}

char *
report_history_value(const char *name, const char *value)
{
	const struct dlg_child_field *cf;
	struct dialogue *tmp;
	enum dlg_state st;
	char *out;
	int f;

	if (value == NULL)
		return NULL;
	if (strncmp(name, "body:", 5) == 0 &&
	    (out = dlg_body_value_shown(value)) != NULL)
		return out;
	if ((strcmp(name, "state") == 0 || strcmp(name, "created") == 0) &&
	    dlg_state_parse(value, &st, NULL) == 0)
		return xstrdup(dlg_state_label(st));
	cf = child_field(name, NULL, NULL);
	if (strcmp(name, "contribution_contact") == 0 ||
	    (cf != NULL && (cf->flags & DLG_CF_PERSONAL))) {
		/* Never a value: only what happened to it. */
		if (strcmp(value, "given") == 0)
			/* TRANSLATORS: history: contact details */
			return xstrdup(_("given"));
		if (strcmp(value, "changed") == 0)
			/* TRANSLATORS: history: contact details */
			return xstrdup(_("changed"));
		if (strcmp(value, "erased") == 0)
			/* TRANSLATORS: history: contact details */
			return xstrdup(_("erased"));
	}
	if (cf != NULL && cf->type == FT_CHANNEL)
		return xstrdup(dlg_channel_label(value));
	f = dlg_field_lookup(name);
	if (f < 0 || f >= DLG_NSCALARS)
		return xstrdup(value);
	tmp = dlg_new();
	dlg_put(tmp, (enum dlg_field)f, value);
	out = dlg_format_field(tmp, (enum dlg_field)f);
	dlg_free(tmp);
	if (*out == '\0') {
		free(out);
		out = xstrdup(value);
	}
	return out;
}
