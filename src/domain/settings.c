/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * settings.c: the register's settings (municipality, the policy it
 * follows with its title and handbook, the council rule [T5], the
 * council's name, the deadline periods [T4] and the contact channel the
 * public pages give residents): defaults, validation of typed values and
 * their canonical text.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "dialogue.h"
#include "i18n.h"
#include "internal.h"

const char *const dlg_setting_keys[] = {
	"municipality",
	"policy",
	"policy_title",
	"handbook",
	"council_rule",
	"council_name",
	"deadline_warn_days",
	"feedback_days",
	"evaluation_days",
	"contact",
	NULL,
};

/* The longest period a setting takes, in days: ten years. */
#define MAX_DAYS 3650

void
dlg_settings_default(struct dlg_settings *s)
{
	s->municipality = xstrdup("");
	s->policy = DLG_POLICY_COMBINED;
	s->policy_title = xstrdup("");
	s->handbook = xstrdup("");
	s->council_rule = -1;
	/* The council's name is data (the body's name as the register
	 * records it), so it is not translated. */
	s->council_name = xstrdup("Kommunfullmäktige");
	s->deadline_warn_days = 56;
	s->feedback_days = 30;
	s->evaluation_days = 180;
	s->contact = xstrdup("");
}

void
dlg_settings_clear(struct dlg_settings *s)
{
	free(s->municipality);
	free(s->policy_title);
	free(s->handbook);
	free(s->council_name);
	free(s->contact);
	memset(s, 0, sizeof *s);
}

const char *
dlg_setting_label(const char *key)
{
	if (key == NULL)
		return "";
	if (strcmp(key, "municipality") == 0)
		return _("Municipality");
	if (strcmp(key, "policy") == 0)
		return _("Policy the register follows (tjorn, sollentuna or "
		    "combined)");
	if (strcmp(key, "policy_title") == 0)
		return _("The policy's title and decision, as printed");
	if (strcmp(key, "handbook") == 0)
		return _("Where the policy's handbook is found");
	if (strcmp(key, "council_rule") == 0)
		return _("Council decides when several bodies are concerned");
	if (strcmp(key, "council_name") == 0)
		return _("Name of the municipal council");
	if (strcmp(key, "deadline_warn_days") == 0)
		return _("Warn this many days before the decision deadline");
	if (strcmp(key, "feedback_days") == 0)
		return _("Feedback due this many days after the last session");
	if (strcmp(key, "evaluation_days") == 0)
		return _("Evaluation due this many days after feedback");
	if (strcmp(key, "contact") == 0)
		return _("Contact channel for residents' views");
	return key;
}

static int
parse_days(const char *key, const char *value, int min, int *out,
    struct dlg_error *err)
{
	char ex[256], *t, *end;
	long v;

	t = dom_trim(value);
	errno = 0;
	v = strtol(t, &end, 10);
	if (t[0] < '0' || t[0] > '9' || *end != '\0' || errno != 0 ||
	    v < min || v > MAX_DAYS) {
		free(t);
		dom_excerpt(ex, sizeof ex, value, 40);
		return err_set(err, ERR_REFUSED, _("%s: '%s' is not a number "
		    "of days; give a whole number from %d to %d."),
		    dlg_setting_label(key), ex, min, MAX_DAYS);
	}
	free(t);
	*out = (int)v;
	return 0;
}

/* A one-line text setting that may be empty. */
static int
set_line(char **slot, const char *label, const char *value,
    struct dlg_error *err)
{
	if (dom_check_text(label, value, 0, DOM_MAX_LINE, err) == -1)
		return -1;
	free(*slot);
	*slot = dom_trim(value);
	return 0;
}

