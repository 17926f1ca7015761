/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cli.c: the command table and the dispatcher. Owns the register handle
 * of a run (opened on first need, with its settings and methods), the
 * default register path and how errors and usage reach the user. Each
 * command lives in its own cmd-*.c file, which exports its entry.
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

/* The options before the command, aligned as the commands' are not. */
const char *const cli_global_options = N_(
    "  --db FILE      use the register in FILE\n"
    "  --verbose      show technical details of errors\n"
    "  --help         show this help and exit\n"
    "  --version      show the version and exit\n");

/* The commands, in the order --help lists them. */
const struct cli_command *const cli_commands[] = {
	&cmd_init_entry,
	&cmd_demo_entry,
	&cmd_new_entry,
	&cmd_list_entry,
	&cmd_show_entry,
	&cmd_set_entry,
	&cmd_check_entry,
	&cmd_advance_entry,
	&cmd_session_entry,
	&cmd_feedback_entry,
	&cmd_contribution_entry,
	&cmd_history_entry,
	&cmd_fields_entry,
	&cmd_config_entry,
	&cmd_rules_entry,
	&cmd_method_entry,
	&cmd_body_entry,
	&cmd_print_entry,
	&cmd_overview_entry,
	&cmd_followup_entry,
	&cmd_publish_entry,
	&cmd_calendar_entry,
	&cmd_export_entry,
	&cmd_export_contributions_entry,
	&cmd_import_entry,
	&cmd_export_json_entry,
	&cmd_import_json_entry,
	NULL
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
	const struct cli_command *const *c;
	int width = 0, n;

	/* One column for the names, as wide as the longest (the names are
	 * ASCII, so bytes are columns). */
	for (c = cli_commands; *c != NULL; c++)
		if ((n = (int)strlen((*c)->name)) > width)
			width = n;
	for (c = cli_commands; *c != NULL; c++)
		usage_command(fp, (*c)->name, width, _((*c)->help));
}

/* Print the usage lines of cmd: "Usage: dialogreg NAME LINE". */
static void
print_usage(FILE *fp, const struct cli_ctx *ctx,
    const struct cli_command *cmd)
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

/* The option lines of cmd's --help: its child kind's fields, its own,
 * --help. */
static void
print_options(FILE *fp, const struct cli_command *cmd)
{
	if (cmd->child != NULL)
		cli_child_help(fp, (enum dlg_child)(cmd->child -
		    dlg_children));
	if (cmd->options != NULL)
		fputs(_(cmd->options), fp);
	fputs(_("  --help              show this help and exit\n"), fp);
}

int
cli_help(const struct cli_ctx *ctx)
{
	const struct cli_command *cmd = ctx->cmd;

	print_usage(stdout, ctx, cmd);
	printf("\n%s.\n\n", _(cmd->help));
	fputs(_("Options:\n"), stdout);
	print_options(stdout, cmd);
	return 0;
}

/*
 * One "option NAME OPT VALUE" record for each option name of each option
 * line of text (see struct cli_command): "  -o, --output FILE   write"
 * gives -o and --output, both with the value FILE.
 */
static void
dump_options(FILE *fp, const char *name, const char *text)
{
	const char *line, *end, *spec, *p;
	struct strlist names = { 0 };
	char *value;
	size_t i, n;

	for (line = text; *line != '\0'; line = *end != '\0' ? end + 1 : end) {
		end = line + strcspn(line, "\n");
		if (strncmp(line, "  -", 3) != 0)
			continue;		/* a note or a help going on */
		spec = line + 2;
		/* The option ends at two spaces (or the line's end). */
		for (p = spec; p < end && !(p[0] == ' ' && p[1] == ' '); p++)
			;
		value = NULL;
		while (spec < p) {
			n = strcspn(spec, " ");
			if (spec + n > p)
				n = (size_t)(p - spec);
			if (*spec != '-') {
				value = xstrndup(spec, (size_t)(p - spec));
				break;
			}
			sl_push_owned(&names, xstrndup(spec, n -
			    (spec[n - 1] == ',')));
			spec += n;
			while (spec < p && *spec == ' ')
				spec++;
		}
		for (i = 0; i < names.n; i++)
			fprintf(fp, "option\t%s\t%s\t%s\n", name, names.v[i],
			    value != NULL ? value : "");
		sl_clear(&names);
		free(value);
	}
}

void
cli_dump_commands(FILE *fp)
{
	const struct cli_command *const *c;
	const char *u, *nl;
	char *buf = NULL;
	size_t len = 0;
	FILE *mem;

	fputs("# dialogreg --dump-commands: the command table, one record a "
	    "line,\n# fields separated by tabs\n", fp);
	dump_options(fp, "-", _(cli_global_options));
	for (c = cli_commands; *c != NULL; c++) {
		fprintf(fp, "command\t%s\t%s\n", (*c)->name, _((*c)->help));
		for (u = _((*c)->usage); ; u = nl + 1) {
			nl = strchr(u, '\n');
			fprintf(fp, "usage\t%s\t%.*s\n", (*c)->name,
			    nl != NULL ? (int)(nl - u) : (int)strlen(u), u);
			if (nl == NULL)
				break;
		}
		/* The options as --help prints them, so the two agree. */
		if ((mem = open_memstream(&buf, &len)) == NULL)
			continue;
		print_options(mem, *c);
		fclose(mem);
		dump_options(fp, (*c)->name, buf);
		free(buf);
		buf = NULL;
	}
}

int
cli_usage(const struct cli_ctx *ctx, const struct cli_command *cmd,
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
	const struct cli_command *const *c;

	if (argc < 1 || argv[0] == NULL)
		return cli_usage(ctx, NULL, _("no command given"));
	for (c = cli_commands; *c != NULL; c++)
		if (strcmp((*c)->name, argv[0]) == 0)
			break;
	if (*c == NULL) {
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
	ctx->cmd = *c;
	return (*c)->run(ctx, argc, argv);
}

/* Before an upgrade of an older register, which can take a minute at
 * national size: said on a terminal only, so scripts read what they
 * always read. */
static void
upgrade_notice(const char *path, int from, int to, void *arg)
{
	const struct cli_ctx *ctx = arg;
	char *p = report_sanitize(path, 1);

	fprintf(stderr, _("%s: upgrading the register '%s' from schema %d to "
	    "%d; a large register takes a minute or more (an interrupted "
	    "upgrade goes on at the next open)\n"), ctx->progname, p, from,
	    to);
	free(p);
}

int
cli_open_rc(struct cli_ctx *ctx, int flags)
{
	struct dlg_error err;
	struct stat sb;
	int rc;

	if (ctx->st != NULL)
		return 0;
	store_set_upgrade_notice(isatty(STDERR_FILENO) ? upgrade_notice :
	    NULL, ctx);
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
