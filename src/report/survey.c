/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * survey.c: from a survey tool's CSV export to contributions, one record
 * at a time. Owns which column is what (the user's --map, else the header
 * names survey tools write in English and Swedish), the second header row
 * of SurveyMonkey, the reading of dates as survey tools write them (and
 * the refusal of a file whose dates could be day or month first), the
 * channels (an unknown one becomes "other" with its text kept, or what
 * --channel-map says), the session a row belongs to, the counts a dry run
 * shows, and the checks of every value before the store sees it, each
 * error naming the line and column of the file.
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
	"text", "date", "channel", "theme", "contact", "session",
};
static const char *const role_labels[ROLE_N] = {
	/* TRANSLATORS: the role of a column in an import: the
	   contribution's text */
	N_("text"),
	/* TRANSLATORS: the role of a column in an import */
	N_("date"),
	/* TRANSLATORS: the role of a column in an import */
	N_("channel"),
	/* TRANSLATORS: the role of a column in an import */
	N_("theme"),
	/* TRANSLATORS: the role of a column in an import */
	N_("contact details"),
	/* TRANSLATORS: the role of a column in an import: the session
	   (dialogtillfälle) a row belongs to */
	N_("session"),
};

/* Header names per role, folded (see fold()), the likeliest first: a
 * date column is the time the answer was completed before the one it was
 * started. */
static const char *const header_text[] = {
	"text", "svar", "synpunkt", "synpunkter", "din synpunkt", "kommentar",
	"kommentarer", "fritext", "inspel", "answer", "response", "comment",
	"comments", "contribution", "opinion", "fritextsvar", "ditt svar",
	NULL,
};
static const char *const header_date[] = {
	"completion time", "end date", "completed", "completion date",
	"slutförd", "slutdatum", "submitted", "submitted at", "submit date",
	"timestamp", "tidstämpel", "tidsstämpel", "svarsdatum",
	"response date", "inskickad", "skickad", "date", "datum",
	"datum och tid", "tidpunkt", "time", "tid", "created", "start time",
	"start date", "startdatum", "starttid", NULL,
};
static const char *const header_channel[] = {
	"channel", "kanal", "svarskanal", NULL,
};
static const char *const header_theme[] = {
	"theme", "themes", "tema", "teman", "kategori", "category", "tag",
	"tags", "ämne", "topic", NULL,
};
static const char *const header_contact[] = {
	"contact", "kontakt", "kontaktuppgifter", "e-post", "epost", "email",
	"e-mail", "email address", "e-postadress", "mejl", "mail", "telefon",
	"phone", "tfn", NULL,
};
static const char *const header_session[] = {
	"session", "dialogtillfälle", "tillfälle", NULL,
};
static const char *const *const header_names[ROLE_N] = {
	header_text, header_date, header_channel, header_theme, header_contact,
	header_session,
};

const char *
report_role_key(enum report_role r)
{
	return r < ROLE_N ? role_keys[r] : "";
}

const char *
report_role_label(enum report_role r)
{
	return r < ROLE_N ? _(role_labels[r]) : "";
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
		{ "other", "other" }, { "annan", "other" },
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

/* ------------------------------------------------------------ options */

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
			    "KEY=COLUMN; write for example text=Svar,date=2 "
			    "or channel=- to leave a column out"), item);
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
			    "'%s'; use text, date, channel, theme, contact or "
			    "session"), item);
		else if (r == ROLE_TEXT && strcmp(eq + 1, "-") == 0)
			rc = err_set(err, ERR_USAGE, _("--map: the text cannot "
			    "be left out; name its column"));
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

