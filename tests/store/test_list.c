/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_list.c: finding dialogues by state, body, year and words; the
 * Swedish letters stay letters of their own in search and sort; any text
 * a user types is safe as a search; light loads carry the counts; the
 * longest reference sizes the screens' column; paging by key gives the
 * rows of every order; reading a whole register keeps memory flat.
 */
#include "config.h"

#include <sys/wait.h>

#include <sqlite3.h>
#include <stdlib.h>
#include <unistd.h>

#include "fixture.h"

struct found {
	char	refs[512];	/* "MD-2026-001 MD-2026-003" */
	char	titles[512];	/* "Ett|Tre" */
	long	n_sessions_sum;
	long	n_contributions_sum;
};

static int
collect(const struct dialogue *d, void *arg)
{
	struct found *f = arg;
	size_t n = strlen(f->refs), m = strlen(f->titles);

	snprintf(f->refs + n, sizeof f->refs - n, "%s%s", n ? " " : "",
	    d->ref);
	snprintf(f->titles + m, sizeof f->titles - m, "%s%s", m ? "|" : "",
	    dlg_get(d, F_TITLE) ? dlg_get(d, F_TITLE) : "");
	f->n_sessions_sum += (long)d->n_sessions;
	f->n_contributions_sum += (long)d->n_contributions;
	return 0;
}

/* The refs matching q, and check store_count agrees. */
static const char *
refs_of(struct store *st, const struct store_query *q)
{
	static struct found f;
	struct dlg_error e;
	long n = -1, words;
	const char *p;

	memset(&f, 0, sizeof f);
	err_clear(&e);
	CHECK_OK(store_list(st, q, collect, &f, &e), &e);
	if (q->limit == 0 && q->offset == 0) {
		CHECK_OK(store_count(st, q, &n, &e), &e);
		for (words = 0, p = f.refs; *p != '\0'; p++)
			words += p == f.refs || p[-1] == ' ';
		CHECK_INT(n, words);
	}
	return f.refs;
}

static const char *
titles_of(struct store *st, const struct store_query *q)
{
	static struct found f;
	struct dlg_error e;

	memset(&f, 0, sizeof f);
	err_clear(&e);
	CHECK_OK(store_list(st, q, collect, &f, &e), &e);
	return f.titles;
}

/* Set a field and save, with a check. */
static void
change(struct store *st, const char *ref, enum dlg_field fld,
    const char *value, int state)
{
	struct dialogue *d = NULL;
	struct dlg_error e;

	err_clear(&e);
	if (!CHECK_OK(store_dialogue_load(st, ref, &d, &e), &e))
		return;
	if (value != NULL)
		dlg_put(d, fld, value);
	if (state >= 0)
		d->state = (enum dlg_state)state;
	CHECK_OK(store_dialogue_update(st, d, d->version, NULL, "anna", &e),
	    &e);
	dlg_free(d);
}

/* Five dialogues over two years. */
static struct store *
sample_register(void)
{
	struct dlg_contribution c = { 0 };
	struct dlg_session s = { 0 };
	struct dlg_error e;
	struct store *st;

	if ((st = open_register("register.db")) == NULL)
		return NULL;
	add_dialogue(st, "Ölands fiske", "Kultur- och fritidsnämnden",
	    day("2026-01-10"));	/* 001 */
	add_dialogue(st, "Åsens skola", "Barn- och utbildningsnämnden",
	    day("2026-02-10"));	/* 002 */
	add_dialogue(st, "Ängen vid Skärhamn", "Kultur- och fritidsnämnden",
	    day("2026-03-10"));	/* 003 */
	add_dialogue(st, "Zonplan för hamnen", "Samhällsbyggnadsnämnden",
	    day("2027-01-10"));	/* 2027-001 */
	add_dialogue(st, "Fårbete på Tjörn", "Kommunstyrelsen",
	    day("2027-02-10"));	/* 2027-002 */
	change(st, "MD-2026-002", F_DECISION_DEADLINE, "2026-09-01",
	    DLG_DECIDED);
	change(st, "MD-2027-001", F_DECISION_DEADLINE, "2026-06-01",
	    DLG_RUNNING);
	change(st, "MD-2026-003", F_TITLE, NULL, DLG_RUNNING);
	err_clear(&e);
	s.date = "2026-04-01";
	s.participants = 12;
	CHECK_OK(store_session_add(st, "MD-2026-003", &s, "anna", &e), &e);
	c.text = "Vi vill ha en hundrastgård och fler papperskorgar";
	c.themes = "djur";
	c.contact = "hemlig@example.se";
	CHECK_OK(store_contribution_add(st, "MD-2026-001", &c, "anna", &e),
	    &e);
	free(c.created);
	return st;
}

