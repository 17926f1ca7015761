/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-calendar.c: `dialogreg calendar [--body B] -o FILE`: the calendar
 * for officials and politicians, one iCalendar file of every session to
 * come and, as all-day events, the decision deadlines of the questions
 * still to be decided, of all dialogues but rejected ones, or of those
 * that concern one body. Events are those of the public calendar
 * (report_calendar), so the two never disagree; "-o -" writes to
 * standard output, which then holds only the calendar.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"
#include "commands.h"
#include "outfile.h"

struct gather {
	struct cli_ctx		 *ctx;
	char			  today[16];
	struct dialogue		**v;
	size_t			  n, alloc;
	int			  rc;
};

/* From its light load: d may have a session or a deadline from today
 * on (ISO dates compare as text). */
static int	cmd_calendar(struct cli_ctx *, int, char **);

const struct cli_command cmd_calendar_entry = {
	.name = "calendar",
	.usage = N_("[--body BODY] -o FILE"),
	.help = N_("Write the sessions to come and the decision deadlines as a "
	    "calendar file"),
	.options = N_("  --body BODY         only dialogues that concern this "
	    "body (its name or\n"
	    "                      abbreviation)\n"
	    "  -o, --output FILE   the calendar file (iCalendar); - for "
	    "standard output\n"),
	.run = cmd_calendar
};

static int
may_have_events(const struct gather *g, const struct dialogue *d)
{
	const char *dl = dlg_get(d, F_DECISION_DEADLINE);

	if (d->state == DLG_REJECTED)
		return 0;
	if (d->n_sessions > 0 && d->last_session != NULL &&
	    strcmp(d->last_session, g->today) >= 0)
		return 1;
	return dl != NULL && strcmp(dl, g->today) >= 0;
}

static int
gather_one(const struct dialogue *d, void *arg)
{
	struct gather *g = arg;
	struct dialogue *full;
	struct dlg_error err;

	if (!may_have_events(g, d))
		return 0;
	err_clear(&err);
	if (store_dialogue_load(g->ctx->st, d->ref, &full, &err) != 0) {
		g->rc = cli_report_error(g->ctx, &err);
		return 1;
	}
	if (g->n == g->alloc) {
		g->alloc = g->alloc ? 2 * g->alloc : 32;
		g->v = xrealloc(g->v, g->alloc * sizeof *g->v);
	}
	g->v[g->n++] = full;
	return 0;
}

/* "Citizen dialogues in Strömsby kommun: sessions and decision
 * deadlines", or of the body. Caller frees. */
static char *
calendar_name(const struct cli_ctx *ctx, const char *body)
{
	const char *town = ctx->settings.municipality;
	char *t, *w;

	if (body != NULL)
		/* TRANSLATORS: the name of the calendar of one body; %s is
		   the body */
		t = xasprintf(_("%s: citizen dialogues, sessions and decision "
		    "deadlines"), body);
	else if (town != NULL && *town != '\0')
		/* TRANSLATORS: the name of the officials' calendar; %s is
		   the municipality */
		t = xasprintf(_("Citizen dialogues in %s: sessions and "
		    "decision deadlines"), town);
	else
		t = xstrdup(_("Citizen dialogues: sessions and decision "
		    "deadlines"));
	w = dlg_words(&ctx->settings, t);
	free(t);
	return w;
}

/* Write the calendar of v to path ("-": standard output). */
static int
write_calendar(struct cli_ctx *ctx, const char *path,
    const struct report_cal_in *in, struct gather *g)
{
	struct report_cal_count count;
	struct dlg_error err;
	struct cli_file f;
	int rc;

	err_clear(&err);
	if (strcmp(path, "-") == 0) {
		if (report_calendar(stdout, in,
		    (const struct dialogue *const *)g->v, g->n, &count,
		    &err) != 0)
			return cli_report_error(ctx, &err);
		if (fflush(stdout) != 0 || ferror(stdout))
			return cli_error(ctx, ERR_STORAGE, _("cannot write the "
			    "output: %s"), cli_write_reason(errno));
		return 0;
	}
	if ((rc = cli_file_open(ctx, &f, path, 0)) != 0)
		return rc;
	if (report_calendar(f.fp, in, (const struct dialogue *const *)g->v,
	    g->n, &count, &err) != 0) {
		cli_file_abort(&f);
		return cli_report_error(ctx, &err);
	}
	if ((rc = cli_file_commit(ctx, &f)) != 0)
		return rc;
	/* Beside the data, so that a pipe gets only the calendar. */
	fprintf(stderr, _("Wrote the calendar %s: sessions %zu, decision "
	    "deadlines %zu.\n"), path, count.sessions, count.deadlines);
	return 0;
}

static int
cmd_calendar(struct cli_ctx *ctx, int argc, char **argv)
{
	enum { O_BODY = 1 };
	static const struct option opts[] = {
		{ "body",	required_argument,	NULL, O_BODY },
		{ "output",	required_argument,	NULL, 'o' },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const struct dlg_body *b;
	struct report_cal_in in;
	struct store_query q;
	struct gather g;
	struct dlg_error err;
	const char *path = NULL, *body = NULL;
	char *uid = NULL, *name = NULL;
	size_t i;
	int ch, rc;

	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, ":ho:", opts, NULL)) != -1) {
		switch (ch) {
		case 'o':
			path = optarg;
			break;
		case O_BODY:
			body = optarg;
			break;
		case 'h':
			return cli_help(ctx);
		default:
			return cli_option_error(ctx, ch, argv);
		}
	}
	if (optind < argc)
		return cli_usage(ctx, ctx->cmd, _("unexpected argument '%s'"),
		    argv[optind]);
	if (path == NULL || *path == '\0')
		return cli_usage(ctx, ctx->cmd, _("give the file for the "
		    "calendar with -o FILE, or -o - for standard output"));
	if (body != NULL && *body == '\0')
		return cli_usage(ctx, ctx->cmd, _("--body needs the name of a "
		    "body"));
	if (strcmp(path, "-") != 0 && cli_file_target_ok(ctx, path) != 0)
		return ERR_USAGE;
	if ((rc = cli_open_read(ctx)) != 0)
		return rc;
	/* A body of the register's list by its name or abbreviation, as
	 * the dialogues hold it. */
	if (body != NULL && (b = dlg_bodies_find(&ctx->bodies, body)) != NULL)
		body = b->name;
	else if (body != NULL && ctx->bodies.n > 0)
		return cli_error(ctx, ERR_REFUSED, _("'%s' is not in the "
		    "register's list of bodies; see 'dialogreg body list'"),
		    body);

	memset(&g, 0, sizeof g);
	g.ctx = ctx;
	dlg_date_format(ctx->today, g.today, sizeof g.today);
	memset(&q, 0, sizeof q);
	q.sort = SORT_REF;
	q.body = body;
	err_clear(&err);
	if (store_list(ctx->st, &q, gather_one, &g, &err) != 0)
		rc = cli_report_error(ctx, &err);
	else if ((rc = g.rc) == 0 &&
	    store_register_uid(ctx->st, &uid, &err) != 0)
		rc = cli_report_error(ctx, &err);
	if (rc == 0) {
		memset(&in, 0, sizeof in);
		in.s = &ctx->settings;
		in.uid = uid;
		in.name = name = calendar_name(ctx, body);
		in.upcoming = 1;
		in.today = ctx->today;
		in.deadlines = 1;
		rc = write_calendar(ctx, path, &in, &g);
	}
	for (i = 0; i < g.n; i++)
		dlg_free(g.v[i]);
	free(g.v);
	free(uid);
	free(name);
	return rc;
}
