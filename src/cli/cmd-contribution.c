/*
 * cmd-contribution.c: `dialogreg contribution add|list|erase-contact`:
 * what residents said. Contact details are personal data (GDPR): stored
 * only when given, listed only with --with-contact (else a "given"
 * marker), and erasable without deleting the contribution; the history
 * never holds them.
 */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "commands.h"

enum { O_TEXT = 1, O_CHANNEL, O_SESSION, O_THEMES, O_CONTACT,
	O_IFVERSION };

#define CONTRIBUTION_OPTIONS \
	{ "text",	required_argument,	NULL, O_TEXT }, \
	{ "channel",	required_argument,	NULL, O_CHANNEL }, \
	{ "session",	required_argument,	NULL, O_SESSION }, \
	{ "themes",	required_argument,	NULL, O_THEMES }, \
	{ "contact",	required_argument,	NULL, O_CONTACT }, \
	{ "help",	no_argument,		NULL, 'h' }

/* The options of add and edit (borrowing optarg); bit 1u << O_* of
 * given for each one given. */
struct contribution_opts {
	struct dlg_contribution	 c;
	unsigned		 given;
	long long		 if_version;	/* 0 = the version loaded */
};

/* Returns -1 to go on, else the exit status to return (help, usage). */
static int
contribution_options(struct cli_ctx *ctx, int argc, char **argv,
    const struct option *opts, struct contribution_opts *o)
{
	int c;

	memset(o, 0, sizeof *o);
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case O_TEXT:
			o->c.text = optarg;
			break;
		case O_CHANNEL:
			/* Known names become the stored token; anything else
			 * is left for the domain's check to refuse. */
			o->c.channel = (char *)dlg_channel_parse(optarg);
			if (o->c.channel == NULL)
				o->c.channel = optarg;
			break;
		case O_SESSION:
			/* 0: from no session. */
			if (cli_parse_number(ctx, "--session", optarg, 0,
			    &o->c.session_id) != 0)
				return ERR_USAGE;
			break;
		case O_THEMES:
			o->c.themes = optarg;
			break;
		case O_CONTACT:
			/* Empty: none (edit: erase them). */
			o->c.contact = *optarg != '\0' ? optarg : NULL;
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

/* From a session: a meeting, unless said otherwise. */
static void
default_channel(struct dlg_contribution *co)
{
	static char meeting[] = "meeting";

	if (co->session_id > 0 && (co->channel == NULL ||
	    *co->channel == '\0'))
		co->channel = meeting;
}

static int
contribution_add(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		CONTRIBUTION_OPTIONS,
		{ NULL, 0, NULL, 0 }
	};
	struct contribution_opts o;
	struct dlg_contribution *co = &o.c;
	struct dialogue *d = NULL;
	struct dlg_error err;
	size_t i;
	int rc;

	if ((rc = contribution_options(ctx, argc, argv, opts, &o)) >= 0)
		return rc;
	if ((rc = cli_child_args(ctx, argc, argv, NULL, NULL)) != 0)
		return rc;
	if (co->text == NULL)
		return cli_usage(ctx, ctx->cmd, _("give the contribution with "
		    "--text TEXT"));
	default_channel(co);
	if ((rc = cli_load(ctx, argv[optind], 1, &d)) != 0)
		return rc;
	err_clear(&err);
	if (dlg_contribution_check(co, &err) != 0) {
		rc = cli_report_error(ctx, &err);
		goto out;
	}
	if (co->session_id > 0) {
		for (i = 0; i < d->nsessions; i++)
			if (d->sessions[i].id == co->session_id)
				break;
		if (i == d->nsessions) {
			rc = cli_error(ctx, ERR_NOTFOUND, _("%s has no session "
			    "%lld; see 'dialogreg session list %s'"), d->ref,
			    co->session_id, d->ref);
			goto out;
		}
	}
	if (store_contribution_add(ctx->st, d->ref, co, ctx->who,
	    &err) != 0) {
		rc = cli_report_error(ctx, &err);
		goto out;
	}
	printf(_("Added contribution %lld to %s.\n"), co->id, d->ref);
	free(co->created);	/* set by the store */
out:
	dlg_free(d);
	return rc;
}

/* store_contributions' callback: a copy of the one asked for. */
struct find_arg {
	long long		 id;
	struct dlg_contribution	 c;
	int			 found;
};

