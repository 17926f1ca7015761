/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-backup.c: `dialogreg export-json` and `dialogreg import-json`: the
 * whole register as one JSON document and back into a new register,
 * lossless (export, import, export again gives the same bytes): every
 * row with its ids, times and versions, the history included. Contact
 * details are in it, since a backup must not lose them; the file is
 * therefore readable by its owner only, and --without-contact makes one
 * to share (which then is no full backup).
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "i18n.h"
#include "util.h"
#include "commands.h"
#include "outfile.h"

static int	cmd_export_json(struct cli_ctx *, int, char **);
static int	cmd_import_json(struct cli_ctx *, int, char **);

const struct cli_command cmd_export_json_entry = {
	.name = "export-json",
	.usage = N_("[-o FILE] [--without-contact]"),
	.help = N_("Export the whole register as JSON, as a backup"),
	.options = N_("  -o, --output FILE   write to FILE instead of "
	    "standard output; the file\n"
	    "                      holds personal data and is readable by "
	    "you only\n"
	    "  --without-contact   leave contact details out (the file is "
	    "then no full\n"
	    "                      backup)\n"),
	.run = cmd_export_json
};

const struct cli_command cmd_import_json_entry = {
	.name = "import-json",
	.usage = N_("FILE"),
	.help = N_("Import a JSON backup into a new, empty register"),
	.options = N_("FILE - reads standard input.\n"),
	.run = cmd_import_json
};

/* ------------------------------------------------------------ export */

struct contribs {
	struct dlg_contribution	*v;
	size_t			 n, alloc;
};

static int
keep_contribution(const struct dlg_contribution *c, void *arg)
{
	struct contribs *cs = arg;
	struct dlg_contribution *k;

	if (cs->n == cs->alloc) {
		cs->alloc = cs->alloc ? 2 * cs->alloc : 16;
		cs->v = xrealloc(cs->v, cs->alloc * sizeof *cs->v);
	}
	k = &cs->v[cs->n++];
	memset(k, 0, sizeof *k);
	k->id = c->id;
	k->session_id = c->session_id;
	k->channel = xstrdup(c->channel);
	k->channel_text = xstrdup(c->channel_text);
	k->text = xstrdup(c->text);
	k->themes = xstrdup(c->themes);
	k->contact = xstrdup(c->contact);
	k->contact_erased = c->contact_erased;
	k->created = xstrdup(c->created);
	return 0;
}

struct export_arg {
	struct cli_ctx		*ctx;
	struct report_backup	*b;
	struct dlg_error	*err;
	int			 failed;
	long			 dialogues, history;
};

static int
each_setting(const char *key, const char *value, void *arg)
{
	report_backup_setting(((struct export_arg *)arg)->b, key, value);
	return 0;
}

static int
each_method(const char *name, int step, void *arg)
{
	report_backup_method(((struct export_arg *)arg)->b, name, step);
	return 0;
}

/* The list of bodies, read in the backup's snapshot. */
static int
backup_bodies(struct cli_ctx *ctx, struct report_backup *b,
    struct dlg_error *err)
{
	struct dlg_bodies list;
	size_t i;

	if (store_bodies_load(ctx->st, &list, err) != 0)
		return -1;
	for (i = 0; i < list.n; i++)
		report_backup_body(b, &list.v[i]);
	dlg_bodies_clear(&list);
	return 0;
}

static int
each_dialogue(const struct dialogue *d, void *arg)
{
	struct export_arg *ea = arg;
	struct contribs cs = { NULL, 0, 0 };
	size_t i;

	if (store_contributions(ea->ctx->st, d->ref, keep_contribution, &cs,
	    ea->err) != 0) {
		ea->failed = 1;
		return 1;
	}
	report_backup_dialogue(ea->b, d, cs.v, cs.n);
	for (i = 0; i < cs.n; i++)
		dlg_contribution_clear(&cs.v[i]);
	free(cs.v);
	ea->dialogues++;
	return 0;
}

static int
each_history(const struct store_history_row *h, const char *ref, void *arg)
{
	struct export_arg *ea = arg;
	struct report_history_row r;

	r.id = h->id;
	r.version = h->version;
	r.ref = ref;
	r.at = h->at;
	r.who = h->who;
	r.field = h->field;
	r.old_value = h->old_value;
	r.new_value = h->new_value;
	r.reason = h->reason;
	report_backup_history(ea->b, &r);
	ea->history++;
	return 0;
}

