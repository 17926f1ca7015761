/*
 * cmd-list.c: `dialogreg list`: the register, filtered and sorted by the
 * store and streamed row by row into the report, so a register of any
 * size is never held in memory. "Overdue" is a domain rule, so that
 * filter is applied here on each row.
 */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "commands.h"

static const struct {
	const char	*name;
	enum store_sort	 sort;
} sorts[] = {
	{ "ref",	SORT_REF },
	{ "title",	SORT_TITLE },
	{ "state",	SORT_STATE },
	{ "deadline",	SORT_DEADLINE },
	{ "start",	SORT_START },
	{ "updated",	SORT_UPDATED },
	{ "body",	SORT_BODY },
};

struct list_arg {
	struct cli_ctx		*ctx;
	struct report_list	*rl;
	int			 overdue;
	long			 limit;
	long			 shown;
};

static int
list_row(const struct dialogue *d, void *arg)
{
	struct list_arg *la = arg;

	if (la->overdue && !dlg_is_overdue(d, &la->ctx->settings,
	    la->ctx->today))
		return 0;
	report_list_row(la->rl, d);
	la->shown++;
	return la->limit > 0 && la->shown >= la->limit;
}

/* Parse "decided,planned" into a bitmask of states. */
static int
parse_states(struct cli_ctx *ctx, const char *arg, unsigned *mask)
{
	char *copy = xstrdup(arg), *tok, *save = NULL;
	struct dlg_error err;
	enum dlg_state st;
	int rc = 0;

	*mask = 0;
	for (tok = strtok_r(copy, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		err_clear(&err);
		if (dlg_state_parse(tok, &st, &err) != 0) {
			cli_usage(ctx, ctx->cmd, "%s", err.msg);
			rc = -1;
			break;
		}
		*mask |= 1u << st;
	}
	if (rc == 0 && *mask == 0) {
		cli_usage(ctx, ctx->cmd, _("--state needs at least one "
		    "state"));
		rc = -1;
	}
	free(copy);
	return rc;
}

int
cmd_list(struct cli_ctx *ctx, int argc, char **argv)
{
	enum { O_STATE = 1, O_BODY, O_YEAR, O_TEXT, O_OVERDUE, O_SORT,
	    O_REVERSE, O_LIMIT, O_FORMAT };
	static const struct option opts[] = {
		{ "state",	required_argument,	NULL, O_STATE },
		{ "body",	required_argument,	NULL, O_BODY },
		{ "year",	required_argument,	NULL, O_YEAR },
		{ "text",	required_argument,	NULL, O_TEXT },
		{ "overdue",	no_argument,		NULL, O_OVERDUE },
		{ "sort",	required_argument,	NULL, O_SORT },
		{ "reverse",	no_argument,		NULL, O_REVERSE },
		{ "limit",	required_argument,	NULL, O_LIMIT },
		{ "format",	required_argument,	NULL, O_FORMAT },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct store_query q = { 0 };
	struct list_arg la = { 0 };
	enum report_format fmt = FMT_TEXT;
	struct dlg_error err;
	long long n;
	size_t i;
	int c, rc;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case O_STATE:
			if (parse_states(ctx, optarg, &q.states) != 0)
				return ERR_USAGE;
			break;
		case O_BODY:
			q.body = optarg;
			break;
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
		case O_TEXT:
			q.text = optarg;
			break;
		case O_OVERDUE:
			la.overdue = 1;
			break;
		case O_SORT:
			for (i = 0; i < sizeof sorts / sizeof sorts[0]; i++)
				if (strcmp(sorts[i].name, optarg) == 0)
					break;
			if (i == sizeof sorts / sizeof sorts[0])
				return cli_usage(ctx, ctx->cmd, _("unknown "
				    "sort key '%s'; use ref, title, state, "
				    "deadline, start, updated or body"),
				    optarg);
			q.sort = sorts[i].sort;
			break;
		case O_REVERSE:
			q.desc = 1;
			break;
		case O_LIMIT:
			if (cli_parse_number(ctx, "--limit", optarg, 1,
			    &n) != 0)
				return ERR_USAGE;
			la.limit = (long)n;
			break;
		case O_FORMAT:
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
	/* The overdue filter runs here, so the limit does too. */
	if (!la.overdue)
		q.limit = la.limit;
	la.ctx = ctx;
	la.rl = report_list_begin(stdout, fmt, &ctx->settings, ctx->today);
	err_clear(&err);
	rc = store_list(ctx->st, &q, list_row, &la, &err);
	report_list_end(la.rl);
	if (rc != 0)
		return cli_report_error(ctx, &err);
	return 0;
}
