/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cli.h: the command-line front end. One file per command in src/cli/,
 * each exporting its entry (as tmux's cmd_entry): the name, usage, help
 * and options the command owns, listed in the one table of
 * src/cli/cli.c. --help, the manual page's synopses and the shell's
 * completion are all made from that table, so none can drift from the
 * others. A command returns the exit status (enum dlg_errcode values:
 * 0 ok, 1 usage, 2 refused, 3 not found, 4 conflict or locked,
 * 5 storage).
 */
#ifndef DIALOGREG_CLI_H
#define DIALOGREG_CLI_H

#include <stdio.h>

#include "dialogue.h"
#include "store.h"

struct cli_ctx {
	const char		*db_path;	/* resolved register path */
	int			 verbose;	/* --verbose: technical details */
	const char		*who;		/* OS user, for history */
	long			 today;		/* dlg_today() */
	const char		*progname;
	/* Opened by cli_open() on first need. */
	struct store		*st;
	struct dlg_settings	 settings;
	struct dlg_methods	 methods;
	struct dlg_bodies	 bodies;	/* the list of bodies */
	/* How the body fields are checked: the list above; naming a body
	 * that is not political where a political one acts is refused
	 * (DLG_BODY_REFUSE) unless a caller sets it otherwise. */
	enum dlg_body_severity	 office;
	/* Set by cli_main: the command running (for its usage). */
	const struct cli_command *cmd;
};

/*
 * A command, as its file exports it: const struct cli_command
 * cmd_NAME_entry = { .name = ..., .run = ... }.
 */
struct cli_command {
	const char	*name;		/* "advance" */
	/* N_() the arguments after the name: "REF STATE [--reason TEXT]";
	 * a command with subcommands has one line each, starting with the
	 * subcommand ("add REF --date DATE [OPTIONS]\nlist REF"). Words
	 * in capitals are placeholders, words starting with '-' options. */
	const char	*usage;
	const char	*help;		/* N_("Move a dialogue to a state") */
	/*
	 * N_() the options, one per line, shown by COMMAND --help; NULL
	 * when there are none but --help. An option line is two spaces, the
	 * option ("-o, --output FILE": short and long names, then its
	 * value's placeholder) padded to 20 cells so that the help starts
	 * at column 22 (translations keep that), then the help; a help
	 * that goes on starts at column 22 on the next line. Any other line
	 * is a note.
	 */
	const char	*options;
	/* The child record kind whose fields are options too (their help
	 * lines, from the domain's table, come first), or NULL. */
	const struct dlg_child_def *child;
	int		(*run)(struct cli_ctx *ctx, int argc, char **argv);
};

/* The command table, in the order --help lists it, NULL-terminated. */
extern const struct cli_command *const cli_commands[];
/* N_() the options before the command, as their help lines. */
extern const char *const cli_global_options;

/*
 * The hidden option --dump-commands: print the table to fp in the
 * messages' language, for the generators of the build (the manual page's
 * synopses, the shell's completion), one record a line, its fields
 * separated by tabs:
 *   command NAME HELP
 *   usage NAME LINE          each line of the command's usage
 *   option NAME OPTION VALUE each option name of its --help ("-o" and
 *                            "--output" apart), VALUE its placeholder or
 *                            empty; NAME "-" for the options before the
 *                            command
 * and lines starting with '#', which are comments.
 */
void cli_dump_commands(FILE *fp);

/*
 * Run the program's command line (after the global options). argv[0] is
 * the command name. Returns the exit status.
 */
int cli_main(struct cli_ctx *ctx, int argc, char **argv);

/* Open the register (creating it) and load settings, methods and the
 * list of bodies once.
 * Returns 0, or -1 after printing the error. */
int cli_open(struct cli_ctx *ctx, int flags);
void cli_close(struct cli_ctx *ctx);

/* Print err to stderr as "dialogreg: message" (and the detail under
 * --verbose); returns err->code as the exit status. */
int cli_report_error(const struct cli_ctx *ctx, const struct dlg_error *err);
/* Print a usage error for cmd and return ERR_USAGE. */
int cli_usage(const struct cli_ctx *ctx, const struct cli_command *cmd,
    const char *fmt, ...) DLG_PRINTF(3, 4);

/* Print the command list, one "  name  help" line each (main's usage). */
void cli_print_commands(FILE *fp);

/* The default register path (main uses it when --db is not given):
 * $DIALOGREG_DB, else
 * $XDG_DATA_HOME/dialogreg/register.db, else
 * ~/.local/share/dialogreg/register.db. Caller frees. */
char *cli_default_db(void);

#endif
