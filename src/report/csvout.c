/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * csvout.c: CSV for spreadsheet programs (the `export` commands). Owns
 * the writer with a choice of separator (';' by default, as Swedish
 * spreadsheet programs expect) and encoding (UTF-8 with a byte order
 * mark, or Windows-1252 through iconv), the neutralising of cells that a
 * spreadsheet would run as a formula, and the columns of the register
 * list as cells. The plain writer of `list --format csv` (csv.c) stays
 * as it is: comma separated, for programs rather than people.
 */
#include "config.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "util.h"
#include "report-int.h"


const char *
report_enc_name(enum report_enc e)
{
	switch (e) {
	case ENC_UTF8:
		return "UTF-8";
	case ENC_UTF8_BOM:
		/* TRANSLATORS: an encoding of a file */
		return _("UTF-8 with BOM");
	case ENC_UTF16LE:
		return "UTF-16LE";
	case ENC_UTF16BE:
		return "UTF-16BE";
	case ENC_WINDOWS1252:
		return "Windows-1252";
	}
	return "?";
}

struct report_csvw {
	FILE			*fp;
	char			 sep;
	enum report_enc		 enc;
	int			 replace;
	iconv_t			 cd;
	const char *const	*header;
	size_t			 ncols;
	long			 row;		/* rows written, header too */
	long			 replaced;
	struct strbuf		 line;		/* the row being built */
	struct strbuf		 cell;
};

/* The field as it goes into the file, still UTF-8, into w->cell. */
static void
build_cell(struct report_csvw *w, const char *s, int data)
{
	sb_reset(&w->cell);
	rcsv_field(&w->cell, s, w->sep, data ? RCSV_GUARD : RCSV_PLAIN);
}

/*
 * Append w->cell to w->line in the output encoding. Returns 0, or -1
 * with *bad the code point that cannot be written (replace unset).
 */
static int
encode_cell(struct report_csvw *w, unsigned long *bad)
{
	char *in, *out, *buf;
	size_t inleft, outleft, size, k;
	unsigned long cp;

	if (w->enc != ENC_WINDOWS1252) {
		sb_add(&w->line, w->cell.buf);
		return 0;
	}
	in = w->cell.buf;
	inleft = w->cell.len;
	/* Windows-1252 never needs more bytes than UTF-8. */
	size = inleft + 1;
	buf = xmalloc(size);
	iconv(w->cd, NULL, NULL, NULL, NULL);
	while (inleft > 0) {
		out = buf;
		outleft = size;
		if (iconv(w->cd, &in, &inleft, &out, &outleft) != (size_t)-1) {
			sb_addn(&w->line, buf, (size_t)(out - buf));
			break;
		}
		sb_addn(&w->line, buf, (size_t)(out - buf));
		if (errno != EILSEQ && errno != EINVAL) {
			/* cannot happen with the buffer's size */
			*bad = 0xfffd;
			free(buf);
			return -1;
		}
		k = rutf8_decode((const unsigned char *)in, inleft, &cp);
		if (k == 0) {
			k = 1;
			cp = 0xfffd;
		}
		if (!w->replace) {
			*bad = cp;
			free(buf);
			return -1;
		}
		sb_addc(&w->line, '?');
		w->replaced++;
		in += k;
		inleft -= k;
	}
	free(buf);
	return 0;
}

/* The row's cells into w->line; -1 at a cell that cannot be written. */
static int
build_row(struct report_csvw *w, const char *const *cells, int data,
    size_t *badcol, unsigned long *bad)
{
	size_t i;

	sb_reset(&w->line);
	for (i = 0; i < w->ncols; i++) {
		if (i > 0)
			sb_addc(&w->line, w->sep);
		build_cell(w, cells[i] != NULL ? cells[i] : "", data);
		if (encode_cell(w, bad) != 0) {
			*badcol = i;
			return -1;
		}
	}
	sb_add(&w->line, "\r\n");
	return 0;
}

