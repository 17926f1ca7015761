/*
 * cmd-import.c: `dialogreg import REF FILE`: contributions from a survey
 * tool's CSV export. The file is read whole, its encoding and separator
 * detected, its columns mapped and every row checked before anything is
 * written; then all rows go in in one transaction, or none. The file's
 * SHA-256 is remembered, so the same file imported twice is refused
 * unless --force says it is meant. --dry-run shows what would happen.
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

/* Larger files are refused: a survey export is far smaller. */
#define MAX_FILE	((size_t)256 << 20)
/* Rows shown by --dry-run. */
#define DRY_ROWS	5

/* The whole file into *buf. Returns 0 or the exit status after printing
 * the error. */
static int
read_file(struct cli_ctx *ctx, const char *path, char **buf, size_t *len)
{
	struct stat sb;
	FILE *fp;
	size_t n;

	*buf = NULL;
	*len = 0;
	if ((fp = fopen(path, "rb")) == NULL)
		return cli_error(ctx, errno == ENOENT ? ERR_NOTFOUND :
		    ERR_STORAGE, _("cannot read '%s': %s"), path,
		    strerror(errno));
	if (fstat(fileno(fp), &sb) != 0 || !S_ISREG(sb.st_mode)) {
		fclose(fp);
		return cli_error(ctx, ERR_USAGE, _("'%s' is not a file"),
		    path);
	}
	if ((size_t)sb.st_size > MAX_FILE) {
		fclose(fp);
		return cli_error(ctx, ERR_REFUSED, _("'%s' is larger than "
		    "256 MiB; split it into smaller files"), path);
	}
	*buf = xmalloc((size_t)sb.st_size + 1);
	n = fread(*buf, 1, (size_t)sb.st_size, fp);
	if (ferror(fp) || n != (size_t)sb.st_size) {
		fclose(fp);
		free(*buf);
		*buf = NULL;
		return cli_error(ctx, ERR_STORAGE, _("cannot read '%s'"),
		    path);
	}
	fclose(fp);
	(*buf)[n] = '\0';
	*len = n;
	return 0;
}

static const char *
base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash != NULL && slash[1] != '\0' ? slash + 1 : path;
}

static const char *
sep_name(char sep)
{
	/* TRANSLATORS: the tab character as a separator */
	return sep == '\t' ? _("tab") : sep == ';' ? "';'" : "','";
}

