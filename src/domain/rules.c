/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * rules.c: the policy profiles and the one table of rules. Every missing
 * item a guard names and every warning is a row here: the step it
 * belongs to, the field it points at, what the register checks, and for
 * each of the two policies what it makes of the rule ("ska" stops the
 * step, "bör" and "överväg" warn, silence means it does not apply),
 * where it says so and its own words. The lifecycle's guards, the
 * warnings, the screens' checklists and `dialogreg rules` all read this
 * table; a profile selects and words its rows.
 */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dialogue.h"
#include "i18n.h"
#include "internal.h"

const struct dlg_profile dlg_profiles[DLG_NPOLICIES] = {
	[DLG_POLICY_COMBINED] = { "combined",
	    N_("both policies (Tjörn's and Sollentuna's)"), NULL, NULL,
	    "medborgardialog", 1 },
	[DLG_POLICY_TJORN] = { "tjorn", N_("Tjörn's policy"),
	    "Policy för invånardialog", "KF 2018-03-28 § 48",
	    "invånardialog", 1 },
	[DLG_POLICY_SOLLENTUNA] = { "sollentuna", N_("Sollentuna's rules"),
	    "Regler för medborgardialog", "KS 2014-02-19 § 33",
	    "medborgardialog", 0 },
};

int
dlg_policy_parse(const char *key)
{
	int p;

	if (key == NULL)
		return -1;
	for (p = 0; p < DLG_NPOLICIES; p++)
		if (dom_eqfold(key, dlg_profiles[p].key))
			return p;
	if (dom_eqfold(key, "tjörn"))
		return DLG_POLICY_TJORN;
	return -1;
}

#define G	DLG_DOES_GUARD
#define W	DLG_DOES_WARN
#define OFF	{ DLG_DOES_OFF, NULL, NULL }
/* A rule of the register's own (record keeping): both policies alike. */
#define OWN(does)	{ { does, NULL, NULL }, { does, NULL, NULL } }
#define ANY	(-1)

/* The policies' words as they write them; "–" joins a heading and its
 * item. Kept in Swedish in every language. */
#define T_SYFTE	"Invånardialogen ska ha ett tydligt syfte och det ska " \
	"alltid finnas möjlighet att påverka."
#define T_PAVERKA	"det ska alltid finnas möjlighet att påverka"
#define T_GRAD	"Deltagarna ska vid varje dialog informeras om vilken grad " \
	"av inflytande de kommer ges i dialogen samt hur resultatet kommer " \
	"att behandlas."
#define T_GODTID	"Nämnder och förvaltningar ansvarar för att lyfta " \
	"frågor till dialog i god tid så att de är påverkbara."
#define T_REDOVISAS	"Resultatet av genomförd dialog ska alltid redovisas " \
	"i beslutsunderlaget."
#define T_ATERKOPPLAS	"Resultatet av dialogen ska återkopplas så snart som " \
	"möjligt."
#define T_UTVARDERAS	"Dialogprocessen ska utvärderas och utvecklas löpande."
#define T_BESLUTAR	"det är politiken som beslutar om huruvida " \
	"invånardialog ska genomföras eller inte. [...] I frågor som berör " \
	"flera nämnder är kommunfullmäktige beslutande instans."
#define T_BEHOV	"Invånardialog ska övervägas när förtroendevalda har ett " \
	"behov av att få reda på vad kommunens invånare har för åsikter och " \
	"prioriteringar i en viss fråga"
#define T_ANSVAR	"Invånardialogen är de förtroendevaldas ansvar"
#define T_MALGRUPP	"I varje invånardialog ska hänsyn tas till den aktuella " \
	"målgruppens utgångspunkter, exempelvis ålder, språk och eventuella " \
	"funktionsvariationer."
#define T_METOD	"Metoder och verktyg ska väljas utifrån målgrupp, syfte och " \
	"vad resultatet av dialogen ska användas till."
#define T_DELTAGARE	"De förtroendevalda i kommunen är därför självklara " \
	"deltagare i dialogen"
#define T_BRUKAR	"Vid brukardialogen deltar inte politiska representanter"
#define T_RADGIVANDE	"Resultatet av invånardialogen är rådgivande."
#define T_UPPGIFTER	"Kommunens tjänstemän [...] är de som i huvudsak " \
	"hanterar de praktiska arbetsuppgifterna kopplade till dialogen som " \
	"till exempel planering, genomförande, dokumentation samt bearbetning " \
	"av resultat, återkoppling av resultat och utvärdering av dialogen."
#define T_PARTIER	"Invånardialogen är öppen för alla politiska partier " \
	"som är representerade i kommunfullmäktige."
#define S_GATE1	"två frågor besvaras med JA av berörda förtroendevalda. " \
	"1. Behöver de förtroendevalda mer kunskap om invånarnas " \
	"värderingar, åsikter och prioriteringar kring denna fråga för att " \
	"fatta det bästa beslutet?"
#define S_GATE2	"två frågor besvaras med JA av berörda förtroendevalda. " \
	"[...] 2. Är frågan påverkbar?"
