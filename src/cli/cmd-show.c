/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-show.c: `dialogreg show REF`: one dialogue with everything, its
 * warnings as of today, sessions and feedback.
 */
#include "config.h"

#include <getopt.h>

#include "i18n.h"
#include "commands.h"

static int	cmd_show(struct cli_ctx *, int, char **);

const struct cli_command cmd_show_entry = {
	.name = "show",
	.usage = N_("REF [--format FORMAT]"),
	.help = N_("Show a dialogue with everything recorded"),
	.options = N_("  --format FORMAT     text, csv or json\n"),
	.run = cmd_show
};

static int
cmd_show(struct cli_ctx *ctx, int argc, char **argv)
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
	if (argc - optind != 1)
		return cli_usage(ctx, ctx->cmd, argc - optind < 1 ?
		    _("which dialogue? Give its reference") :
		    _("give one reference"));
	if ((rc = cli_load(ctx, argv[optind], 0, &d)) != 0)
		return rc;
	report_show(stdout, fmt, d, &ctx->settings, ctx->today);
	dlg_free(d);
	return 0;
}
