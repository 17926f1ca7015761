/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * main.c: locale and catalog, global options, then the command line, or
 * the screens when there is no command and the program runs at a terminal.
 * The only place that calls setlocale() and decides the exit status of
 * the program as a whole.
 */
#include "config.h"

#include <getopt.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "dialogue.h"
#include "i18n.h"
#include "report.h"
#include "tui.h"
#include "util.h"

/*
 * Bind the text domain: run from the build directory, use the catalog
 * the build made; installed, the system locale directory.
 * DIALOGREG_LOCALEDIR overrides both.
 */
static void
init_i18n(void)
{
	const char *dir = getenv("DIALOGREG_LOCALEDIR");

	setlocale(LC_ALL, "");
	if (dir == NULL || *dir == '\0')
		dir = dlg_run_from_build() ? BUILD_LOCALEDIR : LOCALEDIR;
	bindtextdomain(PACKAGE, dir);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
}

static void
usage(FILE *fp, const char *progname)
{
	fprintf(fp, _("Usage: %s [--db FILE] [--verbose] COMMAND [ARGS...]\n"),
	    progname);
	fputs(_("\nThe register of citizen dialogues: from proposal to "
	    "evaluation.\n\nCommands:\n"), fp);
	cli_print_commands(fp);
	putc('\n', fp);
	fputs(_("Options:\n"), fp);
	fputs(_(cli_global_options), fp);
	fprintf(fp, _("\nRun '%s COMMAND --help' for a command's options.\n"),
	    progname);
	if (fp == stdout) {
		putc('\n', fp);
		report_paragraph(fp, dlg_policy_legend(NULL), 79);
	}
}

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db",		required_argument,	NULL, 'd' },
		{ "verbose",	no_argument,		NULL, 'v' },
		{ "help",	no_argument,		NULL, 'h' },
		{ "version",	no_argument,		NULL, 'V' },
		/* Not in --help: for the build (cli_dump_commands). */
		{ "dump-commands", no_argument,		NULL, 'D' },
		{ NULL, 0, NULL, 0 }
	};
	struct cli_ctx ctx;
	char *db = NULL;
	int c, rc;

	/* Listings and exports to a file or a pipe are written in large
	 * pieces (a terminal keeps its line buffering). */
	if (!isatty(STDOUT_FILENO))
		setvbuf(stdout, NULL, _IOFBF, 65536);
	init_i18n();
	/* A write past the file size limit (ulimit -f) then fails with
	 * EFBIG, which every writer reports, instead of killing the program
	 * by SIGXFSZ without a word. */
	fault_catch_file_limit();
	memset(&ctx, 0, sizeof ctx);
	ctx.progname = "dialogreg";
	ctx.who = dlg_username();
	ctx.today = dlg_today();

	opterr = 0;
	while ((c = getopt_long(argc, argv, "+d:vhV", opts, NULL)) != -1) {
		switch (c) {
		case 'd':
			free(db);
			db = xstrdup(optarg);
			break;
		case 'v':
			ctx.verbose = 1;
			break;
		case 'h':
			usage(stdout, ctx.progname);
			free(db);
			return 0;
		case 'D':
			cli_dump_commands(stdout);
			free(db);
			return fflush(stdout) == 0 ? 0 : ERR_STORAGE;
		case 'V':
			printf("dialogreg %s\n", VERSION);
			/* TRANSLATORS: %s is the SPDX name of the licence,
			   GPL-3.0-or-later */
			printf(_("License %s: GNU GPL version 3 or later "
			    "<https://gnu.org/licenses/gpl.html>.\n"
			    "This is free software: you are free to change and "
			    "redistribute it.\n"
			    "There is NO WARRANTY, to the extent permitted by "
			    "law.\n"), LICENSE);
			free(db);
			return 0;
		default:
			if (optopt == 'd')
				fprintf(stderr, _("%s: option '--db' needs a "
				    "file name\n"), ctx.progname);
			else
				fprintf(stderr, _("%s: unknown option '%s'\n"),
				    ctx.progname, argv[optind - 1]);
			usage(stderr, ctx.progname);
			free(db);
			return ERR_USAGE;
		}
	}
	if (db == NULL)
		db = cli_default_db();
	ctx.db_path = db;

	if (optind >= argc && isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) {
		/* No command at a terminal: the screens, on a register that
		 * is created when missing. */
		if (cli_open(&ctx, STORE_CREATE) != 0)
			rc = ERR_STORAGE;
		else
			rc = tui_run(ctx.st, &ctx.settings, &ctx.methods,
			    &ctx.bodies, ctx.who, ctx.today);
	} else if (optind >= argc) {
		/* Not a terminal (a pipe, a script): the register list. */
		static char list[] = "list";
		char *def[] = { list, NULL };
		rc = cli_main(&ctx, 1, def);
	} else
		rc = cli_main(&ctx, argc - optind, argv + optind);
	cli_close(&ctx);
	free(db);
	return rc;
}
