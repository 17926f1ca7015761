/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * settings.c: the register's settings (table `settings`, defaults from
 * the domain) and its own methods (table `methods`, on top of the
 * built-in catalogue). Changes are write actions with register-wide
 * history rows ("setting:KEY", "method:NAME").
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store-int.h"
#include "i18n.h"

/* Longest method name, in characters. */
#define METHOD_MAX	200

int
store_settings_load(struct store *st, struct dlg_settings *out,
    struct dlg_error *err)
{
	struct dlg_error e;
	sqlite3_stmt *s = NULL;
	const char *key;
	int rc;

	dlg_settings_default(out);
	rc = sqlite3_prepare_v2(st->db, "SELECT key, value FROM settings"
	    " ORDER BY key", -1, &s, NULL);
	if (rc != SQLITE_OK) {
		store_sqlerr(st, rc, err);
		dlg_settings_clear(out);
		return -1;
	}
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		key = (const char *)sqlite3_column_text(s, 0);
		err_clear(&e);
		if (key == NULL || dlg_settings_set(out, key,
		    (const char *)sqlite3_column_text(s, 1), &e) != 0) {
			err_detail(err, "%s", e.msg);
			err_set(err, ERR_STORAGE, _("the register '%s' "
			    "holds an invalid setting '%s'; restore it from a "
			    "backup or use a newer dialogreg"), st->path,
			    key != NULL ? key : "");
			sqlite3_finalize(s);
			dlg_settings_clear(out);
			return -1;
		}
	}
	if (rc != SQLITE_DONE) {
		store_sqlerr(st, rc, err);
		sqlite3_finalize(s);
		dlg_settings_clear(out);
		return -1;
	}
	sqlite3_finalize(s);
	return 0;
}

static int
known_key(const char *key)
{
	size_t i;

	for (i = 0; dlg_setting_keys[i] != NULL; i++)
		if (strcmp(dlg_setting_keys[i], key) == 0)
			return 1;
	return 0;
}

static int
exec_bound(struct store *st, const char *sql, const char *a, const char *b,
    long long c, struct dlg_error *err)
{
	sqlite3_stmt *s = NULL;
	int rc;

	rc = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL);
	if (rc == SQLITE_OK) {
		store_bind_text(s, 1, a);
		if (b != NULL)
			store_bind_text(s, 2, b);
		else
			sqlite3_bind_int64(s, 2, c);
		rc = sqlite3_step(s);
	}
	if (rc != SQLITE_DONE)
		store_sqlerr(st, rc, err);
	sqlite3_finalize(s);
	return rc == SQLITE_DONE ? 0 : -1;
}

int
store_setting_set(struct store *st, const char *key, const char *value,
    const char *who, struct dlg_error *err)
{
	struct dlg_settings cur;
	char *old = NULL, *new = NULL, *field = NULL, *canon = NULL;
	char now[32];
	int loaded = 0;

	if (store_begin(st, err) != 0)
		return -1;
	if (store_settings_load(st, &cur, err) != 0)
		goto fail;
	loaded = 1;
	if (!known_key(key)) {
		/* The domain's refusal names the valid keys. */
		if (dlg_settings_set(&cur, key, value, err) == 0)
			err_set(err, ERR_REFUSED, _("there is no setting '%s'"),
			    key);
		goto fail;
	}
	old = dlg_settings_get(&cur, key);
	/* A body the list of bodies holds, as the list spells it. */
	if (store_bodies_setting(st, key, value, &canon, err) != 0 ||
	    dlg_settings_set(&cur, key, canon != NULL ? canon : value,
	    err) != 0)
		goto fail;
	new = dlg_settings_get(&cur, key);
	if (old != NULL && new != NULL && strcmp(old, new) == 0) {
		store_rollback(st);	/* unchanged: nothing to write */
		goto out;
	}
	if (exec_bound(st, "INSERT INTO settings (key, value) VALUES (?1, ?2)"
	    " ON CONFLICT (key) DO UPDATE SET value = excluded.value", key,
	    new != NULL ? new : "", 0, err) != 0)
		goto fail;
	field = xasprintf("setting:%s", key);
	dlg_now_iso(now, sizeof now);
	if (store_history_add(st, 0, 0, now, who, field, old, new, NULL,
	    err) != 0)
		goto fail;
	if (store_commit(st, err) != 0)
		goto error;
out:
	free(old);
	free(new);
	free(field);
	free(canon);
	dlg_settings_clear(&cur);
	return 0;
fail:
	store_rollback(st);
error:
	free(old);
	free(new);
	free(field);
	free(canon);
	if (loaded)
		dlg_settings_clear(&cur);
	return -1;
}

