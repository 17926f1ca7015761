/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-body.c: `dialogreg body list|add|edit|remove`: the register's list
 * of bodies, the council, the executive board, the committees, the
 * drafting committees and the companies' boards [T1], each with its
 * abbreviation, its kind and whether it is political. Once the list holds
 * an entry, the dialogues' body fields take their names from it
 * (bodies.h); an empty list accepts any name.
 */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "commands.h"

static int	cmd_body(struct cli_ctx *, int, char **);

const struct cli_command cmd_body_entry = {
	.name = "body",
	.usage = N_("list [--format FORMAT]\n"
	    "add NAME [--abbrev A] [--kind KIND] [--not-political]\n"
	    "edit NAME [--name NEW] [--abbrev A] [--kind KIND] [--political "
	    "| --not-political]\n"
	    "remove NAME"),
	.help = N_("List the register's bodies, or add, change or remove one"),
	.options = N_("  --abbrev A          the abbreviation, e.g. KS or "
	    "BUN (add, edit; \"\" removes it)\n"
	    "  --kind KIND         council, executive_board, committee "
	    "(default),\n"
	    "                      drafting_committee or company_board\n"
	    "  --not-political     not a political body: it may not decide, "
	    "answer the\n"
	    "                      gate questions or own the process\n"
	    "  --political         a political body again (edit)\n"
	    "  --name NEW          a new name (edit)\n"
	    "  --format FORMAT     text, csv or json (list)\n"
	    "NAME is the body's name or abbreviation.\n"),
	.run = cmd_body
};

static const struct report_column cols[] = {
	/* TRANSLATORS: column header: a body's full name */
	{ "name", N_("Body"), 0, 0 },
	/* TRANSLATORS: column header: a body's abbreviation (KS, BUN) */
	{ "abbrev", N_("Abbr."), 0, 0 },
	/* TRANSLATORS: column header: the kind of body (committee...) */
	{ "kind", N_("Kind"), 0, 0 },
	/* TRANSLATORS: column header: yes when the body is political */
	{ "political", N_("Political"), 0, 0 },
};

static int
body_list(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format",	required_argument,	NULL, 'f' },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	enum report_format fmt = FMT_TEXT;
	struct report_table *t;
	const char *cells[4];
	size_t i;
	int c, rc, text;

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
	if (optind < argc)
		return cli_usage(ctx, ctx->cmd, _("unexpected argument '%s'"),
		    argv[optind]);
	if ((rc = cli_open_read(ctx)) != 0)
		return rc;
	text = fmt == FMT_TEXT;
	if (text && ctx->bodies.n == 0) {
		printf(_("The list of bodies is empty, so the dialogues may "
		    "name any body. Add the first with '%s body add NAME'; "
		    "from then on the names come from the list.\n"),
		    ctx->progname);
		return 0;
	}
	t = report_table_begin(stdout, fmt, cols, 4);
	for (i = 0; i < ctx->bodies.n; i++) {
		const struct dlg_body *b = &ctx->bodies.v[i];

		cells[0] = b->name;
		cells[1] = b->abbrev;
		cells[2] = text ? dlg_body_kind_label(b->kind) :
		    dlg_body_kind_token(b->kind);
		if (text)
			cells[3] = b->political ? _("Yes") : _("No");
		else
			cells[3] = b->political ? "yes" : "no";
		report_table_row(t, cells);
	}
	report_table_end(t);
	return 0;
}

/* The options of add and edit, as given. */
struct body_opts {
	const char	*name;		/* --name, or NULL */
	const char	*abbrev;	/* --abbrev ("" clears), or NULL */
	int		 kind;		/* enum dlg_body_kind, or -1 */
	int		 political;	/* 1, 0, or -1 when not given */
	int		 given;		/* how many were given */
};

enum {
	O_ABBREV = 0x100, O_KIND, O_POLITICAL, O_NOT_POLITICAL, O_NAME
};

