/*
 * survey.c: from a survey tool's CSV export to contributions. Owns which
 * column is what (the user's --map, else the header names survey tools
 * write in English and Swedish), the reading of dates and channels as
 * people and tools write them, and the checks of every value before the
 * store sees it, each error naming the line and column of the file.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "report.h"
#include "util.h"

static const char *const role_keys[ROLE_N] = {
	"text", "date", "channel", "theme", "contact",
};

/* Header names per role, folded (see fold()). */
static const char *const header_text[] = {
	"text", "svar", "synpunkt", "synpunkter", "kommentar", "kommentarer",
	"fritext", "inspel", "answer", "response", "comment", "comments",
	"contribution", "opinion", "fritextsvar", "ditt svar", NULL,
};
static const char *const header_date[] = {
	"date", "datum", "tid", "tidpunkt", "time", "timestamp", "submitted",
	"submitted at", "created", "inskickad", "skickad", "svarsdatum",
	"datum och tid", NULL,
};
static const char *const header_channel[] = {
	"channel", "kanal", NULL,
};
static const char *const header_theme[] = {
	"theme", "themes", "tema", "teman", "kategori", "category", "tag",
	"tags", "ämne", "topic", NULL,
};
static const char *const header_contact[] = {
	"contact", "kontakt", "kontaktuppgifter", "e-post", "epost", "email",
	"e-mail", "mejl", "mail", "telefon", "phone", "tfn", NULL,
};
static const char *const *const header_names[ROLE_N] = {
	header_text, header_date, header_channel, header_theme, header_contact,
};

const char *
report_role_key(enum report_role r)
{
	return r < ROLE_N ? role_keys[r] : "";
}

/* Lower case for ASCII and the Latin letters of U+00C0..U+00DE (Å Ä Ö
 * É Ü), trimmed, without a trailing ':', '?' or '*'. Caller frees. */
static char *
fold(const char *s)
{
	size_t n, i;
	char *f;

	while (*s == ' ' || *s == '\t')
		s++;
	f = xstrdup(s);
	for (i = 0; f[i] != '\0'; i++) {
		unsigned char c = (unsigned char)f[i];

		if (c < 0x80)
			f[i] = (char)tolower(c);
		else if (c == 0xc3 && f[i + 1] != '\0') {
			c = (unsigned char)f[i + 1];
			if (c >= 0x80 && c <= 0x9e && c != 0x97)
				f[i + 1] = (char)(c + 0x20);
			i++;
		}
	}
	n = strlen(f);
	while (n > 0 && strchr(" \t:?*", f[n - 1]) != NULL)
		f[--n] = '\0';
	return f;
}

static int
folded_is(const char *s, const char *const *names)
{
	char *f = fold(s);
	int hit = 0;

	for (; *names != NULL && !hit; names++)
		hit = strcmp(f, *names) == 0;
	free(f);
	return hit;
}

const char *
report_channel_token(const char *s)
{
	static const struct {
		const char *name, *token;
	} names[] = {
		{ "meeting", "meeting" }, { "möte", "meeting" },
		{ "web", "web" }, { "webb", "web" },
		{ "letter", "letter" }, { "brev", "letter" },
		{ "email", "email" }, { "e-mail", "email" },
		{ "e-post", "email" }, { "epost", "email" },
		{ "mejl", "email" }, { "mail", "email" },
		{ "survey", "survey" }, { "enkät", "survey" },
		{ "webbenkät", "survey" },
	};
	const char *token = NULL;
	size_t i;
	char *f;

	if (s == NULL)
		return NULL;
	f = fold(s);
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(f, names[i].name) == 0) {
			token = names[i].token;
			break;
		}
	free(f);
	return token;
}

/* ------------------------------------------------------------ --map */

int
report_survey_map_parse(const char *arg, struct report_survey_map *m,
    struct dlg_error *err)
{
	char *copy = xstrdup(arg), *item, *save = NULL, *eq, *key;
	int r, rc = 0;

	for (item = strtok_r(copy, ",", &save); item != NULL && rc == 0;
	    item = strtok_r(NULL, ",", &save)) {
		if ((eq = strchr(item, '=')) == NULL || eq[1] == '\0') {
			rc = err_set(err, ERR_USAGE, _("--map: '%s' is not "
			    "KEY=COLUMN; write for example text=Svar,date=2"),
			    item);
			break;
		}
		*eq = '\0';
		key = fold(item);
		for (r = 0; r < ROLE_N; r++)
			if (strcmp(key, role_keys[r]) == 0 ||
			    (r == ROLE_THEME && strcmp(key, "themes") == 0))
				break;
		free(key);
		if (r == ROLE_N)
			rc = err_set(err, ERR_USAGE, _("--map: unknown key "
			    "'%s'; use text, date, channel, theme or contact"),
			    item);
		else if (m->col[r] != NULL)
			rc = err_set(err, ERR_USAGE, _("--map: '%s' is given "
			    "twice"), role_keys[r]);
		else
			m->col[r] = xstrdup(eq + 1);
	}
	free(copy);
	return rc;
}

