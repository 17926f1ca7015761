/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * pdf-int.h: what the typesetter (pdf.c) shares with its charts
 * (pdf-chart.c): the page geometry, the text styles, the typesetting
 * state and the helpers that make and draw Pango layouts. Lengths are
 * PostScript points (1/72 inch), y grows down the page.
 */
#ifndef DIALOGREG_PDF_INT_H
#define DIALOGREG_PDF_INT_H

#include <stddef.h>

#include <cairo.h>
#include <pango/pangocairo.h>

#include "util.h"
#include "print-int.h"

/* A4 portrait, as cairo_pdf_surface_create wants it. */
#define PDF_PAGE_W	595.276
#define PDF_PAGE_H	841.89
/* 22 mm either side: lines of about 80 characters of 10 pt text. */
#define PDF_MARGIN	62.0
#define PDF_TEXT_W	(PDF_PAGE_W - 2 * PDF_MARGIN)

/* The text styles of a document. */
enum pdf_style {
	PS_BODY,	/* paragraphs and values */
	PS_LABEL,	/* labels of fields, bullets */
	PS_TITLE,	/* the subject on the first page */
	PS_KICKER,	/* the kind of document above it */
	PS_HEADING,	/* a section */
	PS_SUB,		/* a group (a session, a feedback) */
	PS_MONO,	/* a line laid out in columns */
	PS_HEAD,	/* running header */
	PS_HEAD_BOLD,
	PS_FOOT,	/* running footer */
	PS_CHART,	/* chart labels and figures */
	PS_NSTYLES
};

/* How dark a style's text is (0 black, 1 white): printed in black and
 * white, the greys stay readable. */
extern const double pdf_grey[PS_NSTYLES];

/* A layout's lines, measured once: the top of each line from the top
 * of the layout, its height, its baseline below its top and where it
 * starts (the alignment of right-to-left text). */
struct pdf_lines {
	PangoLayout	*lay;
	size_t		 n;
	double		*top, *h, *base, *x;
};

struct pdf_set {
	cairo_surface_t		*surface;
	cairo_t			*cr;
	PangoContext		*pc;
	PangoFontDescription	*font[PS_NSTYLES];
	/* what was found, for report_pdf_info */
	struct strlist		 fonts;		/* families, first use first */
	size_t			 missing;
	struct strbuf		 missing_what;
	size_t			 nmissing_named;
};

/*
 * A layout of text (clean UTF-8, newlines kept) in style st, wrapped at
 * width points (0: one line per paragraph of text), measured into l;
 * with maxlines > 0 (and a width) cut with "…" after that many lines.
 * Notes the fonts it uses and the characters no font has.
 */
void pdf_lines_make(struct pdf_set *t, struct pdf_lines *l,
    enum pdf_style st, const char *text, double width, int maxlines);
void pdf_lines_clear(struct pdf_lines *l);
/* The natural width of the widest line of l. */
double pdf_lines_width(const struct pdf_lines *l);
/* Draw line k of l on the baseline y, the layout's left edge at x, in
 * the grey of style st. */
void pdf_lines_show(struct pdf_set *t, const struct pdf_lines *l, size_t k,
    double x, double baseline, enum pdf_style st);

/* Set the colour for style st (a grey), and for a rule or fill. */
void pdf_ink(struct pdf_set *t, double grey);

/*
 * Text as it is set: a space inside an amount or before its unit
 * becomes a no-break space, so that "125 000 kr", "50 %" and "§ 9"
 * never break across a line. Caller frees.
 */
char *pdf_set_text(const char *s);

/* A web or e-mail address in a text: bytes [start, end) of it, and the
 * URI of its link (ASCII; "mailto:" for an e-mail address). */
struct pdf_link {
	size_t	 start, end;
	char	*uri;
};
/* The addresses in text (http://, https://, www., name@domain.tld), in
 * order; *n their number. Caller frees each uri and the array. */
struct pdf_link *pdf_find_links(const char *text, size_t *n);

/* A chart (block kind RB_CHART), laid out for the text width. */
struct pdf_chart;
struct pdf_chart *pdf_chart_new(struct pdf_set *t,
    const struct rprint_block *b);
void pdf_chart_free(struct pdf_chart *c);	/* accepts NULL */
/* Its rows (one per bar), each one's height, and drawing rows
 * [r0, r1) from y on, tagged as a table for the structure. */
size_t pdf_chart_rows(const struct pdf_chart *c);
double pdf_chart_row_h(const struct pdf_chart *c, size_t r);
void pdf_chart_draw(struct pdf_set *t, const struct pdf_chart *c,
    size_t r0, size_t r1, double y);

#endif
