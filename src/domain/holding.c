/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * holding.c: the rules that keep holding after the step. A guard is
 * asked when a step is taken; what it required must then stay in place
 * while the dialogue is past that step: a change that empties such a
 * field or makes it invalid is refused with the guard's own sentence,
 * and the way to make it is to step back first, with a reason. Every
 * front end that changes fields asks here before storing.
 */
#include "config.h"

#include <string.h>

#include "dialogue.h"
#include "i18n.h"

/*
 * The last forward step a dialogue in state st has surely taken; the
 * steps before it were taken too (registration is DLG_PROPOSED).
 * Rejected: only proposed dialogues are rejected, so registration alone;
 * a reopened one comes back to proposed, where registration holds
 * anyway. Cancelled: a dialogue is cancelled from decided, planned or
 * running, so the decision [T5] was taken and recorded and keeps
 * holding: the record of a stopped dialogue must still say who decided
 * it and on what grounds. How far it got beyond the decision is not in
 * the record (only in the history), so the later steps are not held.
 */
static enum dlg_state
last_step(enum dlg_state st)
{
	switch (st) {
	case DLG_REJECTED:
		return DLG_PROPOSED;
	case DLG_CANCELLED:
		return DLG_DECIDED;
	default:
		return st <= DLG_EVALUATED ? st : DLG_PROPOSED;
	}
}

static int
has_since(const struct dlg_issues *l, size_t from, const char *code)
{
	size_t i;

	for (i = from; i < l->n; i++)
		if (strcmp(l->v[i].code, code) == 0)
			return 1;
	return 0;
}

/*
 * Append to out every item a taken step's guard lists for after but not
 * for before (each code once); returns the earliest step broken, or -1.
 * Only the steps both have taken count: a step back lifts the rules of
 * the steps undone.
 */
static int
broken_steps(const struct dialogue *before, const struct dialogue *after,
    const struct dlg_settings *s, long today, struct dlg_issues *out)
{
	struct dlg_issues lb = { 0 }, la = { 0 };
	enum dlg_state last, st;
	size_t from = out->n, i;
	int earliest = -1;

	last = last_step(before->state);
	if (last_step(after->state) < last)
		last = last_step(after->state);
	for (st = DLG_PROPOSED; st <= last; st++) {
		dlg_step_guard(before, st, s, today, &lb);
		dlg_step_guard(after, st, s, today, &la);
		for (i = 0; i < la.n; i++) {
			if (dlg_issues_has(&lb, la.v[i].code) ||
			    has_since(out, from, la.v[i].code))
				continue;
			dlg_issues_add(out, la.v[i].code, la.v[i].field, "%s",
			    la.v[i].text);
			if (earliest < 0)
				earliest = (int)st;
		}
		dlg_issues_clear(&lb);
		dlg_issues_clear(&la);
	}
	return earliest;
}

/* The state to step back to when step `broken` is broken, or -1. */
static int
back_to(const struct dialogue *before, int broken)
{
	if (broken <= (int)DLG_PROPOSED)
		return -1;	/* registration: no step back undoes it */
	if (before->state < DLG_DECIDED || before->state > DLG_EVALUATED)
		return -1;	/* rejected, cancelled: no way back */
	return broken - 1;
}

int
dlg_check_holding(const struct dialogue *before, const struct dialogue *after,
    const struct dlg_settings *s, long today, struct dlg_issues *out,
    struct dlg_error *err)
{
	enum dlg_state step;
	int broken, back;

	if ((broken = broken_steps(before, after, s, today, out)) < 0)
		return 0;
	step = (enum dlg_state)broken;
	back = back_to(before, broken);
	if (step == DLG_PROPOSED)
		return err_set(err, ERR_REFUSED, "%s", _("The change cannot "
		    "be saved: registering a dialogue requires what it would "
		    "remove, whatever its state."));
	if (back < 0)
		return err_set(err, ERR_REFUSED, _("The change cannot be "
		    "saved: the dialogue is %s, and the step \"%s\" (%s) "
		    "requires what it would remove. A cancelled dialogue "
		    "cannot step back, so what that step required stays."),
		    dlg_state_label(before->state), dlg_state_step(step),
		    dlg_state_label(step));
	if (back == (int)before->state - 1)
		return err_set(err, ERR_REFUSED, _("The change cannot be "
		    "saved: the dialogue is %s, and the step \"%s\" (%s) "
		    "requires what it would remove. To change it, first step "
		    "the dialogue back to %s, with a reason."),
		    dlg_state_label(before->state), dlg_state_step(step),
		    dlg_state_label(step),
		    dlg_state_label((enum dlg_state)back));
	return err_set(err, ERR_REFUSED, _("The change cannot be saved: the "
	    "dialogue is %s, and the step \"%s\" (%s) requires what it would "
	    "remove. To change it, first step the dialogue back to %s, one "
	    "step at a time, each with a reason."),
	    dlg_state_label(before->state), dlg_state_step(step),
	    dlg_state_label(step), dlg_state_label((enum dlg_state)back));
}

int
dlg_holding_back_to(const struct dialogue *before,
    const struct dialogue *after, const struct dlg_settings *s, long today)
{
	struct dlg_issues l = { 0 };
	int broken;

	broken = broken_steps(before, after, s, today, &l);
	dlg_issues_clear(&l);
	return broken < 0 ? -1 : back_to(before, broken);
}
