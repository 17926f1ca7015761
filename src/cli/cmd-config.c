/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-config.c: `dialogreg config [KEY [VALUE]]`: the register's own
 * settings (municipality, council rule [T5], the day limits of the
 * warnings, the contact channel of the public pages). Without KEY all are shown; with KEY one; with VALUE it is
 * validated by the domain and stored with a history row.
 */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "commands.h"

static int	cmd_config(struct cli_ctx *, int, char **);

const struct cli_command cmd_config_entry = {
	.name = "config",
	.usage = N_("[KEY [VALUE]]"),
	.help = N_("Show the register's settings, or change one"),
	.run = cmd_config
};

static const struct report_column cols[] = {
	/* TRANSLATORS: column header: a setting's name */
	{ "key", N_("Setting"), 0, 0 },
	/* TRANSLATORS: column header: a setting's value */
	{ "value", N_("Value"), 0, 0 },
	/* TRANSLATORS: column header: what a setting means */
	{ "label", N_("Meaning"), 0, 0 },
};

static int
known_key(const char *key)
{
	size_t i;

	for (i = 0; dlg_setting_keys[i] != NULL; i++)
		if (strcmp(dlg_setting_keys[i], key) == 0)
			return 1;
	return 0;
}

static int
cmd_config(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help",	no_argument,	NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct report_table *t;
	const char *cells[3];
	struct dlg_error err;
	const char *key;
	char *v, *clean;
	size_t i;
	int c, rc, nargs;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(ctx);
		return cli_option_error(ctx, c, argv);
	}
	nargs = argc - optind;
	if (nargs > 2)
		return cli_usage(ctx, ctx->cmd, _("unexpected argument '%s'"),
		    argv[optind + 2]);
	key = nargs > 0 ? argv[optind] : NULL;
	if (key != NULL && !known_key(key))
		return cli_error(ctx, ERR_REFUSED, _("unknown setting '%s'; "
		    "'dialogreg config' lists them"), key);
	if ((rc = nargs == 2 ? cli_open_rc(ctx, STORE_CREATE) :
	    cli_open_read(ctx)) != 0)
		return rc;
	if (nargs == 2) {
		err_clear(&err);
		if (store_setting_set(ctx->st, key, argv[optind + 1],
		    ctx->who, &err) != 0)
			return cli_report_error(ctx, &err);
		dlg_settings_clear(&ctx->settings);
		memset(&ctx->settings, 0, sizeof ctx->settings);
		if (store_settings_load(ctx->st, &ctx->settings, &err) != 0)
			return cli_report_error(ctx, &err);
		cli_speak_policy(ctx);
		/* Stored, and yet maybe not what was meant. */
		v = dlg_setting_warning(key, argv[optind + 1]);
		if (v != NULL) {
			cli_warn(v);
			free(v);
		}
	}
	if (key != NULL) {
		v = dlg_settings_get(&ctx->settings, key);
		clean = report_sanitize(v, 0);
		printf("%s\n", clean);
		free(clean);
		free(v);
		return 0;
	}
	t = report_table_begin(stdout, FMT_TEXT, cols, 3);
	for (i = 0; dlg_setting_keys[i] != NULL; i++) {
		v = dlg_settings_get(&ctx->settings, dlg_setting_keys[i]);
		cells[0] = dlg_setting_keys[i];
		cells[1] = v;
		cells[2] = dlg_setting_label(dlg_setting_keys[i]);
		report_table_row(t, cells);
		free(v);
	}
	report_table_end(t);
	return 0;
}