int
report_chanmap_add(struct report_chanmap *m, const char *value,
    const char *channel, struct dlg_error *err)
{
	const char *to = report_channel_token(channel);
	char *from = fold(value);
	size_t i;

	if (to == NULL) {
		free(from);
		return err_set(err, ERR_USAGE, _("'%s' is not a channel; use "
		    "meeting, web, letter, email, survey or other"), channel);
	}
	for (i = 0; i < m->n; i++)
		if (strcmp(m->from[i], from) == 0) {
			free(from);
			m->to[i] = to;
			return 0;
		}
	m->from = xrealloc(m->from, (m->n + 1) * sizeof *m->from);
	m->to = xrealloc(m->to, (m->n + 1) * sizeof *m->to);
	m->from[m->n] = from;
	m->to[m->n] = to;
	m->n++;
	return 0;
}

int
report_chanmap_parse(const char *arg, struct report_chanmap *m,
    struct dlg_error *err)
{
	char *copy = xstrdup(arg), *item, *save = NULL, *eq;
	int rc = 0;

	for (item = strtok_r(copy, ",", &save); item != NULL && rc == 0;
	    item = strtok_r(NULL, ",", &save)) {
		if ((eq = strrchr(item, '=')) == NULL || eq == item ||
		    eq[1] == '\0') {
			rc = err_set(err, ERR_USAGE, _("--channel-map: '%s' is "
			    "not VALUE=CHANNEL; write for example "
			    "Telefon=letter"), item);
			break;
		}
		*eq = '\0';
		if (report_channel_token(eq + 1) == NULL)
			rc = err_set(err, ERR_USAGE, _("--channel-map: '%s' is "
			    "not a channel; use meeting, web, letter, email, "
			    "survey or other"), eq + 1);
		else
			rc = report_chanmap_add(m, item, eq + 1, err);
	}
	free(copy);
	return rc;
}

void
report_chanmap_clear(struct report_chanmap *m)
{
	size_t i;

	for (i = 0; i < m->n; i++)
		free(m->from[i]);
	free(m->from);
	free(m->to);
	memset(m, 0, sizeof *m);
}

int
report_date_order_parse(const char *arg, enum report_date_order *o,
    struct dlg_error *err)
{
	char *f = fold(arg);
	int rc = 0;

	if (strcmp(f, "dd/mm/yyyy") == 0 || strcmp(f, "dmy") == 0 ||
	    strcmp(f, "dd/mm/åååå") == 0)
		*o = DATE_DMY;
	else if (strcmp(f, "mm/dd/yyyy") == 0 || strcmp(f, "mdy") == 0 ||
	    strcmp(f, "mm/dd/åååå") == 0)
		*o = DATE_MDY;
	else
		rc = err_set(err, ERR_USAGE, _("--date-format: '%s' is not a "
		    "format; use DD/MM/YYYY (day first) or MM/DD/YYYY (month "
		    "first)"), arg);
	free(f);
	return rc;
}

/* ------------------------------------------------------------ columns */

/* The header's names, quoted and joined, for a message. Caller frees. */
static char *
header_list(const struct report_survey *s)
{
	struct strbuf sb;
	size_t i;

	sb_init(&sb);
	for (i = 0; i < s->ncols; i++)
		sb_addf(&sb, "%s'%s'", i > 0 ? ", " : "", s->header[i]);
	return sb_detach(&sb);
}

/* The column a --map value names, or -1 with err set. */
static int
map_column(const struct report_survey *s, enum report_role r,
    const char *spec, struct dlg_error *err)
{
	size_t i, n = strspn(spec, "0123456789");
	char *want, *have, *names;
	long col;

	if (n > 0 && spec[n] == '\0') {
		col = strtol(spec, NULL, 10);
		if (col < 1 || (size_t)col > s->ncols)
			return err_set(err, ERR_REFUSED,
			    ngettext("--map %s=%s: there is no such column; "
			    "the header (line %ld) has %zu column",
			    "--map %s=%s: there is no such column; the header "
			    "(line %ld) has %zu columns",
			    (unsigned long)s->ncols),
			    role_keys[r], spec, s->header_line, s->ncols);
		return (int)(col - 1);
	}
	want = fold(spec);
	for (i = 0; i < s->ncols; i++) {
		have = fold(s->header[i]);
		n = strcmp(have, want) == 0;
		free(have);
		if (n) {
			free(want);
			return (int)i;
		}
	}
	free(want);
	names = header_list(s);
	err_set(err, ERR_REFUSED, _("--map %s=%s: the header (line %ld) has "
	    "no such column; it has %s"), role_keys[r], spec, s->header_line,
	    names);
	free(names);
	return -1;
}

