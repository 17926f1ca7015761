/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * fields.c: the one table of the dialogue record's fields. Names are the
 * command line's FIELD, the JSON keys and the storage columns; labels are
 * translated where shown. Policy markers say where a field comes from.
 */
#include "config.h"

#include <strings.h>
#include <string.h>

#include "dialogue.h"
#include "i18n.h"

#define SCALAR(id, nm, lb, ty, fl, hp) \
	[id] = { .name = nm, .label = lb, .type = ty, .flags = fl, .help = hp }

const struct dlg_field_def dlg_fields[DLG_NFIELDS] = {
	SCALAR(F_CASE_NUMBER, "case_number", N_("Case number"), FT_LINE, 0,
	    N_("as the registry writes it, e.g. KS 2026/0123")),
	SCALAR(F_TITLE, "title", N_("Title"), FT_LINE, 0,
	    N_("one line; required")),
	SCALAR(F_QUESTION, "question", N_("Question"), FT_TEXT, 0,
	    N_("what residents are asked; required [S:Checklista]")),
	SCALAR(F_PURPOSE, "purpose", N_("Purpose"), FT_TEXT, 0,
	    N_("why the dialogue is held; required before decision [T4]")),
	SCALAR(F_GOALS, "goals", N_("Goals"), FT_TEXT, 0,
	    N_("measurable goals the evaluation is held against "
	    "[S:Checklista]")),
	SCALAR(F_BACKGROUND, "background", N_("Background"), FT_TEXT, 0,
	    N_("earlier history of the question [S:Checklista]")),
	SCALAR(F_INITIATED_BY, "initiated_by", N_("Initiated by"), FT_LINE, 0,
	    N_("official or politician, with name [T5]")),
	SCALAR(F_SENDER, "sender", N_("Sender"), FT_LINE, 0,
	    N_("the body that stands behind the dialogue [S:Roller]")),
	SCALAR(F_ADMINISTRATION, "administration",
	    N_("Responsible administration"), FT_LINE, 0,
	    N_("the administration that prepares, carries out and documents "
	    "the dialogue [S:Roller]")),
	SCALAR(F_NEED_VIEWS, "need_views", N_("Need for residents' views"),
	    FT_ANSWER, 0,
	    N_("gate 1: do the politicians need residents' views to decide "
	    "well? yes/no [S:Förutsättningar]")),
	SCALAR(F_NEED_VIEWS_BY, "need_views_by", N_("Gate 1 answered by"),
	    FT_LINE, 0, N_("the body that answered gate 1")),
	SCALAR(F_NEED_VIEWS_DATE, "need_views_date", N_("Gate 1 answered on"),
	    FT_DATE, 0, N_("date, YYYY-MM-DD")),
	SCALAR(F_OPEN_TO_INFLUENCE, "open_to_influence",
	    N_("Open to influence"), FT_ANSWER, 0,
	    N_("gate 2: is the question still open to influence? yes/no "
	    "[S:Förutsättningar][T4]")),
	SCALAR(F_OPEN_TO_INFLUENCE_BY, "open_to_influence_by",
	    N_("Gate 2 answered by"), FT_LINE, 0,
	    N_("the body that answered gate 2")),
	SCALAR(F_OPEN_TO_INFLUENCE_DATE, "open_to_influence_date",
	    N_("Gate 2 answered on"), FT_DATE, 0, N_("date, YYYY-MM-DD")),
	SCALAR(F_LEVEL, "level", N_("Participation level"), FT_LEVEL, 0,
	    N_("a step of the participation ladder: information, "
	    "consultation, dialogue, influence, codecision (or 1-5) "
	    "[S:Metod]")),
	SCALAR(F_OUTREACH, "outreach", N_("Outreach"), FT_ANSWER, 0,
	    N_("outreach work planned? yes/no [T4]")),
	SCALAR(F_OUTREACH_HOW, "outreach_how", N_("Outreach, how"), FT_TEXT, 0,
	    N_("how residents are sought out [T4]")),
	SCALAR(F_DECISION_DEADLINE, "decision_deadline",
	    N_("Decision deadline"), FT_DATE, 0,
	    N_("when the question itself will be decided at the latest")),
	/* [S:Roller] the administration proposes budget and time plan,
	 * the committee decides them: the plan and the budget here are
	 * the proposal, the frame and the decided time plan come with
	 * the decision. */
	SCALAR(F_PLANNED_START, "planned_start", N_("Planned start"), FT_DATE,
	    0, N_("date, YYYY-MM-DD; the time plan the administration "
	    "proposes [S:Roller]")),
	SCALAR(F_PLANNED_END, "planned_end", N_("Planned end"), FT_DATE, 0,
	    N_("date, YYYY-MM-DD; before the decision deadline")),
	SCALAR(F_BUDGET, "budget", N_("Budget (proposal, kr)"), FT_AMOUNT, 0,
	    N_("the administration's proposal, whole kronor, e.g. 125 000 "
	    "[S:Roller]")),
	SCALAR(F_FINANCING, "financing", N_("Financing"), FT_TEXT, 0,
	    N_("how the budget is financed [S:Checklista]")),
	SCALAR(F_RESULT_USE, "result_use", N_("Use of the result"), FT_TEXT, 0,
	    N_("how the result is handled and what residents can influence "
	    "[T4][S:Principer]")),
	SCALAR(F_RESPONSIBILITIES, "responsibilities",
	    N_("Responsibilities"), FT_TEXT, 0,
	    N_("who does what: plan, documentation, processing, feedback, "
	    "evaluation [S:Roller]")),
	/* [T5] the officials handle planning, carrying out, documentation,
	 * processing of the result, feedback and evaluation: one named
	 * official for each. */
	SCALAR(F_RESPONSIBLE_PLANNING, "responsible_planning",
	    N_("Responsible, planning"), FT_LINE, DLG_FF_LATER,
	    N_("the official who plans the dialogue [T5][S:Roller]")),
	SCALAR(F_RESPONSIBLE_CONDUCT, "responsible_conduct",
	    N_("Responsible, carrying out"), FT_LINE, DLG_FF_LATER,
	    N_("the official who carries out the dialogue [T5][S:Roller]")),
	SCALAR(F_RESPONSIBLE_DOCUMENTATION, "responsible_documentation",
	    N_("Responsible, documentation"), FT_LINE, DLG_FF_LATER,
	    N_("the official who documents what comes up [T5][S:Roller]")),
	SCALAR(F_RESPONSIBLE_PROCESSING, "responsible_processing",
	    N_("Responsible, processing"), FT_LINE, DLG_FF_LATER,
	    N_("the official who processes and compiles the result [T5]")),
	SCALAR(F_RESPONSIBLE_FEEDBACK, "responsible_feedback",
	    N_("Responsible, feedback"), FT_LINE, DLG_FF_LATER,
	    N_("the official who sees that the participants hear back "
	    "[T5]")),
	SCALAR(F_RESPONSIBLE_EVALUATION, "responsible_evaluation",
	    N_("Responsible, evaluation"), FT_LINE, DLG_FF_LATER,
	    N_("the official who evaluates the dialogue [T5]")),
	SCALAR(F_FACT_BASIS, "fact_basis", N_("Fact basis"), FT_TEXT, 0,
	    N_("the officials' fact basis for the question [S:Roller]")),
	SCALAR(F_PROJECT_PLAN, "project_plan", N_("Project plan"), FT_LINE, 0,
	    N_("reference to the project plan [S:Roller]")),
	/* [S:Roller] the administration sees that its experts have time
	 * and resources for the assignment. */
	SCALAR(F_RESOURCES, "resources", N_("Experts' time, resources"),
	    FT_TEXT, DLG_FF_LATER, N_("which experts of the administration "
	    "take part, and the time and resources set aside for them "
	    "[S:Roller]")),
	SCALAR(F_PARTIES_INVITED, "parties_invited",
	    N_("All parties invited on"), FT_DATE, 0,
	    N_("date, YYYY-MM-DD, when all parties in the council were "
	    "invited [T5]")),
	SCALAR(F_PROCESS_OWNER, "process_owner", N_("Process owner"), FT_LINE,
	    0, N_("who owns the dialogue's process and answers for it "
	    "[S:Checklista]")),
	SCALAR(F_PROCESS_LEADER, "process_leader", N_("Process leader"),
	    FT_LINE, 0, N_("the official who leads the process with the "
	    "chosen method and sees that it is documented [S:Roller]")),
	SCALAR(F_COMMUNICATION_PLAN, "communication_plan",
	    N_("Communication plan"), FT_TEXT, 0,
	    N_("how residents and the target groups hear of the dialogue: "
	    "channels, material, when [S:Checklista]")),
	SCALAR(F_DOCUMENTATION_PLAN, "documentation_plan",
	    N_("Documentation plan"), FT_TEXT, 0,
	    N_("how input is recorded [S:Checklista]")),
	SCALAR(F_FEEDBACK_PLAN, "feedback_plan", N_("Feedback plan"), FT_TEXT,
	    0, N_("how and when participants hear back [S:Checklista]")),
	SCALAR(F_EVALUATION_PLAN, "evaluation_plan", N_("Evaluation plan"),
	    FT_TEXT, 0, N_("how and when the dialogue is evaluated against its "
	    "goals [T4][S:Checklista]")),
	SCALAR(F_PARTICIPANTS_INFORMED, "participants_informed",
	    N_("Participants informed"), FT_ANSWER, 0,
	    N_("participants are told the level of influence and how the "
	    "result will be used: yes/no [T4]")),
	SCALAR(F_DECISION_BODY, "decision_body", N_("Decided by"), FT_LINE, 0,
	    N_("the body that decided to hold the dialogue [T5]")),
	SCALAR(F_DECISION_DATE, "decision_date", N_("Decision date"), FT_DATE,
	    0, N_("date, YYYY-MM-DD")),
	SCALAR(F_DECISION_PARAGRAPH, "decision_paragraph",
	    N_("Decision paragraph"), FT_LINE, 0, N_("e.g. § 48")),
	SCALAR(F_DECISION_CASE, "decision_case", N_("Decision case number"),
	    FT_LINE, 0, N_("case number of the decision")),
	SCALAR(F_BUDGET_FRAME, "budget_frame",
	    N_("Budget frame (decided, kr)"), FT_AMOUNT, 0,
	    N_("the frame set by the deciding body, whole kronor "
	    "[S:Roller]")),
	SCALAR(F_DECIDED_START, "decided_start",
	    N_("Decided time plan, start"), FT_DATE, DLG_FF_LATER,
	    N_("date, YYYY-MM-DD: the start the deciding body set with the "
	    "decision [S:Roller]")),
	SCALAR(F_DECIDED_END, "decided_end", N_("Decided time plan, end"),
	    FT_DATE, DLG_FF_LATER, N_("date, YYYY-MM-DD: the end the deciding "
	    "body set with the decision [S:Roller]")),
	SCALAR(F_QUESTION_DECISION_BODY, "question_decision_body",
	    N_("Question decided by"), FT_LINE, 0,
	    N_("the body that decided the question itself")),
	SCALAR(F_QUESTION_DECISION_DATE, "question_decision_date",
	    N_("Question decided on"), FT_DATE, 0, N_("date, YYYY-MM-DD")),
	SCALAR(F_QUESTION_DECISION_PARAGRAPH, "question_decision_paragraph",
	    N_("Question decided in"), FT_LINE, 0, N_("e.g. § 112")),
	SCALAR(F_QUESTION_DECISION_OUTCOME, "question_decision_outcome",
	    N_("Decision on the question"), FT_TEXT, 0,
	    N_("what was decided in the question itself [T4]")),
	SCALAR(F_QUESTION_DECISION_MEASURES, "question_decision_measures",
	    N_("Measures decided"), FT_TEXT, DLG_FF_LATER,
	    N_("the measures the politicians decided on from what came up in "
	    "the dialogue [T5]")),
	SCALAR(F_RESULT_SUMMARY, "result_summary", N_("Result summary"),
	    FT_TEXT, 0, N_("what came out of the dialogue")),
	SCALAR(F_RESULT_DATE, "result_date", N_("Result summary date"),
	    FT_DATE, 0, N_("date, YYYY-MM-DD")),
	SCALAR(F_REPORT_REFERENCE, "report_reference",
	    N_("Reported in decision basis"), FT_LINE, 0,
	    N_("where the result was put before the decision-makers [T4]")),
	SCALAR(F_REPORT_DATE, "report_date", N_("Report date"), FT_DATE, 0,
	    N_("date, YYYY-MM-DD")),
	SCALAR(F_NOT_REPORTED_REASON, "not_reported_reason",
	    N_("Why not reported"), FT_TEXT, 0,
	    N_("for a cancelled dialogue with sessions held: why the result "
	    "was not reported [T4]")),
	SCALAR(F_REVIEW_TEXT, "review_text", N_("Strategist's review"), FT_TEXT,
	    0, N_("comments on form, method and feedback [S:KLK]")),
	SCALAR(F_REVIEW_DATE, "review_date", N_("Review date"), FT_DATE, 0,
	    N_("date, YYYY-MM-DD")),
	SCALAR(F_EVALUATION_DATE, "evaluation_date", N_("Evaluation date"),
	    FT_DATE, 0, N_("date, YYYY-MM-DD [T4][S:KLK]")),
	SCALAR(F_INFLUENCE, "influence", N_("Influenced the decision"),
	    FT_INFLUENCE, 0, N_("did the dialogue influence the decision on "
	    "the question: yes, partly, no or unknown [T4]")),
	SCALAR(F_GOALS_MET, "goals_met", N_("Goals met"), FT_TEXT, 0,
	    N_("how far the goals were met")),
	SCALAR(F_EVALUATION_REACH, "evaluation_reach",
	    N_("Reach of the target groups"), FT_TEXT, 0,
	    N_("reach against the target groups, from the session counts")),
	SCALAR(F_PARTICIPANTS_VIEW, "participants_view",
	    N_("Participants' view"), FT_TEXT, 0,
	    N_("what participants thought of the dialogue")),
	SCALAR(F_LESSONS, "lessons", N_("Lessons"), FT_TEXT, 0,
	    N_("what to do the same or differently next time [T4]")),
	SCALAR(F_LEVEL_CHANGE_REASON, "level_change_reason",
	    N_("Reason for level change"), FT_TEXT, DLG_FF_READONLY,
	    N_("set with --reason when the level changes after start "
	    "[S:Principer]")),
	SCALAR(F_STATE_REASON, "state_reason", N_("Reason"), FT_TEXT,
	    DLG_FF_READONLY,
	    N_("the reason of the last step back, rejection or "
	    "cancellation")),
	SCALAR(F_BODIES, "bodies", N_("Bodies concerned"), FT_LIST, 0,
	    N_("committees, drafting committees or boards, separated by ';' "
	    "[T1][T5]")),
	SCALAR(F_METHODS, "methods", N_("Methods"), FT_LIST,
	    DLG_FF_METHOD | DLG_FF_ITEMNOTE,
	    N_("methods on the ladder, separated by ';', each 'method "
	    "(target groups: motivation)' with the target groups it is meant "
	    "to reach [T4][S:Metod]")),
	SCALAR(F_TARGET_GROUPS, "target_groups", N_("Target groups"), FT_LIST,
	    DLG_FF_ITEMNOTE,
	    N_("separated by ';', each 'group (considerations: age, language, "
	    "disability)' [T4]")),
	SCALAR(F_PARTNERS, "partners", N_("Partners"), FT_LIST, 0,
	    N_("separated by ';' [S:Checklista]")),
	SCALAR(F_POLITICIANS, "politicians",
	    N_("Participating politicians"), FT_LIST, DLG_FF_ITEMNOTE,
	    N_("separated by ';', each 'name (body represented)' [T5]")),
};

int
dlg_field_lookup(const char *name)
{
	int i;

	for (i = 0; i < DLG_NFIELDS; i++)
		if (strcmp(dlg_fields[i].name, name) == 0)
			return i;
	for (i = 0; i < DLG_NFIELDS; i++)
		if (strcasecmp(dlg_fields[i].name, name) == 0)
			return i;
	return -1;
}
