/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-publish.c: `dialogreg publish -o DIR`: the public web listing
 * [T4]: index.html, delta.html (how to take part) and one page per public
 * dialogue, each written aside and renamed into place. A hidden manifest
 * in DIR remembers which pages this command wrote, so that the pages of
 * dialogues no longer public are removed on the next run and no other
 * file in DIR is ever touched.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "util.h"
#include "commands.h"
#include "outfile.h"

static int	cmd_publish(struct cli_ctx *, int, char **);

const struct cli_command cmd_publish_entry = {
	.name = "publish",
	.usage = N_("-o DIR [--lang LANG]"),
	.help = N_("Write the public web listing of the dialogues to a "
	    "folder"),
	.options = N_("  -o, --output DIR    the folder for the pages (made "
	    "if missing)\n"
	    "  --lang LANG         the pages' language, sv or en (default: "
	    "the locale's)\n"),
	.run = cmd_publish
};

/* The pages written by the last run, one file name a line. */
#define MANIFEST	".dialogreg-publish"

struct collect {
	struct dialogue	**v;
	size_t		  n, alloc;
};

static int
collect_public(const struct dialogue *d, void *arg)
{
	struct collect *c = arg;

	if (!report_public(d))
		return 0;
	if (c->n == c->alloc) {
		c->alloc = c->alloc ? 2 * c->alloc : 32;
		c->v = xrealloc(c->v, c->alloc * sizeof *c->v);
	}
	c->v[c->n++] = dlg_dup(d);
	return 0;
}

/*
 * --lang: the language of the pages' texts and of lang="". The messages
 * follow LANGUAGE once the catalogue is told that the environment
 * changed (calling textdomain again does that, as gettext documents).
 */
static int
set_language(struct cli_ctx *ctx, const char *lang)
{
	size_t n = strspn(lang, "abcdefghijklmnopqrstuvwxyz");

	if (n < 2 || n > 3 || lang[n] != '\0')
		return cli_usage(ctx, ctx->cmd, _("--lang needs a language "
		    "code such as sv or en, not '%s'"), lang);
	setenv("LANGUAGE", lang, 1);
	textdomain(textdomain(NULL));
	if (strcmp(report_html_lang(), lang) != 0)
		return cli_error(ctx, ERR_USAGE, _("the texts are not "
		    "available in '%s' here; run with the language's locale, "
		    "e.g. LANG=sv_SE.UTF-8"), lang);
	return 0;
}

/* The file names of the last run's manifest. */
static void
read_manifest(const char *dir, struct strlist *out)
{
	char *path = xasprintf("%s/%s", dir, MANIFEST), line[512];
	FILE *fp;
	size_t n;

	if ((fp = fopen(path, "r")) != NULL) {
		while (fgets(line, sizeof line, fp) != NULL) {
			n = strcspn(line, "\r\n");
			line[n] = '\0';
			/* Only plain names in DIR: never a path. */
			if (n > 0 && strchr(line, '/') == NULL &&
			    line[0] != '.')
				sl_push(out, line);
		}
		fclose(fp);
	}
	free(path);
}

static int
listed(const struct strlist *l, const char *name)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i], name) == 0)
			return 1;
	return 0;
}

/* Write one page through its writer into DIR/name. */
static int
write_page(struct cli_ctx *ctx, const char *dir, const char *name,
    const struct report_public_in *in, const struct dialogue *d,
    const struct dialogue *const *v, size_t n)
{
	struct cli_file f;
	char *path = xasprintf("%s/%s", dir, name);
	int rc;

	rc = cli_file_open(ctx, &f, path, 0);
	free(path);
	if (rc != 0)
		return rc;
	if (d != NULL)
		report_public_dialogue(f.fp, in, d);
	else if (strcmp(name, REPORT_PUBLIC_INDEX) == 0)
		report_public_index(f.fp, in, v, n);
	else
		report_public_takepart(f.fp, in);
	return cli_file_commit(ctx, &f);
}

static int
make_dir(struct cli_ctx *ctx, const char *dir)
{
	struct stat sb;

	if (stat(dir, &sb) == 0) {
		if (!S_ISDIR(sb.st_mode))
			return cli_error(ctx, ERR_USAGE, _("'%s' is not a "
			    "folder"), dir);
		return 0;
	}
	if (errno != ENOENT || mkdir(dir, 0777) != 0)
		return cli_error(ctx, ERR_STORAGE, _("cannot make the folder "
		    "'%s': %s"), dir, strerror(errno));
	return 0;
}

