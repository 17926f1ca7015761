/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ical.c: calendar files (iCalendar, RFC 5545) of the dialogues'
 * sessions and decision deadlines, built and written with libical, which
 * escapes the text values, folds lines at 75 octets and ends them with
 * CRLF. What an event says is chosen here, as on the public pages: when,
 * where, the method, the accessibility notes and where to send views;
 * never who takes part or the notes.
 *
 * Times: a session is held at a place in Sweden, at a fixed moment
 * wherever the reader's calendar is set, so its times are local times
 * with TZID=Europe/Stockholm and the file carries that VTIMEZONE (RFC
 * 5545 3.2.19 and 3.6.5), not floating times (3.3.5: the same local
 * time in every zone, which would move a meeting in Skärhamn for a
 * reader in Helsinki or on summer time abroad). The VTIMEZONE is the EU
 * rule in force since 1996 (summer time from the last Sunday of March,
 * 02:00, to the last Sunday of October, 03:00), written out here rather
 * than taken from the host's time zone data, so that every host writes
 * the same bytes. A session without a start time and a decision
 * deadline are days, not moments: all-day events (VALUE=DATE, DTEND the
 * next day), which are the same day in every zone.
 *
 * Stable files: each UID is the dialogue's reference, the session's
 * number and the register's identity (store_register_uid); DTSTAMP is
 * when the dialogue last changed (RFC 5545 3.8.7.2: without a METHOD,
 * the last revision); events are sorted. The same register gives the
 * same bytes, and a calendar that subscribed to a file updates its
 * events instead of adding them again.
 */
#include "config.h"

#include <libical/ical.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "typeset.h"
#include "util.h"

#define TZID	"Europe/Stockholm"

/* One event and the key it is sorted by: its start, then its UID. */
struct event {
	char		*key;
	icalcomponent	*c;
};

struct cal {
	const struct report_cal_in	*in;
	struct event			*v;
	size_t				 n, alloc;
};

/* ------------------------------------------------------------ values */

static struct icaltimetype
day_of(long days)
{
	struct icaltimetype t = icaltime_null_date();
	char buf[16];

	dlg_date_format(days, buf, sizeof buf);
	t.year = atoi(buf);
	t.month = atoi(buf + 5);
	t.day = atoi(buf + 8);
	return t;
}

/* A local time of day on days ("HH:MM", canonical). */
static struct icaltimetype
moment(long days, const char *hhmm)
{
	struct icaltimetype t = day_of(days);

	t.is_date = 0;
	t.hour = atoi(hhmm);
	t.minute = atoi(hhmm + 3);
	t.second = 0;
	return t;
}

/* DTSTAMP: "2026-11-24T10:15:00Z" as the store writes it, in UTC. */
static struct icaltimetype
stamp(const struct dialogue *d)
{
	const char *s = d->updated != NULL ? d->updated : d->created;
	struct icaltimetype t = icaltime_null_time();
	int y, mo, da, h, mi, se;
	char z;

	if (s != NULL && sscanf(s, "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &da,
	    &h, &mi, &se, &z) == 7 && z == 'Z') {
		t.year = y;
		t.month = mo;
		t.day = da;
		t.hour = h;
		t.minute = mi;
		t.second = se;
	} else {
		/* Never happens with a stored dialogue; still a UTC time. */
		t.year = 1970;
		t.month = 1;
		t.day = 1;
	}
	return icaltime_set_timezone(&t, icaltimezone_get_utc_timezone());
}

/* A time property with TZID=Europe/Stockholm, or a date. */
static icalproperty *
timed(icalproperty *p, struct icaltimetype t)
{
	if (!t.is_date)
		icalproperty_add_parameter(p, icalparameter_new_tzid(TZID));
	return p;
}

/* Text from the register for a TEXT value: no control character, no
 * invalid UTF-8 (newlines kept, libical writes them as \n). */
