/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-child.c: what the commands of a dialogue's child records (session,
 * feedback, contribution) share: the REF and ID arguments, the list
 * subcommand of sessions and feedback, add and edit with their options
 * built from the domain's table of the kind's fields (so that both run
 * the same steps and the same check), the options' help from the same
 * table, and what follows a change (the dialogue loaded again, new
 * warnings printed), so that add and edit of each kind say the same
 * things the same way.
 */
#include "config.h"

#include <assert.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "commands.h"

int
cli_child_args(struct cli_ctx *ctx, int argc, char **argv, const char *which,
    long long *id)
{
	int nargs = id != NULL ? 2 : 1;

	if (argc - optind < 1)
		return cli_usage(ctx, ctx->cmd,
		    _("which dialogue? Give its reference"));
	if (id != NULL && argc - optind < 2)
		return cli_usage(ctx, ctx->cmd, "%s", which);
	if (argc - optind > nargs)
		return cli_usage(ctx, ctx->cmd, _("unexpected argument '%s'"),
		    argv[optind + nargs]);
	if (id != NULL && cli_parse_number(ctx, _("the number"),
	    argv[optind + 1], 1, id) != 0)
		return ERR_USAGE;
	return 0;
}

long long
cli_child_after(struct cli_ctx *ctx, struct dialogue *before)
{
	struct dialogue *after = NULL;
	long long version = before->version;

	fflush(stdout);
	if (cli_load(ctx, before->ref, 1, &after) == 0) {
		cli_new_warnings(ctx, before, after);
		version = after->version;
	} else
		fprintf(stderr, _("%s: the change was saved, but %s could not "
		    "be read back to check its warnings; see 'dialogreg show "
		    "%s'.\n"), ctx->progname, before->ref, before->ref);
	dlg_free(before);
	dlg_free(after);
	return version;
}

int
cli_child_list(struct cli_ctx *ctx, int argc, char **argv,
    void (*show)(const struct dialogue *d, enum report_format fmt))
{
	static const struct option opts[] = {
		{ "format",	required_argument,	NULL, 'f' },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	enum report_format fmt = FMT_TEXT;
	struct dialogue *d;
	int c, rc;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (cli_parse_format(ctx, optarg, &fmt) != 0)
				return ERR_USAGE;
			break;
		case 'h':
			return cli_help(ctx);
		default:
			return cli_option_error(ctx, c, argv);
		}
	}
	if ((rc = cli_child_args(ctx, argc, argv, NULL, NULL)) != 0)
		return rc;
	if ((rc = cli_load(ctx, argv[optind], 0, &d)) != 0)
		return rc;
	show(d, fmt);
	dlg_free(d);
	return 0;
}

/* ------------------------------------------------------------ add, edit */

#define MAXFIELDS	CLI_CHILD_MAXFIELDS

enum { O_IFVERSION = 0x100 };

/* The option of a field: its name with '-' for '_' ("--channel-text"),
 * as the other options are spelt. */
static const char *
option_name(enum dlg_child k, size_t f)
{
	static char names[DLG_NCHILDREN][MAXFIELDS][48];
	char *p;

	if (names[k][f][0] == '\0') {
		snprintf(names[k][f], sizeof names[k][f], "%s",
		    dlg_children[k].fields[f].name);
		for (p = names[k][f]; *p != '\0'; p++)
			if (*p == '_')
				*p = '-';
	}
	return names[k][f];
}

/* The options of add and edit of kind k, from the domain's table: one
 * per field (option_name), --if-version for edit. */
static void
child_options(enum dlg_child k, int edit, struct option *opts)
{
	const struct dlg_child_def *def = &dlg_children[k];
	size_t i, n = 0;

	assert(def->nfields < MAXFIELDS);
	for (i = 0; i < def->nfields; i++)
		opts[n++] = (struct option){ option_name(k, i),
		    required_argument, NULL, (int)i + 1 };
	if (edit)
		opts[n++] = (struct option){ "if-version", required_argument,
		    NULL, O_IFVERSION };
	opts[n++] = (struct option){ "help", no_argument, NULL, 'h' };
	opts[n] = (struct option){ NULL, 0, NULL, 0 };
}

/* Parse the options into o (borrowing optarg). Returns -1 to go on,
 * else the exit status (help, usage). */
static int
parse_child_options(struct cli_ctx *ctx, enum dlg_child k, int edit,
    int argc, char **argv, struct cli_child_run *o)
{
	const struct dlg_child_field *cf;
	struct option opts[MAXFIELDS + 3];
	char opt[64];
	long long n;
	int c;

	child_options(k, edit, opts);
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(ctx);
		if (c == O_IFVERSION) {
			if (cli_parse_number(ctx, "--if-version", optarg, 1,
			    &o->if_version) != 0)
				return ERR_USAGE;
			continue;
		}
		if (c < 1 || c > (int)dlg_children[k].nfields)
			return cli_option_error(ctx, c, argv);
		cf = &dlg_children[k].fields[c - 1];
		/* A number is one, or empty for none. */
		snprintf(opt, sizeof opt, "--%s", option_name(k,
		    (size_t)c - 1));
		if ((cf->type == FT_COUNT || cf->type == FT_SESSION) &&
		    *optarg != '\0' && cli_parse_number(ctx, opt, optarg, 0,
		    &n) != 0)
			return ERR_USAGE;
		o->value[c - 1] = optarg;
		o->given = 1;
	}
	return -1;
}