static int
taken(const int col[ROLE_N], int c)
{
	int q;

	for (q = 0; q < ROLE_N; q++)
		if (col[q] == c)
			return 1;
	return 0;
}

/* 1 when a header is a question: it ends with '?' (blanks aside). */
static int
is_question(const char *h)
{
	size_t n = strlen(h);

	while (n > 0 && strchr(" \t\r\n", h[n - 1]) != NULL)
		n--;
	return n > 1 && h[n - 1] == '?';
}

/* Choose the columns: the map's, then for each role the column with its
 * likeliest header name among those not taken; the text, failing that,
 * the one column headed by a question. */
static int
choose_columns(struct report_survey *s, struct dlg_error *err)
{
	const struct report_survey_map *m = s->o.map;
	const char *const *name;
	char *names, *f;
	size_t i;
	int r, q, left_out[ROLE_N];

	for (r = 0; r < ROLE_N; r++) {
		s->col[r] = -1;
		left_out[r] = 0;
	}
	for (r = 0; m != NULL && r < ROLE_N; r++) {
		if (m->col[r] == NULL)
			continue;
		if (strcmp(m->col[r], "-") == 0) {
			left_out[r] = 1;
			continue;
		}
		if ((s->col[r] = map_column(s, (enum report_role)r, m->col[r],
		    err)) < 0)
			return -1;
		for (q = 0; q < r; q++)
			if (s->col[q] == s->col[r])
				return err_set(err, ERR_USAGE, _("--map: "
				    "column '%s' is given for both %s and %s"),
				    s->header[s->col[r]], role_keys[q],
				    role_keys[r]);
	}
	for (r = 0; r < ROLE_N; r++) {
		if (s->col[r] >= 0 || left_out[r])
			continue;
		for (name = header_names[r]; *name != NULL && s->col[r] < 0;
		    name++)
			for (i = 0; i < s->ncols && s->col[r] < 0; i++) {
				if (taken(s->col, (int)i))
					continue;
				f = fold(s->header[i]);
				if (strcmp(f, *name) == 0)
					s->col[r] = (int)i;
				free(f);
			}
	}
	/*
	 * Survey tools (Netigate, SurveyMonkey) name an answer's column by
	 * its question: with no text column by name, the one column whose
	 * header is a question holds the contributions.
	 */
	if (s->col[ROLE_TEXT] < 0 && !left_out[ROLE_TEXT]) {
		int found = -1, nq = 0;

		for (i = 0; i < s->ncols; i++)
			if (!taken(s->col, (int)i) && is_question(s->header[i])) {
				found = (int)i;
				nq++;
			}
		if (nq == 1)
			s->col[ROLE_TEXT] = found;
		else if (nq > 1) {
			names = header_list(s);
			err_set(err, ERR_REFUSED, _("line %ld: several columns "
			    "of the header are questions; name the one whose "
			    "answers are the contributions with --map "
			    "text=COLUMN. The columns are %s"), s->header_line,
			    names);
			free(names);
			return -1;
		}
	}
	if (s->col[ROLE_TEXT] < 0) {
		names = header_list(s);
		err_set(err, ERR_REFUSED, _("line %ld: no column of the header "
		    "is the contributions' text (such as 'Svar' or "
		    "'Synpunkt'); name it with --map text=COLUMN. The columns "
		    "are %s"), s->header_line, names);
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

/* n digits at s, their value in *v; else 0. */
static int
num(const char *s, int n, int *v)
{
	int i;

	*v = 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		*v = *v * 10 + (s[i] - '0');
	}
	return 1;
}

/* One or two digits at *s (moved past them) into *v. */
static int
num12(const char **s, int *v)
{
	if (!isdigit((unsigned char)**s))
		return 0;
	*v = **s - '0';
	(*s)++;
	if (isdigit((unsigned char)**s)) {
		*v = *v * 10 + (**s - '0');
		(*s)++;
	}
	return 1;
}

static int
real_date(int y, int m, int d)
{
	char buf[16];
	long days;

	if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31)
		return 0;
	snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
	return dlg_date_parse(buf, &days, NULL) == 0;
}

