/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check.c: the runner of check.h.
 */
#include <stdio.h>
#include <string.h>

#include "check.h"

int check_failures;

static int
run(const struct check_test *t)
{
	int before = check_failures;

	t->fn();
	printf("%s %s\n", check_failures == before ? "ok  " : "FAIL",
	    t->name);
	return check_failures == before;
}

int
check_main(const struct check_test *tests, int argc, char **argv)
{
	const struct check_test *t;
	int i, found, n = 0;

	if (argc >= 2 && strcmp(argv[1], "--expect") == 0) {
		for (t = tests; t->name != NULL; t++) {
			n++;
			for (found = 0, i = 2; i < argc && !found; i++)
				found = strcmp(argv[i], t->name) == 0;
			if (!found) {
				fprintf(stderr, "test '%s' is not registered "
				    "in tests/unit/meson.build\n", t->name);
				check_failures++;
			}
		}
		if (argc - 2 != n) {
			fprintf(stderr, "meson.build lists %d tests, the "
			    "program has %d\n", argc - 2, n);
			check_failures++;
		}
		return check_failures != 0;
	}
	if (argc >= 2) {
		for (t = tests; t->name != NULL; t++)
			if (strcmp(t->name, argv[1]) == 0)
				return run(t) ? 0 : 1;
		fprintf(stderr, "no test named '%s'\n", argv[1]);
		return 1;
	}
	for (t = tests; t->name != NULL; t++)
		run(t);
	return check_failures != 0;
}
