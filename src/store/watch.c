/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * watch.c: noticing changes made by other processes, so that a screen
 * that stays open (the register list) can reload without a restart.
 */
#include "config.h"

#include "store-int.h"

int
store_data_version(struct store *st, long long *out,
    struct dlg_error *err)
{
	sqlite3_stmt *s = NULL;
	int rc;

	*out = 0;
	rc = sqlite3_prepare_v2(st->db, "PRAGMA data_version", -1, &s, NULL);
	if (rc != SQLITE_OK)
		return store_sqlerr(st, rc, err);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(s, 0);
	else
		store_sqlerr(st, rc, err);
	sqlite3_finalize(s);
	return rc == SQLITE_ROW ? 0 : -1;
}
