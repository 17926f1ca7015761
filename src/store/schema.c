/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * schema.c: the schema of the register, in one place. store_migrations[v]
 * takes a register from schema version v to v + 1; a new register runs
 * them all. Each step runs in one transaction that also sets
 * PRAGMA user_version, so a register is always at exactly one version.
 * Never edit a step once released: add a new one.
 *
 * Columns of `dialogues` after the fixed ones are named exactly as the
 * scalar fields of dlg_fields (src/domain/fields.c), and the columns of
 * sessions, feedback and contributions as the fields of the domain's
 * tables of them (src/domain/children.c, dlg_child_column); a new field
 * there needs its migration here. store_schema_check() verifies both in
 * debug builds.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store-int.h"
#include "i18n.h"

/*
 * Version 1: the record, its lists, child tables, the append-only history,
 * settings and the register's own methods.
 */
static const char schema_v1[] =
	"CREATE TABLE dialogues (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  ref TEXT UNIQUE NOT NULL,\n"
	"  year INTEGER NOT NULL,\n"
	"  serial INTEGER NOT NULL,\n"
	"  state TEXT NOT NULL,\n"
	"  version INTEGER NOT NULL,\n"
	"  created TEXT NOT NULL,\n"
	"  updated TEXT NOT NULL,\n"
	"  updated_by TEXT NOT NULL,\n"
	"  case_number TEXT,\n"
	"  title TEXT,\n"
	"  question TEXT,\n"
	"  purpose TEXT,\n"
	"  goals TEXT,\n"
	"  background TEXT,\n"
	"  initiated_by TEXT,\n"
	"  sender TEXT,\n"
	"  administration TEXT,\n"
	"  need_views TEXT,\n"
	"  need_views_by TEXT,\n"
	"  need_views_date TEXT,\n"
	"  open_to_influence TEXT,\n"
	"  open_to_influence_by TEXT,\n"
	"  open_to_influence_date TEXT,\n"
	"  level TEXT,\n"
	"  outreach TEXT,\n"
	"  outreach_how TEXT,\n"
	"  decision_deadline TEXT,\n"
	"  planned_start TEXT,\n"
	"  planned_end TEXT,\n"
	"  budget TEXT,\n"
	"  financing TEXT,\n"
	"  result_use TEXT,\n"
	"  responsibilities TEXT,\n"
	"  fact_basis TEXT,\n"
	"  project_plan TEXT,\n"
	"  parties_invited TEXT,\n"
	"  process_owner TEXT,\n"
	"  process_leader TEXT,\n"
	"  communication_plan TEXT,\n"
	"  documentation_plan TEXT,\n"
	"  feedback_plan TEXT,\n"
	"  evaluation_plan TEXT,\n"
	"  participants_informed TEXT,\n"
	"  decision_body TEXT,\n"
	"  decision_date TEXT,\n"
	"  decision_paragraph TEXT,\n"
	"  decision_case TEXT,\n"
	"  budget_frame TEXT,\n"
	"  question_decision_body TEXT,\n"
	"  question_decision_date TEXT,\n"
	"  question_decision_paragraph TEXT,\n"
	"  question_decision_outcome TEXT,\n"
	"  result_summary TEXT,\n"
	"  result_date TEXT,\n"
	"  report_reference TEXT,\n"
	"  report_date TEXT,\n"
	"  not_reported_reason TEXT,\n"
	"  review_text TEXT,\n"
	"  review_date TEXT,\n"
	"  evaluation_date TEXT,\n"
	"  influence TEXT,\n"
	"  goals_met TEXT,\n"
	"  evaluation_reach TEXT,\n"
	"  participants_view TEXT,\n"
	"  lessons TEXT,\n"
	"  level_change_reason TEXT,\n"
	"  state_reason TEXT,\n"
	"  UNIQUE (year, serial)\n"
	");\n"
	"CREATE INDEX dialogues_state ON dialogues (state);\n"
	"CREATE TABLE items (\n"
	"  dialogue_id INTEGER NOT NULL REFERENCES dialogues (id),\n"
	"  field TEXT NOT NULL,\n"
	"  pos INTEGER NOT NULL,\n"
	"  name TEXT NOT NULL,\n"
	"  note TEXT,\n"
	"  step INTEGER NOT NULL DEFAULT 0,\n"
	"  PRIMARY KEY (dialogue_id, field, pos)\n"
	") WITHOUT ROWID;\n"
	"CREATE TABLE sessions (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  dialogue_id INTEGER NOT NULL REFERENCES dialogues (id),\n"
	"  date TEXT NOT NULL,\n"
	"  place TEXT,\n"
	"  method TEXT,\n"
	"  participants INTEGER CHECK (participants >= 0),\n"
	"  breakdown TEXT,\n"
	"  politicians TEXT,\n"
	"  notes TEXT\n"
	");\n"
	"CREATE INDEX sessions_dialogue ON sessions (dialogue_id, date);\n"
	"CREATE TABLE feedback (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  dialogue_id INTEGER NOT NULL REFERENCES dialogues (id),\n"
	"  date TEXT NOT NULL,\n"
	"  sender TEXT,\n"
	"  channels TEXT,\n"
	"  text TEXT\n"
	");\n"
	"CREATE INDEX feedback_dialogue ON feedback (dialogue_id, date);\n"
	"CREATE TABLE contributions (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  dialogue_id INTEGER NOT NULL REFERENCES dialogues (id),\n"
	"  session_id INTEGER REFERENCES sessions (id),\n"
	"  channel TEXT,\n"
	"  text TEXT NOT NULL,\n"
	"  themes TEXT,\n"
	"  contact TEXT,\n"
	"  contact_erased INTEGER NOT NULL DEFAULT 0\n"
	"    CHECK (contact_erased IN (0, 1)),\n"
	"  created TEXT NOT NULL\n"
	");\n"
	"CREATE INDEX contributions_dialogue ON contributions (dialogue_id);\n"
	"CREATE TABLE history (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  dialogue_id INTEGER REFERENCES dialogues (id),\n"
	"  version INTEGER,\n"
	"  at TEXT NOT NULL,\n"
	"  who TEXT NOT NULL,\n"
	"  field TEXT NOT NULL,\n"
	"  old_value TEXT,\n"
	"  new_value TEXT,\n"
	"  reason TEXT\n"
	");\n"
	"CREATE INDEX history_dialogue ON history (dialogue_id, version);\n"
	"CREATE TRIGGER history_no_update BEFORE UPDATE ON history\n"
	"BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;\n"
	"CREATE TRIGGER history_no_delete BEFORE DELETE ON history\n"
	"BEGIN SELECT RAISE(ABORT, 'history is append-only'); END;\n"
	"CREATE TABLE settings (\n"
	"  key TEXT PRIMARY KEY,\n"
	"  value TEXT NOT NULL\n"
	");\n"
	"CREATE TABLE methods (\n"
	"  name TEXT PRIMARY KEY COLLATE NOCASE,\n"
	"  step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 5)\n"
	");\n";

