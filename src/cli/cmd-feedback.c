/*
 * cmd-feedback.c: `dialogreg feedback add|list`: what the participants
 * were told afterwards, when, how and by whom [T4][S:Principer]. The step
 * to fed_back needs at least one.
 */
#include "config.h"

#include <getopt.h>
#include <string.h>

#include "i18n.h"
#include "commands.h"

static int
feedback_add(struct cli_ctx *ctx, int argc, char **argv)
{
	enum { O_DATE = 1, O_CHANNELS, O_TEXT, O_SENDER };
	static const struct option opts[] = {
		{ "date",	required_argument,	NULL, O_DATE },
		{ "channels",	required_argument,	NULL, O_CHANNELS },
		{ "text",	required_argument,	NULL, O_TEXT },
		{ "sender",	required_argument,	NULL, O_SENDER },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct dlg_feedback f;
	struct dialogue *before = NULL, *after = NULL;
	struct dlg_error err;
	int c, rc;

	memset(&f, 0, sizeof f);
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case O_DATE:
			f.date = optarg;
			break;
		case O_CHANNELS:
			f.channels = optarg;
			break;
		case O_TEXT:
			f.text = optarg;
			break;
		case O_SENDER:
			f.sender = optarg;
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
	if (argc - optind > 1)
		return cli_usage(ctx, ctx->cmd, _("unexpected argument '%s'"),
		    argv[optind + 1]);
	if (f.date == NULL || f.channels == NULL || f.text == NULL)
		return cli_usage(ctx, ctx->cmd, _("feedback needs --date, "
		    "--channels and --text"));
	if ((rc = cli_load(ctx, argv[optind], 1, &before)) != 0)
		return rc;
	err_clear(&err);
	if (dlg_feedback_check(&f, &err) != 0 ||
	    store_feedback_add(ctx->st, before->ref, &f, ctx->who,
	    &err) != 0) {
		rc = cli_report_error(ctx, &err);
		goto out;
	}
	printf(_("Added feedback %lld to %s.\n"), f.id, before->ref);
	fflush(stdout);
	if (cli_load(ctx, before->ref, 1, &after) == 0)
		cli_new_warnings(ctx, before, after);
out:
	dlg_free(before);
	dlg_free(after);
	return rc;
}

static int
feedback_list(struct cli_ctx *ctx, int argc, char **argv)
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
	if (argc - optind < 1)
		return cli_usage(ctx, ctx->cmd,
		    _("which dialogue? Give its reference"));
	if (argc - optind > 1)
		return cli_usage(ctx, ctx->cmd, _("unexpected argument '%s'"),
		    argv[optind + 1]);
	if ((rc = cli_load(ctx, argv[optind], 0, &d)) != 0)
		return rc;
	if (fmt == FMT_TEXT && d->nfeedback == 0)
		printf(_("%s has no feedback yet.\n"), d->ref);
	else
		report_feedback(stdout, fmt, d);
	dlg_free(d);
	return 0;
}

int
cmd_feedback(struct cli_ctx *ctx, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage(ctx, ctx->cmd,
		    _("missing subcommand: add or list"));
	if (strcmp(argv[1], "add") == 0)
		return feedback_add(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "list") == 0)
		return feedback_list(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return cli_help(ctx);
	return cli_usage(ctx, ctx->cmd, _("unknown subcommand '%s'"),
	    argv[1]);
}
