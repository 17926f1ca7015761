/*
 * cmd-child.c: what the commands of a dialogue's child records (session,
 * feedback, contribution) share: the REF and ID arguments, the list
 * subcommand of sessions and feedback, and what follows a change (the
 * dialogue loaded again, new warnings printed), so that add and edit of
 * each kind say the same things the same way.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
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
