/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * pdf.c: the typeset PDF of everything printed. Takes the blocks a
 * document was built of (print.c) and sets them with Pango on Cairo's
 * PDF surface: a proportional font and its bold, fontconfig falling back
 * to another font for a script the first one lacks, Pango ordering and
 * shaping right-to-left and complex scripts; label and value pairs as a
 * table whose values wrap in their column, lists with their bullets,
 * headings that are never the last thing on a page, the charts of
 * pdf-chart.c; a running header and footer ("Page N of M" known before
 * the first page is drawn, as all pages are laid out first); metadata,
 * structure tags and links. Also counts the pages for the screens'
 * preview, and says which fonts were used and which characters had
 * none.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cairo-pdf.h>

#include "i18n.h"
#include "report.h"
#include "typeset.h"
#include "util.h"
#include "report-int.h"
#include "print-int.h"
#include "pdf-int.h"

/*
 * The faces, in the order fontconfig is asked for them: Noto Sans for
 * Latin (Swedish, Polish, Somali), Greek and Cyrillic, with its bold;
 * Noto Sans Arabic for Arabic and Persian in the same style (fontconfig
 * would take DejaVu Sans' plainer Arabic first); DejaVu Sans when Noto
 * is not installed. Anything else (Ethiopic for Tigrinya, say) is
 * fontconfig's choice among the installed fonts.
 */
#define FAMILY		"Noto Sans, Noto Sans Arabic, DejaVu Sans"
#define MONO		"DejaVu Sans Mono, Noto Sans Mono, monospace"

/* The page's areas, from its top edge. */
#define HEAD_TOP	34.0	/* the running header's first line */
#define HEAD_RULE	64.0
#define BODY_TOP	84.0
#define BODY_BOTTOM	(PDF_PAGE_H - 66.0)
#define BODY_H		(BODY_BOTTOM - BODY_TOP)
#define FOOT_RULE	(PDF_PAGE_H - 54.0)
/* An indent of report_doc_indent, per cell. */
#define CELL		6.0
/* Room between a label and its value, a bullet and its text. */
#define GAP		10.0
/* The label column takes at most this share of the text width. */
#define LABEL_SHARE	0.40
/* The space above a table row's text and below it, inside the row. */
#define ROW_PAD		2.5
/* A blank line of the text, as space. */
#define BLANK_SPACE	8.0
/* Blocks that are kept together are cut apart when taller than this. */
#define KEEP_WHOLE	4	/* lines: a block not split across pages */
#define HAIRLINE	0.4
#define EPS		0.01

static const struct {
	const char	*family;
	double		 size;
	int		 bold;
} styles[PS_NSTYLES] = {
	[PS_BODY] =	{ FAMILY, 10, 0 },
	[PS_LABEL] =	{ FAMILY, 9, 0 },
	[PS_TITLE] =	{ FAMILY, 17, 1 },
	[PS_KICKER] =	{ FAMILY, 10, 0 },
	[PS_HEADING] =	{ FAMILY, 13, 1 },
	[PS_SUB] =	{ FAMILY, 10.5, 1 },
	[PS_MONO] =	{ MONO, 8.5, 0 },
	[PS_HEAD] =	{ FAMILY, 8.5, 0 },
	[PS_HEAD_BOLD] = { FAMILY, 8.5, 1 },
	[PS_FOOT] =	{ FAMILY, 7.5, 0 },
	[PS_CHART] =	{ FAMILY, 9, 0 },
};

const double pdf_grey[PS_NSTYLES] = {
	[PS_LABEL] = 0.3, [PS_KICKER] = 0.35, [PS_HEAD] = 0.3,
	[PS_FOOT] = 0.3,
};

/* ------------------------------------------------------------ layouts */

/* The family of each font a layout uses, once; the characters that have
 * no glyph in any, the first few named with their script. */
static void
note_fonts(struct pdf_set *t, PangoLayout *lay)
{
	PangoLayoutIter *it;
	PangoGlyphItem *run;
	PangoFontDescription *d;
	const char *fam;
	gunichar wc;
	guint32 tag;
	size_t i;
	int g;

	t->missing += (size_t)pango_layout_get_unknown_glyphs_count(lay);
	it = pango_layout_get_iter(lay);
	do {
		if ((run = pango_layout_iter_get_run_readonly(it)) == NULL)
			continue;
		d = pango_font_describe(run->item->analysis.font);
		fam = pango_font_description_get_family(d);
		for (i = 0; fam != NULL && i < t->fonts.n; i++)
			if (strcmp(t->fonts.v[i], fam) == 0)
				break;
		if (fam != NULL && i == t->fonts.n)
			sl_push(&t->fonts, fam);
		pango_font_description_free(d);
		for (g = 0; g < run->glyphs->num_glyphs; g++) {
			PangoGlyph gl = run->glyphs->glyphs[g].glyph;

			if (gl == PANGO_GLYPH_EMPTY ||
			    gl == PANGO_GLYPH_INVALID_INPUT ||
			    !(gl & PANGO_GLYPH_UNKNOWN_FLAG) ||
			    t->nmissing_named >= 4)
				continue;
			wc = gl & ~PANGO_GLYPH_UNKNOWN_FLAG;
			tag = g_unicode_script_to_iso15924(
			    g_unichar_get_script(wc));
			sb_addf(&t->missing_what, "%sU+%04lX (%c%c%c%c)",
			    t->nmissing_named > 0 ? ", " : "",
			    (unsigned long)wc, (char)(tag >> 24),
			    (char)(tag >> 16), (char)(tag >> 8), (char)tag);
			t->nmissing_named++;
		}
	} while (pango_layout_iter_next_run(it));
	pango_layout_iter_free(it);
}

