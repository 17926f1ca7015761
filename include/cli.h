/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cli.h: the command-line front end. One file per command in src/cli/,
 * registered in the table in src/cli/cli.c. A command returns the exit
 * status (enum dlg_errcode values: 0 ok, 1 usage, 2 refused, 3 not found,
 * 4 conflict or locked, 5 storage).
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
	const struct cli_cmd	*cmd;
};

struct cli_cmd {
	const char	*name;		/* "advance" */
	const char	*usage;		/* N_("REF STATE [--reason TEXT]") */
	const char	*help;		/* N_("Move a dialogue to a state") */
	int		(*run)(struct cli_ctx *ctx, int argc, char **argv);
	/* N_() the options, one per line ("  --reason TEXT  why"), shown
	 * by COMMAND --help; NULL when there are none but --help. */
	const char	*options;
	/* The child record kind whose fields are options too (their help
	 * lines, from the domain's table, come first), or NULL. */
	const struct dlg_child_def *child;
};

/* The command table, terminated by an entry with name NULL. */
extern const struct cli_cmd cli_commands[];

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
int cli_usage(const struct cli_ctx *ctx, const struct cli_cmd *cmd,
    const char *fmt, ...) DLG_PRINTF(3, 4);

/* Print the command list, one "  name  help" line each (main's usage). */
void cli_print_commands(FILE *fp);

/* The default register path (main uses it when --db is not given):
 * $DIALOGREG_DB, else
 * $XDG_DATA_HOME/dialogreg/register.db, else
 * ~/.local/share/dialogreg/register.db. Caller frees. */
char *cli_default_db(void);

#endif
