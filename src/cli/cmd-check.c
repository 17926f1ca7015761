/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-check.c: `dialogreg check REF [STATE]`: what keeps a dialogue from
 * its next step (or from STATE), one item per line on stdout so scripts
 * can read it. Exit 0 when nothing is missing, 2 when something is.
 * --reason lets a step back, a rejection or a cancellation be checked
 * with the reason it would get.
 */
#include "config.h"

#include <getopt.h>

#include "i18n.h"
#include "commands.h"

static int	cmd_check(struct cli_ctx *, int, char **);

const struct cli_command cmd_check_entry = {
	.name = "check",
	.usage = N_("REF [STATE] [--reason TEXT]"),
	.help = N_("Print what is missing for the next step"),
	.options = N_("  --reason TEXT       check a step back, rejection "
	    "or cancellation with\n"
	    "                      this reason\n"),
	.run = cmd_check
};

static int
cmd_check(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "reason",	required_argument,	NULL, 'r' },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *reason = NULL;
	struct dlg_issues missing = { 0 }, advice = { 0 };
	size_t i;
	struct dialogue *d = NULL;
	struct dlg_error err;
	enum dlg_state to;
	int c, rc, next;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case 'r':
			reason = optarg;
			break;
		case 'h':
			return cli_help(ctx);
		default:
			return cli_option_error(ctx, c, argv);
		}
	}
	if (argc - optind < 1)
		return cli_usage(ctx, ctx->cmd,
		    _("which dialogue? Give its reference"));
	if (argc - optind > 2)
		return cli_usage(ctx, ctx->cmd, _("unexpected argument '%s'"),
		    argv[optind + 2]);
	if (argc - optind == 2) {
		err_clear(&err);
		if (dlg_state_parse(argv[optind + 1], &to, &err) != 0)
			return cli_usage(ctx, ctx->cmd, "%s", err.msg);
	}
	if ((rc = cli_load(ctx, argv[optind], 0, &d)) != 0)
		return rc;
	if (argc - optind == 1) {
		if ((next = dlg_next_state(d->state)) < 0) {
			printf(_("%s is %s: no step follows.\n"), d->ref,
			    dlg_state_label(d->state));
			goto out;
		}
		to = (enum dlg_state)next;
	}
	dlg_guard(d, to, reason, &ctx->settings, ctx->today, &missing);
	/* What the policy only recommends at the step: warnings, after
	 * the step's items, never a reason to refuse it. */
	if (dlg_move_kind(d->state, to) == DLG_MOVE_FORWARD) {
		dlg_step_advice(d, to, &ctx->settings, ctx->today, &advice);
		for (i = 0; i < advice.n; i++)
			cli_warn(advice.v[i].text);
		dlg_issues_clear(&advice);
	}
	if (missing.n == 0) {
		printf(_("Nothing is missing for \"%s\" (%s).\n"),
		    dlg_state_step(to), dlg_state_label(to));
		goto out;
	}
	fprintf(stderr, ngettext("%s: %zu item is missing for \"%s\" (%s):\n",
	    "%s: %zu items are missing for \"%s\" (%s):\n",
	    (unsigned long)missing.n), d->ref, missing.n, dlg_state_step(to),
	    dlg_state_label(to));
	fflush(stderr);
	cli_print_issues(stdout, &missing, "");
	rc = ERR_REFUSED;
out:
	dlg_issues_clear(&missing);
	dlg_free(d);
	return rc;
}
