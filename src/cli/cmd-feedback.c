/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-feedback.c: `dialogreg feedback add|edit|list`: what the
 * participants were told afterwards, when, how and by whom
 * [T4][S:Principer]. The step to fed_back needs at least one. add and
 * edit take the same options, one per field of the domain's table
 * (cmd-child.c); edit changes only the ones given.
 */
#include "config.h"

#include <getopt.h>
#include <string.h>

#include "i18n.h"
#include "commands.h"

static int	cmd_feedback(struct cli_ctx *, int, char **);

const struct cli_command cmd_feedback_entry = {
	.name = "feedback",
	.usage = N_("add REF --date DATE --channels TEXT --text TEXT "
	    "[--sender BODY]\n"
	    "edit REF ID [OPTIONS] [--if-version N]\n"
	    "list REF [--format FORMAT]"),
	.help = N_("Record, change or list the feedback to the participants"),
	.options = N_("  --if-version N      only if the dialogue is still "
	    "at version N (edit)\n"
	    "  --format FORMAT     text, csv or json (list)\n"
	    "edit changes only the options given.\n"),
	.child = &dlg_children[DLG_CHILD_FEEDBACK],
	.run = cmd_feedback
};

static int
feedback_add(struct cli_ctx *ctx, int argc, char **argv)
{
	struct cli_child_run r;
	int rc;

	if ((rc = cli_child_add(ctx, DLG_CHILD_FEEDBACK, argc, argv,
	    _("feedback needs --date, --channels and --text"), &r)) != 0 ||
	    r.before == NULL)
		return rc;
	printf(_("Added feedback %lld to %s.\n"), r.id, r.before->ref);
	cli_child_after(ctx, r.before);
	return 0;
}

static int
feedback_edit(struct cli_ctx *ctx, int argc, char **argv)
{
	struct cli_child_run r;
	long long version, now;
	int rc;

	if ((rc = cli_child_edit(ctx, DLG_CHILD_FEEDBACK, argc, argv,
	    _("which feedback? Give its number (see 'dialogreg feedback list "
	    "REF')"), _("give what to change, for example --text TEXT"),
	    &r)) != 0 || r.before == NULL)
		return rc;
	version = r.before->version;
	/* argv[optind] is the reference that was found. */
	if ((now = cli_child_after(ctx, r.before)) == version)
		printf(_("%s: nothing to change; it stays at version %lld.\n"),
		    argv[optind], version);
	else
		printf(_("Changed feedback %lld of %s; it is now at version "
		    "%lld.\n"), r.id, argv[optind], now);
	return 0;
}

static void
show_feedback(const struct dialogue *d, enum report_format fmt)
{
	if (fmt == FMT_TEXT && d->nfeedback == 0)
		printf(_("%s has no feedback yet.\n"), d->ref);
	else
		report_feedback(stdout, fmt, d);
}

static int
cmd_feedback(struct cli_ctx *ctx, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage(ctx, ctx->cmd,
		    _("missing subcommand: add, edit or list"));
	if (strcmp(argv[1], "add") == 0)
		return feedback_add(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "edit") == 0)
		return feedback_edit(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "list") == 0)
		return cli_child_list(ctx, argc - 1, argv + 1, show_feedback);
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return cli_help(ctx);
	return cli_usage(ctx, ctx->cmd, _("unknown subcommand '%s'"),
	    argv[1]);
}
