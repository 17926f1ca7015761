/*
 * cmd-init.c: `dialogreg init`: create the register (and its directory)
 * if it does not exist yet, migrate it if it is older, print its path.
 */
#include "config.h"

#include <getopt.h>

#include "i18n.h"
#include "commands.h"

int
cmd_init(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help",	no_argument,	NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c, rc;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(ctx);
		return cli_option_error(ctx, c, argv);
	}
	if (optind < argc)
		return cli_usage(ctx, ctx->cmd, _("unexpected argument '%s'"),
		    argv[optind]);
	if ((rc = cli_open_rc(ctx, STORE_CREATE)) != 0)
		return rc;
	printf("%s\n", store_path(ctx->st));
	return 0;
}
