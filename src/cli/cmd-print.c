/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-print.c: `dialogreg print REF`: the dialogue summary, or with
 * --sheet the participant information sheet, or with --briefing the
 * briefing for the participating politicians, as paginated A4 text or
 * PDF, to standard output, a file or the printer. Contact details of
 * contributions are personal data: printed only with --with-contact.
 */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"
#include "commands.h"
#include "print-out.h"

static int	cmd_print(struct cli_ctx *, int, char **);

const struct cli_command cmd_print_entry = {
	.name = "print",
	.usage = N_("REF [--sheet | --briefing] [--format text|pdf] [-o "
	    "FILE | --lpr]"),
	.help = N_("Print a dialogue's summary, participant sheet or "
	    "briefing for A4"),
	.options = N_("  --sheet             the participant information "
	    "sheet instead\n"
	    "  --briefing          the briefing for the participating "
	    "politicians instead\n"
	    "  --format FORMAT     text (pages with form feeds) or pdf\n"
	    "  -o, --output FILE   write to FILE instead of standard "
	    "output\n"
	    "  --lpr               send to the printer ($PRINTER or the "
	    "default)\n"
	    "  --contributions     include the contributions' texts\n"
	    "  --with-contact      include their contact details (personal "
	    "data)\n"
	    "  --history           include every change\n"),
	.run = cmd_print
};

/* The contributions of a dialogue, copied out of the store. */
struct contribs {
	struct dlg_contribution	*v;
	size_t			 n;
	int			 contact;	/* copy contact details */
};

static int
copy_contribution(const struct dlg_contribution *c, void *arg)
{
	struct contribs *cs = arg;
	struct dlg_contribution *n;

	cs->v = xrealloc(cs->v, (cs->n + 1) * sizeof *cs->v);
	n = &cs->v[cs->n++];
	*n = *c;
	n->channel = xstrdup(c->channel);
	n->channel_text = xstrdup(c->channel_text);
	n->text = xstrdup(c->text);
	n->themes = xstrdup(c->themes);
	/* Personal data stays in the store unless it is to be printed. */
	n->contact = cs->contact ? xstrdup(c->contact) : NULL;
	n->created = xstrdup(c->created);
	return 0;
}

/* The history, copied out of the store (strings owned). */
struct changes {
	struct report_change	*v;
	size_t			 n;
};

static int
copy_change(const struct store_history_row *h, void *arg)
{
	struct changes *cs = arg;
	struct report_change *n;

	cs->v = xrealloc(cs->v, (cs->n + 1) * sizeof *cs->v);
	n = &cs->v[cs->n++];
	n->version = h->version;
	n->at = xstrdup(h->at);
	n->who = xstrdup(h->who);
	n->field = xstrdup(h->field);
	n->old_value = xstrdup(h->old_value);
	n->new_value = xstrdup(h->new_value);
	n->reason = xstrdup(h->reason);
	return 0;
}

static void
changes_clear(struct changes *cs)
{
	size_t i;

	for (i = 0; i < cs->n; i++) {
		free((char *)cs->v[i].at);
		free((char *)cs->v[i].who);
		free((char *)cs->v[i].field);
		free((char *)cs->v[i].old_value);
		free((char *)cs->v[i].new_value);
		free((char *)cs->v[i].reason);
	}
	free(cs->v);
}

/* Parse --format: text or pdf. Returns 0, or prints a usage error and
 * returns -1. */
static int
parse_format(struct cli_ctx *ctx, const char *arg, int *pdf)
{
	if (strcmp(arg, "text") == 0)
		*pdf = 0;
	else if (strcmp(arg, "pdf") == 0)
		*pdf = 1;
	else {
		cli_usage(ctx, ctx->cmd, _("unknown format '%s'; use text or "
		    "pdf"), arg);
		return -1;
	}
	return 0;
}