#define S_GATEBY	"måste två frågor besvaras med JA av berörda " \
	"förtroendevalda"
#define S_NAMND	"Nämnd – Tar beslut och ger uppdrag om att genomföra " \
	"dialogmöte"
#define S_MALSYFTE	"Före – Mål, och syfte för dialogen"
#define S_GRAD	"Graden av inflytande ska definieras innan man inleder en " \
	"medborgardialog."
#define S_TIDPLAN	"Före – Tidplan"
#define S_BESTAMMER	"Nämnd – Bestämmer tidsplan"
#define S_ANSVAR	"Följande bör fastställas innan en dialog " \
	"genomförs: Ansvarsfördelningen för dialogen mellan förtroendevalda, " \
	"tjänstemän och invånare."
#define S_BUDGET	"Före – Budget och finansiering"
#define S_PLAN	"Före – Genomförandeplan, fakta, val av metod, processägare " \
	"och processledare, kommunikationsplan, dokumentation, återkoppling, " \
	"utvärdering"
#define S_METOD	"Metod för dialog väljer man beroende på hur mycket " \
	"invånarna kan påverka ett beslut samt vilken målgrupp man vill nå."
#define S_INFO	"Information – När beslut är taget utan att det funnits " \
	"möjlighet att påverka frågan. Envägskommunikation"
#define S_VET	"Det är viktigt att det är tydligt vad syftet är med dialogen " \
	"samt att invånaren vet hur frågan kan påverkas."
#define S_MELLAN	"Medborgardialog sker mellan förtroendevalda och " \
	"invånarna"
#define S_ATERKOPPLAS	"Resultatet av en medborgardialog ska återkopplas " \
	"till deltagarna."
#define S_KLK	"KLK strateg för medborgardialog – Ansvar för den " \
	"övergripande kommungemensamma uppföljningen och analysen av " \
	"resultat och effekter av medborgardialog"
#define S_EFTER	"Efter – Sammanställning av resultat och utvärdering och " \
	"återkoppling"

