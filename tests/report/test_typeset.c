/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * test_typeset.c: the typeset PDF's own rules on their own: amounts and
 * units bound by no-break spaces, web and e-mail addresses found for
 * links, and the pages the preview is told matching the PDF written.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "report.h"
#include "util.h"
#include "pdf-int.h"

#define NB "\302\240"

static void
set(const char *in, const char *want)
{
	char *got = pdf_set_text(in);

	CHECK_STR(got, want);
	free(got);
}

static void
pdf_text_binds_amounts_and_their_units(void)
{
	set("Budget 125 000 kr, 50 % och § 9.",
	    "Budget 125" NB "000" NB "kr, 50" NB "% och §" NB "9.");
	set("1 234 567 SEK", "1" NB "234" NB "567" NB "SEK");
	/* a year and a number of people are not amounts; nor is "kronor" */
	set("år 2026 och 12 personer", "år 2026 och 12 personer");
	set("10 kronor", "10 kronor");
	set("3 4567 och 12 345", "3 4567 och 12" NB "345");
	set("", "");
	set(" 5 %", " 5" NB "%");
}

static void
link(const char *text, size_t k, const char *part, const char *uri)
{
	struct pdf_link *v;
	size_t n, i;

	v = pdf_find_links(text, &n);
	CHECK(k < n);
	if (k < n) {
		CHECK(v[k].end - v[k].start == strlen(part));
		CHECK(strncmp(text + v[k].start, part, strlen(part)) == 0);
		CHECK_STR(v[k].uri, uri);
	}
	for (i = 0; i < n; i++)
		free(v[i].uri);
	free(v);
}

static size_t
links(const char *text)
{
	struct pdf_link *v;
	size_t n, i;

	v = pdf_find_links(text, &n);
	for (i = 0; i < n; i++)
		free(v[i].uri);
	free(v);
	return n;
}

static void
pdf_finds_web_and_mail_addresses(void)
{
	const char *t = "Se https://www.tjorn.se/dialog, eller www.tjorn.se. "
	    "Mejla dialog@tjorn.se.";

	CHECK(links(t) == 3);
	/* a sentence's full stop or comma is not the address's */
	link(t, 0, "https://www.tjorn.se/dialog", "https://www.tjorn.se/dialog");
	link(t, 1, "www.tjorn.se", "https://www.tjorn.se");
	link(t, 2, "dialog@tjorn.se", "mailto:dialog@tjorn.se");
	/* what a PDF's URI and Cairo's attributes cannot hold raw */
	link("(http://x.se/gården/'a'b)", 0, "http://x.se/gården/'a'b",
	    "http://x.se/g%C3%A5rden/%27a%27b");
	CHECK(links("a@b, @x.se, 2@, nothing here") == 0);
	CHECK(links("") == 0);
}

static struct report_doc *
doc_of(size_t paragraphs)
{
	struct report_doc *doc;
	size_t i;

	doc = report_doc_new("Tjörns kommun", "Dialogue summary",
	    "MD-2026-001  Bänkar", "Proposed", 20577);
	report_doc_heading(doc, "Overview");
	report_doc_field(doc, "Budget", "125 000 kr");
	for (i = 0; i < paragraphs; i++) {
		if (i % 10 == 0)
			report_doc_heading(doc, "Section");
		report_doc_para(doc, "Åtta ord på en rad, om och om igen, "
		    "tills sidan tar slut och nästa börjar.");
	}
	return doc;
}

static void
pdf_pages_told_are_the_pdfs_pages(void)
{
	struct report_pdf_info info;
	struct report_doc *doc;
	struct dlg_error err;
	size_t pages, n;
	char head[6] = { 0 };
	FILE *fp;

	for (n = 0; n <= 200; n += 100) {
		doc = doc_of(n);
		pages = report_doc_pdf_pages(doc);
		CHECK(n == 0 ? pages == 1 : pages > 1);
		CHECK(report_doc_pdf_pages(doc) == pages);
		if ((fp = tmpfile()) == NULL) {
			CHECK(!"no temporary file");
			report_doc_free(doc);
			return;
		}
		err_clear(&err);
		CHECK(report_doc_write_pdf(doc, fp, &info, &err) == 0);
		CHECK(info.pages == pages);
		CHECK(strstr(info.fonts, "Noto Sans") == info.fonts);
		CHECK(info.missing == 0);
		rewind(fp);
		CHECK(fread(head, 1, 5, fp) == 5);
		CHECK_STR(head, "%PDF-");
		fclose(fp);
		report_doc_free(doc);
	}
}

static const struct check_test tests[] = {
	{ "pdf_text_binds_amounts_and_their_units",
	    pdf_text_binds_amounts_and_their_units },
	{ "pdf_finds_web_and_mail_addresses",
	    pdf_finds_web_and_mail_addresses },
	{ "pdf_pages_told_are_the_pdfs_pages",
	    pdf_pages_told_are_the_pdfs_pages },
	{ NULL, NULL }
};

int
main(int argc, char **argv)
{
	return check_main(tests, argc, argv);
}