static int
cmd_print(struct cli_ctx *ctx, int argc, char **argv)
{
	enum { O_SHEET = 1, O_BRIEFING, O_FORMAT, O_CONTACT, O_TEXTS,
	    O_HISTORY, O_LPR };
	static const struct option opts[] = {
		{ "sheet",	no_argument,		NULL, O_SHEET },
		{ "briefing",	no_argument,		NULL, O_BRIEFING },
		{ "format",	required_argument,	NULL, O_FORMAT },
		{ "output",	required_argument,	NULL, 'o' },
		{ "with-contact", no_argument,		NULL, O_CONTACT },
		{ "contributions", no_argument,		NULL, O_TEXTS },
		{ "history",	no_argument,		NULL, O_HISTORY },
		{ "lpr",	no_argument,		NULL, O_LPR },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct report_summary_in in;
	struct contribs cs = { NULL, 0, 0 };
	struct changes ch = { NULL, 0 };
	struct cli_out out = { 0 };
	struct report_doc *doc = NULL;
	struct dialogue *d = NULL;
	struct dlg_error err;
	int c, rc, pdf = 0, sheet = 0, briefing = 0;
	unsigned flags = 0;
	size_t i;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":ho:", opts, NULL)) != -1) {
		switch (c) {
		case O_SHEET:
			sheet = 1;
			break;
		case O_BRIEFING:
			briefing = 1;
			break;
		case O_FORMAT:
			if (parse_format(ctx, optarg, &pdf) != 0)
				return ERR_USAGE;
			break;
		case 'o':
			out.path = optarg;
			break;
		case O_CONTACT:
			flags |= REPORT_SUM_CONTACT | REPORT_SUM_TEXTS;
			out.private = 1;	/* personal data: 0600 */
			break;
		case O_TEXTS:
			flags |= REPORT_SUM_TEXTS;
			out.private = 1;	/* residents' texts: 0600 */
			break;
		case O_HISTORY:
			flags |= REPORT_SUM_HISTORY;
			break;
		case O_LPR:
			out.lpr = 1;
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
	if (sheet && briefing)
		return cli_usage(ctx, ctx->cmd, _("give either --sheet or "
		    "--briefing, not both"));
	if (sheet && flags != 0)
		return cli_usage(ctx, ctx->cmd, _("the participant sheet holds "
		    "no contributions, contact details or history"));
	if (briefing && flags != 0)
		return cli_usage(ctx, ctx->cmd, _("the briefing for the "
		    "politicians holds no contributions, contact details or "
		    "history"));
	if ((rc = cli_out_check(ctx, &out, pdf)) != 0)
		return rc;
	if ((rc = cli_load(ctx, argv[optind], 0, &d)) != 0)
		return rc;
	if (ctx->settings.municipality == NULL ||
	    *ctx->settings.municipality == '\0')
		cli_warn(_("the municipality's name is not set, so the page "
		    "header lacks it; set it with 'dialogreg config "
		    "municipality NAME'"));
	err_clear(&err);
	cs.contact = (flags & REPORT_SUM_CONTACT) != 0;
	if (sheet)
		doc = report_sheet(d, &ctx->settings, ctx->today);
	else if (briefing)
		doc = report_briefing(d, &ctx->settings, ctx->today);
	else {
		if (store_contributions(ctx->st, d->ref, copy_contribution,
		    &cs, &err) != 0 || ((flags & REPORT_SUM_HISTORY) &&
		    store_history(ctx->st, d->ref, copy_change, &ch,
		    &err) != 0)) {
			rc = cli_report_error(ctx, &err);
			goto done;
		}
		memset(&in, 0, sizeof in);
		in.d = d;
		in.s = &ctx->settings;
		in.today = ctx->today;
		in.contributions = cs.v;
		in.ncontributions = cs.n;
		in.history = ch.v;
		in.nhistory = ch.n;
		in.flags = flags;
		doc = report_summary(&in);
	}
	if ((rc = cli_out_open(ctx, &out)) != 0)
		goto done;
	rc = cli_out_doc(ctx, &out, doc, pdf);
	c = cli_out_close(ctx, &out, rc == 0, d->ref);
	if (rc == 0)
		rc = c;
done:
	report_doc_free(doc);
	for (i = 0; i < cs.n; i++)
		dlg_contribution_clear(&cs.v[i]);
	free(cs.v);
	changes_clear(&ch);
	dlg_free(d);
	return rc;
}
