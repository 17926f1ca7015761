/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_survey: the survey mapping of an import. The input is a line with
 * the --map argument ("text=Svar,date=3"), a line with the --channel-map
 * argument ("Telefon=letter"), then the survey file; both passes run as
 * the import does (check, then read again), with the preview, against a
 * dialogue with two sessions. */
#include <stdio.h>

#include "dialogue.h"
#include "report.h"
#include "util.h"
#include "fuzz.h"

FUZZ_INIT_LOCALE()

/* The next line of *p (up to *n bytes) as a string; advances *p, *n. */
static char *
take_line(const uint8_t **p, size_t *n)
{
	const uint8_t *nl = memchr(*p, '\n', *n);
	size_t len = nl ? (size_t)(nl - *p) : *n;
	char *s = fuzz_string(*p, len);

	*p += nl ? len + 1 : len;
	*n -= nl ? len + 1 : len;
	return s;
}

static void
survey_pass(struct report_csvin *in, struct report_survey *s)
{
	struct dlg_contribution c;
	struct dlg_error err;
	int rc;

	memset(&c, 0, sizeof c);
	err_clear(&err);
	while ((rc = report_survey_next(in, s, &c, NULL, &err)) > 0)
		dlg_contribution_clear(&c);
	if (rc == 0)
		(void)report_survey_end(s, &err);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct dlg_session sessions[2] = {
		{ .id = 3, .date = "2026-03-12", .place = "Folkets hus",
		  .participants = -1 },
		{ .id = 7, .date = "2026-04-02", .place = "Webb",
		  .participants = 12 },
	};
	struct report_survey_map map;
	struct report_chanmap chanmap;
	struct report_survey_opts o;
	struct report_survey *s;
	struct report_csvin *in = NULL;
	struct strlist lines;
	struct dlg_error err;
	char *maparg, *chanarg;
	FILE *fp;

	if (size < 1)
		return 0;
	memset(&o, 0, sizeof o);
	o.order = data[0] % 3;
	o.session_id = data[0] & 4 ? 7 : 0;
	o.channel = data[0] & 8 ? "möte" : NULL;
	data++;
	size--;
	maparg = take_line(&data, &size);
	chanarg = take_line(&data, &size);
	memset(&map, 0, sizeof map);
	memset(&chanmap, 0, sizeof chanmap);
	err_clear(&err);
	if (*maparg != '\0')
		(void)report_survey_map_parse(maparg, &map, &err);
	if (*chanarg != '\0')
		(void)report_chanmap_parse(chanarg, &chanmap, &err);
	o.map = &map;
	o.chanmap = &chanmap;
	o.sessions = sessions;
	o.nsessions = 2;

	fp = size ? fmemopen((void *)data, size, "rb") : NULL;
	if (fp != NULL && report_csvin_open(fp, 0, REPORT_ENC_DETECT, &in,
	    &err) == 0) {
		s = report_survey_new(&o);
		survey_pass(in, s);
		memset(&lines, 0, sizeof lines);
		report_import_preview(in, s, 70, &lines);
		sl_clear(&lines);
		report_survey_restart(s);
		if (report_csvin_rewind(in, &err) == 0)
			survey_pass(in, s);
		report_survey_free(s);
	}
	report_csvin_free(in);
	if (fp != NULL)
		fclose(fp);
	report_chanmap_clear(&chanmap);
	report_survey_map_clear(&map);
	free(chanarg);
	free(maparg);
	return 0;
}
