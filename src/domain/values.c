/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * values.c: the value types of the record that are not plain text: real
 * calendar dates ("YYYY-MM-DD" <-> days since 1970-01-01, proleptic
 * Gregorian), times of day ("18:30") and amounts in whole kronor
 * ("125 000 kr" <-> 125000).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dialogue.h"
#include "i18n.h"
#include "internal.h"

/* The years a date of the register may fall in. */
#define YEAR_MIN 1900
#define YEAR_MAX 2999
/* The largest amount: 999 999 999 999 kr, far above any budget. */
#define AMOUNT_MAX 999999999999LL

/* Days since 1970-01-01 of y-m-d (Howard Hinnant's algorithm). */
static long
days_from_civil(long y, long m, long d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
civil_from_days(long z, long *y, long *m, long *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

static int
leap(long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
month_days(long y, long m)
{
	static const int n[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	return m == 2 && leap(y) ? 29 : n[m - 1];
}

int
dlg_date_parse(const char *s, long *days, struct dlg_error *err)
{
	char ex[256];
	long y, m, d;
	int i;

	dom_excerpt(ex, sizeof ex, s != NULL ? s : "", 40);
	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		goto notdate;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			goto notdate;
	y = strtol(s, NULL, 10);
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (m < 1 || m > 12 || d < 1 || d > month_days(y, m))
		return err_set(err, ERR_REFUSED,
		    _("the date '%s' does not exist"), ex);
	if (y < YEAR_MIN || y > YEAR_MAX)
		return err_set(err, ERR_REFUSED, _("the date '%s' is out of "
		    "range; give a year from %d to %d"), ex, YEAR_MIN,
		    YEAR_MAX);
	*days = days_from_civil(y, m, d);
	return 0;
notdate:
	return err_set(err, ERR_REFUSED, _("'%s' is not a date; write it as "
	    "YYYY-MM-DD, e.g. 2026-11-24"), ex);
}

void
dlg_date_format(long days, char *buf, size_t size)
{
	long y, m, d;

	civil_from_days(days, &y, &m, &d);
	snprintf(buf, size, "%04ld-%02ld-%02ld", y, m, d);
}

int
dlg_time_parse(const char *s, int *minutes, struct dlg_error *err)
{
	char ex[256];
	const char *p;
	int h = 0, m, nh = 0;

	dom_excerpt(ex, sizeof ex, s != NULL ? s : "", 40);
	p = s != NULL ? s : "";
	while (*p == ' ')
		p++;
	/* Hours of one or two digits, then ':' or '.' as Swedish writes
	 * it ("kl. 18.30"), then two digits of minutes. */
	for (; nh < 2 && *p >= '0' && *p <= '9'; p++, nh++)
		h = h * 10 + (*p - '0');
	if (nh == 0 || (*p != ':' && *p != '.'))
		goto nottime;
	p++;
	if (p[0] < '0' || p[0] > '9' || p[1] < '0' || p[1] > '9')
		goto nottime;
	m = (p[0] - '0') * 10 + (p[1] - '0');
	for (p += 2; *p == ' '; p++)
		;
	if (*p != '\0')
		goto nottime;
	if (h > 23 || m > 59)
		return err_set(err, ERR_REFUSED,
		    _("the time '%s' does not exist; give 00:00 to 23:59"), ex);
	*minutes = h * 60 + m;
	return 0;
nottime:
	return err_set(err, ERR_REFUSED, _("'%s' is not a time of day; write "
	    "it as HH:MM, e.g. 18:30"), ex);
}

/* Length of a thousands separator at p: space, U+00A0 or U+202F; or 0. */
static size_t
separator(const char *p)
{
	if (p[0] == ' ')
		return 1;
	if ((unsigned char)p[0] == 0xc2 && (unsigned char)p[1] == 0xa0)
		return 2;
	if ((unsigned char)p[0] == 0xe2 && (unsigned char)p[1] == 0x80 &&
	    (unsigned char)p[2] == 0xaf)
		return 3;
	return 0;
}

/* The end of s without trailing separators. */
static size_t
rtrim_separators(const char *s, size_t n)
{
	for (;;) {
		if (n >= 1 && s[n - 1] == ' ')
			n -= 1;
		else if (n >= 2 && separator(s + n - 2) == 2)
			n -= 2;
		else if (n >= 3 && separator(s + n - 3) == 3)
			n -= 3;
		else
			return n;
	}
}

int
dlg_amount_parse(const char *s, long long *kr, struct dlg_error *err)
{
	char ex[256], *t, *big;
	size_t n, i, k, group, ngroups = 0, ndigits = 0;
	long long v = 0;
	int ret;

	dom_excerpt(ex, sizeof ex, s != NULL ? s : "", 40);
	if (s == NULL || !utf8_valid(s, strlen(s)))
		return err_set(err, ERR_REFUSED, _("'%s' is not an amount; "
		    "give whole kronor, e.g. 125 000"), ex);
	t = dom_trim(s);
	n = strlen(t);
	/* An optional "kr" or "kr." after the number. */
	if (n >= 3 && t[n - 1] == '.' && (t[n - 3] == 'k' || t[n - 3] == 'K')
	    && (t[n - 2] == 'r' || t[n - 2] == 'R'))
		n -= 3;
	else if (n >= 2 && (t[n - 2] == 'k' || t[n - 2] == 'K') &&
	    (t[n - 1] == 'r' || t[n - 1] == 'R'))
		n -= 2;
	n = rtrim_separators(t, n);
	ret = -1;
	if (n > 0 && (t[0] == '-' || strncmp(t, "\xe2\x88\x92", 3) == 0)) {
		err_set(err, ERR_REFUSED, _("'%s' is negative; an amount is "
		    "whole kronor from 0 up"), ex);
		goto out;
	}
	for (i = 0; i < n; i++)
		if (t[i] == ',' || t[i] == '.') {
			err_set(err, ERR_REFUSED, _("'%s' has decimals or a "
			    "comma; give whole kronor, e.g. 125 000"), ex);
			goto out;
		}
	i = 0;
	while (i < n) {
		group = 0;
		while (i < n && t[i] >= '0' && t[i] <= '9') {
			if (++ndigits > 15)
				goto toobig;
			v = v * 10 + (t[i] - '0');
			group++;
			i++;
		}
		if (group == 0)
			goto notamount;
		ngroups++;
		/* Groups after the first hold three digits: "1 250 000". */
		if (ngroups > 1 && group != 3)
			goto notamount;
		if (ngroups == 1 && i < n && group > 3)
			goto notamount;
		if (i < n) {
			if ((k = separator(t + i)) == 0)
				goto notamount;
			i += k;
			if (i >= n)
				goto notamount;
		}
	}
	if (ngroups == 0)
		goto notamount;
	if (v > AMOUNT_MAX)
		goto toobig;
	*kr = v;
	ret = 0;
	goto out;
toobig:
	big = dlg_amount_format(AMOUNT_MAX);
	err_set(err, ERR_REFUSED, _("'%s' is too large; the largest amount "
	    "is %s"), ex, big);
	free(big);
	goto out;
notamount:
	err_set(err, ERR_REFUSED, _("'%s' is not an amount; give whole "
	    "kronor, e.g. 125 000 or 125000 kr"), ex);
out:
	free(t);
	return ret;
}

char *
dlg_amount_format(long long kr)
{
	/* TRANSLATORS: thousands separator in amounts: "125,000 kr" in
	   English, a space in Swedish ("125 000 kr") */
	const char *sep = _(",");
	char digits[32];
	struct strbuf sb;
	size_t n, i;
	char *num, *res;

	if (kr < 0)
		kr = 0;
	snprintf(digits, sizeof digits, "%lld", kr);
	n = strlen(digits);
	sb_init(&sb);
	for (i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			sb_add(&sb, sep);
		sb_addc(&sb, digits[i]);
	}
	num = sb_detach(&sb);
	/* TRANSLATORS: an amount in whole kronor; %s is the number */
	res = xasprintf(_("%s kr"), num);
	free(num);
	return res;
}
