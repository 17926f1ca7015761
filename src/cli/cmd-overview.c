/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-overview.c: `dialogreg overview`: the register at a glance: the
 * dialogues of a year (or all) by deciding body and state, and which are
 * overdue or no longer open to influence, as text, CSV or a printed
 * document (PDF).
 */
#include "config.h"

#include <getopt.h>
#include <string.h>

#include "i18n.h"
#include "commands.h"
#include "print-out.h"

static int	cmd_overview(struct cli_ctx *, int, char **);

const struct cli_command cmd_overview_entry = {
	.name = "overview",
	.usage = N_("[--year YYYY] [--format FORMAT] [-o FILE]"),
	.help = N_("Count the dialogues by deciding body and state"),
	.options = N_("  --year YYYY         only dialogues registered this "
	    "year\n"
	    "  --format FORMAT     text, csv or pdf (A4, typeset)\n"
	    "  -o, --output FILE   write to FILE instead of standard "
	    "output\n"),
	.run = cmd_overview
};

static int
overview_row(const struct dialogue *d, void *arg)
{
	report_overview_add(arg, d);
	return 0;
}

static int
cmd_overview(struct cli_ctx *ctx, int argc, char **argv)
{
	enum { O_YEAR = 1, O_FORMAT };
	static const struct option opts[] = {
		{ "year",	required_argument,	NULL, O_YEAR },
		{ "format",	required_argument,	NULL, O_FORMAT },
		{ "output",	required_argument,	NULL, 'o' },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct store_query q = { 0 };
	enum report_format fmt = FMT_TEXT;
	struct report_overview *ov;
	struct cli_out out = { 0 };
	struct report_doc *doc;
	struct dlg_error err;
	long long n;
	int c, rc, pdf = 0;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":ho:", opts, NULL)) != -1) {
		switch (c) {
		case O_YEAR:
			if (cli_parse_number(ctx, "--year", optarg, 1000,
			    &n) != 0)
				return ERR_USAGE;
			if (n > 9999)
				return cli_usage(ctx, ctx->cmd, _("--year "
				    "needs a year of four digits, not '%s'"),
				    optarg);
			q.year = (int)n;
			break;
		case O_FORMAT:
			if ((pdf = strcmp(optarg, "pdf") == 0))
				break;
			if (cli_parse_format(ctx, optarg, &fmt) != 0)
				return ERR_USAGE;
			if (fmt == FMT_JSON)
				return cli_usage(ctx, ctx->cmd, _("unknown "
				    "format '%s'; use text, csv or pdf"),
				    optarg);
			break;
		case 'o':
			out.path = optarg;
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
	if ((rc = cli_out_check(ctx, &out, pdf)) != 0)
		return rc;
	if ((rc = cli_open_read(ctx)) != 0)
		return rc;
	q.sort = SORT_REF;
	ov = report_overview_begin(&ctx->settings, ctx->today, q.year);
	err_clear(&err);
	if (store_list(ctx->st, &q, overview_row, ov, &err) != 0) {
		rc = cli_report_error(ctx, &err);
		report_overview_end(ov, NULL, fmt, NULL);
		return rc;
	}
	if ((rc = cli_out_open(ctx, &out)) != 0) {
		report_overview_end(ov, NULL, fmt, NULL);
		return rc;
	}
	if (pdf) {
		doc = report_overview_doc(ov);
		rc = cli_out_doc(ctx, &out, doc, 1);
		report_doc_free(doc);
		report_overview_end(ov, NULL, fmt, NULL);
	} else if (report_overview_end(ov, out.fp, fmt, &err) != 0)
		rc = cli_report_error(ctx, &err);
	c = cli_out_close(ctx, &out, rc == 0, _("overview"));
	return rc != 0 ? rc : c;
}
