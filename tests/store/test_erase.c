/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_erase.c: contact details of a contribution are personal data. They
 * are never written to the history nor the search index, and erasing
 * them leaves no copy anywhere in the register's files.
 */
#include "config.h"

#include <sqlite3.h>

#include "fixture.h"

/* A string that occurs nowhere else, so a byte search is meaningful. */
#define CONTACT	"Kontakt-7f3a9 Åsa Öberg, asa.oberg.7f3a9@example.se"
#define CONTACT_WORD	"7f3a9"

struct seen {
	int	 contact_in_history;
	int	 given, erased;
};

static int
look_at_row(const struct store_history_row *h, void *arg)
{
	struct seen *s = arg;

	if ((h->old_value && strstr(h->old_value, CONTACT_WORD)) ||
	    (h->new_value && strstr(h->new_value, CONTACT_WORD)) ||
	    (h->reason && strstr(h->reason, CONTACT_WORD)))
		s->contact_in_history = 1;
	if (strcmp(h->field, "contribution_contact") == 0) {
		if (h->new_value && strcmp(h->new_value, "given") == 0)
			s->given = 1;
		if (h->new_value && strcmp(h->new_value, "erased") == 0)
			s->erased = 1;
	}
	return 0;
}

static int
first_contribution(const struct dlg_contribution *c, void *arg)
{
	struct dlg_contribution *out = arg;

	out->id = c->id;
	out->text = xstrdup(c->text);
	out->contact = xstrdup(c->contact);
	out->contact_erased = c->contact_erased;
	return 1;
}

/* 1 when the contact string is in the register file or its -wal. */
static int
contact_in_files(int report)
{
	const char *files[] = { "register.db", "register.db-wal",
	    "register.db-shm", "register.db-journal" };
	size_t i, len;
	char *buf;
	int found = 0;

	for (i = 0; i < sizeof files / sizeof files[0]; i++) {
		if ((buf = check_read_file(check_path(files[i]), &len)) ==
		    NULL)
			continue;
		if (check_mem_has(buf, len, CONTACT_WORD)) {
			if (report)
				fprintf(stderr, "  contact found in %s\n",
				    files[i]);
			found = 1;
		}
		free(buf);
	}
	return found;
}

static void
contact_is_never_in_history_nor_searchable(void)
{
	struct dlg_contribution c = { 0 };
	struct store_query q = { 0 };
	struct seen s = { 0 };
	struct dlg_error e;
	struct store *st;
	char ref[32];
	long n = -1;

	if ((st = open_register("register.db")) == NULL)
		return;
	snprintf(ref, sizeof ref, "%s", add_dialogue(st, "Torget",
	    "Samhällsbyggnadsnämnden", day("2026-02-01")));
	err_clear(&e);
	c.text = "Fler bänkar på torget";
	c.contact = CONTACT;
	CHECK_OK(store_contribution_add(st, ref, &c, "anna", &e), &e);
	free(c.created);
	CHECK_OK(store_history(st, ref, look_at_row, &s, &e), &e);
	CHECK(!s.contact_in_history);
	CHECK(s.given);
	q.text = CONTACT_WORD;
	CHECK_OK(store_count(st, &q, &n, &e), &e);
	CHECK_INT(n, 0);
	q.text = "bänkar";
	CHECK_OK(store_count(st, &q, &n, &e), &e);
	CHECK_INT(n, 1);
	store_close(st);
}

static void
erased_contact_leaves_no_copy_in_the_files(void)
{
	struct dlg_contribution c = { 0 }, got = { 0 };
	struct seen s = { 0 };
	struct dlg_error e;
	struct store *st;
	char ref[32];
	int i;

	if ((st = open_register("register.db")) == NULL)
		return;
	snprintf(ref, sizeof ref, "%s", add_dialogue(st, "Torget",
	    "Samhällsbyggnadsnämnden", day("2026-02-01")));
	err_clear(&e);
	/*
	 * Neighbours on the same page, so the page survives the erasure; a
	 * short text, so the shorter record written over the old one does
	 * not happen to cover the contact: only secure_delete does.
	 */
	for (i = 0; i < 5; i++) {
		c.text = i == 2 ? "Ja" :
		    "Fler bänkar på torget, gärna i skugga";
		c.contact = i == 2 ? CONTACT : NULL;
		CHECK_OK(store_contribution_add(st, ref, &c, "anna", &e), &e);
		free(c.created);
		c.created = NULL;
	}
	store_close(st);
	/* The value really is in the file now: the search below means it. */
	CHECK(contact_in_files(0));

	if ((st = open_register("register.db")) == NULL)
		return;
	CHECK_FAILS(store_contribution_erase_contact(st, ref, 999, "anna", &e),
	    &e, ERR_NOTFOUND);
	CHECK_OK(store_contribution_erase_contact(st, ref, 3, "anna", &e),
	    &e);
	/* Already erased: nothing more to do, no error. */
	CHECK_OK(store_contribution_erase_contact(st, ref, 3, "anna", &e),
	    &e);
	CHECK(!contact_in_files(1));	/* while open, too */
	store_close(st);
	CHECK(!contact_in_files(1));

	if ((st = open_register("register.db")) == NULL)
		return;
	CHECK_OK(store_history(st, ref, look_at_row, &s, &e), &e);
	CHECK(!s.contact_in_history);
	CHECK(s.given && s.erased);
	/* The contribution itself stays. */
	CHECK_OK(store_contributions(st, ref, first_contribution, &got, &e),
	    &e);
	CHECK_INT(got.id, 1);
	dlg_contribution_clear(&got);
	memset(&got, 0, sizeof got);
	store_close(st);
}

