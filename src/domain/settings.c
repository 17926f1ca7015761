/*
 * settings.c: the register's settings (municipality, the council rule
 * [T5], the council's name and the deadline periods [T4]): defaults,
 * validation of typed values and their canonical text.
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
	"council_rule",
	"council_name",
	"deadline_warn_days",
	"feedback_days",
	"evaluation_days",
	NULL,
};

/* The longest period a setting takes, in days: ten years. */
#define MAX_DAYS 3650

void
dlg_settings_default(struct dlg_settings *s)
{
	s->municipality = xstrdup("");
	s->council_rule = 1;
	/* The council's name is data (the body's name as the register
	 * records it), so it is not translated. */
	s->council_name = xstrdup("Kommunfullmäktige");
	s->deadline_warn_days = 56;
	s->feedback_days = 30;
	s->evaluation_days = 180;
}

void
dlg_settings_clear(struct dlg_settings *s)
{
	free(s->municipality);
	free(s->council_name);
	memset(s, 0, sizeof *s);
}

const char *
dlg_setting_label(const char *key)
{
	if (key == NULL)
		return "";
	if (strcmp(key, "municipality") == 0)
		return _("Municipality");
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

int
dlg_settings_set(struct dlg_settings *s, const char *key,
    const char *value, struct dlg_error *err)
{
	const char *label = dlg_setting_label(key);
	const char *yn;
	char ex[256];

	if (value == NULL)
		value = "";
	if (strcmp(key, "municipality") == 0) {
		if (dom_check_text(label, value, 0, DOM_MAX_LINE, err) == -1)
			return -1;
		free(s->municipality);
		s->municipality = dom_trim(value);
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
	dom_excerpt(ex, sizeof ex, key, 40);
	return err_set(err, ERR_REFUSED, _("unknown setting '%s'; use one of "
	    "municipality, council_rule, council_name, deadline_warn_days, "
	    "feedback_days, evaluation_days"), ex);
}

char *
dlg_settings_get(const struct dlg_settings *s, const char *key)
{
	if (strcmp(key, "municipality") == 0)
		return xstrdup(s->municipality != NULL ? s->municipality : "");
	if (strcmp(key, "council_rule") == 0)
		return xstrdup(s->council_rule ? "1" : "0");
	if (strcmp(key, "council_name") == 0)
		return xstrdup(s->council_name != NULL ? s->council_name : "");
	if (strcmp(key, "deadline_warn_days") == 0)
		return xasprintf("%d", s->deadline_warn_days);
	if (strcmp(key, "feedback_days") == 0)
		return xasprintf("%d", s->feedback_days);
	if (strcmp(key, "evaluation_days") == 0)
		return xasprintf("%d", s->evaluation_days);
	return xstrdup("");
}