/*
 * Version 2: full-text search over a dialogue's title and question and
 * over the contributions' text and themes. External-content FTS5 tables
 * (the text is stored once, in its own table) kept in step by triggers,
 * then filled from the rows already there.
 *
 * Tokenizer: unicode61 with remove_diacritics 0. Å, Ä and Ö are letters
 * of their own in Swedish, not accented A and O: "får" (sheep) must not
 * find "far" (father), and "Skarhamn" does not find "Skärhamn". Case is
 * still folded for every letter (Å finds å).
 *
 * Contact details are never indexed: only text and themes are.
 *
 * fts_pause: while it holds a row the triggers leave the index alone.
 * Bulk mode puts the row there inside its transaction and, before it
 * commits, rebuilds the index and removes the row, so no other connection
 * ever sees it. (FTS5 flushes its pending terms at every statement
 * savepoint, which made a bulk load of 200 000 dialogues minutes slow.)
 */
static const char schema_v2[] =
	"CREATE TABLE fts_pause (\n"
	"  id INTEGER PRIMARY KEY CHECK (id = 1)\n"
	");\n"
	"CREATE VIRTUAL TABLE dialogue_fts USING fts5 (\n"
	"  title, question,\n"
	"  content = 'dialogues', content_rowid = 'id',\n"
	"  tokenize = 'unicode61 remove_diacritics 0'\n"
	");\n"
	"CREATE VIRTUAL TABLE contribution_fts USING fts5 (\n"
	"  text, themes,\n"
	"  content = 'contributions', content_rowid = 'id',\n"
	"  tokenize = 'unicode61 remove_diacritics 0'\n"
	");\n"
	"CREATE TRIGGER dialogues_fts_insert AFTER INSERT ON dialogues\n"
	"WHEN NOT EXISTS (SELECT 1 FROM fts_pause)\n"
	"BEGIN\n"
	"  INSERT INTO dialogue_fts (rowid, title, question)\n"
	"    VALUES (new.id, new.title, new.question);\n"
	"END;\n"
	"CREATE TRIGGER dialogues_fts_delete AFTER DELETE ON dialogues\n"
	"WHEN NOT EXISTS (SELECT 1 FROM fts_pause)\n"
	"BEGIN\n"
	"  INSERT INTO dialogue_fts (dialogue_fts, rowid, title, question)\n"
	"    VALUES ('delete', old.id, old.title, old.question);\n"
	"END;\n"
	"CREATE TRIGGER dialogues_fts_update\n"
	"AFTER UPDATE OF title, question ON dialogues\n"
	"WHEN (old.title IS NOT new.title\n"
	"    OR old.question IS NOT new.question)\n"
	"  AND NOT EXISTS (SELECT 1 FROM fts_pause)\n"
	"BEGIN\n"
	"  INSERT INTO dialogue_fts (dialogue_fts, rowid, title, question)\n"
	"    VALUES ('delete', old.id, old.title, old.question);\n"
	"  INSERT INTO dialogue_fts (rowid, title, question)\n"
	"    VALUES (new.id, new.title, new.question);\n"
	"END;\n"
	"CREATE TRIGGER contributions_fts_insert\n"
	"AFTER INSERT ON contributions\n"
	"WHEN NOT EXISTS (SELECT 1 FROM fts_pause)\n"
	"BEGIN\n"
	"  INSERT INTO contribution_fts (rowid, text, themes)\n"
	"    VALUES (new.id, new.text, new.themes);\n"
	"END;\n"
	"CREATE TRIGGER contributions_fts_delete\n"
	"AFTER DELETE ON contributions\n"
	"WHEN NOT EXISTS (SELECT 1 FROM fts_pause)\n"
	"BEGIN\n"
	"  INSERT INTO contribution_fts\n"
	"    (contribution_fts, rowid, text, themes)\n"
	"    VALUES ('delete', old.id, old.text, old.themes);\n"
	"END;\n"
	"CREATE TRIGGER contributions_fts_update\n"
	"AFTER UPDATE OF text, themes ON contributions\n"
	"WHEN (old.text IS NOT new.text OR old.themes IS NOT new.themes)\n"
	"  AND NOT EXISTS (SELECT 1 FROM fts_pause)\n"
	"BEGIN\n"
	"  INSERT INTO contribution_fts\n"
	"    (contribution_fts, rowid, text, themes)\n"
	"    VALUES ('delete', old.id, old.text, old.themes);\n"
	"  INSERT INTO contribution_fts (rowid, text, themes)\n"
	"    VALUES (new.id, new.text, new.themes);\n"
	"END;\n"
	STORE_FTS_REBUILD;