void
report_survey_map_clear(struct report_survey_map *m)
{
	int r;

	for (r = 0; r < ROLE_N; r++) {
		free(m->col[r]);
		m->col[r] = NULL;
	}
}

/* The header's names, quoted and joined, for a message. Caller frees. */
static char *
header_list(const struct report_csv_row *h)
{
	struct strbuf sb;
	size_t i;

	sb_init(&sb);
	for (i = 0; i < h->n; i++)
		sb_addf(&sb, "%s'%s'", i > 0 ? ", " : "", h->cells[i].text);
	return sb_detach(&sb);
}

/* The column a --map value names, or -1 with err set. */
static int
map_column(const struct report_csv_row *h, enum report_role r,
    const char *spec, struct dlg_error *err)
{
	size_t i, n = strspn(spec, "0123456789");
	char *want, *have, *names;
	long col;

	if (n > 0 && spec[n] == '\0') {
		col = strtol(spec, NULL, 10);
		if (col < 1 || (size_t)col > h->n)
			return err_set(err, ERR_REFUSED,
			    ngettext("--map %s=%s: there is no such column; "
			    "the header (line %ld) has %zu column",
			    "--map %s=%s: there is no such column; the header "
			    "(line %ld) has %zu columns", (unsigned long)h->n),
			    role_keys[r], spec, h->line, h->n);
		return (int)(col - 1);
	}
	want = fold(spec);
	for (i = 0; i < h->n; i++) {
		have = fold(h->cells[i].text);
		n = strcmp(have, want) == 0;
		free(have);
		if (n) {
			free(want);
			return (int)i;
		}
	}
	free(want);
	names = header_list(h);
	err_set(err, ERR_REFUSED, _("--map %s=%s: the header (line %ld) has "
	    "no such column; it has %s"), role_keys[r], spec, h->line, names);
	free(names);
	return -1;
}

/* Choose the columns: the map's, then the first header name of each role
 * not taken yet. */
static int
choose_columns(const struct report_csv_row *h,
    const struct report_survey_map *m, int col[ROLE_N],
    struct dlg_error *err)
{
	char *names;
	size_t i;
	int r, q;

	for (r = 0; r < ROLE_N; r++)
		col[r] = -1;
	for (r = 0; m != NULL && r < ROLE_N; r++) {
		if (m->col[r] == NULL)
			continue;
		if ((col[r] = map_column(h, (enum report_role)r, m->col[r],
		    err)) < 0)
			return -1;
		for (q = 0; q < r; q++)
			if (col[q] == col[r])
				return err_set(err, ERR_USAGE, _("--map: "
				    "column '%s' is given for both %s and %s"),
				    h->cells[col[r]].text, role_keys[q],
				    role_keys[r]);
	}
	for (r = 0; r < ROLE_N; r++) {
		if (col[r] >= 0)
			continue;
		for (i = 0; i < h->n && col[r] < 0; i++) {
			for (q = 0; q < ROLE_N; q++)
				if (col[q] == (int)i)
					break;
			if (q == ROLE_N && folded_is(h->cells[i].text,
			    header_names[r]))
				col[r] = (int)i;
		}
	}
	if (col[ROLE_TEXT] < 0) {
		names = header_list(h);
		err_set(err, ERR_REFUSED, _("line %ld: no column of the header "
		    "is the contributions' text (such as 'Svar' or "
		    "'Synpunkt'); name it with --map text=COLUMN. The columns "
		    "are %s"), h->line, names);
		free(names);
		return -1;
	}
	return 0;
}

/* ------------------------------------------------------------ values */

/* s without white space around it; one-line parts also without line
 * breaks or tabs inside (they become spaces). Caller frees. */
static char *
clean(const char *s, int one_line)
{
	size_t n;
	char *c, *p;

	while (*s != '\0' && strchr(" \t\r\n", *s) != NULL)
		s++;
	c = xstrdup(s);
	n = strlen(c);
	while (n > 0 && strchr(" \t\r\n", c[n - 1]) != NULL)
		c[--n] = '\0';
	if (one_line)
		for (p = c; *p != '\0'; p++)
			if (*p == '\n' || *p == '\r' || *p == '\t')
				*p = ' ';
	return c;
}