static int
each_import(const struct store_import *im, void *arg)
{
	struct export_arg *ea = arg;
	struct report_import_row r;

	r.id = im->id;
	r.rows = im->rows;
	r.ref = im->ref;
	r.digest = im->digest;
	r.file_name = im->file_name;
	r.at = im->at;
	r.who = im->who;
	report_backup_import(ea->b, &r);
	return 0;
}

static int
cmd_export_json(struct cli_ctx *ctx, int argc, char **argv)
{
	enum { O_WITHOUT = 1 };
	static const struct option opts[] = {
		{ "output",	required_argument,	NULL, 'o' },
		{ "without-contact", no_argument,	NULL, O_WITHOUT },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct export_arg ea;
	struct cli_file f;
	struct dlg_error err;
	const char *output = NULL;
	char *uid = NULL;
	FILE *fp = stdout;
	int c, rc, without = 0;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":ho:", opts, NULL)) != -1) {
		switch (c) {
		case 'o':
			/* -o - is standard output, as no -o. */
			output = cli_file_is_std(optarg) ? NULL : optarg;
			break;
		case O_WITHOUT:
			without = 1;
			break;
		case 'h':
			return cli_help(ctx);
		default:
			return cli_option_error(ctx, c, argv);
		}
	}
	if (optind < argc)
		return cli_usage(ctx, ctx->cmd, _("unexpected argument '%s'"),
		    argv[optind]);
	if ((rc = cli_open_read(ctx)) != 0)
		return rc;
	memset(&f, 0, sizeof f);
	if (output != NULL) {
		/* A full backup holds personal data: its owner only. */
		if ((rc = cli_file_open(ctx, &f, output, !without)) != 0)
			return rc;
		fp = f.fp;
	}
	memset(&ea, 0, sizeof ea);
	ea.ctx = ctx;
	ea.err = &err;
	err_clear(&err);
	if (store_read_begin(ctx->st, &err) != 0) {
		cli_file_abort(&f);
		return cli_report_error(ctx, &err);
	}
	ea.b = report_backup_begin(fp, without);
	rc = store_register_uid(ctx->st, &uid, &err);
	if (rc == 0) {
		report_backup_identity(ea.b, uid);
		free(uid);
		rc = store_settings_each(ctx->st, each_setting, &ea, &err);
	}
	if (rc == 0)
		rc = store_methods_each(ctx->st, each_method, &ea, &err);
	if (rc == 0)
		rc = backup_bodies(ctx, ea.b, &err);
	if (rc == 0)
		rc = store_dialogues_each(ctx->st, each_dialogue, &ea, &err);
	if (rc == 0 && ea.failed)
		rc = -1;
	if (rc == 0)
		rc = store_history_each(ctx->st, each_history, &ea, &err);
	if (rc == 0)
		rc = store_imports(ctx->st, NULL, each_import, &ea, &err);
	report_backup_end(ea.b);
	store_read_end(ctx->st);
	if (rc != 0) {
		cli_file_abort(&f);
		return cli_report_error(ctx, &err);
	}
	if (output == NULL)
		return fflush(stdout) == 0 ? 0 : ERR_STORAGE;
	if ((rc = cli_file_commit(ctx, &f)) != 0)
		return rc;
	/* On standard error, as every command's report of a file written:
	 * standard output holds only data. */
	fprintf(stderr, ngettext("Exported the register with %ld dialogue to "
	    "%s.\n", "Exported the register with %ld dialogues to %s.\n",
	    (unsigned long)ea.dialogues), ea.dialogues, output);
	if (!without)
		fputs(_("The file holds contact details (personal data); "
		    "keep it safe.\n"), stderr);
	return 0;
}

/* ------------------------------------------------------------ import */

struct import_arg {
	struct store	*st;
	long		 dialogues, contributions, history;
};

static int
sink_setting(const char *key, const char *value, void *arg,
    struct dlg_error *err)
{
	return store_restore_setting(((struct import_arg *)arg)->st, key,
	    value, err);
}

static int
sink_identity(const char *uid, void *arg, struct dlg_error *err)
{
	return store_restore_identity(((struct import_arg *)arg)->st, uid,
	    err);
}

static int
sink_method(const char *name, int step, void *arg, struct dlg_error *err)
{
	return store_restore_method(((struct import_arg *)arg)->st, name,
	    step, err);
}

static int
sink_body(const struct dlg_body *b, void *arg, struct dlg_error *err)
{
	return store_restore_body(((struct import_arg *)arg)->st, b, err);
}