/*
 * Version 3: the files contributions were imported from (import of survey
 * exports), so that importing the same file twice is noticed. A file is
 * known by the SHA-256 of its bytes; the same digest may appear more than
 * once when the user imported a file again on purpose. No personal data:
 * the base name of the file, the number of contributions, who and when.
 */
static const char schema_v3[] =
	"CREATE TABLE imports (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  dialogue_id INTEGER NOT NULL REFERENCES dialogues (id),\n"
	"  digest TEXT NOT NULL,\n"
	"  file_name TEXT,\n"
	"  rows INTEGER NOT NULL CHECK (rows >= 0),\n"
	"  at TEXT NOT NULL,\n"
	"  who TEXT NOT NULL\n"
	");\n"
	"CREATE INDEX imports_digest ON imports (digest);\n";

/*
 * Version 4: a contribution imported with a channel the register does not
 * know ("Telefon" in a survey's "Kanal" column) is stored under the
 * channel "other" with the file's own text kept beside it, so nothing a
 * resident or an official wrote is lost and no file is refused for it.
 */
static const char schema_v4[] =
	"ALTER TABLE contributions ADD COLUMN channel_text TEXT;\n";

/*
 * Version 5: an erasure of contact details whose old copies are still in
 * the write-ahead log (another connection was reading when it was made).
 * The row is written with the erasure; whoever next manages a truncating
 * checkpoint removes it (children.c, store_finish_erasure). Holds no
 * personal data.
 */
static const char schema_v5[] =
	"CREATE TABLE erase_pending (\n"
	"  id INTEGER PRIMARY KEY CHECK (id = 1)\n"
	");\n";

/*
 * Version 6: an index for each sort key of the list that SQLite can
 * index without the program's own functions (reference: the UNIQUE
 * (year, serial)), the reference breaking ties as in the list's order,
 * so that a page is a range of an index and paging by key reads only
 * the page. The state's key is its lifecycle position, the same
 * expression as in src/store/list.c. Title and body concerned sort by
 * the collation dlg_sv, which the schema never names (the sqlite3 shell
 * must still read every index): they are not indexed.
 */