static int
nth_contribution(const struct dlg_contribution *c, void *arg)
{
	struct dlg_contribution *out = arg;

	if (c->id != out->id)
		return 0;
	return first_contribution(c, out);
}

static void
erased_contribution_keeps_text_and_says_erased(void)
{
	struct dlg_contribution c = { 0 }, got = { 0 };
	struct dlg_error e;
	struct store *st;
	char ref[32];

	if ((st = open_register("register.db")) == NULL)
		return;
	snprintf(ref, sizeof ref, "%s", add_dialogue(st, "Torget",
	    "Samhällsbyggnadsnämnden", day("2026-02-01")));
	err_clear(&e);
	c.text = "Belysning vid busshållplatsen";
	c.contact = CONTACT;
	CHECK_OK(store_contribution_add(st, ref, &c, "anna", &e), &e);
	CHECK_OK(store_contribution_erase_contact(st, ref, c.id, "anna", &e),
	    &e);
	got.id = c.id;
	CHECK_OK(store_contributions(st, ref, nth_contribution, &got, &e),
	    &e);
	CHECK_STR(got.text, "Belysning vid busshållplatsen");
	CHECK(got.contact == NULL);
	CHECK_INT(got.contact_erased, 1);
	free(c.created);
	dlg_contribution_clear(&got);
	store_close(st);
}

/* A register with the contact in the file itself (checkpointed), and
 * neighbours on its page; returns the reference in ref. */
static int
register_with_contact(char *ref, size_t n)
{
	struct dlg_contribution c = { 0 };
	struct dlg_error e;
	struct store *st;
	int i;

	if ((st = open_register("register.db")) == NULL)
		return -1;
	snprintf(ref, n, "%s", add_dialogue(st, "Torget",
	    "Samhällsbyggnadsnämnden", day("2026-02-01")));
	err_clear(&e);
	for (i = 0; i < 5; i++) {
		c.text = i == 2 ? "Ja" :
		    "Fler bänkar på torget, gärna i skugga";
		c.contact = i == 2 ? CONTACT : NULL;
		CHECK_OK(store_contribution_add(st, ref, &c, "anna", &e), &e);
		free(c.created);
		c.created = NULL;
	}
	store_close(st);
	return 0;
}

/* Another program's connection with a read transaction open. */
static sqlite3 *
reader_begin(void)
{
	sqlite3 *db = NULL;

	if (!CHECK(sqlite3_open(check_path("register.db"), &db) ==
	    SQLITE_OK) ||
	    !CHECK(sqlite3_exec(db, "BEGIN; SELECT count(*) FROM"
	    " contributions", NULL, NULL, NULL) == SQLITE_OK)) {
		sqlite3_close(db);
		return NULL;
	}
	return db;
}

/*
 * While another connection holds a read transaction the log cannot be
 * emptied: the erasure says so, and the copy goes as soon as the reader
 * is done: at the erasing store's close, or when it closed first, at the
 * next open of the register.
 */
static void
erasure_behind_a_reader_is_finished_at_the_next_opportunity(void)
{
	struct dlg_error e;
	struct store *st;
	sqlite3 *reader;
	char ref[32];
	int round;

	for (round = 0; round < 2; round++) {
		unlink(check_path("register.db"));
		unlink(check_path("register.db-wal"));
		unlink(check_path("register.db-shm"));
		if (register_with_contact(ref, sizeof ref) != 0)
			return;
		CHECK(contact_in_files(0));
		if ((reader = reader_begin()) == NULL)
			return;
		if ((st = open_register("register.db")) == NULL) {
			sqlite3_close(reader);
			return;
		}
		err_clear(&e);
		CHECK_OK(store_contribution_erase_contact(st, ref, 3, "anna",
		    &e), &e);
		/* Said, not hidden: a copy is still there. */
		CHECK_INT(store_erasure_pending(st), 1);
		CHECK(contact_in_files(0));
		if (round == 0) {
			/* The reader is done: the erasing store's close
			 * finishes. */
			CHECK(sqlite3_exec(reader, "COMMIT", NULL, NULL,
			    NULL) == SQLITE_OK);
			store_close(st);
		} else {
			/* The erasing store goes first; the next opener
			 * (any process) finishes. */
			store_close(st);
			CHECK(contact_in_files(0));
			CHECK(sqlite3_exec(reader, "COMMIT", NULL, NULL,
			    NULL) == SQLITE_OK);
			if ((st = open_register("register.db")) == NULL)
				break;
			CHECK_INT(store_erasure_pending(st), 0);
			CHECK(!contact_in_files(1));	/* while open */
			store_close(st);
		}
		/* The reader is still connected, so SQLite's own clean-up
		 * at the last close has not run: this is the store's work. */
		CHECK(!contact_in_files(1));
		sqlite3_close(reader);
		CHECK(!contact_in_files(1));
	}
}

int
main(void)
{
	RUN(contact_is_never_in_history_nor_searchable);
	RUN(erased_contact_leaves_no_copy_in_the_files);
	RUN(erased_contribution_keeps_text_and_says_erased);
	RUN(erasure_behind_a_reader_is_finished_at_the_next_opportunity);
	return check_done();
}
