/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * children.c: the child records of a dialogue (sessions, feedback,
 * contributions): one table of fields per kind, which the command line,
 * the store, the reports and the screens read, the generic access to a
 * field of a record by its index, and the one check that adding and
 * editing both run before the store writes a record. Counts only for
 * sessions: never per-person data.
 */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "dialogue.h"
#include "i18n.h"
#include "internal.h"

#define CF(st, nm, col, lb, pr, hd, wd, ty, fl, ag, hp, hn, mb) \
	{ .name = nm, .column = col, .label = lb, .prompt = pr, .header = hd, \
	  .width = wd, .type = ty, .flags = fl, .arg = ag, .help = hp, \
	  .hint = hn, .offset = offsetof(struct st, mb) }

/*
 * The fields of a session [S:Metod]: counts only. Labels name the part in
 * messages and in the history; headers are the short column titles.
 */
const struct dlg_child_field dlg_session_fields[] = {
	/* TRANSLATORS: labels, column headers and help of a session's parts;
	   DATE, TEXT, NAME, N are what an option takes */
	CF(dlg_session, "date", NULL, N_("Session date"), N_("Date"),
	    N_("Date"), 0, FT_DATE, DLG_CF_REQUIRED, N_("DATE"),
	    N_("the day of the session, YYYY-MM-DD"), NULL, date),
	/* TRANSLATORS: the time of day a session starts and ends; column
	   headers "Starts", "Ends"; HH:MM is what the option takes */
	CF(dlg_session, "time_start", NULL, N_("Start time"), NULL,
	    N_("Starts"), 0, FT_TIME, 0, N_("HH:MM"),
	    N_("when the session starts, HH:MM"), NULL, time_start),
	CF(dlg_session, "time_end", NULL, N_("End time"), NULL,
	    N_("Ends"), 0, FT_TIME, 0, N_("HH:MM"),
	    N_("when the session ends, HH:MM; not before the start"), NULL,
	    time_end),
	CF(dlg_session, "place", NULL, N_("Place or channel"), NULL,
	    N_("Place"), 24, FT_LINE, 0, N_("TEXT"),
	    N_("place or channel"), NULL, place),
	CF(dlg_session, "method", NULL, N_("Method"), NULL,
	    N_("Method"), 20, FT_LINE, DLG_FF_METHOD, N_("NAME"),
	    N_("a method of the ladder"), NULL, method),
	CF(dlg_session, "participants", NULL, N_("Participants"),
	    N_("Participants (number)"), N_("Participants"), 0, FT_COUNT, 0,
	    N_("N"), N_("how many took part (empty: not counted)"),
	    N_("Give the number of participants as a whole number, or leave "
	    "it empty when they were not counted."), participants),
	CF(dlg_session, "breakdown", NULL, N_("Breakdown"), NULL,
	    N_("Breakdown"), 24, FT_TEXT, 0, N_("TEXT"),
	    N_("counts by age band and gender"), NULL, breakdown),
	/* [T5] each with the body represented, not the party */
	CF(dlg_session, "politicians", NULL, N_("Politicians present"), NULL,
	    N_("Politicians"), 30, FT_LINE, DLG_CF_LIST | DLG_FF_ITEMNOTE,
	    N_("TEXT"),
	    N_("the politicians present"), NULL, politicians),
	CF(dlg_session, "notes", NULL, N_("Notes"), NULL,
	    N_("Notes"), 0, FT_TEXT, DLG_CF_BLOCK, N_("TEXT"),
	    N_("notes"), NULL, notes),
	/* [T4] everyone can take part, whatever their disability: what
	 * the place or channel offers, for the public page and the
	 * calendar. Last, after the fields it came after in time. */
	CF(dlg_session, "accessibility", NULL, N_("Accessibility"), NULL,
	    N_("Accessibility"), 30, FT_LINE, DLG_CF_BLOCK, N_("TEXT"),
	    N_("what makes it accessible: step-free access, hearing loop, "
	    "sign language..."), NULL, accessibility),
};