static const char schema_v6[] =
	"CREATE INDEX dialogues_by_state ON dialogues (CASE state"
	" WHEN 'proposed' THEN 0 WHEN 'decided' THEN 1"
	" WHEN 'planned' THEN 2 WHEN 'running' THEN 3 WHEN 'reported' THEN 4"
	" WHEN 'fed_back' THEN 5 WHEN 'evaluated' THEN 6"
	" WHEN 'rejected' THEN 7 WHEN 'cancelled' THEN 8 END,"
	" year, serial);\n"
	"CREATE INDEX dialogues_by_deadline ON dialogues"
	" (decision_deadline, year, serial);\n"
	"CREATE INDEX dialogues_by_start ON dialogues"
	" (planned_start, year, serial);\n"
	"CREATE INDEX dialogues_by_updated ON dialogues"
	" (updated, year, serial);\n";

/*
 * Version 7: the register's list of bodies (src/store/bodies.c): the
 * council, the executive board, the committees, the drafting committees
 * and the companies' boards [T1], each with its abbreviation, its kind
 * (a token of the domain, dlg_body_kind_token) and whether it is
 * political. pos keeps the list in the order it was built. An older
 * register gets an empty list, which accepts every name as before.
 * NOCASE folds ASCII only; the domain compares with Swedish letters
 * folded before anything is written.
 */
static const char schema_v7[] =
	"CREATE TABLE bodies (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  name TEXT NOT NULL UNIQUE COLLATE NOCASE,\n"
	"  abbrev TEXT UNIQUE COLLATE NOCASE,\n"
	"  kind TEXT NOT NULL,\n"
	"  political INTEGER NOT NULL DEFAULT 1"
	" CHECK (political IN (0, 1)),\n"
	"  pos INTEGER NOT NULL\n"
	");\n";

/*
 * Version 8: what the policies ask and the record lacked. The time plan
 * the deciding body set, apart from the one the administration proposes
 * (planned_start, planned_end) [S:Roller]; the official responsible for
 * each of the tasks the policy gives the officials [T5]; the measures
 * decided with the decision on the question [T5]; and the time of day a
 * session starts and ends. An older register's rows get them empty.
 */
static const char schema_v8[] =
	"ALTER TABLE dialogues ADD COLUMN decided_start TEXT;\n"
	"ALTER TABLE dialogues ADD COLUMN decided_end TEXT;\n"
	"ALTER TABLE dialogues ADD COLUMN responsible_planning TEXT;\n"
	"ALTER TABLE dialogues ADD COLUMN responsible_conduct TEXT;\n"
	"ALTER TABLE dialogues ADD COLUMN responsible_documentation TEXT;\n"
	"ALTER TABLE dialogues ADD COLUMN responsible_processing TEXT;\n"
	"ALTER TABLE dialogues ADD COLUMN responsible_feedback TEXT;\n"
	"ALTER TABLE dialogues ADD COLUMN responsible_evaluation TEXT;\n"
	"ALTER TABLE dialogues ADD COLUMN question_decision_measures TEXT;\n"
	"ALTER TABLE sessions ADD COLUMN time_start TEXT;\n"
	"ALTER TABLE sessions ADD COLUMN time_end TEXT;\n";

/*
 * Version 9: what the public pages and calendars need to say how to take
 * part. A session's accessibility notes (what the place or channel
 * offers [T4]); and the register's identity, made at random once, from
 * which calendar files derive the UIDs of their events, so that the
 * same session keeps its UID in every file and run and two registers'
 * never meet. One row; an older register gets its identity here.
 */
static const char schema_v9[] =
	"ALTER TABLE sessions ADD COLUMN accessibility TEXT;\n"
	"CREATE TABLE register_identity (\n"
	"  id INTEGER PRIMARY KEY CHECK (id = 1),\n"
	"  uid TEXT NOT NULL CHECK (length(uid) = 32)\n"
	");\n"
	"INSERT INTO register_identity (id, uid)\n"
	"  VALUES (1, lower(hex(randomblob(16))));\n";

/*
 * Version 10: the experts' time and resources, which the administration
 * answers for [S:Roller "Ansvarar för att sakkunniga på förvaltningskontor
 * har tid och resurser"]. An older register's rows get it empty.
 */
static const char schema_v10[] =
	"ALTER TABLE dialogues ADD COLUMN resources TEXT;\n";

