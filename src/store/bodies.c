/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * bodies.c: the register's list of bodies (table `bodies`, schema 7):
 * loading it, adding, changing and removing an entry as write actions
 * with register-wide history rows ("body:NAME"), counting the dialogues
 * that name a body, and keeping the setting council_name one of the
 * list [T5]. What an entry may hold, the domain says (dlg_body_check).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store-int.h"
#include "i18n.h"

int
store_bodies_load(struct store *st, struct dlg_bodies *out,
    struct dlg_error *err)
{
	sqlite3_stmt *s = NULL;
	const char *name, *kind;
	int rc, k;

	memset(out, 0, sizeof *out);
	rc = sqlite3_prepare_v2(st->db, "SELECT name, abbrev, kind, political"
	    " FROM bodies ORDER BY pos, id", -1, &s, NULL);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		name = (const char *)sqlite3_column_text(s, 0);
		kind = (const char *)sqlite3_column_text(s, 2);
		if ((k = dlg_body_kind_from_token(kind)) < 0) {
			err_detail(err, "kind %s", kind != NULL ? kind : "");
			err_set(err, ERR_STORAGE, _("the register '%s' holds "
			    "the body '%s' of a kind this dialogreg does not "
			    "know; use a newer dialogreg"), st->path,
			    name != NULL ? name : "");
			sqlite3_finalize(s);
			dlg_bodies_clear(out);
			return -1;
		}
		dlg_bodies_add(out, name,
		    (const char *)sqlite3_column_text(s, 1),
		    (enum dlg_body_kind)k, sqlite3_column_int(s, 3));
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_DONE) {
		dlg_bodies_clear(out);
		return store_sqlerr(st, rc, err);
	}
	return 0;
}

/* Run sql with the text parameters v[0..n-1] (NULL binds NULL). */
static int
exec_texts(struct store *st, const char *sql, const char *const *v,
    int n, struct dlg_error *err)
{
	sqlite3_stmt *s = NULL;
	int i, rc;

	rc = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL);
	for (i = 0; rc == SQLITE_OK && i < n; i++)
		store_bind_text(s, i + 1, v[i]);
	if (rc == SQLITE_OK)
		rc = sqlite3_step(s);
	if (rc != SQLITE_DONE)
		store_sqlerr(st, rc, err);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* The register-wide history row "body:NAME". */
static int
body_history(struct store *st, const char *name, const char *old_value,
    const char *new_value, const char *who, struct dlg_error *err)
{
	char *field = xasprintf("body:%s", name), now[32];
	int rc;

	dlg_now_iso(now, sizeof now);
	rc = store_history_add(st, 0, 0, now, who, field, old_value,
	    new_value, NULL, err);
	free(field);
	return rc;
}

/* Insert b at the end of the list, with its history row. */
static int
insert_body(struct store *st, const struct dlg_body *b, const char *who,
    struct dlg_error *err)
{
	const char *v[4] = { b->name, b->abbrev,
	    dlg_body_kind_token(b->kind), b->political ? "1" : "0" };
	char *value;
	int rc;

	if (exec_texts(st, "INSERT INTO bodies (name, abbrev, kind,"
	    " political, pos) VALUES (?1, ?2, ?3, CAST(?4 AS INTEGER),"
	    " (SELECT coalesce(max(pos), 0) + 1 FROM bodies))", v, 4,
	    err) != 0)
		return -1;
	value = dlg_body_value(b);
	rc = body_history(st, b->name, NULL, value, who, err);
	free(value);
	return rc;
}

/* The council the setting names, as the first entry of a list [T5]:
 * abbreviated KF unless that clashes with what comes with it. */
static int
add_council(struct store *st, const struct dlg_bodies *list,
    const char *name, const char *who, struct dlg_error *err)
{
	struct dlg_body c = { 0 };

	c.name = (char *)name;
	c.abbrev = (char *)"KF";
	c.kind = DLG_BODY_COUNCIL;
	c.political = 1;
	if (dlg_body_check(list, &c, NULL, NULL) != 0)
		c.abbrev = NULL;
	if (dlg_body_check(list, &c, NULL, err) != 0)
		return -1;
	return insert_body(st, &c, who, err);
}

int
store_body_add(struct store *st, const struct dlg_body *b, const char *who,
    int *council_added, struct dlg_error *err)
{
	struct dlg_bodies list = { 0 }, one = { 0 };
	struct dlg_settings set;
	int loaded = 0, rc = -1;

	if (council_added != NULL)
		*council_added = 0;
	if (dlg_body_check(NULL, b, NULL, err) != 0)
		return -1;
	if (store_begin(st, err) != 0)
		return -1;
	if (store_settings_load(st, &set, err) != 0)
		goto fail;
	loaded = 1;
	if (store_bodies_load(st, &list, err) != 0 ||
	    dlg_body_check(&list, b, NULL, err) != 0)
		goto fail;
	if (list.n == 0) {
		/* The first entry: the list is used from now on, and a
		 * question of several bodies is the council's [T5]. */
		dlg_bodies_add(&one, b->name, b->abbrev, b->kind,
		    b->political);
		if (dlg_bodies_find(&one, set.council_name) == NULL) {
			if (add_council(st, &one, set.council_name, who,
			    err) != 0)
				goto fail;
			if (council_added != NULL)
				*council_added = 1;
		}
	}
	if (insert_body(st, b, who, err) != 0)
		goto fail;
	rc = store_commit(st, err);
	goto out;
fail:
	store_rollback(st);
out:
	if (loaded)
		dlg_settings_clear(&set);
	dlg_bodies_clear(&list);
	dlg_bodies_clear(&one);
	return rc;
}

