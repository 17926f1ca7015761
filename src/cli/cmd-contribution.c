/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-contribution.c: `dialogreg contribution add|list|erase-contact`:
 * what residents said. Contact details are personal data (GDPR): stored
 * only when given, listed only with --with-contact (else a "given"
 * marker), and erasable without deleting the contribution; the history
 * never holds them. add and edit take one option per field of the
 * domain's table (cmd-child.c); edit changes only the ones given.
 */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "commands.h"

static int	cmd_contribution(struct cli_ctx *, int, char **);

const struct cli_command cmd_contribution_entry = {
	.name = "contribution",
	.usage = N_("add REF --text TEXT [OPTIONS]\n"
	    "edit REF ID [OPTIONS] [--if-version N]\n"
	    "list REF [--with-contact] [--format FORMAT]\n"
	    "erase-contact REF ID"),
	.help = N_("Record, change or list contributions, or erase contact "
	    "details"),
	.options = N_("  --if-version N      only if the dialogue is still "
	    "at version N (edit)\n"
	    "  --with-contact      show contact details (list)\n"
	    "  --format FORMAT     text, csv or json (list)\n"
	    "edit changes only the options given.\n"),
	.child = &dlg_children[DLG_CHILD_CONTRIBUTION],
	.run = cmd_contribution
};

static int
contribution_add(struct cli_ctx *ctx, int argc, char **argv)
{
	struct cli_child_run r;
	int rc;

	if ((rc = cli_child_add(ctx, DLG_CHILD_CONTRIBUTION, argc, argv,
	    _("give the contribution with --text TEXT"), &r)) != 0 ||
	    r.before == NULL)
		return rc;
	printf(_("Added contribution %lld to %s.\n"), r.id, r.before->ref);
	dlg_free(r.before);
	return 0;
}

static int
contribution_edit(struct cli_ctx *ctx, int argc, char **argv)
{
	struct cli_child_run r;
	long long version, now;
	int rc;

	if ((rc = cli_child_edit(ctx, DLG_CHILD_CONTRIBUTION, argc, argv,
	    _("which contribution? Give its number (see 'dialogreg "
	    "contribution list REF')"), _("give what to change, for example "
	    "--text TEXT"), &r)) != 0 || r.before == NULL)
		return rc;
	version = r.before->version;
	now = cli_child_after(ctx, r.before);
	/* argv[optind] is the reference that was found. */
	if (now == version)
		printf(_("%s: nothing to change; it stays at version %lld.\n"),
		    argv[optind], version);
	else
		printf(_("Changed contribution %lld of %s; it is now at "
		    "version %lld.\n"), r.id, argv[optind], now);
	return 0;
}

struct list_arg {
	struct report_contributions	*t;
};

static int
contribution_row(const struct dlg_contribution *co, void *arg)
{
	struct list_arg *la = arg;

	report_contributions_row(la->t, co);
	return 0;
}

static int
contribution_list(struct cli_ctx *ctx, int argc, char **argv)
{
	enum { O_FORMAT = 1, O_WITH };
	static const struct option opts[] = {
		{ "format",	required_argument,	NULL, O_FORMAT },
		{ "with-contact", no_argument,		NULL, O_WITH },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct list_arg la = { NULL };
	enum report_format fmt = FMT_TEXT;
	int with_contact = 0;
	struct dialogue *d;
	struct dlg_error err;
	long n;
	int c, rc;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case O_FORMAT:
			if (cli_parse_format(ctx, optarg, &fmt) != 0)
				return ERR_USAGE;
			break;
		case O_WITH:
			with_contact = 1;
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
	err_clear(&err);
	la.t = report_contributions_begin(stdout, fmt, with_contact);
	rc = store_contributions(ctx->st, d->ref, contribution_row, &la,
	    &err);
	n = report_contributions_end(la.t);
	if (rc != 0)
		rc = cli_report_error(ctx, &err);
	else if (n == 0 && fmt == FMT_TEXT)
		printf(_("%s has no contributions yet.\n"), d->ref);
	dlg_free(d);
	return rc;
}

static int
contribution_erase(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help",	no_argument,	NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct dialogue *d;
	struct dlg_error err;
	long long id;
	int c, rc;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(ctx);
		return cli_option_error(ctx, c, argv);
	}
	if ((rc = cli_child_args(ctx, argc, argv, _("which contribution? "
	    "Give its number (see 'dialogreg contribution list REF')"),
	    &id)) != 0)
		return rc;
	if ((rc = cli_load(ctx, argv[optind], 1, &d)) != 0)
		return rc;
	err_clear(&err);
	if (store_contribution_erase_contact(ctx->st, d->ref, id, ctx->who,
	    &err) != 0)
		rc = cli_report_error(ctx, &err);
	else {
		printf(_("Erased the contact details of contribution %lld of "
		    "%s.\n"), id, d->ref);
		cli_erasure_note(ctx);
	}
	dlg_free(d);
	return rc;
}

static int
cmd_contribution(struct cli_ctx *ctx, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage(ctx, ctx->cmd, _("missing subcommand: add, "
		    "edit, list or erase-contact"));
	if (strcmp(argv[1], "add") == 0)
		return contribution_add(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "edit") == 0)
		return contribution_edit(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "list") == 0)
		return contribution_list(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "erase-contact") == 0)
		return contribution_erase(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return cli_help(ctx);
	return cli_usage(ctx, ctx->cmd, _("unknown subcommand '%s'"),
	    argv[1]);
}
