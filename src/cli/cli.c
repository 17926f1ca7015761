/*
 * cli.c: the command table and the dispatcher. Owns the register handle
 * of a run (opened on first need, with its settings and methods), the
 * default register path and how errors and usage reach the user. Each
 * command lives in its own cmd-*.c file.
 */
#include "config.h"

#include <errno.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "i18n.h"
#include "util.h"
#include "commands.h"
#include "report.h"

/*
 * The option lines of --help are aligned at column 22 (two spaces, the
 * option in 20 cells); translations keep that.
 */
const struct cli_cmd cli_commands[] = {
	{ "init", N_("[--policy POLICY]"),
	    N_("Create the register if it does not exist and print its path"),
	    cmd_init,
	    N_("  --policy POLICY     the policy a new register follows: "
	    "tjorn, sollentuna\n"
	    "                      or combined (both; the default)\n"),
	    NULL },
	{ "demo", N_("[--size N]"),
	    N_("Fill an empty register with demo dialogues"),
	    cmd_demo,
	    N_("  --size N            make N synthetic dialogues (for "
	    "benchmarks) instead\n"
	    "                      of the realistic demo\n"), NULL },
	{ "new", N_("FIELD=VALUE..."),
	    N_("Register a new dialogue and print its reference"),
	    cmd_new, NULL, NULL },
	{ "list", N_("[OPTIONS]"),
	    N_("List the dialogues in the register"),
	    cmd_list,
	    N_("  --state S[,S...]    only dialogues in these states\n"
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
	    "  --format FORMAT     text, csv or json\n"), NULL },
	{ "show", N_("REF [--format FORMAT]"),
	    N_("Show a dialogue with everything recorded"),
	    cmd_show,
	    N_("  --format FORMAT     text, csv or json\n"), NULL },
	{ "set", N_("REF FIELD=VALUE... [--reason TEXT] [--if-version N]"),
	    N_("Change fields of a dialogue"),
	    cmd_set,
	    N_("  --reason TEXT       why: needed to change the level once "
	    "the dialogue runs\n"
	    "  --if-version N      only if the dialogue is still at version "
	    "N\n"), NULL },
	{ "check", N_("REF [STATE] [--reason TEXT]"),
	    N_("Print what is missing for the next step"),
	    cmd_check,
	    N_("  --reason TEXT       check a step back, rejection or "
	    "cancellation with\n"
	    "                      this reason\n"), NULL },
	{ "advance", N_("REF STATE [--reason TEXT] [--if-version N]"),
	    N_("Move a dialogue to another state"),
	    cmd_advance,
	    N_("  --reason TEXT       why: needed to step back, reject or "
	    "cancel\n"
	    "  --if-version N      only if the dialogue is still at version "
	    "N\n"), NULL },
	{ "session", N_("add REF --date DATE [OPTIONS]\n"
	    "edit REF ID [OPTIONS] [--if-version N]\n"
	    "list REF [--format FORMAT]"),
	    N_("Record, change or list the sessions of a dialogue"),
	    cmd_session,
	    N_("  --if-version N      only if the dialogue is still at version "
	    "N (edit)\n"
	    "  --format FORMAT     text, csv or json (list)\n"
	    "edit changes only the options given.\n"),
	    &dlg_children[DLG_CHILD_SESSION] },
	{ "feedback", N_("add REF --date DATE --channels TEXT --text TEXT "
	    "[--sender BODY]\n"
	    "edit REF ID [OPTIONS] [--if-version N]\n"
	    "list REF [--format FORMAT]"),
	    N_("Record, change or list the feedback to the participants"),
	    cmd_feedback,
	    N_("  --if-version N      only if the dialogue is still at version "
	    "N (edit)\n"
	    "  --format FORMAT     text, csv or json (list)\n"
	    "edit changes only the options given.\n"),
	    &dlg_children[DLG_CHILD_FEEDBACK] },
	{ "contribution", N_("add REF --text TEXT [OPTIONS]\n"
	    "edit REF ID [OPTIONS] [--if-version N]\n"
	    "list REF [--with-contact] [--format FORMAT]\n"
	    "erase-contact REF ID"),
	    N_("Record, change or list contributions, or erase contact "
	    "details"),
	    cmd_contribution,
	    N_("  --if-version N      only if the dialogue is still at version "
	    "N (edit)\n"
	    "  --with-contact      show contact details (list)\n"
	    "  --format FORMAT     text, csv or json (list)\n"
	    "edit changes only the options given.\n"),
	    &dlg_children[DLG_CHILD_CONTRIBUTION] },
	{ "history", N_("REF [--format FORMAT]"),
	    N_("Show every change made to a dialogue"),
	    cmd_history,
	    N_("  --format FORMAT     text, csv or json\n"), NULL },
	{ "fields", N_("[--format FORMAT]"),
	    N_("List every field with its label, type and help"),
	    cmd_fields,
	    N_("  --format FORMAT     text, csv or json\n"), NULL },
	{ "config", N_("[KEY [VALUE]]"),
	    N_("Show the register's settings, or change one"),
	    cmd_config, NULL, NULL },
	{ "rules", N_("[--policy POLICY] [--format FORMAT]"),
	    N_("List the rules of the register's policy, with the policy's "
	    "words"),
	    cmd_rules,
	    N_("  --policy POLICY     tjorn, sollentuna or combined (default: "
	    "the register's)\n"
	    "  --format FORMAT     text, csv or json\n"), NULL },
	{ "method", N_("list [--format FORMAT]\nadd NAME STEP"),
	    N_("List the methods of the participation ladder, or add one"),
	    cmd_method,
	    N_("  --format FORMAT     text, csv or json (list)\n"), NULL },
	{ "body", N_("list [--format FORMAT]\n"
	    "add NAME [--abbrev A] [--kind KIND] [--not-political]\n"
	    "edit NAME [--name NEW] [--abbrev A] [--kind KIND] "
	    "[--political | --not-political]\n"
	    "remove NAME"),
	    N_("List the register's bodies, or add, change or remove one"),
	    cmd_body,
	    N_("  --abbrev A          the abbreviation, e.g. KS or BUN (add, "
	    "edit; \"\" removes it)\n"
	    "  --kind KIND         council, executive_board, committee "
	    "(default),\n"
	    "                      drafting_committee or company_board\n"
	    "  --not-political     not a political body: it may not decide, "
	    "answer the\n"
	    "                      gate questions or own the process\n"
	    "  --political         a political body again (edit)\n"
	    "  --name NEW          a new name (edit)\n"
	    "  --format FORMAT     text, csv or json (list)\n"
	    "NAME is the body's name or abbreviation.\n"), NULL },
	{ "print", N_("REF [--sheet | --briefing] [--format text|pdf] "
	    "[-o FILE | --lpr]"),
	    N_("Print a dialogue's summary, participant sheet or briefing "
	    "for A4"),
	    cmd_print,
	    N_("  --sheet             the participant information sheet "
	    "instead\n"
	    "  --briefing          the briefing for the participating "
	    "politicians instead\n"
	    "  --format FORMAT     text (pages with form feeds) or pdf\n"
	    "  -o, --output FILE   write to FILE instead of standard output\n"
	    "  --lpr               send to the printer ($PRINTER or the "
	    "default)\n"
	    "  --contributions     include the contributions' texts\n"
	    "  --with-contact      include their contact details (personal "
	    "data)\n"
	    "  --history           include every change\n"), NULL },
	{ "overview", N_("[--year YYYY] [--format FORMAT]"),
	    N_("Count the dialogues by deciding body and state"),
	    cmd_overview,
	    N_("  --year YYYY         only dialogues registered this year\n"
	    "  --format FORMAT     text or csv\n"), NULL },
	{ "followup", N_("--year YYYY [--format FORMAT] [-o FILE]"),
	    N_("Make the annual follow-up of a year's dialogues"),
	    cmd_followup,
	    N_("  --year YYYY         the dialogues registered this year\n"
	    "  --format FORMAT     text (pages with form feeds), csv or pdf\n"
	    "  -o, --output FILE   write to FILE instead of standard "
	    "output\n"), NULL },
	{ "publish", N_("-o DIR [--lang LANG]"),
	    N_("Write the public web listing of the dialogues to a folder"),
	    cmd_publish,
	    N_("  -o, --output DIR    the folder for the pages (made if "
	    "missing)\n"
	    "  --lang LANG         the pages' language, sv or en (default: "
	    "the locale's)\n"), NULL },
	{ "calendar", N_("[--body BODY] -o FILE"),
	    N_("Write the sessions to come and the decision deadlines as a "
	    "calendar file"),
	    cmd_calendar,
	    N_("  --body BODY         only dialogues that concern this body "
	    "(its name or\n"
	    "                      abbreviation)\n"
	    "  -o, --output FILE   the calendar file (iCalendar); - for "
	    "standard output\n"), NULL },
	{ "export", N_("[OPTIONS]"),
	    N_("Export the register list as CSV for spreadsheet programs"),
	    cmd_export,
	    N_("  --state S[,S...]    only dialogues in these states\n"
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
	    "  --separator SEP     ; (default), , or tab\n"
	    "  --encoding ENC      utf-8 (default, with BOM) or "
	    "windows-1252\n"
	    "  --replace           write '?' for characters the encoding "
	    "lacks\n"
	    "  -o, --output FILE   write to FILE instead of standard "
	    "output\n"), NULL },
	{ "export-contributions", N_("REF [OPTIONS]"),
	    N_("Export a dialogue's contributions as CSV"),
	    cmd_export_contributions,
	    N_("  --with-contact      include contact details (personal "
	    "data; the file is\n"
	    "                      then readable by you only)\n"
	    "  --separator SEP     ; (default), , or tab\n"
	    "  --encoding ENC      utf-8 (default, with BOM) or "
	    "windows-1252\n"
	    "  --replace           write '?' for characters the encoding "
	    "lacks\n"
	    "  -o, --output FILE   write to FILE instead of standard "
	    "output\n"), NULL },
	{ "import", N_("REF FILE [OPTIONS]"),
	    N_("Import contributions from a survey tool's CSV file"),
	    cmd_import,
	    N_("  --dry-run           show what would be imported; write "
	    "nothing\n"
	    "  --force             import a file that was imported before\n"
	    "  --map KEY=COL,...   which column is text, date, channel, "
	    "theme, contact\n"
	    "                      or session (a header name or a column "
	    "number; - for\n"
	    "                      none: channel=-)\n"
	    "  --channel-map VALUE=CHANNEL,...\n"
	    "                      what a channel value of the file becomes "
	    "(otherwise an\n"
	    "                      unknown one is kept as other)\n"
	    "  --channel CHANNEL   for rows without one: meeting, web, "
	    "letter, email,\n"
	    "                      survey (default) or other\n"
	    "  --session N         every row belongs to session N\n"
	    "  --date-format FMT   DD/MM/YYYY or MM/DD/YYYY for dates with "
	    "slashes\n"
	    "  --encoding ENC      utf-8 or windows-1252 (default: "
	    "detected)\n"
	    "  --separator SEP     ; , or tab (default: found in the "
	    "header)\n"), NULL },
	{ "export-json", N_("[-o FILE] [--without-contact]"),
	    N_("Export the whole register as JSON, as a backup"),
	    cmd_export_json,
	    N_("  -o, --output FILE   write to FILE instead of standard "
	    "output; the file\n"
	    "                      holds personal data and is readable by "
	    "you only\n"
	    "  --without-contact   leave contact details out (the file is "
	    "then no full\n"
	    "                      backup)\n"), NULL },
	{ "import-json", N_("FILE"),
	    N_("Import a JSON backup into a new, empty register"),
	    cmd_import_json, NULL, NULL },
	{ NULL, NULL, NULL, NULL, NULL, NULL }
};