struct report_csvw *
report_csvw_new(FILE *fp, char sep, enum report_enc enc, int replace,
    const char *const *header, size_t ncols, struct dlg_error *err)
{
	struct report_csvw *w;
	unsigned long bad;
	size_t col;

	w = xcalloc(1, sizeof *w);
	w->fp = fp;
	w->sep = sep;
	w->enc = enc == ENC_WINDOWS1252 ? ENC_WINDOWS1252 : ENC_UTF8_BOM;
	w->replace = replace;
	w->header = header;
	w->ncols = ncols;
	w->cd = (iconv_t)-1;
	sb_init(&w->line);
	sb_init(&w->cell);
	if (w->enc == ENC_WINDOWS1252 &&
	    (w->cd = iconv_open("WINDOWS-1252", "UTF-8")) == (iconv_t)-1) {
		err_detail(err, "iconv_open: %s", strerror(errno));
		err_set(err, ERR_STORAGE, _("this system cannot convert text "
		    "to Windows-1252 (iconv); export as UTF-8 instead"));
		report_csvw_free(w);
		return NULL;
	}
	if (w->enc == ENC_UTF8_BOM)
		rcsv_bom(fp);
	/* The keys are ASCII and the Swedish labels (export --headers sv)
	 * are in Windows-1252 too: they always encode. */
	if (build_row(w, header, 0, &col, &bad) == 0)
		fputs(w->line.buf, fp);
	w->row = 1;
	return w;
}

int
report_csvw_row(struct report_csvw *w, const char *const *cells,
    struct dlg_error *err)
{
	unsigned long bad = 0;
	size_t col = 0;
	char ch[8];
	size_t n = 0;

	if (build_row(w, cells, 1, &col, &bad) != 0) {
		/* The character itself, when it is one that can be shown. */
		if (bad >= 0xa0 && bad != 0xfffd && bad <= 0x10ffff) {
			if (bad < 0x800) {
				ch[n++] = (char)(0xc0 | (bad >> 6));
				ch[n++] = (char)(0x80 | (bad & 0x3f));
			} else if (bad < 0x10000) {
				ch[n++] = (char)(0xe0 | (bad >> 12));
				ch[n++] = (char)(0x80 | ((bad >> 6) & 0x3f));
				ch[n++] = (char)(0x80 | (bad & 0x3f));
			} else {
				ch[n++] = (char)(0xf0 | (bad >> 18));
				ch[n++] = (char)(0x80 | ((bad >> 12) & 0x3f));
				ch[n++] = (char)(0x80 | ((bad >> 6) & 0x3f));
				ch[n++] = (char)(0x80 | (bad & 0x3f));
			}
			ch[n] = '\0';
		} else
			ch[0] = '\0';
		/* TRANSLATORS: row and column numbers, the column's key, the
		   character and its code point, e.g. "U+0151" */
		return err_set(err, ERR_REFUSED, _("row %ld, column %zu (%s): "
		    "the character '%s' (U+%04lX) cannot be written in "
		    "Windows-1252"), w->row + 1, col + 1, w->header[col], ch,
		    bad);
	}
	fputs(w->line.buf, w->fp);
	w->row++;
	return 0;
}

long
report_csvw_replaced(const struct report_csvw *w)
{
	return w->replaced;
}

void
report_csvw_free(struct report_csvw *w)
{
	if (w == NULL)
		return;
	if (w->cd != (iconv_t)-1)
		iconv_close(w->cd);
	sb_release(&w->line);
	sb_release(&w->cell);
	free(w);
}

/* ------------------------------------------------------------ list */

/* The columns of `list --format csv` (record.c): before the fields, the
 * fields, after them. */
static const char *const head_cols[] = {
	"reference", "state", "version", "deciding_body",
};
static const char *const tail_cols[] = {
	"created", "updated", "updated_by", "n_sessions", "last_session",
	"n_participants", "n_feedback", "first_feedback", "n_contributions",
	"overdue", "warnings",
};
#define NHEAD	(sizeof head_cols / sizeof head_cols[0])
#define NTAIL	(sizeof tail_cols / sizeof tail_cols[0])
/* Their labels, for a header people read (export --headers sv). */
static const char *const head_labels[NHEAD] = {
	N_("Reference"), N_("State"), N_("Version"), N_("Deciding body"),
};
static const char *const tail_labels[NTAIL] = {
	/* TRANSLATORS: column headers of the register exported as CSV */
	N_("Registered"), N_("Last changed"), N_("Changed by"),
	N_("Sessions"), N_("Last session"), N_("Participants"),
	N_("Feedback"), N_("First feedback"), N_("Contributions"),
	N_("Overdue"), N_("Warnings"),
};