/* The fields of feedback to the participants [T4][S:Roller]. */
const struct dlg_child_field dlg_feedback_fields[] = {
	CF(dlg_feedback, "date", NULL, N_("Feedback date"), N_("Date"),
	    N_("Date"), 0, FT_DATE, DLG_CF_REQUIRED, N_("DATE"),
	    N_("when the participants heard back"), NULL, date),
	/* TRANSLATORS: BODY: an option takes the name of a body */
	CF(dlg_feedback, "sender", NULL, N_("Sender"), NULL,
	    N_("Sender"), 30, FT_LINE, 0, N_("BODY"),
	    N_("the body that gave the feedback"), NULL, sender),
	CF(dlg_feedback, "channels", NULL, N_("Channels"), NULL,
	    N_("Channels"), 30, FT_LINE,
	    DLG_CF_REQUIRED | DLG_CF_LIST | DLG_CF_COMMAS, N_("TEXT"),
	    N_("how: follow-up meeting, web, letter..."), NULL, channels),
	CF(dlg_feedback, "text", NULL, N_("Feedback text"), N_("Text"),
	    N_("Text"), 0, FT_TEXT, DLG_CF_REQUIRED | DLG_CF_BLOCK,
	    N_("TEXT"), N_("what they were told"), NULL, text),
};

/* The fields of a contribution. Contact details are personal data. */
const struct dlg_child_field dlg_contribution_fields[] = {
	CF(dlg_contribution, "text", NULL, N_("Contribution"), N_("Text"),
	    N_("Text"), 0, FT_TEXT, DLG_CF_REQUIRED | DLG_CF_BLOCK,
	    N_("TEXT"), N_("the contribution"), NULL, text),
	/* TRANSLATORS: CHANNEL, ID: what an option takes */
	CF(dlg_contribution, "channel", NULL, N_("Channel"), NULL,
	    N_("Channel"), 0, FT_CHANNEL, 0, N_("CHANNEL"),
	    N_("meeting, web, letter, email, survey or other"), NULL,
	    channel),
	CF(dlg_contribution, "session", "session_id", N_("Session"), NULL,
	    N_("Session"), 0, FT_SESSION, 0, N_("ID"),
	    N_("the session it came from (0: none)"),
	    N_("Give the number of a session, or leave it empty."),
	    session_id),
	CF(dlg_contribution, "themes", NULL, N_("Themes"), NULL,
	    N_("Themes"), 24, FT_LINE, DLG_CF_LIST, N_("TEXT"),
	    N_("theme tags"), NULL, themes),
	CF(dlg_contribution, "contact", NULL, N_("Contact details"), NULL,
	    N_("Contact"), 30, FT_LINE, DLG_CF_PERSONAL, N_("TEXT"),
	    N_("contact details, if the person gave them (edit: empty "
	    "erases them)"), NULL, contact),
	/* Last, after the text in lists and files as before it was one
	 * of these: the text an imported file named an unknown channel
	 * by. */
	CF(dlg_contribution, "channel_text", NULL, N_("Channel as written"),
	    NULL, N_("As written"), 20, FT_LINE,
	    DLG_CF_BLOCK | DLG_CF_ASGIVEN, N_("TEXT"),
	    N_("with channel other: the channel as the file named it"), NULL,
	    channel_text),
};

#define NELEM(a)	(sizeof (a) / sizeof (a)[0])

const struct dlg_child_def dlg_children[DLG_NCHILDREN] = {
	[DLG_CHILD_SESSION] = { "session", "sessions", dlg_session_fields,
	    NELEM(dlg_session_fields) },
	[DLG_CHILD_FEEDBACK] = { "feedback", "feedback", dlg_feedback_fields,
	    NELEM(dlg_feedback_fields) },
	[DLG_CHILD_CONTRIBUTION] = { "contribution", "contributions",
	    dlg_contribution_fields, NELEM(dlg_contribution_fields) },
};

/* ------------------------------------------------------------ access */

static int
is_number(const struct dlg_child_field *cf)
{
	return cf->type == FT_COUNT || cf->type == FT_SESSION;
}

/* The value a number field holds when empty. */
static long long
no_number(const struct dlg_child_field *cf)
{
	return cf->type == FT_COUNT ? -1 : 0;
}

static char **
text_slot(const struct dlg_child_field *cf, void *rec)
{
	return (char **)(void *)((char *)rec + cf->offset);
}

static long long *
number_slot(const struct dlg_child_field *cf, void *rec)
{
	return (long long *)(void *)((char *)rec + cf->offset);
}

int
dlg_child_field_lookup(enum dlg_child k, const char *name)
{
	const struct dlg_child_def *def = &dlg_children[k];
	size_t i;

	for (i = 0; name != NULL && i < def->nfields; i++)
		if (strcmp(def->fields[i].name, name) == 0)
			return (int)i;
	return -1;
}

const char *
dlg_child_column(const struct dlg_child_field *cf)
{
	return cf->column != NULL ? cf->column : cf->name;
}