/* The command list fits a terminal of this many columns. */
#define USAGE_COLUMNS	80

/*
 * "  NAME  help": the name padded to width, the help (translated, so of
 * any length) wrapped at spaces to stay within USAGE_COLUMNS, its further
 * lines starting under its first word.
 */
static void
usage_command(FILE *fp, const char *name, int width, const char *help)
{
	size_t room = USAGE_COLUMNS - 2 - (size_t)width, used = 0, len, w;
	const char *p;
	char *word;

	fprintf(fp, "  %-*s", width, name);
	for (p = help; *p != '\0'; p += len) {
		while (*p == ' ')
			p++;
		if ((len = strcspn(p, " ")) == 0)
			break;
		word = xasprintf("%.*s", (int)len, p);
		w = report_width(word);
		if (used > 0 && used + 1 + w > room) {
			fprintf(fp, "\n  %*s", width, "");
			used = 0;
		}
		fprintf(fp, " %s", word);
		used += 1 + w;
		free(word);
	}
	fputc('\n', fp);
}

void
cli_print_commands(FILE *fp)
{
	const struct cli_cmd *c;
	int width = 0, n;

	/* One column for the names, as wide as the longest (the names are
	 * ASCII, so bytes are columns). */
	for (c = cli_commands; c->name != NULL; c++)
		if ((n = (int)strlen(c->name)) > width)
			width = n;
	for (c = cli_commands; c->name != NULL; c++)
		usage_command(fp, c->name, width, _(c->help));
}