static int
publish(struct cli_ctx *ctx, const char *dir, struct collect *c)
{
	struct report_public_in in;
	struct strlist old = { 0 }, now = { 0 };
	struct dialogue *full;
	struct dlg_error err;
	struct cli_file mf;
	char file[256], *path;
	size_t i, removed = 0;
	int rc = 0;

	memset(&in, 0, sizeof in);
	in.s = &ctx->settings;
	in.methods = &ctx->methods;
	in.lang = report_html_lang();
	in.today = ctx->today;
	read_manifest(dir, &old);

	for (i = 0; i < c->n && rc == 0; i++) {
		if (report_public_file(c->v[i], file, sizeof file) != 0) {
			cli_warn(_("a dialogue's reference cannot be a file "
			    "name; it was left out"));
			continue;
		}
		err_clear(&err);
		if (store_dialogue_load(ctx->st, c->v[i]->ref, &full,
		    &err) != 0) {
			rc = cli_report_error(ctx, &err);
			break;
		}
		rc = write_page(ctx, dir, file, &in, full, NULL, 0);
		dlg_free(full);
		sl_push(&now, file);
	}
	if (rc == 0)
		rc = write_page(ctx, dir, REPORT_PUBLIC_TAKEPART, &in, NULL,
		    NULL, 0);
	if (rc == 0)
		rc = write_page(ctx, dir, REPORT_PUBLIC_INDEX, &in, NULL,
		    (const struct dialogue *const *)c->v, c->n);
	if (rc != 0)
		goto out;
	sl_push(&now, REPORT_PUBLIC_TAKEPART);
	sl_push(&now, REPORT_PUBLIC_INDEX);

	/* The pages of dialogues no longer public. */
	for (i = 0; i < old.n; i++) {
		if (listed(&now, old.v[i]))
			continue;
		path = xasprintf("%s/%s", dir, old.v[i]);
		if (unlink(path) == 0)
			removed++;
		else if (errno != ENOENT) {
			char *msg = xasprintf(_("cannot remove the old page "
			    "'%s': %s"), path, strerror(errno));

			cli_warn(msg);
			free(msg);
		}
		free(path);
	}
	path = xasprintf("%s/%s", dir, MANIFEST);
	rc = cli_file_open(ctx, &mf, path, 0);
	free(path);
	if (rc != 0)
		goto out;
	for (i = 0; i < now.n; i++)
		fprintf(mf.fp, "%s\n", now.v[i]);
	if ((rc = cli_file_commit(ctx, &mf)) != 0)
		goto out;

	printf(ngettext("Published %zu dialogue to %s: %s, %s and a page "
	    "for each dialogue.\n", "Published %zu dialogues to %s: %s, %s "
	    "and a page for each dialogue.\n", (unsigned long)(now.n - 2)),
	    now.n - 2, dir, REPORT_PUBLIC_INDEX, REPORT_PUBLIC_TAKEPART);
	if (removed > 0)
		printf(ngettext("Removed %zu page of a dialogue no longer "
		    "public.\n", "Removed %zu pages of dialogues no longer "
		    "public.\n", (unsigned long)removed), removed);
out:
	sl_clear(&old);
	sl_clear(&now);
	return rc;
}

static int
cmd_publish(struct cli_ctx *ctx, int argc, char **argv)
{
	enum { O_LANG = 1 };
	static const struct option opts[] = {
		{ "output",	required_argument,	NULL, 'o' },
		{ "lang",	required_argument,	NULL, O_LANG },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct store_query q;
	struct collect c = { NULL, 0, 0 };
	struct dlg_error err;
	const char *dir = NULL, *lang = NULL;
	size_t i;
	int ch, rc;

	cli_getopt_reset();
	while ((ch = getopt_long(argc, argv, ":ho:", opts, NULL)) != -1) {
		switch (ch) {
		case 'o':
			dir = optarg;
			break;
		case O_LANG:
			lang = optarg;
			break;
		case 'h':
			return cli_help(ctx);
		default:
			return cli_option_error(ctx, ch, argv);
		}
	}
	if (optind < argc)
		return cli_usage(ctx, ctx->cmd, _("unexpected argument '%s'"),
		    argv[optind]);
	if (dir == NULL || *dir == '\0')
		return cli_usage(ctx, ctx->cmd, _("give the folder for the "
		    "pages with -o DIR"));
	if (lang != NULL && (rc = set_language(ctx, lang)) != 0)
		return rc;
	if ((rc = cli_open_read(ctx)) != 0)
		return rc;
	if ((rc = make_dir(ctx, dir)) != 0)
		return rc;
	memset(&q, 0, sizeof q);
	q.sort = SORT_REF;
	err_clear(&err);
	if (store_list(ctx->st, &q, collect_public, &c, &err) != 0)
		rc = cli_report_error(ctx, &err);
	else
		rc = publish(ctx, dir, &c);
	for (i = 0; i < c.n; i++)
		dlg_free(c.v[i]);
	free(c.v);
	return rc;
}