long long
dlg_child_number(const struct dlg_child_field *cf, const void *rec)
{
	return *number_slot(cf, (void *)rec);
}

const char *
dlg_child_text(const struct dlg_child_field *cf, const void *rec)
{
	const char *s = *text_slot(cf, (void *)rec);

	return s != NULL && *s != '\0' ? s : NULL;
}

const char *
dlg_child_raw(const struct dlg_child_field *cf, const void *rec)
{
	return *text_slot(cf, (void *)rec);
}

void
dlg_child_put_raw(const struct dlg_child_field *cf, void *rec, const char *s)
{
	char **slot = text_slot(cf, rec);

	free(*slot);
	*slot = s != NULL ? xstrdup(s) : NULL;
}

void
dlg_child_put_number(const struct dlg_child_field *cf, void *rec,
    long long n)
{
	*number_slot(cf, rec) = n;
}

char *
dlg_child_get(enum dlg_child k, const void *rec, size_t f)
{
	const struct dlg_child_field *cf = &dlg_children[k].fields[f];
	long long n;

	if (!is_number(cf))
		return xstrdup(dlg_child_text(cf, rec));
	n = dlg_child_number(cf, rec);
	return n > no_number(cf) ? xasprintf("%lld", n) : NULL;
}

/* A number as typed: digits with spaces around; empty = none. */
static int
parse_number(const char *s, long long none, long long *out)
{
	char *end;
	long long v;

	while (*s == ' ')
		s++;
	if (*s == '\0') {
		*out = none;
		return 0;
	}
	if (*s < '0' || *s > '9')
		return -1;
	v = strtoll(s, &end, 10);
	while (*end == ' ')
		end++;
	if (*end != '\0' || v < 0)
		return -1;
	*out = v;
	return 0;
}

int
dlg_child_set(enum dlg_child k, void *rec, size_t f, const char *input,
    struct dlg_error *err)
{
	const struct dlg_child_field *cf = &dlg_children[k].fields[f];
	const char *token;
	char **slot, ex[64];
	long long n;
	int minutes;

	if (input == NULL)
		input = "";
	if (is_number(cf)) {
		if (parse_number(input, no_number(cf), &n) != 0) {
			if (cf->hint != NULL)
				return err_set(err, ERR_REFUSED, "%s",
				    _(cf->hint));
			dom_excerpt(ex, sizeof ex, input, 40);
			/* TRANSLATORS: a field's label, then the bad text */
			return err_set(err, ERR_REFUSED, _("%s: '%s' is not a "
			    "whole number."), _(cf->label), ex);
		}
		*number_slot(cf, rec) = n;
		return 0;
	}
	if (cf->type == FT_CHANNEL && (token = dlg_channel_parse(input)) !=
	    NULL)
		input = token;
	slot = text_slot(cf, rec);
	free(*slot);
	/* A time as typed ("9.30") is kept canonical ("09:30"); what is
	 * no time is kept for the check to refuse. */
	if (cf->type == FT_TIME && dlg_time_parse(input, &minutes, NULL) == 0)
		*slot = xasprintf("%02d:%02d", minutes / 60, minutes % 60);
	else
		*slot = *input != '\0' ? xstrdup(input) : NULL;
	return 0;
}

void
dlg_child_copy(enum dlg_child k, void *dst, const void *src)
{
	const struct dlg_child_def *def = &dlg_children[k];
	const struct dlg_child_field *cf;
	size_t i;

	for (i = 0; i < def->nfields; i++) {
		cf = &def->fields[i];
		if (is_number(cf))
			*number_slot(cf, dst) = dlg_child_number(cf, src);
		else
			*text_slot(cf, dst) = xstrdup(*text_slot(cf,
			    (void *)src));
	}
}

/* Free the text fields of rec (the caller resets the rest). */
static void
free_texts(enum dlg_child k, void *rec)
{
	const struct dlg_child_def *def = &dlg_children[k];
	size_t i;

	for (i = 0; i < def->nfields; i++)
		if (!is_number(&def->fields[i]))
			free(*text_slot(&def->fields[i], rec));
}

void
dlg_session_clear(struct dlg_session *s)
{
	if (s == NULL)
		return;
	free_texts(DLG_CHILD_SESSION, s);
	memset(s, 0, sizeof *s);
	s->participants = -1;
}

