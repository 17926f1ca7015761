/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz_csv: the CSV reader of imports, whole in memory and as a stream
 * (both passes), with the separator and the encoding chosen by the first
 * byte of the input. */
#include <stdio.h>

#include "report.h"
#include "util.h"
#include "fuzz.h"

FUZZ_INIT_LOCALE()

static const char seps[] = { 0, ',', ';', '\t' };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct dlg_error err;
	struct report_csv *csv = NULL;
	struct report_csvin *in = NULL;
	struct report_csv_row r;
	char sep;
	int enc, rc, pass;
	FILE *fp;

	if (size < 1)
		return 0;
	sep = seps[data[0] & 3];
	/* ENC_UTF8 .. ENC_WINDOWS1252, or detected. */
	enc = (data[0] >> 2) % 6;
	if (enc == 5)
		enc = REPORT_ENC_DETECT;
	data++;
	size--;

	err_clear(&err);
	if (report_csv_read((const char *)data, size, sep, &csv, &err) == 0)
		report_csv_free(csv);

	/* fmemopen refuses a zero-sized buffer. */
	fp = fmemopen(size ? (void *)data : (void *)"", size ? size : 1,
	    "rb");
	if (fp == NULL)
		return 0;
	if (size == 0)
		fgetc(fp);
	memset(&r, 0, sizeof r);
	err_clear(&err);
	if (report_csvin_open(fp, sep, enc, &in, &err) == 0) {
		for (pass = 0; pass < 2; pass++) {
			while ((rc = report_csvin_next(in, &r, &err)) > 0)
				report_csv_row_clear(&r);
			report_csv_row_clear(&r);
			if (rc < 0)
				break;
			(void)report_csvin_unchanged(in);
			if (report_csvin_rewind(in, &err) != 0)
				break;
		}
		(void)report_csvin_digest(in);
		(void)report_enc_name(report_csvin_enc(in));
		(void)report_csvin_sep(in);
	}
	report_csvin_free(in);
	fclose(fp);
	return 0;
}