/* Print that ref has no record id of kind k. */
static int
no_such(struct cli_ctx *ctx, enum dlg_child k, const char *ref, long long id)
{
	switch (k) {
	case DLG_CHILD_SESSION:
		return cli_error(ctx, ERR_NOTFOUND, _("%s has no session %lld; "
		    "see 'dialogreg session list %s'"), ref, id, ref);
	case DLG_CHILD_FEEDBACK:
		return cli_error(ctx, ERR_NOTFOUND, _("%s has no feedback %lld; "
		    "see 'dialogreg feedback list %s'"), ref, id, ref);
	default:
		return cli_error(ctx, ERR_NOTFOUND, _("%s has no contribution "
		    "%lld; see 'dialogreg contribution list %s'"), ref, id,
		    ref);
	}
}

/*
 * The options given over rec, then what adding and editing share, in
 * the same order for both: a method looked up in the catalogue (and
 * spelt as there), the policy's defaults (dlg_child_complete), a
 * contribution's session one of the dialogue's, a body from the
 * register's list (as the list spells it), and the domain's one check.
 * Returns 0 or the exit status of the error printed.
 */
static int
apply_options(struct cli_ctx *ctx, enum dlg_child k, void *rec,
    const struct cli_child_run *o, const struct dialogue *d)
{
	const struct dlg_child_def *def = &dlg_children[k];
	struct dlg_body_rules rules = { &ctx->bodies, ctx->office,
	    &ctx->settings };
	const struct dlg_child_field *cf;
	const char *v, *method;
	struct dlg_error err;
	long long sid;
	size_t i, j;

	err_clear(&err);
	for (i = 0; i < def->nfields; i++) {
		cf = &def->fields[i];
		if ((v = o->value[i]) == NULL)
			continue;
		if ((cf->flags & DLG_FF_METHOD) && *v != '\0') {
			if ((method = dlg_methods_name(&ctx->methods, v)) ==
			    NULL)
				return cli_error(ctx, ERR_REFUSED, _("unknown "
				    "method '%s'; see 'dialogreg method list', "
				    "or add it with 'dialogreg method add NAME "
				    "STEP'"), v);
			v = method;
		}
		if (dlg_child_set(k, rec, i, v, &err) != 0)
			return cli_report_error(ctx, &err);
	}
	dlg_child_complete(k, rec);
	for (i = 0; i < def->nfields; i++) {
		cf = &def->fields[i];
		if (cf->type != FT_SESSION ||
		    (sid = dlg_child_number(cf, rec)) <= 0)
			continue;
		for (j = 0; j < d->nsessions; j++)
			if (d->sessions[j].id == sid)
				break;
		if (j == d->nsessions)
			return no_such(ctx, DLG_CHILD_SESSION, d->ref, sid);
	}
	if (dlg_bodies_check_child(k, rec, &rules, &err) != 0 ||
	    dlg_child_check(k, rec, &err) != 0)
		return cli_report_error(ctx, &err);
	return 0;
}

/* An empty record of kind k in r. */
static void *
empty_record(enum dlg_child k, struct cli_child_run *r)
{
	memset(&r->rec, 0, sizeof r->rec);
	switch (k) {
	case DLG_CHILD_SESSION:
		r->rec.s.participants = -1;
		return &r->rec.s;
	case DLG_CHILD_FEEDBACK:
		return &r->rec.f;
	default:
		return &r->rec.c;
	}
}

static void
clear_record(enum dlg_child k, struct cli_child_run *r)
{
	if (k == DLG_CHILD_SESSION)
		dlg_session_clear(&r->rec.s);
	else if (k == DLG_CHILD_FEEDBACK)
		dlg_feedback_clear(&r->rec.f);
	else
		dlg_contribution_clear(&r->rec.c);
}

