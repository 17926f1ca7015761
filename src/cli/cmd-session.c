/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-session.c: `dialogreg session add|edit|list`: the sessions
 * (dialogue occasions) of a dialogue. Counts only, never data about a
 * person. A session without politicians is a user dialogue, not a citizen
 * dialogue [T2.3]: the domain's warning is printed when one is added or
 * edited so. add and edit take the same options, one per field of the
 * domain's table (cmd-child.c); edit changes only the ones given.
 */
#include "config.h"

#include <getopt.h>
#include <string.h>

#include "i18n.h"
#include "commands.h"

static int	cmd_session(struct cli_ctx *, int, char **);

const struct cli_command cmd_session_entry = {
	.name = "session",
	.usage = N_("add REF --date DATE [OPTIONS]\n"
	    "edit REF ID [OPTIONS] [--if-version N]\n"
	    "list REF [--format FORMAT]"),
	.help = N_("Record, change or list the sessions of a dialogue"),
	.options = N_("  --if-version N      only if the dialogue is still "
	    "at version N (edit)\n"
	    "  --format FORMAT     text, csv or json (list)\n"
	    "edit changes only the options given.\n"),
	.child = &dlg_children[DLG_CHILD_SESSION],
	.run = cmd_session
};

static int
session_add(struct cli_ctx *ctx, int argc, char **argv)
{
	struct cli_child_run r;
	int rc;

	if ((rc = cli_child_add(ctx, DLG_CHILD_SESSION, argc, argv,
	    _("give the date of the session with --date YYYY-MM-DD"),
	    &r)) != 0 || r.before == NULL)
		return rc;
	printf(_("Added session %lld to %s.\n"), r.id, r.before->ref);
	cli_child_after(ctx, r.before);
	return 0;
}

static int
session_edit(struct cli_ctx *ctx, int argc, char **argv)
{
	struct cli_child_run r;
	long long version, now;
	int rc;

	if ((rc = cli_child_edit(ctx, DLG_CHILD_SESSION, argc, argv,
	    _("which session? Give its number (see 'dialogreg session list "
	    "REF')"), _("give what to change, for example --place TEXT"),
	    &r)) != 0 || r.before == NULL)
		return rc;
	version = r.before->version;
	/* argv[optind] is the reference that was found. */
	if ((now = cli_child_after(ctx, r.before)) == version)
		printf(_("%s: nothing to change; it stays at version %lld.\n"),
		    argv[optind], version);
	else
		printf(_("Changed session %lld of %s; it is now at version "
		    "%lld.\n"), r.id, argv[optind], now);
	return 0;
}

static void
show_sessions(const struct dialogue *d, enum report_format fmt)
{
	if (fmt == FMT_TEXT && d->nsessions == 0)
		printf(_("%s has no sessions yet.\n"), d->ref);
	else
		report_sessions(stdout, fmt, d);
}

static int
cmd_session(struct cli_ctx *ctx, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage(ctx, ctx->cmd,
		    _("missing subcommand: add, edit or list"));
	if (strcmp(argv[1], "add") == 0)
		return session_add(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "edit") == 0)
		return session_edit(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "list") == 0)
		return cli_child_list(ctx, argc - 1, argv + 1, show_sessions);
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return cli_help(ctx);
	return cli_usage(ctx, ctx->cmd, _("unknown subcommand '%s'"),
	    argv[1]);
}
