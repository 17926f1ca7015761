/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check.h: the unit tests' assertions and runner. A failing CHECK prints
 * file:line and the expression (and both strings for CHECK_STR) and
 * makes the program exit non-zero; the test goes on so that one run
 * shows every failure.
 *
 * A test program lists its tests in a table and calls check_main():
 *	prog             runs every test
 *	prog NAME        runs the test NAME (unknown NAME: failure)
 *	prog --expect N1 N2 ...
 *	                 fails unless exactly these tests exist, so that the
 *	                 meson list and the table cannot drift apart
 */
#ifndef DIALOGREG_TEST_CHECK_H
#define DIALOGREG_TEST_CHECK_H

#include <stdio.h>
#include <string.h>

extern int check_failures;

#define CHECK(expr) do {						\
	if (!(expr)) {							\
		fprintf(stderr, "%s:%d: check failed: %s\n",		\
		    __FILE__, __LINE__, #expr);				\
		check_failures++;					\
	}								\
} while (0)

#define CHECK_STR(got, want) do {					\
	const char *check_g_ = (got), *check_w_ = (want);		\
	if (check_g_ == NULL || check_w_ == NULL ?			\
	    check_g_ != check_w_ : strcmp(check_g_, check_w_) != 0) {	\
		fprintf(stderr, "%s:%d: check failed: %s == %s\n"	\
		    "  got:  '%s'\n  want: '%s'\n", __FILE__, __LINE__,	\
		    #got, #want, check_g_ ? check_g_ : "(null)",	\
		    check_w_ ? check_w_ : "(null)");			\
		check_failures++;					\
	}								\
} while (0)

struct check_test {
	const char	*name;
	void		(*fn)(void);
};

int check_main(const struct check_test *tests, int argc, char **argv);

#endif
