/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * typeset-load.c: report.h's PDF and calendar functions, which load the
 * typesetting module (typeset.h) the first time one of them is called
 * and call it. A program that links the module's code itself (the
 * typesetter's own tests) uses that, and loads nothing. When the module
 * cannot be loaded, the call fails with a message that names the file
 * and why; nothing else of the program depends on it.
 */
#include "config.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

#include "i18n.h"
#include "report.h"
#include "typeset.h"
#include "util.h"

#define MODULE_FILE	"dialogreg-typeset.so"

/* Defined only where the module's code is linked in. */
extern const struct report_typeset dialogreg_typeset
    __attribute__((weak));

static const struct report_typeset *loaded;
static char why[512];

/* The module's path: in DIALOGREG_MODULEDIR when set; else the one the
 * build made when run from the build directory, else the installed one. */
static const char *
module_path(void)
{
	static char path[4096];
	const char *dir = getenv("DIALOGREG_MODULEDIR");

	if (dir == NULL || *dir == '\0')
		dir = dlg_run_from_build() ? BUILD_MODULEDIR : MODULEDIR;
	snprintf(path, sizeof path, "%s/%s", dir, MODULE_FILE);
	return path;
}

/* The module's table, loaded once; NULL with the reason in why. */
static const struct report_typeset *
module(void)
{
	const struct report_typeset *t;
	const char *e;
	void *h;

	if (loaded != NULL)
		return loaded;
	if (&dialogreg_typeset != NULL)
		return loaded = &dialogreg_typeset;
	if (why[0] != '\0')
		return NULL;
	/* Never unloaded: its code stays valid for the program's life. */
	if ((h = dlopen(module_path(), RTLD_NOW | RTLD_LOCAL)) == NULL) {
		e = dlerror();
		snprintf(why, sizeof why, "%s", e != NULL ? e : "dlopen");
		return NULL;
	}
	t = dlsym(h, REPORT_TYPESET_SYMBOL);
	if (t == NULL || t->abi != REPORT_TYPESET_ABI) {
		snprintf(why, sizeof why, "%s: %s", module_path(), t == NULL ?
		    _("it is not dialogreg's typesetting module") :
		    _("it belongs to another version of dialogreg"));
		return NULL;
	}
	return loaded = t;
}

static int
not_loaded(struct dlg_error *err)
{
	err_detail(err, "%s", why);
	return err_set(err, ERR_STORAGE, _("the typesetting module cannot be "
	    "loaded, so no PDF or calendar file can be made: %s. Install "
	    "dialogreg again."), why);
}

int
report_doc_write_pdf(struct report_doc *doc, FILE *fp,
    struct report_pdf_info *info, struct dlg_error *err)
{
	const struct report_typeset *t = module();

	return t != NULL ? t->doc_write_pdf(doc, fp, info, err) :
	    not_loaded(err);
}

size_t
report_doc_pdf_pages(struct report_doc *doc)
{
	const struct report_typeset *t = module();

	return t != NULL ? t->doc_pdf_pages(doc) : 0;
}

int
report_calendar(FILE *fp, const struct report_cal_in *in,
    const struct dialogue *const *v, size_t n,
    struct report_cal_count *count, struct dlg_error *err)
{
	const struct report_typeset *t = module();

	return t != NULL ? t->calendar(fp, in, v, n, count, err) :
	    not_loaded(err);
}

/* ------------------------------------------------------------ notes */

char *
report_pdf_fonts_note(const struct report_pdf_info *info)
{
	unsigned long n = (unsigned long)info->pages;

	/* TRANSLATORS: %s lists the font families: "Noto Sans, DejaVu
	   Sans Mono" */
	return xasprintf(ngettext("The PDF has %lu page, set in %s.",
	    "The PDF has %lu pages, set in %s.", n), n,
	    info->fonts[0] != '\0' ? info->fonts : "?");
}

char *
report_pdf_missing_note(const struct report_pdf_info *info)
{
	unsigned long n = (unsigned long)info->missing;

	if (n == 0)
		return NULL;
	/* TRANSLATORS: %s lists characters as "U+4E2D (Hani)": the code
	   point and its script's ISO 15924 code */
	return xasprintf(ngettext("%lu character has no installed font and "
	    "shows as a box in the PDF: %s. Install a font that has it, for "
	    "example from the Debian package fonts-noto-core (fonts-noto-cjk "
	    "for Chinese, Japanese and Korean).", "%lu characters have no "
	    "installed font and show as boxes in the PDF: %s. Install a font "
	    "that has them, for example from the Debian package "
	    "fonts-noto-core (fonts-noto-cjk for Chinese, Japanese and "
	    "Korean).", n), n, info->missing_what);
}
