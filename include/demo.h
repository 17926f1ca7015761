/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * demo.h: the demo register. Realistic Swedish dialogues in every state,
 * built through the domain (so guards and history are real), or a
 * synthetic register of any size for benchmarks.
 */
#ifndef DIALOGREG_DEMO_H
#define DIALOGREG_DEMO_H

#include "store.h"

/*
 * Fill st with about 30 realistic dialogues covering every state, with
 * sessions, contributions (some with fictitious contact details), feedback,
 * overdue and no-longer-influenceable cases and their history. Dates are
 * relative to today so the flags hold whenever it runs. The register
 * should be empty; returns -1 (ERR_REFUSED) if it already holds dialogues.
 */
int demo_build(struct store *st, long today, const char *who,
    struct dlg_error *err);

/*
 * Fill st with n synthetic dialogues (states spread over the lifecycle,
 * proportional sessions and contributions) in one transaction, for
 * benchmarks: 200 000 dialogues with 5 000 000 contributions in about
 * two minutes on 2 cores, nearly half of it their full-text index.
 */
int demo_build_synthetic(struct store *st, long n, long today,
    const char *who, struct dlg_error *err);

#endif
