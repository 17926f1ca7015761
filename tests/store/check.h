/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * check.h: the store tests' small assertion kit and fixtures. A check
 * records a failure and returns false, so a test decides itself whether
 * it can go on ("if (!CHECK(...)) return;"). Each test program runs its
 * tests in a fresh temporary directory, removed at the end, and exits
 * non-zero when any check failed.
 */
#ifndef DIALOGREG_TESTS_STORE_CHECK_H
#define DIALOGREG_TESTS_STORE_CHECK_H

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store.h"

static int check_failures;
static const char *check_test = "?";
static char check_dir[4096];	/* the current test's directory */

static inline int
check_true(int ok, const char *what, const char *file, int line)
{
	if (!ok) {
		fprintf(stderr, "%s:%d: %s: check failed: %s\n", file, line,
		    check_test, what);
		check_failures++;
	}
	return ok;
}

static inline int
check_str(const char *got, const char *want, const char *what,
    const char *file, int line)
{
	int ok = (got == NULL && want == NULL) ||
	    (got != NULL && want != NULL && strcmp(got, want) == 0);

	if (!ok) {
		fprintf(stderr, "%s:%d: %s: %s\n  got:  %s%s%s\n"
		    "  want: %s%s%s\n", file, line, check_test, what,
		    got ? "'" : "", got ? got : "NULL", got ? "'" : "",
		    want ? "'" : "", want ? want : "NULL", want ? "'" : "");
		check_failures++;
	}
	return ok;
}

static inline int
check_int(long long got, long long want, const char *what, const char *file,
    int line)
{
	if (got != want) {
		fprintf(stderr, "%s:%d: %s: %s\n  got:  %lld\n  want: %lld\n",
		    file, line, check_test, what, got, want);
		check_failures++;
	}
	return got == want;
}

/* A call that must succeed; prints the error it gave. */
static inline int
check_ok(int rc, const struct dlg_error *err, const char *what,
    const char *file, int line)
{
	if (rc != 0) {
		fprintf(stderr, "%s:%d: %s: %s failed: [%d] %s (%s)\n", file,
		    line, check_test, what, err->code, err->msg, err->detail);
		check_failures++;
	}
	return rc == 0;
}

/* A call that must fail with code. */
static inline int
check_fails(int rc, const struct dlg_error *err, enum dlg_errcode code,
    const char *what, const char *file, int line)
{
	if (rc == 0 || err->code != code) {
		fprintf(stderr, "%s:%d: %s: %s: want error %d, got rc %d, "
		    "error [%d] %s (%s)\n", file, line, check_test, what,
		    (int)code, rc, err->code, err->msg, err->detail);
		check_failures++;
		return 0;
	}
	return 1;
}

/* A text that must contain needle. */
static inline int
check_has(const char *text, const char *needle, const char *file, int line)
{
	int ok = text != NULL && strstr(text, needle) != NULL;

	if (!ok) {
		fprintf(stderr, "%s:%d: %s: '%s' does not contain '%s'\n",
		    file, line, check_test, text ? text : "NULL", needle);
		check_failures++;
	}
	return ok;
}

#define CHECK(c)	check_true(!!(c), #c, __FILE__, __LINE__)
#define CHECK_STR(g, w)	check_str((g), (w), #g, __FILE__, __LINE__)
#define CHECK_INT(g, w)	check_int((long long)(g), (long long)(w), #g, \
			    __FILE__, __LINE__)
#define CHECK_OK(call, err) \
			check_ok((call), (err), #call, __FILE__, __LINE__)
#define CHECK_FAILS(call, err, code) \
			check_fails((call), (err), (code), #call, __FILE__, \
			    __LINE__)
#define CHECK_HAS(t, n)	check_has((t), (n), __FILE__, __LINE__)

/* ------------------------------------------------------------ files */

static inline int
rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb;
	(void)ftw;
	if (flag == FTW_DP || flag == FTW_D)
		chmod(path, 0700);	/* a test made it read-only */
	return remove(path);
}

static inline void
check_rmtree(const char *dir)
{
	chmod(dir, 0700);
	nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* dir/name in a static buffer of its own (four in turn). */
static inline const char *
check_path(const char *name)
{
	static char buf[4][4096];
	static int next;
	char *p = buf[next++ % 4];

	if ((size_t)snprintf(p, sizeof buf[0], "%s/%s", check_dir, name) >=
	    sizeof buf[0])
		abort();
	return p;
}

/* The whole file; NULL when it cannot be read. Caller frees. */
static inline char *
check_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, alloc = 0, got;

	*len = 0;
	if (f == NULL)
		return NULL;
	for (;;) {
		if (alloc - n < 65536) {
			alloc = alloc ? alloc * 2 : 131072;
			buf = realloc(buf, alloc + 1);
			if (buf == NULL)
				abort();
		}
		got = fread(buf + n, 1, alloc - n, f);
		n += got;
		if (got == 0)
			break;
	}
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

static inline int
check_write_file(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	int ok;

	if (f == NULL)
		return -1;
	ok = fwrite(data, 1, len, f) == len;
	return fclose(f) == 0 && ok ? 0 : -1;
}

static inline int
check_copy_file(const char *from, const char *to)
{
	size_t len;
	char *buf = check_read_file(from, &len);
	int rc;

	if (buf == NULL)
		return -1;
	rc = check_write_file(to, buf, len);
	free(buf);
	return rc;
}

/* 1 when needle (n bytes) occurs in buf (len bytes). */
static inline int
check_mem_has(const char *buf, size_t len, const char *needle)
{
	size_t n = strlen(needle), i;

	for (i = 0; buf != NULL && n > 0 && i + n <= len; i++)
		if (memcmp(buf + i, needle, n) == 0)
			return 1;
	return 0;
}

/* ------------------------------------------------------------ running */

/*
 * Run one test in a fresh directory under $TMPDIR (or /tmp), removed
 * afterwards.
 */
static inline void
check_run(const char *name, void (*fn)(void))
{
	const char *tmp = getenv("TMPDIR");
	int before = check_failures;

	snprintf(check_dir, sizeof check_dir, "%s/dialogreg-store-XXXXXX",
	    tmp != NULL && *tmp != '\0' ? tmp : "/tmp");
	if (mkdtemp(check_dir) == NULL) {
		fprintf(stderr, "%s: cannot make a temporary directory: %s\n",
		    name, strerror(errno));
		check_failures++;
		return;
	}
	check_test = name;
	fn();
	check_rmtree(check_dir);
	printf("%s %s\n", check_failures == before ? "ok  " : "FAIL", name);
	fflush(stdout);
}

#define RUN(fn)	check_run(#fn, fn)

static inline int
check_done(void)
{
	if (check_failures > 0)
		fprintf(stderr, "%d check(s) failed\n", check_failures);
	return check_failures > 0 ? 1 : 0;
}

#endif
