/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fixture.h: dialogues in a known shape for the unit tests: one that has
 * everything a given state needs, helpers to set fields through the real
 * input path, and the codes of an issue list as one sorted string.
 */
#ifndef DIALOGREG_TEST_FIXTURE_H
#define DIALOGREG_TEST_FIXTURE_H

#include "dialogue.h"

/* The body used when one body is concerned. */
#define FX_BODY "Kultur- och fritidsnämnden"
#define FX_BODY2 "Samhällsbyggnadsnämnden"

/* The built-in method catalogue (filled on first use). */
const struct dlg_methods *fx_methods(void);

/* Set field f from text as a user would; a refusal is a test failure. */
void fx_set(struct dialogue *d, enum dlg_field f, const char *input);

/* Fill d with what entering state s needs (not what earlier states
 * need: call the fillers in order). */
void fx_fill(struct dialogue *d, enum dlg_state s);

/* A dialogue in state s, moved there through the real guards. */
struct dialogue *fx_at(enum dlg_state s);

/* The codes of l, sorted and joined by ','. Caller frees. */
char *fx_codes(const struct dlg_issues *l);
/* The guard's codes for moving d to `to` (default settings). */
char *fx_guard_codes(const struct dialogue *d, enum dlg_state to,
    const char *reason, const struct dlg_settings *s);
/* The warnings' codes for d on day today (default settings when s is
 * NULL). */
char *fx_warning_codes(const struct dialogue *d,
    const struct dlg_settings *s, long today);
/* Days of a date; the date must be valid. */
long fx_day(const char *date);
/* "Today" for the guards: after every date the fixture fills in. */
long fx_today(void);

#endif
