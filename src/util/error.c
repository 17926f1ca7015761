/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * error.c: struct dlg_error, filled in the style of git's error(): the
 * setter returns -1 so a failing path is one line.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "util.h"

int
err_set(struct dlg_error *err, enum dlg_errcode code, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return -1;
	err->code = code;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	return -1;
}

void
err_detail(struct dlg_error *err, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(err->detail, sizeof err->detail, fmt, ap);
	va_end(ap);
}

void
err_clear(struct dlg_error *err)
{
	if (err == NULL)
		return;
	err->code = ERR_OK;
	err->msg[0] = '\0';
	err->detail[0] = '\0';
}
