/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-method.c: `dialogreg method list|add`: the methods of the
 * participation ladder [S:Metod]. The ladder is fixed; the methods are
 * the policy's examples plus the register's own.
 */
#include "config.h"

#include <getopt.h>
#include <string.h>

#include "i18n.h"
#include "commands.h"

static int	cmd_method(struct cli_ctx *, int, char **);

const struct cli_command cmd_method_entry = {
	.name = "method",
	.usage = N_("list [--format FORMAT]\n"
	    "add NAME STEP"),
	.help = N_("List the methods of the participation ladder, or add one"),
	.options = N_("  --format FORMAT     text, csv or json (list)\n"),
	.run = cmd_method
};

static const struct report_column cols[] = {
	/* TRANSLATORS: column header: a method's name */
	{ "name", N_("Method"), 0, 0 },
	/* TRANSLATORS: column header: the ladder step, 1-5 */
	{ "step", N_("Step"), 0, RCOL_NUMBER },
	/* TRANSLATORS: column header: the ladder step's name */
	{ "level", N_("Level"), 0, 0 },
	/* TRANSLATORS: column header: built-in or added by the register */
	{ "origin", N_("Origin"), 0, 0 },
};

static int
method_list(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format",	required_argument,	NULL, 'f' },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	enum report_format fmt = FMT_TEXT;
	struct report_table *t;
	const char *cells[4];
	char step[8];
	size_t i;
	int c, rc, text;

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
	if ((rc = cli_open_read(ctx)) != 0)
		return rc;
	text = fmt == FMT_TEXT;
	t = report_table_begin(stdout, fmt, cols, 4);
	for (i = 0; i < ctx->methods.n; i++) {
		const struct dlg_method *m = &ctx->methods.v[i];

		snprintf(step, sizeof step, "%d", m->step);
		cells[0] = m->name;
		cells[1] = step;
		cells[2] = text ? dlg_level_label(m->step) :
		    dlg_level_token(m->step);
		if (dlg_method_is_builtin(m->name))
			/* TRANSLATORS: a method from the policy */
			cells[3] = text ? _("built-in") : "builtin";
		else
			/* TRANSLATORS: a method the register added */
			cells[3] = text ? _("this register") : "register";
		report_table_row(t, cells);
	}
	report_table_end(t);
	return 0;
}

static int
method_add(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help",	no_argument,	NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct dlg_error err;
	int c, rc, step;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(ctx);
		return cli_option_error(ctx, c, argv);
	}
	if (argc - optind != 2)
		return cli_usage(ctx, ctx->cmd, _("give the method's name and "
		    "its step on the ladder (1-5 or e.g. consultation)"));
	err_clear(&err);
	if (dlg_level_parse(argv[optind + 1], &step, &err) != 0)
		return cli_report_error(ctx, &err);
	if ((rc = cli_open_rc(ctx, STORE_CREATE)) != 0)
		return rc;
	if (store_method_add(ctx->st, argv[optind], step, ctx->who,
	    &err) != 0)
		return cli_report_error(ctx, &err);
	printf(_("Added the method '%s' at step %d (%s).\n"), argv[optind],
	    step, dlg_level_label(step));
	return 0;
}

static int
cmd_method(struct cli_ctx *ctx, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage(ctx, ctx->cmd,
		    _("missing subcommand: list or add"));
	if (strcmp(argv[1], "list") == 0)
		return method_list(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "add") == 0)
		return method_add(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return cli_help(ctx);
	return cli_usage(ctx, ctx->cmd, _("unknown subcommand '%s'"),
	    argv[1]);
}