/*
 * The time after a date: nothing, or ' ' or 'T', H:MM or HH:MM, ":SS"
 * with a fraction, " AM"/" PM", then "Z" or an offset ("+02:00",
 * "+0200"). Returns 0, or -1 when it is no time. *zone is set when a zone
 * was given (offset in seconds east in *off).
 */
static int
parse_time(const char *s, int *has, int *h, int *mi, int *sec, int *zone,
    long *off)
{
	int oh = 0, om = 0, sign;

	*has = *h = *mi = *sec = *zone = 0;
	*off = 0;
	if (*s == '\0')
		return 0;
	if (*s != ' ' && *s != 'T')
		return -1;
	while (*s == ' ')
		s++;
	if (*s == 'T')
		s++;
	if (!num12(&s, h) || *s != ':' || !num(s + 1, 2, mi))
		return -1;
	*has = 1;
	s += 3;
	if (*s == ':') {
		if (!num(s + 1, 2, sec))
			return -1;
		s += 3;
		if (*s == '.' || *s == ',') {
			s++;
			if (!isdigit((unsigned char)*s))
				return -1;
			while (isdigit((unsigned char)*s))
				s++;
		}
	}
	while (*s == ' ')
		s++;
	if ((s[0] == 'A' || s[0] == 'a' || s[0] == 'P' || s[0] == 'p') &&
	    (s[1] == 'M' || s[1] == 'm')) {
		if (*h < 1 || *h > 12)
			return -1;
		if (s[0] == 'P' || s[0] == 'p')
			*h = *h % 12 + 12;
		else
			*h %= 12;
		s += 2;
		while (*s == ' ')
			s++;
	}
	if (*s == 'Z') {
		*zone = 1;
		s++;
	} else if (*s == '+' || *s == '-') {
		sign = *s == '-' ? -1 : 1;
		if (!num(s + 1, 2, &oh))
			return -1;
		s += 3;
		if (*s == ':')
			s++;
		if (num(s, 2, &om))
			s += 2;
		*zone = 1;
		*off = sign * (oh * 3600L + om * 60L);
		if (oh > 14 || om > 59)
			return -1;
	}
	if (*s != '\0' || *h > 23 || *mi > 59 || *sec > 60)
		return -1;
	return 0;
}

/*
 * A survey's date or time as stored: "YYYY-MM-DD", or
 * "YYYY-MM-DDTHH:MM:SS" local time, or "...Z" when a zone was given.
 * Understood: 2026-11-20, 2026/11/20, 20.11.2026, and A/B/2026 (day or
 * month first: order; DATE_AUTO takes day first and says in *kind what
 * the text allows: 'D' only day first, 'M' only month first, 'A' both and
 * they differ, 0 the same either way), each with a time as parse_time()
 * reads it. Caller frees; NULL when s is no date.
 */