static void
add_text(icalcomponent *c, icalproperty *(*make)(const char *),
    const char *s)
{
	char *clean;

	if (s == NULL || *s == '\0')
		return;
	clean = report_sanitize(s, 1);
	icalcomponent_add_property(c, make(clean));
	free(clean);
}

/* A line of the description: a translated format and its values. */
static void DLG_PRINTF(2, 3)
line(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;

	if (sb->len > 0)
		sb_addc(sb, '\n');
	va_start(ap, fmt);
	sb_vaddf(sb, fmt, ap);
	va_end(ap);
}

static int
given(const char *s)
{
	return s != NULL && *s != '\0';
}

/* ------------------------------------------------------------ events */

static void
push(struct cal *cal, icalcomponent *c, struct icaltimetype start,
    const char *uid)
{
	struct event *e;

	if (cal->n == cal->alloc) {
		cal->alloc = cal->alloc ? 2 * cal->alloc : 16;
		cal->v = xrealloc(cal->v, cal->alloc * sizeof *cal->v);
	}
	e = &cal->v[cal->n++];
	e->key = xasprintf("%04d%02d%02d%02d%02d %s", start.year,
	    start.month, start.day, start.is_date ? 0 : start.hour,
	    start.is_date ? 0 : start.minute, uid);
	e->c = c;
}

/* The event's frame: UID, DTSTAMP, DTSTART, DTEND, SUMMARY (words of
 * the register's policy). */
static icalcomponent *
event_new(struct cal *cal, const struct dialogue *d, const char *uid,
    struct icaltimetype start, struct icaltimetype end, const char *summary)
{
	icalcomponent *c = icalcomponent_new(ICAL_VEVENT_COMPONENT);
	char *w = dlg_words(cal->in->s, summary);

	icalcomponent_add_property(c, icalproperty_new_uid(uid));
	icalcomponent_add_property(c, icalproperty_new_dtstamp(stamp(d)));
	icalcomponent_add_property(c, timed(icalproperty_new_dtstart(start),
	    start));
	if (!icaltime_is_null_time(end))
		icalcomponent_add_property(c,
		    timed(icalproperty_new_dtend(end), end));
	add_text(c, icalproperty_new_summary, w);
	free(w);
	push(cal, c, start, uid);
	return c;
}

static const char *
title_of(const struct dialogue *d)
{
	const char *t = dlg_get(d, F_TITLE);

	return t != NULL && *t != '\0' ? t : d->ref;
}

/* Views are still wanted: the dialogue has not reported yet. */
static int
open_to_views(const struct dialogue *d)
{
	return d->state == DLG_PROPOSED || d->state == DLG_DECIDED ||
	    d->state == DLG_PLANNED || d->state == DLG_RUNNING;
}

