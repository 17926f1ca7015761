/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-export.c: `dialogreg export` (the register list, with the filters
 * of `list`) and `dialogreg export-contributions REF`: CSV for the
 * spreadsheet programs municipalities use, ';'-separated UTF-8 with a
 * byte order mark unless asked otherwise, cells neutralised against
 * formula injection. Contact details are personal data: exported only
 * with --with-contact, and then the file is readable by its owner only.
 */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "util.h"
#include "commands.h"
#include "outfile.h"

static int	cmd_export(struct cli_ctx *, int, char **);
static int	cmd_export_contributions(struct cli_ctx *, int, char **);

const struct cli_command cmd_export_entry = {
	.name = "export",
	.usage = N_("[OPTIONS]"),
	.help = N_("Export the register list as CSV for spreadsheet programs"),
	.options = N_("  --state S[,S...]    only dialogues in these "
	    "states\n"
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
	    "  --headers H         the first row: names (the default, as import "
	    "reads them)\n"
	    "                      or the columns' labels in sv (Swedish) or "
	    "en\n"
	    "  -o, --output FILE   write to FILE instead of standard "
	    "output\n"),
	.run = cmd_export
};

const struct cli_command cmd_export_contributions_entry = {
	.name = "export-contributions",
	.usage = N_("REF [OPTIONS]"),
	.help = N_("Export a dialogue's contributions as CSV"),
	.options = N_("  --with-contact      include contact details "
	    "(personal data; the file is\n"
	    "                      then readable by you only)\n"
	    "  --separator SEP     ; (default), , or tab\n"
	    "  --encoding ENC      utf-8 (default, with BOM) or "
	    "windows-1252\n"
	    "  --replace           write '?' for characters the encoding "
	    "lacks\n"
	    "  --headers H         the first row: names (the default, as import "
	    "reads them)\n"
	    "                      or the columns' labels in sv (Swedish) or "
	    "en\n"
	    "  -o, --output FILE   write to FILE instead of standard "
	    "output\n"),
	.run = cmd_export_contributions
};

/* What the header row holds (--headers). */
enum export_headers {
	HEADERS_NAMES,		/* the keys: what import and scripts read */
	HEADERS_SV,		/* the labels in Swedish */
	HEADERS_EN,		/* the labels in English (the msgids) */
};

/* The options both exports share. */
struct export_opts {
	char			 sep;
	enum report_enc		 enc;
	int			 replace;
	const char		*output;
	enum export_headers	 headers;
};

enum {
	O_SEPARATOR = 0x300, O_ENCODING, O_REPLACE, O_WITH_CONTACT,
	O_HEADERS
};

#define EXPORT_OPTIONS \
	{ "separator",	required_argument,	NULL, O_SEPARATOR }, \
	{ "encoding",	required_argument,	NULL, O_ENCODING }, \
	{ "replace",	no_argument,		NULL, O_REPLACE }, \
	{ "headers",	required_argument,	NULL, O_HEADERS }, \
	{ "output",	required_argument,	NULL, 'o' }

/* Handle one of EXPORT_OPTIONS: 0 done, CLI_OPT_OTHER not one, else the
 * exit status of the usage error it printed. */