static void
filter_by_state_body_and_year(void)
{
	struct store_query q = { 0 };
	struct store *st;

	if ((st = sample_register()) == NULL)
		return;
	CHECK_STR(refs_of(st, &q), "MD-2026-001 MD-2026-002 MD-2026-003 "
	    "MD-2027-001 MD-2027-002");
	q.states = 1u << DLG_RUNNING;
	CHECK_STR(refs_of(st, &q), "MD-2026-003 MD-2027-001");
	q.states |= 1u << DLG_DECIDED;
	q.year = 2026;
	CHECK_STR(refs_of(st, &q), "MD-2026-002 MD-2026-003");
	memset(&q, 0, sizeof q);
	q.body = "  KULTUR- OCH FRITIDSNÄMNDEN ";	/* case, Ä, spaces */
	CHECK_STR(refs_of(st, &q), "MD-2026-001 MD-2026-003");
	q.body = "Kultur";	/* a body is matched whole */
	CHECK_STR(refs_of(st, &q), "");
	memset(&q, 0, sizeof q);
	q.states = 1u << DLG_EVALUATED;
	CHECK_STR(refs_of(st, &q), "");
	store_close(st);
}

static void
search_finds_word_prefixes_in_title_question_and_contributions(void)
{
	struct store_query q = { 0 };
	struct store *st;

	if ((st = sample_register()) == NULL)
		return;
	q.text = "skärham";		/* a prefix, any case */
	CHECK_STR(refs_of(st, &q), "MD-2026-003");
	q.text = "SKÄRHAMN ängen";	/* every word must match */
	CHECK_STR(refs_of(st, &q), "MD-2026-003");
	q.text = "skärhamn zonplan";
	CHECK_STR(refs_of(st, &q), "");
	q.text = "trivas";		/* the question */
	CHECK_STR(refs_of(st, &q), "MD-2026-001 MD-2026-002 MD-2026-003 "
	    "MD-2027-001 MD-2027-002");
	q.text = "hundrastgård";	/* a contribution */
	CHECK_STR(refs_of(st, &q), "MD-2026-001");
	q.text = "djur";		/* its theme */
	CHECK_STR(refs_of(st, &q), "MD-2026-001");
	q.text = "hemlig";		/* contact details are not indexed */
	CHECK_STR(refs_of(st, &q), "");
	store_close(st);
}

static void
search_keeps_a_and_o_apart_from_aa_ae_oe(void)
{
	struct store_query q = { 0 };
	struct store *st;

	if ((st = sample_register()) == NULL)
		return;
	q.text = "får";		/* sheep */
	CHECK_STR(refs_of(st, &q), "MD-2027-002");
	q.text = "far";		/* father: not sheep */
	CHECK_STR(refs_of(st, &q), "");
	q.text = "skarhamn";	/* ä is not a */
	CHECK_STR(refs_of(st, &q), "");
	q.text = "olands";
	CHECK_STR(refs_of(st, &q), "");
	q.text = "ÖLANDS";
	CHECK_STR(refs_of(st, &q), "MD-2026-001");
	store_close(st);
}