static int
find_contribution(const struct dlg_contribution *c, void *arg)
{
	struct find_arg *fa = arg;

	if (c->id != fa->id)
		return 0;
	fa->c.id = c->id;
	fa->c.session_id = c->session_id;
	fa->c.channel = c->channel != NULL ? xstrdup(c->channel) : NULL;
	fa->c.channel_text = c->channel_text != NULL ?
	    xstrdup(c->channel_text) : NULL;
	fa->c.text = c->text != NULL ? xstrdup(c->text) : NULL;
	fa->c.themes = c->themes != NULL ? xstrdup(c->themes) : NULL;
	fa->c.contact = c->contact != NULL ? xstrdup(c->contact) : NULL;
	fa->found = 1;
	return 1;
}

static int
contribution_edit(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		CONTRIBUTION_OPTIONS,
		{ "if-version",	required_argument,	NULL, O_IFVERSION },
		{ NULL, 0, NULL, 0 }
	};
	struct contribution_opts o;
	struct find_arg fa;
	struct dlg_contribution co;
	struct dialogue *before = NULL;
	struct dlg_error err;
	long long id, version, now;
	int rc;

	memset(&fa, 0, sizeof fa);
	if ((rc = contribution_options(ctx, argc, argv, opts, &o)) >= 0)
		return rc;
	if ((rc = cli_child_args(ctx, argc, argv, _("which contribution? "
	    "Give its number (see 'dialogreg contribution list REF')"),
	    &id)) != 0)
		return rc;
	if ((o.given & ~(1u << O_IFVERSION)) == 0)
		return cli_usage(ctx, ctx->cmd, _("give what to change, for "
		    "example --text TEXT"));
	if ((rc = cli_load(ctx, argv[optind], 1, &before)) != 0)
		return rc;
	err_clear(&err);
	fa.id = id;
	if (store_contributions(ctx->st, before->ref, find_contribution, &fa,
	    &err) != 0) {
		rc = cli_report_error(ctx, &err);
		goto out;
	}
	if (!fa.found) {
		rc = cli_error(ctx, ERR_NOTFOUND, _("%s has no contribution "
		    "%lld; see 'dialogreg contribution list %s'"), before->ref,
		    id, before->ref);
		goto out;
	}
	/* The stored contribution with the options given over it. */
	co = fa.c;
	if (o.given & (1u << O_TEXT))
		co.text = o.c.text;
	if (o.given & (1u << O_CHANNEL))
		co.channel = o.c.channel;
	if (o.given & (1u << O_SESSION))
		co.session_id = o.c.session_id;
	if (o.given & (1u << O_THEMES))
		co.themes = o.c.themes;
	if (o.given & (1u << O_CONTACT))
		co.contact = o.c.contact;
	if (!(o.given & (1u << O_CHANNEL)))
		default_channel(&co);
	if (store_contribution_update(ctx->st, before->ref, &co,
	    o.if_version > 0 ? o.if_version : before->version, ctx->who,
	    &err) != 0) {
		rc = cli_report_error(ctx, &err);
		goto out;
	}
	version = before->version;
	now = cli_child_after(ctx, before);
	before = NULL;
	/* argv[optind] is the reference that was found. */
	if (now == version)
		printf(_("%s: nothing to change; it stays at version %lld.\n"),
		    argv[optind], version);
	else
		printf(_("Changed contribution %lld of %s; it is now at "
		    "version %lld.\n"), id, argv[optind], now);
out:
	dlg_contribution_clear(&fa.c);
	dlg_free(before);
	return rc;
}

static const struct report_column cols[] = {
	/* TRANSLATORS: column header: the number of a contribution */
	{ "id", N_("No."), 0, RCOL_NUMBER },
	/* TRANSLATORS: column header: when a contribution was recorded */
	{ "created", N_("Recorded"), 0, 0 },
	/* TRANSLATORS: column header: meeting, web, letter, email, survey */
	{ "channel", N_("Channel"), 0, 0 },
	/* TRANSLATORS: column header: the session a contribution came from */
	{ "session", N_("Session"), 0, RCOL_NUMBER },
	/* TRANSLATORS: column header: theme tags */
	{ "themes", N_("Themes"), 24, 0 },
	/* TRANSLATORS: column header: contact details of a resident */
	{ "contact", N_("Contact"), 30, 0 },
	/* TRANSLATORS: column header: what the resident said */
	{ "text", N_("Text"), 0, RCOL_BLOCK },
	/* Last: the text shows it in the channel's cell instead. */
	/* TRANSLATORS: column header: an imported channel the register
	   does not know, as the file wrote it */
	{ "channel_text", N_("Channel as written"), 0, 0 },
};
#define NCOLS (sizeof cols / sizeof cols[0])

