/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-history.c: `dialogreg history REF`: every change to a dialogue,
 * oldest first: version, when, who, field, old and new value, reason.
 * The history never holds contact details (the store writes "given",
 * "changed" or "erased" instead), so nothing here needs hiding.
 */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>

#include "i18n.h"
#include "commands.h"

static int	cmd_history(struct cli_ctx *, int, char **);

const struct cli_command cmd_history_entry = {
	.name = "history",
	.usage = N_("REF [--format FORMAT]"),
	.help = N_("Show every change made to a dialogue"),
	.options = N_("  --format FORMAT     text, csv or json\n"),
	.run = cmd_history
};

static const struct report_column cols[] = {
	/* TRANSLATORS: column header: the dialogue's version after a change */
	{ "version", N_("Ver."), 0, RCOL_NUMBER },
	/* TRANSLATORS: column header: when a change was made (UTC) */
	{ "at", N_("When (UTC)"), 0, 0 },
	/* TRANSLATORS: column header: who made a change */
	{ "who", N_("Who"), 16, 0 },
	/* TRANSLATORS: column header: the field changed */
	{ "field", N_("Field"), 0, 0 },
	/* TRANSLATORS: column header: the value before a change */
	{ "old", N_("Old"), 30, 0 },
	/* TRANSLATORS: column header: the value after a change */
	{ "new", N_("New"), 30, 0 },
	/* TRANSLATORS: column header: why a change was made */
	{ "reason", N_("Reason"), 0, RCOL_BLOCK },
};
#define NCOLS (sizeof cols / sizeof cols[0])

struct history_arg {
	struct report_table	*t;
	enum report_format	 fmt;
};

/* Text shows labels and values in the user's language; CSV and JSON keep
 * the stored names and values, for programs. */
static int
history_row(const struct store_history_row *h, void *arg)
{
	struct history_arg *ha = arg;
	const char *cells[NCOLS];
	char ver[32], *field = NULL, *old = NULL, *new = NULL;

	snprintf(ver, sizeof ver, "%lld", h->version);
	cells[0] = ver;
	cells[1] = h->at;
	cells[2] = h->who;
	cells[3] = h->field;
	cells[4] = h->old_value;
	cells[5] = h->new_value;
	cells[6] = h->reason;
	if (ha->fmt == FMT_TEXT) {
		cells[3] = field = report_history_field(h->field);
		cells[4] = old = report_history_value(h->field, h->old_value);
		cells[5] = new = report_history_value(h->field, h->new_value);
	}
	report_table_row(ha->t, cells);
	free(field);
	free(old);
	free(new);
	return 0;
}

static int
cmd_history(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format",	required_argument,	NULL, 'f' },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	enum report_format fmt = FMT_TEXT;
	struct history_arg ha;
	struct dialogue *d;
	struct dlg_error err;
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
	/* Load first: an unknown reference is an error, not an empty list. */
	if ((rc = cli_load(ctx, argv[optind], 0, &d)) != 0)
		return rc;
	dlg_free(d);
	err_clear(&err);
	ha.fmt = fmt;
	ha.t = report_table_begin(stdout, fmt, cols, NCOLS);
	rc = store_history(ctx->st, argv[optind], history_row, &ha, &err);
	report_table_end(ha.t);
	if (rc != 0)
		return cli_report_error(ctx, &err);
	return 0;
}