static int
digits(const char *s, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/*
 * A survey's date or time: "2026-04-12", "2026-04-12 14:33",
 * "2026-04-12T14:33:10", with seconds' fractions, "Z" or an offset
 * ("+02:00", "+0200"). Without a zone the time is kept as written (local
 * time); with one it becomes UTC with "Z". Caller frees; NULL when s is
 * not such a date.
 */
static char *
parse_when(const char *s)
{
	int y, mo, d, h = 0, mi = 0, sec = 0, oh = 0, om = 0, sign = 0;
	char date[11];
	struct tm tm;
	long days;
	time_t t;

	if (strlen(s) < 10 || !digits(s, 4) || s[4] != '-' ||
	    !digits(s + 5, 2) || s[7] != '-' || !digits(s + 8, 2))
		return NULL;
	memcpy(date, s, 10);
	date[10] = '\0';
	if (dlg_date_parse(date, &days, NULL) != 0)
		return NULL;
	s += 10;
	if (*s == '\0')
		return xstrdup(date);
	if ((*s != ' ' && *s != 'T') || !digits(s + 1, 2) || s[3] != ':' ||
	    !digits(s + 4, 2))
		return NULL;
	h = atoi(s + 1);
	mi = atoi(s + 4);
	s += 6;
	if (*s == ':') {
		if (!digits(s + 1, 2))
			return NULL;
		sec = atoi(s + 1);
		s += 3;
		if (*s == '.' || *s == ',') {
			s++;
			if (!digits(s, 1))
				return NULL;
			while (*s >= '0' && *s <= '9')
				s++;
		}
	}
	if (*s == ' ')
		s++;
	if (*s == 'Z') {
		sign = 1;
		s++;
	} else if (*s == '+' || *s == '-') {
		sign = *s == '-' ? -1 : 1;
		if (!digits(s + 1, 2))
			return NULL;
		oh = atoi(s + 1);
		s += 3;
		if (*s == ':')
			s++;
		if (digits(s, 2)) {
			om = atoi(s);
			s += 2;
		}
	}
	if (*s != '\0' || h > 23 || mi > 59 || sec > 60 || oh > 14 ||
	    om > 59)
		return NULL;
	if (sign == 0)
		return xasprintf("%sT%02d:%02d:%02d", date, h, mi, sec);
	y = atoi(date);
	mo = atoi(date + 5);
	d = atoi(date + 8);
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec;
	t = timegm(&tm) - (time_t)sign * (oh * 3600 + om * 60);
	gmtime_r(&t, &tm);
	return xasprintf("%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900,
	    tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

static int DLG_PRINTF(4, 5)
cell_error(struct dlg_error *err, long line, int col, const char *fmt, ...)
{
	struct strbuf sb;
	va_list ap;

	sb_init(&sb);
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	err_set(err, ERR_REFUSED, _("line %ld, column %ld: %s"), line,
	    (long)col + 1, sb.buf);
	sb_release(&sb);
	return -1;
}

/* A short, printable excerpt of a cell for a message. Caller frees. */
static char *
excerpt(const char *s)
{
	char *c = report_sanitize(s, 0), *t;
	size_t n = 0, i = 0;

	/* 40 characters at most, cut at a character's start. */
	while (c[i] != '\0' && n < 40) {
		i++;
		while (((unsigned char)c[i] & 0xc0) == 0x80)
			i++;
		n++;
	}
	if (c[i] != '\0') {
		c[i] = '\0';
		t = xasprintf("%s\xe2\x80\xa6", c);
		free(c);
		return t;
	}
	return c;
}

/* The value of a row's cell in column col ("" when the row is short). */
static const char *
cell(const struct report_csv_row *r, int col)
{
	if (col < 0 || (size_t)col >= r->n)
		return "";
	return r->cells[col].text;
}

static long
cell_line(const struct report_csv_row *r, int col)
{
	if (col < 0 || (size_t)col >= r->n)
		return r->line;
	return r->cells[col].line;
}

/* Check c part by part, so the error names the column at fault. */
static int
check(const struct dlg_contribution *c, const struct report_csv_row *r,
    const int col[ROLE_N], struct dlg_error *err)
{
	struct dlg_contribution part;
	struct dlg_error e;
	static char x[] = "x";
	int role;

	err_clear(&e);
	if (dlg_contribution_check(c, &e) == 0)
		return 0;
	for (role = 0; role < ROLE_N; role++) {
		memset(&part, 0, sizeof part);
		part.text = x;
		switch (role) {
		case ROLE_TEXT:
			part.text = c->text;
			break;
		case ROLE_THEME:
			part.themes = c->themes;
			break;
		case ROLE_CONTACT:
			part.contact = c->contact;
			break;
		default:
			continue;
		}
		err_clear(&e);
		if (dlg_contribution_check(&part, &e) != 0 && col[role] >= 0)
			return cell_error(err, cell_line(r, col[role]),
			    col[role], "%s", e.msg);
	}
	return cell_error(err, r->line, 0, "%s", e.msg);
}

static int
read_row(const struct report_csv_row *r, size_t ncols, const int col[ROLE_N],
    const char *channel, struct dlg_contribution *c, struct dlg_error *err)
{
	const char *v, *tok;
	char *ex;
	size_t i;

	memset(c, 0, sizeof *c);
	for (i = ncols; i < r->n; i++)
		if (r->cells[i].text[0] != '\0')
			return cell_error(err, r->cells[i].line, (int)i,
			    ngettext("the row has more columns than the header "
			    "(%zu column) and this one is not empty",
			    "the row has more columns than the header (%zu "
			    "columns) and this one is not empty",
			    (unsigned long)ncols),
			    ncols);
	c->text = clean(cell(r, col[ROLE_TEXT]), 0);
	if (col[ROLE_DATE] >= 0) {
		v = cell(r, col[ROLE_DATE]);
		ex = clean(v, 1);
		if (*ex != '\0' && (c->created = parse_when(ex)) == NULL) {
			free(ex);
			ex = excerpt(v);
			cell_error(err, cell_line(r, col[ROLE_DATE]),
			    col[ROLE_DATE], _("'%s' is not a date; write it as "
			    "YYYY-MM-DD, a time may follow (2026-04-12 "
			    "14:30)"), ex);
			free(ex);
			return -1;
		}
		free(ex);
	}
	tok = channel;
	if (col[ROLE_CHANNEL] >= 0) {
		ex = clean(cell(r, col[ROLE_CHANNEL]), 1);
		if (*ex != '\0' && (tok = report_channel_token(ex)) == NULL) {
			free(ex);
			ex = excerpt(cell(r, col[ROLE_CHANNEL]));
			cell_error(err, cell_line(r, col[ROLE_CHANNEL]),
			    col[ROLE_CHANNEL], _("'%s' is not a channel; use "
			    "meeting, web, letter, email or survey"), ex);
			free(ex);
			return -1;
		}
		free(ex);
	}
	c->channel = xstrdup(tok);
	if (col[ROLE_THEME] >= 0)
		c->themes = clean(cell(r, col[ROLE_THEME]), 1);
	if (col[ROLE_CONTACT] >= 0)
		c->contact = clean(cell(r, col[ROLE_CONTACT]), 1);
	if (c->themes != NULL && *c->themes == '\0') {
		free(c->themes);
		c->themes = NULL;
	}
	if (c->contact != NULL && *c->contact == '\0') {
		free(c->contact);
		c->contact = NULL;
	}
	if (*c->text == '\0')
		return 0;
	return check(c, r, col, err);
}

int
report_survey_read(const struct report_csv *csv,
    const struct report_survey_map *m, const char *channel,
    struct report_survey **out, struct dlg_error *err)
{
	struct report_survey *s;
	struct dlg_contribution c;
	size_t i, alloc = 0;

	*out = NULL;
	if (csv->nrows == 0)
		return err_set(err, ERR_REFUSED, _("the file is empty: it has "
		    "no header line and no rows"));
	s = xcalloc(1, sizeof *s);
	if (choose_columns(&csv->rows[0], m, s->col, err) != 0) {
		report_survey_free(s);
		return -1;
	}
	for (i = 1; i < csv->nrows; i++) {
		if (read_row(&csv->rows[i], csv->rows[0].n, s->col, channel,
		    &c, err) != 0) {
			dlg_contribution_clear(&c);
			report_survey_free(s);
			return -1;
		}
		if (*c.text == '\0') {
			dlg_contribution_clear(&c);
			s->skipped++;
			continue;
		}
		if (s->n == alloc) {
			alloc = alloc ? 2 * alloc : 64;
			s->v = xrealloc(s->v, alloc * sizeof *s->v);
			s->line = xrealloc(s->line, alloc * sizeof *s->line);
		}
		s->line[s->n] = csv->rows[i].line;
		s->v[s->n++] = c;
	}
	*out = s;
	return 0;
}

void
report_survey_free(struct report_survey *s)
{
	size_t i;

	if (s == NULL)
		return;
	for (i = 0; i < s->n; i++)
		dlg_contribution_clear(&s->v[i]);
	free(s->v);
	free(s->line);
	free(s);
}
