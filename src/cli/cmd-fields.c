/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-fields.c: `dialogreg fields`: every field of the dialogue record:
 * the name used on the command line and as JSON key, its label in the
 * user's language, its type and a line of help.
 */
#include "config.h"

#include <getopt.h>
#include <unistd.h>
#include <stdlib.h>

#include "i18n.h"
#include "commands.h"

static int	cmd_fields(struct cli_ctx *, int, char **);

const struct cli_command cmd_fields_entry = {
	.name = "fields",
	.usage = N_("[--format FORMAT]"),
	.help = N_("List every field with its label, type and help"),
	.options = N_("  --format FORMAT     text, csv or json\n"),
	.run = cmd_fields
};

static const struct report_column cols[] = {
	/* TRANSLATORS: column header: a field's name on the command line */
	{ "name", N_("Field"), 0, 0 },
	/* TRANSLATORS: column header: a field's label */
	{ "label", N_("Label"), 0, 0 },
	/* TRANSLATORS: column header: a field's kind of value */
	{ "type", N_("Type"), 0, 0 },
	/* TRANSLATORS: column header */
	{ "help", N_("Help"), 0, RCOL_BLOCK },
};
#define NCOLS (sizeof cols / sizeof cols[0])

/* The type tokens: English, like the field names. */
static const char *const types[] = {
	[FT_LINE] = "line",
	[FT_TEXT] = "text",
	[FT_DATE] = "date",
	[FT_AMOUNT] = "amount",
	[FT_ANSWER] = "answer",
	[FT_LEVEL] = "level",
	[FT_INFLUENCE] = "influence",
	[FT_LIST] = "list",
};

/* The same types for people, in the user's language (text output). */
static const char *const type_labels[] = {
	/* TRANSLATORS: type of a field in 'dialogreg fields' */
	[FT_LINE] = N_("one line"),
	/* TRANSLATORS: type of a field in 'dialogreg fields' */
	[FT_TEXT] = N_("several lines"),
	/* TRANSLATORS: type of a field in 'dialogreg fields' */
	[FT_DATE] = N_("date"),
	/* TRANSLATORS: type of a field in 'dialogreg fields' */
	[FT_AMOUNT] = N_("amount (kr)"),
	/* TRANSLATORS: type of a field in 'dialogreg fields' */
	[FT_ANSWER] = N_("yes/no"),
	/* TRANSLATORS: type of a field in 'dialogreg fields' */
	[FT_LEVEL] = N_("ladder step"),
	/* TRANSLATORS: type of a field in 'dialogreg fields' */
	[FT_INFLUENCE] = N_("yes/partly/no/unknown"),
	/* TRANSLATORS: type of a field in 'dialogreg fields' */
	[FT_LIST] = N_("list"),
};

static int
cmd_fields(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format",	required_argument,	NULL, 'f' },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	enum report_format fmt = FMT_TEXT;
	struct report_table *t;
	const char *cells[NCOLS];
	char *type;
	int c, f;

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
	if (optind < argc)
		return cli_usage(ctx, ctx->cmd, _("unexpected argument '%s'"),
		    argv[optind]);
	/* The register's policy words the help texts, when there is a
	 * register; the list itself needs none. */
	if (ctx->db_path != NULL && access(ctx->db_path, F_OK) == 0 &&
	    (c = cli_open_read(ctx)) != 0)
		return c;
	t = report_table_begin(stdout, fmt, cols, NCOLS);
	for (f = 0; f < DLG_NFIELDS; f++) {
		const struct dlg_field_def *def = &dlg_fields[f];

		if (fmt == FMT_TEXT)
			type = xasprintf("%s%s", _(type_labels[def->type]),
			    (def->flags & DLG_FF_READONLY) ?
			    /* TRANSLATORS: after a field's type */
			    _(", set by the program") : "");
		else
			type = xasprintf("%s%s", types[def->type],
			    (def->flags & DLG_FF_READONLY) ? ", readonly" : "");
		cells[0] = def->name;
		cells[1] = _(def->label);
		cells[2] = type;
		cells[3] = _(def->help);
		report_table_row(t, cells);
		free(type);
	}
	report_table_end(t);
	if (fmt == FMT_TEXT) {
		putchar('\n');
		report_paragraph(stdout, dlg_policy_legend(
		    ctx->st != NULL ? &ctx->settings : NULL), 79);
	}
	return 0;
}
