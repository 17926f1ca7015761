/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_sortkey.c: the domain's sort key (dlg_sort_key), compared byte by
 * byte, orders every pair of texts exactly as the store's collation
 * dlg_sv does: Swedish letters, case, accents, digits, punctuation,
 * characters above z, the empty text, texts that begin others, broken
 * UTF-8 and NUL bytes; and the SQL function dlg_sort_key gives the same
 * bytes, NULL for NULL.
 */
#include "config.h"

#include <sqlite3.h>

#include "fixture.h"
#include "store-int.h"

#define NTEXTS	600

struct text {
	char	 s[64];
	size_t	 n;
};

/* Pieces the texts are made of: one character (or broken sequence)
 * each. */
static const char *const pieces[] = {
	"a", "A", "b", "e", "E", "o", "O", "y", "z", "Z", "å", "Å", "ä", "Ä",
	"ö", "Ö", "æ", "ø", "é", "É", "è", "à", "ü", "Ü", "ß", "×", "0", "1",
	"9", " ", "-", ".", ",", "'", "\"", "{", "~", "\x7f", "_", "€", "–",
	"\xf0\x9f\x98\x80", "\xc3", "\xff", "\xe2\x82", "\x01",
};
#define NPIECES (sizeof pieces / sizeof pieces[0])

static const char *const fixed[] = {
	"", "a", "A", "aa", "Aa", "ab", "z", "å", "Å", "ä", "ö", "Ö", "zz",
	"Åvägen", "ängen vid skolan", "Östra hamnen", "Zonplan", "Ekeby",
	"Ékeby", "eKEBY", "Ärö", "Äro", "10", "9", "1 0", "a-b", "a b", "ab",
	"Kultur- och fritidsnämnden", "KULTUR- OCH FRITIDSNÄMNDEN",
};
#define NFIXED (sizeof fixed / sizeof fixed[0])

static unsigned long rnd = 12345;

static unsigned
next_rand(void)
{
	rnd = rnd * 1103515245UL + 12345UL;
	return (unsigned)((rnd >> 16) & 0x7fff);
}

static void
make_texts(struct text *t, size_t n)
{
	size_t i, k, len, pl;

	for (i = 0; i < n; i++) {
		t[i].n = 0;
		if (i < NFIXED) {
			t[i].n = strlen(fixed[i]);
			memcpy(t[i].s, fixed[i], t[i].n);
			continue;
		}
		if (i == NFIXED) {
			/* A NUL byte inside. */
			memcpy(t[i].s, "a\0b", 3);
			t[i].n = 3;
			continue;
		}
		len = next_rand() % 7;
		for (k = 0; k < len; k++) {
			const char *p = pieces[next_rand() % NPIECES];

			pl = strlen(p);
			memcpy(t[i].s + t[i].n, p, pl);
			t[i].n += pl;
		}
	}
}

static int
sign(int c)
{
	return c < 0 ? -1 : c > 0;
}

static int
key_cmp(const struct text *a, const struct text *b)
{
	unsigned char *ka, *kb;
	size_t la, lb;
	int c;

	ka = dlg_sort_key(a->s, a->n, &la);
	kb = dlg_sort_key(b->s, b->n, &lb);
	c = memcmp(ka, kb, la < lb ? la : lb);
	if (c == 0)
		c = la < lb ? -1 : la > lb;
	free(ka);
	free(kb);
	return sign(c);
}

static void
key_order_is_the_collations_for_every_pair(void)
{
	static struct text t[NTEXTS];
	sqlite3 *db = NULL;
	sqlite3_stmt *s = NULL;
	size_t i, j, bad = 0;
	int want, got;

	make_texts(t, NTEXTS);
	if (!CHECK(sqlite3_open(":memory:", &db) == SQLITE_OK) ||
	    !CHECK(store_register_functions(db) == SQLITE_OK) ||
	    !CHECK(sqlite3_prepare_v2(db, "SELECT CASE WHEN ?1 = ?2 COLLATE"
	    " dlg_sv THEN 0 WHEN ?1 < ?2 COLLATE dlg_sv THEN -1 ELSE 1 END",
	    -1, &s, NULL) == SQLITE_OK)) {
		sqlite3_close(db);
		return;
	}
	for (i = 0; i < NTEXTS; i++)
		for (j = 0; j < NTEXTS; j++) {
			sqlite3_bind_text(s, 1, t[i].s, (int)t[i].n,
			    SQLITE_STATIC);
			sqlite3_bind_text(s, 2, t[j].s, (int)t[j].n,
			    SQLITE_STATIC);
			if (!CHECK(sqlite3_step(s) == SQLITE_ROW))
				break;
			want = sqlite3_column_int(s, 0);
			sqlite3_reset(s);
			got = key_cmp(&t[i], &t[j]);
			if (got != want && bad++ < 5)
				fprintf(stderr, "'%.*s' vs '%.*s': collation %d,"
				    " key %d\n", (int)t[i].n, t[i].s,
				    (int)t[j].n, t[j].s, want, got);
		}
	CHECK_INT(bad, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
}

static void
swedish_letters_sort_after_z_and_case_is_folded(void)
{
	static const char *const order[] = {
		"", "a", "Aa", "ab", "Ekeby", "Ékeby", "y", "Über", "z", "Zz",
		"å", "Åvägen", "ä", "ängen", "Ö", "Östra", "{",
	};
	struct text a, b;
	size_t i;

	for (i = 0; i + 1 < sizeof order / sizeof order[0]; i++) {
		a.n = strlen(order[i]);
		memcpy(a.s, order[i], a.n);
		b.n = strlen(order[i + 1]);
		memcpy(b.s, order[i + 1], b.n);
		if (!CHECK_INT(key_cmp(&a, &b), -1))
			fprintf(stderr, "'%s' before '%s'\n", order[i],
			    order[i + 1]);
	}
}

static void
sql_function_gives_the_domains_bytes(void)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *s = NULL;
	unsigned char *k;
	size_t n;

	if (!CHECK(sqlite3_open(":memory:", &db) == SQLITE_OK) ||
	    !CHECK(store_register_functions(db) == SQLITE_OK) ||
	    !CHECK(sqlite3_prepare_v2(db, "SELECT dlg_sort_key(?1),"
	    " dlg_sort_key(NULL) IS NULL, typeof(dlg_sort_key(''))", -1, &s,
	    NULL) == SQLITE_OK)) {
		sqlite3_close(db);
		return;
	}
	sqlite3_bind_text(s, 1, "Åvägen 3", -1, SQLITE_STATIC);
	if (CHECK(sqlite3_step(s) == SQLITE_ROW)) {
		k = dlg_sort_key("Åvägen 3", strlen("Åvägen 3"), &n);
		CHECK_INT(sqlite3_column_bytes(s, 0), n);
		CHECK(memcmp(sqlite3_column_blob(s, 0), k, n) == 0);
		free(k);
		CHECK_INT(sqlite3_column_int(s, 1), 1);
		CHECK_STR((const char *)sqlite3_column_text(s, 2), "blob");
	}
	sqlite3_finalize(s);
	sqlite3_close(db);
}

int
main(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	RUN(key_order_is_the_collations_for_every_pair);
	RUN(swedish_letters_sort_after_z_and_case_is_folded);
	RUN(sql_function_gives_the_domains_bytes);
	return check_done();
}