static void
any_typed_text_is_a_safe_search(void)
{
	static const char *texts[] = {
		"\"", "\"\"", "'", "*", "-", "(", ")", "AND", "OR", "NOT",
		"NEAR(skola", "title:skola", "^skola", "skola\"", "a\"b",
		"x OR 1=1", "'; DROP TABLE dialogues; --", "{title}: x",
		"   ", "\t", "+", "åsens*", "\"åsens\"",
	};
	struct store_query q = { 0 };
	struct dlg_error e;
	struct store *st;
	size_t i;
	long n;

	if ((st = sample_register()) == NULL)
		return;
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		q.text = texts[i];
		err_clear(&e);
		if (!CHECK_OK(store_count(st, &q, &n, &e), &e))
			fprintf(stderr, "  text: %s\n", texts[i]);
		refs_of(st, &q);
	}
	q.text = "åsens\"";	/* a quote ends a word, as in the index */
	CHECK_STR(refs_of(st, &q), "MD-2026-002");
	q.text = "-";		/* nothing to search for finds nothing */
	CHECK_STR(refs_of(st, &q), "");
	q.text = "  ";		/* blank is no filter */
	CHECK_STR(refs_of(st, &q), "MD-2026-001 MD-2026-002 MD-2026-003 "
	    "MD-2027-001 MD-2027-002");
	q.text = NULL;
	CHECK_OK(store_count(st, &q, &n, &e), &e);
	CHECK_INT(n, 5);
	store_close(st);
}

/*
 * A search cuts its words where the index cut the text: "e-post" is the
 * words "e" and "post" (the last a prefix). The index keeps no
 * positions, so the parts match anywhere in one title, question or
 * contribution, not only side by side.
 */
static void
search_cuts_words_where_the_index_cuts_them(void)
{
	struct dlg_contribution c = { 0 };
	struct store_query q = { 0 };
	struct dlg_error e;
	struct store *st;

	if ((st = sample_register()) == NULL)
		return;
	c.text = "Svara gärna via e-post, t.ex. före lördag.";
	err_clear(&e);
	CHECK_OK(store_contribution_add(st, "MD-2027-001", &c, "anna", &e),
	    &e);
	free(c.created);
	q.text = "e-post";
	CHECK_STR(refs_of(st, &q), "MD-2027-001");
	q.text = "E-PO";		/* the last part a prefix */
	CHECK_STR(refs_of(st, &q), "MD-2027-001");
	q.text = "t.ex.";
	CHECK_STR(refs_of(st, &q), "MD-2027-001");
	q.text = "post-e";		/* parts in the same text */
	CHECK_STR(refs_of(st, &q), "MD-2027-001");
	q.text = "e-post-hundrastgård";	/* not in one text */
	CHECK_STR(refs_of(st, &q), "");
	q.text = "ölands-fiske";	/* a title */
	CHECK_STR(refs_of(st, &q), "MD-2026-001");
	store_close(st);
}

static void
sort_by_title_follows_the_swedish_alphabet(void)
{
	struct store_query q = { 0 };
	struct store *st;

	if ((st = sample_register()) == NULL)
		return;
	q.sort = SORT_TITLE;
	CHECK_STR(titles_of(st, &q), "Fårbete på Tjörn|Zonplan för hamnen|"
	    "Åsens skola|Ängen vid Skärhamn|Ölands fiske");
	q.desc = 1;
	CHECK_STR(titles_of(st, &q), "Ölands fiske|Ängen vid Skärhamn|"
	    "Åsens skola|Zonplan för hamnen|Fårbete på Tjörn");
	store_close(st);
}

