/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_concurrent.c: processes writing at the same time. Ten processes
 * released at once each register a dialogue: ten different references,
 * no error. The same for ten processes opening a register that does not
 * exist yet.
 */
#include "config.h"

#include <sys/wait.h>

#include "fixture.h"

#define NPROC	10

static int
collect_ref(const struct dialogue *d, void *arg)
{
	struct strlist *refs = arg;

	sl_push(refs, d->ref);
	return 0;
}

/* The child: wait for the start signal, open, create, report by exit
 * status (0 ok, else the error code + 10). */
static int
child(int gate, const char *path, int i)
{
	struct dlg_error e;
	struct store *st;
	struct dialogue *d;
	char title[64], c;
	int rc;

	/* EOF when the parent opens the gate */
	if (read(gate, &c, 1) < 0)
		return 9;
	err_clear(&e);
	if (store_open(path, STORE_CREATE, &st, &e) != 0) {
		fprintf(stderr, "child %d: open: %s (%s)\n", i, e.msg,
		    e.detail);
		return 10 + e.code;
	}
	snprintf(title, sizeof title, "Samtidig dialog %d", i);
	d = new_dialogue(title, "Kommunstyrelsen");
	rc = store_dialogue_create(st, d, day("2026-09-01"), "anna", &e);
	if (rc != 0)
		fprintf(stderr, "child %d: create: %s (%s)\n", i, e.msg,
		    e.detail);
	dlg_free(d);
	store_close(st);
	return rc == 0 ? 0 : 10 + e.code;
}

/* Start NPROC children on path, release them together, wait for all. */
static void
race(const char *path)
{
	pid_t pids[NPROC];
	int gate[2], i, status;

	if (!CHECK(pipe(gate) == 0))
		return;
	for (i = 0; i < NPROC; i++) {
		fflush(NULL);
		pids[i] = fork();
		if (pids[i] == 0) {
			close(gate[1]);
			_exit(child(gate[0], path, i));
		}
		CHECK(pids[i] > 0);
	}
	close(gate[0]);
	close(gate[1]);	/* all children read EOF now */
	for (i = 0; i < NPROC; i++) {
		if (pids[i] <= 0)
			continue;
		if (!CHECK(waitpid(pids[i], &status, 0) == pids[i]))
			continue;
		if (!CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0))
			fprintf(stderr, "  child %d: status %d\n", i, status);
	}
}

static void
check_ten_unique_refs(const char *path)
{
	struct store_query q = { 0 };
	struct strlist refs = { 0 };
	struct dlg_error e;
	struct store *st;
	char want[32];
	size_t i;

	err_clear(&e);
	if (!CHECK_OK(store_open(path, 0, &st, &e), &e))
		return;
	q.sort = SORT_REF;
	CHECK_OK(store_list(st, &q, collect_ref, &refs, &e), &e);
	if (CHECK_INT(refs.n, NPROC))
		for (i = 0; i < refs.n; i++) {
			snprintf(want, sizeof want, "MD-2026-%03zu", i + 1);
			CHECK_STR(refs.v[i], want);
		}
	sl_clear(&refs);
	store_close(st);
}

static void
ten_processes_creating_at_once_get_ten_unique_refs(void)
{
	struct store *st;

	if ((st = open_register("register.db")) == NULL)
		return;
	store_close(st);
	race(check_path("register.db"));
	check_ten_unique_refs(check_path("register.db"));
}

static void
ten_processes_creating_a_new_register_at_once_agree(void)
{
	race(check_path("fresh/register.db"));
	check_ten_unique_refs(check_path("fresh/register.db"));
}

int
main(void)
{
	RUN(ten_processes_creating_at_once_get_ten_unique_refs);
	RUN(ten_processes_creating_a_new_register_at_once_agree);
	return check_done();
}