/*
 * The options of add (edit == 0) or edit into o, then the one argument,
 * the body's name, at argv[optind]. Returns 0; -1 when --help was shown;
 * else the exit status of the error printed.
 */
static int
body_options(struct cli_ctx *ctx, int argc, char **argv, int edit,
    struct body_opts *o)
{
	static const struct option opts[] = {
		{ "abbrev",	required_argument,	NULL, O_ABBREV },
		{ "kind",	required_argument,	NULL, O_KIND },
		{ "political",	no_argument,		NULL, O_POLITICAL },
		{ "not-political", no_argument,		NULL, O_NOT_POLITICAL },
		{ "name",	required_argument,	NULL, O_NAME },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct dlg_error err;
	enum dlg_body_kind k;
	int c;

	memset(o, 0, sizeof *o);
	o->kind = o->political = -1;
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case O_ABBREV:
			o->abbrev = optarg;
			break;
		case O_KIND:
			err_clear(&err);
			if (dlg_body_kind_parse(optarg, &k, &err) != 0)
				return cli_report_error(ctx, &err);
			o->kind = (int)k;
			break;
		case O_POLITICAL:
		case O_NOT_POLITICAL:
			o->political = c == O_POLITICAL;
			break;
		case O_NAME:
			if (!edit)
				return cli_usage(ctx, ctx->cmd, _("--name "
				    "renames a body: give the name of a new "
				    "one as the argument of add"));
			o->name = optarg;
			break;
		case 'h':
			cli_help(ctx);
			return -1;
		default:
			return cli_option_error(ctx, c, argv);
		}
		o->given++;
	}
	if (argc - optind < 1)
		return cli_usage(ctx, ctx->cmd, _("which body? Give its name "
		    "or abbreviation"));
	if (argc - optind > 1)
		return cli_usage(ctx, ctx->cmd, _("unexpected argument '%s'; "
		    "a name of several words goes in quotes"),
		    argv[optind + 1]);
	return 0;
}

/* The options given in o over entry b. */
static void
body_apply(const struct body_opts *o, struct dlg_body *b)
{
	if (o->name != NULL) {
		free(b->name);
		b->name = xstrdup(o->name);
	}
	if (o->abbrev != NULL) {
		free(b->abbrev);
		b->abbrev = *o->abbrev != '\0' ? xstrdup(o->abbrev) : NULL;
	}
	if (o->kind >= 0)
		b->kind = (enum dlg_body_kind)o->kind;
	if (o->political >= 0)
		b->political = o->political;
}

/* "BUN, nämnd" or "nämnd": what the messages say about b. Caller frees. */
static char *
described(const struct dlg_body *b)
{
	if (b->abbrev != NULL)
		/* TRANSLATORS: a body's abbreviation and kind: "BUN,
		   committee" */
		return xasprintf(_("%s, %s"), b->abbrev,
		    dlg_body_kind_label(b->kind));
	return xstrdup(dlg_body_kind_label(b->kind));
}

static int
body_add(struct cli_ctx *ctx, int argc, char **argv)
{
	struct dlg_body b = { 0 };
	struct body_opts o;
	struct dlg_error err;
	char *what;
	int rc, council;

	if ((rc = body_options(ctx, argc, argv, 0, &o)) != 0)
		return rc < 0 ? 0 : rc;
	b.name = xstrdup(argv[optind]);
	b.kind = DLG_BODY_COMMITTEE;
	b.political = 1;
	body_apply(&o, &b);
	if ((rc = cli_open_rc(ctx, STORE_CREATE)) != 0)
		goto out;
	err_clear(&err);
	if (store_body_add(ctx->st, &b, ctx->who, &council, &err) != 0) {
		rc = cli_report_error(ctx, &err);
		goto out;
	}
	if (council)
		printf(_("Added the council '%s' to the list first: the "
		    "setting council_name names it, and a question that "
		    "concerns several bodies is decided by the council "
		    "[T5].\n"), ctx->settings.council_name);
	what = described(&b);
	printf(b.political ? _("Added the body '%s' (%s).\n") :
	    _("Added the body '%s' (%s, not political).\n"), b.name, what);
	free(what);
	if (council)
		printf(_("From now on the dialogues name their bodies from "
		    "this list.\n"));
out:
	dlg_body_clear(&b);
	return rc;
}