static char *
parse_when(const char *s, enum report_date_order order, int *kind)
{
	int y, mo, d, a, b, has, h, mi, sec, zone, dmy, mdy;
	struct tm tm;
	long off;
	time_t t;

	*kind = 0;
	if (num(s, 4, &y) && (s[4] == '-' || s[4] == '/')) {
		char sep = s[4];

		s += 5;
		if (!num12(&s, &mo) || *s != sep)
			return NULL;
		s++;
		if (!num12(&s, &d))
			return NULL;
	} else {
		if (!num12(&s, &a) || (*s != '.' && *s != '/'))
			return NULL;
		if (*s == '.') {
			s++;
			d = a;
			if (!num12(&s, &mo) || *s != '.' || !num(s + 1, 4, &y))
				return NULL;
			s += 5;
		} else {
			s++;
			if (!num12(&s, &b) || *s != '/' || !num(s + 1, 4, &y))
				return NULL;
			s += 5;
			dmy = real_date(y, b, a);
			mdy = real_date(y, a, b);
			if (order == DATE_DMY || (order == DATE_AUTO && dmy)) {
				d = a;
				mo = b;
			} else {
				d = b;
				mo = a;
			}
			if (order == DATE_AUTO)
				*kind = dmy && mdy ? (a != b ? 'A' : 0) :
				    dmy ? 'D' : mdy ? 'M' : 0;
		}
	}
	if (!real_date(y, mo, d) || parse_time(s, &has, &h, &mi, &sec, &zone,
	    &off) != 0)
		return NULL;
	if (!has)
		return xasprintf("%04d-%02d-%02d", y, mo, d);
	if (!zone)
		return xasprintf("%04d-%02d-%02dT%02d:%02d:%02d", y, mo, d, h,
		    mi, sec);
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec;
	t = timegm(&tm) - (time_t)off;
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
check(const struct report_survey *s, const struct dlg_contribution *c,
    const struct report_csv_row *r, struct dlg_error *err)
{
	struct dlg_contribution part;
	struct dlg_error e;
	static char x[] = "x";
	int role, col;

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
		case ROLE_CHANNEL:
			part.channel = c->channel;
			part.channel_text = c->channel_text;
			break;
		default:
			continue;
		}
		col = s->col[role];
		err_clear(&e);
		if (dlg_contribution_check(&part, &e) != 0 && col >= 0)
			return cell_error(err, cell_line(r, col), col, "%s",
			    e.msg);
	}
	return cell_error(err, r->line, 0, "%s", e.msg);
}

/* Count an unknown channel value (v as written, f folded) and what it
 * becomes. */
static void
count_unknown(struct report_survey *s, const char *v, const char *f,
    const char *to, int mapped)
{
	size_t i;

	for (i = 0; i < s->nunknown; i++)
		if (strcmp(s->unknown[i].folded, f) == 0) {
			s->unknown[i].count++;
			return;
		}
	if (s->nunknown == REPORT_UNKNOWN_MAX) {
		s->unknown_more++;
		return;
	}
	s->unknown[i].text = xstrdup(v);
	s->unknown[i].folded = xstrdup(f);
	s->unknown[i].to = to;
	s->unknown[i].mapped = mapped;
	s->unknown[i].count = 1;
	s->nunknown++;
}

/* The channel of a row: the column's value as a channel, else mapped,
 * else "other" with the text kept; empty: the default. */
static void
read_channel(struct report_survey *s, const struct report_csv_row *r,
    struct dlg_contribution *c)
{
	const struct report_chanmap *m = s->o.chanmap;
	const char *tok = s->o.channel;
	char *v, *f;
	size_t i;

	c->channel_text = NULL;
	if (s->col[ROLE_CHANNEL] >= 0) {
		v = clean(cell(r, s->col[ROLE_CHANNEL]), 1);
		if (*v != '\0') {
			f = fold(v);
			for (i = 0; m != NULL && i < m->n; i++)
				if (strcmp(m->from[i], f) == 0)
					break;
			if (m != NULL && i < m->n) {
				tok = m->to[i];
				count_unknown(s, v, f, tok, 1);
				if (strcmp(tok, "other") == 0)
					c->channel_text = xstrdup(v);
			} else if ((tok = report_channel_token(v)) == NULL) {
				tok = "other";
				count_unknown(s, v, f, tok, 0);
				c->channel_text = xstrdup(v);
			}
			free(f);
		}
		free(v);
	}
	c->channel = xstrdup(tok);
}

