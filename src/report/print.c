/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * print.c: the pagination engine of everything printed (the dialogue
 * summary, the participant information sheet, the annual follow-up).
 * Owns the page geometry (A4 portrait, 64 lines of 80 columns), the
 * header and footer of every page, wrapping of long texts at word
 * boundaries by display width (with text.c's wrapper), the page breaks
 * (a heading is never the last line of a page: it keeps at least two
 * lines of its section with it; short blocks are not split, long ones
 * leave no single line behind) and the text form of the pages, one form
 * feed between pages. Beside the lines it keeps what was added as blocks
 * (a heading, a field, a paragraph, a chart...), which pdf.c typesets in
 * a proportional font with pages of its own.
 */
#include "config.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "util.h"
#include "report-int.h"
#include "print-int.h"

/* The narrowest column a wrapped value gets, however deep the indent. */
#define MIN_TEXT	20

/* A block of at most this many lines is never split across pages. */
#define KEEP_WHOLE	4
/* A group (a session, a feedback) of at most this many lines neither. */
#define KEEP_GROUP	(RPRINT_BODY / 2)

enum pline_kind { PL_TEXT, PL_HEADING, PL_UNDERLINE, PL_BLANK };

struct pline {
	char		*text;		/* clean, fits the page width */
	unsigned char	 kind;		/* enum pline_kind */
	unsigned char	 keep;		/* never the last line of a page */
};

struct report_doc {
	char		*municipality, *kind, *subject, *tag;
	/* the blocks as added, for the typeset PDF */
	struct rprint_block *b;
	size_t		 nb, balloc;
	unsigned	 ngroups, bgroup;	/* groups so far, the open one */
	size_t		 pdf_pages;	/* pages of the PDF, once typeset */
	char		*cite;		/* the policy, in the footer, or "" */
	long		 today;
	size_t		 indent;	/* of the blocks added next */
	size_t		 label_w;	/* label column of fields */
	int		 force;		/* lines still to keep with a heading */
	size_t		 group;		/* first line of the open group + 1 */

	struct pline	*v;		/* the body lines, before pagination */
	size_t		 n, alloc;

	/* After pagination: page p holds the lines idx[first[p]] ..
	 * idx[first[p + 1] - 1]. */
	int		 paginated;
	size_t		*idx, nidx;
	size_t		*first, npages;
};

static char *
clean_line(const char *s)
{
	return report_sanitize(s != NULL ? s : "", 0);
}

static void
block_clear(struct rprint_block *b)
{
	size_t i;

	free(b->lead);
	free(b->text);
	for (i = 0; i < b->nbars; i++) {
		free(b->bars[i].label);
		free(b->bars[i].figures);
	}
	free(b->bars);
}

/* Record a block (taking lead and text, either may be NULL); returns it
 * for the caller to complete. */
static struct rprint_block *
add_block(struct report_doc *doc, enum rprint_kind kind, char *lead,
    char *text)
{
	struct rprint_block *b;

	assert(!doc->paginated);
	if (doc->nb == doc->balloc) {
		doc->balloc = doc->balloc ? doc->balloc * 2 : 32;
		doc->b = xrealloc(doc->b, doc->balloc * sizeof *doc->b);
	}
	b = &doc->b[doc->nb++];
	memset(b, 0, sizeof *b);
	b->kind = kind;
	b->indent = doc->indent;
	b->lead = lead;
	b->text = text;
	b->group = doc->bgroup;
	return b;
}

/* Text as a block holds it: sanitized, newlines kept. */
static char *
clean_text(const char *s)
{
	return report_sanitize(s != NULL ? s : "", 1);
}

struct report_doc *
report_doc_new(const char *municipality, const char *kind,
    const char *subject, const char *tag, long today)
{
	struct report_doc *doc = xcalloc(1, sizeof *doc);

	doc->municipality = clean_line(municipality);
	doc->kind = clean_line(kind);
	doc->subject = clean_line(subject);
	doc->tag = clean_line(tag);
	doc->cite = xstrdup("");
	doc->today = today;
	doc->label_w = 24;
	return doc;
}

void
report_doc_free(struct report_doc *doc)
{
	size_t i;

	if (doc == NULL)
		return;
	for (i = 0; i < doc->n; i++)
		free(doc->v[i].text);
	free(doc->v);
	for (i = 0; i < doc->nb; i++)
		block_clear(&doc->b[i]);
	free(doc->b);
	free(doc->idx);
	free(doc->first);
	free(doc->municipality);
	free(doc->kind);
	free(doc->subject);
	free(doc->tag);
	free(doc->cite);
	free(doc);
}

void
report_doc_indent(struct report_doc *doc, size_t indent)
{
	doc->indent = indent < REPORT_PAGE_COLS - MIN_TEXT ? indent :
	    REPORT_PAGE_COLS - MIN_TEXT;
}

void
report_doc_label_width(struct report_doc *doc, size_t width)
{
	doc->label_w = width;
}

/* Append one line (taking text). */
static void
push(struct report_doc *doc, char *text, enum pline_kind kind, int keep)
{
	struct pline *l;

	assert(!doc->paginated);
	if (doc->n == doc->alloc) {
		doc->alloc = doc->alloc ? doc->alloc * 2 : 64;
		doc->v = xrealloc(doc->v, doc->alloc * sizeof *doc->v);
	}
	if (kind != PL_BLANK && doc->force > 0) {
		keep = 1;
		doc->force--;
	}
	l = &doc->v[doc->n++];
	l->text = text;
	l->kind = (unsigned char)kind;
	l->keep = (unsigned char)(keep != 0);
}

static int
last_kind(const struct report_doc *doc)
{
	return doc->n > 0 ? doc->v[doc->n - 1].kind : -1;
}

void
report_doc_blank(struct report_doc *doc)
{
	int k = last_kind(doc);

	if (doc->nb > 0 && doc->b[doc->nb - 1].kind != RB_BLANK &&
	    doc->b[doc->nb - 1].kind != RB_HEADING)
		(void)add_block(doc, RB_BLANK, NULL, NULL);
	if (k == -1 || k == PL_BLANK || k == PL_HEADING || k == PL_UNDERLINE)
		return;
	push(doc, xstrdup(""), PL_BLANK, 0);
}

/* Cut clean text to at most width cells without a mark: the part that
 * fits, and in *rest where the remainder starts. */
static char *
cut_cells(const char *clean, size_t width, const char **rest)
{
	const unsigned char *p = (const unsigned char *)clean;
	size_t len = strlen(clean), i = 0, k, w = 0, cw;
	unsigned long cp;
	char one[8];

	while (i < len) {
		if ((k = rutf8_decode(p + i, len - i, &cp)) == 0)
			k = 1;
		memcpy(one, clean + i, k);
		one[k] = '\0';
		cw = report_width(one);
		if (w + cw > width && i > 0)
			break;
		w += cw;
		i += k;
	}
	*rest = clean + i;
	return xstrndup(clean, i);
}

/* Drop trailing spaces in place. */
static void
rstrip(char *s)
{
	size_t n = strlen(s);

	while (n > 0 && s[n - 1] == ' ')
		s[--n] = '\0';
}

/*
 * Split laid-out text (lines separated by '\n') into page lines. A line
 * wider than the page (a word longer than its column) is cut at the page
 * width and goes on at cont cells. Lines of a block of at most
 * KEEP_WHOLE lines stay together; a longer block keeps its first two and
 * its last two lines together.
 */
static void
push_block(struct report_doc *doc, const char *laid, size_t cont,
    enum pline_kind kind)
{
	struct strlist lines = { 0 };
	const char *p = laid, *nl, *rest;
	size_t i, n, ind = cont < REPORT_PAGE_COLS - MIN_TEXT ? cont : 0;
	char *line, *piece, *t;
	int more;

	for (;;) {
		nl = strchr(p, '\n');
		line = nl != NULL ? xstrndup(p, (size_t)(nl - p)) :
		    xstrdup(p);
		rstrip(line);
		rest = line;
		more = 0;
		do {
			piece = cut_cells(rest, more ? REPORT_PAGE_COLS - ind :
			    REPORT_PAGE_COLS, &rest);
			if (more) {
				t = xasprintf("%*s%s", (int)ind, "", piece);
				free(piece);
				piece = t;
			}
			rstrip(piece);
			sl_push_owned(&lines, piece);
			more = 1;
		} while (*rest != '\0');
		free(line);
		if (nl == NULL)
			break;
		p = nl + 1;
	}
	n = lines.n;
	for (i = 0; i < n; i++) {
		int keep = n <= KEEP_WHOLE ? i + 1 < n :
		    i == 0 || i == n - 2;

		push(doc, lines.v[i], lines.v[i][0] == '\0' ? PL_BLANK : kind,
		    keep);
		lines.v[i] = NULL;
	}
	sl_clear(&lines);
}

/*
 * Lay out lead (clean, may be empty) in a column of lead_w cells at the
 * current indent and text wrapped beside it. A lead wider than its column
 * stands on a line of its own, the text starting under the column.
 */
static void
add_lead_text(struct report_doc *doc, const char *lead, size_t lead_w,
    const char *text)
{
	size_t col = doc->indent + lead_w, width;
	char *buf = NULL;
	size_t size = 0;
	FILE *fp;

	if (col > REPORT_PAGE_COLS - MIN_TEXT)
		col = REPORT_PAGE_COLS - MIN_TEXT;
	width = REPORT_PAGE_COLS - col;
	if ((fp = open_memstream(&buf, &size)) == NULL)
		abort();	/* out of memory, as the checked allocator */
	fprintf(fp, "%*s", (int)doc->indent, "");
	/* a label needs a space before its value */
	if (*lead != '\0' && report_width(lead) >= col - doc->indent)
		fprintf(fp, "%s\n%*s", lead, (int)col, "");
	else
		rtext_pad(fp, lead, col - doc->indent);
	rtext_wrap(fp, text, col, width);
	fclose(fp);
	push_block(doc, buf, col, PL_TEXT);
	free(buf);
}

void
report_doc_heading(struct report_doc *doc, const char *text)
{
	char *c = clean_line(text), *t, *u;
	const char *rest;
	size_t w, i;

	(void)add_block(doc, RB_HEADING, NULL, clean_line(text));
	/* a section starts after a blank line, except at the top */
	if (doc->n > 0 && last_kind(doc) != PL_BLANK)
		push(doc, xstrdup(""), PL_BLANK, 0);
	doc->force = 0;
	t = cut_cells(c, REPORT_PAGE_COLS, &rest);
	free(c);
	w = report_width(t);
	u = xmalloc(w + 1);
	for (i = 0; i < w; i++)
		u[i] = '-';
	u[w] = '\0';
	push(doc, t, PL_HEADING, 1);
	push(doc, u, PL_UNDERLINE, 1);
	/* never the last line of a page: keep two lines of the
	 * section with the heading and its underline */
	doc->force = 1;
}

void
report_doc_subheading(struct report_doc *doc, const char *text)
{
	char *c = clean_line(text);

	(void)add_block(doc, RB_SUBHEADING, NULL, xstrdup(c));
	add_lead_text(doc, "", 0, c);
	free(c);
	if (doc->n > 0)
		doc->v[doc->n - 1].keep = 1;
	doc->force = 1;
}

void
report_doc_field(struct report_doc *doc, const char *label,
    const char *value)
{
	size_t in;
	char *c;

	if (value == NULL || *value == '\0')
		return;
	c = clean_line(label);
	(void)add_block(doc, RB_FIELD, xstrdup(c), clean_text(value));
	/* values line up whatever the indent of their label */
	in = doc->indent < doc->label_w ? doc->indent : doc->label_w;
	add_lead_text(doc, c, doc->label_w + 2 - in, value);
	free(c);
}

void
report_doc_para(struct report_doc *doc, const char *text)
{
	(void)add_block(doc, RB_PARA, NULL, clean_text(text));
	add_lead_text(doc, "", 0, text != NULL ? text : "");
}

void
report_doc_item(struct report_doc *doc, const char *bullet,
    const char *text)
{
	char *c = clean_line(bullet);

	(void)add_block(doc, RB_ITEM, xstrdup(c), clean_text(text));
	add_lead_text(doc, c, report_width(c) + 1, text != NULL ? text : "");
	free(c);
}

void
report_doc_line(struct report_doc *doc, const char *text)
{
	char *c = clean_line(text), *t;
	const char *rest;

	(void)add_block(doc, RB_LINE, NULL, xstrdup(c));
	t = cut_cells(c, REPORT_PAGE_COLS - doc->indent, &rest);
	free(c);
	c = xasprintf("%*s%s", (int)doc->indent, "", t);
	free(t);
	rstrip(c);
	push(doc, c, c[0] == '\0' ? PL_BLANK : PL_TEXT, 0);
}

void
report_doc_group_begin(struct report_doc *doc)
{
	doc->group = doc->n + 1;
	doc->bgroup = ++doc->ngroups;
}

void
report_doc_group_end(struct report_doc *doc)
{
	size_t first = doc->group, i;

	doc->group = 0;
	doc->bgroup = 0;
	if (first == 0 || doc->n < first || doc->n - (first - 1) > KEEP_GROUP)
		return;
	for (i = first - 1; i + 1 < doc->n; i++)
		doc->v[i].keep = 1;
}

void
report_doc_keep(struct report_doc *doc)
{
	if (doc->nb > 0)
		doc->b[doc->nb - 1].keep = 1;
	if (doc->n > 0)
		doc->v[doc->n - 1].keep = 1;
}

/* The tab-separated column k of figures (clean), or "". Caller frees. */
static char *
figure_column(const char *figures, size_t k)
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
figure_columns(const char *figures)
{
	size_t n = 1;

	for (; *figures != '\0'; figures++)
		n += *figures == '\t';
	return n;
}

/* The text of a chart of counts: rows "  label  3  50 %", the label
 * column as wide as the widest label (at most CHART_LABEL cells), each
 * figure right-aligned in its column; the rows stay on one page when
 * they fill at most half of it. */
#define CHART_LABEL	50
#define CHART_COLS	4
static void
chart_rows(struct report_doc *doc, const struct rprint_bar *bars, size_t n)
{
	size_t lw = 0, cw[CHART_COLS] = { 0 }, ncol = 1, i, k, w;
	struct strbuf sb;
	const char *rest;
	char *f, *c;
	int grouped = doc->group == 0;

	for (i = 0; i < n; i++) {
		if ((w = report_width(bars[i].label)) > lw)
			lw = w;
		if ((k = figure_columns(bars[i].figures)) > ncol)
			ncol = k < CHART_COLS ? k : CHART_COLS;
		for (k = 0; k < CHART_COLS; k++) {
			c = figure_column(bars[i].figures, k);
			if ((w = report_width(c)) > cw[k])
				cw[k] = w;
			free(c);
		}
	}
	if (lw > CHART_LABEL)
		lw = CHART_LABEL;
	if (grouped)
		doc->group = doc->n + 1;
	for (i = 0; i < n; i++) {
		sb_init(&sb);
		f = rtext_fit(bars[i].label, lw);
		sb_addf(&sb, "  %s", f);
		for (w = report_width(f); w < lw; w++)
			sb_addc(&sb, ' ');
		free(f);
		for (k = 0; k < ncol; k++) {
			c = figure_column(bars[i].figures, k);
			sb_add(&sb, "  ");
			for (w = report_width(c); w < cw[k]; w++)
				sb_addc(&sb, ' ');
			sb_add(&sb, c);
			free(c);
		}
		f = sb_detach(&sb);
		c = cut_cells(f, REPORT_PAGE_COLS, &rest);
		free(f);
		rstrip(c);
		push(doc, c, PL_TEXT, 0);
	}
	if (grouped)
		report_doc_group_end(doc);
}

void
report_doc_chart(struct report_doc *doc, enum report_chart_style style,
    const struct report_bar *bars, size_t n)
{
	struct rprint_block *b;
	struct rprint_bar *v;
	struct strbuf sb;
	size_t i;

	if (n == 0)
		return;
	b = add_block(doc, RB_CHART, NULL, NULL);
	b->style = style;
	b->bars = v = xcalloc(n, sizeof *v);
	b->nbars = n;
	for (i = 0; i < n; i++) {
		v[i].label = clean_line(bars[i].label);
		/* figures keep their tabs: the columns */
		sb_init(&sb);
		rtext_clean(&sb, bars[i].figures, RTEXT_KEEP_TAB);
		v[i].figures = sb_detach(&sb);
		v[i].value = bars[i].value > 0 ? bars[i].value : 0;
		v[i].scale = bars[i].scale > 0 ? bars[i].scale : 0;
	}
	if (style == REPORT_CHART_COUNTS) {
		chart_rows(doc, v, n);
		return;
	}
	/* shares: as fields, the figures as one value (the block above
	 * stands for them in the PDF) */
	for (i = 0; i < n; i++) {
		size_t in = doc->indent < doc->label_w ? doc->indent :
		    doc->label_w;
		char *f, *p;

		f = xstrdup(v[i].figures);
		for (p = f; *p != '\0'; p++)
			if (*p == '\t')
				*p = ' ';
		add_lead_text(doc, v[i].label, doc->label_w + 2 - in, f);
		free(f);
	}
}

/* ------------------------------------------------------------ pages */

static void
new_page(struct report_doc *doc, size_t *alloc_pages)
{
	if (doc->npages + 2 > *alloc_pages) {
		*alloc_pages = *alloc_pages ? *alloc_pages * 2 : 8;
		doc->first = xrealloc(doc->first,
		    *alloc_pages * sizeof *doc->first);
	}
	doc->first[doc->npages++] = doc->nidx;
	doc->first[doc->npages] = doc->nidx;
}

static void
paginate(struct report_doc *doc)
{
	const size_t body = RPRINT_BODY;
	size_t i = 0, j, len, used = 0, alloc_pages = 0;

	if (doc->paginated)
		return;
	doc->paginated = 1;
	doc->idx = xcalloc(doc->n + 1, sizeof *doc->idx);
	new_page(doc, &alloc_pages);
	while (i < doc->n) {
		if (used == body) {
			new_page(doc, &alloc_pages);
			used = 0;
		}
		/* no page starts with an empty line */
		if (used == 0 && doc->v[i].kind == PL_BLANK) {
			i++;
			continue;
		}
		/* the lines that must stay together with line i */
		for (j = i; j + 1 < doc->n && doc->v[j].keep; j++)
			;
		len = j - i + 1;
		if (len > body - used) {
			if (used > 0) {
				new_page(doc, &alloc_pages);
				used = 0;
				continue;
			}
			len = body;	/* longer than a page: break it */
		}
		while (len-- > 0) {
			doc->idx[doc->nidx++] = i++;
			used++;
		}
		doc->first[doc->npages] = doc->nidx;
	}
	/* an empty last page (only blank lines were left) goes */
	if (doc->npages > 1 &&
	    doc->first[doc->npages - 1] == doc->first[doc->npages])
		doc->npages--;
}

size_t
report_doc_pages(struct report_doc *doc)
{
	paginate(doc);
	return doc->npages;
}

/* "left ... right" in exactly REPORT_PAGE_COLS cells (left cut first). */
static char *
two_sided(const char *left, const char *right)
{
	size_t rw = report_width(right), lw, room;
	char *l, *out;
	const char *rest;
	struct strbuf sb;

	if (rw > REPORT_PAGE_COLS)
		rw = REPORT_PAGE_COLS;
	room = rw + 2 < REPORT_PAGE_COLS ? REPORT_PAGE_COLS - rw - 2 : 0;
	if (report_width(left) > room) {
		l = rtext_fit(left, room);
		if (report_width(l) > room) {	/* no room even for "…" */
			free(l);
			l = cut_cells(left, room, &rest);
		}
	} else
		l = xstrdup(left);
	sb_init(&sb);
	sb_add(&sb, l);
	for (lw = report_width(l); lw + rw < REPORT_PAGE_COLS; lw++)
		sb_addc(&sb, ' ');
	sb_add(&sb, right);
	free(l);
	out = sb_detach(&sb);
	rstrip(out);
	return out;
}

void
report_doc_cite(struct report_doc *doc, const struct dlg_settings *s)
{
	char *c = dlg_policy_citation(s);

	free(doc->cite);
	doc->cite = clean_line(c);
	free(c);
}

void
rprint_header(struct report_doc *doc, char *lines[RPRINT_HEAD])
{
	char rule[REPORT_PAGE_COLS + 1];

	memset(rule, '-', REPORT_PAGE_COLS);
	rule[REPORT_PAGE_COLS] = '\0';
	lines[0] = two_sided(doc->municipality, doc->kind);
	lines[1] = two_sided(doc->subject, doc->tag);
	lines[2] = xstrdup(rule);
}

char *
rprint_page_of(size_t page, size_t npages)
{
	/* TRANSLATORS: footer of printed pages; Swedish "Sida %lu av %lu" */
	return xasprintf(_("Page %lu of %lu"), (unsigned long)page + 1,
	    (unsigned long)npages);
}

char *
rprint_printed(const struct report_doc *doc)
{
	char date[16];

	dlg_date_format(doc->today, date, sizeof date);
	/* The policy the register follows, beside the date. */
	if (doc->cite[0] != '\0')
		/* TRANSLATORS: footer of printed pages: the day it was
		   printed and the policy the register follows */
		return xasprintf(_("Printed %s · %s"), date, doc->cite);
	/* TRANSLATORS: footer of printed pages: the day it was printed */
	return xasprintf(_("Printed %s"), date);
}

void
rprint_footer(struct report_doc *doc, size_t page,
    char *lines[RPRINT_FOOT])
{
	char rule[REPORT_PAGE_COLS + 1];
	char *left, *right;

	paginate(doc);
	memset(rule, '-', REPORT_PAGE_COLS);
	rule[REPORT_PAGE_COLS] = '\0';
	right = rprint_page_of(page, doc->npages);
	/* two_sided cuts the policy to what the line holds */
	left = rprint_printed(doc);
	lines[0] = xstrdup(rule);
	lines[1] = two_sided(left, right);
	free(left);
	free(right);
}

size_t
rprint_body(struct report_doc *doc, size_t page, const char **lines,
    int *heading)
{
	size_t k, n;

	paginate(doc);
	if (page >= doc->npages)
		return 0;
	n = doc->first[page + 1] - doc->first[page];
	for (k = 0; k < n; k++) {
		const struct pline *l = &doc->v[doc->idx[doc->first[page] +
		    k]];

		lines[k] = l->text;
		if (heading != NULL)
			heading[k] = l->kind == PL_HEADING;
	}
	return n;
}

const struct rprint_block *
rprint_blocks(const struct report_doc *doc, size_t *n)
{
	*n = doc->nb;
	return doc->b;
}

void
rprint_about(const struct report_doc *doc, struct rprint_about *a)
{
	a->municipality = doc->municipality;
	a->kind = doc->kind;
	a->subject = doc->subject;
	a->tag = doc->tag;
	a->cite = doc->cite;
	a->today = doc->today;
}

size_t *
rprint_pdf_pages(struct report_doc *doc)
{
	return &doc->pdf_pages;
}

char *
report_doc_page(struct report_doc *doc, size_t page)
{
	const char *body[RPRINT_BODY];
	char *head[RPRINT_HEAD], *foot[RPRINT_FOOT];
	struct strbuf sb;
	size_t i, n;

	paginate(doc);
	sb_init(&sb);
	if (page >= doc->npages)
		return sb_detach(&sb);
	rprint_header(doc, head);
	rprint_footer(doc, page, foot);
	n = rprint_body(doc, page, body, NULL);
	for (i = 0; i < RPRINT_HEAD; i++) {
		sb_add(&sb, head[i]);
		sb_addc(&sb, '\n');
		free(head[i]);
	}
	sb_addc(&sb, '\n');			/* the header's blank line */
	for (i = 0; i < RPRINT_BODY; i++) {
		if (i < n)
			sb_add(&sb, body[i]);
		sb_addc(&sb, '\n');
	}
	sb_addc(&sb, '\n');			/* the footer's blank line */
	for (i = 0; i < RPRINT_FOOT; i++) {
		sb_add(&sb, foot[i]);
		sb_addc(&sb, '\n');
		free(foot[i]);
	}
	return sb_detach(&sb);
}

void
report_doc_write_text(struct report_doc *doc, FILE *fp)
{
	size_t p;
	char *t;

	paginate(doc);
	for (p = 0; p < doc->npages; p++) {
		if (p > 0)
			putc('\f', fp);
		t = report_doc_page(doc, p);
		fputs(t, fp);
		free(t);
	}
}