/* At most max characters of s on one line, "…" when cut. Caller frees. */
static char *
excerpt(const char *s, size_t max)
{
	char *c = report_sanitize(s, 0), *t;
	size_t i = 0, n = 0;

	while (c[i] != '\0' && n < max) {
		i++;
		while (((unsigned char)c[i] & 0xc0) == 0x80)
			i++;
		n++;
	}
	if (c[i] == '\0')
		return c;
	c[i] = '\0';
	t = xasprintf("%s\xe2\x80\xa6", c);
	free(c);
	return t;
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
    const struct report_csv *csv, const struct report_survey *s,
    const char *digest)
{
	struct earlier e = { 0, NULL };
	struct dlg_error err;
	const struct dlg_contribution *c;
	char *t;
	size_t i;
	int r, first = 1;

	printf(ngettext("Would import %zu contribution into %s from %s.\n",
	    "Would import %zu contributions into %s from %s.\n",
	    (unsigned long)s->n), s->n, ref, path);
	/* TRANSLATORS: encoding, separator, number of rows */
	printf(ngettext("The file is %s, separated by %s, with %zu row "
	    "under its header.\n", "The file is %s, separated by %s, with "
	    "%zu rows under its header.\n",
	    (unsigned long)(csv->nrows - 1)), report_enc_name(csv->enc),
	    sep_name(csv->sep), csv->nrows - 1);
	if (s->skipped > 0)
		printf(ngettext("%zu row without text would be skipped.\n",
		    "%zu rows without text would be skipped.\n",
		    (unsigned long)s->skipped), s->skipped);
	fputs(_("Columns:"), stdout);
	for (r = 0; r < ROLE_N; r++) {
		if (s->col[r] < 0)
			continue;
		t = excerpt(csv->rows[0].cells[s->col[r]].text, 40);
		/* TRANSLATORS: role = 'header name' (column number) */
		printf(_("%s %s = '%s' (column %d)"), first ? "" : ",",
		    report_role_key((enum report_role)r), t, s->col[r] + 1);
		free(t);
		first = 0;
	}
	putchar('\n');
	for (i = 0; i < s->n && i < DRY_ROWS; i++) {
		c = &s->v[i];
		printf(_("  line %ld: %s, %s"), s->line[i],
		    c->created != NULL ? c->created : "-", c->channel);
		if (c->themes != NULL) {
			t = excerpt(c->themes, 30);
			printf(", %s", t);
			free(t);
		}
		/* Never the contact details themselves. */
		if (c->contact != NULL)
			fputs(_(", contact details given"), stdout);
		t = excerpt(c->text, 70);
		printf("\n    %s\n", t);
		free(t);
	}
	err_clear(&err);
	if (store_imports(ctx->st, digest, note_earlier, &e, &err) == 0 &&
	    e.found) {
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

int
cmd_import(struct cli_ctx *ctx, int argc, char **argv)
{
	enum { O_DRY = 1, O_FORCE, O_MAP, O_CHANNEL, O_SEPARATOR };
	static const struct option opts[] = {
		{ "dry-run",	no_argument,		NULL, O_DRY },
		{ "force",	no_argument,		NULL, O_FORCE },
		{ "map",	required_argument,	NULL, O_MAP },
		{ "channel",	required_argument,	NULL, O_CHANNEL },
		{ "separator",	required_argument,	NULL, O_SEPARATOR },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct report_survey_map map;
	struct report_survey *s = NULL;
	struct report_csv *csv = NULL;
	struct store_import im;
	struct dialogue *d = NULL;
	struct dlg_error err;
	struct earlier e = { 0, NULL };
	const char *channel = "survey", *path;
	char digest[REPORT_DIGEST_SIZE], *bytes = NULL, sep = 0;
	int c, rc, dry = 0, force = 0, shown = 0;
	size_t len;

	memset(&map, 0, sizeof map);
	err_clear(&err);
	cli_getopt_reset();
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		switch (c) {
		case O_DRY:
			dry = 1;
			break;
		case O_FORCE:
			force = 1;
			break;
		case O_MAP:
			if (report_survey_map_parse(optarg, &map, &err) != 0) {
				report_survey_map_clear(&map);
				return cli_usage(ctx, ctx->cmd, "%s", err.msg);
			}
			break;
		case O_CHANNEL:
			if ((channel = report_channel_token(optarg)) == NULL) {
				report_survey_map_clear(&map);
				return cli_usage(ctx, ctx->cmd, _("unknown "
				    "channel '%s'; use meeting, web, letter, "
				    "email or survey"), optarg);
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
				report_survey_map_clear(&map);
				return cli_usage(ctx, ctx->cmd, _("unknown "
				    "separator '%s'; use ';', ',' or tab"),
				    optarg);
			}
			break;
		case 'h':
			report_survey_map_clear(&map);
			return cli_help(ctx);
		default:
			report_survey_map_clear(&map);
			return cli_option_error(ctx, c, argv);
		}
	}
	if (argc - optind != 2) {
		report_survey_map_clear(&map);
		if (argc - optind > 2)
			return cli_usage(ctx, ctx->cmd, _("unexpected argument "
			    "'%s'"), argv[optind + 2]);
		return cli_usage(ctx, ctx->cmd, _("give the dialogue's "
		    "reference and the file to import"));
	}
	path = argv[optind + 1];

	if ((rc = read_file(ctx, path, &bytes, &len)) != 0)
		goto out;
	report_sha256(bytes, len, digest, sizeof digest);
	if (report_csv_read(bytes, len, sep, &csv, &err) != 0 ||
	    report_survey_read(csv, &map, channel, &s, &err) != 0) {
		rc = cli_error(ctx, err.code, "%s: %s", path, err.msg);
		fprintf(stderr, _("%s: nothing was imported.\n"),
		    ctx->progname);
		goto out;
	}
	if ((rc = cli_load(ctx, argv[optind], !dry, &d)) != 0)
		goto out;
	if (s->n == 0) {
		rc = cli_error(ctx, ERR_REFUSED, _("%s: no row has a text; "
		    "nothing was imported"), path);
		goto out;
	}
	if (dry) {
		dry_run(ctx, d->ref, path, csv, s, digest);
		goto out;
	}
	memset(&im, 0, sizeof im);
	im.digest = digest;
	im.file_name = base_name(path);
	if (store_contributions_import(ctx->st, d->ref, s->v, s->n, &im,
	    force, ctx->who, progress, &shown, &err) != 0) {
		rc = cli_report_error(ctx, &err);
		if (!force && err.code == ERR_REFUSED &&
		    store_imports(ctx->st, digest, note_earlier, &e,
		    NULL) == 0 && e.found)
			fprintf(stderr, _("%s: give --force to import it "
			    "again.\n"), ctx->progname);
		goto out;
	}
	printf(ngettext("Imported %zu contribution into %s from %s.\n",
	    "Imported %zu contributions into %s from %s.\n",
	    (unsigned long)s->n), s->n, d->ref, path);
	if (s->skipped > 0)
		printf(ngettext("Skipped %zu row without text.\n",
		    "Skipped %zu rows without text.\n",
		    (unsigned long)s->skipped), s->skipped);
out:
	free(e.text);
	dlg_free(d);
	report_survey_free(s);
	report_csv_free(csv);
	report_survey_map_clear(&map);
	free(bytes);
	return rc;
}
