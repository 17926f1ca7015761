/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * clock.c: today, now and who. DIALOGREG_TODAY fixes "today" so that
 * deadline rules can be tested on a known date.
 */
#include "config.h"

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant). */
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

long
dlg_today(void)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	const char *env = getenv("DIALOGREG_TODAY");
	int y, m, d, leap;
	char tail;
	struct tm tm;
	time_t t;

	/* Only a real calendar date fixes today; anything else is ignored. */
	if (env != NULL && sscanf(env, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3
	    && m >= 1 && m <= 12 && d >= 1) {
		leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
		if (d <= mdays[m - 1] + (m == 2 && leap))
			return days_from_civil(y, m, d);
	}
	t = time(NULL);
	localtime_r(&t, &tm);
	return days_from_civil(tm.tm_year + 1900L, tm.tm_mon + 1L, tm.tm_mday);
}

void
dlg_now_iso(char *buf, size_t size)
{
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

const char *
dlg_username(void)
{
	static char name[256];
	struct passwd *pw;
	const char *s;

	if (name[0] != '\0')
		return name;
	if ((pw = getpwuid(geteuid())) != NULL && pw->pw_name != NULL)
		s = pw->pw_name;
	else if ((s = getenv("USER")) == NULL || *s == '\0')
		s = "unknown";
	snprintf(name, sizeof name, "%s", s);
	return name;
}