static int
export_option(struct cli_ctx *ctx, struct export_opts *o, int c,
    const char *arg)
{
	switch (c) {
	case O_SEPARATOR:
		if (strcmp(arg, ";") == 0 || strcasecmp(arg, "semicolon") == 0)
			o->sep = ';';
		else if (strcmp(arg, ",") == 0 ||
		    strcasecmp(arg, "comma") == 0)
			o->sep = ',';
		else if (strcasecmp(arg, "tab") == 0 || strcmp(arg, "\t") == 0)
			o->sep = '\t';
		else
			return cli_usage(ctx, ctx->cmd, _("unknown separator "
			    "'%s'; use ';', ',' or tab"), arg);
		return 0;
	case O_ENCODING:
		if (strcasecmp(arg, "utf-8") == 0 ||
		    strcasecmp(arg, "utf8") == 0)
			o->enc = ENC_UTF8_BOM;
		else if (strcasecmp(arg, "windows-1252") == 0 ||
		    strcasecmp(arg, "cp1252") == 0 ||
		    strcasecmp(arg, "win1252") == 0)
			o->enc = ENC_WINDOWS1252;
		else
			return cli_usage(ctx, ctx->cmd, _("unknown encoding "
			    "'%s'; use utf-8 or windows-1252"), arg);
		return 0;
	case O_REPLACE:
		o->replace = 1;
		return 0;
	case O_HEADERS:
		if (strcmp(arg, "names") == 0)
			o->headers = HEADERS_NAMES;
		else if (strcasecmp(arg, "sv") == 0)
			o->headers = HEADERS_SV;
		else if (strcasecmp(arg, "en") == 0)
			o->headers = HEADERS_EN;
		else
			return cli_usage(ctx, ctx->cmd, _("unknown headers "
			    "'%s'; use names, sv or en"), arg);
		return 0;
	case 'o':
		o->output = arg;
		return 0;
	default:
		return CLI_OPT_OTHER;
	}
}

/*
 * The header row: with names the keys as they are; with sv or en the
 * labels (N_() msgids, label(i)) in that language whatever the user's,
 * for people who open the file in a spreadsheet. Swedish comes from the
 * catalog with LANGUAGE set for as long as it takes (as publish --lang
 * does for its pages), then the user's language is back. Returns 0 with
 * out[0..n-1] set (free with headers_free), or the exit status of the
 * message.
 */
static int
export_headers(struct cli_ctx *ctx, const struct export_opts *o,
    const char *(*key)(size_t), const char *(*label)(size_t), size_t n,
    char **out)
{
	char *saved = NULL;
	const char *was;
	size_t i;
	int ok;

	if (o->headers != HEADERS_SV) {
		for (i = 0; i < n; i++)
			out[i] = xstrdup(o->headers == HEADERS_EN ? label(i) :
			    key(i));
		return 0;
	}
	if ((was = getenv("LANGUAGE")) != NULL)
		saved = xstrdup(was);
	setenv("LANGUAGE", "sv", 1);
	i18n_language_changed();
	if ((ok = strcmp(report_html_lang(), "sv") == 0))
		for (i = 0; i < n; i++)
			out[i] = xstrdup(_(label(i)));
	if (saved != NULL)
		setenv("LANGUAGE", saved, 1);
	else
		unsetenv("LANGUAGE");
	free(saved);
	i18n_language_changed();
	if (!ok)
		return cli_error(ctx, ERR_USAGE, _("the Swedish column headers "
		    "are not available here (no Swedish catalog, or the locale "
		    "is C); run with a locale such as LANG=sv_SE.UTF-8"));
	return 0;
}

/* Free the n strings export_headers made (not the array). */
static void
headers_free(char **h, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(h[i]);
}

/* Whether the rows go to a file (-o FILE), not standard output (no -o,
 * or -o -). */
static int
to_file(const struct export_opts *o)
{
	return o->output != NULL && !cli_file_is_std(o->output);
}

/* Where the rows go: standard output or a file written aside. */
struct export_out {
	struct cli_file		 file;
	FILE			*fp;
	struct report_csvw	*w;
	long			 rows;
	int			 failed;
	struct dlg_error	 err;
};

static int
export_open(struct cli_ctx *ctx, const struct export_opts *o,
    struct export_out *out, const char *const *header, size_t ncols,
    int private)
{
	int rc;

	memset(out, 0, sizeof *out);
	out->fp = stdout;
	if (to_file(o)) {
		if ((rc = cli_file_open(ctx, &out->file, o->output,
		    private)) != 0)
			return rc;
		out->fp = out->file.fp;
	}
	err_clear(&out->err);
	out->w = report_csvw_new(out->fp, o->sep, o->enc, o->replace, header,
	    ncols, &out->err);
	if (out->w == NULL) {
		cli_file_abort(&out->file);
		return cli_report_error(ctx, &out->err);
	}
	return 0;
}