/* The session of a row: its column's number or date, else --session. */
static int
read_session(struct report_survey *s, const struct report_csv_row *r,
    struct dlg_contribution *c, struct dlg_error *err)
{
	const struct dlg_session *hit = NULL;
	struct strbuf sb;
	char *v, *ex;
	size_t i, n = 0;
	int col = s->col[ROLE_SESSION];

	c->session_id = s->o.session_id;
	if (col < 0)
		return 0;
	v = clean(cell(r, col), 1);
	if (*v == '\0') {
		free(v);
		return 0;
	}
	for (i = 0; i < s->o.nsessions; i++) {
		const struct dlg_session *se = &s->o.sessions[i];
		char id[32];

		snprintf(id, sizeof id, "%lld", se->id);
		if (strcmp(v, id) == 0) {
			hit = se;
			n = 1;
			break;
		}
		if (se->date != NULL && strcmp(v, se->date) == 0) {
			hit = se;
			n++;
		}
	}
	if (n == 1) {
		c->session_id = hit->id;
		free(v);
		return 0;
	}
	sb_init(&sb);
	for (i = 0; i < s->o.nsessions; i++)
		sb_addf(&sb, "%s%lld (%s)", i > 0 ? ", " : "",
		    s->o.sessions[i].id, s->o.sessions[i].date != NULL ?
		    s->o.sessions[i].date : "?");
	ex = excerpt(v);
	if (n > 1)
		cell_error(err, cell_line(r, col), col, _("the dialogue has "
		    "more than one session on %s; write the session's number "
		    "instead: %s"), ex, sb.buf);
	else if (s->o.nsessions == 0)
		cell_error(err, cell_line(r, col), col, _("'%s' is no session: "
		    "the dialogue has no sessions; add them first or leave "
		    "the column out with --map session=-"), ex);
	else
		cell_error(err, cell_line(r, col), col, _("'%s' is no session "
		    "of the dialogue; write a session's number or date: %s"),
		    ex, sb.buf);
	free(ex);
	sb_release(&sb);
	free(v);
	return -1;
}

/* What the date kind of a row says about the file's order. */
static void
note_order(struct report_survey *s, int kind, long line, int col,
    const char *v)
{
	if (kind == 'D' && s->dmy_line == 0) {
		s->dmy_line = line;
		s->dmy_text = excerpt(v);
	} else if (kind == 'M' && s->mdy_line == 0) {
		s->mdy_line = line;
		s->mdy_text = excerpt(v);
	} else if (kind == 'A' && s->amb_line == 0) {
		s->amb_line = line;
		s->amb_col = col;
		s->amb_text = excerpt(v);
	}
}

static int
read_row(struct report_survey *s, const struct report_csv_row *r,
    struct dlg_contribution *c, struct dlg_error *err)
{
	const char *v;
	char *ex, *lower;
	size_t i;
	int kind, col;