static void
sort_by_state_deadline_body_and_pages(void)
{
	struct store_query q = { 0 };
	struct store *st;

	if ((st = sample_register()) == NULL)
		return;
	q.sort = SORT_STATE;	/* lifecycle order, then reference */
	CHECK_STR(refs_of(st, &q), "MD-2026-001 MD-2027-002 MD-2026-002 "
	    "MD-2026-003 MD-2027-001");
	q.sort = SORT_DEADLINE;	/* without a deadline last */
	CHECK_STR(refs_of(st, &q), "MD-2027-001 MD-2026-002 MD-2026-001 "
	    "MD-2026-003 MD-2027-002");
	q.desc = 1;
	CHECK_STR(refs_of(st, &q), "MD-2026-002 MD-2027-001 MD-2027-002 "
	    "MD-2026-003 MD-2026-001");
	q.desc = 0;
	q.sort = SORT_BODY;
	CHECK_STR(refs_of(st, &q), "MD-2026-002 MD-2027-002 MD-2026-001 "
	    "MD-2026-003 MD-2027-001");
	q.sort = SORT_REF;
	q.desc = 1;
	CHECK_STR(refs_of(st, &q), "MD-2027-002 MD-2027-001 MD-2026-003 "
	    "MD-2026-002 MD-2026-001");
	q.desc = 0;
	q.limit = 2;
	q.offset = 1;
	CHECK_STR(refs_of(st, &q), "MD-2026-002 MD-2026-003");
	q.limit = 0;
	q.offset = 4;
	CHECK_STR(refs_of(st, &q), "MD-2027-002");
	q.sort = (enum store_sort)99;	/* unknown: by reference */
	q.offset = 0;
	CHECK_STR(refs_of(st, &q), "MD-2026-001 MD-2026-002 MD-2026-003 "
	    "MD-2027-001 MD-2027-002");
	store_close(st);
}

struct ids {
	long long	v[16];
	int		n;
};

static int
collect_ids(long long id, void *arg)
{
	struct ids *x = arg;

	if (x->n < 16)
		x->v[x->n++] = id;
	return 0;
}

/* Page through q two rows at a time by key, forwards and then backwards
 * from the last row: the same rows as one listing, in the same order. */
static void
check_keyset(struct store *st, struct store_query q)
{
	struct ids all = { { 0 }, 0 }, page, walked = { { 0 }, 0 };
	struct dlg_error e;
	long long anchor = 0;
	int i, j, guard;

	err_clear(&e);
	q.after = 0;
	q.before = 0;
	q.limit = 0;
	q.offset = 0;
	CHECK_OK(store_list_ids(st, &q, collect_ids, &all, &e), &e);
	q.limit = 2;
	for (guard = 0; guard < 10; guard++) {
		memset(&page, 0, sizeof page);
		q.after = anchor;
		CHECK_OK(store_list_ids(st, &q, collect_ids, &page, &e), &e);
		for (i = 0; i < page.n; i++)
			collect_ids(page.v[i], &walked);
		if (page.n < 2)
			break;
		anchor = page.v[page.n - 1];
	}
	CHECK_INT(walked.n, all.n);
	for (i = 0; i < all.n && i < walked.n; i++)
		CHECK_INT(walked.v[i], all.v[i]);
	if (all.n == 0)
		return;
	/* Backwards: nearest first. */
	q.before = 1;
	anchor = all.v[all.n - 1];
	for (j = all.n - 2, guard = 0; guard < 10 && j >= 0; guard++) {
		memset(&page, 0, sizeof page);
		q.after = anchor;
		CHECK_OK(store_list_ids(st, &q, collect_ids, &page, &e), &e);
		if (!CHECK(page.n > 0))
			break;
		for (i = 0; i < page.n && j >= 0; i++, j--)
			CHECK_INT(page.v[i], all.v[j]);
		anchor = page.v[page.n - 1];
	}
	CHECK_INT(j, -1);
}