static int
export_row(struct export_out *out, const char *const *cells)
{
	if (out->failed)
		return 1;
	if (report_csvw_row(out->w, cells, &out->err) != 0) {
		out->failed = 1;
		return 1;
	}
	out->rows++;
	return 0;
}

/* Finish: report a refused row, replacements, and the file. */
static int
export_close(struct cli_ctx *ctx, const struct export_opts *o,
    struct export_out *out, int rc)
{
	long replaced = report_csvw_replaced(out->w);

	report_csvw_free(out->w);
	if (rc == 0 && out->failed) {
		rc = cli_report_error(ctx, &out->err);
		fprintf(stderr, _("%s: export as UTF-8 (the default), or give "
		    "--replace to write '?' for such characters.\n"),
		    ctx->progname);
	}
	if (rc != 0) {
		cli_file_abort(&out->file);
		if (!to_file(o))
			fflush(stdout);
		return rc;
	}
	if (replaced > 0)
		fprintf(stderr, ngettext("%s: %ld character could not be "
		    "written in Windows-1252 and was written as '?'.\n",
		    "%s: %ld characters could not be written in Windows-1252 "
		    "and were written as '?'.\n", (unsigned long)replaced),
		    ctx->progname, replaced);
	if (!to_file(o))
		return fflush(stdout) == 0 ? 0 : ERR_STORAGE;
	return cli_file_commit(ctx, &out->file);
}

/* ------------------------------------------------------------ list */

struct list_arg {
	struct cli_ctx		*ctx;
	struct export_out	*out;
	struct strlist		 cells;
};

static int
list_row(const struct dialogue *d, void *arg)
{
	struct list_arg *la = arg;
	int stop;

	sl_clear(&la->cells);
	report_list_cells(d, &la->ctx->settings, la->ctx->today, &la->cells);
	stop = export_row(la->out, (const char *const *)la->cells.v);
	return stop;
}

static int
cmd_export(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		CLI_LIST_OPTIONS,
		EXPORT_OPTIONS,
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct export_opts o = { ';', ENC_UTF8_BOM, 0, NULL, HEADERS_NAMES };
	struct cli_list_filter f;
	struct export_out out;
	struct list_arg la;
	struct dlg_error err;
	char **header;
	size_t ncols;
	int c, rc;

	memset(&f, 0, sizeof f);
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":ho:", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(ctx);
		if ((rc = export_option(ctx, &o, c, optarg)) ==
		    CLI_OPT_OTHER && (rc = cli_list_filter_option(ctx, &f, c,
		    optarg)) == CLI_OPT_OTHER)
			return cli_option_error(ctx, c, argv);
		if (rc != 0)
			return rc;
	}
	if (optind < argc)
		return cli_usage(ctx, ctx->cmd, _("unexpected argument '%s'"),
		    argv[optind]);
	if ((rc = cli_open_read(ctx)) != 0)
		return rc;
	ncols = report_list_ncols();
	header = xcalloc(ncols, sizeof *header);
	if ((rc = export_headers(ctx, &o, report_list_key, report_list_label,
	    ncols, header)) != 0 || (rc = export_open(ctx, &o, &out,
	    (const char *const *)header, ncols, 0)) != 0) {
		headers_free(header, ncols);
		free(header);
		return rc;
	}
	memset(&la, 0, sizeof la);
	la.ctx = ctx;
	la.out = &out;
	err_clear(&err);
	if (cli_list_filter_run(ctx, &f, list_row, &la, &err) != 0)
		rc = cli_report_error(ctx, &err);
	sl_clear(&la.cells);
	rc = export_close(ctx, &o, &out, rc);
	/* On standard error, so that standard output holds only data. */
	if (rc == 0 && to_file(&o))
		fprintf(stderr, ngettext("Exported %ld dialogue to %s.\n",
		    "Exported %ld dialogues to %s.\n",
		    (unsigned long)out.rows), out.rows, o.output);
	headers_free(header, ncols);
	free(header);
	return rc;
}

/* ------------------------------------------------------------ contributions */