int
dlg_settings_set(struct dlg_settings *s, const char *key,
    const char *value, struct dlg_error *err)
{
	const char *label = dlg_setting_label(key);
	const char *yn;
	char ex[256];
	char *t;
	int p;

	if (value == NULL)
		value = "";
	if (strcmp(key, "municipality") == 0)
		return set_line(&s->municipality, label, value, err);
	if (strcmp(key, "policy_title") == 0)
		return set_line(&s->policy_title, label, value, err);
	if (strcmp(key, "handbook") == 0)
		return set_line(&s->handbook, label, value, err);
	if (strcmp(key, "policy") == 0) {
		t = dom_trim(value);
		p = utf8_valid(t, strlen(t)) ? dlg_policy_parse(t) : -1;
		free(t);
		if (p < 0) {
			dom_excerpt(ex, sizeof ex, value, 40);
			return err_set(err, ERR_REFUSED, _("%s: '%s' is not a "
			    "policy; use tjorn, sollentuna or combined."),
			    label, ex);
		}
		s->policy = p;
		return 0;
	}
	if (strcmp(key, "council_name") == 0) {
		if (dom_check_required(label, value, 0, DOM_MAX_LINE, err)
		    == -1)
			return -1;
		free(s->council_name);
		s->council_name = dom_trim(value);
		return 0;
	}
	if (strcmp(key, "council_rule") == 0) {
		if (!utf8_valid(value, strlen(value)) ||
		    (yn = dom_answer_parse(value)) == NULL) {
			dom_excerpt(ex, sizeof ex, value, 40);
			return err_set(err, ERR_REFUSED, _("%s: '%s' is not "
			    "an answer; use yes or no (1 or 0)."), label, ex);
		}
		s->council_rule = strcmp(yn, "yes") == 0;
		return 0;
	}
	if (strcmp(key, "deadline_warn_days") == 0)
		return parse_days(key, value, 0, &s->deadline_warn_days, err);
	if (strcmp(key, "feedback_days") == 0)
		return parse_days(key, value, 1, &s->feedback_days, err);
	if (strcmp(key, "evaluation_days") == 0)
		return parse_days(key, value, 1, &s->evaluation_days, err);
	if (strcmp(key, "contact") == 0) {
		if (dom_contact_check(label, value, err) == -1)
			return -1;
		return set_line(&s->contact, label, value, err);
	}
	dom_excerpt(ex, sizeof ex, key, 40);
	return err_set(err, ERR_REFUSED, _("unknown setting '%s'; use one of "
	    "municipality, policy, policy_title, handbook, council_rule, "
	    "council_name, deadline_warn_days, feedback_days, "
	    "evaluation_days, contact"), ex);
}

char *
dlg_settings_get(const struct dlg_settings *s, const char *key)
{
	if (strcmp(key, "municipality") == 0)
		return xstrdup(s->municipality != NULL ? s->municipality : "");
	if (strcmp(key, "policy") == 0)
		return xstrdup(dlg_settings_profile(s)->key);
	if (strcmp(key, "policy_title") == 0)
		return xstrdup(s->policy_title != NULL ? s->policy_title : "");
	if (strcmp(key, "handbook") == 0)
		return xstrdup(s->handbook != NULL ? s->handbook : "");
	if (strcmp(key, "council_rule") == 0)
		return xstrdup(dlg_council_rule(s) ? "1" : "0");
	if (strcmp(key, "council_name") == 0)
		return xstrdup(s->council_name != NULL ? s->council_name : "");
	if (strcmp(key, "deadline_warn_days") == 0)
		return xasprintf("%d", s->deadline_warn_days);
	if (strcmp(key, "feedback_days") == 0)
		return xasprintf("%d", s->feedback_days);
	if (strcmp(key, "evaluation_days") == 0)
		return xasprintf("%d", s->evaluation_days);
	if (strcmp(key, "contact") == 0)
		return xstrdup(s->contact != NULL ? s->contact : "");
	return xstrdup("");
}

char *
dlg_setting_warning(const char *key, const char *value)
{
	if (key != NULL && strcmp(key, "contact") == 0)
		return dlg_contact_warning(value);
	return NULL;
}

const struct dlg_profile *
dlg_settings_profile(const struct dlg_settings *s)
{
	int p = s != NULL ? s->policy : DLG_POLICY_COMBINED;

	if (p < 0 || p >= DLG_NPOLICIES)
		p = DLG_POLICY_COMBINED;
	return &dlg_profiles[p];
}

int
dlg_council_rule(const struct dlg_settings *s)
{
	if (s != NULL && s->council_rule >= 0)
		return s->council_rule;
	return dlg_settings_profile(s)->council_rule;
}

char *
dlg_policy_citation(const struct dlg_settings *s)
{
	const struct dlg_profile *p = dlg_settings_profile(s);

	if (s != NULL && s->policy_title != NULL && s->policy_title[0])
		return xstrdup(s->policy_title);
	if (p->title == NULL)
		return xstrdup("");
	return xasprintf("%s, %s", p->title, p->decision);
}
