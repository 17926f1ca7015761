/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * demo-int.h: what the demo register's data table (demo-data.c) and its
 * builder (demo.c) share. A demo dialogue is described once, as the data
 * an official would have typed at each step of its life; the builder
 * replays those steps through the domain and the store, so guards,
 * versions and history are the real ones. Days are relative to today.
 * Not part of the program's interface.
 */
#ifndef DIALOGREG_DEMO_INT_H
#define DIALOGREG_DEMO_INT_H

#include "bodies.h"
#include "dialogue.h"

#define DEMO_MAXSESSIONS	4
#define DEMO_MAXCONTRIBS	7
#define DEMO_MAXFEEDBACK	2

/* A session held; day relative to today (<= 0). */
struct demo_session {
	int		 day;
	const char	*place;
	const char	*method;
	long		 participants;	/* 0 = not counted */
	const char	*breakdown;
	const char	*politicians;	/* NULL = none present (a warning) */
	const char	*notes;
};

/* A contribution; session is 1-based into the dialogue's sessions, 0 for
 * none. contact is fictitious personal data, or NULL. */
struct demo_contrib {
	int		 session;
	const char	*channel;	/* meeting, web, letter, email... */
	const char	*text;
	const char	*themes;
	const char	*contact;
};

struct demo_feedback {
	int		 day;
	const char	*sender;
	const char	*channels;
	const char	*text;
};

/* Twists: later changes that make the warnings of the register show. */
#define TW_REOPEN	0x01	/* rejected, then reopened (back to proposed) */
#define TW_STEP_BACK	0x02	/* planned, then back to decided to re-plan */
#define TW_DEADLINE	0x04	/* deadline moved before the planned end */
#define TW_LEVEL	0x08	/* level changed after start, with reason */
#define TW_NO_PARTIES	0x10	/* all parties not invited */

/*
 * One demo dialogue. state is where it ends; a cancelled one is cancelled
 * from cancel_from. Empty (NULL) fields are left empty or filled with a
 * sensible default by the builder. Amounts and dates are typed as an
 * official would: "85 000", day offsets from today.
 */
struct demo_spec {
	enum dlg_state	 state;
	enum dlg_state	 cancel_from;
	unsigned	 twists;
	const char	*reason;	/* reject, cancel */
	const char	*reason2;	/* the twist's reason */
	const char	*decide_reason;	/* given with the decision: why a
					   guard is overridden [T4] */

	/* proposed */
	const char	*case_prefix;	/* "KS": case number "KS YYYY/serial" */
	int		 case_serial;
	const char	*title;
	const char	*question;
	const char	*background;
	const char	*initiated_by;
	const char	*bodies;
	const char	*sender;	/* NULL: the first body */
	const char	*administration;
	int		 deadline;	/* decision_deadline; 0 = set at plan */

	/* decided */
	int		 decision_day;
	const char	*paragraph;	/* "§ 48" */
	const char	*purpose;
	const char	*level;
	const char	*budget_frame;

	/* planned */
	const char	*goals;
	const char	*target_groups;
	const char	*methods;
	const char	*partners;
	const char	*outreach_how;	/* NULL: outreach "no" */
	int		 start, end;	/* planned start and end */
	const char	*budget;
	const char	*financing;
	const char	*process_owner;
	const char	*process_leader;
	const char	*fact_basis;
	const char	*communication_plan;

	/* running */
	const char	*politicians;
	const char	*result_use;
	struct demo_session sessions[DEMO_MAXSESSIONS];
	struct demo_contrib contribs[DEMO_MAXCONTRIBS];

	/* reported */
	const char	*result_summary;
	int		 result_day;
	const char	*report_reference;
	int		 report_day;

	/* fed back */
	struct demo_feedback feedback[DEMO_MAXFEEDBACK];
	const char	*question_outcome;	/* decision on the question */
	int		 question_day;
	const char	*question_paragraph;

	/* evaluated */
	int		 evaluation_day;
	const char	*influence;
	const char	*goals_met;
	const char	*evaluation_reach;
	const char	*participants_view;
	const char	*lessons;
	const char	*review_text;	/* strategist's review */

	/* twists */
	int		 deadline2;	/* TW_DEADLINE: the new deadline */
	const char	*level2;	/* TW_LEVEL: the new level */
	const char	*not_reported_reason;
};

/* The demo municipality, its council and its own methods. */
extern const char demo_municipality[];
struct demo_method {
	const char	*name;
	int		 step;
};
extern const struct demo_method demo_methods[];	/* NULL-terminated */

/* The demo's bodies, all political (NULL-terminated). */
struct demo_body {
	const char		*name;
	const char		*abbrev;	/* or NULL */
	enum dlg_body_kind	 kind;
};
extern const struct demo_body demo_bodies[];

/* The demo dialogues, in the order they are registered. */
extern const struct demo_spec demo_specs[];
extern const size_t demo_nspecs;

/*
 * Returns 0 when st holds no dialogue, else -1 with ERR_REFUSED: a demo
 * is built in a register of its own. Shared by both builders.
 */
struct store;
int demo_require_empty(struct store *st, struct dlg_error *err);

#endif