/* The columns of `contribution list --format csv`. */
static const char *const contribution_keys[] = {
	"id", "created", "channel", "session", "themes", "contact", "text",
	"channel_text",
};
#define NCONTRIB (sizeof contribution_keys / sizeof contribution_keys[0])

static const char *
contribution_key(size_t i)
{
	return contribution_keys[i];
}

/* A column's label: the domain's for the contribution's fields. */
static const char *
contribution_label(size_t i)
{
	const struct dlg_child_def *def =
	    &dlg_children[DLG_CHILD_CONTRIBUTION];
	size_t f;

	if (i == 0)
		/* TRANSLATORS: column header: the number of a session,
		   feedback or contribution */
		return N_("No.");
	if (i == 1)
		/* TRANSLATORS: column header: when a contribution was
		   recorded */
		return N_("Recorded");
	for (f = 0; f < def->nfields; f++)
		if (strcmp(def->fields[f].name, contribution_keys[i]) == 0)
			return def->fields[f].label;
	return contribution_keys[i];
}

struct contrib_arg {
	struct export_out	*out;
	int			 with_contact;
};

static int
contribution_row(const struct dlg_contribution *co, void *arg)
{
	struct contrib_arg *ca = arg;
	const char *cells[NCONTRIB], *contact = NULL;
	char id[32], sess[32];

	snprintf(id, sizeof id, "%lld", co->id);
	snprintf(sess, sizeof sess, "%lld", co->session_id);
	/* Without --with-contact only whether they were given. */
	if (co->contact != NULL)
		contact = ca->with_contact ? co->contact : "given";
	else if (co->contact_erased)
		contact = "erased";
	cells[0] = id;
	cells[1] = co->created;
	cells[2] = co->channel;
	cells[3] = co->session_id > 0 ? sess : NULL;
	cells[4] = co->themes;
	cells[5] = contact;
	cells[6] = co->text;
	cells[7] = co->channel_text;
	return export_row(ca->out, cells);
}

static int
cmd_export_contributions(struct cli_ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		EXPORT_OPTIONS,
		{ "with-contact", no_argument,		NULL, O_WITH_CONTACT },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct export_opts o = { ';', ENC_UTF8_BOM, 0, NULL, HEADERS_NAMES };
	struct contrib_arg ca = { NULL, 0 };
	struct export_out out;
	struct dialogue *d;
	struct dlg_error err;
	char *header[NCONTRIB] = { NULL };
	int c, rc;

	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":ho:", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(ctx);
		if (c == O_WITH_CONTACT) {
			ca.with_contact = 1;
			continue;
		}
		if ((rc = export_option(ctx, &o, c, optarg)) == CLI_OPT_OTHER)
			return cli_option_error(ctx, c, argv);
		if (rc != 0)
			return rc;
	}
	if (argc - optind < 1)
		return cli_usage(ctx, ctx->cmd,
		    _("which dialogue? Give its reference"));
	if (argc - optind > 1)
		return cli_usage(ctx, ctx->cmd, _("unexpected argument '%s'"),
		    argv[optind + 1]);
	if ((rc = cli_load(ctx, argv[optind], 0, &d)) != 0)
		return rc;
	if ((rc = export_headers(ctx, &o, contribution_key,
	    contribution_label, NCONTRIB, header)) != 0 ||
	    (rc = export_open(ctx, &o, &out, (const char *const *)header,
	    NCONTRIB, ca.with_contact)) != 0) {
		headers_free(header, NCONTRIB);
		dlg_free(d);
		return rc;
	}
	ca.out = &out;
	err_clear(&err);
	if (store_contributions(ctx->st, d->ref, contribution_row, &ca,
	    &err) != 0)
		rc = cli_report_error(ctx, &err);
	rc = export_close(ctx, &o, &out, rc);
	if (rc == 0 && to_file(&o))
		fprintf(stderr, ngettext("Exported %ld contribution of %s to "
		    "%s.\n",
		    "Exported %ld contributions of %s to %s.\n",
		    (unsigned long)out.rows), out.rows, d->ref, o.output);
	headers_free(header, NCONTRIB);
	dlg_free(d);
	return rc;
}