int
store_register_uid(struct store *st, char **out, struct dlg_error *err)
{
	sqlite3_stmt *s = NULL;
	const char *uid = NULL;
	int rc;

	*out = NULL;
	rc = sqlite3_prepare_v2(st->db, "SELECT uid FROM register_identity"
	    " WHERE id = 1", -1, &s, NULL);
	if (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW)
		uid = (const char *)sqlite3_column_text(s, 0);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		store_sqlerr(st, rc, err);
		sqlite3_finalize(s);
		return -1;
	}
	if (uid == NULL || strlen(uid) != 32 ||
	    strspn(uid, "0123456789abcdef") != 32) {
		sqlite3_finalize(s);
		return err_set(err, ERR_STORAGE, _("the register '%s' has no "
		    "identity of its own; restore it from a backup"),
		    st->path);
	}
	*out = xstrdup(uid);
	sqlite3_finalize(s);
	return 0;
}

int
store_methods_load(struct store *st, struct dlg_methods *out,
    struct dlg_error *err)
{
	sqlite3_stmt *s = NULL;
	int rc;

	dlg_methods_builtin(out);
	rc = sqlite3_prepare_v2(st->db, "SELECT name, step FROM methods"
	    " ORDER BY rowid", -1, &s, NULL);
	if (rc == SQLITE_OK)
		while ((rc = sqlite3_step(s)) == SQLITE_ROW)
			dlg_methods_add(out,
			    (const char *)sqlite3_column_text(s, 0),
			    sqlite3_column_int(s, 1));
	if (rc != SQLITE_DONE && rc != SQLITE_OK) {
		store_sqlerr(st, rc, err);
		sqlite3_finalize(s);
		dlg_methods_clear(out);
		return -1;
	}
	sqlite3_finalize(s);
	return 0;
}

int
store_method_add(struct store *st, const char *name, int step,
    const char *who, struct dlg_error *err)
{
	struct dlg_methods m = { 0 };
	char *field = NULL, value[16], now[32];

	if (name == NULL || *name == '\0')
		return err_set(err, ERR_REFUSED,
		    _("a method needs a name"));
	if (!utf8_valid(name, strlen(name)) || utf8_has_control(name, 0))
		return err_set(err, ERR_REFUSED, _("the method name '%s' "
		    "holds invalid or control characters"), name);
	if (utf8_len(name) > METHOD_MAX)
		return err_set(err, ERR_REFUSED, _("the method name '%s' is "
		    "too long (at most %d characters)"), name, METHOD_MAX);
	if (step < 1 || step > DLG_NLEVELS)
		return err_set(err, ERR_REFUSED, _("the step of the method "
		    "'%s' must be 1 to 5, a step of the participation ladder"),
		    name);
	if (store_begin(st, err) != 0)
		return -1;
	if (store_methods_load(st, &m, err) != 0)
		goto fail;
	if (dlg_methods_step(&m, name) > 0) {
		err_set(err, ERR_REFUSED, _("the method '%s' is already in the "
		    "catalogue"), name);
		goto fail;
	}
	if (exec_bound(st, "INSERT INTO methods (name, step) VALUES (?1, ?2)",
	    name, NULL, step, err) != 0)
		goto fail;
	field = xasprintf("method:%s", name);
	snprintf(value, sizeof value, "%d", step);
	dlg_now_iso(now, sizeof now);
	if (store_history_add(st, 0, 0, now, who, field, NULL, value, NULL,
	    err) != 0)
		goto fail;
	free(field);
	dlg_methods_clear(&m);
	return store_commit(st, err);
fail:
	store_rollback(st);
	free(field);
	dlg_methods_clear(&m);
	return -1;
}
