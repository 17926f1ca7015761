/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * cmd-publish.c: `dialogreg publish -o DIR`: the public web listing
 * [T4]: index.html, delta.html (how to take part), kalender.ics (every
 * session to come) and one page per public dialogue, with the calendar
 * of its sessions when it has some, each written aside and renamed into
 * place. A hidden manifest in DIR remembers which files this command
 * wrote, so that those of dialogues no longer public are removed on the
 * next run and no other file in DIR is ever touched.
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

/* Append d (c owns it). */
static void
collect_push(struct collect *c, struct dialogue *d)
{
	if (c->n == c->alloc) {
		c->alloc = c->alloc ? 2 * c->alloc : 32;
		c->v = xrealloc(c->v, c->alloc * sizeof *c->v);
	}
	c->v[c->n++] = d;
}

static int
collect_public(const struct dialogue *d, void *arg)
{
	if (report_public(d))
		collect_push(arg, dlg_dup(d));
	return 0;
}

/* A calendar's name: "Citizen dialogues in Strömsby kommun" and, for a
 * dialogue's, its title. Caller frees. */
static char *
calendar_name(const struct cli_ctx *ctx, const char *title)
{
	const char *town = ctx->settings.municipality;
	char *t, *w;

	if (title != NULL && *title != '\0')
		return xstrdup(title);
	t = town != NULL && *town != '\0' ?
	    /* TRANSLATORS: the name of the calendar of the sessions to
	       come; %s is the municipality */
	    xasprintf(_("Citizen dialogues in %s"), town) :
	    xstrdup(_("Citizen dialogues"));
	w = dlg_words(&ctx->settings, t);
	free(t);
	return w;
}

/*
 * --lang: the language of the pages' texts and of lang="". The messages
 * follow LANGUAGE once the catalogue is told that the environment
 * changed (i18n_language_changed).
 */