/* Print the usage lines of cmd: "Usage: dialogreg NAME LINE". */
static void
print_usage(FILE *fp, const struct cli_ctx *ctx, const struct cli_cmd *cmd)
{
	const char *u = _(cmd->usage), *nl;

	if (strchr(u, '\n') == NULL) {
		char *line = xasprintf("%s %s%s%s", ctx->progname, cmd->name,
		    *u != '\0' ? " " : "", u);

		fprintf(fp, _("Usage: %s\n"), line);
		free(line);
		return;
	}
	fputs(_("Usage:\n"), fp);
	for (;;) {
		nl = strchr(u, '\n');
		fprintf(fp, "  %s %s %.*s\n", ctx->progname, cmd->name,
		    nl != NULL ? (int)(nl - u) : (int)strlen(u), u);
		if (nl == NULL)
			break;
		u = nl + 1;
	}
}

int
cli_help(const struct cli_ctx *ctx)
{
	const struct cli_cmd *cmd = ctx->cmd;

	print_usage(stdout, ctx, cmd);
	printf("\n%s.\n\n", _(cmd->help));
	fputs(_("Options:\n"), stdout);
	if (cmd->child != NULL)
		cli_child_help(stdout, (enum dlg_child)(cmd->child -
		    dlg_children));
	if (cmd->options != NULL)
		fputs(_(cmd->options), stdout);
	fputs(_("  --help              show this help and exit\n"), stdout);
	return 0;
}