const struct dlg_rule dlg_rules[] = {
	/* Registration. */
	{ "missing_title", DLG_PROPOSED, F_TITLE,
	    N_("The dialogue has a title."), OWN(G) },
	{ "missing_question", DLG_PROPOSED, F_QUESTION,
	    N_("The question residents are asked is written."),
	    { { G, "[T4]", "Dialogfrågorna måste vara viktiga och angelägna "
	    "så att invånarna upplever sitt deltagande som meningsfullt." },
	    { G, "[S:Checklista]", "Före – Tydliggör frågeställning" } } },
	{ "missing_initiated_by", DLG_PROPOSED, F_INITIATED_BY,
	    N_("Who initiated the dialogue is named."),
	    { { G, "[T5]", "Invånardialogen kan initieras av såväl "
	    "tjänstemän som politiker" },
	    { G, "[S:Principer]", "Förslag på områden/beslut som kan vara "
	    "lämpliga att föra dialog kring ska föreslås av nämnderna." } } },
	{ "missing_bodies", DLG_PROPOSED, F_BODIES,
	    N_("At least one body concerned is named."),
	    { { G, "[T1][T5]", "I frågor som rör endast en nämnds "
	    "verksamhetsområde kan nämnden fatta beslut om genomförande av "
	    "invånardialog." }, { G, "[S:Roller]", S_NAMND } } },

	/* The decision to hold it. */
	{ "missing_bodies", DLG_DECIDED, F_BODIES,
	    N_("The bodies concerned are known, so the deciding body is."),
	    { { G, "[T5]", T_BESLUTAR }, { G, "[S:Roller]", S_NAMND } } },
	{ "missing_decision_body", DLG_DECIDED, F_DECISION_BODY,
	    N_("The body that decided to hold the dialogue is recorded."),
	    { { G, "[T5]", T_BESLUTAR }, { G, "[S:Roller]", S_NAMND } } },
	{ "wrong_decision_body", DLG_DECIDED, F_DECISION_BODY,
	    N_("The decision was taken by the right body: the one body "
	    "concerned, or the council when several are and the policy says "
	    "so."),
	    { { G, "[T5]", T_BESLUTAR }, { G, "[S:Roller]", S_NAMND } } },
	{ "missing_decision_date", DLG_DECIDED, F_DECISION_DATE,
	    N_("The decision has a date."), OWN(G) },
	{ "future_decision_date", DLG_DECIDED, F_DECISION_DATE,
	    N_("The decision date is not in the future."), OWN(G) },
	{ "missing_decision_paragraph", DLG_DECIDED, F_DECISION_PARAGRAPH,
	    N_("The decision's paragraph (§) is recorded."), OWN(G) },
	{ "missing_need_views", DLG_DECIDED, F_NEED_VIEWS,
	    N_("Gate 1 is answered: do the politicians need residents' "
	    "views?"),
	    { { G, "[T4]", T_BEHOV }, { G, "[S:Förutsättningar]", S_GATE1 } } },
	{ "need_views_no", DLG_DECIDED, F_NEED_VIEWS,
	    N_("Gate 1 is answered yes."),
	    { { G, "[T4]", T_BEHOV }, { G, "[S:Förutsättningar]", S_GATE1 } } },
	{ "missing_need_views_by", DLG_DECIDED, F_NEED_VIEWS_BY,
	    N_("Who answered gate 1 is named (the elected members' body)."),
	    { { W, "[T4]", T_ANSVAR },
	    { G, "[S:Förutsättningar]", S_GATEBY } } },
	{ "missing_need_views_date", DLG_DECIDED, F_NEED_VIEWS_DATE,
	    N_("Gate 1's answer has a date."),
	    { { W, "[T4]", T_ANSVAR },
	    { G, "[S:Förutsättningar]", S_GATEBY } } },
	{ "missing_open_to_influence", DLG_DECIDED, F_OPEN_TO_INFLUENCE,
	    N_("Gate 2 is answered: can the question still be influenced?"),
	    { { G, "[T4]", T_SYFTE }, { G, "[S:Förutsättningar]", S_GATE2 } } },
	{ "open_to_influence_no", DLG_DECIDED, F_OPEN_TO_INFLUENCE,
	    N_("Gate 2 is answered yes."),
	    { { G, "[T4]", T_SYFTE }, { G, "[S:Förutsättningar]", S_GATE2 } } },
	{ "missing_open_to_influence_by", DLG_DECIDED, F_OPEN_TO_INFLUENCE_BY,
	    N_("Who answered gate 2 is named (the elected members' body)."),
	    { { W, "[T4]", T_ANSVAR },
	    { G, "[S:Förutsättningar]", S_GATEBY } } },
	{ "missing_open_to_influence_date", DLG_DECIDED,
	    F_OPEN_TO_INFLUENCE_DATE, N_("Gate 2's answer has a date."),
	    { { W, "[T4]", T_ANSVAR },
	    { G, "[S:Förutsättningar]", S_GATEBY } } },
	{ "missing_purpose", DLG_DECIDED, F_PURPOSE,
	    N_("The purpose is written."),
	    { { G, "[T4]", T_SYFTE }, { G, "[S:Checklista]", S_MALSYFTE } } },
	{ "missing_level", DLG_DECIDED, F_LEVEL,
	    N_("The participation level is chosen."),
	    { { G, "[T4]", T_GRAD }, { G, "[S:Principer]", S_GRAD } } },
	{ "information_but_open", DLG_DECIDED, F_LEVEL,
	    N_("Level Information is not chosen for a question open to "
	    "influence (under Tjörn's policy a reason given with the step "
	    "overrides it)."),
	    { { G, "[T4]", T_SYFTE }, OFF } },

	{ "office_decides", DLG_DECIDED, F_DECISION_BODY,
	    N_("The decision to hold the dialogue is taken by a political "
	    "body, not by an official or an office."),
	    { { G, "[T5]", "det är politiken som beslutar om huruvida "
	    "invånardialog ska genomföras eller inte" },
	    { G, "[S:Roller]", S_NAMND } } },
	{ "office_answers_gate", DLG_DECIDED, F_NEED_VIEWS_BY,
	    N_("The gate questions are answered by the elected members "
	    "concerned, not by an official or an office."),
	    { { W, "[T4]", T_ANSVAR },
	    { G, "[S:Förutsättningar]", S_GATEBY } } },

	/* The plan. */
	{ "missing_goals", DLG_PLANNED, F_GOALS,
	    N_("Measurable goals are written."),
	    { OFF, { G, "[S:Checklista]", S_MALSYFTE } } },
	{ "missing_background", DLG_PLANNED, F_BACKGROUND,
	    N_("The background (the question's history) is written."),
	    { OFF, { G, "[S:Checklista]", "Före – Finns det en tidigare "
	    "historia kring frågan som är viktig att veta om, "
	    "nulägesbeskrivning?" } } },
	{ "missing_partners", DLG_PLANNED, F_PARTNERS,
	    N_("Partners are named, if there are any."),
	    { OFF, { W, "[S:Checklista]", "Före – Finns samarbetspartners?" } } },
	{ "missing_target_groups", DLG_PLANNED, F_TARGET_GROUPS,
	    N_("At least one target group is named."),
	    { { G, "[T4]", T_MALGRUPP }, { G, "[S:Checklista]",
	    "Före – Vilka målgrupper som ska nås?" } } },
	{ "target_group_without_considerations", DLG_PLANNED, F_TARGET_GROUPS,
	    N_("Each target group has its considerations (age, language, "
	    "disability)."),
	    { { W, "[T4]", T_MALGRUPP }, { W, "[S:Metod]", "kommunen har ett "
	    "ansvar att anpassa dialogmetod till den eller de målgrupper som "
	    "vill vara med och påverka aktuell fråga" } } },
	{ "missing_methods", DLG_PLANNED, F_METHODS,
	    N_("At least one method is chosen."),
	    { { G, "[T4]", T_METOD }, { G, "[S:Metod]", S_METOD } } },
	/* The ties of the methods to the target groups (ties.c). */
	{ "method_not_tied", DLG_PLANNED, F_METHODS,
	    N_("Each method names the target groups it is meant to reach, "
	    "with a short motivation."),
	    { { W, "[T4]", T_METOD }, { W, "[S:Metod]", S_METOD } } },
	{ "target_group_not_reached", DLG_PLANNED, F_TARGET_GROUPS,
	    N_("Each target group is reached by at least one method."),
	    { { W, "[T4]", T_METOD }, { W, "[S:Metod]", S_METOD } } },
	{ "missing_outreach", DLG_PLANNED, F_OUTREACH,
	    N_("Outreach is answered yes or no."),
	    { { W, "[T4]", "Uppsökande arbete ska övervägas för att få fler "
	    "att engagera sig." }, OFF } },
	{ "missing_planned_start", DLG_PLANNED, F_PLANNED_START,
	    N_("The planned start is given."),
	    { { G, "[T4]", T_GODTID }, { G, "[S:Checklista]", S_TIDPLAN } } },
	{ "missing_planned_end", DLG_PLANNED, F_PLANNED_END,
	    N_("The planned end is given."),
	    { { G, "[T4]", T_GODTID }, { G, "[S:Checklista]", S_TIDPLAN } } },
	{ "start_after_end", DLG_PLANNED, F_PLANNED_START,
	    N_("The planned start is not after the planned end."), OWN(G) },
	{ "missing_decision_deadline", DLG_PLANNED, F_DECISION_DEADLINE,
	    N_("The deadline of the decision on the question is given."),
	    { { G, "[T4]", T_GODTID }, { G, "[S:Roller]", S_BESTAMMER } } },
	{ "end_not_before_deadline", DLG_PLANNED, F_PLANNED_END,
	    N_("The dialogue ends before the question is decided."),
	    { { G, "[T4]", T_GODTID },
	    { G, "[S:Förutsättningar]", "2. Är frågan påverkbar?" } } },
	{ "missing_budget", DLG_PLANNED, F_BUDGET,
	    N_("The budget is given."),
	    { OFF, { G, "[S:Checklista]", S_BUDGET } } },
	{ "missing_financing", DLG_PLANNED, F_FINANCING,
	    N_("The financing is given."),
	    { OFF, { G, "[S:Checklista]", S_BUDGET } } },
	{ "missing_responsibilities", DLG_PLANNED, F_RESPONSIBILITIES,
	    N_("The responsibilities are set out."),
	    { OFF, { W, "[S:Roller]", S_ANSVAR } } },
	{ "missing_responsible", DLG_PLANNED, F_RESPONSIBLE_PLANNING,
	    N_("An official is named as responsible for each task: "
	    "planning, carrying out, documentation, processing of the "
	    "result, feedback and evaluation."),
	    { { W, "[T5]", T_UPPGIFTER }, { W, "[S:Roller]", S_ANSVAR } } },
	{ "missing_fact_basis", DLG_PLANNED, F_FACT_BASIS,
	    N_("The fact basis is described."),
	    { OFF, { W, "[S:Roller]", "Tjänstemännens roll är att vara "
	    "processledare för att ta fram faktaunderlag" } } },
	{ "missing_project_plan", DLG_PLANNED, F_PROJECT_PLAN,
	    N_("The project plan is referred to."),
	    { OFF, { G, "[S:Roller]", "Förvaltningskontor – Ansvar för att "
	    "upprätta en projektplan för det specifika uppdraget" } } },
	{ "missing_resources", DLG_PLANNED, F_RESOURCES,
	    N_("The experts' time and resources are set aside."),
	    { OFF, { G, "[S:Roller]", "Förvaltningskontor – Ansvarar för att "
	    "sakkunniga på förvaltningskontor har tid och resurser" } } },
	{ "office_owns_process", DLG_PLANNED, F_PROCESS_OWNER,
	    N_("The process is owned by a political body, not by an "
	    "official or an office."),
	    { { W, "[T4]", T_ANSVAR }, { W, "[S:Roller]", "Medborgardialog "
	    "är de förtroendevaldas ansvar." } } },
	{ "missing_process_owner", DLG_PLANNED, F_PROCESS_OWNER,
	    N_("The process owner is named."),
	    { OFF, { G, "[S:Checklista]", S_PLAN } } },
	{ "missing_process_leader", DLG_PLANNED, F_PROCESS_LEADER,
	    N_("The process leader is named."),
	    { OFF, { G, "[S:Roller]", "Tjänstemännens roll är att vara "
	    "processledare" } } },
	{ "missing_communication_plan", DLG_PLANNED, F_COMMUNICATION_PLAN,
	    N_("The communication plan is written."),
	    { OFF, { G, "[S:Checklista]", S_PLAN } } },
	{ "missing_documentation_plan", DLG_PLANNED, F_DOCUMENTATION_PLAN,
	    N_("The documentation plan is written."),
	    { OFF, { G, "[S:Checklista]", S_PLAN } } },
	{ "missing_feedback_plan", DLG_PLANNED, F_FEEDBACK_PLAN,
	    N_("The feedback plan is written."),
	    { { W, "[T4]", T_ATERKOPPLAS }, { G, "[S:Checklista]", S_PLAN } } },
	{ "missing_evaluation_plan", DLG_PLANNED, F_EVALUATION_PLAN,
	    N_("The evaluation plan is written."),
	    { { W, "[T4]", T_UTVARDERAS }, { G, "[S:Checklista]", S_PLAN } } },

	/* The start. */
	{ "missing_politicians", DLG_RUNNING, F_POLITICIANS,
	    N_("At least one participating politician is named."),
	    { { G, "[T5]", T_DELTAGARE }, { G, "[S:Definition]", S_MELLAN } } },
	{ "missing_result_use", DLG_RUNNING, F_RESULT_USE,
	    N_("How the result will be used is written."),
	    { { G, "[T4]", T_GRAD }, { G, "[S:Syfte]", S_VET } } },
	{ "participants_not_informed", DLG_RUNNING, F_PARTICIPANTS_INFORMED,
	    N_("The participants are told the level and how the result will "
	    "be used (a recorded yes)."),
	    { { G, "[T4]", T_GRAD }, { G, "[S:Syfte]", S_VET } } },

	/* The report into the decision basis. */
	{ "missing_session", DLG_REPORTED, -1,
	    N_("At least one session is recorded."), OWN(G) },
	{ "future_session", DLG_REPORTED, -1,
	    N_("At least one session has been held (is not dated in the "
	    "future)."), OWN(G) },
	{ "missing_result_summary", DLG_REPORTED, F_RESULT_SUMMARY,
	    N_("The result summary is written."),
	    { { G, "[T4]", T_REDOVISAS }, { G, "[S:Checklista]", S_EFTER } } },
	{ "future_result_date", DLG_REPORTED, F_RESULT_DATE,
	    N_("The result date is not in the future."), OWN(G) },
	{ "missing_report_reference", DLG_REPORTED, F_REPORT_REFERENCE,
	    N_("Where the result was put before the decision-makers is "
	    "recorded."),
	    { { G, "[T4]", T_REDOVISAS }, { G, "[S:Roller]",
	    "Nämnd – Mottagare av resultatet för dialog" } } },
	{ "missing_report_date", DLG_REPORTED, F_REPORT_DATE,
	    N_("The report has a date."), OWN(G) },
	{ "future_report_date", DLG_REPORTED, F_REPORT_DATE,
	    N_("The report date is not in the future."), OWN(G) },

	/* The feedback and the evaluation. */
	{ "missing_feedback", DLG_FED_BACK, -1,
	    N_("Feedback to the participants is recorded, with date, "
	    "channels and text."),
	    { { G, "[T4]", T_ATERKOPPLAS },
	    { G, "[S:Principer]", S_ATERKOPPLAS } } },
	{ "future_feedback", DLG_FED_BACK, -1,
	    N_("The feedback has been given (is not dated in the future)."),
	    OWN(G) },
	{ "missing_evaluation_date", DLG_EVALUATED, F_EVALUATION_DATE,
	    N_("The evaluation has a date."),
	    { { G, "[T4]", T_UTVARDERAS }, { G, "[S:KLK]", S_KLK } } },
	{ "future_evaluation_date", DLG_EVALUATED, F_EVALUATION_DATE,
	    N_("The evaluation date is not in the future."), OWN(G) },
	{ "missing_influence", DLG_EVALUATED, F_INFLUENCE,
	    N_("Whether the dialogue influenced the decision is answered."),
	    { { G, "[T4]", T_UTVARDERAS }, { G, "[S:KLK]", S_KLK } } },
	{ "missing_goals_met", DLG_EVALUATED, F_GOALS_MET,
	    N_("Whether the goals were met is answered."),
	    { OFF, { G, "[S:KLK]", "KLK strateg för medborgardialog – "
	    "Ansvarar för att dialogen är mätbar." } } },

	/* Cancelling once sessions were held. */
	{ "missing_result_or_reason", DLG_CANCELLED, F_RESULT_SUMMARY,
	    N_("Once sessions were held, the result is reported or the "
	    "reason why not is given."),
	    { { G, "[T4]", T_REDOVISAS }, { W, "[S:Checklista]", S_EFTER } } },

	/* Watched at any time. */
	{ "level_information", ANY, F_LEVEL,
	    N_("Level Information alone is no citizen dialogue."),
	    { { W, "[T2.3]", "Invånardialog handlar inte om att ta emot och "
	    "bemöta invånarnas synpunkter och frågor [...] Inte heller om att "
	    "informera om vad kommunen gör." }, { W, "[S:Metod]", S_INFO } } },
	{ "information_but_open", ANY, F_LEVEL,
	    N_("Level Information does not go with a question open to "
	    "influence."),
	    { OFF, { W, "[S:Metod]", S_INFO } } },
	{ "codecision_advisory", ANY, F_LEVEL,
	    N_("Co-decision: the result is still advisory."),
	    { { W, "[T4]", T_RADGIVANDE }, { W, "[S:Syfte]", "Medborgardialog "
	    "som en del i styrprocessen ersätter inte det representativa "
	    "systemet." } } },
	{ "method_other_step", ANY, F_METHODS,
	    N_("Each method belongs to the chosen step of the ladder."),
	    { OFF, { W, "[S:Metod]", S_METOD } } },
	{ "level_changed", ANY, F_LEVEL,
	    N_("The level was not changed after the start (a change is "
	    "shown on the summary)."),
	    { { W, "[T4]", T_GRAD }, { W, "[S:Principer]", S_GRAD } } },
	{ "need_views_no", ANY, F_NEED_VIEWS,
	    N_("Gate 1 answered no: no citizen dialogue."),
	    { { W, "[T4]", T_BEHOV }, { W, "[S:Förutsättningar]", S_GATE1 } } },
	{ "open_to_influence_no", ANY, F_OPEN_TO_INFLUENCE,
	    N_("Gate 2 answered no: no citizen dialogue."),
	    { { W, "[T4]", T_SYFTE }, { W, "[S:Förutsättningar]", S_GATE2 } } },
	{ "looks_like_user_dialogue", ANY, F_TARGET_GROUPS,
	    N_("Not a user dialogue: it reaches more than the users of one "
	    "service, and politicians take part once it is decided."),
	    { { W, "[T2.3]", T_BRUKAR }, { W, "[S:Definition]", "Brukardialoger "
	    "sker mellan serviceorganisationen, till exempel vårdboendet eller "
	    "skolan, och dess brukare" } } },
	{ "end_after_deadline", ANY, F_PLANNED_END,
	    N_("The dialogue ends before the question is decided."),
	    { { W, "[T4]", T_GODTID },
	    { W, "[S:Förutsättningar]", "2. Är frågan påverkbar?" } } },
	{ "deadline_near", ANY, F_DECISION_DEADLINE,
	    N_("The decision deadline is not near when the dialogue is "
	    "registered or decided."),
	    { { W, "[T4]", T_GODTID }, { W, NULL, NULL } } },
	{ "feedback_overdue", ANY, -1,
	    N_("Participants hear back within the feedback period."),
	    { { W, "[T4]", T_ATERKOPPLAS },
	    { W, "[S:Principer]", S_ATERKOPPLAS } } },
	{ "evaluation_overdue", ANY, F_EVALUATION_DATE,
	    N_("The dialogue is evaluated within the evaluation period."),
	    { { W, "[T4]", T_UTVARDERAS }, { W, "[S:KLK]", S_KLK } } },
	{ "budget_above_frame", ANY, F_BUDGET,
	    N_("The budget is within the frame the deciding body set."),
	    { OFF, { W, "[S:Roller]", "Nämnd – Sätter ram för budget och "
	    "finansiering" } } },
	{ "plan_outside_time_plan", ANY, F_PLANNED_START,
	    N_("The planned start and end are within the time plan the "
	    "deciding body decided."),
	    { OFF, { W, "[S:Roller]", S_BESTAMMER } } },
	{ "session_without_politicians", ANY, -1,
	    N_("Politicians are present at every session."),
	    { { W, "[T2.3]", T_BRUKAR }, { W, "[S:Definition]", S_MELLAN } } },
	{ "parties_not_invited", ANY, F_PARTIES_INVITED,
	    N_("All parties in the council were invited (a date)."),
	    { { W, "[T5]", T_PARTIER }, OFF } },
};
const size_t dlg_nrules = sizeof dlg_rules / sizeof dlg_rules[0];