static void
paging_by_key_gives_the_rows_of_every_order(void)
{
	static const enum store_sort sorts[] = {
		SORT_REF, SORT_TITLE, SORT_STATE, SORT_DEADLINE, SORT_START,
		SORT_UPDATED, SORT_BODY,
	};
	struct store_query q = { 0 };
	struct store *st;
	size_t k;
	int desc, filter;

	if ((st = sample_register()) == NULL)
		return;
	/* Two without a deadline and three with: both parts of the
	 * order, and a page that crosses from one to the other. */
	change(st, "MD-2026-001", F_DECISION_DEADLINE, "2026-09-01", -1);
	for (k = 0; k < sizeof sorts / sizeof sorts[0]; k++)
		for (desc = 0; desc < 2; desc++)
			for (filter = 0; filter < 2; filter++) {
				memset(&q, 0, sizeof q);
				q.sort = sorts[k];
				q.desc = desc;
				q.states = filter ? 1u << DLG_PROPOSED |
				    1u << DLG_RUNNING : 0;
				check_keyset(st, q);
			}
	/* Every filter at once, on the part without a deadline too. */
	memset(&q, 0, sizeof q);
	q.sort = SORT_DEADLINE;
	q.states = (1u << DLG_NSTATES) - 1;
	q.body = "Kultur- och fritidsnämnden";
	q.year = 2026;
	q.text = "fiske hundrastgård";
	check_keyset(st, q);
	q.text = "Ängen";
	check_keyset(st, q);
	store_close(st);
}

static void
offset_reaches_past_the_rows_with_a_deadline(void)
{
	struct store_query q = { 0 };
	struct store *st;

	if ((st = sample_register()) == NULL)
		return;
	q.sort = SORT_DEADLINE;	/* two with a deadline, three without */
	q.limit = 2;
	q.offset = 1;
	CHECK_STR(refs_of(st, &q), "MD-2026-002 MD-2026-001");
	q.offset = 3;
	CHECK_STR(refs_of(st, &q), "MD-2026-003 MD-2027-002");
	q.desc = 1;
	q.offset = 2;
	q.limit = 0;
	CHECK_STR(refs_of(st, &q), "MD-2027-002 MD-2026-003 MD-2026-001");
	store_close(st);
}

static int
count_listed(const struct dialogue *d, void *arg)
{
	(*(long *)arg)++;
	return 0;
}

#if !defined(__SANITIZE_ADDRESS__)
/* The peak resident memory of this process in KiB (VmHWM), or -1. */
static long
peak_kib(void)
{
	char line[256];
	long kib = -1;
	FILE *fp;

	if ((fp = fopen("/proc/self/status", "r")) == NULL)
		return -1;
	while (fgets(line, sizeof line, fp) != NULL)
		if (strncmp(line, "VmHWM:", 6) == 0)
			kib = strtol(line + 6, NULL, 10);
	fclose(fp);
	return kib;
}
#endif

/* 6000 dialogues of 4 KB each, about 24 MiB: written by a child, so the
 * bulk load's own cache is not this process's memory. */
static int
make_big_register(void)
{
	struct dialogue *d;
	struct dlg_error e;
	struct store *st;
	static char purpose[4001];
	int status, bad = 0;
	pid_t pid;
	long i;

	if ((pid = fork()) < 0)
		return -1;
	if (pid == 0) {
		err_clear(&e);
		if (store_open(check_path("big.db"), STORE_CREATE, &st,
		    &e) != 0 || store_bulk_begin(st, &e) != 0)
			_exit(1);
		memset(purpose, 'x', sizeof purpose - 1);
		for (i = 0; i < 6000 && !bad; i++) {
			d = new_dialogue("Lekplatsen", "Kommunstyrelsen");
			dlg_put(d, F_PURPOSE, purpose);
			bad = store_dialogue_create(st, d, day("2026-01-10"),
			    "anna", &e) != 0;
			dlg_free(d);
		}
		if (bad || store_bulk_commit(st, &e) != 0)
			_exit(1);
		store_close(st);
		_exit(0);
	}
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
	    WEXITSTATUS(status) != 0)
		return -1;
	return 0;
}

#if defined(__SANITIZE_ADDRESS__)
/* AddressSanitizer's runtime: the heap now in use. */
size_t __sanitizer_get_current_allocated_bytes(void);
#endif

/* Reading every dialogue of a register three times the page cache's
 * size: the memory stays at about the cache, it does not grow with the
 * register (64 MiB of cache held every page read once). */