void
pdf_lines_make(struct pdf_set *t, struct pdf_lines *l, enum pdf_style st,
    const char *text, double width, int maxlines)
{
	PangoLayoutIter *it;
	PangoRectangle log;
	int y0, y1;
	size_t k;

	memset(l, 0, sizeof *l);
	l->lay = pango_layout_new(t->pc);
	pango_layout_set_font_description(l->lay, t->font[st]);
	pango_layout_set_wrap(l->lay, PANGO_WRAP_WORD_CHAR);
	if (width > 0)
		pango_layout_set_width(l->lay, (int)(width * PANGO_SCALE));
	if (width > 0 && maxlines > 0) {
		pango_layout_set_ellipsize(l->lay, PANGO_ELLIPSIZE_END);
		pango_layout_set_height(l->lay, -maxlines);
	}
	pango_layout_set_text(l->lay, text, -1);
	l->n = (size_t)pango_layout_get_line_count(l->lay);
	l->top = xcalloc(l->n, sizeof *l->top);
	l->h = xcalloc(l->n, sizeof *l->h);
	l->base = xcalloc(l->n, sizeof *l->base);
	l->x = xcalloc(l->n, sizeof *l->x);
	it = pango_layout_get_iter(l->lay);
	k = 0;
	do {
		pango_layout_iter_get_line_yrange(it, &y0, &y1);
		pango_layout_iter_get_line_extents(it, NULL, &log);
		l->top[k] = (double)y0 / PANGO_SCALE;
		l->h[k] = (double)(y1 - y0) / PANGO_SCALE;
		l->base[k] = (double)(pango_layout_iter_get_baseline(it) - y0) /
		    PANGO_SCALE;
		l->x[k] = (double)log.x / PANGO_SCALE;
		k++;
	} while (k < l->n && pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
	note_fonts(t, l->lay);
}

void
pdf_lines_clear(struct pdf_lines *l)
{
	if (l->lay != NULL)
		g_object_unref(l->lay);
	free(l->top);
	free(l->h);
	free(l->base);
	free(l->x);
	memset(l, 0, sizeof *l);
}

double
pdf_lines_width(const struct pdf_lines *l)
{
	PangoRectangle log;

	pango_layout_get_extents(l->lay, NULL, &log);
	return (double)log.width / PANGO_SCALE;
}

void
pdf_ink(struct pdf_set *t, double grey)
{
	cairo_set_source_rgb(t->cr, grey, grey, grey);
}

void
pdf_lines_show(struct pdf_set *t, const struct pdf_lines *l, size_t k,
    double x, double baseline, enum pdf_style st)
{
	if (k >= l->n)
		return;
	pdf_ink(t, pdf_grey[st]);
	cairo_move_to(t->cr, x + l->x[k], baseline);
	pango_cairo_show_layout_line(t->cr,
	    pango_layout_get_line_readonly(l->lay, (int)k));
}

/* ------------------------------------------------------------ blocks */

/* What a typeset block is: a block of the document, or the title and
 * the line above it that the first page opens with. */
enum tb_kind { TB_DOC, TB_KICKER, TB_TITLE };

struct tblock {
	enum tb_kind		 tk;
	const struct rprint_block *b;		/* TB_DOC */
	enum pdf_style		 st_lead, st_text;
	struct pdf_lines	 lead, text;
	double			 lead_x, text_x;
	size_t			 nrows;
	double			*row_h, *row_base;
	struct pdf_link		*links;
	size_t			 nlinks;
	struct pdf_chart	*chart;
};

/* A box is what pagination moves: a row of a block (its lines side by
 * side), with the space above it that goes at the top of a page. */
struct box {
	size_t		 tb, row;
	double		 h, space, pad;	/* pad: above the row's text */
	int		 keep;		/* on the page of the next box */
	double		 y;		/* its top, once placed */
};

struct doc_set {
	struct pdf_set		 t;
	struct rprint_about	 about;
	struct tblock		*tb;
	size_t			 ntb;
	struct box		*bx;
	size_t			 nbx, abx;
	size_t			*first;		/* page p: boxes first[p].. */
	size_t			 npages;
	double			 label_col;	/* where values start */
	FILE			*fp;
	int			 write_failed;
};

static enum rprint_kind
kind_of(const struct tblock *b)
{
	return b->tk == TB_DOC ? b->b->kind : RB_PARA;
}

/* The x of an indent of cells. */
static double
indent_x(size_t cells)
{
	return (double)cells * CELL;
}

/* "-" and "*", the text's bullets, are set as "•"; other leads (a date,
 * "1.") as they are. */
static int
plain_bullet(const char *s)
{
	return strcmp(s, "-") == 0 || strcmp(s, "*") == 0;
}

/* Where the values of fields start: after the widest label (at its
 * indent), at most LABEL_SHARE of the width; wider labels wrap. */
static void
label_column(struct doc_set *d, const struct rprint_block *b, size_t n)
{
	struct pdf_lines l;
	double w, max = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (b[i].kind != RB_FIELD)
			continue;
		pdf_lines_make(&d->t, &l, PS_LABEL, b[i].lead, 0, 0);
		w = indent_x(b[i].indent) + pdf_lines_width(&l);
		pdf_lines_clear(&l);
		if (w > max)
			max = w;
	}
	d->label_col = max + GAP;
	if (d->label_col > LABEL_SHARE * PDF_TEXT_W)
		d->label_col = LABEL_SHARE * PDF_TEXT_W;
}

