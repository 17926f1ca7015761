/*
 * cmd-session.c: `dialogreg session add|list`: the sessions (dialogue
 * occasions) of a dialogue. Counts only, never data about a person. A
 * session without politicians is a user dialogue, not a citizen dialogue
 * [T2.3]: the domain's warning is printed when one is added.
 */
#include "config.h"

#include <getopt.h>
#include <string.h>

#include "i18n.h"
#include "commands.h"

static int
session_add(struct cli_ctx *ctx, int argc, char **argv)
{
	enum { O_DATE = 1, O_PLACE, O_METHOD, O_PART, O_BREAK, O_POL,
	    O_NOTES };
	static const struct option opts[] = {
		{ "date",	  required_argument,	NULL, O_DATE },
		{ "place",	  required_argument,	NULL, O_PLACE },
		{ "method",	  required_argument,	NULL, O_METHOD },
		{ "participants", required_argument,	NULL, O_PART },
		{ "breakdown",	  required_argument,	NULL, O_BREAK },
		{ "politicians",  required_argument,	NULL, O_POL },
		{ "notes",	  required_argument,	NULL, O_NOTES },
		{ "help",	  no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct dlg_session s;
	struct dialogue *before = NULL, *after = NULL;
	struct dlg_error err;
	const char *method;
	long long n;
	int c, rc;

	memset(&s, 0, sizeof s);
	s.participants = -1;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case O_DATE:
			s.date = optarg;
			break;
		case O_PLACE:
			s.place = optarg;
			break;
		case O_METHOD:
			s.method = optarg;
			break;
		case O_PART:
			if (cli_parse_number(ctx, "--participants", optarg, 0,
			    &n) != 0)
				return ERR_USAGE;
			s.participants = n;
			break;
		case O_BREAK:
			s.breakdown = optarg;
			break;
		case O_POL:
			s.politicians = optarg;
			break;
		case O_NOTES:
			s.notes = optarg;
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
	if (s.date == NULL)
		return cli_usage(ctx, ctx->cmd, _("give the date of the "
		    "session with --date YYYY-MM-DD"));
	if ((rc = cli_load(ctx, argv[optind], 1, &before)) != 0)
		return rc;
	err_clear(&err);
	if (dlg_session_check(&s, &err) != 0) {
		rc = cli_report_error(ctx, &err);
		goto out;
	}
	if (s.method != NULL && *s.method != '\0') {
		if ((method = dlg_methods_name(&ctx->methods,
		    s.method)) == NULL) {
			rc = cli_error(ctx, ERR_REFUSED, _("unknown method "
			    "'%s'; see 'dialogreg method list', or add it with "
			    "'dialogreg method add NAME STEP'"), s.method);
			goto out;
		}
		s.method = (char *)method;
	}
	if (store_session_add(ctx->st, before->ref, &s, ctx->who,
	    &err) != 0) {
		rc = cli_report_error(ctx, &err);
		goto out;
	}
	printf(_("Added session %lld to %s.\n"), s.id, before->ref);
	fflush(stdout);
	if (cli_load(ctx, before->ref, 1, &after) == 0)
		cli_new_warnings(ctx, before, after);
out:
	dlg_free(before);
	dlg_free(after);
	return rc;
}

static int
session_list(struct cli_ctx *ctx, int argc, char **argv)
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
	if (argc - optind != 1)
		return cli_usage(ctx, ctx->cmd, argc - optind < 1 ?
		    _("which dialogue? Give its reference") :
		    _("give one reference"));
	if ((rc = cli_load(ctx, argv[optind], 0, &d)) != 0)
		return rc;
	if (fmt == FMT_TEXT && d->nsessions == 0)
		printf(_("%s has no sessions yet.\n"), d->ref);
	else
		report_sessions(stdout, fmt, d);
	dlg_free(d);
	return 0;
}

int
cmd_session(struct cli_ctx *ctx, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage(ctx, ctx->cmd,
		    _("missing subcommand: add or list"));
	if (strcmp(argv[1], "add") == 0)
		return session_add(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "list") == 0)
		return session_list(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return cli_help(ctx);
	return cli_usage(ctx, ctx->cmd, _("unknown subcommand '%s'"),
	    argv[1]);
}
