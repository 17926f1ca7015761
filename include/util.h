/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * util.h: error reporting, checked allocation, growable strings and string
 * lists, UTF-8 checks and the clock. Used by every layer; knows nothing of
 * the domain, SQLite or curses.
 */
#ifndef DIALOGREG_UTIL_H
#define DIALOGREG_UTIL_H

#include <stdarg.h>
#include <stddef.h>

/*
 * Error classes. The numeric values are the program's exit codes, so the
 * CLI maps an error to its exit status without a table.
 */
enum dlg_errcode {
	ERR_OK = 0,
	ERR_USAGE = 1,		/* bad command line */
	ERR_REFUSED = 2,	/* a guard or a validation said no */
	ERR_NOTFOUND = 3,	/* no such dialogue, session, ... */
	ERR_CONFLICT = 4,	/* stale version, or register locked */
	ERR_STORAGE = 5,	/* file, schema or disk trouble */
};

struct dlg_error {
	enum dlg_errcode code;
	char msg[1024];		/* translated, for the user */
	char detail[512];	/* technical (SQLite message), for --verbose */
};

#if defined(__GNUC__)
#define DLG_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define DLG_PRINTF(f, a)
#endif

/*
 * Record an error and return -1, so callers write
 *	return err_set(err, ERR_NOTFOUND, _("no dialogue '%s'"), ref);
 * err may be NULL (the error is then dropped). fmt is already translated.
 */
int err_set(struct dlg_error *err, enum dlg_errcode code, const char *fmt, ...)
    DLG_PRINTF(3, 4);
/* Set the technical detail of err (kept for --verbose). err may be NULL. */
void err_detail(struct dlg_error *err, const char *fmt, ...) DLG_PRINTF(2, 3);
/* Reset err to ERR_OK with empty texts. */
void err_clear(struct dlg_error *err);

/* Checked allocation: these never return NULL; out of memory exits. */
void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);		/* s may be NULL: returns NULL */
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) DLG_PRINTF(1, 2);	/* caller frees */

/* A growable, always NUL-terminated byte string. Zero-initialise or sb_init. */
struct strbuf {
	char	*buf;	/* never NULL after sb_init or the first add */
	size_t	 len;
	size_t	 alloc;
};
void sb_init(struct strbuf *sb);
void sb_add(struct strbuf *sb, const char *s);
void sb_addn(struct strbuf *sb, const char *s, size_t n);
void sb_addc(struct strbuf *sb, char c);
void sb_addf(struct strbuf *sb, const char *fmt, ...) DLG_PRINTF(2, 3);
void sb_vaddf(struct strbuf *sb, const char *fmt, va_list ap);
void sb_reset(struct strbuf *sb);		/* len = 0, keeps memory */
char *sb_detach(struct strbuf *sb);		/* caller frees; sb is reset */
void sb_release(struct strbuf *sb);

/* A growable list of owned strings. Zero-initialise. */
struct strlist {
	char	**v;
	size_t	  n;
	size_t	  alloc;
};
void sl_push(struct strlist *sl, const char *s);	/* copies s */
void sl_push_owned(struct strlist *sl, char *s);	/* takes s */
void sl_clear(struct strlist *sl);			/* frees all */

/* 1 when s (len bytes) is well-formed UTF-8 (no overlongs, surrogates). */
int utf8_valid(const char *s, size_t len);
/* Number of code points in a valid UTF-8 string. */
size_t utf8_len(const char *s);
/*
 * 1 when s holds a control character: C0 (except, when multiline is set,
 * newline and tab), DEL, or C1 (U+0080..U+009F). s must be valid UTF-8.
 */
int utf8_has_control(const char *s, int multiline);

/*
 * Today as days since 1970-01-01 (proleptic Gregorian), local time. The
 * environment variable DIALOGREG_TODAY=YYYY-MM-DD fixes it (tests); an
 * invalid value is ignored.
 */
long dlg_today(void);
/* The current time as "YYYY-MM-DDTHH:MM:SSZ" (UTC) in buf (>= 21 bytes). */
void dlg_now_iso(char *buf, size_t size);
/* The operating-system user running the program ("unknown" if none). */
const char *dlg_username(void);
/* 1 when the program runs from the build directory (BUILD_ROOT/src), so
 * that it uses what the build made, not what is installed. */
int dlg_run_from_build(void);

/*
 * The file size limit (ulimit -f): after fault_catch_file_limit(), a write
 * past the limit fails with EFBIG instead of killing the program by
 * SIGXFSZ. fault_file_limit_take() says whether such a write happened
 * since the last call (and forgets it).
 */
void fault_catch_file_limit(void);
int fault_file_limit_take(void);

#endif
