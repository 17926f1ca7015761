/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-set.c: `dialogreg set REF FIELD=VALUE...`: change fields of a
 * dialogue. All values are checked first and every problem is reported;
 * nothing is stored unless all are good. The level is fixed once the
 * dialogue runs [S:Principer]: changing it then needs --reason, which the
 * domain keeps in level_change_reason and the store in the history. What
 * a step already taken required stays (dlg_check_holding): emptying it is
 * refused with the rule and the command that steps back. The change is
 * stored only if nobody else changed the dialogue meanwhile
 * (--if-version, or the version loaded).
 */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "commands.h"

static int	cmd_set(struct cli_ctx *, int, char **);

const struct cli_command cmd_set_entry = {
	.name = "set",
	.usage = N_("REF FIELD=VALUE... [--reason TEXT] [--if-version N]"),
	.help = N_("Change fields of a dialogue"),
	.options = N_("  --reason TEXT       why: needed to change the "
	    "level once the dialogue runs\n"
	    "  --if-version N      only if the dialogue is still at version "
	    "N\n"),
	.run = cmd_set
};

/* 1 when field f differs between a and b (canonical form). */
static int
differs(const struct dialogue *a, const struct dialogue *b, int f)
{
	char *x = dlg_canonical_field(a, (enum dlg_field)f);
	char *y = dlg_canonical_field(b, (enum dlg_field)f);
	int r = strcmp(x, y) != 0;

	free(x);
	free(y);
	return r;
}

/*
 * Refuse the change from orig to d when it breaks a rule of a step taken:
 * the domain's message, each rule broken, and the command of the first
 * step back when stepping back is the way. Returns 0 or the exit status.
 */
static int
refuse_broken_rules(struct cli_ctx *ctx, const struct dialogue *orig,
    const struct dialogue *d)
{
	struct dlg_issues broken = { 0 };
	struct dlg_error err;
	int rc;

	err_clear(&err);
	if (dlg_check_holding(orig, d, &ctx->settings, ctx->today, &broken,
	    &err) == 0)
		return 0;
	rc = cli_report_error(ctx, &err);
	cli_print_issues(stderr, &broken, "  - ");
	if (dlg_holding_back_to(orig, d, &ctx->settings, ctx->today) >= 0)
		cli_error(ctx, ERR_REFUSED, _("step back with 'dialogreg "
		    "advance %s %s --reason TEXT'"), d->ref,
		    dlg_state_token((enum dlg_state)(orig->state - 1)));
	dlg_issues_clear(&broken);
	return rc;
}

static int
cmd_set(struct cli_ctx *ctx, int argc, char **argv)
{
	enum { O_REASON = 1, O_IFVERSION };
	static const struct option opts[] = {
		{ "reason",	required_argument,	NULL, O_REASON },
		{ "if-version",	required_argument,	NULL, O_IFVERSION },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	unsigned char assigned[DLG_NFIELDS] = { 0 };
	struct dialogue *orig = NULL, *d = NULL;
	const char *reason = NULL;
	long long expected = 0;
	struct dlg_error err;
	int c, f, rc, nchanged = 0;

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
	if (argc - optind < 1)
		return cli_usage(ctx, ctx->cmd,
		    _("which dialogue? Give its reference"));
	if (argc - optind < 2)
		return cli_usage(ctx, ctx->cmd, _("give the fields to change "
		    "as FIELD=VALUE"));
	if (reason != NULL && *reason == '\0')
		reason = NULL;
	if ((rc = cli_load_for_write(ctx, argv[optind], &orig)) != 0)
		return rc;
	d = dlg_dup(orig);
	if ((rc = cli_apply_fields(ctx, d, argc - optind - 1,
	    argv + optind + 1, reason, assigned)) != 0) {
		cli_write_end(ctx, rc);
		goto out;
	}

	for (f = 0; f < DLG_NFIELDS; f++)
		if (assigned[f] && differs(orig, d, f))
			nchanged++;
	if (nchanged == 0) {
		cli_write_end(ctx, -1);
		printf(_("%s: nothing to change; it stays at version %lld.\n"),
		    d->ref, d->version);
		goto out;
	}
	if ((rc = refuse_broken_rules(ctx, orig, d)) != 0) {
		cli_write_end(ctx, rc);
		goto out;
	}
	err_clear(&err);
	/* Read inside the write lock: orig->version is the stored one. */
	if (store_dialogue_update(ctx->st, d, expected > 0 ? expected :
	    orig->version, reason, ctx->who, &err) != 0)
		rc = cli_report_error(ctx, &err);
	if ((rc = cli_write_end(ctx, rc)) != 0)
		goto out;
	printf(_("%s is now at version %lld.\n"), d->ref, d->version);
	fflush(stdout);
	cli_new_warnings(ctx, orig, d);
out:
	dlg_free(orig);
	dlg_free(d);
	return rc;
}
