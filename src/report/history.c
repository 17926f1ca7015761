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

#include "i18n.h"
#include "report.h"

/* Columns of the child records, as the store names them in history rows
 * such as "session 3 place"; the labels are the domain's. */
static const struct {
	const char	*kind;
	const char	*column;
	const char	*label;
} columns[] = {
	{ "session", "date", N_("Session date") },
	{ "session", "place", N_("Place or channel") },
	{ "session", "method", N_("Method") },
	/* TRANSLATORS: history: the number of participants of a session */
	{ "session", "participants", N_("Participants") },
	{ "session", "breakdown", N_("Breakdown") },
	{ "session", "politicians", N_("Politicians present") },
	{ "session", "notes", N_("Notes") },
	{ "feedback", "date", N_("Feedback date") },
	{ "feedback", "sender", N_("Sender") },
	{ "feedback", "channels", N_("Channels") },
	{ "feedback", "text", N_("Feedback text") },
	{ "contribution", "text", N_("Contribution") },
	{ "contribution", "channel", N_("Channel") },
	{ "contribution", "channel_text", N_("Channel as written") },
	{ "contribution", "session", N_("Session") },
	{ "contribution", "themes", N_("Themes") },
	{ "contribution", "contact", N_("Contact details") },
};

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
	char kind[32], column[32];
	long long id;
	size_t i;

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
	/* "session 3 place": a column of a child record. */
	if (sscanf(name, "%31s %lld %31s", kind, &id, column) == 3)
		for (i = 0; i < sizeof columns / sizeof columns[0]; i++)
			if (strcmp(kind, columns[i].kind) == 0 &&
			    strcmp(column, columns[i].column) == 0) {
				label = plain_label(kind);
				/* TRANSLATORS: history: a field of a session,
				   feedback or contribution: "Session 3:
				   Place or channel" */
				return xasprintf(_("%s %lld: %s"), label, id,
				    _(columns[i].label));
			}
	return xstrdup(name);
}

char *
report_history_value(const char *name, const char *value)
{
	struct dialogue *tmp;
	enum dlg_state st;
	char *out;
	size_t n;
	int f;

	if (value == NULL)
		return NULL;
	if ((strcmp(name, "state") == 0 || strcmp(name, "created") == 0) &&
	    dlg_state_parse(value, &st, NULL) == 0)
		return xstrdup(dlg_state_label(st));
	n = strlen(name);
	if (strcmp(name, "contribution_contact") == 0 ||
	    (n > 8 && strcmp(name + n - 8, " contact") == 0)) {
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
	if (strstr(name, " channel") != NULL)
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
