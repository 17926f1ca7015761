/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * pdf-chart.c: the bar charts of the typeset PDF (the annual follow-up's
 * dialogues per deciding body and per step of the ladder, its shares,
 * its participants per month). A chart is a row per bar: the label, the
 * bar, and the figures beside it as text, so that the page reads in
 * black and white and in its text layer (pdftotext, a screen reader);
 * the rows are tagged as a table. Counts are scaled to their largest
 * bar; a share sits on a track from 0 to 100 %.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "util.h"
#include "pdf-int.h"

#define CHART_COLS	4	/* columns of figures at most */
#define LABEL_SHARE	0.38	/* of the width, at most, for labels */
#define GAP		10.0
#define MIN_BAR		90.0
#define MAX_BAR		240.0	/* the figures stay near their bars */
#define ROW_PAD		2.5	/* above and below a row */
#define BAR_H		8.0
#define BAR_GREY	0.35
#define TRACK_GREY	0.6

struct pdf_chart {
	const struct rprint_block *b;
	size_t			 n, ncol;
	struct pdf_lines	*label;		/* per bar */
	struct pdf_lines	*fig;		/* per bar and column */
	double			 x0;		/* the indent */
	double			 col_w[CHART_COLS];
	double			 bar_x, bar_w, fig_x;
	double			*row_h, *row_base;
	long			 max;		/* the largest count */
};

/* Column k of figures (tab-separated). Caller frees. */
static char *
column(const char *figures, size_t k)
{
	const char *p = figures, *tab;

	for (; k > 0 && p != NULL; k--)
		p = (tab = strchr(p, '\t')) != NULL ? tab + 1 : NULL;
	if (p == NULL)
		return xstrdup("");
	tab = strchr(p, '\t');
	return tab != NULL ? xstrndup(p, (size_t)(tab - p)) : xstrdup(p);
}

static size_t
columns(const char *figures)
{
	size_t n = 1;

	for (; *figures != '\0'; figures++)
		n += *figures == '\t';
	return n < CHART_COLS ? n : CHART_COLS;
}

static struct pdf_lines *
fig(const struct pdf_chart *c, size_t bar, size_t col)
{
	return &c->fig[bar * CHART_COLS + col];
}

struct pdf_chart *
pdf_chart_new(struct pdf_set *t, const struct rprint_block *b)
{
	struct pdf_chart *c = xcalloc(1, sizeof *c);
	double lw = 0, w, fw = 0, asc, desc;
	size_t i, k;
	char *s;

	c->b = b;
	c->n = b->nbars;
	c->x0 = (double)b->indent * 6.0;
	c->label = xcalloc(c->n, sizeof *c->label);
	c->fig = xcalloc(c->n * CHART_COLS, sizeof *c->fig);
	c->row_h = xcalloc(c->n, sizeof *c->row_h);
	c->row_base = xcalloc(c->n, sizeof *c->row_base);
	c->ncol = 1;
	for (i = 0; i < c->n; i++) {
		if (columns(b->bars[i].figures) > c->ncol)
			c->ncol = columns(b->bars[i].figures);
		if (b->bars[i].value > c->max)
			c->max = b->bars[i].value;
	}
	/* the figures in columns as wide as their widest */
	for (i = 0; i < c->n; i++)
		for (k = 0; k < c->ncol; k++) {
			s = column(b->bars[i].figures, k);
			pdf_lines_make(t, fig(c, i, k), PS_CHART, s, 0, 0);
			free(s);
			if ((w = pdf_lines_width(fig(c, i, k))) > c->col_w[k])
				c->col_w[k] = w;
		}
	for (k = 0; k < c->ncol; k++)
		fw += c->col_w[k] + (k > 0 ? GAP : 0);
	/* labels: as wide as the widest, wrapped beyond a share of the
	 * width */
	for (i = 0; i < c->n; i++) {
		pdf_lines_make(t, &c->label[i], PS_CHART, b->bars[i].label, 0,
		    0);
		if ((w = pdf_lines_width(&c->label[i])) > lw)
			lw = w;
	}
	if (lw > LABEL_SHARE * PDF_TEXT_W)
		lw = LABEL_SHARE * PDF_TEXT_W;
	c->bar_x = c->x0 + lw + GAP;
	c->bar_w = PDF_TEXT_W - c->bar_x - GAP - fw;
	if (c->bar_w < MIN_BAR)
		c->bar_w = MIN_BAR;
	if (c->bar_w > MAX_BAR)
		c->bar_w = MAX_BAR;
	c->fig_x = c->bar_x + c->bar_w + GAP;
	for (i = 0; i < c->n; i++) {
		pdf_lines_clear(&c->label[i]);
		pdf_lines_make(t, &c->label[i], PS_CHART, b->bars[i].label, lw,
		    0);
		asc = c->label[i].base[0];
		desc = c->label[i].h[0] - asc;
		for (k = 0; k < c->ncol; k++) {
			const struct pdf_lines *f = fig(c, i, k);

			if (f->base[0] > asc)
				asc = f->base[0];
			if (f->h[0] - f->base[0] > desc)
				desc = f->h[0] - f->base[0];
		}
		c->row_base[i] = ROW_PAD + asc;
		c->row_h[i] = 2 * ROW_PAD + asc + desc;
		/* the label's further lines below the first */
		for (k = 1; k < c->label[i].n; k++)
			c->row_h[i] += c->label[i].h[k];
	}
	return c;
}