/* The rows of a block with one or two columns: each row as high as the
 * taller of its lines, both on one baseline. */
static void
measure_rows(struct tblock *b)
{
	double asc, desc;
	size_t k;

	b->nrows = b->lead.n > b->text.n ? b->lead.n : b->text.n;
	b->row_h = xcalloc(b->nrows + 1, sizeof *b->row_h);
	b->row_base = xcalloc(b->nrows + 1, sizeof *b->row_base);
	for (k = 0; k < b->nrows; k++) {
		asc = desc = 0;
		if (k < b->lead.n) {
			asc = b->lead.base[k];
			desc = b->lead.h[k] - b->lead.base[k];
		}
		if (k < b->text.n) {
			if (b->text.base[k] > asc)
				asc = b->text.base[k];
			if (b->text.h[k] - b->text.base[k] > desc)
				desc = b->text.h[k] - b->text.base[k];
		}
		b->row_h[k] = asc + desc;
		b->row_base[k] = asc;
	}
}

/* Lay out one block of the document. */
static void
set_block(struct doc_set *d, struct tblock *tb, const struct rprint_block *b)
{
	double x = indent_x(b->indent), w;
	char *t, *lead;

	tb->tk = TB_DOC;
	tb->b = b;
	tb->st_text = PS_BODY;
	tb->st_lead = PS_LABEL;
	if (b->kind == RB_CHART) {
		tb->chart = pdf_chart_new(&d->t, b);
		tb->nrows = pdf_chart_rows(tb->chart);
		return;
	}
	if (b->kind == RB_BLANK)
		return;
	t = pdf_set_text(b->text != NULL ? b->text : "");
	switch (b->kind) {
	case RB_HEADING:
		tb->st_text = PS_HEADING;
		x = 0;
		break;
	case RB_SUBHEADING:
		tb->st_text = PS_SUB;
		break;
	case RB_LINE:
		tb->st_text = PS_MONO;
		break;
	case RB_FIELD:
		tb->lead_x = x;
		w = d->label_col - GAP - x;
		pdf_lines_make(&d->t, &tb->lead, PS_LABEL, b->lead,
		    w > 3 * CELL ? w : 3 * CELL, 0);
		x = d->label_col;
		break;
	case RB_ITEM:
		tb->lead_x = x;
		if (plain_bullet(b->lead)) {
			tb->st_lead = PS_BODY;
			lead = xstrdup("•");
		} else
			lead = pdf_set_text(b->lead);
		pdf_lines_make(&d->t, &tb->lead, tb->st_lead, lead, 0, 0);
		free(lead);
		w = pdf_lines_width(&tb->lead);
		x += (w < 2 * CELL ? 2 * CELL : w) + (tb->st_lead == PS_BODY ?
		    CELL : GAP);
		break;
	default:
		break;
	}
	if (x > PDF_TEXT_W / 2)
		x = PDF_TEXT_W / 2;
	tb->text_x = x;
	pdf_lines_make(&d->t, &tb->text, tb->st_text, t, PDF_TEXT_W - x, 0);
	tb->links = pdf_find_links(t, &tb->nlinks);
	free(t);
	measure_rows(tb);
}

/* The title of the first page (TB_TITLE) and the kind of document and
 * its tag above it (TB_KICKER). */
