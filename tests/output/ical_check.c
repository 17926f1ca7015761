/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * ical_check.c: the calendar files read back with libical, as a
 * calendar program would, and their form checked against RFC 5545.
 *
 * Usage: ical_check FILE...
 *
 * Each file must: end every line with CRLF and hold no line longer than
 * 75 octets (3.1), be valid UTF-8 once unfolded; parse with libical's
 * parser without an error (no X-LIC-ERROR) and pass its restriction
 * check; be a VCALENDAR of VERSION 2.0 with a PRODID; have a VTIMEZONE
 * for every TZID an event uses (3.2.19), which gives every such
 * DTSTART the same moment as the host's time zone data does; have
 * UIDs unique within the file, and DTSTAMP in UTC.
 *
 * For each event it prints one line, the values as parsed (escapes
 * undone), so that the tests compare them with what they put in:
 *   UID|DTSTART|DTEND|STATUS|TRANSP|SUMMARY|LOCATION|DESCRIPTION
 * times as TZID=ZONE:YYYYMMDDTHHMMSS or DATE:YYYYMMDD, newlines in
 * text as " / ". Exits 1 after saying what is wrong.
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int bad;

static void
problem(const char *file, const char *what, const char *detail)
{
	fprintf(stderr, "%s: %s%s%s\n", file, what, detail ? ": " : "",
	    detail ? detail : "");
	bad = 1;
}

static char *
slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, cap = 0, r;

	if (fp == NULL)
		return NULL;
	do {
		if (n + 4096 + 1 > cap) {
			cap = 2 * cap + 8192;
			buf = realloc(buf, cap);
			if (buf == NULL)
				exit(2);
		}
		r = fread(buf + n, 1, 4096, fp);
		n += r;
	} while (r > 0);
	fclose(fp);
	buf[n] = '\0';
	*len = n;
	return buf;
}

/* 1 when s[0..n) is valid UTF-8 (no overlongs, no surrogates). */
static int
utf8_ok(const unsigned char *s, size_t n)
{
	size_t i = 0, k, need;
	unsigned long c;

	while (i < n) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		if ((s[i] & 0xe0) == 0xc0)
			need = 1, c = s[i] & 0x1f;
		else if ((s[i] & 0xf0) == 0xe0)
			need = 2, c = s[i] & 0x0f;
		else if ((s[i] & 0xf8) == 0xf0)
			need = 3, c = s[i] & 0x07;
		else
			return 0;
		for (k = 1; k <= need; k++) {
			if (i + k >= n || (s[i + k] & 0xc0) != 0x80)
				return 0;
			c = c << 6 | (s[i + k] & 0x3f);
		}
		if ((need == 1 && c < 0x80) || (need == 2 && c < 0x800) ||
		    (need == 3 && (c < 0x10000 || c > 0x10ffff)) ||
		    (c >= 0xd800 && c <= 0xdfff))
			return 0;
		i += need + 1;
	}
	return 1;
}

/* Lines end with CRLF, at most 75 octets each; unfolded, valid UTF-8. */
static void
check_lines(const char *file, const char *buf, size_t len)
{
	char *unfolded = malloc(len + 1), msg[64];
	size_t i, start = 0, lineno = 1, u = 0;

	if (unfolded == NULL)
		exit(2);
	if (len == 0)
		problem(file, "empty file", NULL);
	for (i = 0; i < len; i++) {
		if (buf[i] == '\n') {
			if (i == 0 || buf[i - 1] != '\r') {
				snprintf(msg, sizeof msg, "line %zu", lineno);
				problem(file, "a line ends without CRLF", msg);
				free(unfolded);
				return;
			}
			if (i - 1 - start > 75) {
				snprintf(msg, sizeof msg, "line %zu, %zu octets",
				    lineno, i - 1 - start);
				problem(file, "a line is longer than 75 octets",
				    msg);
			}
			start = i + 1;
			lineno++;
		}
	}
	if (start != len)
		problem(file, "the last line has no CRLF", NULL);
	/* Unfold: CRLF followed by a space or tab goes. */
	for (i = 0; i < len; i++) {
		if (buf[i] == '\r' && i + 2 < len && buf[i + 1] == '\n' &&
		    (buf[i + 2] == ' ' || buf[i + 2] == '\t')) {
			i += 2;
			continue;
		}
		unfolded[u++] = buf[i];
	}
	if (!utf8_ok((const unsigned char *)unfolded, u))
		problem(file, "not valid UTF-8 once unfolded", NULL);
	free(unfolded);
}

static void
put_time(icalproperty *p)
{
	struct icaltimetype t;
	icalparameter *tz;

	if (p == NULL)
		return;
	t = icalvalue_get_datetime(icalproperty_get_value(p));
	tz = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
	if (t.is_date)
		printf("DATE:%04d%02d%02d", t.year, t.month, t.day);
	else if (tz != NULL)
		printf("TZID=%s:%s", icalparameter_get_tzid(tz),
		    icaltime_as_ical_string(t));
	else
		printf("%s", icaltime_as_ical_string(t));
}

static void
put_text(const char *s)
{
	for (; s != NULL && *s != '\0'; s++)
		if (*s == '\n')
			fputs(" / ", stdout);
		else
			putchar(*s);
}

/* The moment of an event's local start by the file's own VTIMEZONE
 * and by the host's data for the same zone: the same. */