const struct dlg_rule *
dlg_rule_find(const char *code, int step)
{
	/* The last rule found for each of a few codes (on the code's
	 * address, checked by its text): the checks ask for the same rules
	 * for every dialogue of a list. */
	static const struct dlg_rule *seen[256];
	uintptr_t h = ((uintptr_t)code >> 3) * 31 + (uintptr_t)(step + 2);
	const struct dlg_rule **slot = &seen[(h ^ (h >> 8)) & 255];
	size_t i;

	if (*slot != NULL && (*slot)->step == step &&
	    strcmp((*slot)->code, code) == 0)
		return *slot;
	for (i = 0; i < dlg_nrules; i++)
		if (dlg_rules[i].step == step &&
		    strcmp(dlg_rules[i].code, code) == 0)
			return *slot = &dlg_rules[i];
	return NULL;
}

enum dlg_does
dlg_rule_does(const struct dlg_rule *r, enum dlg_policy p)
{
	enum dlg_does t = r->by[0].does, s = r->by[1].does;

	switch (p) {
	case DLG_POLICY_TJORN:
		return t;
	case DLG_POLICY_SOLLENTUNA:
		return s;
	default:
		return t > s ? t : s;	/* the union: the stronger */
	}
}

/* The policies whose part of r counts under p: bit 0 Tjörn, bit 1
 * Sollentuna. */