static void
set_title(struct doc_set *d, struct tblock *tb, enum tb_kind tk)
{
	char *t;

	tb->tk = tk;
	if (tk == TB_TITLE) {
		tb->st_text = PS_TITLE;
		t = pdf_set_text(d->about.subject);
	} else {
		tb->st_text = PS_KICKER;
		t = d->about.tag[0] != '\0' ? xasprintf("%s · %s",
		    d->about.kind, d->about.tag) : xstrdup(d->about.kind);
	}
	pdf_lines_make(&d->t, &tb->text, tb->st_text, t, PDF_TEXT_W, 0);
	free(t);
	measure_rows(tb);
}

static void
tblock_clear(struct tblock *tb)
{
	size_t i;

	pdf_lines_clear(&tb->lead);
	pdf_lines_clear(&tb->text);
	free(tb->row_h);
	free(tb->row_base);
	for (i = 0; i < tb->nlinks; i++)
		free(tb->links[i].uri);
	free(tb->links);
	pdf_chart_free(tb->chart);
}

/* ------------------------------------------------------------ boxes */

static struct box *
add_box(struct doc_set *d, size_t tb, size_t row, double h, double space)
{
	struct box *x;

	if (d->nbx == d->abx) {
		d->abx = d->abx ? d->abx * 2 : 128;
		d->bx = xrealloc(d->bx, d->abx * sizeof *d->bx);
	}
	x = &d->bx[d->nbx++];
	memset(x, 0, sizeof *x);
	x->tb = tb;
	x->row = row;
	x->h = h;
	x->space = space;
	return x;
}

/* The group of the block of box i, or 0. */
static unsigned
box_group(const struct doc_set *d, size_t i)
{
	const struct tblock *tb = &d->tb[d->bx[i].tb];

	return tb->tk == TB_DOC ? tb->b->group : 0;
}

/* The space above a block of kind k. */
static double
space_above(enum rprint_kind k)
{
	switch (k) {
	case RB_HEADING:
		return 16;
	case RB_SUBHEADING:
		return 8;
	case RB_PARA:
		return 4;
	case RB_ITEM:
		return 2;
	case RB_CHART:
		return 4;
	default:
		return 0;
	}
}

/*
 * The boxes of all blocks, with the rules of the text's pages: a block
 * of up to KEEP_WHOLE lines is not split and a longer one leaves no
 * single line behind; a heading keeps two lines of its section with it,
 * a subheading its first line; report_doc_keep keeps a block with the
 * next; a group stays on one page when it fills at most half of one;
 * a chart is not split unless taller than a page.
 */
static void
make_boxes(struct doc_set *d)
{
	double pending = 0, space, h, group_h;
	size_t i, k, n, forced = (size_t)-1;
	unsigned group;
	int force = 0;
	struct box *x;

	for (i = 0; i < d->ntb; i++) {
		struct tblock *tb = &d->tb[i];
		enum rprint_kind kind = kind_of(tb);

		/* A section of one line ends here: the line a heading kept
		 * need not keep what follows (the text keeps it with a
		 * blank line). */
		if ((kind == RB_BLANK || kind == RB_HEADING) &&
		    forced + 1 == d->nbx) {
			d->bx[forced].keep = 0;
			forced = (size_t)-1;
		}
		if (kind == RB_BLANK) {
			if (pending < BLANK_SPACE)
				pending = BLANK_SPACE;
			continue;
		}
		space = tb->tk == TB_TITLE ? 2 : space_above(kind);
		if (pending > space)
			space = pending;
		pending = tb->tk == TB_TITLE ? 14 : 0;
		n = tb->nrows;
		x = NULL;
		for (k = 0; k < n; k++) {
			h = tb->chart != NULL ? pdf_chart_row_h(tb->chart, k) :
			    tb->row_h[k];
			x = add_box(d, i, k, h, k == 0 ? space : 0);
			if (kind == RB_FIELD) {
				/* a table row: padded, a rule below */
				if (k == 0) {
					x->pad = ROW_PAD;
					x->h += ROW_PAD;
				}
				if (k + 1 == n)
					x->h += ROW_PAD;
			}
			if (kind == RB_HEADING && k + 1 == n)
				x->h += 5;	/* its rule */
			if (tb->chart != NULL || tb->tk != TB_DOC)
				x->keep = k + 1 < n;
			else if (n <= KEEP_WHOLE)
				x->keep = k + 1 < n;
			else
				x->keep = k == 0 || k + 2 == n;
			if (force > 0) {
				if (!x->keep)
					forced = d->nbx - 1;
				x->keep = 1;
				force--;
			}
		}
		if (x == NULL)
			continue;
		if (tb->tk != TB_DOC)
			x->keep = 1;	/* the title stays with the text */
		if (kind == RB_HEADING) {
			x->keep = 1;
			force = 1;
		} else if (kind == RB_SUBHEADING) {
			x->keep = 1;
			force = 1;
		}
		if (tb->tk == TB_DOC && tb->b->keep)
			x->keep = 1;
		/* kept for its own sake too */
		if ((tb->tk != TB_DOC || kind == RB_HEADING ||
		    kind == RB_SUBHEADING || tb->b->keep) &&
		    forced + 1 == d->nbx)
			forced = (size_t)-1;
	}
	/* groups: every box but the last kept, when half a page holds
	 * them */
	for (i = 0; i < d->nbx; i = k) {
		group = box_group(d, i);
		for (k = i + 1, group_h = d->bx[i].h; group != 0 &&
		    k < d->nbx && box_group(d, k) == group; k++)
			group_h += d->bx[k].space + d->bx[k].h;
		if (group != 0 && group_h <= BODY_H / 2)
			for (n = i; n + 1 < k; n++)
				d->bx[n].keep = 1;
	}
}

