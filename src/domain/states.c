/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * states.c: the lifecycle's states as tokens (stable, English, stored),
 * labels and steps (translated), and the parsing of a state typed by a
 * user. The moves between states and their guards are in lifecycle.c.
 */
#include "config.h"

#include <assert.h>
#include <string.h>

#include "dialogue.h"
#include "i18n.h"
#include "internal.h"

static const struct {
	const char *token;
	const char *label;
	const char *step;
} states[DLG_NSTATES] = {
	/* TRANSLATORS: the states of a dialogue, shown in lists */
	[DLG_PROPOSED] = { "proposed", N_("Proposed"),
	    /* TRANSLATORS: step into state Proposed */
	    N_("register") },
	[DLG_DECIDED] = { "decided", N_("Decided"),
	    /* TRANSLATORS: step into state Decided */
	    N_("decide") },
	[DLG_PLANNED] = { "planned", N_("Planned"),
	    /* TRANSLATORS: step into state Planned */
	    N_("plan") },
	/* TRANSLATORS: state of a dialogue that has started */
	[DLG_RUNNING] = { "running", N_("Running"),
	    /* TRANSLATORS: step into state Running */
	    N_("start") },
	[DLG_REPORTED] = { "reported", N_("Reported"),
	    /* TRANSLATORS: step into state Reported (result put in the
	       decision basis) */
	    N_("report") },
	[DLG_FED_BACK] = { "fed_back", N_("Fed back"),
	    /* TRANSLATORS: step into state Fed back */
	    N_("feed back") },
	[DLG_EVALUATED] = { "evaluated", N_("Evaluated"),
	    /* TRANSLATORS: step into state Evaluated */
	    N_("evaluate") },
	[DLG_REJECTED] = { "rejected", N_("Rejected"),
	    /* TRANSLATORS: step into state Rejected */
	    N_("reject") },
	[DLG_CANCELLED] = { "cancelled", N_("Cancelled"),
	    /* TRANSLATORS: step into state Cancelled; never the form's
	       "Cancel" button */
	    N_("cancel the dialogue") },
};

const char *
dlg_state_token(enum dlg_state s)
{
	assert(s >= 0 && s < DLG_NSTATES);
	return states[s].token;
}

const char *
dlg_state_label(enum dlg_state s)
{
	assert(s >= 0 && s < DLG_NSTATES);
	return _(states[s].label);
}

const char *
dlg_state_step(enum dlg_state s)
{
	assert(s >= 0 && s < DLG_NSTATES);
	return _(states[s].step);
}

int
dlg_state_parse(const char *s, enum dlg_state *out, struct dlg_error *err)
{
	char ex[256];
	int i;

	if (s != NULL && utf8_valid(s, strlen(s))) {
		for (i = 0; i < DLG_NSTATES; i++)
			if (dom_eqfold(s, states[i].token) ||
			    dom_eqfold(s, _(states[i].label)) ||
			    dom_eqfold(s, states[i].label)) {
				*out = (enum dlg_state)i;
				return 0;
			}
	}
	dom_excerpt(ex, sizeof ex, s != NULL ? s : "", 40);
	return err_set(err, ERR_USAGE, _("unknown state '%s'; use one of "
	    "proposed, decided, planned, running, reported, fed_back, "
	    "evaluated, rejected, cancelled"), ex);
}
