/*
 * i18n.h: the gettext macros every module uses.
 *
 * Only main() calls setlocale(), bindtextdomain() and textdomain(); every
 * other file includes this header and marks strings with _() (translate
 * now) or N_() (mark for extraction, translate at display time, for static
 * tables).
 */
#ifndef DIALOGREG_I18N_H
#define DIALOGREG_I18N_H

#include <libintl.h>

#define _(s)	gettext(s)
#define N_(s)	(s)

#endif