static int
set_language(struct cli_ctx *ctx, const char *lang)
{
	size_t n = strspn(lang, "abcdefghijklmnopqrstuvwxyz");

	if (n < 2 || n > 3 || lang[n] != '\0')
		return cli_usage(ctx, ctx->cmd, _("--lang needs a language "
		    "code such as sv or en, not '%s'"), lang);
	setenv("LANGUAGE", lang, 1);
	i18n_language_changed();
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

/* What the files of a run are made from. */
struct site {
	struct report_public_in		 in;
	struct report_cal_in		 cal;
	const struct dialogue *const	*v;	/* the public dialogues */
	size_t				 n;
	struct collect			 up;	/* full loads with sessions
						   to come */
};

enum file_kind { F_DIALOGUE, F_DIALOGUE_CAL, F_TAKEPART, F_INDEX, F_FEED };

/* Write one file through its writer into DIR/name; d for a dialogue's
 * page and calendar. */
static int
write_file(struct cli_ctx *ctx, const char *dir, const char *name,
    enum file_kind kind, struct site *site, const struct dialogue *d)
{
	struct report_cal_in cal = site->cal;
	struct dlg_error err;
	struct cli_file f;
	char *path = xasprintf("%s/%s", dir, name), *title = NULL;
	int rc;

	rc = cli_file_open(ctx, &f, path, 0);
	free(path);
	if (rc != 0)
		return rc;
	err_clear(&err);
	switch (kind) {
	case F_DIALOGUE:
		report_public_dialogue(f.fp, &site->in, d);
		break;
	case F_TAKEPART:
		report_public_takepart(f.fp, &site->in);
		break;
	case F_INDEX:
		report_public_index(f.fp, &site->in, site->v, site->n,
		    (const struct dialogue *const *)site->up.v, site->up.n);
		break;
	case F_DIALOGUE_CAL:
		/* Every session of the dialogue, held or to come. */
		cal.name = title = calendar_name(ctx, dlg_get(d, F_TITLE));
		rc = report_calendar(f.fp, &cal, &d, 1, NULL, &err);
		break;
	case F_FEED:
		cal.name = title = calendar_name(ctx, NULL);
		cal.upcoming = 1;
		rc = report_calendar(f.fp, &cal,
		    (const struct dialogue *const *)site->up.v, site->up.n,
		    NULL, &err);
		break;
	}
	free(title);
	if (rc != 0) {
		cli_file_abort(&f);
		return cli_report_error(ctx, &err);
	}
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

/* Say what the pages lack or hold that the user should know: no
 * contact channel, or one that looks like a person's. */
static void
warn_contact(struct cli_ctx *ctx)
{
	const char *c = ctx->settings.contact;
	char *w;

	if (c == NULL || *c == '\0') {
		cli_warn(_("the pages do not say how to send a view: the "
		    "register has no contact channel. Set the office's e-mail "
		    "or phone with 'dialogreg config contact VALUE'."));
		return;
	}
	if ((w = dlg_setting_warning("contact", c)) != NULL) {
		cli_warn(w);
		free(w);
	}
}

static int
publish(struct cli_ctx *ctx, const char *dir, struct collect *c)
{
	struct site site;
	struct strlist old = { 0 }, now = { 0 };
	struct dialogue *full;
	struct dlg_error err;
	struct cli_file mf;
	char file[256], *path, *uid = NULL;
	size_t i, removed = 0, pages = 0, calendars = 0;
	int rc = 0;

	memset(&site, 0, sizeof site);
	site.in.s = &ctx->settings;
	site.in.methods = &ctx->methods;
	site.in.lang = report_html_lang();
	site.in.today = ctx->today;
	site.v = (const struct dialogue *const *)c->v;
	site.n = c->n;
	err_clear(&err);
	if (store_register_uid(ctx->st, &uid, &err) != 0)
		return cli_report_error(ctx, &err);
	site.cal.s = &ctx->settings;
	site.cal.uid = uid;
	site.cal.today = ctx->today;
	read_manifest(dir, &old);
	warn_contact(ctx);

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
		rc = write_file(ctx, dir, file, F_DIALOGUE, &site, full);
		sl_push(&now, file);
		pages++;
		if (rc == 0 && report_public_calendar_file(full, file,
		    sizeof file)) {
			rc = write_file(ctx, dir, file, F_DIALOGUE_CAL, &site,
			    full);
			sl_push(&now, file);
			calendars++;
		}
		/* Kept for the index and the calendar of all to come. */
		if (report_public_upcoming(full, ctx->today))
			collect_push(&site.up, full);
		else
			dlg_free(full);
	}
	if (rc == 0)
		rc = write_file(ctx, dir, REPORT_PUBLIC_TAKEPART, F_TAKEPART,
		    &site, NULL);
	if (rc == 0)
		rc = write_file(ctx, dir, REPORT_PUBLIC_FEED, F_FEED, &site,
		    NULL);
	if (rc == 0)
		rc = write_file(ctx, dir, REPORT_PUBLIC_INDEX, F_INDEX, &site,
		    NULL);
	if (rc != 0)
		goto out;
	sl_push(&now, REPORT_PUBLIC_TAKEPART);
	sl_push(&now, REPORT_PUBLIC_FEED);
	sl_push(&now, REPORT_PUBLIC_INDEX);

	/* The files of dialogues no longer public or without sessions. */
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
	    "and a page for each dialogue.\n", (unsigned long)pages),
	    pages, dir, REPORT_PUBLIC_INDEX, REPORT_PUBLIC_TAKEPART);
	printf(ngettext("Calendars: %s with the sessions to come, and %zu "
	    "with a dialogue's sessions.\n", "Calendars: %s with the "
	    "sessions to come, and %zu with a dialogue's sessions each.\n",
	    (unsigned long)calendars), REPORT_PUBLIC_FEED, calendars);
	if (removed > 0)
		printf(ngettext("Removed %zu file of a dialogue no longer "
		    "public or without sessions.\n", "Removed %zu files of "
		    "dialogues no longer public or without sessions.\n",
		    (unsigned long)removed), removed);
out:
	for (i = 0; i < site.up.n; i++)
		dlg_free(site.up.v[i]);
	free(site.up.v);
	free(uid);
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
