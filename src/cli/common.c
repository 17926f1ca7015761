/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * common.c: the helpers the commands share, so that every command treats
 * options, numbers, formats, field assignments, missing items and
 * warnings alike.
 */
#include "config.h"

#include <assert.h>
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "util.h"
#include "commands.h"

void
cli_getopt_reset(void)
{
	/* glibc: 0 (not 1) also resets its internal state. */
	optind = 0;
	opterr = 0;
}

/*
 * Only getopt's two errors come here. A value getopt returned for an
 * option it knows was refused already by that option's handler, which
 * said why; calling it unknown as well is how a bad value used to get a
 * second message (the handler's status taken for "not mine").
 */
int
cli_option_error(const struct cli_ctx *ctx, int c, char **argv)
{
	const char *arg = optind > 0 ? argv[optind - 1] : "";
	char shortopt[3] = { '-', 0, 0 };

	assert(c == '?' || c == ':');
	if (c == ':')
		return cli_usage(ctx, ctx->cmd,
		    _("option '%s' needs a value"), arg);
	if (optopt > 0 && optopt < 0x80) {
		shortopt[1] = (char)optopt;
		arg = shortopt;
	}
	return cli_usage(ctx, ctx->cmd, _("unknown option '%s'"), arg);
}

int
cli_error(const struct cli_ctx *ctx, enum dlg_errcode code,
    const char *fmt, ...)
{
	struct strbuf sb;
	va_list ap;
	char *c;

	sb_init(&sb);
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	c = report_sanitize(sb.buf, 1);
	fprintf(stderr, "%s: %s\n", ctx->progname, c);
	free(c);
	sb_release(&sb);
	return (int)code;
}

const char *
cli_write_reason(int e)
{
	switch (e) {
	case EFBIG:
		return _("the file would grow past the file size limit "
		    "(ulimit -f)");
	case ENOSPC:
	case EDQUOT:
		return _("the disk is full");
	case EROFS:
		return _("the disk is read-only");
	default:
		return strerror(e);
	}
}

int
cli_parse_number(const struct cli_ctx *ctx, const char *opt,
    const char *arg, long long min, long long *out)
{
	long long v;
	char *end;

	errno = 0;
	v = strtoll(arg, &end, 10);
	if (*arg == '\0' || *end != '\0' || errno != 0 || v < min ||
	    strchr(arg, ' ') != NULL) {
		return cli_usage(ctx, ctx->cmd, _("%s needs a whole number "
		    "of at least %lld, not '%s'"), opt, min, arg);
	}
	*out = v;
	return 0;
}

int
cli_parse_format(const struct cli_ctx *ctx, const char *arg,
    enum report_format *out)
{
	struct dlg_error err;

	err_clear(&err);
	if (report_format_parse(arg, out, &err) != 0)
		return cli_usage(ctx, ctx->cmd, "%s", err.msg);
	return 0;
}

int
cli_open_read(struct cli_ctx *ctx)
{
	struct stat sb, dsb;
	char *dir, *slash;
	int ro;

	if (ctx->st != NULL)
		return 0;
	/* No file: the store says what is wrong. */
	if (stat(ctx->db_path, &sb) != 0)
		return cli_open_rc(ctx, 0);
	dir = xstrdup(ctx->db_path);
	if ((slash = strrchr(dir, '/')) == NULL) {
		free(dir);
		dir = xstrdup(".");
	} else if (slash == dir)
		slash[1] = '\0';
	else
		*slash = '\0';
	/* As the store judges it: no write bit at all is read-only even for
	 * the superuser. */
	ro = access(ctx->db_path, W_OK) != 0 || (sb.st_mode & 0222) == 0 ||
	    access(dir, W_OK) != 0 || stat(dir, &dsb) != 0 ||
	    (dsb.st_mode & 0222) == 0;
	free(dir);
	return cli_open_rc(ctx, ro ? STORE_READONLY : 0);
}

int
cli_load(struct cli_ctx *ctx, const char *ref, int write,
    struct dialogue **out)
{
	struct dlg_error err;
	int rc;

	*out = NULL;
	if ((rc = write ? cli_open_rc(ctx, 0) : cli_open_read(ctx)) != 0)
		return rc;
	err_clear(&err);
	if (store_dialogue_load(ctx->st, ref, out, &err) != 0) {
		*out = NULL;
		return cli_report_error(ctx, &err);
	}
	return 0;
}

int
cli_load_for_write(struct cli_ctx *ctx, const char *ref,
    struct dialogue **out)
{
	struct dlg_error err;
	int rc;

	*out = NULL;
	if ((rc = cli_open_rc(ctx, 0)) != 0)
		return rc;
	err_clear(&err);
	if (store_write_begin(ctx->st, &err) != 0)
		return cli_report_error(ctx, &err);
	/* The list of bodies as the change is written over it. */
	dlg_bodies_clear(&ctx->bodies);
	if (store_bodies_load(ctx->st, &ctx->bodies, &err) != 0) {
		store_write_rollback(ctx->st);
		return cli_report_error(ctx, &err);
	}
	if ((rc = cli_load(ctx, ref, 1, out)) != 0)
		store_write_rollback(ctx->st);
	return rc;
}

