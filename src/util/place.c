/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * place.c: where the program runs from. Run from the build directory,
 * it uses what the build made (the message catalog, the typesetting
 * module); installed, what was installed.
 */
#include "config.h"

#include <limits.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

int
dlg_run_from_build(void)
{
	static int known = -1;
	char exe[PATH_MAX];
	char *slash;
	ssize_t n;

	if (known >= 0)
		return known;
	known = 0;
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return known;
	exe[n] = '\0';
	if ((slash = strrchr(exe, '/')) == NULL)
		return known;
	*slash = '\0';
	known = strcmp(exe, BUILD_ROOT "/src") == 0;
	return known;
}