/* Pages as print.c makes them, in points: boxes that must stay
 * together go to the next page when they do not fit there, unless they
 * fill more than a page (then as many as fit). */
static void
paginate(struct doc_set *d)
{
	size_t i = 0, j, k, alloc = 8;
	double used = 0, need;

	d->first = xrealloc(d->first, alloc * sizeof *d->first);
	d->npages = 1;
	d->first[0] = 0;
	while (i < d->nbx) {
		need = (used > 0 ? d->bx[i].space : 0) + d->bx[i].h;
		for (j = i; j + 1 < d->nbx && d->bx[j].keep; j++)
			need += d->bx[j + 1].space + d->bx[j + 1].h;
		if (used + need > BODY_H + EPS) {
			if (used > 0) {
				if (d->npages + 2 > alloc) {
					alloc *= 2;
					d->first = xrealloc(d->first, alloc *
					    sizeof *d->first);
				}
				d->first[d->npages++] = i;
				used = 0;
				continue;
			}
			need = d->bx[i].h;
			for (j = i; j + 1 < d->nbx && need + d->bx[j + 1].space +
			    d->bx[j + 1].h <= BODY_H + EPS; j++)
				need += d->bx[j + 1].space + d->bx[j + 1].h;
		}
		for (k = i; k <= j; k++) {
			if (used > 0)
				used += d->bx[k].space;
			d->bx[k].y = BODY_TOP + used;
			used += d->bx[k].h;
		}
		i = j + 1;
	}
	d->first[d->npages] = d->nbx;
}

/* ------------------------------------------------------------ drawing */

/* The structure element of a block, and the one a run of such blocks
 * sits in (a table of fields, a list of items). */
static const char *
block_tag(const struct tblock *tb)
{
	if (tb->tk == TB_TITLE)
		return "H1";
	if (tb->tk == TB_KICKER)
		return "P";
	switch (tb->b->kind) {
	case RB_HEADING:
		return "H2";
	case RB_SUBHEADING:
		return "H3";
	case RB_FIELD:
		return "TR";
	case RB_ITEM:
		return "LI";
	default:
		return "P";
	}
}

static const char *
run_tag(const struct tblock *tb)
{
	if (tb->tk != TB_DOC)
		return NULL;
	if (tb->b->kind == RB_FIELD)
		return "Table";
	if (tb->b->kind == RB_ITEM)
		return "L";
	return NULL;
}

static void
rule(struct pdf_set *t, double x0, double x1, double y, double width,
    double grey)
{
	cairo_save(t->cr);
	pdf_ink(t, grey);
	cairo_set_line_width(t->cr, width);
	cairo_move_to(t->cr, PDF_MARGIN + x0, y);
	cairo_line_to(t->cr, PDF_MARGIN + x1, y);
	cairo_stroke(t->cr);
	cairo_restore(t->cr);
}

/* The links of the text column of a row: each address, or the part of
 * it on this line, as a rectangle over the text (top and h: the
 * row's). */
static void
draw_links(struct doc_set *d, const struct tblock *tb, size_t row, double top,
    double h)
{
	PangoLayoutLine *line;
	size_t i, s, e, ls, le;
	int x0, x1, lo, hi;
	double left;
	char *attr;

	if (row >= tb->text.n)
		return;
	line = pango_layout_get_line_readonly(tb->text.lay, (int)row);
	ls = (size_t)line->start_index;
	le = ls + (size_t)line->length;
	left = PDF_MARGIN + tb->text_x + tb->text.x[row];
	for (i = 0; i < tb->nlinks; i++) {
		s = tb->links[i].start > ls ? tb->links[i].start : ls;
		e = tb->links[i].end < le ? tb->links[i].end : le;
		if (s >= e)
			continue;
		pango_layout_line_index_to_x(line, (int)s, 0, &x0);
		pango_layout_line_index_to_x(line, (int)e, 0, &x1);
		lo = x0 < x1 ? x0 : x1;
		hi = x0 < x1 ? x1 : x0;
		/* whole points: the attribute is read the same in every
		 * locale */
		attr = xasprintf("uri='%s' rect=[%d %d %d %d]",
		    tb->links[i].uri, (int)(left + (double)lo / PANGO_SCALE),
		    (int)top, (int)((double)(hi - lo) / PANGO_SCALE + 1),
		    (int)(h + 1));
		cairo_tag_begin(d->t.cr, CAIRO_TAG_LINK, attr);
		cairo_tag_end(d->t.cr, CAIRO_TAG_LINK);
		free(attr);
	}
}

