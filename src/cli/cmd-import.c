/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-import.c: `dialogreg import REF FILE`: contributions from a survey
 * tool's CSV export. The file is read as a stream in passes, so memory
 * stays flat whatever its size: the first finds its SHA-256 and encoding,
 * the second maps its columns and checks every row (and is all --dry-run
 * shows), the third writes them, all in one transaction or none, and
 * makes sure the file did not change meanwhile. The SHA-256 is
 * remembered, so the same file imported twice is refused unless --force
 * says it is meant.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "util.h"
#include "commands.h"
#include "outfile.h"

static int	cmd_import(struct cli_ctx *, int, char **);

const struct cli_command cmd_import_entry = {
	.name = "import",
	.usage = N_("REF FILE [OPTIONS]"),
	.help = N_("Import contributions from a survey tool's CSV file"),
	.options = N_("  --dry-run           show what would be imported; "
	    "write nothing\n"
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
	    "header)\n"
	    "FILE - reads standard input (a pipe too).\n"),
	.run = cmd_import
};

static const char *
base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash != NULL && slash[1] != '\0' ? slash + 1 : path;
}

struct earlier {
	int		 found;
	char		*text;
};

static int
note_earlier(const struct store_import *im, void *arg)
{
	struct earlier *e = arg;

	e->found = 1;
	/* TRANSLATORS: reference, timestamp (UTC), user */
	e->text = xasprintf(_("this file was already imported into %s at %s "
	    "by %s"), im->ref, im->at, im->who);
	return 1;
}

static void
dry_run(struct cli_ctx *ctx, const char *ref, const char *path,
    const struct report_csvin *in, const struct report_survey *s)
{
	struct earlier e = { 0, NULL };
	struct strlist lines = { 0 };
	struct dlg_error err;
	size_t i;
	char *t;

	printf(ngettext("Would import %zu contribution into %s from %s.\n",
	    "Would import %zu contributions into %s from %s.\n",
	    (unsigned long)s->n), s->n, ref, path);
	report_import_preview(in, s, 70, &lines);
	for (i = 0; i < lines.n; i++) {
		t = report_sanitize(lines.v[i], 0);
		printf("%s\n", t);
		free(t);
	}
	sl_clear(&lines);
	err_clear(&err);
	if (store_imports(ctx->st, report_csvin_digest(in), note_earlier, &e,
	    &err) == 0 && e.found) {
		t = report_sanitize(e.text, 0);
		printf(_("Note: %s; without --force the import would be "
		    "refused.\n"), t);
		free(t);
	}
	free(e.text);
	fputs(_("Nothing was written (--dry-run).\n"), stdout);
}

static void
progress(size_t done, size_t total, void *arg)
{
	int *shown = arg;

	if (!isatty(STDERR_FILENO))
		return;
	/* The same line again: a carriage return first. */
	fputc('\r', stderr);
	fprintf(stderr, _("Importing: %zu of %zu contributions"), done,
	    total);
	if (done == total)
		fputc('\n', stderr);
	*shown = 1;
}

/* The dialogue's session id given to --session, or the exit status after
 * the message. */
static int
check_session(struct cli_ctx *ctx, const struct dialogue *d, long long id)
{
	struct strbuf sb;
	size_t i;
	int rc;

	for (i = 0; i < d->nsessions; i++)
		if (d->sessions[i].id == id)
			return 0;
	if (d->nsessions == 0)
		return cli_error(ctx, ERR_REFUSED, _("--session %lld: %s has no "
		    "sessions; add the session first ('dialogreg session add "
		    "%s')"), id, d->ref, d->ref);
	sb_init(&sb);
	for (i = 0; i < d->nsessions; i++)
		sb_addf(&sb, "%s%lld (%s)", i > 0 ? ", " : "",
		    d->sessions[i].id, d->sessions[i].date != NULL ?
		    d->sessions[i].date : "?");
	rc = cli_error(ctx, ERR_REFUSED, _("--session %lld: that is no "
	    "session of %s (it may be another dialogue's); its sessions are "
	    "%s"), id, d->ref, sb.buf);
	sb_release(&sb);
	return rc;
}