static void
session_event(struct cal *cal, const struct dialogue *d,
    const struct dlg_session *s, long days)
{
	const struct dlg_settings *set = cal->in->s;
	int cancelled = d->state == DLG_CANCELLED;
	struct icaltimetype start, end = icaltime_null_time();
	struct strbuf sb;
	icalcomponent *c;
	char *uid, *summary, *w;

	if (given(s->time_start)) {
		start = moment(days, s->time_start);
		if (given(s->time_end))
			end = moment(days, s->time_end);
	} else {
		/* A day without a time of day: all of it. */
		start = day_of(days);
		end = day_of(days + 1);
	}
	uid = xasprintf("%s-session-%lld@%s", d->ref, s->id, cal->in->uid);
	summary = xasprintf(cancelled ?
	    /* TRANSLATORS: a calendar event of a session of a cancelled
	       dialogue; %s is the dialogue's title */
	    _("Cancelled: %s") :
	    /* TRANSLATORS: a calendar event of a session; %s is the
	       dialogue's title */
	    _("Citizen dialogue: %s"), title_of(d));
	c = event_new(cal, d, uid, start, end, summary);
	add_text(c, icalproperty_new_location, s->place);

	sb_init(&sb);
	if (cancelled)
		line(&sb, "%s", _("The citizen dialogue was cancelled."));
	/* TRANSLATORS: lines of a calendar event; %s is the value */
	if (given(s->method))
		line(&sb, _("Method: %s"), s->method);
	if (given(s->accessibility))
		line(&sb, _("Accessibility: %s"), s->accessibility);
	if (!given(s->time_start) && given(s->time_end))
		/* TRANSLATORS: a session with only its end time known */
		line(&sb, _("Ends at %s."), s->time_end);
	if (open_to_views(d) && set != NULL && given(set->contact))
		/* TRANSLATORS: in a calendar event: the municipality's
		   contact channel, then the dialogue's reference */
		line(&sb, _("Send your views or questions to %s and mark "
		    "them %s."), set->contact, d->ref);
	w = dlg_words(set, sb.buf);
	add_text(c, icalproperty_new_description, w);
	free(w);
	sb_release(&sb);
	icalcomponent_add_property(c, icalproperty_new_status(cancelled ?
	    ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
	free(summary);
	free(uid);
}

static void
deadline_event(struct cal *cal, const struct dialogue *d, long days)
{
	const char *body;
	struct strbuf sb;
	icalcomponent *c;
	char *uid, *summary;

	uid = xasprintf("%s-deadline@%s", d->ref, cal->in->uid);
	/* TRANSLATORS: a calendar event on the day of the decision
	   deadline; %s is the dialogue's title */
	summary = xasprintf(_("Decision on the question at the latest: %s"),
	    title_of(d));
	c = event_new(cal, d, uid, day_of(days), day_of(days + 1), summary);
	sb_init(&sb);
	/* TRANSLATORS: lines of a calendar event; %s is the value */
	line(&sb, _("Reference: %s"), d->ref);
	body = dlg_question_body(d, cal->in->s);
	if (given(body))
		line(&sb, _("Deciding body: %s"), body);
	line(&sb, _("State: %s"), dlg_state_label(d->state));
	add_text(c, icalproperty_new_description, sb.buf);
	sb_release(&sb);
	/* A day to know of, not time taken. */
	icalcomponent_add_property(c,
	    icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
	free(summary);
	free(uid);
}

/* The question is still to be decided: a deadline worth a day in the
 * calendar. */
static int
deadline_open(const struct dialogue *d)
{
	const char *qd = dlg_get(d, F_QUESTION_DECISION_DATE);

	return d->state != DLG_REJECTED && d->state != DLG_CANCELLED &&
	    (qd == NULL || *qd == '\0');
}

static void
add_dialogue(struct cal *cal, const struct dialogue *d,
    struct report_cal_count *count)
{
	const struct report_cal_in *in = cal->in;
	const char *deadline = dlg_get(d, F_DECISION_DEADLINE);
	long days;
	size_t i;

	if (d->state == DLG_REJECTED)
		return;
	for (i = 0; i < d->nsessions; i++) {
		if (dlg_date_parse(d->sessions[i].date, &days, NULL) != 0 ||
		    (in->upcoming && days < in->today))
			continue;
		session_event(cal, d, &d->sessions[i], days);
		count->sessions++;
	}
	if (in->deadlines && deadline_open(d) && deadline != NULL &&
	    dlg_date_parse(deadline, &days, NULL) == 0 &&
	    (!in->upcoming || days >= in->today)) {
		deadline_event(cal, d, days);
		count->deadlines++;
	}
}

/* ------------------------------------------------------------ calendar */

/* Europe/Stockholm as the EU has had it since 1996 (see the top). */
static icalcomponent *
stockholm(void)
{
	static const struct {
		icalcomponent_kind	 kind;
		int			 from, to;
		const char		*name, *start, *rule;
	} obs[] = {
		{ ICAL_XDAYLIGHT_COMPONENT, 3600, 7200, "CEST",
		    "19700329T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" },
		{ ICAL_XSTANDARD_COMPONENT, 7200, 3600, "CET",
		    "19701025T030000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU" },
	};
	icalcomponent *tz = icalcomponent_new(ICAL_VTIMEZONE_COMPONENT), *o;
	size_t i;

	icalcomponent_add_property(tz, icalproperty_new_tzid(TZID));
	for (i = 0; i < sizeof obs / sizeof obs[0]; i++) {
		o = icalcomponent_vanew(obs[i].kind,
		    icalproperty_new_tzoffsetfrom(obs[i].from),
		    icalproperty_new_tzoffsetto(obs[i].to),
		    icalproperty_new_tzname(obs[i].name),
		    icalproperty_new_dtstart(icaltime_from_string(
		    obs[i].start)),
		    icalproperty_new_rrule(icalrecurrencetype_from_string(
		    obs[i].rule)),
		    (void *)0);
		icalcomponent_add_component(tz, o);
	}
	return tz;
}

/*
 * X-WR-CALNAME, which calendar programs show as the name of a
 * subscription: libical writes an X- property's text without escaping
 * ',' and ';' (RFC 5545 3.3.11), so they become spaces here; NAME (RFC
 * 7986) carries the name as written.
 */
static icalproperty *
x_name(const char *name)
{
	icalproperty *p;
	char *t = xstrdup(name), *q;

	for (q = t; *q != '\0'; q++)
		if (*q == ',' || *q == ';' || *q == '\\')
			*q = ' ';
	p = icalproperty_new_x(t);
	icalproperty_set_x_name(p, "X-WR-CALNAME");
	free(t);
	return p;
}

static int
by_key(const void *a, const void *b)
{
	return strcmp(((const struct event *)a)->key,
	    ((const struct event *)b)->key);
}

int
typeset_calendar(FILE *fp, const struct report_cal_in *in,
    const struct dialogue *const *v, size_t n,
    struct report_cal_count *count, struct dlg_error *err)
{
	struct report_cal_count dummy;
	struct cal cal = { in, NULL, 0, 0 };
	icalcomponent *vcal;
	char *name, *text;
	size_t i;

	if (count == NULL)
		count = &dummy;
	memset(count, 0, sizeof *count);
	for (i = 0; i < n; i++)
		add_dialogue(&cal, v[i], count);
	/* qsort's array may not be NULL, even for no events. */
	if (cal.n > 1)
		qsort(cal.v, cal.n, sizeof *cal.v, by_key);

	name = report_sanitize(in->name != NULL ? in->name : "", 0);
	vcal = icalcomponent_vanew(ICAL_VCALENDAR_COMPONENT,
	    icalproperty_new_version("2.0"),
	    icalproperty_new_prodid("-//dialogreg//dialogreg " VERSION "//EN"),
	    icalproperty_new_calscale("GREGORIAN"),
	    (void *)0);
	if (*name != '\0') {
		icalcomponent_add_property(vcal, icalproperty_new_name(name));
		icalcomponent_add_property(vcal, x_name(name));
	}
	/* Subscribers look again once a day (RFC 7986 5.7). */
	icalcomponent_add_property(vcal, icalproperty_new_refreshinterval(
	    icaldurationtype_from_int(24 * 60 * 60)));
	/* Always there, so that a file without events still holds the one
	 * component RFC 5545 asks for. */
	icalcomponent_add_component(vcal, stockholm());
	for (i = 0; i < cal.n; i++) {
		icalcomponent_add_component(vcal, cal.v[i].c);
		free(cal.v[i].key);
	}
	free(cal.v);
	free(name);
	text = icalcomponent_as_ical_string_r(vcal);
	icalcomponent_free(vcal);
	if (text == NULL)
		return err_set(err, ERR_STORAGE, _("the calendar could not "
		    "be made: %s"), icalerror_strerror(icalerrno));
	fputs(text, fp);
	free(text);
	return 0;
}