/* The rows of one column of boxes [i0, i1) of a block, when it has a
 * line in any of them, tagged as tag. */
static void
draw_column(struct doc_set *d, size_t i0, size_t i1, int lead,
    const char *tag)
{
	const struct tblock *tb = &d->tb[d->bx[i0].tb];
	const struct pdf_lines *l = lead ? &tb->lead : &tb->text;
	const struct box *x;
	double base;
	size_t i;

	if (d->bx[i0].row >= l->n)
		return;
	if (tag != NULL)
		cairo_tag_begin(d->t.cr, tag, NULL);
	for (i = i0; i < i1; i++) {
		x = &d->bx[i];
		base = x->y + x->pad + tb->row_base[x->row];
		pdf_lines_show(&d->t, l, x->row, PDF_MARGIN + (lead ?
		    tb->lead_x : tb->text_x), base, lead ? tb->st_lead :
		    tb->st_text);
		if (!lead)
			draw_links(d, tb, x->row, x->y + x->pad,
			    tb->row_h[x->row]);
	}
	if (tag != NULL)
		cairo_tag_end(d->t.cr, tag);
}

/* Boxes [i0, i1) of one block, on one page. */
static void
draw_segment(struct doc_set *d, size_t i0, size_t i1)
{
	const struct tblock *tb = &d->tb[d->bx[i0].tb];
	const struct box *last = &d->bx[i1 - 1];
	enum rprint_kind k = kind_of(tb);
	const char *tag = block_tag(tb);

	if (tb->chart != NULL) {
		pdf_chart_draw(&d->t, tb->chart, d->bx[i0].row, last->row + 1,
		    d->bx[i0].y);
		return;
	}
	cairo_tag_begin(d->t.cr, tag, NULL);
	if (k == RB_FIELD || k == RB_ITEM) {
		draw_column(d, i0, i1, 1, k == RB_FIELD ? "TH" : "Lbl");
		draw_column(d, i0, i1, 0, k == RB_FIELD ? "TD" : "LBody");
	} else
		draw_column(d, i0, i1, 0, NULL);
	cairo_tag_end(d->t.cr, tag);
	if (k == RB_FIELD)
		rule(&d->t, tb->lead_x, PDF_TEXT_W, last->y + last->h,
		    HAIRLINE, 0.7);
	else if (k == RB_HEADING && last->row + 1 == tb->nrows)
		rule(&d->t, 0, PDF_TEXT_W, last->y + last->h - 2, 0.6, 0.45);
}

/* Text at the left of a line and text at its right, on one baseline;
 * the left one cut with "…" to leave room for the right one, to at
 * most maxlines lines. */
static void
two_sided(struct pdf_set *t, const char *left, enum pdf_style lst,
    const char *right, enum pdf_style rst, double baseline, int maxlines)
{
	struct pdf_lines l, r;
	double rw;
	size_t k;

	pdf_lines_make(t, &r, rst, right, 0, 0);
	rw = *right != '\0' ? pdf_lines_width(&r) : 0;
	pdf_lines_make(t, &l, lst, left, PDF_TEXT_W - rw - 2 * GAP, maxlines);
	for (k = 0; k < l.n; k++)
		pdf_lines_show(t, &l, k, PDF_MARGIN, baseline + l.top[k] +
		    l.base[k] - l.base[0], lst);
	pdf_lines_show(t, &r, 0, PDF_MARGIN + PDF_TEXT_W - rw, baseline, rst);
	pdf_lines_clear(&l);
	pdf_lines_clear(&r);
}

/* The running header: municipality and the kind of document, then the
 * subject and its tag (the state), then a rule. */
static void
draw_header(struct doc_set *d)
{
	two_sided(&d->t, d->about.municipality, PS_HEAD_BOLD, d->about.kind,
	    PS_HEAD, HEAD_TOP + 9, 1);
	two_sided(&d->t, d->about.subject, PS_HEAD, d->about.tag, PS_HEAD,
	    HEAD_TOP + 21, 1);
	rule(&d->t, 0, PDF_TEXT_W, HEAD_RULE, 0.6, 0.45);
}

/* The running footer: a rule, the print date and the policy the
 * register follows (two lines at most), "Page N of M". */
static void
draw_footer(struct doc_set *d, struct report_doc *doc, size_t page)
{
	char *left = rprint_printed(doc), *right;

	right = rprint_page_of(page, d->npages);
	rule(&d->t, 0, PDF_TEXT_W, FOOT_RULE, 0.6, 0.45);
	two_sided(&d->t, left, PS_FOOT, right, PS_HEAD, FOOT_RULE + 12, 2);
	free(left);
	free(right);
}