static unsigned
parts(const struct dlg_rule *r, enum dlg_policy p)
{
	unsigned m = 0;

	if (p != DLG_POLICY_SOLLENTUNA && r->by[0].does != DLG_DOES_OFF)
		m |= 1;
	if (p != DLG_POLICY_TJORN && r->by[1].does != DLG_DOES_OFF)
		m |= 2;
	return m;
}

char *
dlg_rule_refs(const struct dlg_rule *r, enum dlg_policy p)
{
	unsigned m = parts(r, p);

	return xasprintf("%s%s", (m & 1) && r->by[0].ref ? r->by[0].ref : "",
	    (m & 2) && r->by[1].ref ? r->by[1].ref : "");
}

const char *
dlg_does_label(enum dlg_does does)
{
	switch (does) {
	case DLG_DOES_GUARD:
		return _("refuses the step without it");
	case DLG_DOES_WARN:
		return _("warns");
	default:
		return _("does not apply");
	}
}

char *
dlg_rule_explain(const struct dlg_rule *r, enum dlg_policy p)
{
	enum dlg_does does = dlg_rule_does(r, p);
	unsigned m = parts(r, p);
	struct strbuf sb;
	char *refs = dlg_rule_refs(r, p);
	int i;

	sb_init(&sb);
	if (*refs != '\0')
		sb_addf(&sb, "%s ", refs);
	sb_add(&sb, _(r->what));
	sb_add(&sb, " ");
	if (does == DLG_DOES_GUARD && r->step == DLG_PROPOSED)
		sb_add(&sb, _("The register does not register the dialogue "
		    "without it."));
	else if (does == DLG_DOES_GUARD && r->step >= 0)
		/* TRANSLATORS: %s is a state ("Planned"). */
		sb_addf(&sb, _("The register refuses the step to %s without "
		    "it."), dlg_state_label((enum dlg_state)r->step));
	else if (does == DLG_DOES_WARN)
		sb_add(&sb, _("The register warns about it."));
	else if (does == DLG_DOES_GUARD)
		sb_add(&sb, _("The register refuses it."));
	else
		sb_add(&sb, _("The policy does not ask it."));
	for (i = 0; i < 2; i++)
		if ((m & (1u << i)) && r->by[i].words != NULL)
			/* TRANSLATORS: %1$s is "Tjörn's policy", %2$s the
			   policy's own words, quoted in Swedish. */
			sb_addf(&sb, _(" %s: \"%s\""),
			    _(dlg_profiles[i == 0 ? DLG_POLICY_TJORN :
			    DLG_POLICY_SOLLENTUNA].name), r->by[i].words);
	if (m == 0 || (does != DLG_DOES_OFF && r->by[0].ref == NULL &&
	    r->by[1].ref == NULL))
		sb_add(&sb, _(" (The register's own rule, for a record that "
		    "holds.)"));
	free(refs);
	return sb_detach(&sb);
}