size_t
report_list_ncols(void)
{
	return NHEAD + DLG_NFIELDS + NTAIL;
}

const char *
report_list_key(size_t i)
{
	if (i < NHEAD)
		return head_cols[i];
	i -= NHEAD;
	if (i < DLG_NFIELDS)
		return dlg_fields[i].name;
	i -= DLG_NFIELDS;
	return i < NTAIL ? tail_cols[i] : NULL;
}

const char *
report_list_label(size_t i)
{
	if (i < NHEAD)
		return head_labels[i];
	i -= NHEAD;
	if (i < DLG_NFIELDS)
		return dlg_fields[i].label;
	i -= DLG_NFIELDS;
	return i < NTAIL ? tail_labels[i] : NULL;
}

_Static_assert(NHEAD + DLG_NFIELDS + NTAIL == RREC_LIST_NCOLS,
    "RREC_LIST_NCOLS counts the list's columns");

static const char *
num_cell(struct rrec_list_row *r, long long n)
{
	char *buf = r->num[r->nnum++];

	snprintf(buf, sizeof r->num[0], "%lld", n);
	return buf;
}

void
rrec_list_row_fill(struct rrec_list_row *r, const struct dialogue *d,
    const struct dlg_settings *s, long today)
{
	struct dlg_issues w = { 0 };
	const char **c = r->cell;
	size_t i, n = 0;
	char *v;
	int f;

	rrec_list_row_release(r);
	r->nnum = 0;
	sb_reset(&r->warn);
	c[n++] = d->ref;
	c[n++] = dlg_state_token(d->state);
	c[n++] = num_cell(r, d->version);
	c[n++] = dlg_deciding_body(d, s);
	for (f = 0; f < DLG_NFIELDS; f++) {
		if (dlg_fields[f].type != FT_LIST) {
			/* A scalar's canonical text is its value. */
			c[n++] = dlg_get(d, (enum dlg_field)f);
			continue;
		}
		v = dlg_canonical_field(d, (enum dlg_field)f);
		if (*v == '\0') {
			free(v);
			v = NULL;
		} else
			r->own[r->nown++] = v;
		c[n++] = v;
	}
	c[n++] = d->created;
	c[n++] = d->updated;
	c[n++] = d->updated_by;
	c[n++] = num_cell(r, d->n_sessions);
	c[n++] = d->last_session;
	c[n++] = num_cell(r, d->n_participants);
	c[n++] = num_cell(r, d->n_feedback);
	c[n++] = d->first_feedback;
	c[n++] = num_cell(r, d->n_contributions);
	c[n++] = dlg_is_overdue(d, s, today) ? "yes" : "no";
	dlg_warning_codes(d, s, today, &w);
	for (i = 0; i < w.n; i++) {
		if (i > 0)
			sb_add(&r->warn, "; ");
		sb_add(&r->warn, w.v[i].code);
	}
	dlg_issues_clear(&w);
	c[n++] = r->warn.buf;
}

void
rrec_list_row_init(struct rrec_list_row *r)
{
	memset(r, 0, sizeof *r);
	sb_init(&r->warn);
	sb_init(&r->line);
}

void
rrec_list_row_release(struct rrec_list_row *r)
{
	size_t i;

	for (i = 0; i < r->nown; i++)
		free(r->own[i]);
	r->nown = 0;
}

void
rrec_list_row_free(struct rrec_list_row *r)
{
	rrec_list_row_release(r);
	sb_release(&r->warn);
	sb_release(&r->line);
}

void
report_list_cells(const struct dialogue *d, const struct dlg_settings *s,
    long today, struct strlist *out)
{
	struct rrec_list_row r;
	size_t i;

	rrec_list_row_init(&r);
	rrec_list_row_fill(&r, d, s, today);
	for (i = 0; i < RREC_LIST_NCOLS; i++)
		sl_push_owned(out, r.cell[i] != NULL ? xstrdup(r.cell[i]) :
		    NULL);
	rrec_list_row_free(&r);
}