static void
whole_register_listing_keeps_memory_flat(void)
{
	struct store_query q = { 0 };
	struct dlg_error e;
	struct store *st;
	long n = 0, before, after;

	if (!CHECK(make_big_register() == 0))
		return;
#if defined(__SANITIZE_ADDRESS__)
	/* Under AddressSanitizer the peak RSS holds its shadow memory and
	 * the freed blocks it keeps in quarantine: there the heap in use,
	 * with the register still open, is what must stay flat. */
	before = (long)(__sanitizer_get_current_allocated_bytes() / 1024);
#else
	before = peak_kib();
#endif
	err_clear(&e);
	if (!CHECK_OK(store_open(check_path("big.db"), 0, &st, &e), &e))
		return;
	CHECK_OK(store_list(st, &q, count_listed, &n, &e), &e);
	CHECK_INT(n, 6000);
#if defined(__SANITIZE_ADDRESS__)
	after = (long)(__sanitizer_get_current_allocated_bytes() / 1024);
	store_close(st);
#else
	store_close(st);
	after = peak_kib();
#endif
	if (before < 0 || after < 0 || after - before > 16 * 1024) {
		fprintf(stderr, "peak memory %ld KiB before, %ld after\n",
		    before, after);
		CHECK(!"memory grew with the register");
	}
}

static int
add_name(const char *name, void *arg)
{
	char *names = arg;
	size_t n = strlen(names);

	snprintf(names + n, 512 - n, "%s%s", n ? "|" : "", name);
	return 0;
}

static int
first_name(const char *name, void *arg)
{
	snprintf(arg, 512, "%s", name);
	return 1;
}

static void
body_names_are_each_body_once(void)
{
	char names[512] = "";
	struct dlg_error e;
	struct store *st;

	if ((st = sample_register()) == NULL)
		return;
	/* Kultur- och fritidsnämnden concerns two dialogues. */
	err_clear(&e);
	CHECK_OK(store_body_names(st, add_name, names, &e), &e);
	CHECK(strstr(names, "Kultur- och fritidsnämnden") != NULL);
	CHECK(strstr(names, "Barn- och utbildningsnämnden") != NULL);
	CHECK(strstr(names, "Samhällsbyggnadsnämnden") != NULL);
	CHECK(strstr(names, "Kommunstyrelsen") != NULL);
	CHECK(strstr(strstr(names, "Kultur") + 1, "Kultur") == NULL);
	CHECK_INT((long)strlen(names), (long)strlen("Kultur- och "
	    "fritidsnämnden|Barn- och utbildningsnämnden|"
	    "Samhällsbyggnadsnämnden|Kommunstyrelsen"));
	names[0] = '\0';
	CHECK_OK(store_body_names(st, first_name, names, &e), &e);
	CHECK(names[0] != '\0' && strchr(names, '|') == NULL);
	store_close(st);
}

static void
light_load_carries_lists_and_counts(void)
{
	struct store_query q = { 0 };
	struct found f;
	struct dlg_error e;
	struct store *st;

	if ((st = sample_register()) == NULL)
		return;
	memset(&f, 0, sizeof f);
	err_clear(&e);
	CHECK_OK(store_list(st, &q, collect, &f, &e), &e);
	CHECK_INT(f.n_sessions_sum, 1);
	CHECK_INT(f.n_contributions_sum, 1);
	store_close(st);
}

static int
stop_at_first(const struct dialogue *d, void *arg)
{
	(*(int *)arg)++;
	return dlg_list(d, F_BODIES)->n == 1 ? 1 : 0;
}

static void
callback_can_stop_the_listing(void)
{
	struct store_query q = { 0 };
	struct dlg_error e;
	struct store *st;
	int calls = 0;

	if ((st = sample_register()) == NULL)
		return;
	err_clear(&e);
	CHECK_OK(store_list(st, &q, stop_at_first, &calls, &e), &e);
	CHECK_INT(calls, 1);
	store_close(st);
}