static int
cmd_import(struct cli_ctx *ctx, int argc, char **argv)
{
	enum {
		O_DRY = 1, O_FORCE, O_MAP, O_CHANNEL, O_SEPARATOR,
		O_CHANNEL_MAP, O_SESSION, O_DATE_FORMAT, O_ENCODING
	};
	static const struct option opts[] = {
		{ "dry-run",	no_argument,		NULL, O_DRY },
		{ "force",	no_argument,		NULL, O_FORCE },
		{ "map",	required_argument,	NULL, O_MAP },
		{ "channel",	required_argument,	NULL, O_CHANNEL },
		{ "channel-map", required_argument,	NULL, O_CHANNEL_MAP },
		{ "session",	required_argument,	NULL, O_SESSION },
		{ "date-format", required_argument,	NULL, O_DATE_FORMAT },
		{ "encoding",	required_argument,	NULL, O_ENCODING },
		{ "separator",	required_argument,	NULL, O_SEPARATOR },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct report_survey_map map;
	struct report_chanmap chanmap;
	struct report_survey_opts o;
	struct report_survey *s = NULL;
	struct report_csvin *in = NULL;
	struct store_import im;
	struct dialogue *d = NULL;
	struct dlg_error err;
	struct earlier e = { 0, NULL };
	struct dlg_contribution c;
	struct report_survey_feed feed;
	struct stat sb;
	const char *path, *name = NULL;
	char sep = 0, *end;
	int ch, rc = 0, dry = 0, force = 0, shown = 0, enc = REPORT_ENC_DETECT;
	size_t done = 0;
	FILE *fp = NULL;

	memset(&map, 0, sizeof map);
	memset(&chanmap, 0, sizeof chanmap);
	memset(&o, 0, sizeof o);
	o.channel = "survey";
	err_clear(&err);
	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (ch) {
		case O_DRY:
			dry = 1;
			break;
		case O_FORCE:
			force = 1;
			break;
		case O_MAP:
			if (report_survey_map_parse(optarg, &map, &err) != 0) {
				rc = cli_usage(ctx, ctx->cmd, "%s", err.msg);
				goto out;
			}
			break;
		case O_CHANNEL_MAP:
			if (report_chanmap_parse(optarg, &chanmap,
			    &err) != 0) {
				rc = cli_usage(ctx, ctx->cmd, "%s", err.msg);
				goto out;
			}
			break;
		case O_CHANNEL:
			if ((o.channel = report_channel_token(optarg)) ==
			    NULL) {
				rc = cli_usage(ctx, ctx->cmd, _("unknown "
				    "channel '%s'; use meeting, web, letter, "
				    "email, survey or other"), optarg);
				goto out;
			}
			break;
		case O_SESSION:
			errno = 0;
			o.session_id = strtoll(optarg, &end, 10);
			if (errno != 0 || end == optarg || *end != '\0' ||
			    o.session_id <= 0) {
				rc = cli_usage(ctx, ctx->cmd, _("--session: "
				    "'%s' is not a session number; 'dialogreg "
				    "show REF' lists them"), optarg);
				goto out;
			}
			break;
		case O_DATE_FORMAT:
			if (report_date_order_parse(optarg, &o.order,
			    &err) != 0) {
				rc = cli_usage(ctx, ctx->cmd, "%s", err.msg);
				goto out;
			}
			break;
		case O_ENCODING:
			if (strcasecmp(optarg, "utf-8") == 0 ||
			    strcasecmp(optarg, "utf8") == 0)
				enc = ENC_UTF8;
			else if (strcasecmp(optarg, "windows-1252") == 0 ||
			    strcasecmp(optarg, "cp1252") == 0)
				enc = ENC_WINDOWS1252;
			else {
				rc = cli_usage(ctx, ctx->cmd, _("unknown "
				    "encoding '%s'; use utf-8 or "
				    "windows-1252"), optarg);
				goto out;
			}
			break;
		case O_SEPARATOR:
			if (strcmp(optarg, ";") == 0)
				sep = ';';
			else if (strcmp(optarg, ",") == 0)
				sep = ',';
			else if (strcasecmp(optarg, "tab") == 0 ||
			    strcmp(optarg, "\t") == 0)
				sep = '\t';
			else {
				rc = cli_usage(ctx, ctx->cmd, _("unknown "
				    "separator '%s'; use ';', ',' or tab"),
				    optarg);
				goto out;
			}
			break;
		case 'h':
			rc = cli_help(ctx);
			goto out;
		default:
			rc = cli_option_error(ctx, ch, argv);
			goto out;
		}
	}
	if (argc - optind != 2) {
		if (argc - optind > 2)
			rc = cli_usage(ctx, ctx->cmd, _("unexpected argument "
			    "'%s'"), argv[optind + 2]);
		else
			rc = cli_usage(ctx, ctx->cmd, _("give the dialogue's "
			    "reference and the file to import"));
		goto out;
	}
	path = argv[optind + 1];

	/* "-": standard input, kept in a temporary file, since the file is
	 * read more than once. */
	if ((rc = cli_input_open(ctx, path, &fp)) != 0)
		goto out;
	if (fstat(fileno(fp), &sb) != 0 || !S_ISREG(sb.st_mode)) {
		rc = cli_error(ctx, ERR_USAGE, _("'%s' is not a file"), path);
		goto out;
	}
	name = cli_file_name(path, 0);
	if ((rc = cli_load(ctx, argv[optind], !dry, &d)) != 0)
		goto out;
	if (o.session_id > 0 && (rc = check_session(ctx, d,
	    o.session_id)) != 0)
		goto out;
	o.map = &map;
	o.chanmap = &chanmap;
	o.sessions = d->sessions;
	o.nsessions = d->nsessions;
	s = report_survey_new(&o);
	/* Pass 1 (digest, encoding) and pass 2 (every row checked). */
	if (report_csvin_open(fp, sep, enc, &in, &err) != 0)
		goto refused;
	while ((rc = report_survey_next(in, s, &c, NULL, &err)) > 0)
		dlg_contribution_clear(&c);
	if (rc < 0 || report_survey_end(s, &err) != 0)
		goto refused;
	rc = 0;
	if (s->n == 0) {
		rc = cli_error(ctx, ERR_REFUSED, _("%s: no row has a text; "
		    "nothing was imported"), name);
		goto out;
	}
	if (dry) {
		dry_run(ctx, d->ref, name, in, s);
		goto out;
	}
	/* Pass 3: into the store. */
	feed.in = in;
	feed.s = s;
	report_survey_restart(s);
	if (report_csvin_rewind(in, &err) != 0)
		goto refused;
	memset(&im, 0, sizeof im);
	im.digest = report_csvin_digest(in);
	im.file_name = base_name(path);
	if (store_contributions_import_stream(ctx->st, d->ref,
	    report_survey_feed_next, &feed, s->n, &im, force, ctx->who, progress,
	    &shown, &done, &err) != 0) {
		rc = cli_report_error(ctx, &err);
		if (!force && err.code == ERR_REFUSED &&
		    store_imports(ctx->st, im.digest, note_earlier, &e,
		    NULL) == 0 && e.found)
			fprintf(stderr, _("%s: give --force to import it "
			    "again.\n"), ctx->progname);
		goto out;
	}
	printf(ngettext("Imported %zu contribution into %s from %s.\n",
	    "Imported %zu contributions into %s from %s.\n",
	    (unsigned long)done), done, d->ref, name);
	if (s->skipped > 0)
		printf(ngettext("Skipped %zu row without text.\n",
		    "Skipped %zu rows without text.\n",
		    (unsigned long)s->skipped), s->skipped);
	goto out;
refused:
	rc = cli_error(ctx, err.code, "%s: %s", name, err.msg);
	fprintf(stderr, _("%s: nothing was imported.\n"), ctx->progname);
out:
	free(e.text);
	dlg_free(d);
	report_survey_free(s);
	report_csvin_free(in);
	if (fp != NULL)
		fclose(fp);
	report_chanmap_clear(&chanmap);
	report_survey_map_clear(&map);
	return rc;
}