void
pdf_chart_free(struct pdf_chart *c)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < c->n; i++)
		pdf_lines_clear(&c->label[i]);
	for (i = 0; i < c->n * CHART_COLS; i++)
		pdf_lines_clear(&c->fig[i]);
	free(c->label);
	free(c->fig);
	free(c->row_h);
	free(c->row_base);
	free(c);
}

size_t
pdf_chart_rows(const struct pdf_chart *c)
{
	return c->n;
}

double
pdf_chart_row_h(const struct pdf_chart *c, size_t r)
{
	return c->row_h[r];
}

/* The bar of row r, its middle on the first line's text. */
static void
draw_bar(struct pdf_set *t, const struct pdf_chart *c, size_t r,
    double base)
{
	const struct rprint_bar *bar = &c->b->bars[r];
	cairo_t *cr = t->cr;
	double x = PDF_MARGIN + c->bar_x, y = base - BAR_H + 1, len;

	if (c->b->style == REPORT_CHART_SHARES) {
		/* the track: what the share is of */
		cairo_save(cr);
		pdf_ink(t, TRACK_GREY);
		cairo_set_line_width(cr, 0.5);
		cairo_rectangle(cr, x, y, c->bar_w, BAR_H);
		cairo_stroke(cr);
		cairo_restore(cr);
		len = bar->scale > 0 ? c->bar_w * (double)bar->value /
		    (double)bar->scale : 0;
	} else
		len = c->max > 0 ? c->bar_w * (double)bar->value /
		    (double)c->max : 0;
	if (len > c->bar_w)
		len = c->bar_w;
	if (len <= 0)
		return;
	pdf_ink(t, BAR_GREY);
	cairo_rectangle(cr, x, y, len, BAR_H);
	cairo_fill(cr);
}

void
pdf_chart_draw(struct pdf_set *t, const struct pdf_chart *c, size_t r0,
    size_t r1, double y)
{
	const struct pdf_lines *f;
	double base, x;
	size_t r, k;

	cairo_tag_begin(t->cr, "Table", NULL);
	for (r = r0; r < r1 && r < c->n; r++) {
		base = y + c->row_base[r];
		cairo_tag_begin(t->cr, "TR", NULL);
		cairo_tag_begin(t->cr, "TH", NULL);
		for (k = 0; k < c->label[r].n; k++)
			pdf_lines_show(t, &c->label[r], k, PDF_MARGIN + c->x0,
			    base + c->label[r].top[k] + c->label[r].base[k] -
			    c->label[r].base[0], PS_CHART);
		cairo_tag_end(t->cr, "TH");
		cairo_tag_begin(t->cr, "TD", NULL);
		draw_bar(t, c, r, base);
		/* counts right-aligned in their columns; a share as it
		 * reads */
		x = PDF_MARGIN + c->fig_x;
		for (k = 0; k < c->ncol; k++) {
			f = fig(c, r, k);
			pdf_lines_show(t, f, 0, c->b->style ==
			    REPORT_CHART_COUNTS ? x + c->col_w[k] -
			    pdf_lines_width(f) : x, base, PS_CHART);
			x += c->col_w[k] + GAP;
		}
		cairo_tag_end(t->cr, "TD");
		cairo_tag_end(t->cr, "TR");
		y += c->row_h[r];
	}
	cairo_tag_end(t->cr, "Table");
}
