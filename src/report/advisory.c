/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * advisory.c: the sentence every document about a dialogue uses to say
 * that its result is advisory and who takes the formal decision on the
 * question [T4 "Resultatet av invånardialogen är rådgivande. Ansvaret ...
 * ligger på politikerna som fattar beslut i frågan."]: the summary, the
 * participant sheet, the briefing for the politicians and the public
 * page all say it in the same words.
 */
#include "config.h"

#include "i18n.h"
#include "report.h"
#include "util.h"
#include "report-int.h"

char *
rtext_advisory(const struct dialogue *d, const struct dlg_settings *s)
{
	const char *body = dlg_question_body(d, s);

	if (body == NULL)
		return xstrdup(_("The result of the dialogue is advisory. The "
		    "formal decision on the question is taken by the elected "
		    "politicians who decide it."));
	/* TRANSLATORS: %s is the body that decides the question, e.g.
	   "Kultur- och fritidsnämnden" */
	return xasprintf(_("The result of the dialogue is advisory. The "
	    "formal decision on the question is taken by %s."), body);
}