/* The entry that name names in the list loaded, or NULL after the
 * error was printed. */
static const struct dlg_body *
find_body(struct cli_ctx *ctx, const char *name)
{
	const struct dlg_body *b = dlg_bodies_find(&ctx->bodies, name);

	if (b == NULL)
		cli_error(ctx, ERR_NOTFOUND, _("there is no body '%s' in the "
		    "list of bodies; '%s body list' shows it"), name,
		    ctx->progname);
	return b;
}

static int
body_edit(struct cli_ctx *ctx, int argc, char **argv)
{
	const struct dlg_body *old;
	struct dlg_body b = { 0 };
	struct body_opts o;
	struct dlg_error err;
	char *what;
	int rc;

	if ((rc = body_options(ctx, argc, argv, 1, &o)) != 0)
		return rc < 0 ? 0 : rc;
	if (o.given == 0)
		return cli_usage(ctx, ctx->cmd, _("give what to change: "
		    "--name, --abbrev, --kind, --political or "
		    "--not-political"));
	if ((rc = cli_open_rc(ctx, 0)) != 0)
		return rc;
	if ((old = find_body(ctx, argv[optind])) == NULL)
		return ERR_NOTFOUND;
	b.name = xstrdup(old->name);
	b.abbrev = xstrdup(old->abbrev);
	b.kind = old->kind;
	b.political = old->political;
	body_apply(&o, &b);
	err_clear(&err);
	if (store_body_edit(ctx->st, old->name, &b, ctx->who, &err) != 0) {
		rc = cli_report_error(ctx, &err);
		goto out;
	}
	what = described(&b);
	printf(b.political ? _("The body '%s' is now '%s' (%s).\n") :
	    _("The body '%s' is now '%s' (%s, not political).\n"),
	    argv[optind], b.name, what);
	free(what);
out:
	dlg_body_clear(&b);
	return rc;
}

static int
body_remove(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help",	no_argument,	NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct dlg_error err;
	const struct dlg_body *b;
	char *name;
	int c, rc;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(ctx);
		return cli_option_error(ctx, c, argv);
	}
	if (argc - optind != 1)
		return cli_usage(ctx, ctx->cmd, _("which body? Give its name "
		    "or abbreviation"));
	if ((rc = cli_open_rc(ctx, 0)) != 0)
		return rc;
	if ((b = find_body(ctx, argv[optind])) == NULL)
		return ERR_NOTFOUND;
	name = xstrdup(b->name);
	err_clear(&err);
	if (store_body_remove(ctx->st, name, ctx->who, &err) != 0)
		rc = cli_report_error(ctx, &err);
	else
		printf(ctx->bodies.n > 1 ? _("Removed the body '%s' from the "
		    "list.\n") : _("Removed the body '%s' from the list; the "
		    "list is empty now, so the dialogues may name any body "
		    "again.\n"), name);
	free(name);
	return rc;
}

static int
cmd_body(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct {
		const char	*name;
		int		(*run)(struct cli_ctx *, int, char **);
	} subs[] = {
		{ "list", body_list },
		{ "add", body_add },
		{ "edit", body_edit },
		{ "remove", body_remove },
	};
	size_t i;

	if (argc < 2)
		return cli_usage(ctx, ctx->cmd, _("missing subcommand: list, "
		    "add, edit or remove"));
	for (i = 0; i < sizeof subs / sizeof subs[0]; i++)
		if (strcmp(argv[1], subs[i].name) == 0)
			return subs[i].run(ctx, argc - 1, argv + 1);
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return cli_help(ctx);
	return cli_usage(ctx, ctx->cmd, _("unknown subcommand '%s'"),
	    argv[1]);
}
