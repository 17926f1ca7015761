/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * i18n.h: the gettext macros every module uses.
 *
 * Only main() calls setlocale(), bindtextdomain() and textdomain(); every
 * other file includes this header and marks strings with _() (translate
 * now) or N_() (mark for extraction, translate at display time, for static
 * tables).
 *
 * A register speaks its policy's words: once the register's settings
 * are read, the front end installs a filter (i18n_set_filter) that every
 * translated text passes through, e.g. "invånardialog" for Tjörn's
 * "medborgardialog" and only the references of the policy it follows.
 * Without a filter _() is gettext(). Each msgid's text is looked up
 * once and kept until the filter or the language changes.
 */
#ifndef DIALOGREG_I18N_H
#define DIALOGREG_I18N_H

#include <libintl.h>

#if defined(__GNUC__)
#define I18N_ARG(n)	__attribute__((format_arg(n)))
#else
#define I18N_ARG(n)
#endif

/* The filter: a new text for a translated one (caller frees), or NULL
 * to keep it. */
typedef char *(*i18n_filter_fn)(const char *text, const void *arg);
/* Install fn (NULL: none); forgets the texts filtered before. */
void i18n_set_filter(i18n_filter_fn fn, const void *arg);
/* Forget the texts filtered so far (what fn's argument says changed). */
void i18n_forget(void);
/* The language of the messages changed (LANGUAGE set): tell gettext, and
 * look every text up again. Texts given out before stay valid. */
void i18n_language_changed(void);
char *i18n_gettext(const char *msgid) I18N_ARG(1);
char *i18n_ngettext(const char *one, const char *many, unsigned long n)
    I18N_ARG(1) I18N_ARG(2);

#undef ngettext
#define ngettext(a, b, n)	i18n_ngettext((a), (b), (n))
#define _(s)	i18n_gettext(s)
#define N_(s)	(s)

#endif
