/*
 * cmd-session.c: `dialogreg session add|edit|list`: the sessions
 * (dialogue occasions) of a dialogue. Counts only, never data about a
 * person. A session without politicians is a user dialogue, not a citizen
 * dialogue [T2.3]: the domain's warning is printed when one is added or
 * edited so. add and edit take the same options; edit changes only the
 * ones given.
 */
#include "config.h"

#include <getopt.h>
#include <string.h>

#include "i18n.h"
#include "commands.h"

enum { O_DATE = 1, O_PLACE, O_METHOD, O_PART, O_BREAK, O_POL, O_NOTES,
	O_IFVERSION };

#define SESSION_OPTIONS \
	{ "date",	  required_argument,	NULL, O_DATE }, \
	{ "place",	  required_argument,	NULL, O_PLACE }, \
	{ "method",	  required_argument,	NULL, O_METHOD }, \
	{ "participants", required_argument,	NULL, O_PART }, \
	{ "breakdown",	  required_argument,	NULL, O_BREAK }, \
	{ "politicians",  required_argument,	NULL, O_POL }, \
	{ "notes",	  required_argument,	NULL, O_NOTES }, \
	{ "help",	  no_argument,		NULL, 'h' }

/* The options of add and edit, parsed into o (borrowing optarg); bit
 * 1u << O_* of *given for each one given. */
struct session_opts {
	struct dlg_session	 s;
	unsigned		 given;
	long long		 if_version;	/* 0 = the version loaded */
};

/* Returns -1 to go on, else the exit status to return (help, usage). */
static int
session_options(struct cli_ctx *ctx, int argc, char **argv,
    const struct option *opts, struct session_opts *o)
{
	long long n;
	int c;

	memset(o, 0, sizeof *o);
	o->s.participants = -1;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case O_DATE:
			o->s.date = optarg;
			break;
		case O_PLACE:
			o->s.place = optarg;
			break;
		case O_METHOD:
			o->s.method = optarg;
			break;
		case O_PART:
			/* Empty: not counted. */
			if (*optarg == '\0')
				n = -1;
			else if (cli_parse_number(ctx, "--participants",
			    optarg, 0, &n) != 0)
				return ERR_USAGE;
			o->s.participants = n;
			break;
		case O_BREAK:
			o->s.breakdown = optarg;
			break;
		case O_POL:
			o->s.politicians = optarg;
			break;
		case O_NOTES:
			o->s.notes = optarg;
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

/* A method given is looked up in the catalogue and stored as spelt
 * there. Returns 0 or the exit status of the error printed. */
static int
canonical_method(struct cli_ctx *ctx, struct dlg_session *s)
{
	const char *method;

	if (s->method == NULL || *s->method == '\0')
		return 0;
	if ((method = dlg_methods_name(&ctx->methods, s->method)) == NULL)
		return cli_error(ctx, ERR_REFUSED, _("unknown method '%s'; see "
		    "'dialogreg method list', or add it with 'dialogreg "
		    "method add NAME STEP'"), s->method);
	s->method = (char *)method;
	return 0;
}

static int
session_add(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		SESSION_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	struct session_opts o;
	struct dialogue *before = NULL;
	struct dlg_error err;
	int rc;

	if ((rc = session_options(ctx, argc, argv, opts, &o)) >= 0)
		return rc;
	if ((rc = cli_child_args(ctx, argc, argv, NULL, NULL)) != 0)
		return rc;
	if (o.s.date == NULL)
		return cli_usage(ctx, ctx->cmd, _("give the date of the "
		    "session with --date YYYY-MM-DD"));
	if ((rc = cli_load(ctx, argv[optind], 1, &before)) != 0)
		return rc;
	err_clear(&err);
	if (dlg_session_check(&o.s, &err) != 0) {
		rc = cli_report_error(ctx, &err);
		goto out;
	}
	if ((rc = canonical_method(ctx, &o.s)) != 0)
		goto out;
	if (store_session_add(ctx->st, before->ref, &o.s, ctx->who,
	    &err) != 0) {
		rc = cli_report_error(ctx, &err);
		goto out;
	}
	printf(_("Added session %lld to %s.\n"), o.s.id, before->ref);
	cli_child_after(ctx, before);
	return 0;
out:
	dlg_free(before);
	return rc;
}

static int
session_edit(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		SESSION_OPTIONS,
		{ "if-version",	required_argument,	NULL, O_IFVERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct session_opts o;
	struct dlg_session s;
	struct dialogue *before = NULL;
	struct dlg_error err;
	long long id, version, now;
	size_t i;
	int rc;

	if ((rc = session_options(ctx, argc, argv, opts, &o)) >= 0)
		return rc;
	if ((rc = cli_child_args(ctx, argc, argv, _("which session? Give its "
	    "number (see 'dialogreg session list REF')"), &id)) != 0)
		return rc;
	if ((o.given & ~(1u << O_IFVERSION)) == 0)
		return cli_usage(ctx, ctx->cmd, _("give what to change, for "
		    "example --place TEXT"));
	if ((rc = cli_load(ctx, argv[optind], 1, &before)) != 0)
		return rc;
	for (i = 0; i < before->nsessions; i++)
		if (before->sessions[i].id == id)
			break;
	if (i == before->nsessions) {
		rc = cli_error(ctx, ERR_NOTFOUND, _("%s has no session %lld; "
		    "see 'dialogreg session list %s'"), before->ref, id,
		    before->ref);
		goto out;
	}
	/* The stored session with the options given over it. */
	s = before->sessions[i];
	if (o.given & (1u << O_DATE))
		s.date = o.s.date;
	if (o.given & (1u << O_PLACE))
		s.place = o.s.place;
	if (o.given & (1u << O_METHOD))
		s.method = o.s.method;
	if (o.given & (1u << O_PART))
		s.participants = o.s.participants;
	if (o.given & (1u << O_BREAK))
		s.breakdown = o.s.breakdown;
	if (o.given & (1u << O_POL))
		s.politicians = o.s.politicians;
	if (o.given & (1u << O_NOTES))
		s.notes = o.s.notes;
	if ((o.given & (1u << O_METHOD)) &&
	    (rc = canonical_method(ctx, &s)) != 0)
		goto out;
	err_clear(&err);
	if (store_session_update(ctx->st, before->ref, &s, o.if_version > 0 ?
	    o.if_version : before->version, ctx->who, &err) != 0) {
		rc = cli_report_error(ctx, &err);
		goto out;
	}
	version = before->version;
	/* argv[optind] is the reference that was found. */
	if ((now = cli_child_after(ctx, before)) == version)
		printf(_("%s: nothing to change; it stays at version %lld.\n"),
		    argv[optind], version);
	else
		printf(_("Changed session %lld of %s; it is now at version "
		    "%lld.\n"), id, argv[optind], now);
	return 0;
out:
	dlg_free(before);
	return rc;
}

static void
show_sessions(const struct dialogue *d, enum report_format fmt)
{
	if (fmt == FMT_TEXT && d->nsessions == 0)
		printf(_("%s has no sessions yet.\n"), d->ref);
	else
		report_sessions(stdout, fmt, d);
}

int
cmd_session(struct cli_ctx *ctx, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage(ctx, ctx->cmd,
		    _("missing subcommand: add, edit or list"));
	if (strcmp(argv[1], "add") == 0)
		return session_add(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "edit") == 0)
		return session_edit(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "list") == 0)
		return cli_child_list(ctx, argc - 1, argv + 1, show_sessions);
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return cli_help(ctx);
	return cli_usage(ctx, ctx->cmd, _("unknown subcommand '%s'"),
	    argv[1]);
}