void
dlg_feedback_clear(struct dlg_feedback *f)
{
	if (f == NULL)
		return;
	free_texts(DLG_CHILD_FEEDBACK, f);
	memset(f, 0, sizeof *f);
}

void
dlg_contribution_clear(struct dlg_contribution *c)
{
	if (c == NULL)
		return;
	free_texts(DLG_CHILD_CONTRIBUTION, c);
	free(c->created);
	memset(c, 0, sizeof *c);
}

void
dlg_child_complete(enum dlg_child k, void *rec)
{
	struct dlg_contribution *c = rec;

	if (k != DLG_CHILD_CONTRIBUTION)
		return;
	/* From a session: a meeting, unless said otherwise. */
	if (c->session_id > 0 && (c->channel == NULL || *c->channel == '\0')) {
		free(c->channel);
		c->channel = xstrdup("meeting");
	}
	/* The text a file named an unknown channel by belongs to "other"
	 * alone: a known channel keeps none. */
	if (c->channel_text != NULL && (c->channel == NULL ||
	    strcmp(c->channel, "other") != 0)) {
		free(c->channel_text);
		c->channel_text = NULL;
	}
}

/* ------------------------------------------------------------ channels */

/* The channels a contribution can come from: the stored token, its
 * label, its name on the screens, and the Swedish words officials type
 * whatever the locale. */
