/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-rules.c: `dialogreg rules [--policy P] [--format F]`: every rule of
 * the register's policy (or of the one named), from the one rules table
 * the guards, the warnings and the screens' checklists read: its
 * reference, the step it belongs to, what the register does about it
 * and the policy's own words, so that every tag a message carries can be
 * looked up.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "commands.h"

static int	cmd_rules(struct cli_ctx *, int, char **);

const struct cli_command cmd_rules_entry = {
	.name = "rules",
	.usage = N_("[--policy POLICY] [--format FORMAT]"),
	.help = N_("List the rules of the register's policy, with the "
	    "policy's words"),
	.options = N_("  --policy POLICY     tjorn, sollentuna or combined "
	    "(default: the register's)\n"
	    "  --format FORMAT     text, csv or json\n"),
	.run = cmd_rules
};

static const struct report_column cols[] = {
	/* TRANSLATORS: column header: a rule's policy reference */
	{ "ref", N_("Reference"), 0, 0 },
	/* TRANSLATORS: column header: the step a rule belongs to */
	{ "step", N_("Step"), 0, 0 },
	/* TRANSLATORS: column header: what the register does */
	{ "does", N_("Register"), 0, 0 },
	/* TRANSLATORS: column header: what a rule checks */
	{ "rule", N_("Rule"), 0, 0 },
	/* TRANSLATORS: column header: the code in messages and JSON */
	{ "code", N_("Code"), 0, 0 },
	/* TRANSLATORS: column header: the policy's own words */
	{ "words", N_("The policy's words"), 0, 0 },
};
#define NCOLS (sizeof cols / sizeof cols[0])

static const char *const does_tokens[] = { "off", "warning", "guard" };

/* The step a rule belongs to, for a reader. */
static const char *
step_label(const struct dlg_rule *r)
{
	if (r->step < 0)
		return _("At any time");
	if (r->step == DLG_PROPOSED)
		return _("Registration");
	return dlg_state_label((enum dlg_state)r->step);
}

/* The policy's words under p: one or both policies' quotes. */
static char *
words_of(const struct dlg_rule *r, enum dlg_policy p)
{
	const char *t = p != DLG_POLICY_SOLLENTUNA &&
	    r->by[0].does != DLG_DOES_OFF ? r->by[0].words : NULL;
	const char *s = p != DLG_POLICY_TJORN &&
	    r->by[1].does != DLG_DOES_OFF ? r->by[1].words : NULL;

	if (t != NULL && s != NULL)
		return xasprintf("%s / %s", t, s);
	return xstrdup(t != NULL ? t : s != NULL ? s : "");
}

static void
text_rules(enum dlg_policy p, const struct dlg_settings *s)
{
	const struct dlg_profile *prof = &dlg_profiles[p];
	struct dlg_settings as;
	char *cite, *e, *line;
	int last = -2;
	size_t i;

	cite = p == (enum dlg_policy)s->policy ? dlg_policy_citation(s) :
	    prof->title != NULL ? xasprintf("%s, %s", prof->title,
	    prof->decision) : xstrdup("");
	/* TRANSLATORS: %1$s is "Tjörn's policy", %2$s its title and
	   decision or nothing. */
	line = xasprintf(_("The rules of %s%s%s%s:"), _(prof->name),
	    *cite ? " (" : "", cite, *cite ? ")" : "");
	report_paragraph(stdout, line, 79);
	free(line);
	free(cite);
	for (i = 0; i < dlg_nrules; i++) {
		const struct dlg_rule *r = &dlg_rules[i];

		if (dlg_rule_does(r, p) == DLG_DOES_OFF)
			continue;
		if (r->step != last) {
			printf("\n%s\n", step_label(r));
			last = r->step;
		}
		e = dlg_rule_explain(r, p);
		line = xasprintf("- %s (%s)", e, r->code);
		report_paragraph(stdout, line, 79);
		free(line);
		free(e);
	}
	/* What the references point at, for policy p. */
	memset(&as, 0, sizeof as);
	as.policy = p;
	putchar('\n');
	report_paragraph(stdout, dlg_policy_legend(&as), 79);
}

static int
cmd_rules(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format",	required_argument,	NULL, 'f' },
		{ "policy",	required_argument,	NULL, 'p' },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	enum report_format fmt = FMT_TEXT;
	const char *cells[NCOLS], *policy = NULL;
	struct report_table *t;
	enum dlg_policy p;
	char *refs, *words;
	size_t i;
	int c, rc, k;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (cli_parse_format(ctx, optarg, &fmt) != 0)
				return ERR_USAGE;
			break;
		case 'p':
			policy = optarg;
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
	if (policy != NULL) {
		if ((k = dlg_policy_parse(policy)) < 0)
			return cli_usage(ctx, ctx->cmd, _("'%s' is not a "
			    "policy; use tjorn, sollentuna or combined"),
			    policy);
		p = (enum dlg_policy)k;
	}
	/* Without --policy: the register's, so the register is read. */
	if (policy == NULL && (rc = cli_open_read(ctx)) != 0)
		return rc;
	if (policy == NULL)
		p = (enum dlg_policy)(dlg_settings_profile(&ctx->settings) -
		    dlg_profiles);
	if (fmt == FMT_TEXT) {
		text_rules(p, &ctx->settings);
		return 0;
	}
	t = report_table_begin(stdout, fmt, cols, NCOLS);
	for (i = 0; i < dlg_nrules; i++) {
		const struct dlg_rule *r = &dlg_rules[i];

		if (dlg_rule_does(r, p) == DLG_DOES_OFF)
			continue;
		refs = dlg_rule_refs(r, p);
		words = words_of(r, p);
		cells[0] = refs;
		cells[1] = r->step < 0 ? "any" :
		    dlg_state_token((enum dlg_state)r->step);
		cells[2] = does_tokens[dlg_rule_does(r, p)];
		cells[3] = _(r->what);
		cells[4] = r->code;
		cells[5] = words;
		report_table_row(t, cells);
		free(refs);
		free(words);
	}
	report_table_end(t);
	return 0;
}