int
cli_write_end(struct cli_ctx *ctx, int rc)
{
	struct dlg_error err;

	if (rc != 0) {
		store_write_rollback(ctx->st);
		return rc;
	}
	err_clear(&err);
	if (store_write_commit(ctx->st, &err) != 0)
		return cli_report_error(ctx, &err);
	return 0;
}

void
cli_erasure_note(struct cli_ctx *ctx)
{
	if (ctx->st == NULL || !store_erasure_pending(ctx->st))
		return;
	printf("%s\n", report_erasure_pending_note());
}

void
cli_print_issues(FILE *fp, const struct dlg_issues *l, const char *prefix)
{
	size_t i;
	char *c;

	for (i = 0; i < l->n; i++) {
		c = report_sanitize(l->v[i].text, 0);
		fprintf(fp, "%s%s\n", prefix, c);
		free(c);
	}
}

void
cli_warn(const char *text)
{
	char *c = report_sanitize(text, 0);

	/* TRANSLATORS: a warning printed by a command; it does not stop it */
	fprintf(stderr, _("warning: %s\n"), c);
	free(c);
}

static int
has_issue(const struct dlg_issues *l, const struct dlg_issue *is)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].code, is->code) == 0 &&
		    strcmp(l->v[i].text, is->text) == 0)
			return 1;
	return 0;
}

void
cli_new_warnings(const struct cli_ctx *ctx, const struct dialogue *before,
    const struct dialogue *after)
{
	struct dlg_issues wb = { 0 }, wa = { 0 };
	size_t i;

	if (before != NULL)
		dlg_warnings(before, &ctx->settings, ctx->today, &wb);
	dlg_warnings(after, &ctx->settings, ctx->today, &wa);
	for (i = 0; i < wa.n; i++)
		if (!has_issue(&wb, &wa.v[i]))
			cli_warn(wa.v[i].text);
	dlg_issues_clear(&wb);
	dlg_issues_clear(&wa);
}

int
cli_apply_fields(struct cli_ctx *ctx, struct dialogue *d, int argc,
    char **argv, const char *reason, unsigned char changed[DLG_NFIELDS])
{
	struct dlg_body_rules rules = { &ctx->bodies, ctx->office,
	    &ctx->settings };
	struct dlg_issues warn = { 0 };
	struct dlg_error err;
	size_t w;
	int i, f, rc = 0, ties = 0;
	char *name;
	const char *eq;

	for (i = 0; i < argc; i++) {
		if ((eq = strchr(argv[i], '=')) == NULL || eq == argv[i]) {
			cli_error(ctx, ERR_USAGE, _("'%s' is not FIELD=VALUE; "
			    "write for example title=\"Ny skatepark\""),
			    argv[i]);
			rc = ERR_USAGE;
			continue;
		}
		name = xstrndup(argv[i], (size_t)(eq - argv[i]));
		if ((f = dlg_field_lookup(name)) < 0) {
			cli_error(ctx, ERR_REFUSED, _("unknown field '%s'; see "
			    "'dialogreg fields'"), name);
			if (rc == 0)
				rc = ERR_REFUSED;
			free(name);
			continue;
		}
		free(name);
		err_clear(&err);
		if (dlg_set_field_reason(d, (enum dlg_field)f, eq + 1, reason,
		    &ctx->methods, &err) != 0) {
			cli_report_error(ctx, &err);
			if (reason == NULL &&
			    dlg_field_needs_reason(d, (enum dlg_field)f))
				cli_error(ctx, ERR_REFUSED, _("give the reason "
				    "with --reason TEXT"));
			if (rc == 0)
				rc = ERR_REFUSED;
			continue;
		}
		/* Bodies from the register's list, as it spells them. */
		if (dlg_bodies_check_field(d, (enum dlg_field)f, &rules, &warn,
		    &err) != 0) {
			cli_report_error(ctx, &err);
			if (rc == 0)
				rc = ERR_REFUSED;
			continue;
		}
		if (changed != NULL)
			changed[f] = 1;
		ties |= f == F_METHODS || f == F_TARGET_GROUPS;
	}
	/* [T4][S:Metod] a method is for the dialogue's own target groups:
	 * checked once both lists are as given, in any order. */
	err_clear(&err);
	if (rc == 0 && ties && dlg_ties_check(d, &err) != 0)
		rc = cli_report_error(ctx, &err);
	for (w = 0; rc == 0 && w < warn.n; w++)
		cli_warn(warn.v[w].text);
	dlg_issues_clear(&warn);
	return rc;
}

/* The filter of i18n.h: dlg_words, or NULL where it changes nothing. */
static char *
policy_words(const char *text, const void *arg)
{
	char *w = dlg_words(arg, text);

	if (strcmp(w, text) == 0) {
		free(w);
		return NULL;
	}
	return w;
}

void
cli_speak_policy(struct cli_ctx *ctx)
{
	/* Installed for every policy, so a change of policy while running
	 * (the screens' P) needs only i18n_forget(). */
	i18n_set_filter(policy_words, &ctx->settings);
}