static void
search_finds_dialogues_made_in_bulk_and_after(void)
{
	struct dlg_contribution c = { 0 };
	struct store_query q = { 0 };
	struct dlg_error e;
	struct store *st;
	long n = -1;
	int i;

	if ((st = open_register("register.db")) == NULL)
		return;
	err_clear(&e);
	CHECK_OK(store_bulk_begin(st, &e), &e);
	for (i = 0; i < 50; i++)
		add_dialogue(st, i == 7 ? "Skateparken i Rönnäng" : "Vägen",
		    "Kommunstyrelsen", day("2026-03-01"));
	c.text = "Bygg en pumptrack";
	CHECK_OK(store_contribution_add(st, "MD-2026-010", &c, "anna", &e),
	    &e);
	free(c.created);
	CHECK_OK(store_bulk_commit(st, &e), &e);
	q.text = "rönnäng";
	CHECK_OK(store_count(st, &q, &n, &e), &e);
	CHECK_INT(n, 1);
	q.text = "pumptrack";
	CHECK_OK(store_count(st, &q, &n, &e), &e);
	CHECK_INT(n, 1);
	/* A bulk load given up leaves the index as it was. */
	CHECK_OK(store_bulk_begin(st, &e), &e);
	add_dialogue(st, "Rönnängs hamn", "Kommunstyrelsen",
	    day("2026-03-01"));
	store_bulk_rollback(st);
	q.text = "rönnäng";
	CHECK_OK(store_count(st, &q, &n, &e), &e);
	CHECK_INT(n, 1);
	/* Single actions after a bulk load are indexed as they happen. */
	add_dialogue(st, "Rönnängs torg", "Kommunstyrelsen",
	    day("2026-03-01"));
	CHECK_OK(store_count(st, &q, &n, &e), &e);
	CHECK_INT(n, 2);
	store_close(st);
}

/* Run sql on the register file name behind the store's back. */
static int
sql_on(const char *name, const char *sql)
{
	sqlite3 *db;
	int rc;

	if (sqlite3_open(check_path(name), &db) != SQLITE_OK)
		return -1;
	rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	sqlite3_close(db);
	return rc == SQLITE_OK ? 0 : -1;
}

static void
reference_width_is_the_longest_reference(void)
{
	struct dlg_error e;
	struct store *st;
	int w = -1;

	if ((st = open_register("register.db")) == NULL)
		return;
	err_clear(&e);
	CHECK_OK(store_ref_width(st, &w, &e), &e);
	CHECK_INT(w, 0);	/* empty */
	add_dialogue(st, "Ett", "Kommunstyrelsen", day("2026-03-01"));
	CHECK_OK(store_ref_width(st, &w, &e), &e);
	CHECK_INT(w, 11);	/* MD-2026-001 */
	add_dialogue(st, "Två", "Kommunstyrelsen", day("2026-03-01"));
	store_close(st);
	/* Serial 10050 of a year, as a register of that size has. */
	CHECK_INT(sql_on("register.db", "UPDATE dialogues SET ref = "
	    "'MD-2026-10050' WHERE ref = 'MD-2026-002'"), 0);
	if ((st = open_register("register.db")) == NULL)
		return;
	CHECK_OK(store_ref_width(st, &w, &e), &e);
	CHECK_INT(w, 13);
	store_close(st);
}

int
main(void)
{
	RUN(filter_by_state_body_and_year);
	RUN(search_finds_word_prefixes_in_title_question_and_contributions);
	RUN(search_keeps_a_and_o_apart_from_aa_ae_oe);
	RUN(any_typed_text_is_a_safe_search);
	RUN(search_cuts_words_where_the_index_cuts_them);
	RUN(sort_by_title_follows_the_swedish_alphabet);
	RUN(sort_by_state_deadline_body_and_pages);
	RUN(paging_by_key_gives_the_rows_of_every_order);
	RUN(offset_reaches_past_the_rows_with_a_deadline);
	RUN(whole_register_listing_keeps_memory_flat);
	RUN(body_names_are_each_body_once);
	RUN(light_load_carries_lists_and_counts);
	RUN(callback_can_stop_the_listing);
	RUN(search_finds_dialogues_made_in_bulk_and_after);
	RUN(reference_width_is_the_longest_reference);
	return check_done();
}
