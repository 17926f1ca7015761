/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_search: the text of a search, as typed after `/` in the list or
 * given to `list --text`. A register with the demo's dialogues is made
 * once; every input is searched for by the list, the count and the
 * screens' search, and none may fail: no text anyone types is read as
 * full-text syntax. The count is the number of dialogues the list gives,
 * and the screens' search finds no dialogue the list does not. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "demo.h"
#include "store.h"
#include "util.h"
#include "fuzz.h"

#define MAXDLG	256

static struct store *reg;
static char dir[4096];		/* $TMPDIR/dialogreg-fuzz-search.XXXXXX */
static char path[sizeof dir + 16];

struct found {
	long long	 id[MAXDLG];
	long		 n;
};

static void
remove_register(void)
{
	static const char *const ext[] = { "", "-wal", "-shm", "-journal" };
	char p[sizeof path + 16];
	size_t i;

	if (reg != NULL)
		store_close(reg);
	reg = NULL;
	for (i = 0; i < sizeof ext / sizeof ext[0]; i++) {
		snprintf(p, sizeof p, "%s%s", path, ext[i]);
		(void)unlink(p);
	}
	(void)rmdir(dir);
}

static void
fail(const char *what, const char *text, const struct dlg_error *e)
{
	fprintf(stderr, "fuzz_search: %s of \"%s\": %s\n", what, text,
	    e != NULL ? e->msg : "");
	abort();
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct dlg_error e;

	(void)argc;
	(void)argv;
	if (setlocale(LC_ALL, "C.UTF-8") == NULL)
		setlocale(LC_ALL, "");
	snprintf(dir, sizeof dir, "%s/dialogreg-fuzz-search.XXXXXX",
	    getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(dir) == NULL)
		abort();
	snprintf(path, sizeof path, "%s/register.db", dir);
	atexit(remove_register);
	err_clear(&e);
	if (store_open(path, STORE_CREATE, &reg, &e) != 0 ||
	    demo_build(reg, dlg_today(), "fuzz", &e) != 0)
		fail("the demo register", path, &e);
	return 0;
}

static int
listed(const struct dialogue *d, void *arg)
{
	struct found *f = arg;

	if (f->n < MAXDLG)
		f->id[f->n] = d->id;
	f->n++;
	return 0;
}

static void
searched(long long id, void *arg)
{
	const struct found *f = arg;
	long i;

	for (i = 0; i < f->n && i < MAXDLG; i++)
		if (f->id[i] == id)
			return;
	abort();	/* the screens found what the list did not */
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct store_query q = { 0 };
	struct store_search *ss = NULL;
	struct dlg_error e;
	struct found f;
	char *s = fuzz_string(data, size);
	long n, tries;
	int rc;

	q.text = s;
	f.n = 0;
	err_clear(&e);
	if (store_count(reg, &q, &n, &e) != 0)
		fail("count", s, &e);
	if (store_list(reg, &q, listed, &f, &e) != 0)
		fail("list", s, &e);
	if (f.n != n)
		fail("count and list differ", s, NULL);
	if (store_search_open(reg, s, &ss, &e) != 0)
		fail("search", s, &e);
	for (tries = 0, rc = 0; ss != NULL && rc != 1; tries++) {
		rc = store_search_step(ss, 64, searched, &f, &e);
		if (rc == -1)
			fail("search step", s, &e);
		if (rc == 2) {
			if (tries > 100000)
				fail("search never ends", s, NULL);
			usleep(100);
		}
	}
	if (ss != NULL)
		store_search_close(ss);
	free(s);
	return 0;
}
