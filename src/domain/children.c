/*
 * children.c: validation of the child records of a dialogue (sessions,
 * feedback, contributions) before the store writes them. Counts only for
 * sessions: never per-person data.
 */
#include "config.h"

#include <string.h>

#include "dialogue.h"
#include "i18n.h"
#include "internal.h"

/* A date part of a child record: required and a real date. */
static int
check_date(const char *label, const char *s, struct dlg_error *err)
{
	struct dlg_error e;
	long days;

	if (dom_check_required(label, s, 0, DOM_MAX_LINE, err) == -1)
		return -1;
	if (dlg_date_parse(s, &days, &e) == -1)
		/* TRANSLATORS: a field's label, then what is wrong with it */
		return err_set(err, ERR_REFUSED, _("%s: %s."), label, e.msg);
	return 0;
}

int
dlg_session_check(const struct dlg_session *s, struct dlg_error *err)
{
	/* TRANSLATORS: labels of the parts of a session */
	if (check_date(_("Session date"), s->date, err) == -1 ||
	    dom_check_text(_("Place or channel"), s->place, 0, DOM_MAX_LINE,
	    err) == -1 ||
	    dom_check_text(_("Method"), s->method, 0, DOM_MAX_LINE,
	    err) == -1 ||
	    dom_check_text(_("Breakdown"), s->breakdown, 1, DOM_MAX_TEXT,
	    err) == -1 ||
	    dom_check_text(_("Politicians present"), s->politicians, 0,
	    DOM_MAX_LINE, err) == -1 ||
	    dom_check_text(_("Notes"), s->notes, 1, DOM_MAX_TEXT, err) == -1)
		return -1;
	if (s->participants < -1)
		return err_set(err, ERR_REFUSED, _("Participants: %lld is not "
		    "a count; give 0 or more, or leave it empty when not "
		    "counted."), s->participants);
	if (s->participants > DLG_MAX_PARTICIPANTS)
		return err_set(err, ERR_REFUSED, _("Participants: %lld is more "
		    "than one session can count (at most %d)."),
		    s->participants, DLG_MAX_PARTICIPANTS);
	return 0;
}

int
dlg_feedback_check(const struct dlg_feedback *f, struct dlg_error *err)
{
	if (check_date(_("Feedback date"), f->date, err) == -1 ||
	    dom_check_text(_("Sender"), f->sender, 0, DOM_MAX_LINE,
	    err) == -1 ||
	    dom_check_required(_("Channels"), f->channels, 0, DOM_MAX_LINE,
	    err) == -1 ||
	    dom_check_required(_("Feedback text"), f->text, 1, DOM_MAX_TEXT,
	    err) == -1)
		return -1;
	return 0;
}

/* The channels a contribution can come from: the stored token, its
 * label, and the Swedish words officials type whatever the locale. */
static const struct {
	const char	*token;
	const char	*label;
	const char	*swedish;
} channels[] = {
	/* TRANSLATORS: contribution channel */
	{ "meeting",	N_("meeting"),	"möte" },
	/* TRANSLATORS: contribution channel */
	{ "web",	N_("web"),	"webb" },
	/* TRANSLATORS: contribution channel */
	{ "letter",	N_("letter"),	"brev" },
	/* TRANSLATORS: contribution channel */
	{ "email",	N_("email"),	"e-post" },
	/* TRANSLATORS: contribution channel */
	{ "survey",	N_("survey"),	"enkät" },
	/* TRANSLATORS: contribution channel: one the register does not
	   know, its own text kept beside it (an import's "Telefon") */
	{ "other",	N_("other"),	"annan" },
	{ NULL, NULL, NULL },
};

const char *
dlg_channel_parse(const char *input)
{
	size_t i;

	if (input == NULL)
		return NULL;
	for (i = 0; channels[i].token != NULL; i++)
		if (dom_eqfold(input, channels[i].token) ||
		    dom_eqfold(input, _(channels[i].label)) ||
		    dom_eqfold(input, channels[i].swedish))
			return channels[i].token;
	return NULL;
}

const char *
dlg_channel_label(const char *token)
{
	size_t i;

	for (i = 0; token != NULL && channels[i].token != NULL; i++)
		if (strcmp(token, channels[i].token) == 0)
			return _(channels[i].label);
	return token;
}

char *
dlg_channel_shown(const struct dlg_contribution *c)
{
	const char *label = dlg_channel_label(c->channel);

	if (c->channel_text != NULL && c->channel_text[0] != '\0')
		/* TRANSLATORS: channel "other" and the text it was given
		   as: "other (Telefon)" */
		return xasprintf(_("%s (%s)"), label != NULL ? label : "",
		    c->channel_text);
	return xstrdup(label != NULL ? label : "");
}

int
dlg_contribution_check(const struct dlg_contribution *c,
    struct dlg_error *err)
{
	char ex[256];
	size_t i;

	if (dom_check_required(_("Contribution"), c->text, 1, DOM_MAX_TEXT,
	    err) == -1 ||
	    dom_check_text(_("Themes"), c->themes, 0, DOM_MAX_LINE,
	    err) == -1 ||
	    dom_check_text(_("Contact details"), c->contact, 0, DOM_MAX_LINE,
	    err) == -1 ||
	    dom_check_text(_("Channel"), c->channel, 0, DOM_MAX_LINE,
	    err) == -1 ||
	    dom_check_text(_("Channel as written"), c->channel_text, 0,
	    DOM_MAX_LINE, err) == -1)
		return -1;
	if (c->channel != NULL && c->channel[0] != '\0') {
		for (i = 0; channels[i].token != NULL; i++)
			if (strcmp(c->channel, channels[i].token) == 0)
				break;
		if (channels[i].token == NULL) {
			dom_excerpt(ex, sizeof ex, c->channel, 40);
			return err_set(err, ERR_REFUSED, _("Channel: '%s' is "
			    "not a channel; use meeting, web, letter, email, "
			    "survey or other."), ex);
		}
	}
	if (c->session_id < 0)
		return err_set(err, ERR_REFUSED, _("Session: %lld is not a "
		    "session number."), c->session_id);
	return 0;
}