struct list_arg {
	struct report_table	*t;
	enum report_format	 fmt;
	int			 with_contact;
};

static int
contribution_row(const struct dlg_contribution *co, void *arg)
{
	struct list_arg *la = arg;
	const char *cells[NCOLS], *contact = NULL;
	char id[32], sess[32], *shown;
	int text = la->fmt == FMT_TEXT;

	snprintf(id, sizeof id, "%lld", co->id);
	snprintf(sess, sizeof sess, "%lld", co->session_id);
	if (co->contact != NULL && la->with_contact)
		contact = co->contact;
	else if (co->contact != NULL)
		contact = text ?
		    /* TRANSLATORS: in place of contact details not shown */
		    _("(given)") : "given";
	else if (co->contact_erased)
		contact = text ?
		    /* TRANSLATORS: contact details that were erased (GDPR) */
		    _("(erased)") : "erased";
	cells[0] = id;
	cells[1] = co->created;
	shown = dlg_channel_shown(co);
	cells[2] = text ? shown : co->channel;
	cells[3] = co->session_id > 0 ? sess : NULL;
	cells[4] = co->themes;
	cells[5] = contact;
	cells[6] = co->text;
	cells[7] = co->channel_text;
	report_table_row(la->t, cells);
	free(shown);
	return 0;
}

static int
contribution_list(struct cli_ctx *ctx, int argc, char **argv)
{
	enum { O_FORMAT = 1, O_WITH };
	static const struct option opts[] = {
		{ "format",	required_argument,	NULL, O_FORMAT },
		{ "with-contact", no_argument,		NULL, O_WITH },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct list_arg la = { NULL, FMT_TEXT, 0 };
	struct dialogue *d;
	struct dlg_error err;
	long n;
	int c, rc;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case O_FORMAT:
			if (cli_parse_format(ctx, optarg, &la.fmt) != 0)
				return ERR_USAGE;
			break;
		case O_WITH:
			la.with_contact = 1;
			break;
		case 'h':
			return cli_help(ctx);
		default:
			return cli_option_error(ctx, c, argv);
		}
	}
	if ((rc = cli_child_args(ctx, argc, argv, NULL, NULL)) != 0)
		return rc;
	if ((rc = cli_load(ctx, argv[optind], 0, &d)) != 0)
		return rc;
	err_clear(&err);
	la.t = report_table_begin(stdout, la.fmt, cols,
	    la.fmt == FMT_TEXT ? NCOLS - 1 : NCOLS);
	rc = store_contributions(ctx->st, d->ref, contribution_row, &la,
	    &err);
	n = report_table_end(la.t);
	if (rc != 0)
		rc = cli_report_error(ctx, &err);
	else if (n == 0 && la.fmt == FMT_TEXT)
		printf(_("%s has no contributions yet.\n"), d->ref);
	dlg_free(d);
	return rc;
}

static int
contribution_erase(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help",	no_argument,	NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct dialogue *d;
	struct dlg_error err;
	long long id;
	int c, rc;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(ctx);
		return cli_option_error(ctx, c, argv);
	}
	if ((rc = cli_child_args(ctx, argc, argv, _("which contribution? "
	    "Give its number (see 'dialogreg contribution list REF')"),
	    &id)) != 0)
		return rc;
	if ((rc = cli_load(ctx, argv[optind], 1, &d)) != 0)
		return rc;
	err_clear(&err);
	if (store_contribution_erase_contact(ctx->st, d->ref, id, ctx->who,
	    &err) != 0)
		rc = cli_report_error(ctx, &err);
	else
		printf(_("Erased the contact details of contribution %lld of "
		    "%s.\n"), id, d->ref);
	dlg_free(d);
	return rc;
}

int
cmd_contribution(struct cli_ctx *ctx, int argc, char **argv)
{
	if (argc < 2)
		return cli_usage(ctx, ctx->cmd, _("missing subcommand: add, "
		    "edit, list or erase-contact"));
	if (strcmp(argv[1], "add") == 0)
		return contribution_add(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "edit") == 0)
		return contribution_edit(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "list") == 0)
		return contribution_list(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "erase-contact") == 0)
		return contribution_erase(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return cli_help(ctx);
	return cli_usage(ctx, ctx->cmd, _("unknown subcommand '%s'"),
	    argv[1]);
}
