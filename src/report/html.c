/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * html.c: HTML for the public web listing. Owns the one escape function
 * every text from the register passes through, the language tag of the
 * pages and the page frame: doctype, head with an inline style sheet for
 * screen and print, skip link, header and navigation, footer. The pages
 * read well without the style sheet: it only adds spacing and borders.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "util.h"
#include "html-int.h"

void
report_html_escape(FILE *fp, const char *s)
{
	char *clean, *p;

	if (s == NULL)
		return;
	/* No control character, no invalid UTF-8 reaches the page. */
	clean = report_sanitize(s, 1);
	for (p = clean; *p != '\0'; p++) {
		switch (*p) {
		case '&':
			fputs("&amp;", fp);
			break;
		case '<':
			fputs("&lt;", fp);
			break;
		case '>':
			fputs("&gt;", fp);
			break;
		case '"':
			fputs("&quot;", fp);
			break;
		case '\'':
			fputs("&#39;", fp);
			break;
		default:
			putc(*p, fp);
		}
	}
	free(clean);
}

const char *
report_html_lang(void)
{
	static char lang[16];
	/* The catalogue's header is the translation of the empty msgid; a
	 * variable keeps xgettext from extracting it. */
	const char *empty = "", *h, *p;
	size_t n = 0;

	h = gettext(empty);
	if (h == NULL || (p = strstr(h, "Language:")) == NULL)
		return "en";
	for (p += strlen("Language:"); *p == ' '; p++)
		;
	while (n + 1 < sizeof lang && isalpha((unsigned char)p[n])) {
		lang[n] = (char)tolower((unsigned char)p[n]);
		n++;
	}
	lang[n] = '\0';
	return n >= 2 && n <= 3 ? lang : "en";
}

void
rhtml_paras(FILE *fp, const char *s)
{
	const char *p, *end;

	if (s == NULL || *s == '\0')
		return;
	for (p = s; *p != '\0'; p = end) {
		/* A paragraph ends at a blank line. */
		while (*p == '\n')
			p++;
		if (*p == '\0')
			break;
		end = strstr(p, "\n\n");
		if (end == NULL)
			end = p + strlen(p);
		fputs("<p>", fp);
		while (p < end) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			char *line;

			if (nl == NULL)
				nl = end;
			line = xstrndup(p, (size_t)(nl - p));
			report_html_escape(fp, line);
			free(line);
			p = nl;
			if (p < end) {
				fputs("<br>\n", fp);
				p++;
			}
		}
		fputs("</p>\n", fp);
	}
}

/*
 * Plain and readable without it; with it a narrow column, borders on the
 * tables and a skip link that shows when it gets focus. Printed: no
 * navigation, black links followed by their address.
 */
static const char style[] =
	"body { font-family: sans-serif; line-height: 1.5; max-width: 50em;\n"
	"  margin: 0 auto; padding: 0 1em; color: #111; background: #fff; }\n"
	"a { color: #0b4f9e; }\n"
	".skip { position: absolute; left: -100em; }\n"
	".skip:focus { position: static; }\n"
	"header { border-bottom: 1px solid #999; }\n"
	"nav ul { list-style: none; padding: 0; }\n"
	"nav li { display: inline; margin-right: 1.5em; }\n"
	"table { border-collapse: collapse; width: 100%; margin: 1em 0; }\n"
	"th, td { border: 1px solid #999; padding: 0.3em 0.5em;\n"
	"  text-align: left; vertical-align: top; }\n"
	"thead th { background: #eee; }\n"
	"dt { font-weight: bold; }\n"
	"dd { margin: 0 0 0.5em 1.5em; }\n"
	".notice { border-left: 0.3em solid #a00; padding-left: 0.7em; }\n"
	"footer { border-top: 1px solid #999; margin-top: 2em;\n"
	"  font-size: 0.9em; }\n"
	"@media print {\n"
	"  .skip, nav { display: none; }\n"
	"  body { max-width: none; font-size: 11pt; }\n"
	"  a { color: #000; text-decoration: none; }\n"
	"  main a[href]::after { content: \" (\" attr(href) \")\"; }\n"
	"  h1, h2, h3 { break-after: avoid; }\n"
	"  tr, dd, p { break-inside: avoid; }\n"
	"  thead th { background: none; }\n"
	"}\n";

