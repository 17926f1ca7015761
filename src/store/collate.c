/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * collate.c: Swedish text rules for SQL. dlg_fold(text) folds case for
 * ASCII and Latin-1 letters (so "Kultur- och fritidsnämnden" equals
 * "KULTUR- OCH FRITIDSNÄMNDEN" when filtering by body), and the collation
 * dlg_sv sorts in Swedish alphabetical order: case-insensitive, with å, ä
 * and ö after z, é as e and ü as y (the domain's dlg_sv_* pieces, the same
 * the sort keys are made of). SQLite's own NOCASE knows only ASCII.
 * dlg_sort_key(text) gives the bytes that sort as dlg_sv does (the
 * domain's dlg_sort_key), which the list's title and body columns keep
 * indexed. None is used in the schema, so the sqlite3 shell can still
 * read and check every table.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "store-int.h"

static int
collate_sv(void *arg, int n1, const void *v1, int n2, const void *v2)
{
	const unsigned char *a = v1, *b = v2;
	const unsigned char *ae = a + n1, *be = b + n2;
	unsigned long wa, wb;
	int c;

	(void)arg;
	while (a < ae && b < be) {
		wa = dlg_sv_weight(dlg_sv_fold(dlg_sv_next(&a, ae)));
		wb = dlg_sv_weight(dlg_sv_fold(dlg_sv_next(&b, be)));
		if (wa != wb)
			return wa < wb ? -1 : 1;
	}
	if (a < ae)
		return 1;
	if (b < be)
		return -1;
	/* Equal by the alphabet: a total order still needs a tie-break. */
	/* SQLite may hand an empty text as a NULL pointer. */
	c = n1 > 0 && n2 > 0 ?
	    memcmp(v1, v2, (size_t)(n1 < n2 ? n1 : n2)) : 0;
	if (c != 0)
		return c;
	return n1 < n2 ? -1 : n1 > n2;
}

static void
fold_func(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const unsigned char *s, *end, *start;
	unsigned char *out;
	unsigned long cp;
	int n, o;

	(void)argc;
	if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
		sqlite3_result_null(ctx);
		return;
	}
	s = sqlite3_value_text(argv[0]);
	n = sqlite3_value_bytes(argv[0]);
	if (s == NULL) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	/* Folding keeps every sequence's length: Latin-1 stays 2 bytes. */
	if ((out = sqlite3_malloc(n + 1)) == NULL) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	end = s + n;
	o = 0;
	while (s < end) {
		start = s;
		cp = dlg_sv_next(&s, end);
		if (cp < 0x80) {
			out[o++] = (unsigned char)dlg_sv_fold(cp);
		} else if (cp >= 0xc0 && cp <= 0xde && s - start == 2) {
			cp = dlg_sv_fold(cp);
			out[o++] = (unsigned char)(0xc0 | (cp >> 6));
			out[o++] = (unsigned char)(0x80 | (cp & 0x3f));
		} else {
			memcpy(out + o, start, (size_t)(s - start));
			o += (int)(s - start);
		}
	}
	out[o] = '\0';
	sqlite3_result_text(ctx, (const char *)out, o, sqlite3_free);
}

static void
sort_key_func(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const unsigned char *s;
	unsigned char *k;
	size_t len;
	int n;

	(void)argc;
	if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
		sqlite3_result_null(ctx);
		return;
	}
	s = sqlite3_value_text(argv[0]);
	n = sqlite3_value_bytes(argv[0]);
	if (s == NULL && n > 0) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	k = dlg_sort_key((const char *)s, (size_t)n, &len);
	sqlite3_result_blob64(ctx, k, (sqlite3_uint64)len, free);
}

int
store_register_functions(sqlite3 *db)
{
	int rc;

	rc = sqlite3_create_function_v2(db, "dlg_sort_key", 1,
	    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
	    sort_key_func, NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return rc;

	rc = sqlite3_create_function_v2(db, "dlg_fold", 1,
	    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
	    fold_func, NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return rc;
	return sqlite3_create_collation_v2(db, "dlg_sv", SQLITE_UTF8, NULL,
	    collate_sv, NULL);
}