	memset(c, 0, sizeof *c);
	for (i = s->ncols; i < r->n; i++)
		if (r->cells[i].text[0] != '\0')
			return cell_error(err, r->cells[i].line, (int)i,
			    ngettext("the row has more columns than the header "
			    "(%zu column) and this one is not empty",
			    "the row has more columns than the header (%zu "
			    "columns) and this one is not empty",
			    (unsigned long)s->ncols),
			    s->ncols);
	c->text = clean(cell(r, s->col[ROLE_TEXT]), 0);
	if (*c->text == '\0')
		return 0;
	if ((col = s->col[ROLE_DATE]) >= 0) {
		v = cell(r, col);
		ex = clean(v, 1);
		if (*ex != '\0') {
			c->created = parse_when(ex, s->order, &kind);
			if (c->created == NULL) {
				free(ex);
				ex = excerpt(v);
				cell_error(err, cell_line(r, col), col,
				    _("'%s' is not a date; write it as "
				    "YYYY-MM-DD, a time may follow (2026-04-12 "
				    "14:30)"), ex);
				free(ex);
				return -1;
			}
			note_order(s, kind, cell_line(r, col), col, ex);
			s->dated++;
		}
		free(ex);
	}
	read_channel(s, r, c);
	if (read_session(s, r, c, err) != 0)
		return -1;
	if (s->col[ROLE_THEME] >= 0)
		c->themes = clean(cell(r, s->col[ROLE_THEME]), 1);
	if (s->col[ROLE_CONTACT] >= 0)
		c->contact = clean(cell(r, s->col[ROLE_CONTACT]), 1);
	if (c->themes != NULL && *c->themes == '\0') {
		free(c->themes);
		c->themes = NULL;
	}
	if (c->contact != NULL) {
		/* Microsoft Forms writes "anonymous" for a form without
		 * sign-in: no contact details. */
		lower = fold(c->contact);
		if (*c->contact == '\0' || strcmp(lower, "anonymous") == 0 ||
		    strcmp(lower, "anonym") == 0) {
			free(c->contact);
			c->contact = NULL;
		}
		free(lower);
	}
	return check(s, c, r, err);
}

/* ------------------------------------------------------------ the reader */

struct report_survey *
report_survey_new(const struct report_survey_opts *o)
{
	struct report_survey *s = xcalloc(1, sizeof *s);
	int r;

	s->o = *o;
	if (s->o.channel == NULL)
		s->o.channel = "survey";
	s->order = o->order;
	for (r = 0; r < ROLE_N; r++)
		s->col[r] = -1;
	return s;
}

/* SurveyMonkey's second header row: its first columns (the respondent's
 * id) empty, and under the text's question "Response" or "Open-Ended
 * Response". */
static int
second_header(const struct report_survey *s, const struct report_csv_row *r)
{
	static const char *const words[] = {
		"response", "open-ended response", "öppet svar", NULL,
	};
	const char *const *w;
	char *f;
	int hit = 0;

	if (r->n == 0 || r->cells[0].text[0] != '\0' ||
	    s->col[ROLE_TEXT] < 0 || (size_t)s->col[ROLE_TEXT] >= r->n)
		return 0;
	f = fold(r->cells[s->col[ROLE_TEXT]].text);
	for (w = words; *w != NULL && !hit; w++)
		hit = strcmp(f, *w) == 0;
	free(f);
	return hit;
}

int
report_survey_row(struct report_survey *s, const struct report_csv_row *r,
    struct dlg_contribution *c, struct dlg_error *err)
{
	size_t i;

	memset(c, 0, sizeof *c);
	s->records++;
	if (s->records == 1) {
		if (s->header == NULL) {
			s->ncols = r->n;
			s->header = xcalloc(r->n, sizeof *s->header);
			for (i = 0; i < r->n; i++)
				s->header[i] = xstrdup(r->cells[i].text);
			s->header_line = r->line;
			if (choose_columns(s, err) != 0)
				return -1;
		}
		return 0;
	}
	if (s->records == 2 && (s->two_headers || second_header(s, r))) {
		s->two_headers = 1;
		return 0;
	}
	s->rows++;
	if (read_row(s, r, c, err) != 0) {
		dlg_contribution_clear(c);
		return -1;
	}
	if (*c->text == '\0') {
		dlg_contribution_clear(c);
		s->skipped++;
		return 0;
	}
	if (s->nsample < REPORT_SAMPLE_MAX) {
		struct dlg_contribution *p = &s->sample[s->nsample];

		p->text = xstrdup(c->text);
		p->created = xstrdup(c->created);
		p->channel = xstrdup(c->channel);
		p->channel_text = xstrdup(c->channel_text);
		p->themes = xstrdup(c->themes);
		p->contact = xstrdup(c->contact);
		p->session_id = c->session_id;
		s->sample_line[s->nsample] = r->line;
		s->sample_date[s->nsample] = s->col[ROLE_DATE] >= 0 ?
		    clean(cell(r, s->col[ROLE_DATE]), 1) : NULL;
		s->nsample++;
	}
	s->n++;
	return 1;
}