/*
 * Version 11: the list's title and body orders by index. Their order is
 * Swedish (the collation dlg_sv), which an index of the schema cannot
 * name if the sqlite3 shell is to read every index: each row keeps the
 * sort key of its title and of its first body concerned instead, bytes
 * whose plain order is the Swedish order (the domain's dlg_sort_key),
 * written by the store with every change of the title or the bodies, and
 * made here for the rows there are. And an index for the state filter
 * in the reference's order, which replaces the one on the state alone,
 * and one on the length of the reference, for the width of the list's
 * reference column (the longest reference, read without a scan).
 */
static const char schema_v11[] =
	"ALTER TABLE dialogues ADD COLUMN title_key BLOB;\n"
	"ALTER TABLE dialogues ADD COLUMN bodies_key BLOB;\n"
	"UPDATE dialogues SET title_key = dlg_sort_key(coalesce(title, '')),"
	" bodies_key = dlg_sort_key((SELECT i.name FROM items i"
	" WHERE i.dialogue_id = dialogues.id AND i.field = 'bodies'"
	" ORDER BY i.pos LIMIT 1));\n"
	"CREATE INDEX dialogues_by_title ON dialogues"
	" (title_key, year, serial);\n"
	"CREATE INDEX dialogues_by_body ON dialogues"
	" (bodies_key, year, serial);\n"
	"DROP INDEX dialogues_state;\n"
	"CREATE INDEX dialogues_by_state_ref ON dialogues"
	" (state, year, serial);\n"
	"CREATE INDEX dialogues_by_ref_length ON dialogues"
	" (length(ref));\n";

/*
 * Version 12: the full-text indexes with the prefixes of one, two and
 * three characters indexed too. FTS5 answers a shorter prefix by merging
 * the list of every term that starts with it before it gives the first
 * row: for a one-letter word on 5 000 000 contributions that took a
 * second and 45 MB; with the prefix indexed it is one list, read page by
 * page. Made again from the tables they index (same words, same
 * tokenizer); the triggers stay as they are.
 */
static const char schema_v12[] =
	"DROP TABLE dialogue_fts;\n"
	"DROP TABLE contribution_fts;\n"
	"CREATE VIRTUAL TABLE dialogue_fts USING fts5 (\n"
	"  title, question,\n"
	"  content = 'dialogues', content_rowid = 'id',\n"
	"  tokenize = 'unicode61 remove_diacritics 0',\n"
	"  prefix = '1 2 3'\n"
	");\n"
	"CREATE VIRTUAL TABLE contribution_fts USING fts5 (\n"
	"  text, themes,\n"
	"  content = 'contributions', content_rowid = 'id',\n"
	"  tokenize = 'unicode61 remove_diacritics 0',\n"
	"  prefix = '1 2 3'\n"
	");\n"
	STORE_FTS_REBUILD_ALL;

/*
 * Version 13: the full-text indexes keep which rows hold a word, not
 * where in the row (detail=none). A search ANDs words and never asks for
 * two words side by side, so the positions were never read; they were
 * seven tenths of the indexes (697 of 990 MB at 200 000 dialogues) and
 * a quarter of the time to build them. Made again from the tables they
 * index, prefixes and tokenizer as in version 12.
 */
static const char schema_v13[] =
	"DROP TABLE dialogue_fts;\n"
	"DROP TABLE contribution_fts;\n"
	"CREATE VIRTUAL TABLE dialogue_fts USING fts5 (\n"
	"  title, question,\n"
	"  content = 'dialogues', content_rowid = 'id',\n"
	"  tokenize = 'unicode61 remove_diacritics 0',\n"
	"  prefix = '1 2 3', detail = none\n"
	");\n"
	"CREATE VIRTUAL TABLE contribution_fts USING fts5 (\n"
	"  text, themes,\n"
	"  content = 'contributions', content_rowid = 'id',\n"
	"  tokenize = 'unicode61 remove_diacritics 0',\n"
	"  prefix = '1 2 3', detail = none\n"
	");\n"
	STORE_FTS_REBUILD_ALL;

const char *const store_migrations[STORE_SCHEMA_VERSION] = {
	schema_v1,
	schema_v2,
	schema_v3,
	schema_v4,
	schema_v5,
	schema_v6,
	schema_v7,
	schema_v8,
	schema_v9,
	schema_v10,
	schema_v11,
	schema_v12,
	schema_v13,
};