/* A link of the navigation; the page the reader is on is named, not
 * linked to itself. */
static void
nav_item(FILE *fp, const char *href, const char *text, const char *current)
{
	if (current != NULL && strcmp(current, href) == 0) {
		fputs("<li><strong>", fp);
		report_html_escape(fp, text);
		fputs("</strong></li>\n", fp);
		return;
	}
	fputs("<li><a href=\"", fp);
	report_html_escape(fp, href);
	fputs("\">", fp);
	report_html_escape(fp, text);
	fputs("</a></li>\n", fp);
}

void
rhtml_begin(FILE *fp, const struct report_public_in *in, const char *title,
    const char *current)
{
	const char *town = in->s != NULL ? in->s->municipality : NULL;

	fputs("<!DOCTYPE html>\n<html lang=\"", fp);
	report_html_escape(fp, in->lang != NULL ? in->lang : "en");
	fputs("\">\n<head>\n<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">\n<title>", fp);
	report_html_escape(fp, title);
	if (town != NULL && *town != '\0') {
		fputs(" \xe2\x80\x93 ", fp);	/* en dash */
		report_html_escape(fp, town);
	}
	fputs("</title>\n<style>\n", fp);
	fputs(style, fp);
	fputs("</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">",
	    fp);
	/* TRANSLATORS: the first link of a web page, for keyboard and
	   screen reader users */
	report_html_escape(fp, _("Skip to the content"));
	fputs("</a>\n<header>\n", fp);
	if (town != NULL && *town != '\0') {
		fputs("<p>", fp);
		report_html_escape(fp, town);
		fputs("</p>\n", fp);
	}
	/* TRANSLATORS: the name of the navigation of the web pages */
	fputs("<nav aria-label=\"", fp);
	report_html_escape(fp, _("Citizen dialogues"));
	fputs("\">\n<ul>\n", fp);
	/* TRANSLATORS: link to the list of dialogues on the web pages */
	nav_item(fp, REPORT_PUBLIC_INDEX, _("All dialogues"), current);
	/* TRANSLATORS: link to the page that explains the ladder */
	nav_item(fp, REPORT_PUBLIC_TAKEPART, _("How you can take part"),
	    current);
	fputs("</ul>\n</nav>\n</header>\n<main id=\"main\">\n", fp);
}

void
rhtml_end(FILE *fp, const struct report_public_in *in)
{
	char date[16], *t, *w, *cite;

	dlg_date_format(in->today, date, sizeof date);
	fputs("</main>\n<footer>\n<p>", fp);
	/* TRANSLATORS: footer of the web pages; %s is a date */
	t = xasprintf(_("Published %s from the municipality's register of "
	    "citizen dialogues."), date);
	w = dlg_words(in->s, t);
	report_html_escape(fp, w);
	free(w);
	free(t);
	/* The policy the dialogues follow, and its handbook [T4]. */
	cite = dlg_policy_citation(in->s);
	if (cite[0] != '\0') {
		fputs("</p>\n<p>", fp);
		/* TRANSLATORS: footer of the web pages: %s is the policy's
		   title and decision */
		t = xasprintf(_("The dialogues follow %s."), cite);
		report_html_escape(fp, t);
		free(t);
	}
	if (in->s != NULL && in->s->handbook != NULL &&
	    in->s->handbook[0] != '\0') {
		fputs("</p>\n<p>", fp);
		/* TRANSLATORS: footer of the web pages: where the
		   policy's handbook is */
		t = xasprintf(_("Handbook: %s"), in->s->handbook);
		report_html_escape(fp, t);
		free(t);
	}
	free(cite);
	fputs("</p>\n</footer>\n</body>\n</html>\n", fp);
}