/* Where a body may be named: the SQL counting the dialogues that name
 * ?1, built from the domain's table of body fields. Caller frees. */
static char *
uses_sql(void)
{
	const struct dlg_child_def *def;
	struct strbuf sb;
	const char *col;
	size_t i;
	int f, k;

	sb_init(&sb);
	sb_add(&sb, "WITH k (v) AS (SELECT dlg_fold(trim(?1)))"
	    " SELECT count(*) FROM dialogues d, k WHERE 0");
	for (f = 0; f < DLG_NSCALARS; f++)
		if (dlg_body_field_role((enum dlg_field)f) != DLG_BROLE_NONE)
			sb_addf(&sb, " OR dlg_fold(trim(d.%s)) = k.v",
			    dlg_fields[f].name);
	for (f = DLG_NSCALARS; f < DLG_NFIELDS; f++) {
		if (dlg_body_field_role((enum dlg_field)f) == DLG_BROLE_NONE)
			continue;
		/* "Name (body)": the body is the note. */
		col = (dlg_fields[f].flags & DLG_FF_ITEMNOTE) ? "note" :
		    "name";
		sb_addf(&sb, " OR EXISTS (SELECT 1 FROM items i WHERE"
		    " i.dialogue_id = d.id AND i.field = '%s' AND"
		    " dlg_fold(trim(i.%s)) = k.v)", dlg_fields[f].name, col);
	}
	/* A child record's body: the feedback's sender [T4][S:Roller]. */
	for (k = 0; k < DLG_NCHILDREN; k++) {
		def = &dlg_children[k];
		for (i = 0; i < def->nfields; i++)
			if (dlg_child_body_role((enum dlg_child)k, i) !=
			    DLG_BROLE_NONE)
				sb_addf(&sb, " OR EXISTS (SELECT 1 FROM %s c"
				    " WHERE c.dialogue_id = d.id AND"
				    " dlg_fold(trim(c.%s)) = k.v)", def->table,
				    dlg_child_column(&def->fields[i]));
	}
	return sb_detach(&sb);
}

int
store_body_uses(struct store *st, const char *name, long *n,
    struct dlg_error *err)
{
	sqlite3_stmt *s = NULL;
	char *sql = uses_sql();
	int rc;

	*n = 0;
	rc = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL);
	free(sql);
	if (rc == SQLITE_OK) {
		sqlite3_bind_text(s, 1, name, -1, SQLITE_STATIC);
		if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
			*n = (long)sqlite3_column_int64(s, 0);
			rc = SQLITE_DONE;
		}
	}
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : store_sqlerr(st, rc, err);
}

/* Refuse when dialogues name body b: what (translated) cannot be done. */
static int
refuse_used(struct store *st, const struct dlg_body *b, int renaming,
    struct dlg_error *err)
{
	long n;

	if (store_body_uses(st, b->name, &n, err) != 0)
		return -1;
	if (n == 0)
		return 0;
	if (renaming)
		return err_set(err, ERR_REFUSED, ngettext(
		    "the body '%s' keeps its name: %ld dialogue names it; "
		    "a new name would leave it naming a body the list does not "
		    "hold",
		    "the body '%s' keeps its name: %ld dialogues name it; "
		    "a new name would leave them naming a body the list does "
		    "not hold", (unsigned long)n), b->name, n);
	return err_set(err, ERR_REFUSED, ngettext(
	    "the body '%s' cannot be removed: %ld dialogue names it",
	    "the body '%s' cannot be removed: %ld dialogues name it",
	    (unsigned long)n), b->name, n);
}

/* Load settings and list inside a write action and find name in it;
 * *found borrowed from list. */
static int
load_for_change(struct store *st, const char *name,
    struct dlg_settings *set, struct dlg_bodies *list,
    const struct dlg_body **found, struct dlg_error *err)
{
	memset(list, 0, sizeof *list);
	if (store_settings_load(st, set, err) != 0)
		return -1;
	if (store_bodies_load(st, list, err) != 0) {
		dlg_settings_clear(set);
		return -1;
	}
	if ((*found = dlg_bodies_find(list, name)) == NULL) {
		dlg_settings_clear(set);
		dlg_bodies_clear(list);
		return err_set(err, ERR_NOTFOUND, _("there is no body '%s' in "
		    "the list of bodies; 'dialogreg body list' shows it"),
		    name);
	}
	return 0;
}

/* The setting council_name follows its council to the name new, with
 * its history row, so it never names a body the list lacks [T5]. */
