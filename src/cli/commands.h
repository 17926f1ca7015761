/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * commands.h: what the command files of src/cli share: their entries
 * (each file's own, listed in cli.c's table) and the helpers every command
 * uses for options, loading a dialogue, and printing issues and warnings
 * the same way.
 */
#ifndef DIALOGREG_CLI_COMMANDS_H
#define DIALOGREG_CLI_COMMANDS_H

#include <stdio.h>

#include "cli.h"
#include "report.h"

extern const struct cli_command cmd_init_entry;
extern const struct cli_command cmd_demo_entry;
extern const struct cli_command cmd_new_entry;
extern const struct cli_command cmd_list_entry;
extern const struct cli_command cmd_show_entry;
extern const struct cli_command cmd_set_entry;
extern const struct cli_command cmd_check_entry;
extern const struct cli_command cmd_advance_entry;
extern const struct cli_command cmd_session_entry;
extern const struct cli_command cmd_feedback_entry;
extern const struct cli_command cmd_contribution_entry;
extern const struct cli_command cmd_history_entry;
extern const struct cli_command cmd_fields_entry;
extern const struct cli_command cmd_config_entry;
extern const struct cli_command cmd_rules_entry;
extern const struct cli_command cmd_method_entry;
extern const struct cli_command cmd_body_entry;
extern const struct cli_command cmd_print_entry;
extern const struct cli_command cmd_overview_entry;
extern const struct cli_command cmd_followup_entry;
extern const struct cli_command cmd_publish_entry;
extern const struct cli_command cmd_calendar_entry;
extern const struct cli_command cmd_export_entry;
extern const struct cli_command cmd_export_contributions_entry;
extern const struct cli_command cmd_import_entry;
extern const struct cli_command cmd_export_json_entry;
extern const struct cli_command cmd_import_json_entry;

/*
 * Options: every command parses with getopt_long and an optstring that
 * starts with ':' (so a missing value is told apart from an unknown
 * option), after cli_getopt_reset(). On '?' or ':' (and only then) it
 * returns cli_option_error(). --help is 'h' everywhere and returns
 * cli_help().
 *
 * A handler of a group of options shared by several commands (the
 * filters of list, the options of the exports) returns 0 when it took
 * the option, the exit status of the message it printed when the value
 * was bad, and CLI_OPT_OTHER when the option is none of its group: a
 * value no exit status has, so a refused value is never taken for an
 * unknown option and named twice.
 */
#define CLI_OPT_OTHER	(-1)
void cli_getopt_reset(void);
int cli_option_error(const struct cli_ctx *ctx, int c, char **argv);
/* Print the running command's usage, help and options to stdout; 0. */
int cli_help(const struct cli_ctx *ctx);

/* Print "dialogreg: MESSAGE" (sanitized) to stderr and return code. */
int cli_error(const struct cli_ctx *ctx, enum dlg_errcode code,
    const char *fmt, ...) DLG_PRINTF(3, 4);

/* Why a write failed, for "cannot write 'FILE': REASON": the file size
 * limit, a full disk and read-only media in words, else strerror(e). */
const char *cli_write_reason(int e);

/* Parse a whole number >= min for option opt ("--limit"). Returns 0, or
 * prints a usage error and returns its exit status (ERR_USAGE). */
int cli_parse_number(const struct cli_ctx *ctx, const char *opt,
    const char *arg, long long min, long long *out);
/* Parse --format. Returns 0, or prints a usage error and returns its exit
 * status (ERR_USAGE). */
int cli_parse_format(const struct cli_ctx *ctx, const char *arg,
    enum report_format *out);

/* cli_open, returning 0 or the exit status of the error it printed. */
int cli_open_rc(struct cli_ctx *ctx, int flags);
/*
 * Open the register for a command that only reads: read-write (so an
 * older register is migrated) when we may write the file and its folder,
 * else read-only, so that a read-only register can still be listed and
 * shown. Returns 0 or the exit status of the error it printed.
 */
int cli_open_read(struct cli_ctx *ctx);

/*
 * Open the register (for writing, or with cli_open_read when write is 0)
 * and load ref fully. Returns 0, or prints the error and returns its exit
 * status (3 for an unknown reference). *out: caller frees with
 * dlg_free().
 */
int cli_load(struct cli_ctx *ctx, const char *ref, int write,
    struct dialogue **out);
/*
 * cli_load for a change: opens the register for writing, takes the write
 * lock (store_write_begin) and loads ref inside it, so the version read is
 * the one the change is written over. Without --if-version nobody else's
 * change can then make it stale. Every 0 returned is ended by
 * cli_write_end(ctx, rc): commits when rc is 0 (its failure is reported
 * and returned), rolls back otherwise; returns the exit status.
 */
int cli_load_for_write(struct cli_ctx *ctx, const char *ref,
    struct dialogue **out);
int cli_write_end(struct cli_ctx *ctx, int rc);
/* After an erasure of contact details: say so when a copy is still in
 * the write-ahead log because another program is reading
 * (store_erasure_pending), and when it goes. */
void cli_erasure_note(struct cli_ctx *ctx);

/* Print each issue's text on a line of its own to fp, after prefix
 * (sanitized). */
void cli_print_issues(FILE *fp, const struct dlg_issues *l,
    const char *prefix);
/* Print one warning to stderr: "warning: TEXT". */
void cli_warn(const char *text);
/* From now on every translated text speaks the register's policy: its
 * word for the dialogue and its references only (dlg_words). Called
 * whenever ctx->settings is (re)loaded. */
void cli_speak_policy(struct cli_ctx *ctx);
/*
 * Print to stderr the warnings d has as of today that before (NULL: none)
 * did not have, compared by code and text.
 */