static void
draw(struct doc_set *d, struct report_doc *doc)
{
	const char *open = NULL, *run;
	size_t p, i, j;

	for (p = 0; p < d->npages; p++) {
		draw_header(d);
		draw_footer(d, doc, p);
		for (i = d->first[p]; i < d->first[p + 1]; i = j) {
			for (j = i + 1; j < d->first[p + 1] &&
			    d->bx[j].tb == d->bx[i].tb; j++)
				;
			run = run_tag(&d->tb[d->bx[i].tb]);
			if (run != open) {
				if (open != NULL)
					cairo_tag_end(d->t.cr, open);
				if (run != NULL)
					cairo_tag_begin(d->t.cr, run, NULL);
				/* a table opens with a rule, unless a
				 * heading's rule is just above */
				if (run != NULL && strcmp(run, "Table") == 0 &&
				    !(i > d->first[p] &&
				    kind_of(&d->tb[d->bx[i - 1].tb]) ==
				    RB_HEADING))
					rule(&d->t, d->tb[d->bx[i].tb].lead_x,
					    PDF_TEXT_W, d->bx[i].y, HAIRLINE,
					    0.7);
				open = run;
			}
			draw_segment(d, i, j);
		}
		if (open != NULL)
			cairo_tag_end(d->t.cr, open);
		open = NULL;
		cairo_show_page(d->t.cr);
	}
}

/* ------------------------------------------------------------ document */

/* s with runs of white space as one space, for the metadata. Caller
 * frees. */
static char *
one_spaced(const char *s)
{
	struct strbuf sb;

	sb_init(&sb);
	for (; *s != '\0'; s++)
		if (*s != ' ' || (sb.len > 0 && sb.buf[sb.len - 1] != ' '))
			sb_addc(&sb, *s);
	if (sb.len > 0 && sb.buf[sb.len - 1] == ' ')
		sb.buf[--sb.len] = '\0';
	return sb_detach(&sb);
}

/* Title ("Dialogue summary: MD-2026-005 Ny skatepark"), author (the
 * municipality), subject (the kind), creator and the creation date: the
 * print date at the time of day it is written. */
static void
set_metadata(struct doc_set *d)
{
	cairo_surface_t *s = d->t.surface;
	char *title, *subject, date[16], when[64];
	struct tm tm;
	time_t now = time(NULL);
	long off;

	subject = one_spaced(d->about.subject);
	title = *subject != '\0' ? xasprintf("%s: %s", d->about.kind,
	    subject) : xstrdup(d->about.kind);
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, title);
	if (d->about.municipality[0] != '\0')
		cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_AUTHOR,
		    d->about.municipality);
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT,
	    d->about.kind);
	cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR,
	    PACKAGE " " VERSION);
	dlg_date_format(d->about.today, date, sizeof date);
	if (localtime_r(&now, &tm) != NULL) {
		off = (tm.tm_gmtoff / 60) % (24 * 60);
		snprintf(when, sizeof when, "%sT%02d:%02d:%02d%c%02ld:%02ld",
		    date, tm.tm_hour, tm.tm_min, tm.tm_sec, off < 0 ? '-' : '+',
		    labs(off) / 60, labs(off) % 60);
		cairo_pdf_surface_set_metadata(s,
		    CAIRO_PDF_METADATA_CREATE_DATE, when);
	}
	free(title);
	free(subject);
}