int
cli_usage(const struct cli_ctx *ctx, const struct cli_cmd *cmd,
    const char *fmt, ...)
{
	struct strbuf sb;
	va_list ap;
	char *c;

	sb_init(&sb);
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	c = report_sanitize(sb.buf, 1);
	fprintf(stderr, "%s: %s\n", ctx->progname, c);
	free(c);
	sb_release(&sb);
	if (cmd != NULL) {
		print_usage(stderr, ctx, cmd);
		fprintf(stderr, _("Run '%s %s --help' for its options.\n"),
		    ctx->progname, cmd->name);
	} else
		fprintf(stderr, _("Run '%s --help' for the list of "
		    "commands.\n"), ctx->progname);
	return ERR_USAGE;
}

int
cli_report_error(const struct cli_ctx *ctx, const struct dlg_error *err)
{
	char *c = report_sanitize(err->msg, 1);

	fprintf(stderr, "%s: %s\n", ctx->progname, c);
	free(c);
	if (ctx->verbose && err->detail[0] != '\0') {
		c = report_sanitize(err->detail, 1);
		/* TRANSLATORS: technical detail under --verbose */
		fprintf(stderr, _("%s: detail: %s\n"), ctx->progname, c);
		free(c);
	}
	return err->code != ERR_OK ? (int)err->code : ERR_STORAGE;
}