static const struct {
	const char	*token;
	const char	*label;
	const char	*name;
	const char	*swedish;
} channels[] = {
	/* TRANSLATORS: contribution channel; then its name on the screens */
	{ "meeting",	N_("meeting"),	N_("Meeting"),	"möte" },
	/* TRANSLATORS: contribution channel; then its name on the screens */
	{ "web",	N_("web"),	N_("Web"),	"webb" },
	/* TRANSLATORS: contribution channel; then its name on the screens */
	{ "letter",	N_("letter"),	N_("Letter"),	"brev" },
	/* TRANSLATORS: contribution channel; then its name on the screens */
	{ "email",	N_("email"),	N_("Email"),	"e-post" },
	/* TRANSLATORS: contribution channel; then its name on the screens */
	{ "survey",	N_("survey"),	N_("Survey"),	"enkät" },
	/* TRANSLATORS: contribution channel: one the register does not
	   know, its own text kept beside it (an import's "Telefon"); then
	   its name on the screens */
	{ "other",	N_("other"),	N_("Other"),	"annan" },
	{ NULL, NULL, NULL, NULL },
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

const char *
dlg_channel_name(const char *token)
{
	size_t i;

	for (i = 0; token != NULL && channels[i].token != NULL; i++)
		if (strcmp(token, channels[i].token) == 0)
			return _(channels[i].name);
	return token != NULL ? token : "";
}

const char *
dlg_channel_token(size_t i)
{
	return i < NELEM(channels) ? channels[i].token : NULL;
}

int
dlg_channel_is_token(const char *s)
{
	size_t i;

	for (i = 0; s != NULL && channels[i].token != NULL; i++)
		if (strcmp(s, channels[i].token) == 0)
			return 1;
	return 0;
}

/* ------------------------------------------------------------ check */

/* A field's label in the user's language, asked for only for a message:
 * an import or a demo checks millions of valid records. */
static const char *
label_of(const struct dlg_child_field *cf)
{
	return _(cf->label);
}

/* One field of a record, by its type. */
static int
check_field(const struct dlg_child_field *cf, const void *rec,
    struct dlg_error *err)
{
	const char *s;
	struct dlg_error e;
	char ex[256];
	long long n;
	long days;
	int minutes, multi = cf->type == FT_TEXT;
	size_t max = multi ? DOM_MAX_TEXT : DOM_MAX_LINE;

	if (is_number(cf)) {
		n = dlg_child_number(cf, rec);
		if (cf->type == FT_SESSION && n < 0)
			return err_set(err, ERR_REFUSED, _("Session: %lld is "
			    "not a session number."), n);
		if (cf->type == FT_COUNT && n < -1)
			return err_set(err, ERR_REFUSED, _("%s: %lld is not a "
			    "count; give 0 or more, or leave it empty when not "
			    "counted."), label_of(cf), n);
		if (cf->type == FT_COUNT && n > DLG_MAX_PARTICIPANTS)
			return err_set(err, ERR_REFUSED, _("%s: %lld is more "
			    "than one session can count (at most %d)."),
			    label_of(cf), n, DLG_MAX_PARTICIPANTS);
		if ((cf->flags & DLG_CF_REQUIRED) && n <= no_number(cf))
			return err_set(err, ERR_REFUSED, _("%s is required; "
			    "give a value."), label_of(cf));
		return 0;
	}
	s = *text_slot(cf, (void *)rec);
	/* Checked first without the label, and once more with it for the
	 * message. */
	if ((cf->flags & DLG_CF_REQUIRED ? dom_check_required("", s, multi,
	    max, NULL) : dom_check_text("", s, multi, max, NULL)) == -1)
		return cf->flags & DLG_CF_REQUIRED ?
		    dom_check_required(label_of(cf), s, multi, max, err) :
		    dom_check_text(label_of(cf), s, multi, max, err);
	if (s == NULL || *s == '\0')
		return 0;
	if ((cf->type == FT_DATE && dlg_date_parse(s, &days, &e) == -1) ||
	    (cf->type == FT_TIME && dlg_time_parse(s, &minutes, &e) == -1))
		/* TRANSLATORS: a field's label, then what is wrong with it */
		return err_set(err, ERR_REFUSED, _("%s: %s."), label_of(cf),
		    e.msg);
	/* Stored as dlg_child_set writes it, so that times compare. */
	if (cf->type == FT_TIME && (strlen(s) != 5 || s[2] != ':')) {
		dom_excerpt(ex, sizeof ex, s, 40);
		return err_set(err, ERR_REFUSED, _("%s: write '%s' as HH:MM, "
		    "e.g. 09:30."), label_of(cf), ex);
	}
	if (cf->type == FT_CHANNEL && !dlg_channel_is_token(s)) {
		dom_excerpt(ex, sizeof ex, s, 40);
		return err_set(err, ERR_REFUSED, _("Channel: '%s' is not a "
		    "channel; use meeting, web, letter, email, survey or "
		    "other."), ex);
	}
	return 0;
}

/* A session ends no earlier than it starts (canonical times compare as
 * strings; one past midnight is two sessions). */
static int
check_session_times(const struct dlg_session *s, struct dlg_error *err)
{
	if (s->time_start == NULL || s->time_end == NULL ||
	    strcmp(s->time_end, s->time_start) >= 0)
		return 0;
	return err_set(err, ERR_REFUSED, _("End time %s is before start time "
	    "%s: give when the session ends on its day."), s->time_end,
	    s->time_start);
}

/* Field f by its type, and what it must be beside the others: the end
 * of a session is checked against its start, so that a form says it
 * under the end. */
static int
check_one(enum dlg_child k, const void *rec, size_t f, struct dlg_error *err)
{
	const struct dlg_child_field *cf = &dlg_children[k].fields[f];

	if (check_field(cf, rec, err) == -1)
		return -1;
	if (k == DLG_CHILD_SESSION && strcmp(cf->name, "time_end") == 0)
		return check_session_times(rec, err);
	return 0;
}

int
dlg_child_check_field(enum dlg_child k, const void *rec, size_t f,
    struct dlg_error *err)
{
	return check_one(k, rec, f, err);
}

int
dlg_child_check(enum dlg_child k, const void *rec, struct dlg_error *err)
{
	const struct dlg_child_def *def = &dlg_children[k];
	size_t i;

	for (i = 0; i < def->nfields; i++)
		if (check_one(k, rec, i, err) == -1)
			return -1;
	return 0;
}

char *
dlg_session_when(const struct dlg_session *s)
{
	const char *date = s->date != NULL ? s->date : "";
	const char *a = s->time_start, *b = s->time_end;

	if (a != NULL && *a == '\0')
		a = NULL;
	if (b != NULL && *b == '\0')
		b = NULL;
	/* En dashes between the times, as a span of time is written. */
	if (a != NULL && b != NULL)
		return xasprintf("%s %s\xe2\x80\x93%s", date, a, b);
	if (a != NULL)
		return xasprintf("%s %s", date, a);
	if (b != NULL)
		return xasprintf("%s \xe2\x80\x93%s", date, b);
	return xstrdup(date);
}

int
dlg_session_check(const struct dlg_session *s, struct dlg_error *err)
{
	return dlg_child_check(DLG_CHILD_SESSION, s, err);
}

int
dlg_feedback_check(const struct dlg_feedback *f, struct dlg_error *err)
{
	return dlg_child_check(DLG_CHILD_FEEDBACK, f, err);
}

int
dlg_contribution_check(const struct dlg_contribution *c,
    struct dlg_error *err)
{
	return dlg_child_check(DLG_CHILD_CONTRIBUTION, c, err);
}
