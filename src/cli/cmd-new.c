/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-new.c: `dialogreg new FIELD=VALUE...`: register a dialogue in state
 * proposed. Every bad value and every missing item is reported at once,
 * and nothing is stored unless all is well. The reference goes to
 * stdout, warnings (e.g. a gate answered no: not a citizen dialogue
 * [T2.3][S:Definition]) to stderr.
 */
#include "config.h"

#include <getopt.h>

#include "i18n.h"
#include "commands.h"

static int	cmd_new(struct cli_ctx *, int, char **);

const struct cli_command cmd_new_entry = {
	.name = "new",
	.usage = N_("FIELD=VALUE..."),
	.help = N_("Register a new dialogue and print its reference"),
	.run = cmd_new
};

static int
cmd_new(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help",	no_argument,	NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct dlg_issues missing = { 0 };
	struct dialogue *d = NULL;
	struct dlg_error err;
	int c, rc;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(ctx);
		return cli_option_error(ctx, c, argv);
	}
	if (optind >= argc)
		return cli_usage(ctx, ctx->cmd, _("give the fields of the new "
		    "dialogue as FIELD=VALUE"));
	if ((rc = cli_open_rc(ctx, STORE_CREATE)) != 0)
		return rc;
	d = dlg_new();
	if ((rc = cli_apply_fields(ctx, d, argc - optind, argv + optind,
	    NULL, NULL)) != 0)
		goto out;
	dlg_guard(d, DLG_PROPOSED, NULL, &ctx->settings, ctx->today,
	    &missing);
	if (missing.n > 0) {
		cli_error(ctx, ERR_REFUSED, ngettext(
		    "cannot register the dialogue: %zu item is missing:",
		    "cannot register the dialogue: %zu items are missing:",
		    (unsigned long)missing.n), missing.n);
		cli_print_issues(stderr, &missing, "  - ");
		rc = ERR_REFUSED;
		goto out;
	}
	err_clear(&err);
	if (store_dialogue_create(ctx->st, d, ctx->today, ctx->who,
	    &err) != 0) {
		rc = cli_report_error(ctx, &err);
		goto out;
	}
	printf("%s\n", d->ref);
	fflush(stdout);
	cli_new_warnings(ctx, NULL, d);
out:
	dlg_issues_clear(&missing);
	dlg_free(d);
	return rc;
}
