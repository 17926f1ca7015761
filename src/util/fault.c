/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fault.c: the file size limit (ulimit -f) as an error, not a death.
 * By default a write past RLIMIT_FSIZE raises SIGXFSZ, which ends the
 * program without a word and may leave an output file half-written. With
 * the handler installed the signal only sets a flag and the write fails
 * with EFBIG, which every writer reports. SQLite reports such a failed
 * write as a plain I/O error and may have overwritten errno by the time
 * it returns, so the store asks the flag what happened.
 */
#include "config.h"

#include <signal.h>
#include <string.h>

#include "util.h"

static volatile sig_atomic_t limit_hit;

static void
on_xfsz(int sig)
{
	(void)sig;
	limit_hit = 1;
}

void
fault_catch_file_limit(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_xfsz;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	sigaction(SIGXFSZ, &sa, NULL);
}

int
fault_file_limit_take(void)
{
	int hit = limit_hit;

	limit_hit = 0;
	return hit;
}