int
cli_child_add(struct cli_ctx *ctx, enum dlg_child k, int argc, char **argv,
    const char *needs, struct cli_child_run *r)
{
	const struct dlg_child_def *def = &dlg_children[k];
	struct dialogue *d = NULL;
	struct dlg_error err;
	void *rec;
	size_t i;
	int rc;

	memset(r, 0, sizeof *r);
	rec = empty_record(k, r);
	if ((rc = parse_child_options(ctx, k, 0, argc, argv, r)) >= 0)
		return rc;
	if ((rc = cli_child_args(ctx, argc, argv, NULL, NULL)) != 0)
		return rc;
	for (i = 0; i < def->nfields; i++)
		if ((def->fields[i].flags & DLG_CF_REQUIRED) &&
		    r->value[i] == NULL)
			return cli_usage(ctx, ctx->cmd, "%s", needs);
	if ((rc = cli_load_for_write(ctx, argv[optind], &d)) != 0)
		return rc;
	err_clear(&err);
	if ((rc = apply_options(ctx, k, rec, r, d)) == 0 &&
	    (k == DLG_CHILD_SESSION ? store_session_add(ctx->st, d->ref,
	    rec, ctx->who, &err) : k == DLG_CHILD_FEEDBACK ?
	    store_feedback_add(ctx->st, d->ref, rec, ctx->who, &err) :
	    store_contribution_add(ctx->st, d->ref, rec, ctx->who,
	    &err)) != 0)
		rc = cli_report_error(ctx, &err);
	if ((rc = cli_write_end(ctx, rc)) != 0) {
		clear_record(k, r);
		dlg_free(d);
		return rc;
	}
	r->id = k == DLG_CHILD_SESSION ? r->rec.s.id :
	    k == DLG_CHILD_FEEDBACK ? r->rec.f.id : r->rec.c.id;
	clear_record(k, r);
	r->before = d;
	return 0;
}

/* The stored record id of kind k of d into rec (a copy). Returns 0, or
 * the exit status of the error printed. */
static int
load_record(struct cli_ctx *ctx, enum dlg_child k, const struct dialogue *d,
    long long id, void *rec)
{
	struct dlg_error err;
	int r;

	err_clear(&err);
	if ((r = store_child_find(ctx->st, d, k, id, rec, &err)) < 0)
		return cli_report_error(ctx, &err);
	return r == 1 ? 0 : no_such(ctx, k, d->ref, id);
}

int
cli_child_edit(struct cli_ctx *ctx, enum dlg_child k, int argc, char **argv,
    const char *which, const char *what, struct cli_child_run *r)
{
	struct dialogue *d = NULL;
	struct dlg_error err;
	void *rec;
	int rc;

	memset(r, 0, sizeof *r);
	rec = empty_record(k, r);
	if ((rc = parse_child_options(ctx, k, 1, argc, argv, r)) >= 0)
		return rc;
	if ((rc = cli_child_args(ctx, argc, argv, which, &r->id)) != 0)
		return rc;
	if (!r->given)
		return cli_usage(ctx, ctx->cmd, "%s", what);
	if ((rc = cli_load_for_write(ctx, argv[optind], &d)) != 0)
		return rc;
	err_clear(&err);
	/* The stored record with the options given over it. */
	if ((rc = load_record(ctx, k, d, r->id, rec)) == 0 &&
	    (rc = apply_options(ctx, k, rec, r, d)) == 0 &&
	    (k == DLG_CHILD_SESSION ? store_session_update(ctx->st, d->ref,
	    rec, r->if_version > 0 ? r->if_version : d->version, ctx->who,
	    &err) : k == DLG_CHILD_FEEDBACK ? store_feedback_update(ctx->st,
	    d->ref, rec, r->if_version > 0 ? r->if_version : d->version,
	    ctx->who, &err) : store_contribution_update(ctx->st, d->ref, rec,
	    r->if_version > 0 ? r->if_version : d->version, ctx->who,
	    &err)) != 0)
		rc = cli_report_error(ctx, &err);
	if ((rc = cli_write_end(ctx, rc)) == 0)
		cli_erasure_note(ctx);
	clear_record(k, r);
	if (rc != 0) {
		dlg_free(d);
		return rc;
	}
	r->before = d;
	return 0;
}

/* The code points of the n bytes at s (valid UTF-8): its cells here. */
static size_t
cells(const char *s, size_t n)
{
	size_t i, c = 0;

	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			c++;
	return c;
}

void
cli_child_help(FILE *fp, enum dlg_child k)
{
	const struct dlg_child_def *def = &dlg_children[k];
	const struct dlg_child_field *cf;
	const char *h, *sp;
	char *opt;
	size_t i, col, w;

	for (i = 0; i < def->nfields; i++) {
		cf = &def->fields[i];
		opt = xasprintf("--%s %s", option_name(k, i), _(cf->arg));
		w = utf8_len(opt);
		/* The help aligned at column 22 (at least two spaces after
		 * the option), wrapped before 80. */
		fprintf(fp, "  %s", opt);
		col = 2 + w;
		if (col > 20) {
			fprintf(fp, "\n%22s", "");
			col = 22;
		} else {
			fprintf(fp, "%*s", (int)(22 - col), "");
			col = 22;
		}
		for (h = _(cf->help); *h != '\0'; h = *sp != '\0' ? sp + 1 :
		    sp) {
			sp = strchr(h, ' ');
			if (sp == NULL)
				sp = h + strlen(h);
			w = cells(h, (size_t)(sp - h));
			if (col > 22 && col + 1 + w > 79) {
				fprintf(fp, "\n%22s", "");
				col = 22;
			} else if (col > 22) {
				putc(' ', fp);
				col++;
			}
			fprintf(fp, "%.*s", (int)(sp - h), h);
			col += w;
		}
		putc('\n', fp);
		free(opt);
	}
}