static int
user_version(struct store *st, int *v, struct dlg_error *err)
{
	sqlite3_stmt *s = NULL;
	int rc;

	rc = sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s, NULL);
	if (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		*v = sqlite3_column_int(s, 0);
		rc = SQLITE_OK;
	}
	if (rc != SQLITE_OK)
		store_sqlerr(st, rc, err);
	sqlite3_finalize(s);
	return rc == SQLITE_OK ? 0 : -1;
}

/* One step, v -> v + 1, inside the caller's transaction. The pragmas take
 * no parameters; the values are the program's own integers. */
static int
apply_step(struct store *st, int v, struct dlg_error *err)
{
	char sql[64];

	if (store_exec(st, store_migrations[v], err) != 0)
		return -1;
	if (v == 0) {
		snprintf(sql, sizeof sql, "PRAGMA application_id = %d",
		    STORE_APPLICATION_ID);
		if (store_exec(st, sql, err) != 0)
			return -1;
	}
	snprintf(sql, sizeof sql, "PRAGMA user_version = %d", v + 1);
	return store_exec(st, sql, err);
}

/* Who is told before an existing register is upgraded (store.h). */
static void (*upgrade_notice)(const char *, int, int, void *);
static void *upgrade_notice_arg;

void
store_set_upgrade_notice(void (*cb)(const char *path, int from, int to,
    void *arg), void *arg)
{
	upgrade_notice = cb;
	upgrade_notice_arg = arg;
}

int
store_schema_migrate(struct store *st, struct dlg_error *err)
{
	int v = 0, told = 0;

	for (;;) {
		if (store_exec(st, "BEGIN IMMEDIATE", err) != 0)
			return -1;
		/* Another process may have migrated while we waited. */
		if (user_version(st, &v, err) != 0)
			goto fail;
		if (v >= STORE_SCHEMA_VERSION)
			break;
		if (!told && v > 0 && upgrade_notice != NULL)
			upgrade_notice(st->path, v, STORE_SCHEMA_VERSION,
			    upgrade_notice_arg);
		told = 1;
		if (apply_step(st, v, err) != 0) {
			if (err != NULL && err->code != ERR_CONFLICT)
				err_set(err, ERR_STORAGE, _("the register "
				    "'%s' could not be upgraded from schema %d "
				    "to %d; nothing was changed"), st->path, v,
				    v + 1);
			goto fail;
		}
		if (store_exec(st, "COMMIT", err) != 0)
			goto fail;
	}
	if (store_exec(st, "COMMIT", err) != 0)
		goto fail;
	if (v > STORE_SCHEMA_VERSION)
		return err_set(err, ERR_STORAGE, _("the register '%s' was made "
		    "by a newer version of dialogreg (schema %d); this program "
		    "knows up to %d"), st->path, v, STORE_SCHEMA_VERSION);
	return 0;
fail:
	if (!sqlite3_get_autocommit(st->db))
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	return -1;
}

/* Every field of child kind k has its column in the kind's table (the
 * table's columns read once). */
static int
child_columns_check(struct store *st, enum dlg_child k,
    struct dlg_error *err)
{
	const struct dlg_child_def *def = &dlg_children[k];
	struct strlist cols = { 0 };
	sqlite3_stmt *s = NULL;
	const char *name;
	size_t i, j;
	int rc;

	rc = sqlite3_prepare_v2(st->db, "SELECT name FROM pragma_table_info(?1)",
	    -1, &s, NULL);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	sqlite3_bind_text(s, 1, def->table, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		if ((name = (const char *)sqlite3_column_text(s, 0)) != NULL)
			sl_push(&cols, name);
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		sl_clear(&cols);
		return store_sqlerr(st, rc, err);
	}
	for (i = 0; i < def->nfields; i++) {
		name = dlg_child_column(&def->fields[i]);
		for (j = 0; j < cols.n && strcmp(cols.v[j], name) != 0; j++)
			;
		if (j == cols.n) {
			sl_clear(&cols);
			return err_set(err, ERR_STORAGE, _("the register "
			    "'%s' has no column for the field '%s'; this is a "
			    "bug in dialogreg, please report it"), st->path,
			    name);
		}
	}
	sl_clear(&cols);
	return 0;
}

