/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-new.c: `dialogreg new FIELD=VALUE...`: register a dialogue in state
 * proposed. Every bad value and every missing item is reported at once,
 * and nothing is stored unless all is well. The reference goes to
 * stdout, warnings (e.g. a gate answered no: not a citizen dialogue
 * [T2.3][S:Definition]) to stderr.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "i18n.h"
#include "commands.h"

static int	cmd_new(struct cli_ctx *, int, char **);

/*
 * At a terminal, the confirmation of what a citizen dialogue is not
 * [T2][S:Definition]: 1 when it is opinion-forming, marketing or
 * persuasion (nothing is registered), 0 to go on. A script (standard
 * input or error not a terminal) is not asked.
 */
static int
is_persuasion(void)
{
	char line[64], *p;

	if (!isatty(STDIN_FILENO) || !isatty(STDERR_FILENO))
		return 0;
	fprintf(stderr, "%s\n%s ", _("A citizen dialogue is about listening "
	    "and being listened to. It is not opinion-forming, marketing, or "
	    "persuading people that a message or a decision is the right one "
	    "[T2][S:Definition]."), _("Is this dialogue any of these? "
	    "[y/N]"));
	fflush(stderr);
	if (fgets(line, sizeof line, stdin) == NULL)
		return 0;
	for (p = line; *p == ' ' || *p == '\t'; p++)
		;
	p[strcspn(p, " \t\r\n")] = '\0';
	/* TRANSLATORS: the answers to "[y/N]" that mean yes, as typed */
	return strcasecmp(p, "y") == 0 || strcasecmp(p, "yes") == 0 ||
	    strcasecmp(p, _("y")) == 0 || strcasecmp(p, _("yes")) == 0 ||
	    strcasecmp(p, "j") == 0 || strcasecmp(p, "ja") == 0;
}

const struct cli_command cmd_new_entry = {
	.name = "new",
	.usage = N_("FIELD=VALUE..."),
	.help = N_("Register a new dialogue and print its reference"),
	.run = cmd_new
};

static int
cmd_new(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help",	no_argument,	NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct dlg_issues missing = { 0 };
	struct dialogue *d = NULL;
	struct dlg_error err;
	int c, rc;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(ctx);
		return cli_option_error(ctx, c, argv);
	}
	if (optind >= argc)
		return cli_usage(ctx, ctx->cmd, _("give the fields of the new "
		    "dialogue as FIELD=VALUE"));
	if ((rc = cli_open_rc(ctx, STORE_CREATE)) != 0)
		return rc;
	d = dlg_new();
	if ((rc = cli_apply_fields(ctx, d, argc - optind, argv + optind,
	    NULL, NULL)) != 0)
		goto out;
	dlg_guard(d, DLG_PROPOSED, NULL, &ctx->settings, ctx->today,
	    &missing);
	if (missing.n > 0) {
		cli_error(ctx, ERR_REFUSED, ngettext(
		    "cannot register the dialogue: %zu item is missing:",
		    "cannot register the dialogue: %zu items are missing:",
		    (unsigned long)missing.n), missing.n);
		cli_print_issues(stderr, &missing, "  - ");
		rc = ERR_REFUSED;
		goto out;
	}
	if (is_persuasion()) {
		rc = cli_error(ctx, ERR_REFUSED, "%s", _("nothing was "
		    "registered: opinion-forming, marketing and persuasion are "
		    "not citizen dialogues [T2][S:Definition]"));
		goto out;
	}
	err_clear(&err);
	if (store_dialogue_create(ctx->st, d, ctx->today, ctx->who,
	    &err) != 0) {
		rc = cli_report_error(ctx, &err);
		goto out;
	}
	printf("%s\n", d->ref);
	fflush(stdout);
	cli_new_warnings(ctx, NULL, d);
out:
	dlg_issues_clear(&missing);
	dlg_free(d);
	return rc;
}