int
report_survey_end(struct report_survey *s, struct dlg_error *err)
{
	size_t i;
	int kind;

	if (s->records == 0)
		return err_set(err, ERR_REFUSED, _("the file is empty: it has "
		    "no header line and no rows"));
	if (s->order != DATE_AUTO)
		return 0;
	if (s->dmy_line > 0 && s->mdy_line > 0)
		return err_set(err, ERR_REFUSED, _("the dates do not agree: "
		    "line %ld has '%s' (day first) and line %ld has '%s' "
		    "(month first); correct them, or state the format with "
		    "--date-format DD/MM/YYYY or --date-format MM/DD/YYYY"),
		    s->dmy_line, s->dmy_text, s->mdy_line, s->mdy_text);
	if (s->mdy_line > 0)
		s->order = DATE_MDY;
	else if (s->dmy_line > 0)
		s->order = DATE_DMY;
	else if (s->amb_line > 0)
		return err_set(err, ERR_REFUSED, _("line %ld, column %d: the "
		    "date '%s' may be day or month first, and no date in the "
		    "file tells which; state the format with --date-format "
		    "DD/MM/YYYY or --date-format MM/DD/YYYY"), s->amb_line,
		    s->amb_col + 1, s->amb_text);
	else
		return 0;
	/* The samples read before the order was known. */
	for (i = 0; i < s->nsample; i++)
		if (s->sample_date[i] != NULL && *s->sample_date[i] != '\0') {
			free(s->sample[i].created);
			s->sample[i].created = parse_when(s->sample_date[i],
			    s->order, &kind);
		}
	return 0;
}

void
report_survey_restart(struct report_survey *s)
{
	size_t i;

	for (i = 0; i < s->nunknown; i++) {
		free(s->unknown[i].text);
		free(s->unknown[i].folded);
	}
	for (i = 0; i < s->nsample; i++) {
		dlg_contribution_clear(&s->sample[i]);
		free(s->sample_date[i]);
		s->sample_date[i] = NULL;
	}
	free(s->dmy_text);
	free(s->mdy_text);
	free(s->amb_text);
	s->dmy_text = s->mdy_text = s->amb_text = NULL;
	s->dmy_line = s->mdy_line = s->amb_line = 0;
	s->nunknown = s->unknown_more = s->nsample = 0;
	s->records = s->rows = s->n = s->skipped = s->dated = 0;
}

void
report_survey_free(struct report_survey *s)
{
	size_t i;

	if (s == NULL)
		return;
	report_survey_restart(s);
	for (i = 0; i < s->ncols; i++)
		free(s->header[i]);
	free(s->header);
	free(s);
}

int
report_survey_next(struct report_csvin *in, struct report_survey *s,
    struct dlg_contribution *c, long *line, struct dlg_error *err)
{
	struct report_csv_row r;
	int rc;

	memset(&r, 0, sizeof r);
	memset(c, 0, sizeof *c);
	for (;;) {
		if ((rc = report_csvin_next(in, &r, err)) <= 0)
			break;
		if ((rc = report_survey_row(s, &r, c, err)) != 0)
			break;
	}
	if (line != NULL)
		*line = r.line;
	report_csv_row_clear(&r);
	return rc;
}

int
report_survey_feed_next(struct dlg_contribution *c, void *arg,
    struct dlg_error *err)
{
	struct report_survey_feed *f = arg;
	int rc = report_survey_next(f->in, f->s, c, NULL, err);

	if (rc == 0 && !report_csvin_unchanged(f->in))
		return err_set(err, ERR_REFUSED, _("the file changed while it "
		    "was imported; nothing was imported, try again"));
	return rc;
}
