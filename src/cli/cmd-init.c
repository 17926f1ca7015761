/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-init.c: `dialogreg init`: create the register (and its directory)
 * if it does not exist yet, migrate it if it is older, print its path.
 */
#include "config.h"

#include <getopt.h>
#include <string.h>
#include <sys/stat.h>

#include "i18n.h"
#include "commands.h"

static int	cmd_init(struct cli_ctx *, int, char **);

const struct cli_command cmd_init_entry = {
	.name = "init",
	.usage = N_("[--policy POLICY]"),
	.help = N_("Create the register if it does not exist and print its "
	    "path"),
	.options = N_("  --policy POLICY     the policy a new register "
	    "follows: tjorn, sollentuna\n"
	    "                      or combined (both; the default)\n"),
	.run = cmd_init
};

static int
cmd_init(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "policy",	required_argument, NULL, 'p' },
		{ "help",	no_argument,	NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *policy = NULL;
	struct dlg_error err;
	struct stat sb;
	int c, rc, p, existed;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		if (c == 'p') {
			policy = optarg;
			continue;
		}
		if (c == 'h')
			return cli_help(ctx);
		return cli_option_error(ctx, c, argv);
	}
	if (policy != NULL && (p = dlg_policy_parse(policy)) < 0)
		return cli_usage(ctx, ctx->cmd, _("'%s' is not a policy; use "
		    "tjorn, sollentuna or combined"), policy);
	if (optind < argc)
		return cli_usage(ctx, ctx->cmd, _("unexpected argument '%s'"),
		    argv[optind]);
	existed = ctx->db_path != NULL && stat(ctx->db_path, &sb) == 0;
	if ((rc = cli_open_rc(ctx, STORE_CREATE)) != 0)
		return rc;
	if (policy != NULL && ctx->settings.policy != p) {
		/* A register's policy changes by a decision, not by
		 * running init again: config says so in the history. */
		if (existed)
			return cli_error(ctx, ERR_REFUSED, _("the register "
			    "already follows %s; change it with 'dialogreg "
			    "config policy %s'"),
			    _(dlg_settings_profile(&ctx->settings)->name),
			    dlg_profiles[p].key);
		err_clear(&err);
		if (store_setting_set(ctx->st, "policy", dlg_profiles[p].key,
		    ctx->who, &err) != 0)
			return cli_report_error(ctx, &err);
	}
	printf("%s\n", store_path(ctx->st));
	return 0;
}
