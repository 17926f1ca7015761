/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_values.c: real calendar dates and amounts in whole kronor.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "dialogue.h"

static int
date_ok(const char *s)
{
	long days;

	return dlg_date_parse(s, &days, NULL) == 0;
}

static void
date_accepts_leap_day_in_leap_years(void)
{
	CHECK(date_ok("2028-02-29"));
	CHECK(date_ok("2000-02-29"));	/* divisible by 400 */
	CHECK(date_ok("2024-02-29"));
	CHECK(date_ok("2026-12-31"));
	CHECK(date_ok("2026-04-30"));
}

static void
date_refuses_leap_day_in_common_years(void)
{
	struct dlg_error err = { 0 };
	long days;

	CHECK(dlg_date_parse("2026-02-29", &days, &err) == -1);
	CHECK(err.code == ERR_REFUSED);
	CHECK_STR(err.msg, "the date '2026-02-29' does not exist");
	CHECK(!date_ok("1900-02-29"));	/* divisible by 100 */
	CHECK(!date_ok("2100-02-29"));
}

static void
date_refuses_days_and_months_that_do_not_exist(void)
{
	struct dlg_error err = { 0 };
	long days;

	CHECK(dlg_date_parse("2026-13-01", &days, &err) == -1);
	CHECK_STR(err.msg, "the date '2026-13-01' does not exist");
	CHECK(!date_ok("2026-00-10"));
	CHECK(!date_ok("2026-04-31"));
	CHECK(!date_ok("2026-01-00"));
	CHECK(!date_ok("2026-01-32"));
}

static void
date_refuses_other_formats(void)
{
	struct dlg_error err = { 0 };
	long days;

	CHECK(dlg_date_parse("2026-1-1", &days, &err) == -1);
	CHECK(strstr(err.msg, "'2026-1-1' is not a date") != NULL);
	CHECK(strstr(err.msg, "YYYY-MM-DD") != NULL);
	CHECK(!date_ok("26-01-01"));
	CHECK(!date_ok("2026/01/01"));
	CHECK(!date_ok("2026-01-01x"));
	CHECK(!date_ok("20260101"));
	CHECK(!date_ok(" 2026-01-01"));
	CHECK(!date_ok("2026-0a-01"));
	CHECK(!date_ok(""));
	CHECK(!date_ok("1899-12-31"));	/* out of range */
}

static void
date_counts_days_since_epoch(void)
{
	char buf[16];
	long days = -1, d, back;

	CHECK(dlg_date_parse("1970-01-01", &days, NULL) == 0 && days == 0);
	CHECK(dlg_date_parse("2026-05-04", &days, NULL) == 0 &&
	    days == 20577);
	CHECK(dlg_date_parse("2000-03-01", &days, NULL) == 0 &&
	    days == 11017);
	dlg_date_format(20577, buf, sizeof buf);
	CHECK_STR(buf, "2026-05-04");
	dlg_date_format(-1, buf, sizeof buf);
	CHECK_STR(buf, "1969-12-31");
	/* Every day of the range round-trips, one day apart. */
	CHECK(dlg_date_parse("1900-01-01", &days, NULL) == 0);
	for (d = days; ; d++) {
		dlg_date_format(d, buf, sizeof buf);
		if (dlg_date_parse(buf, &back, NULL) != 0 || back != d) {
			CHECK(back == d);
			break;
		}
		if (strcmp(buf, "2999-12-31") == 0)
			break;
	}
	CHECK_STR(buf, "2999-12-31");
}

static long long
amount(const char *s)
{
	struct dlg_error err = { 0 };
	long long kr = -1;

	if (dlg_amount_parse(s, &kr, &err) != 0)
		return -1;
	return kr;
}

static void
amount_accepts_spaces_and_kr(void)
{
	CHECK(amount("125000") == 125000);
	CHECK(amount("125 000") == 125000);
	CHECK(amount("125 000 kr") == 125000);
	CHECK(amount("125000kr") == 125000);
	CHECK(amount("125000 KR") == 125000);
	CHECK(amount("125 000 kr.") == 125000);
	CHECK(amount("  1 250 000  ") == 1250000);
	CHECK(amount("125\xc2\xa0" "000") == 125000);		/* U+00A0 */
	CHECK(amount("125\xe2\x80\xaf" "000\xc2\xa0kr") == 125000); /* U+202F */
	CHECK(amount("0") == 0);
	CHECK(amount("007") == 7);
	CHECK(amount("999 999 999 999") == 999999999999LL);
}

static void
amount_refuses_decimals_negatives_text_and_overflow(void)
{
	struct dlg_error err = { 0 };
	long long kr;

	CHECK(dlg_amount_parse("12,5", &kr, &err) == -1);
	CHECK(err.code == ERR_REFUSED);
	CHECK(strstr(err.msg, "'12,5'") != NULL);
	CHECK(strstr(err.msg, "decimals") != NULL);
	CHECK(dlg_amount_parse("-5", &kr, &err) == -1);
	CHECK(strstr(err.msg, "negative") != NULL);
	CHECK(dlg_amount_parse("abc", &kr, &err) == -1);
	CHECK(strstr(err.msg, "'abc' is not an amount") != NULL);
	CHECK(dlg_amount_parse("1000000000000", &kr, &err) == -1);
	CHECK(strstr(err.msg, "too large") != NULL);
	CHECK(amount("99999999999999999999999") == -1);
	CHECK(amount("125.50") == -1);
	CHECK(amount("") == -1);
	CHECK(amount("kr") == -1);
	CHECK(amount("12 34") == -1);		/* not grouped in threes */
	CHECK(amount("1234 567") == -1);
	CHECK(amount("125  000") == -1);
	CHECK(amount("+5") == -1);
	CHECK(amount("5 kr 3") == -1);
	CHECK(amount("\xff") == -1);
}

static void
amount_format_uses_translated_separator(void)
{
	char *s;

	/* C locale: the msgids, "," as the separator. */
	CHECK_STR(s = dlg_amount_format(125000), "125,000 kr");
	free(s);
	CHECK_STR(s = dlg_amount_format(0), "0 kr");
	free(s);
	CHECK_STR(s = dlg_amount_format(999), "999 kr");
	free(s);
	CHECK_STR(s = dlg_amount_format(1000), "1,000 kr");
	free(s);
	CHECK_STR(s = dlg_amount_format(999999999999LL),
	    "999,999,999,999 kr");
	free(s);
}

static const struct check_test tests[] = {
	{ "date_accepts_leap_day_in_leap_years",
	    date_accepts_leap_day_in_leap_years },
	{ "date_refuses_leap_day_in_common_years",
	    date_refuses_leap_day_in_common_years },
	{ "date_refuses_days_and_months_that_do_not_exist",
	    date_refuses_days_and_months_that_do_not_exist },
	{ "date_refuses_other_formats", date_refuses_other_formats },
	{ "date_counts_days_since_epoch", date_counts_days_since_epoch },
	{ "amount_accepts_spaces_and_kr", amount_accepts_spaces_and_kr },
	{ "amount_refuses_decimals_negatives_text_and_overflow",
	    amount_refuses_decimals_negatives_text_and_overflow },
	{ "amount_format_uses_translated_separator",
	    amount_format_uses_translated_separator },
	{ NULL, NULL },
};

int
main(int argc, char **argv)
{
	return check_main(tests, argc, argv);
}