static cairo_status_t
write_fp(void *closure, const unsigned char *data, unsigned int len)
{
	struct doc_set *d = closure;

	if (fwrite(data, 1, len, d->fp) != len) {
		d->write_failed = errno != 0 ? errno : EIO;
		return CAIRO_STATUS_WRITE_ERROR;
	}
	return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
write_nowhere(void *closure, const unsigned char *data, unsigned int len)
{
	return CAIRO_STATUS_SUCCESS;
}

static void
set_fonts(struct pdf_set *t)
{
	cairo_font_options_t *o = cairo_font_options_create();
	int i;

	/* Metrics as the outlines have them: the same layout at any
	 * size a viewer shows the page. */
	cairo_font_options_set_hint_metrics(o, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_hint_style(o, CAIRO_HINT_STYLE_NONE);
	pango_cairo_context_set_font_options(t->pc, o);
	cairo_font_options_destroy(o);
	/* sizes in points: one point is one unit of the PDF surface */
	pango_cairo_context_set_resolution(t->pc, 72);
	pango_context_set_language(t->pc, pango_language_get_default());
	for (i = 0; i < PS_NSTYLES; i++) {
		t->font[i] = pango_font_description_new();
		pango_font_description_set_family(t->font[i],
		    styles[i].family);
		pango_font_description_set_size(t->font[i],
		    (int)(styles[i].size * PANGO_SCALE));
		if (styles[i].bold)
			pango_font_description_set_weight(t->font[i],
			    PANGO_WEIGHT_BOLD);
	}
}

/*
 * Lay doc out: the surface (writing with wf), the blocks, their boxes
 * and the pages. Returns 0, or -1 with err set when Cairo cannot make a
 * surface.
 */
static int
typeset(struct doc_set *d, struct report_doc *doc, cairo_write_func_t wf,
    struct dlg_error *err)
{
	const struct rprint_block *b;
	cairo_status_t st;
	size_t n, i;

	d->t.surface = cairo_pdf_surface_create_for_stream(wf, d, PDF_PAGE_W,
	    PDF_PAGE_H);
	if ((st = cairo_surface_status(d->t.surface)) != CAIRO_STATUS_SUCCESS) {
		cairo_surface_destroy(d->t.surface);
		d->t.surface = NULL;
		return err_set(err, ERR_STORAGE, _("cannot make a PDF: %s"),
		    cairo_status_to_string(st));
	}
	d->t.cr = cairo_create(d->t.surface);
	d->t.pc = pango_cairo_create_context(d->t.cr);
	sb_init(&d->t.missing_what);
	set_fonts(&d->t);
	rprint_about(doc, &d->about);
	b = rprint_blocks(doc, &n);
	label_column(d, b, n);
	d->ntb = n + 2;
	d->tb = xcalloc(d->ntb, sizeof *d->tb);
	set_title(d, &d->tb[0], TB_KICKER);
	set_title(d, &d->tb[1], TB_TITLE);
	for (i = 0; i < n; i++)
		set_block(d, &d->tb[i + 2], &b[i]);
	make_boxes(d);
	paginate(d);
	*rprint_pdf_pages(doc) = d->npages;
	return 0;
}

static void
fill_info(const struct doc_set *d, struct report_pdf_info *info)
{
	struct strbuf sb;
	size_t i;

	if (info == NULL)
		return;
	memset(info, 0, sizeof *info);
	info->pages = d->npages;
	sb_init(&sb);
	for (i = 0; i < d->t.fonts.n; i++)
		sb_addf(&sb, "%s%s", i > 0 ? ", " : "", d->t.fonts.v[i]);
	snprintf(info->fonts, sizeof info->fonts, "%s", sb.len > 0 ? sb.buf :
	    "");
	sb_release(&sb);
	info->missing = d->t.missing;
	snprintf(info->missing_what, sizeof info->missing_what, "%s",
	    d->t.missing_what.len > 0 ? d->t.missing_what.buf : "");
}

/* Finish the PDF (Cairo writes it now) and free everything. Returns 0,
 * or -1 with err set when Cairo or the writing failed. */
static int
finish(struct doc_set *d, struct report_pdf_info *info,
    struct dlg_error *err)
{
	cairo_status_t st;
	size_t i;
	int rc = 0;

	fill_info(d, info);
	for (i = 0; i < d->ntb; i++)
		tblock_clear(&d->tb[i]);
	free(d->tb);
	free(d->bx);
	free(d->first);
	for (i = 0; i < PS_NSTYLES; i++)
		if (d->t.font[i] != NULL)
			pango_font_description_free(d->t.font[i]);
	if (d->t.pc != NULL)
		g_object_unref(d->t.pc);
	if (d->t.cr != NULL)
		cairo_destroy(d->t.cr);
	if (d->t.surface != NULL) {
		cairo_surface_finish(d->t.surface);
		st = cairo_surface_status(d->t.surface);
		cairo_surface_destroy(d->t.surface);
		if (d->write_failed)
			rc = err_set(err, ERR_STORAGE, _("cannot write the PDF: "
			    "%s"), strerror(d->write_failed));
		else if (st != CAIRO_STATUS_SUCCESS)
			rc = err_set(err, ERR_STORAGE, _("cannot make a PDF: "
			    "%s"), cairo_status_to_string(st));
	}
	sl_clear(&d->t.fonts);
	sb_release(&d->t.missing_what);
	return rc;
}

int
typeset_doc_write_pdf(struct report_doc *doc, FILE *fp,
    struct report_pdf_info *info, struct dlg_error *err)
{
	struct doc_set d;

	memset(&d, 0, sizeof d);
	d.fp = fp;
	errno = 0;
	if (typeset(&d, doc, write_fp, err) != 0)
		return -1;
	set_metadata(&d);
	draw(&d, doc);
	if (finish(&d, info, err) != 0)
		return -1;
	if (fflush(fp) != 0 || ferror(fp))
		return err_set(err, ERR_STORAGE, _("cannot write the PDF: %s"),
		    strerror(errno != 0 ? errno : EIO));
	return 0;
}

size_t
typeset_doc_pdf_pages(struct report_doc *doc)
{
	struct doc_set d;
	struct dlg_error err;

	if (*rprint_pdf_pages(doc) > 0)
		return *rprint_pdf_pages(doc);
	memset(&d, 0, sizeof d);
	err_clear(&err);
	if (typeset(&d, doc, write_nowhere, &err) != 0)
		return 0;
	(void)finish(&d, NULL, &err);
	return *rprint_pdf_pages(doc);
}