static int
council_follows(struct store *st, const struct dlg_settings *set,
    const char *new, const char *who, struct dlg_error *err)
{
	const char *v[1] = { new };
	char now[32];

	if (exec_texts(st, "INSERT INTO settings (key, value) VALUES"
	    " ('council_name', ?1) ON CONFLICT (key) DO UPDATE SET"
	    " value = excluded.value", v, 1, err) != 0)
		return -1;
	dlg_now_iso(now, sizeof now);
	return store_history_add(st, 0, 0, now, who, "setting:council_name",
	    set->council_name, new, NULL, err);
}

/* 1 when the setting council_name names entry b of list. */
static int
is_council(const struct dlg_bodies *list, const struct dlg_settings *set,
    const struct dlg_body *b)
{
	return dlg_bodies_find(list, set->council_name) == b;
}

int
store_body_edit(struct store *st, const char *name, const struct dlg_body *b,
    const char *who, struct dlg_error *err)
{
	struct dlg_bodies list;
	struct dlg_settings set;
	const struct dlg_body *old;
	char *ov = NULL, *nv = NULL, *oldname = NULL;
	const char *v[5];
	int renamed, rc = -1;

	if (dlg_body_check(NULL, b, NULL, err) != 0)
		return -1;
	if (store_begin(st, err) != 0)
		return -1;
	if (load_for_change(st, name, &set, &list, &old, err) != 0) {
		store_rollback(st);
		return -1;
	}
	oldname = xstrdup(old->name);
	ov = dlg_body_value(old);
	nv = dlg_body_value(b);
	if (strcmp(ov, nv) == 0) {
		rc = 0;		/* unchanged: nothing to write */
		store_rollback(st);
		goto out;
	}
	renamed = strcmp(old->name, b->name) != 0;
	if (dlg_body_check(&list, b, old->name, err) != 0 ||
	    (renamed && refuse_used(st, old, 1, err) != 0))
		goto fail;
	v[0] = b->name;
	v[1] = b->abbrev;
	v[2] = dlg_body_kind_token(b->kind);
	v[3] = b->political ? "1" : "0";
	v[4] = old->name;
	if (exec_texts(st, "UPDATE bodies SET name = ?1, abbrev = ?2,"
	    " kind = ?3, political = CAST(?4 AS INTEGER) WHERE name = ?5", v,
	    5, err) != 0 ||
	    body_history(st, oldname, ov, nv, who, err) != 0)
		goto fail;
	if (renamed && is_council(&list, &set, old) &&
	    council_follows(st, &set, b->name, who, err) != 0)
		goto fail;
	rc = store_commit(st, err);
	goto out;
fail:
	store_rollback(st);
out:
	free(ov);
	free(nv);
	free(oldname);
	dlg_settings_clear(&set);
	dlg_bodies_clear(&list);
	return rc;
}

int
store_body_remove(struct store *st, const char *name, const char *who,
    struct dlg_error *err)
{
	struct dlg_bodies list;
	struct dlg_settings set;
	const struct dlg_body *old;
	const char *v[1];
	char *ov = NULL;
	int rc = -1;

	if (store_begin(st, err) != 0)
		return -1;
	if (load_for_change(st, name, &set, &list, &old, err) != 0) {
		store_rollback(st);
		return -1;
	}
	if (refuse_used(st, old, 0, err) != 0)
		goto fail;
	if (list.n > 1 && is_council(&list, &set, old)) {
		/* [T5] several bodies concerned: the council decides, so
		 * a list in use keeps it. */
		err_set(err, ERR_REFUSED, _("the body '%s' is the council "
		    "(the setting council_name): a list of bodies in use must "
		    "hold it, since the council decides when several bodies "
		    "are concerned [T5]"), old->name);
		goto fail;
	}
	v[0] = old->name;
	ov = dlg_body_value(old);
	if (exec_texts(st, "DELETE FROM bodies WHERE name = ?1", v, 1,
	    err) != 0 ||
	    body_history(st, old->name, ov, NULL, who, err) != 0)
		goto fail;
	rc = store_commit(st, err);
	goto out;
fail:
	store_rollback(st);
out:
	free(ov);
	dlg_settings_clear(&set);
	dlg_bodies_clear(&list);
	return rc;
}

int
store_bodies_setting(struct store *st, const char *key, const char *value,
    char **canon, struct dlg_error *err)
{
	struct dlg_bodies list;
	const struct dlg_body *b;
	int rc = 0;

	*canon = NULL;
	if (strcmp(key, "council_name") != 0)
		return 0;
	if (store_bodies_load(st, &list, err) != 0)
		return -1;
	if (list.n > 0) {
		rc = dlg_bodies_resolve(&list, dlg_setting_label(key), value,
		    canon, err);
		b = rc == 0 ? dlg_bodies_find(&list, *canon) : NULL;
		if (b != NULL && !b->political) {
			/* [T5] the council decides: a political body. */
			rc = err_set(err, ERR_REFUSED, _("%s: '%s' is not a "
			    "political body, so it cannot be the council"),
			    dlg_setting_label(key), b->name);
			free(*canon);
			*canon = NULL;
		}
	}
	dlg_bodies_clear(&list);
	return rc;
}