static void
check_zone(const char *file, icalcomponent *cal, icalproperty *p)
{
	icalparameter *tzp = icalproperty_get_first_parameter(p,
	    ICAL_TZID_PARAMETER);
	icaltimezone *own, *host;
	struct icaltimetype a, b;
	const char *tzid;

	if (tzp == NULL)
		return;
	tzid = icalparameter_get_tzid(tzp);
	if ((own = icalcomponent_get_timezone(cal, tzid)) == NULL) {
		problem(file, "no VTIMEZONE for the TZID", tzid);
		return;
	}
	if ((host = icaltimezone_get_builtin_timezone(tzid)) == NULL) {
		problem(file, "the host does not know the zone", tzid);
		return;
	}
	a = b = icalvalue_get_datetime(icalproperty_get_value(p));
	icaltimezone_convert_time(&a, own, icaltimezone_get_utc_timezone());
	icaltimezone_convert_time(&b, host, icaltimezone_get_utc_timezone());
	if (icaltime_compare(a, b) != 0)
		problem(file, "the file's VTIMEZONE and the host's zone data "
		    "disagree", icaltime_as_ical_string(icalvalue_get_datetime(
		    icalproperty_get_value(p))));
	/* And at noon on every day of that year, so that a rule that is
	 * wrong elsewhere in the year is seen too. */
	a = icalvalue_get_datetime(icalproperty_get_value(p));
	a.month = 1;
	a.day = 1;
	a.hour = 12;
	a.minute = a.second = 0;
	for (b = a; b.year == a.year; icaltime_adjust(&b, 1, 0, 0, 0)) {
		struct icaltimetype x = b, y = b;

		icaltimezone_convert_time(&x, own,
		    icaltimezone_get_utc_timezone());
		icaltimezone_convert_time(&y, host,
		    icaltimezone_get_utc_timezone());
		if (icaltime_compare(x, y) != 0) {
			problem(file, "the file's VTIMEZONE and the host's "
			    "zone data disagree on", icaltime_as_ical_string(b));
			return;
		}
	}
}

static void
check_file(const char *file)
{
	icalcomponent *cal, *ev;
	icalproperty *p;
	char **uids = NULL;
	size_t len, n = 0, i;
	char *buf;
	const char *uid;

	if ((buf = slurp(file, &len)) == NULL) {
		problem(file, "cannot read it", NULL);
		return;
	}
	check_lines(file, buf, len);
	cal = icalparser_parse_string(buf);
	free(buf);
	if (cal == NULL ||
	    icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT) {
		problem(file, "libical does not read a VCALENDAR", NULL);
		icalcomponent_free(cal);
		return;
	}
	if (icalcomponent_count_errors(cal) != 0)
		problem(file, "libical found errors (X-LIC-ERROR)",
		    icalcomponent_as_ical_string(cal));
	if (!icalrestriction_check(cal))
		problem(file, "fails libical's RFC 5545 restriction check",
		    NULL);
	p = icalcomponent_get_first_property(cal, ICAL_VERSION_PROPERTY);
	if (p == NULL || strcmp(icalproperty_get_version(p), "2.0") != 0)
		problem(file, "no VERSION:2.0", NULL);
	if (icalcomponent_get_first_property(cal, ICAL_PRODID_PROPERTY) ==
	    NULL)
		problem(file, "no PRODID", NULL);
	for (ev = icalcomponent_get_first_component(cal,
	    ICAL_VEVENT_COMPONENT); ev != NULL;
	    ev = icalcomponent_get_next_component(cal,
	    ICAL_VEVENT_COMPONENT)) {
		uid = icalcomponent_get_uid(ev);
		if (uid == NULL || *uid == '\0')
			problem(file, "an event without UID", NULL);
		for (i = 0; uid != NULL && i < n; i++)
			if (strcmp(uids[i], uid) == 0)
				problem(file, "a UID is there twice", uid);
		uids = realloc(uids, (n + 1) * sizeof *uids);
		if (uids == NULL)
			exit(2);
		uids[n++] = strdup(uid != NULL ? uid : "");
		p = icalcomponent_get_first_property(ev,
		    ICAL_DTSTAMP_PROPERTY);
		if (p == NULL || !icaltime_is_utc(icalproperty_get_dtstamp(p)))
			problem(file, "an event's DTSTAMP is missing or not in "
			    "UTC", uid);
		p = icalcomponent_get_first_property(ev,
		    ICAL_DTSTART_PROPERTY);
		if (p == NULL) {
			problem(file, "an event without DTSTART", uid);
			continue;
		}
		check_zone(file, cal, p);
		printf("%s|", uid != NULL ? uid : "");
		put_time(p);
		putchar('|');
		put_time(icalcomponent_get_first_property(ev,
		    ICAL_DTEND_PROPERTY));
		putchar('|');
		p = icalcomponent_get_first_property(ev, ICAL_STATUS_PROPERTY);
		if (p != NULL)
			fputs(icalproperty_get_value_as_string(p), stdout);
		putchar('|');
		p = icalcomponent_get_first_property(ev, ICAL_TRANSP_PROPERTY);
		if (p != NULL)
			fputs(icalproperty_get_value_as_string(p), stdout);
		putchar('|');
		put_text(icalcomponent_get_summary(ev));
		putchar('|');
		put_text(icalcomponent_get_location(ev));
		putchar('|');
		put_text(icalcomponent_get_description(ev));
		putchar('\n');
	}
	for (i = 0; i < n; i++)
		free(uids[i]);
	free(uids);
	icalcomponent_free(cal);
}

int
main(int argc, char **argv)
{
	int i;

	if (argc < 2) {
		fprintf(stderr, "usage: ical_check FILE...\n");
		return 2;
	}
	for (i = 1; i < argc; i++)
		check_file(argv[i]);
	return bad ? 1 : 0;
}