/* Replace every from in text by to, appending to sb. */
static void
sb_replace(struct strbuf *sb, const char *text, const char *from,
    const char *to)
{
	size_t n = strlen(from);
	const char *p;

	while ((p = strstr(text, from)) != NULL) {
		sb_addn(sb, text, (size_t)(p - text));
		sb_add(sb, to);
		text = p + n;
	}
	sb_add(sb, text);
}

/* 1 when the reference starting at p ("[T4]", "[S:Metod]") belongs to a
 * policy the profile does not follow. */
static int
foreign_ref(const char *p, enum dlg_policy pol)
{
	if (pol == DLG_POLICY_TJORN)
		return strncmp(p, "[S:", 3) == 0;
	if (pol == DLG_POLICY_SOLLENTUNA)
		return p[1] == 'T' && p[2] >= '0' && p[2] <= '9';
	return 0;
}

char *
dlg_words(const struct dlg_settings *s, const char *text)
{
	const struct dlg_profile *prof = dlg_settings_profile(s);
	enum dlg_policy pol = (enum dlg_policy)(prof - dlg_profiles);
	const char *base = dlg_profiles[DLG_POLICY_COMBINED].term;
	struct strbuf a, b;
	const char *p, *q;
	char up_from[64], up_to[64];

	sb_init(&a);
	/* The references of the other policy, with the space before; the
	 * text between them copied in runs. */
	for (p = text; (q = strchr(p, '[')) != NULL; ) {
		sb_addn(&a, p, (size_t)(q - p));
		p = q;
		if (foreign_ref(p, pol) && (q = strchr(p, ']')) != NULL) {
			if (a.len > 0 && a.buf[a.len - 1] == ' ' &&
			    (q[1] == '.' || q[1] == ' ' || q[1] == '\0' ||
			    q[1] == ')'))
				a.len--, a.buf[a.len] = '\0';
			p = q + 1;
			continue;
		}
		sb_addc(&a, *p++);
	}
	sb_add(&a, p);
	if (strcmp(prof->term, base) == 0)
		return sb_detach(&a);
	/* The catalog's word in the policy's word, also capitalised. */
	sb_init(&b);
	sb_replace(&b, a.buf, base, prof->term);
	sb_release(&a);
	snprintf(up_from, sizeof up_from, "%s", base);
	snprintf(up_to, sizeof up_to, "%s", prof->term);
	up_from[0] = (char)(up_from[0] - 'a' + 'A');
	up_to[0] = (char)(up_to[0] - 'a' + 'A');
	sb_init(&a);
	sb_replace(&a, b.buf, up_from, up_to);
	sb_release(&b);
	return sb_detach(&a);
}

