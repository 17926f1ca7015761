/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-followup.c: `dialogreg followup --year YYYY`: the annual follow-up
 * for the dialogue strategist [S:KLK], as printable text, PDF or CSV, to
 * standard output or a file.
 */
#include "config.h"

#include <getopt.h>
#include <string.h>

#include "i18n.h"
#include "commands.h"
#include "print-out.h"

static int	cmd_followup(struct cli_ctx *, int, char **);

const struct cli_command cmd_followup_entry = {
	.name = "followup",
	.usage = N_("--year YYYY [--format FORMAT] [-o FILE]"),
	.help = N_("Make the annual follow-up of a year's dialogues"),
	.options = N_("  --year YYYY         the dialogues registered this "
	    "year\n"
	    "  --format FORMAT     text (pages with form feeds), csv or "
	    "pdf\n"
	    "  -o, --output FILE   write to FILE instead of standard "
	    "output\n"),
	.run = cmd_followup
};

struct followup_walk {
	struct cli_ctx		*ctx;
	struct report_followup	*fu;
	struct dlg_error	 err;
	int			 failed;
};

/* A dialogue with sessions as a full load: the participants per month
 * come from its sessions. */
static int
followup_row(const struct dialogue *d, void *arg)
{
	struct followup_walk *w = arg;
	struct dialogue *full = NULL;

	if (d->n_sessions == 0) {
		report_followup_add(w->fu, d);
		return 0;
	}
	if (store_dialogue_load(w->ctx->st, d->ref, &full, &w->err) != 0) {
		w->failed = 1;
		return 1;
	}
	report_followup_add(w->fu, full);
	dlg_free(full);
	return 0;
}

enum fu_format { FU_TEXT, FU_CSV, FU_PDF };

static int
cmd_followup(struct cli_ctx *ctx, int argc, char **argv)
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
	enum fu_format fmt = FU_TEXT;
	struct report_followup *fu;
	struct followup_walk walk;
	struct report_doc *doc;
	struct cli_out out = { 0 };
	struct dlg_error err;
	char title[32];
	long long n;
	int c, rc;

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
			if (strcmp(optarg, "text") == 0)
				fmt = FU_TEXT;
			else if (strcmp(optarg, "csv") == 0)
				fmt = FU_CSV;
			else if (strcmp(optarg, "pdf") == 0)
				fmt = FU_PDF;
			else
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
	if (q.year == 0)
		return cli_usage(ctx, ctx->cmd, _("which year? Give it with "
		    "--year YYYY"));
	if ((rc = cli_out_check(ctx, &out, fmt == FU_PDF)) != 0)
		return rc;
	if ((rc = cli_open_read(ctx)) != 0)
		return rc;
	q.sort = SORT_REF;
	fu = report_followup_begin(&ctx->settings, ctx->today, q.year);
	err_clear(&err);
	walk.ctx = ctx;
	walk.fu = fu;
	walk.failed = 0;
	err_clear(&walk.err);
	if (store_list(ctx->st, &q, followup_row, &walk, &err) != 0 ||
	    walk.failed) {
		report_followup_free(fu);
		return cli_report_error(ctx, walk.failed ? &walk.err : &err);
	}
	if ((rc = cli_out_open(ctx, &out)) != 0) {
		report_followup_free(fu);
		return rc;
	}
	if (fmt == FU_CSV)
		report_followup_csv(fu, out.fp);
	else {
		doc = report_followup_doc(fu);
		rc = cli_out_doc(ctx, &out, doc, fmt == FU_PDF);
		report_doc_free(doc);
	}
	report_followup_free(fu);
	snprintf(title, sizeof title, "%d", q.year);
	c = cli_out_close(ctx, &out, rc == 0, title);
	return rc != 0 ? rc : c;
}