int
store_schema_check(struct store *st, struct dlg_error *err)
{
	sqlite3_stmt *s = NULL;
	char found[DLG_NSCALARS];
	const char *name;
	int rc, f;

	memset(found, 0, sizeof found);
	rc = sqlite3_prepare_v2(st->db,
	    "SELECT name FROM pragma_table_info('dialogues')", -1, &s, NULL);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		name = (const char *)sqlite3_column_text(s, 0);
		for (f = 0; name != NULL && f < DLG_NSCALARS; f++)
			if (strcmp(dlg_fields[f].name, name) == 0)
				found[f] = 1;
	}
	if (rc != SQLITE_DONE) {
		store_sqlerr(st, rc, err);
		sqlite3_finalize(s);
		return -1;
	}
	sqlite3_finalize(s);
	for (f = 0; f < DLG_NSCALARS; f++)
		if (!found[f])
			return err_set(err, ERR_STORAGE, _("the register "
			    "'%s' has no column for the field '%s'; this is a "
			    "bug in dialogreg, please report it"), st->path,
			    dlg_fields[f].name);
	for (f = 0; f < DLG_NCHILDREN; f++)
		if (child_columns_check(st, (enum dlg_child)f, err) != 0)
			return -1;
	return 0;
}

/* ------------------------------------------------------------ foreign */

/*
 * The objects a register of schema version v holds (type, name, table,
 * SQL) are those the migrations up to v make: they are made again in a
 * database in memory and compared with the file's, so nothing here needs
 * to be kept in step with the steps above.
 */
struct schema_obj {
	char	*type, *name, *sql;
};

struct schema_set {
	struct schema_obj	*v;
	size_t			 n, cap;
};

static void
objs_clear(struct schema_set *s)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		free(s->v[i].type);
		free(s->v[i].name);
		free(s->v[i].sql);
	}
	free(s->v);
	memset(s, 0, sizeof *s);
}

static void
objs_add(struct schema_set *out, const char *type, const char *name,
    const char *sql)
{
	struct schema_obj *o;

	if (out->n == out->cap) {
		out->cap = out->cap ? 2 * out->cap : 64;
		out->v = xrealloc(out->v, out->cap * sizeof *out->v);
	}
	o = &out->v[out->n++];
	o->type = xstrdup(type);
	o->name = xstrdup(name);
	o->sql = sql != NULL ? xstrdup(sql) : NULL;
}

/* Every object of db's main schema into out. SQLite's own statistics
 * (ANALYZE, PRAGMA optimize) hold no code and are left out. */
static int
objs_read(sqlite3 *db, struct schema_set *out)
{
	sqlite3_stmt *s = NULL;
	const unsigned char *t;
	int rc;

	rc = sqlite3_prepare_v2(db, "SELECT type, name, sql FROM"
	    " main.sqlite_schema WHERE NOT (type = 'table' AND"
	    " name GLOB 'sqlite_stat[1-4]') ORDER BY rowid", -1, &s, NULL);
	if (rc != SQLITE_OK)
		return rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		t = sqlite3_column_text(s, 2);
		objs_add(out, (const char *)sqlite3_column_text(s, 0),
		    (const char *)sqlite3_column_text(s, 1),
		    (const char *)t);
	}
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* The objects the migrations up to version v make, replayed. */
static int
objs_replayed(int v, struct schema_set *out)
{
	sqlite3 *db = NULL;
	int i, rc;

	rc = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_NOMUTEX, NULL);
	if (rc == SQLITE_OK)
		rc = store_register_functions(db);
	for (i = 0; rc == SQLITE_OK && i < v; i++)
		rc = sqlite3_exec(db, store_migrations[i], NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		rc = objs_read(db, out);
	sqlite3_close(db);
	return rc;
}

/* The objects of version v: the table the build made when it is of v,
 * else the migrations replayed. */
static int
objs_expected(int v, struct schema_set *out)
{
	size_t i;

	if (&store_schema_built_version == NULL ||
	    store_schema_built_version != v)
		return objs_replayed(v, out);
	for (i = 0; i < store_schema_nbuilt; i++)
		objs_add(out, store_schema_built[i].type,
		    store_schema_built[i].name, store_schema_built[i].sql);
	return SQLITE_OK;
}

/* s as a C string literal, or NULL. */
static void
put_c_string(FILE *fp, const char *s)
{
	if (s == NULL) {
		fputs("NULL", fp);
		return;
	}
	putc('"', fp);
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			fprintf(fp, "\\%c", c);
		else if (c == '\n')
			fputs("\\n\"\n\t    \"", fp);
		else if (c < 0x20 || c >= 0x7f)
			fprintf(fp, "\\%03o", c);
		else
			putc(c, fp);
	}
	putc('"', fp);
}

