/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-advance.c: `dialogreg advance REF STATE`: move a dialogue along its
 * lifecycle. The domain's guard decides; a refusal lists every missing
 * item. A step back, a rejection and a cancellation need --reason, which
 * is kept with the dialogue and in the history.
 */
#include "config.h"

#include <getopt.h>

#include "i18n.h"
#include "commands.h"

static int	cmd_advance(struct cli_ctx *, int, char **);

const struct cli_command cmd_advance_entry = {
	.name = "advance",
	.usage = N_("REF STATE [--reason TEXT] [--if-version N]"),
	.help = N_("Move a dialogue to another state"),
	.options = N_("  --reason TEXT       why: needed to step back, "
	    "reject or cancel\n"
	    "  --if-version N      only if the dialogue is still at version "
	    "N\n"),
	.run = cmd_advance
};

static int
cmd_advance(struct cli_ctx *ctx, int argc, char **argv)
{
	enum { O_REASON = 1, O_IFVERSION };
	static const struct option opts[] = {
		{ "reason",	required_argument,	NULL, O_REASON },
		{ "if-version",	required_argument,	NULL, O_IFVERSION },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct dlg_issues missing = { 0 };
	struct dialogue *orig = NULL, *d = NULL;
	const char *reason = NULL;
	long long expected = 0;
	struct dlg_error err;
	enum dlg_state to;
	int c, rc;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case O_REASON:
			reason = optarg;
			break;
		case O_IFVERSION:
			if (cli_parse_number(ctx, "--if-version", optarg, 1,
			    &expected) != 0)
				return ERR_USAGE;
			break;
		case 'h':
			return cli_help(ctx);
		default:
			return cli_option_error(ctx, c, argv);
		}
	}
	if (argc - optind < 2)
		return cli_usage(ctx, ctx->cmd, argc - optind < 1 ?
		    _("which dialogue? Give its reference") :
		    _("to which state? Give one, e.g. decided"));
	if (argc - optind > 2)
		return cli_usage(ctx, ctx->cmd, _("unexpected argument '%s'"),
		    argv[optind + 2]);
	err_clear(&err);
	if (dlg_state_parse(argv[optind + 1], &to, &err) != 0)
		return cli_usage(ctx, ctx->cmd, "%s", err.msg);
	if (reason != NULL && *reason == '\0')
		reason = NULL;
	if ((rc = cli_load_for_write(ctx, argv[optind], &orig)) != 0)
		return rc;
	d = dlg_dup(orig);
	err_clear(&err);
	if (dlg_transition(d, to, reason, &ctx->settings, ctx->today,
	    &missing, &err) != 0) {
		rc = cli_write_end(ctx, cli_report_error(ctx, &err));
		cli_print_issues(stderr, &missing, "  - ");
		goto out;
	}
	if (store_dialogue_update(ctx->st, d, expected > 0 ? expected :
	    orig->version, reason, ctx->who, &err) != 0)
		rc = cli_report_error(ctx, &err);
	if ((rc = cli_write_end(ctx, rc)) != 0)
		goto out;
	printf(_("%s is now %s (version %lld).\n"), d->ref,
	    dlg_state_label(d->state), d->version);
	fflush(stdout);
	cli_new_warnings(ctx, orig, d);
out:
	dlg_issues_clear(&missing);
	dlg_free(orig);
	dlg_free(d);
	return rc;
}