void cli_new_warnings(const struct cli_ctx *ctx,
    const struct dialogue *before, const struct dialogue *after);

/*
 * Apply "FIELD=VALUE" assignments argv[0..argc-1] to d. Every problem is
 * printed (unknown field, no '=', a refused value, a readonly field), not
 * just the first. Returns 0 when all applied, else the exit status (1 for
 * a missing '=', else 2); d may then be partly changed. changed[f] is set
 * for every field assigned (may be NULL). reason (may be NULL) is what a
 * field that needs one gets (the level once running: dlg_set_field_reason).
 */
int cli_apply_fields(struct cli_ctx *ctx, struct dialogue *d, int argc,
    char **argv, const char *reason, unsigned char changed[DLG_NFIELDS]);

/*
 * The filters of `list`, shared with `export`: CLI_LIST_OPTIONS goes into
 * a command's getopt_long table, cli_list_filter_option handles one of
 * its options (0 done; CLI_OPT_OTHER when c is not one of them; else the
 * exit status of the usage error it printed), cli_list_filter_run calls
 * cb for each dialogue that passes (light loads, borrowed; cb returns
 * non-zero to stop) and returns 0 or -1 with err. Zero-initialise the
 * filter.
 */
struct cli_list_filter {
	struct store_query	 q;
	int			 overdue;
	long			 limit;
	const char		*after;		/* --after REF, or NULL */
};
enum {
	CLI_LO_STATE = 0x200, CLI_LO_BODY, CLI_LO_YEAR, CLI_LO_TEXT,
	CLI_LO_OVERDUE, CLI_LO_SORT, CLI_LO_REVERSE, CLI_LO_LIMIT,
	CLI_LO_AFTER
};
#define CLI_LIST_OPTIONS \
	{ "state",	required_argument,	NULL, CLI_LO_STATE }, \
	{ "body",	required_argument,	NULL, CLI_LO_BODY }, \
	{ "year",	required_argument,	NULL, CLI_LO_YEAR }, \
	{ "text",	required_argument,	NULL, CLI_LO_TEXT }, \
	{ "overdue",	no_argument,		NULL, CLI_LO_OVERDUE }, \
	{ "sort",	required_argument,	NULL, CLI_LO_SORT }, \
	{ "reverse",	no_argument,		NULL, CLI_LO_REVERSE }, \
	{ "limit",	required_argument,	NULL, CLI_LO_LIMIT }, \
	{ "after",	required_argument,	NULL, CLI_LO_AFTER }
int cli_list_filter_option(struct cli_ctx *ctx, struct cli_list_filter *f,
    int c, const char *arg);
int cli_list_filter_run(struct cli_ctx *ctx, struct cli_list_filter *f,
    int (*cb)(const struct dialogue *d, void *arg), void *arg,
    struct dlg_error *err);

/* ---- cmd-child.c: the child records (session, feedback, contribution) */

/*
 * After the options: REF and, with id non-NULL, the record's number ID
 * (>= 1) into *id; which (translated) is the usage error when ID is
 * missing. Returns 0, or the exit status of the usage error printed.
 */
int cli_child_args(struct cli_ctx *ctx, int argc, char **argv,
    const char *which, long long *id);
/*
 * After a child record of before changed: load the dialogue again and
 * print the warnings it has now that before did not. Frees before.
 * Returns the version now stored (before's when it cannot be loaded).
 */
long long cli_child_after(struct cli_ctx *ctx, struct dialogue *before);
/* The list subcommand: [--format F] REF, then show(d, fmt) on the full
 * load of REF. Returns the exit status. */
int cli_child_list(struct cli_ctx *ctx, int argc, char **argv,
    void (*show)(const struct dialogue *d, enum report_format fmt));

/* The most fields a child kind may have (the domain's tables hold
 * fewer; cmd-child.c asserts it). */
#define CLI_CHILD_MAXFIELDS	16

/* What cli_child_add and cli_child_edit did. */
struct cli_child_run {
	struct dialogue	*before;	/* as loaded before the change; the
					   caller passes it to
					   cli_child_after; NULL: nothing
					   done (help) */
	long long	 id;		/* the record added or edited */
	long long	 if_version;	/* --if-version; 0 = as loaded */
	int		 given;		/* a field option was given */
	const char	*value[CLI_CHILD_MAXFIELDS];	/* optarg of each
							   field, or NULL */
	union {
		struct dlg_session	 s;
		struct dlg_feedback	 f;
		struct dlg_contribution	 c;
	} rec;
};
/*
 * `KIND add REF [OPTIONS]` and `KIND edit REF ID [OPTIONS]
 * [--if-version N]` of kind k: one option per field of the domain's
 * table, named as the field ('-' for '_'). add needs every required field's option
 * (else the usage error needs); edit needs at least one (else what) and
 * the record's number (else which) and changes only the fields given.
 * Both then run the same steps: methods looked up in the catalogue, the
 * policy's defaults, a contribution's session found in the dialogue,
 * the domain's check (dlg_child_check), the store. Returns the exit
 * status; on success with r->before set, the caller prints what was done
 * and calls cli_child_after(ctx, r->before).
 */
int cli_child_add(struct cli_ctx *ctx, enum dlg_child k, int argc,
    char **argv, const char *needs, struct cli_child_run *r);
int cli_child_edit(struct cli_ctx *ctx, enum dlg_child k, int argc,
    char **argv, const char *which, const char *what,
    struct cli_child_run *r);
/* The --help lines of the options of kind k's fields, from the table. */
void cli_child_help(FILE *fp, enum dlg_child k);

#endif