/*
 * The sentences of rules whose text is one translated text ("%s"), as
 * made for a policy: a list makes the same ones for every dialogue. On
 * the text's address, checked against a copy (a text of the catalog can
 * change when the language or the register's words do); a full table
 * makes every sentence anew.
 */
#define MADE_SLOTS	512
static struct made {
	const char	*code;
	int		 step, pol;
	const char	*arg;
	char		*copy;
	char		*text;
} made[MADE_SLOTS];

static struct made *
made_slot(const char *code, int step, int pol, const char *arg)
{
	uintptr_t h = (uintptr_t)arg ^ ((uintptr_t)code >> 3);
	size_t i, j;
	struct made *m;

	h = (h ^ (h >> 17)) * 0x9e3779b1u;
	for (i = 0; i < 16; i++) {
		j = (size_t)((h >> 7) + i) & (MADE_SLOTS - 1);
		m = &made[j];
		if (m->arg == NULL || (m->arg == arg && m->code == code &&
		    m->step == step && m->pol == pol))
			return m;
	}
	return NULL;
}

void
dom_rule(const struct dom_rules *rc, const char *code, int field,
    const char *fmt, ...)
{
	struct made *m = NULL;
	const char *arg = NULL;
	const struct dlg_rule *r = dlg_rule_find(code, rc->step);
	enum dlg_policy pol = (enum dlg_policy)(dlg_settings_profile(rc->s) -
	    dlg_profiles);
	struct strbuf sb;
	va_list ap;
	const char *r0 = "", *r1 = "";
	unsigned parts_of;
	char *text;
	size_t n;

	/* A check without its row is the register's own guard; the unit
	 * test of the table sees that none is left. */
	if ((int)(r != NULL ? dlg_rule_does(r, pol) : DLG_DOES_GUARD) !=
	    rc->want)
		return;
	if (rc->out->codes_only) {
		dom_issues_take(rc->out, code, field, NULL);
		return;
	}
	if (strcmp(fmt, "%s") == 0) {
		va_start(ap, fmt);
		arg = va_arg(ap, const char *);
		va_end(ap);
		if (arg != NULL && (m = made_slot(code, rc->step, (int)pol,
		    arg)) != NULL && m->arg != NULL) {
			if (strcmp(m->copy, arg) == 0) {
				dom_issues_take(rc->out, code, field,
				    xstrdup(m->text));
				return;
			}
			free(m->copy);
			free(m->text);
			m->arg = NULL;
		}
	}
	sb_init(&sb);
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	/* The references (dlg_rule_refs) go before the closing full stop
	 * ("... [T4].") and after a closing question mark. */
	if (r != NULL) {
		parts_of = parts(r, pol);
		if ((parts_of & 1) && r->by[0].ref != NULL)
			r0 = r->by[0].ref;
		if ((parts_of & 2) && r->by[1].ref != NULL)
			r1 = r->by[1].ref;
	}
	if (*r0 != '\0' || *r1 != '\0') {
		n = sb.len;
		if (n > 0 && sb.buf[n - 1] == '.') {
			sb.len--;
			sb.buf[sb.len] = '\0';
			sb_addf(&sb, " %s%s.", r0, r1);
		} else
			sb_addf(&sb, " %s%s", r0, r1);
	}
	text = dlg_words(rc->s, sb.buf);
	sb_release(&sb);
	if (m != NULL) {
		m->code = code;
		m->step = rc->step;
		m->pol = (int)pol;
		m->arg = arg;
		m->copy = xstrdup(arg);
		m->text = xstrdup(text);
	}
	dom_issues_take(rc->out, code, field, text);
}

enum dlg_does
dlg_office_does(const struct dlg_settings *s, int f)
{
	const struct dlg_rule *r;
	enum dlg_policy pol = (enum dlg_policy)(dlg_settings_profile(s) -
	    dlg_profiles);

	switch (f) {
	case F_DECISION_BODY:
	case F_QUESTION_DECISION_BODY:
		r = dlg_rule_find("office_decides", DLG_DECIDED);
		break;
	case F_NEED_VIEWS_BY:
	case F_OPEN_TO_INFLUENCE_BY:
		r = dlg_rule_find("office_answers_gate", DLG_DECIDED);
		break;
	case F_PROCESS_OWNER:
		r = dlg_rule_find("office_owns_process", DLG_PLANNED);
		break;
	default:
		return DLG_DOES_OFF;
	}
	return r != NULL ? dlg_rule_does(r, pol) : DLG_DOES_GUARD;
}
