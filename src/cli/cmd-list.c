/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-list.c: `dialogreg list`: the register, filtered and sorted by the
 * store and streamed row by row into the report, so a register of any
 * size is never held in memory; --after REF starts after REF by its sort
 * key (the next page), reading no row before it. "Overdue" is a domain
 * rule, so that filter is applied here on each row. The filters are
 * shared with `export` (cli_list_filter_*).
 */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "commands.h"

static int	cmd_list(struct cli_ctx *, int, char **);

const struct cli_command cmd_list_entry = {
	.name = "list",
	.usage = N_("[OPTIONS]"),
	.help = N_("List the dialogues in the register"),
	.options = N_("  --state S[,S...]    only dialogues in these "
	    "states\n"
	    "  --body NAME         only dialogues that concern this body\n"
	    "  --year YYYY         only dialogues registered this year\n"
	    "  --text WORDS        only dialogues whose title, question or "
	    "contributions\n"
	    "                      hold these words\n"
	    "  --overdue           only dialogues with feedback or "
	    "evaluation overdue\n"
	    "  --sort KEY          ref, title, state, deadline, start, "
	    "updated or body\n"
	    "  --reverse           the other way round\n"
	    "  --limit N           at most N dialogues\n"
	    "  --after REF         only the dialogues after REF in this "
	    "order\n"
	    "  --format FORMAT     text, csv or json\n"),
	.run = cmd_list
};

/* The sort keys of --sort. */
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
cli_list_filter_option(struct cli_ctx *ctx, struct cli_list_filter *f, int c,
    const char *arg)
{
	long long n;
	size_t i;

	switch (c) {
	case CLI_LO_STATE:
		if (parse_states(ctx, arg, &f->q.states) != 0)
			return ERR_USAGE;
		return 0;
	case CLI_LO_BODY:
		f->q.body = arg;
		return 0;
	case CLI_LO_YEAR:
		if (cli_parse_number(ctx, "--year", arg, 1000, &n) != 0)
			return ERR_USAGE;
		if (n > 9999)
			return cli_usage(ctx, ctx->cmd, _("--year needs a year "
			    "of four digits, not '%s'"), arg);
		f->q.year = (int)n;
		return 0;
	case CLI_LO_TEXT:
		f->q.text = arg;
		return 0;
	case CLI_LO_OVERDUE:
		f->overdue = 1;
		return 0;
	case CLI_LO_SORT:
		for (i = 0; i < sizeof sorts / sizeof sorts[0]; i++)
			if (strcmp(sorts[i].name, arg) == 0)
				break;
		if (i == sizeof sorts / sizeof sorts[0])
			return cli_usage(ctx, ctx->cmd, _("unknown sort key "
			    "'%s'; use ref, title, state, deadline, start, "
			    "updated or body"), arg);
		f->q.sort = sorts[i].sort;
		return 0;
	case CLI_LO_REVERSE:
		f->q.desc = 1;
		return 0;
	case CLI_LO_LIMIT:
		if (cli_parse_number(ctx, "--limit", arg, 1, &n) != 0)
			return ERR_USAGE;
		f->limit = (long)n;
		return 0;
	case CLI_LO_AFTER:
		f->after = arg;
		return 0;
	default:
		return CLI_OPT_OTHER;
	}
}

struct filter_arg {
	struct cli_ctx		*ctx;
	struct cli_list_filter	*f;
	int			(*cb)(const struct dialogue *d, void *arg);
	void			*arg;
	long			 shown;
};

static int
filter_row(const struct dialogue *d, void *arg)
{
	struct filter_arg *fa = arg;

	if (fa->f->overdue && !dlg_is_overdue(d, &fa->ctx->settings,
	    fa->ctx->today))
		return 0;
	if (fa->cb(d, fa->arg) != 0)
		return 1;
	fa->shown++;
	return fa->f->limit > 0 && fa->shown >= fa->f->limit;
}

int
cli_list_filter_run(struct cli_ctx *ctx, struct cli_list_filter *f,
    int (*cb)(const struct dialogue *d, void *arg), void *arg,
    struct dlg_error *err)
{
	struct filter_arg fa = { ctx, f, cb, arg, 0 };
	struct store_query q = f->q;
	const struct dlg_body *b;

	/* --body KS: the body the list abbreviates so, by its name. */
	if (q.body != NULL && (b = dlg_bodies_find(&ctx->bodies,
	    q.body)) != NULL)
		q.body = b->name;
	/* The next page after a row by its key: no row before it is read. */
	if (f->after != NULL && store_dialogue_id(ctx->st, f->after, &q.after,
	    err) != 0)
		return -1;
	/* The overdue filter runs here, so the limit does too. */
	q.limit = f->overdue ? 0 : f->limit;
	return store_list(ctx->st, &q, filter_row, &fa, err);
}

static int
list_row(const struct dialogue *d, void *arg)
{
	report_list_row(arg, d);
	return 0;
}

static int
cmd_list(struct cli_ctx *ctx, int argc, char **argv)
{
	enum { O_FORMAT = 1 };
	static const struct option opts[] = {
		CLI_LIST_OPTIONS,
		{ "format",	required_argument,	NULL, O_FORMAT },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct cli_list_filter f;
	struct report_list *rl;
	enum report_format fmt = FMT_TEXT;
	struct dlg_error err;
	int c, rc;

	memset(&f, 0, sizeof f);
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case O_FORMAT:
			if (cli_parse_format(ctx, optarg, &fmt) != 0)
				return ERR_USAGE;
			break;
		case 'h':
			return cli_help(ctx);
		default:
			if ((rc = cli_list_filter_option(ctx, &f, c,
			    optarg)) == CLI_OPT_OTHER)
				return cli_option_error(ctx, c, argv);
			if (rc != 0)
				return rc;
		}
	}
	if (optind < argc)
		return cli_usage(ctx, ctx->cmd, _("unexpected argument '%s'"),
		    argv[optind]);
	if ((rc = cli_open_read(ctx)) != 0)
		return rc;
	rl = report_list_begin(stdout, fmt, &ctx->settings, ctx->today);
	err_clear(&err);
	rc = cli_list_filter_run(ctx, &f, list_row, rl, &err);
	report_list_end(rl);
	if (rc != 0)
		return cli_report_error(ctx, &err);
	return 0;
}
