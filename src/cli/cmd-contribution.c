/*
 * cmd-contribution.c: `dialogreg contribution add|list|erase-contact`:
 * what residents said. Contact details are personal data (GDPR): stored
 * only when given, listed only with --with-contact (else a "given"
 * marker), and erasable without deleting the contribution; the history
 * never holds them.
 */
#include "config.h"

#include <getopt.h>
#include <string.h>

#include "i18n.h"
#include "commands.h"

static int
need_ref(struct cli_ctx *ctx, int argc, char **argv, int nargs)
{
	if (argc - optind < 1)
		return cli_usage(ctx, ctx->cmd,
		    _("which dialogue? Give its reference"));
	if (nargs == 2 && argc - optind < 2)
		return cli_usage(ctx, ctx->cmd, _("which contribution? Give "
		    "its number (see 'dialogreg contribution list REF')"));
	if (argc - optind > nargs)
		return cli_usage(ctx, ctx->cmd, _("unexpected argument '%s'"),
		    argv[optind + nargs]);
	return 0;
}

static int
contribution_add(struct cli_ctx *ctx, int argc, char **argv)
{
	enum { O_TEXT = 1, O_CHANNEL, O_SESSION, O_THEMES, O_CONTACT };
	static const struct option opts[] = {
		{ "text",	required_argument,	NULL, O_TEXT },
		{ "channel",	required_argument,	NULL, O_CHANNEL },
		{ "session",	required_argument,	NULL, O_SESSION },
		{ "themes",	required_argument,	NULL, O_THEMES },
		{ "contact",	required_argument,	NULL, O_CONTACT },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	static char meeting[] = "meeting";
	struct dlg_contribution co;
	struct dialogue *d = NULL;
	struct dlg_error err;
	size_t i;
	int c, rc;

	memset(&co, 0, sizeof co);
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case O_TEXT:
			co.text = optarg;
			break;
		case O_CHANNEL:
			/* Known names become the stored token; anything else
			 * is left for the domain's check to refuse. */
			co.channel = (char *)dlg_channel_parse(optarg);
			if (co.channel == NULL)
				co.channel = optarg;
			break;
		case O_SESSION:
			if (cli_parse_number(ctx, "--session", optarg, 1,
			    &co.session_id) != 0)
				return ERR_USAGE;
			break;
		case O_THEMES:
			co.themes = optarg;
			break;
		case O_CONTACT:
			co.contact = optarg;
			break;
		case 'h':
			return cli_help(ctx);
		default:
			return cli_option_error(ctx, c, argv);
		}
	}
	if ((rc = need_ref(ctx, argc, argv, 1)) != 0)
		return rc;
	if (co.text == NULL)
		return cli_usage(ctx, ctx->cmd, _("give the contribution with "
		    "--text TEXT"));
	if (co.contact != NULL && *co.contact == '\0')
		co.contact = NULL;
	/* From a session: a meeting, unless said otherwise. */
	if (co.session_id > 0 && co.channel == NULL)
		co.channel = meeting;
	if ((rc = cli_load(ctx, argv[optind], 1, &d)) != 0)
		return rc;
	err_clear(&err);
	if (dlg_contribution_check(&co, &err) != 0) {
		rc = cli_report_error(ctx, &err);
		goto out;
	}
	if (co.session_id > 0) {
		for (i = 0; i < d->nsessions; i++)
			if (d->sessions[i].id == co.session_id)
				break;
		if (i == d->nsessions) {
			rc = cli_error(ctx, ERR_NOTFOUND, _("%s has no session "
			    "%lld; see 'dialogreg session list %s'"), d->ref,
			    co.session_id, d->ref);
			goto out;
		}
	}
	if (store_contribution_add(ctx->st, d->ref, &co, ctx->who,
	    &err) != 0) {
		rc = cli_report_error(ctx, &err);
		goto out;
	}
	printf(_("Added contribution %lld to %s.\n"), co.id, d->ref);
out:
	dlg_free(d);
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
	char id[32], sess[32];
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
	cells[2] = text ? dlg_channel_label(co->channel) : co->channel;
	cells[3] = co->session_id > 0 ? sess : NULL;
	cells[4] = co->themes;
	cells[5] = contact;
	cells[6] = co->text;
	report_table_row(la->t, cells);
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
	if ((rc = need_ref(ctx, argc, argv, 1)) != 0)
		return rc;
	if ((rc = cli_load(ctx, argv[optind], 0, &d)) != 0)
		return rc;
	err_clear(&err);
	la.t = report_table_begin(stdout, la.fmt, cols, NCOLS);
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
	if ((rc = need_ref(ctx, argc, argv, 2)) != 0)
		return rc;
	if (cli_parse_number(ctx, _("the contribution number"),
	    argv[optind + 1], 1, &id) != 0)
		return ERR_USAGE;
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
		    "list or erase-contact"));
	if (strcmp(argv[1], "add") == 0)
		return contribution_add(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "list") == 0)
		return contribution_list(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "erase-contact") == 0)
		return contribution_erase(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return cli_help(ctx);
	return cli_usage(ctx, ctx->cmd, _("unknown subcommand '%s'"),
	    argv[1]);
}