int
cli_main(struct cli_ctx *ctx, int argc, char **argv)
{
	const struct cli_cmd *c;

	if (argc < 1 || argv[0] == NULL)
		return cli_usage(ctx, NULL, _("no command given"));
	for (c = cli_commands; c->name != NULL; c++)
		if (strcmp(c->name, argv[0]) == 0)
			break;
	if (c->name == NULL) {
		char *name = report_sanitize(argv[0], 0);

		fprintf(stderr, "%s: ", ctx->progname);
		fprintf(stderr, _("unknown command '%s'"), name);
		fputs("\n", stderr);
		free(name);
		fputs(_("Commands:\n"), stderr);
		cli_print_commands(stderr);
		fprintf(stderr, _("Run '%s --help' for the list of "
		    "commands.\n"), ctx->progname);
		return ERR_USAGE;
	}
	ctx->cmd = c;
	return c->run(ctx, argc, argv);
}

int
cli_open_rc(struct cli_ctx *ctx, int flags)
{
	struct dlg_error err;
	struct stat sb;
	int rc;

	if (ctx->st != NULL)
		return 0;
	err_clear(&err);
	if (store_open(ctx->db_path, flags, &ctx->st, &err) != 0) {
		ctx->st = NULL;
		rc = cli_report_error(ctx, &err);
		if (!(flags & STORE_CREATE) && stat(ctx->db_path, &sb) != 0 &&
		    errno == ENOENT)
			fprintf(stderr, _("%s: create a register with '%s init', "
			    "or one with demo dialogues with '%s demo'.\n"),
			    ctx->progname, ctx->progname, ctx->progname);
		return rc;
	}
	if (store_settings_load(ctx->st, &ctx->settings, &err) != 0 ||
	    store_methods_load(ctx->st, &ctx->methods, &err) != 0 ||
	    store_bodies_load(ctx->st, &ctx->bodies, &err) != 0) {
		cli_close(ctx);
		return cli_report_error(ctx, &err);
	}
	cli_speak_policy(ctx);
	return 0;
}

int
cli_open(struct cli_ctx *ctx, int flags)
{
	return cli_open_rc(ctx, flags) == 0 ? 0 : -1;
}

void
cli_close(struct cli_ctx *ctx)
{
	if (ctx->st == NULL)
		return;
	store_close(ctx->st);
	ctx->st = NULL;
	dlg_settings_clear(&ctx->settings);
	dlg_methods_clear(&ctx->methods);
	dlg_bodies_clear(&ctx->bodies);
	memset(&ctx->settings, 0, sizeof ctx->settings);
	memset(&ctx->methods, 0, sizeof ctx->methods);
}

char *
cli_default_db(void)
{
	const char *s;
	struct passwd *pw;

	if ((s = getenv("DIALOGREG_DB")) != NULL && *s != '\0')
		return xstrdup(s);
	/* XDG: a relative XDG_DATA_HOME is invalid and ignored. */
	if ((s = getenv("XDG_DATA_HOME")) != NULL && *s == '/')
		return xasprintf("%s/dialogreg/register.db", s);
	if ((s = getenv("HOME")) == NULL || *s == '\0') {
		pw = getpwuid(getuid());
		s = pw != NULL && pw->pw_dir != NULL ? pw->pw_dir : ".";
	}
	return xasprintf("%s/.local/share/dialogreg/register.db", s);
}
