/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-demo.c: `dialogreg demo [--size N]`: fill an empty register with
 * the realistic demo (about 30 Swedish dialogues in every state) or with
 * N synthetic dialogues for benchmarks. A register that already holds
 * dialogues is left alone.
 */
#include "config.h"

#include <getopt.h>
#include <string.h>

#include "demo.h"
#include "i18n.h"
#include "commands.h"

static int	cmd_demo(struct cli_ctx *, int, char **);

const struct cli_command cmd_demo_entry = {
	.name = "demo",
	.usage = N_("[--size N]"),
	.help = N_("Fill an empty register with demo dialogues"),
	.options = N_("  --size N            make N synthetic dialogues "
	    "(for benchmarks) instead\n"
	    "                      of the realistic demo\n"),
	.run = cmd_demo
};

static int
cmd_demo(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "size",	required_argument,	NULL, 's' },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct store_query q = { 0 };
	struct dlg_error err;
	long long size = 0;
	long count = 0;
	int c, rc;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case 's':
			if (cli_parse_number(ctx, "--size", optarg, 1,
			    &size) != 0)
				return ERR_USAGE;
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
	if ((rc = cli_open_rc(ctx, STORE_CREATE)) != 0)
		return rc;
	err_clear(&err);
	if (store_count(ctx->st, &q, &count, &err) != 0)
		return cli_report_error(ctx, &err);
	if (count > 0)
		return cli_error(ctx, ERR_REFUSED, ngettext(
		    "the register '%s' already holds %ld dialogue; the demo "
		    "needs an empty register (use --db FILE for a new one)",
		    "the register '%s' already holds %ld dialogues; the demo "
		    "needs an empty register (use --db FILE for a new one)",
		    (unsigned long)count), store_path(ctx->st), count);
	if (size > 0)
		rc = demo_build_synthetic(ctx->st, (long)size, ctx->today,
		    ctx->who, &err);
	else
		rc = demo_build(ctx->st, ctx->today, ctx->who, &err);
	if (rc != 0)
		return cli_report_error(ctx, &err);
	if (store_count(ctx->st, &q, &count, &err) != 0)
		return cli_report_error(ctx, &err);
	printf(ngettext("Made %ld dialogue in %s\n",
	    "Made %ld dialogues in %s\n", (unsigned long)count), count,
	    store_path(ctx->st));
	dlg_settings_clear(&ctx->settings);
	memset(&ctx->settings, 0, sizeof ctx->settings);
	if (store_settings_load(ctx->st, &ctx->settings, &err) != 0)
		return cli_report_error(ctx, &err);
	cli_speak_policy(ctx);
	/* TRANSLATORS: %s is "both policies (Tjörn's and Sollentuna's)" */
	printf(_("The demo register follows %s: 'dialogreg rules' lists "
	    "them.\n"), _(dlg_settings_profile(&ctx->settings)->name));
	return 0;
}
