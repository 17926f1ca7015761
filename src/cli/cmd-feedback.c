/*
 * cmd-feedback.c: `dialogreg feedback add|edit|list`: what the
 * participants were told afterwards, when, how and by whom
 * [T4][S:Principer]. The step to fed_back needs at least one. add and
 * edit take the same options; edit changes only the ones given.
 */
#include "config.h"

#include <getopt.h>
#include <string.h>

#include "i18n.h"
#include "commands.h"

enum { O_DATE = 1, O_CHANNELS, O_TEXT, O_SENDER, O_IFVERSION };

#define FEEDBACK_OPTIONS \
	{ "date",	required_argument,	NULL, O_DATE }, \
	{ "channels",	required_argument,	NULL, O_CHANNELS }, \
	{ "text",	required_argument,	NULL, O_TEXT }, \
	{ "sender",	required_argument,	NULL, O_SENDER }, \
	{ "help",	no_argument,		NULL, 'h' }

/* The options of add and edit (borrowing optarg); bit 1u << O_* of
 * given for each one given. */
struct feedback_opts {
	struct dlg_feedback	 f;
	unsigned		 given;
	long long		 if_version;	/* 0 = the version loaded */
};

/* Returns -1 to go on, else the exit status to return (help, usage). */
static int
feedback_options(struct cli_ctx *ctx, int argc, char **argv,
    const struct option *opts, struct feedback_opts *o)
{
	int c;

	memset(o, 0, sizeof *o);
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case O_DATE:
			o->f.date = optarg;
			break;
		case O_CHANNELS:
			o->f.channels = optarg;
			break;
		case O_TEXT:
			o->f.text = optarg;
			break;
		case O_SENDER:
			o->f.sender = optarg;
			break;
		case O_IFVERSION:
			if (cli_parse_number(ctx, "--if-version", optarg, 1,
			    &o->if_version) != 0)
				return ERR_USAGE;
			break;
		case 'h':
			return cli_help(ctx);
		default:
			return cli_option_error(ctx, c, argv);
		}
		o->given |= 1u << c;
	}
	return -1;
}

static int
feedback_add(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		FEEDBACK_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	struct feedback_opts o;
	struct dialogue *before = NULL;
	struct dlg_error err;
	int rc;

	if ((rc = feedback_options(ctx, argc, argv, opts, &o)) >= 0)
		return rc;
	if ((rc = cli_child_args(ctx, argc, argv, NULL, NULL)) != 0)
		return rc;
	if (o.f.date == NULL || o.f.channels == NULL || o.f.text == NULL)
		return cli_usage(ctx, ctx->cmd, _("feedback needs --date, "
		    "--channels and --text"));
	if ((rc = cli_load(ctx, argv[optind], 1, &before)) != 0)
		return rc;
	err_clear(&err);
	if (dlg_feedback_check(&o.f, &err) != 0 ||
	    store_feedback_add(ctx->st, before->ref, &o.f, ctx->who,
	    &err) != 0) {
		rc = cli_report_error(ctx, &err);
		dlg_free(before);
		return rc;
	}
	printf(_("Added feedback %lld to %s.\n"), o.f.id, before->ref);
	cli_child_after(ctx, before);
	return 0;
}

static int
feedback_edit(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		FEEDBACK_OPTIONS,
		{ "if-version",	required_argument,	NULL, O_IFVERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct feedback_opts o;
	struct dlg_feedback f;
	struct dialogue *before = NULL;
	struct dlg_error err;
	long long id, version, now;
	size_t i;
	int rc;

	if ((rc = feedback_options(ctx, argc, argv, opts, &o)) >= 0)
		return rc;
	if ((rc = cli_child_args(ctx, argc, argv, _("which feedback? Give "
	    "its number (see 'dialogreg feedback list REF')"), &id)) != 0)
		return rc;
	if ((o.given & ~(1u << O_IFVERSION)) == 0)
		return cli_usage(ctx, ctx->cmd, _("give what to change, for "
		    "example --text TEXT"));
	if ((rc = cli_load(ctx, argv[optind], 1, &before)) != 0)
		return rc;
	for (i = 0; i < before->nfeedback; i++)
		if (before->feedback[i].id == id)
			break;
	if (i == before->nfeedback) {
		rc = cli_error(ctx, ERR_NOTFOUND, _("%s has no feedback %lld; "
		    "see 'dialogreg feedback list %s'"), before->ref, id,
		    before->ref);
		dlg_free(before);
		return rc;
	}
	/* The stored feedback with the options given over it. */
	f = before->feedback[i];
	if (o.given & (1u << O_DATE))
		f.date = o.f.date;
	if (o.given & (1u << O_CHANNELS))
		f.channels = o.f.channels;
	if (o.given & (1u << O_TEXT))
		f.text = o.f.text;
	if (o.given & (1u << O_SENDER))
		f.sender = o.f.sender;
	err_clear(&err);
	if (store_feedback_update(ctx->st, before->ref, &f, o.if_version > 0 ?
	    o.if_version : before->version, ctx->who, &err) != 0) {
		rc = cli_report_error(ctx, &err);
		dlg_free(before);
		return rc;
	}
	version = before->version;
	/* argv[optind] is the reference that was found. */
	if ((now = cli_child_after(ctx, before)) == version)
		printf(_("%s: nothing to change; it stays at version %lld.\n"),
		    argv[optind], version);
	else
		printf(_("Changed feedback %lld of %s; it is now at version "
		    "%lld.\n"), id, argv[optind], now);
	return 0;
}

static void
show_feedback(const struct dialogue *d, enum report_format fmt)
{
	if (fmt == FMT_TEXT && d->nfeedback == 0)
		printf(_("%s has no feedback yet.\n"), d->ref);
	else
		report_feedback(stdout, fmt, d);
}

int
cmd_feedback(struct cli_ctx *ctx, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage(ctx, ctx->cmd,
		    _("missing subcommand: add, edit or list"));
	if (strcmp(argv[1], "add") == 0)
		return feedback_add(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "edit") == 0)
		return feedback_edit(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "list") == 0)
		return cli_child_list(ctx, argc - 1, argv + 1, show_feedback);
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return cli_help(ctx);
	return cli_usage(ctx, ctx->cmd, _("unknown subcommand '%s'"),
	    argv[1]);
}