int
store_schema_write_built(FILE *fp)
{
	struct schema_set want = { 0 };
	size_t i;
	int rc;

	if ((rc = objs_replayed(STORE_SCHEMA_VERSION, &want)) != SQLITE_OK) {
		objs_clear(&want);
		return -1;
	}
	fprintf(fp, "/* schema-built.c: the schema of a new register of "
	    "version %d, written by\n * mkschema from the migrations "
	    "(store-int.h). Generated: do not edit. */\n"
	    "#include \"config.h\"\n\n#include <stdio.h>\n\n"
	    "#include \"store.h\"\n#include \"store-int.h\"\n\n"
	    "const int store_schema_built_version = %d;\n"
	    "const struct store_schema_row store_schema_built[] = {\n",
	    STORE_SCHEMA_VERSION, STORE_SCHEMA_VERSION);
	for (i = 0; i < want.n; i++) {
		fputs("\t{ ", fp);
		put_c_string(fp, want.v[i].type);
		fputs(", ", fp);
		put_c_string(fp, want.v[i].name);
		fputs(",\n\t    ", fp);
		put_c_string(fp, want.v[i].sql);
		fputs(" },\n", fp);
	}
	fprintf(fp, "};\nconst size_t store_schema_nbuilt = %zu;\n", want.n);
	objs_clear(&want);
	return ferror(fp) ? -1 : 0;
}

int
store_schema_built_check(void)
{
	struct schema_set want = { 0 };
	size_t i;
	int rc = -1;

	if (&store_schema_built_version == NULL ||
	    store_schema_built_version != STORE_SCHEMA_VERSION ||
	    objs_replayed(STORE_SCHEMA_VERSION, &want) != SQLITE_OK ||
	    want.n != store_schema_nbuilt)
		goto done;
	for (i = 0; i < want.n; i++)
		if (strcmp(want.v[i].type, store_schema_built[i].type) != 0 ||
		    strcmp(want.v[i].name, store_schema_built[i].name) != 0 ||
		    (want.v[i].sql == NULL) !=
		    (store_schema_built[i].sql == NULL) ||
		    (want.v[i].sql != NULL && strcmp(want.v[i].sql,
		    store_schema_built[i].sql) != 0))
			goto done;
	rc = 0;
done:
	objs_clear(&want);
	return rc;
}

static const struct schema_obj *
objs_find(const struct schema_set *s, const char *type, const char *name)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (strcmp(s->v[i].type, type) == 0 &&
		    strcmp(s->v[i].name, name) == 0)
			return &s->v[i];
	return NULL;
}

static int
same_sql(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

/* The kind of object, as a message names it. */
static const char *
kind_of(const char *type)
{
	if (strcmp(type, "table") == 0)
		return _("the table");
	if (strcmp(type, "index") == 0)
		return _("the index");
	if (strcmp(type, "trigger") == 0)
		return _("the trigger");
	if (strcmp(type, "view") == 0)
		return _("the view");
	return type;
}

int
store_schema_foreign(struct store *st, int version, struct dlg_error *err)
{
	struct schema_set want = { 0 }, have = { 0 };
	const struct schema_obj *o, *w;
	size_t i;
	int rc;

	if ((rc = objs_expected(version, &want)) != SQLITE_OK ||
	    (rc = objs_read(st->db, &have)) != SQLITE_OK) {
		objs_clear(&want);
		objs_clear(&have);
		return store_sqlerr(st, rc, err);
	}
	rc = 0;
	for (i = 0; rc == 0 && i < have.n; i++) {
		o = &have.v[i];
		w = objs_find(&want, o->type, o->name);
		if (w != NULL && same_sql(w->sql, o->sql))
			continue;
		err_detail(err, "%s %s: %s", o->type, o->name,
		    o->sql != NULL ? o->sql : "");
		rc = err_set(err, ERR_STORAGE, w == NULL ?
		    _("the register '%s' holds %s '%s', which dialogreg did "
		    "not make; the register was not used and nothing in it "
		    "was changed. Remove it with the sqlite3 shell, or "
		    "restore the register from a backup.") :
		    _("the register '%s' holds %s '%s' changed from what "
		    "dialogreg made; the register was not used and nothing in "
		    "it was changed. Restore the register from a backup."),
		    st->path, kind_of(o->type), o->name);
	}
	for (i = 0; rc == 0 && i < want.n; i++) {
		w = &want.v[i];
		if (objs_find(&have, w->type, w->name) != NULL)
			continue;
		err_detail(err, "%s %s missing", w->type, w->name);
		rc = err_set(err, ERR_STORAGE, _("the register '%s' lacks %s "
		    "'%s' of its schema; the register was not used and "
		    "nothing in it was changed. Restore the register from a "
		    "backup."), st->path, kind_of(w->type), w->name);
	}
	objs_clear(&want);
	objs_clear(&have);
	return rc;
}