static int
sink_dialogue(const struct dialogue *d, void *arg, struct dlg_error *err)
{
	struct import_arg *ia = arg;

	ia->dialogues++;
	return store_restore_dialogue(ia->st, d, err);
}

static int
sink_contribution(const char *ref, const struct dlg_contribution *c,
    void *arg, struct dlg_error *err)
{
	struct import_arg *ia = arg;

	ia->contributions++;
	return store_restore_contribution(ia->st, ref, c, err);
}

static int
sink_history(const struct report_history_row *h, void *arg,
    struct dlg_error *err)
{
	struct import_arg *ia = arg;
	struct store_history_row r;

	memset(&r, 0, sizeof r);
	r.id = h->id;
	r.version = h->version;
	r.at = h->at;
	r.who = h->who;
	r.field = h->field;
	r.old_value = h->old_value;
	r.new_value = h->new_value;
	r.reason = h->reason;
	ia->history++;
	return store_restore_history(ia->st, h->ref, &r, err);
}

static int
sink_import(const struct report_import_row *im, void *arg,
    struct dlg_error *err)
{
	struct store_import r;

	memset(&r, 0, sizeof r);
	r.id = im->id;
	r.ref = im->ref;
	r.digest = im->digest;
	r.file_name = im->file_name;
	r.rows = im->rows;
	r.at = im->at;
	r.who = im->who;
	return store_restore_import(((struct import_arg *)arg)->st, &r, err);
}

/* The whole file into *buf ("-": standard input). Returns 0 or the exit
 * status after printing the error. */
static int
slurp(struct cli_ctx *ctx, const char *path, char **buf, size_t *len)
{
	struct strbuf sb;
	char chunk[65536];
	size_t n;
	FILE *fp = stdin;
	int bad;

	*buf = NULL;
	*len = 0;
	if (!cli_file_is_std(path) && (fp = fopen(path, "rb")) == NULL)
		return cli_error(ctx, errno == ENOENT ? ERR_NOTFOUND :
		    ERR_STORAGE, _("cannot read '%s': %s"), path,
		    strerror(errno));
	sb_init(&sb);
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
		sb_addn(&sb, chunk, n);
	bad = ferror(fp);
	if (fp != stdin)
		fclose(fp);
	if (bad) {
		sb_release(&sb);
		return cli_error(ctx, ERR_STORAGE, _("cannot read '%s'"),
		    cli_file_name(path, 0));
	}
	*len = sb.len;
	*buf = sb_detach(&sb);
	return 0;
}

static int
cmd_import_json(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	static const struct report_backup_sink sink = {
		sink_setting, sink_method, sink_dialogue, sink_contribution,
		sink_history, sink_import, sink_body, sink_identity,
	};
	struct import_arg ia;
	struct dlg_error err;
	char *text = NULL;
	size_t len;
	int c, rc;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(ctx);
		return cli_option_error(ctx, c, argv);
	}
	if (argc - optind != 1)
		return argc - optind > 1 ? cli_usage(ctx, ctx->cmd,
		    _("unexpected argument '%s'"), argv[optind + 1]) :
		    cli_usage(ctx, ctx->cmd, _("give the backup file to "
		    "import"));
	if ((rc = slurp(ctx, argv[optind], &text, &len)) != 0)
		return rc;
	if ((rc = cli_open_rc(ctx, STORE_CREATE)) != 0) {
		free(text);
		return rc;
	}
	memset(&ia, 0, sizeof ia);
	ia.st = ctx->st;
	err_clear(&err);
	if (store_restore_begin(ctx->st, &err) != 0) {
		free(text);
		return cli_report_error(ctx, &err);
	}
	if (report_backup_read(text, len, &sink, &ia, &err) != 0 ||
	    store_restore_commit(ctx->st, &err) != 0) {
		store_restore_rollback(ctx->st);
		free(text);
		rc = cli_error(ctx, err.code != ERR_OK ? err.code :
		    ERR_STORAGE, "%s: %s", cli_file_name(argv[optind], 0),
		    err.msg);
		fprintf(stderr, _("%s: nothing was imported; the register is "
		    "still empty.\n"), ctx->progname);
		return rc;
	}
	free(text);
	printf(_("Imported the backup %s into %s.\n"),
	    cli_file_name(argv[optind], 0), store_path(ctx->st));
	/* TRANSLATORS: counts of what a backup held */
	printf(_("Dialogues: %ld, contributions: %ld, history rows: %ld.\n"),
	    ia.dialogues, ia.contributions, ia.history);
	return 0;
}
