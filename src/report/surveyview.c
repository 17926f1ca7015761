/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * surveyview.c: the preview of an import, the same on the command line
 * (--dry-run) and in the screens: the encoding and separator found, each
 * column of the file with its role (or that it is not imported), how many
 * dates were understood and how A/B/YYYY dates are read, the channel
 * values the register does not know with their counts and what they
 * become, the session the rows belong to, and the first rows (never the
 * contact details themselves).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "util.h"

static const char *
sep_name(char sep)
{
	/* TRANSLATORS: the tab character as a separator */
	return sep == '\t' ? _("tab") : sep == ';' ? "';'" : "','";
}

/* At most max characters of s on one line, "…" when cut. Caller frees. */
static char *
cut(const char *s, size_t max)
{
	char *c = report_sanitize(s != NULL ? s : "", 0), *t;
	size_t i = 0, n = 0;

	while (c[i] != '\0' && n < max) {
		i++;
		while (((unsigned char)c[i] & 0xc0) == 0x80)
			i++;
		n++;
	}
	if (c[i] == '\0')
		return c;
	c[i] = '\0';
	t = xasprintf("%s\xe2\x80\xa6", c);
	free(c);
	return t;
}

static void
columns(const struct report_survey *s, struct strlist *out)
{
	const char *role;
	size_t i;
	char *t;
	int r;

	sl_push(out, _("Columns:"));
	for (i = 0; i < s->ncols; i++) {
		/* TRANSLATORS: a column of the file that is not imported */
		role = _("not imported");
		for (r = 0; r < ROLE_N; r++)
			if (s->col[r] == (int)i)
				role = report_role_label((enum report_role)r);
		t = cut(s->header[i], 40);
		/* TRANSLATORS: a column of the file in the preview: its
		   number, its header, its role ("text", "date", ...) */
		sl_push_owned(out, xasprintf(_("  column %zu '%s': %s"), i + 1,
		    t, role));
		free(t);
	}
}

static void
dates(const struct report_survey *s, struct strlist *out)
{
	if (s->col[ROLE_DATE] < 0) {
		sl_push(out, _("Dates: the file has no date column; each "
		    "contribution gets today's."));
		return;
	}
	sl_push_owned(out, xasprintf(ngettext("Dates: understood in %zu of "
	    "%zu contribution (the others get today's).", "Dates: understood "
	    "in %zu of %zu contributions (the others get today's).",
	    (unsigned long)s->n), s->dated, s->n));
	if (s->order == DATE_DMY && s->o.order == DATE_AUTO)
		sl_push(out, _("Dates with '/' are read day first "
		    "(DD/MM/YYYY), as the file's dates show."));
	else if (s->order == DATE_MDY && s->o.order == DATE_AUTO)
		sl_push(out, _("Dates with '/' are read month first "
		    "(MM/DD/YYYY), as the file's dates show."));
	else if (s->order == DATE_DMY)
		sl_push(out, _("Dates with '/' are read day first "
		    "(DD/MM/YYYY), as --date-format says."));
	else if (s->order == DATE_MDY)
		sl_push(out, _("Dates with '/' are read month first "
		    "(MM/DD/YYYY), as --date-format says."));
}

static void
channels(const struct report_survey *s, struct strlist *out)
{
	const struct report_survey_unknown *u;
	size_t i;
	char *t;

	if (s->col[ROLE_CHANNEL] < 0) {
		sl_push_owned(out, xasprintf(_("Channel: %s for every "
		    "contribution."), dlg_channel_label(s->o.channel)));
		return;
	}
	if (s->nunknown == 0)
		return;
	sl_push(out, _("Channel values the register does not know:"));
	for (i = 0; i < s->nunknown; i++) {
		u = &s->unknown[i];
		t = cut(u->text, 30);
		if (strcmp(u->to, "other") == 0)
			/* TRANSLATORS: an unknown channel value, its count,
			   the channel "other" in the user's language */
			sl_push_owned(out, xasprintf(ngettext("  '%s': %zu "
			    "row, kept as %s with its text",
			    "  '%s': %zu rows, kept as %s with their text",
			    (unsigned long)u->count), t, u->count,
			    dlg_channel_label(u->to)));
		else
			/* TRANSLATORS: an unknown channel value, its count,
			   the channel the user mapped it to */
			sl_push_owned(out, xasprintf(ngettext("  '%s': %zu "
			    "row, becomes %s", "  '%s': %zu rows, become %s",
			    (unsigned long)u->count), t, u->count,
			    dlg_channel_label(u->to)));
		free(t);
	}
	if (s->unknown_more > 0)
		sl_push_owned(out, xasprintf(ngettext("  and %zu row with "
		    "further values, kept as %s", "  and %zu rows with further "
		    "values, kept as %s", (unsigned long)s->unknown_more),
		    s->unknown_more, dlg_channel_label("other")));
}

void
report_import_preview(const struct report_csvin *in,
    const struct report_survey *s, size_t width, struct strlist *out)
{
	const struct dlg_contribution *c;
	struct strbuf sb;
	size_t i;
	char *t;

	/* TRANSLATORS: encoding, separator, number of rows */
	sl_push_owned(out, xasprintf(ngettext("The file is %s, separated by "
	    "%s, with %zu row under its header.", "The file is %s, separated "
	    "by %s, with %zu rows under its header.", (unsigned long)s->rows),
	    report_enc_name(report_csvin_enc(in)),
	    sep_name(report_csvin_sep(in)), s->rows));
	if (s->two_headers)
		sl_push(out, _("Its second line is a second header (as "
		    "SurveyMonkey writes) and is not imported."));
	if (s->skipped > 0)
		sl_push_owned(out, xasprintf(ngettext("%zu row without text "
		    "would be skipped.", "%zu rows without text would be "
		    "skipped.", (unsigned long)s->skipped), s->skipped));
	columns(s, out);
	dates(s, out);
	channels(s, out);
	if (s->o.session_id > 0)
		sl_push_owned(out, xasprintf(_("Session: every contribution "
		    "belongs to session %lld."), s->o.session_id));
	sb_init(&sb);
	for (i = 0; i < s->nsample; i++) {
		c = &s->sample[i];
		sb_reset(&sb);
		t = dlg_channel_shown(c);
		/* TRANSLATORS: a row of the preview: line, date, channel */
		sb_addf(&sb, _("  line %ld: %s, %s"), s->sample_line[i],
		    c->created != NULL ? c->created : "-", t);
		free(t);
		if (c->session_id > 0)
			/* TRANSLATORS: in a row of the preview */
			sb_addf(&sb, _(", session %lld"), c->session_id);
		if (c->themes != NULL) {
			t = cut(c->themes, 30);
			sb_addf(&sb, ", %s", t);
			free(t);
		}
		/* Never the contact details themselves. */
		if (c->contact != NULL)
			sb_add(&sb, _(", contact details given"));
		sl_push(out, sb.buf);
		t = cut(c->text, width);
		sl_push_owned(out, xasprintf("    %s", t));
		free(t);
	}
	sb_release(&sb);
}
