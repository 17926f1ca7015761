/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * demo-data.c: the demo register's dialogues. Strömsby kommun is a
 * fictitious mid-sized Swedish municipality; its bodies, places, people
 * and contact details are invented (the phone numbers are from the range
 * the Swedish telecom authority keeps for fiction). The texts are Swedish
 * register data, not program messages, so they are not translated.
 *
 * Each entry is one dialogue as an official would have filled it in step
 * by step; demo.c replays the steps. Day numbers are relative to the day
 * the demo is built, so overdue and deadline flags hold whenever it runs.
 */
#include "config.h"

#include "demo-int.h"

const char demo_municipality[] = "Strömsby kommun";

/* Every method the demo uses, with its ladder step [S:Metod]. Those the
 * built-in catalogue does not know are added as the register's own;
 * "Trygghetsvandring" (a safety walk) is one many municipalities add. */
const struct demo_method demo_methods[] = {
	{ "Tidning", 1 },
	{ "Webb", 1 },
	{ "Trycksak", 1 },
	{ "Öppna möten", 1 },
	{ "Utställning", 1 },
	{ "Enkät", 2 },
	{ "Intervju", 2 },
	{ "Fokusgrupp", 2 },
	{ "Open space", 3 },
	{ "Cafémetoden", 3 },
	{ "Trygghetsvandring", 3 },
	{ "Framtidsverkstad", 4 },
	{ "Idéverkstad", 4 },
	{ "Rådslag med omröstning", 5 },
	{ "Medborgarbudget", 5 },
	{ NULL, 0 }
};

#define KS	"Kommunstyrelsen"
#define BUN	"Barn- och utbildningsnämnden"
#define KFN	"Kultur- och fritidsnämnden"
#define SBN	"Samhällsbyggnadsnämnden"
#define SN	"Socialnämnden"
#define MHN	"Miljö- och hälsoskyddsnämnden"
#define DB	"Demokratiberedningen"
#define SBAB	"Strömsbybostäder AB:s styrelse"

/* The list of bodies the demo register starts with: every body its
 * dialogues name, the council first [T1][T5]. The offices below are not
 * bodies and stay out of it. */
const struct demo_body demo_bodies[] = {
	{ "Kommunfullmäktige", "KF", DLG_BODY_COUNCIL },
	{ KS, "KS", DLG_BODY_EXECUTIVE },
	{ BUN, "BUN", DLG_BODY_COMMITTEE },
	{ KFN, "KFN", DLG_BODY_COMMITTEE },
	{ SBN, "SBN", DLG_BODY_COMMITTEE },
	{ SN, "SN", DLG_BODY_COMMITTEE },
	{ MHN, "MHN", DLG_BODY_COMMITTEE },
	{ DB, "DB", DLG_BODY_DRAFTING },
	{ SBAB, NULL, DLG_BODY_COMPANY },
	{ NULL, NULL, 0 }
};

#define KLK	"Kommunledningskontoret"
#define BUF	"Barn- och utbildningsförvaltningen"
#define KFF	"Kultur- och fritidsförvaltningen"
#define SBF	"Samhällsbyggnadsförvaltningen"
#define SF	"Socialförvaltningen"
#define MF	"Miljöförvaltningen"

#define UNGA	"Unga 13–19 år (ålder: inbjudan via skolor och " \
		"fritidsgårdar, språk: material på lätt svenska)"
#define AELDRE	"Äldre över 65 år (tillgänglighet: lokal utan trappor, " \
		"hörslinga, skjuts vid behov)"
#define FUNK	"Personer med funktionsnedsättning (tillgänglighet: " \
		"hörslinga, syntolkning, material i punktskrift på begäran)"
#define NYANL	"Nyanlända och personer med annat modersmål (språk: tolk " \
		"på arabiska, somaliska och dari)"

const struct demo_spec demo_specs[] = {
/* ------------------------------------------------------------ proposed */
{
	.state = DLG_PROPOSED,
	.case_prefix = "KFN", .case_serial = 87,
	.title = "Öppettider på Strömsby stadsbibliotek",
	.question = "Vilka tider på vardagskvällar och helger behöver "
	    "biblioteket ha öppet för att du ska kunna använda det?",
	.background = "Stadsbiblioteket har sedan 2021 meröppet med "
	    "bibliotekskort mellan 07 och 22, men bemannade tider bara "
	    "vardagar 10–18. Lånen har minskat med 12 procent på tre år, "
	    "mest bland barnfamiljer och studenter.",
	.initiated_by = "Per Åström, ordförande i Kultur- och fritidsnämnden",
	.bodies = KFN,
	.administration = KFF,
	.deadline = 35,
},
{
	.state = DLG_PROPOSED,
	.case_prefix = "SBN", .case_serial = 214,
	.title = "Namn på den nya stadsdelen vid Ängsviken",
	.question = "Vad ska den nya stadsdelen vid Ängsviken och dess "
	    "gator heta? Vilken historia vill du att namnen berättar?",
	.background = "Detaljplanen för Ängsviken ger plats för 600 bostäder, "
	    "en skola och en park. Området har kallats Tegelbruket, "
	    "Viksängen och Ängsviken i olika handlingar.",
	.initiated_by = "Lena Sjöberg, planarkitekt, "
	    "Samhällsbyggnadsförvaltningen",
	.bodies = SBN,
	.administration = SBF,
	.deadline = 150,
},
{
	.state = DLG_PROPOSED,
	.case_prefix = "KS", .case_serial = 311,
	.title = "Trygghet vid Strömsby resecentrum",
	.question = "Vad gör att du känner dig trygg eller otrygg vid "
	    "resecentrum, och vad vill du att kommunen prioriterar?",
	.initiated_by = "Ahmed Karimi, kommunstyrelsens ordförande",
	.bodies = KS,
},
{
	.state = DLG_PROPOSED,
	.twists = TW_REOPEN,
	.reason = "Nämnden vill först veta om investeringen ryms i "
	    "budgeten för nästa år.",
	.reason2 = "Investeringen finns nu med i budgetförslaget, så "
	    "nämnden tar upp frågan igen.",
	.case_prefix = "KFN", .case_serial = 64,
	.title = "Utegym vid Lövstabadet",
	.question = "Hur ska ett utegym vid Lövstabadet se ut för att du "
	    "och dina grannar ska använda det året runt?",
	.background = "Föreningen Lövsta IF har lämnat ett medborgarförslag "
	    "om ett utegym. Platsen vid badet är kommunens mark.",
	.initiated_by = "Medborgarförslag, överlämnat av Kultur- och "
	    "fritidsnämnden",
	.bodies = KFN,
	.administration = KFF,
	.deadline = 200,
},
/* ------------------------------------------------------------ decided */
{
	.state = DLG_DECIDED,
	.case_prefix = "BUN", .case_serial = 156,
	.title = "Ny placering av Ängsviksskolan",
	.question = "Vilken av de tre möjliga platserna för nya "
	    "Ängsviksskolan passar bäst för barnens skolväg, lek och "
	    "lärande, och varför?",
	.background = "Ängsviksskolan F–6 är trångbodd och har fuktskador. "
	    "Förvaltningen har utrett tre platser: Tegelbruksängen, "
	    "Vikskogen och nuvarande tomt med rivning.",
	.initiated_by = "Maria Öberg, ordförande i Barn- och "
	    "utbildningsnämnden",
	.bodies = BUN,
	.administration = BUF,
	.deadline = 45,
	.decision_day = -20,
	.paragraph = "§ 48",
	.purpose = "Få veta vad elever, föräldrar och grannar värderar "
	    "högst i valet av plats, innan nämnden föreslår en placering.",
	.level = "dialogue",
	.budget_frame = "120 000",
},
{
	.state = DLG_DECIDED,
	.case_prefix = "KS", .case_serial = 402,
	.title = "Klimatplan 2030 för Strömsby",
	.question = "Vilka åtgärder för minskade utsläpp ska kommunen "
	    "prioritera, och vad är du själv beredd att ändra på?",
	.background = "Kommunfullmäktige antog klimatmål 2019. "
	    "Uppföljningen visar att transporter och uppvärmning står för "
	    "70 procent av utsläppen i kommunen.",
	.initiated_by = "Ahmed Karimi, kommunstyrelsens ordförande",
	.bodies = KS "; " MHN,
	.sender = KS,
	.administration = KLK,
	.deadline = 240,
	.decision_day = -30,
	.paragraph = "§ 97",
	.purpose = "Förankra klimatplanens åtgärder hos invånare och "
	    "företag och få fram vilka åtgärder som upplevs rimliga.",
	.level = "dialogue",
	.budget_frame = "250 000",
},
{
	.state = DLG_DECIDED,
	.case_prefix = "SBN", .case_serial = 233,
	.title = "Ny avfallstaxa och fyrfackskärl",
	.question = "Vad behöver du veta om fyrfackskärlen och den nya "
	    "taxan för att sortera rätt från start?",
	.background = "Samhällsbyggnadsnämnden har beslutat om "
	    "fastighetsnära insamling med fyrfackskärl. Taxan ändras vid "
	    "årsskiftet.",
	.initiated_by = "Gunnar Ljung, avfallschef",
	.bodies = SBN,
	.administration = SBF,
	.deadline = 200,
	.decision_day = -10,
	.paragraph = "§ 121",
	.purpose = "Informera hushållen om hur insamlingen och taxan "
	    "ändras och svara på frågor.",
	.level = "information",
	.decide_reason = "Taxan och insamlingen är redan beslutade; "
	    "dialogen informerar hushållen och tar emot frågor inför "
	    "införandet.",
	.budget_frame = "40 000",
},
{
	.state = DLG_DECIDED,
	.twists = TW_STEP_BACK,
	.reason2 = "Budgeten överstiger nämndens ram; planen görs om med "
	    "färre och billigare tillfällen.",
	.case_prefix = "SBN", .case_serial = 188,
	.title = "Cykelstrategi för Strömsby",
	.question = "Var saknas det cykelvägar, cykelparkering och "
	    "säkra korsningar på dina vanliga resor?",
	.background = "Andelen resor med cykel är 9 procent. Målet i "
	    "trafikstrategin är 20 procent till 2030.",
	.initiated_by = "Johan Sjöberg, trafikplanerare",
	.bodies = SBN,
	.administration = SBF,
	.decision_day = -60,
	.paragraph = "§ 77",
	.purpose = "Låta cyklister och de som inte cyklar i dag visa var "
	    "hindren finns, som underlag för strategins åtgärdslista.",
	.level = "consultation",
	.budget_frame = "80 000",
	.goals = "Minst 400 svar i kartenkäten; minst 100 svar från "
	    "personer som inte cyklar i dag.",
	.target_groups = "Pendlare (arbetsplatser och resecentrum); "
	    UNGA "; Personer som inte cyklar i dag",
	.methods = "Enkät; Intervju",
	.start = 30, .end = 90,
	.deadline = 150,
	.budget = "95 000",
	.process_owner = "Samhällsbyggnadsnämnden",
	.process_leader = "Johan Sjöberg, trafikplanerare",
},
/* ------------------------------------------------------------ planned */
{
	.state = DLG_PLANNED,
	.case_prefix = "SBN", .case_serial = 167,
	.title = "Trafiksäkerhet kring Björkåsskolan",
	.question = "Var på väg till och från Björkåsskolan känner sig "
	    "barnen otrygga, och vilka åtgärder vill ni se först?",
	.background = "Två olyckor med cyklande elever vid korsningen "
	    "Björkåsvägen–Skolgatan 2024. Föräldraföreningen har "
	    "lämnat en namninsamling med 380 namn.",
	.initiated_by = "Föräldraföreningen vid Björkåsskolan, via "
	    "Eva Dahl (Samhällsbyggnadsnämnden)",
	.bodies = SBN,
	.administration = SBF,
	.decision_day = -40,
	.paragraph = "§ 62",
	.purpose = "Ta tillvara barnens och föräldrarnas kunskap om "
	    "skolvägen innan nämnden beslutar om åtgärdsplanen.",
	.level = "dialogue",
	.budget_frame = "60 000",
	.goals = "Minst 60 elever i årskurs 3–6 och 40 föräldrar deltar; "
	    "alla klasser i årskurs 3–6 går trygghetsvandringen.",
	.target_groups = "Elever i årskurs 3–6 (ålder: vandring under "
	    "skoltid med lärare); Föräldrar till elever vid Björkåsskolan "
	    "(språk: inbjudan på svenska, arabiska och somaliska); "
	    "Grannar längs Björkåsvägen",
	.methods = "Trygghetsvandring; Cafémetoden",
	.partners = "Björkåsskolan; Föräldraföreningen vid Björkåsskolan; "
	    "Polisen i Strömsby",
	.outreach_how = "Klasslärarna går vandringen med sina klasser; "
	    "fritidspersonal samlar in barnens kartor.",
	.start = 14, .end = 45,
	.budget = "48 000",
	.process_owner = "Samhällsbyggnadsnämnden",
	.process_leader = "Johan Sjöberg, trafikplanerare",
	.deadline = 120,
},
{
	.state = DLG_PLANNED,
	.case_prefix = "SN", .case_serial = 45,
	.title = "Mötesplatser för äldre i Lillfors",
	.question = "Vad behöver en mötesplats för äldre i Lillfors "
	    "erbjuda för att du ska vilja komma dit?",
	.background = "Dagverksamheten i Lillfors lades ned 2022. "
	    "Pensionärsföreningarna efterfrågar en öppen mötesplats.",
	.initiated_by = "Ingrid Åkesson, ordförande i Socialnämnden",
	.bodies = SN,
	.administration = SF,
	.decision_day = -35,
	.paragraph = "§ 19",
	.purpose = "Ge äldre i Lillfors möjlighet att påverka innehåll, "
	    "öppettider och plats för en ny mötesplats.",
	.level = "consultation",
	.budget_frame = "50 000",
	.goals = "Minst 80 personer över 65 år deltar, varav minst 20 "
	    "som bor ensamma.",
	.target_groups = AELDRE "; Anhöriga och anhörigvårdare; " NYANL,
	.methods = "Fokusgrupp; Framtidsverkstad",
	.partners = "PRO Lillfors; SPF Seniorerna Strömsby; Svenska kyrkan "
	    "i Lillfors",
	.outreach_how = "Besök på träffpunkter, i matbutiken och genom "
	    "hemtjänsten; inbjudan per brev till alla över 75 år.",
	.start = 10, .end = 60,
	.budget = "45 000",
	.process_owner = "Socialnämnden",
	.process_leader = "Sara Nyström, enhetschef för förebyggande "
	    "arbete",
	.deadline = 130,
},
{
	.state = DLG_PLANNED,
	.case_prefix = "SBN", .case_serial = 98,
	.title = "Detaljplan för Norra hamnen",
	.question = "Hur vill du att Norra hamnen ska användas när "
	    "industrin flyttar: bostäder, båtliv, parker eller "
	    "verksamheter, och hur ska man kunna ta sig ner till vattnet?",
	.background = "Strömsby Hamn AB flyttar godshanteringen till "
	    "Södra kajen. Området på 14 hektar ska planläggas. "
	    "Strömsbybostäder äger två av kvarteren.",
	.initiated_by = "Ahmed Karimi, kommunstyrelsens ordförande",
	.bodies = SBN "; " SBAB,
	.sender = SBN,
	.administration = SBF,
	.decision_day = -50,
	.paragraph = "§ 143",
	.purpose = "Låta invånare, båtklubbar och företag forma "
	    "programmet för detaljplanen innan samråd.",
	.level = "influence",
	.budget_frame = "350 000",
	.goals = "Minst 300 deltagare; minst en tredjedel under 30 år; "
	    "minst två förslag från framtidsverkstaden finns med i "
	    "planprogrammet.",
	.target_groups = "Boende i centrum och Norra hamnen; Båtklubbar och "
	    "föreningar vid vattnet; " UNGA "; Företagare i hamnen",
	.methods = "Framtidsverkstad; Idéverkstad",
	.partners = "Strömsby Hamn AB; Strömsby Båtklubb; Strömsbybostäder "
	    "AB",
	.outreach_how = "Pop-up-kontor i hamnmagasinet lördagar; besök på "
	    "gymnasiet och i båtklubbarna.",
	.start = 20, .end = 110,
	.budget = "420 000",
	.financing = "Planavgifter och Samhällsbyggnadsnämndens "
	    "driftbudget; 100 000 kr från Strömsbybostäder AB.",
	.process_owner = "Samhällsbyggnadsnämnden",
	.process_leader = "Lena Sjöberg, planarkitekt",
	.fact_basis = "Planprogram, förslag (dnr SBN 2024/0098); "
	    "dagvattenutredning; trafikutredning för Hamngatan.",
	.deadline = 200,
},
{
	.state = DLG_PLANNED,
	.case_prefix = "KS", .case_serial = 355,
	.title = "Medborgarbudget för Kvarnbäcken",
	.question = "Hur ska 500 000 kronor användas för att göra "
	    "Kvarnbäcken till en bättre plats att bo i?",
	.background = "Kommunfullmäktige avsatte 500 000 kr i budgeten för "
	    "ett försök med medborgarbudget i en by. Kvarnbäcken valdes "
	    "efter intresseanmälan från byalaget.",
	.initiated_by = "Demokratiberedningen, ordförande Helena Björk",
	.bodies = DB,
	.administration = KLK,
	.decision_day = -25,
	.paragraph = "§ 12",
	.purpose = "Pröva medborgarbudget som metod och låta de boende i "
	    "Kvarnbäcken avgöra hur potten används.",
	.level = "codecision",
	.budget_frame = "60 000",
	.goals = "Minst 25 procent av de röstberättigade över 12 år "
	    "röstar; förslag från minst 15 invånare.",
	.target_groups = "Boende i Kvarnbäcken från 12 år (ålder: röstning "
	    "från 12 år, hjälp på skolan); Föreningar i Kvarnbäcken",
	.methods = "Medborgarbudget; Rådslag med omröstning",
	.partners = "Kvarnbäckens byalag; Kvarnbäckens skola",
	.outreach_how = "Brev till alla hushåll; röstning i bygdegården och "
	    "på skolan.",
	.start = 7, .end = 75,
	.budget = "60 000",
	.financing = "Demokratiberedningens anslag; potten på 500 000 kr "
	    "finns i kommunstyrelsens investeringsbudget.",
	.process_owner = "Demokratiberedningen",
	.process_leader = "Fatima Yusuf, demokratiutvecklare",
	.deadline = 120,
},
/* ------------------------------------------------------------ running */
{
	.state = DLG_RUNNING,
	.case_prefix = "SBN", .case_serial = 131,
	.title = "Ny utformning av Stadsparken",
	.question = "Vad vill du kunna göra i Stadsparken, och vad ska "
	    "finnas kvar när parken rustas upp?",
	.background = "Stadsparken anlades 1912. Dammen läcker, "
	    "lekplatsen är från 1990 och belysningen saknas på flera "
	    "gångar.",
	.initiated_by = "Eva Dahl, ordförande i Samhällsbyggnadsnämnden",
	.bodies = SBN,
	.administration = SBF,
	.decision_day = -90,
	.paragraph = "§ 40",
	.purpose = "Låta parkens användare väga olika önskemål mot "
	    "varandra inför gestaltningsprogrammet.",
	.level = "dialogue",
	.budget_frame = "150 000",
	.goals = "Minst 150 deltagare, varav minst 30 barn och unga; "
	    "förslag från alla tre bostadsområden runt parken.",
	.target_groups = "Barnfamiljer; " UNGA "; " AELDRE,
	.methods = "Cafémetoden; Open space",
	.partners = "Strömsby hembygdsförening",
	.outreach_how = "Samtal i parken en lördag i månaden; besök på "
	    "förskolorna runt parken.",
	.start = -30, .end = 30,
	.budget = "140 000",
	.process_owner = "Samhällsbyggnadsnämnden",
	.process_leader = "Karin Ek, landskapsarkitekt",
	.deadline = 100,
	.politicians = "Eva Dahl (Samhällsbyggnadsnämnden); "
	    "Mikael Strand (Samhällsbyggnadsnämnden)",
	.result_use = "Synpunkterna sammanställs och blir en bilaga till "
	    "gestaltningsprogrammet som nämnden beslutar om. Du kan "
	    "påverka vad som ska finnas i parken; budgeten och dammens "
	    "placering är redan bestämda.",
	.sessions = {
		{ -28, "Stadsparkens paviljong", "Cafémetoden", 46,
		    "under 13 år: 6, 13–19 år: 5, 20–64 år: 24, 65+ år: 11; "
		    "kvinnor 27, män 18, annat/vill ej ange 1",
		    "Eva Dahl (Samhällsbyggnadsnämnden); Mikael Strand "
		    "(Samhällsbyggnadsnämnden)",
		    "Fyra bord: lek, natur, evenemang, trygghet." },
		{ -14, "Strömsby stadsbibliotek, hörsalen", "Open space", 31,
		    "13–19 år: 4, 20–64 år: 19, 65+ år: 8",
		    "Mikael Strand (Samhällsbyggnadsnämnden)",
		    "Deltagarna satte själva dagordningen; flest samtal om "
		    "dammen och hundar." },
	},
	.contribs = {
		{ 1, "meeting", "Behåll de gamla lindarna längs Parkgatan, "
		    "de är parkens själ.", "natur", NULL },
		{ 1, "meeting", "Lekplatsen behöver något för barn med "
		    "rullstol, till exempel en gungbräda i marknivå.",
		    "lek; tillgänglighet",
		    "Sofia Lindqvist, sofia.lindqvist@exempel.se" },
		{ 2, "meeting", "Belys gångvägen från stationen, jag går "
		    "omvägar på kvällen.", "trygghet; belysning", NULL },
		{ 0, "web", "En plaskdamm för de minsta i stället för den "
		    "läckande dammen!", "lek; vatten", NULL },
		{ 0, "letter", "Jag önskar fler bänkar med ryggstöd och "
		    "armstöd, det är långt mellan dem i dag.",
		    "tillgänglighet",
		    "Gösta Holm, Parkgatan 14, 123 45 Strömsby" },
	},
},
{
	.state = DLG_RUNNING,
	.case_prefix = "KFN", .case_serial = 112,
	.title = "Ungdomens hus i Strömsby",
	.question = "Vad ska finnas i ett nytt ungdomens hus, vilka tider "
	    "ska det ha öppet och vem ska bestämma där?",
	.background = "Fritidsgården Kvarnen är för liten och stänger 21. "
	    "Kultur- och fritidsnämnden har fått uppdrag att utreda ett "
	    "ungdomens hus i det gamla tingshuset.",
	.initiated_by = "Ungdomsrådet i Strömsby",
	.bodies = KFN,
	.administration = KFF,
	.decision_day = -75,
	.paragraph = "§ 33",
	.purpose = "Låta unga själva forma innehållet i ungdomens hus, så "
	    "att huset blir deras.",
	.level = "influence",
	.budget_frame = "90 000",
	.goals = "Minst 150 unga 13–19 år deltar, varav minst hälften som "
	    "inte går på fritidsgård i dag.",
	.target_groups = UNGA "; Unga med funktionsnedsättning "
	    "(tillgänglighet: assistent följer med, anpassad lokal)",
	.methods = "Idéverkstad; Framtidsverkstad",
	.partners = "Ungdomsrådet; Strömsby gymnasium; Studieförbundet "
	    "Vuxenskolan",
	.outreach_how = "Fritidsledare besöker skolgårdar, idrottshallen "
	    "och busstationen på kvällar.",
	.start = -21, .end = 40,
	.budget = "85 000",
	.process_owner = "Kultur- och fritidsnämnden",
	.process_leader = "Leila Hassan, fritidskonsulent",
	.deadline = 120,
	.politicians = "Per Åström (Kultur- och fritidsnämnden); "
	    "Anna Berg (Kultur- och fritidsnämnden)",
	.result_use = "Ungdomarnas förslag blir en del av "
	    "verksamhetsplanen för huset som nämnden beslutar om. Ni kan "
	    "påverka innehåll, öppettider och regler; huset och "
	    "budgetramen är bestämda.",
	.sessions = {
		{ -20, "Strömsby gymnasium, aulan", "Idéverkstad", 64,
		    "13–15 år: 22, 16–19 år: 42; tjejer 35, killar 27, "
		    "annat/vill ej ange 2",
		    "Per Åström (Kultur- och fritidsnämnden); Anna Berg "
		    "(Kultur- och fritidsnämnden)",
		    "Sex grupper tog fram 31 idéer." },
		{ -6, "Fritidsgården Kvarnen", "Idéverkstad", 23,
		    "13–15 år: 15, 16–19 år: 8", NULL,
		    "Ingen förtroendevald kunde komma; fritidsledarna höll "
		    "i verkstaden och skickar idéerna till nämnden." },
	},
	.contribs = {
		{ 1, "meeting", "En musikstudio där man kan spela in gratis.",
		    "musik; kultur", NULL },
		{ 1, "meeting", "Öppet till 23 på fredagar och lördagar, "
		    "det finns inget annat att göra då.", "öppettider",
		    NULL },
		{ 2, "meeting", "Ett rum där man kan plugga i lugn och ro "
		    "med läxhjälp.", "skola; lugn", NULL },
		{ 0, "web", "Gör det tillgängligt för oss som kör permobil, "
		    "Kvarnen har trappor överallt.", "tillgänglighet",
		    "elias.nord@exempel.se" },
	},
},
{
	.state = DLG_RUNNING,
	.twists = TW_DEADLINE,
	.reason2 = "Kommunfullmäktige har tidigarelagt beslutet om mål och "
	    "budget till junisammanträdet.",
	.case_prefix = "KS", .case_serial = 288,
	.title = "Budgetdialog inför Mål och budget",
	.question = "Om kommunen måste prioritera, vilka verksamheter ska "
	    "gå först: skola, äldreomsorg, gator, kultur eller fritid?",
	.background = "Skatteintäkterna växer långsammare än kostnaderna. "
	    "Budgetberedningen behöver prioritera 25 miljoner kronor.",
	.initiated_by = "Ahmed Karimi, kommunstyrelsens ordförande",
	.bodies = KS,
	.administration = KLK,
	.decision_day = -80,
	.paragraph = "§ 58",
	.purpose = "Ge budgetberedningen invånarnas prioriteringar som "
	    "underlag inför förslaget till mål och budget.",
	.level = "consultation",
	.budget_frame = "70 000",
	.goals = "Minst 800 enkätsvar som speglar kommunens "
	    "åldersfördelning.",
	.target_groups = "Alla invånare från 16 år; " NYANL "; " UNGA,
	.methods = "Enkät; Fokusgrupp",
	.outreach_how = "Enkäten på papper på biblioteken och på SFI; "
	    "fokusgrupper med föreningar.",
	.start = -25, .end = 35,
	.budget = "65 000",
	.process_owner = "Kommunstyrelsen",
	.process_leader = "Maja Lindgren, budgetstrateg",
	.deadline = 90,
	.deadline2 = 20,
	.politicians = "Ahmed Karimi (Kommunstyrelsen); Lars Holm "
	    "(Kommunstyrelsen)",
	.result_use = "Svaren sammanställs och redovisas för "
	    "budgetberedningen och i beslutsunderlaget till "
	    "kommunfullmäktige. Du kan påverka prioriteringen mellan "
	    "verksamheter, inte skattesatsen.",
	.sessions = {
		{ -20, "Webbenkät på kommunens webbplats", "Enkät", 512,
		    "16–19 år: 41, 20–64 år: 342, 65+ år: 129",
		    "Lars Holm (Kommunstyrelsen)",
		    "Enkäten är öppen fyra veckor; Lars Holm svarade på "
		    "frågor i chatten." },
		{ -10, "Strömsby gymnasium", "Fokusgrupp", 9,
		    "16–19 år: 9",
		    "Lars Holm (Kommunstyrelsen)",
		    "Elevrådet valde deltagarna." },
	},
	.contribs = {
		{ 1, "survey", "Skolan först, men inte genom större klasser.",
		    "skola", NULL },
		{ 1, "survey", "Spara på konsulter och lokaler innan ni "
		    "sparar på hemtjänsten.", "äldreomsorg; effektivitet",
		    NULL },
		{ 2, "meeting", "Busskortet för gymnasieelever får inte tas "
		    "bort.", "kollektivtrafik; unga", NULL },
	},
},
{
	.state = DLG_RUNNING,
	.twists = TW_LEVEL,
	.reason2 = "Hyresgästerna bad om samtal i stället för bara en "
	    "enkät; styrelsen beslutade att höja graden av delaktighet "
	    "till dialog.",
	.case_prefix = "SBAB", .case_serial = 9,
	.title = "Upprustning av Sjöhagens bostadsområde",
	.question = "Vad är viktigast för dig när gårdar, tvättstugor "
	    "och entréer i Sjöhagen rustas upp?",
	.background = "Sjöhagen byggdes 1968–1972 och har 820 lägenheter. "
	    "Stambyten pågår; gårdarna och de gemensamma lokalerna ska "
	    "rustas upp efter det.",
	.initiated_by = "Strömsbybostäder AB:s styrelse, ordförande "
	    "Erik Lundqvist",
	.bodies = SBAB,
	.administration = "Strömsbybostäder AB",
	.decision_day = -100,
	.paragraph = "§ 22",
	.purpose = "Låta hyresgästerna prioritera upprustningen inom "
	    "den beslutade ramen.",
	.level = "consultation",
	.budget_frame = "110 000",
	.goals = "Minst 200 hushåll svarar; synpunkter från varje gård.",
	.target_groups = "Hyresgäster i Sjöhagen; " NYANL "; " AELDRE,
	.methods = "Enkät; Cafémetoden",
	.partners = "Hyresgästföreningen Sjöhagen",
	.outreach_how = "Dörrknackning med tolk; kaffe på gårdarna.",
	.start = -45, .end = 20,
	.budget = "105 000",
	.process_owner = "Strömsbybostäder AB:s styrelse",
	.process_leader = "Omar Haddad, områdeschef",
	.deadline = 90,
	.level2 = "dialogue",
	.politicians = "Erik Lundqvist (Strömsbybostäder AB:s styrelse); "
	    "Karin Ek (Strömsbybostäder AB:s styrelse)",
	.result_use = "Resultatet styr i vilken ordning gårdarna och "
	    "lokalerna rustas upp. Du kan påverka prioriteringen och "
	    "utformningen; hyreshöjningen förhandlas separat.",
	.sessions = {
		{ -40, "Sjöhagens träffpunkt", "Cafémetoden", 38,
		    "20–64 år: 25, 65+ år: 13", "Erik Lundqvist "
		    "(Strömsbybostäder AB:s styrelse)",
		    "Tolk på arabiska och somaliska fanns." },
		{ -15, "Gård 3, Sjöhagsvägen 12", "Cafémetoden", 27,
		    "under 13 år: 4, 20–64 år: 17, 65+ år: 6",
		    "Karin Ek (Strömsbybostäder AB:s styrelse)", NULL },
	},
	.contribs = {
		{ 1, "meeting", "Tvättstugan i hus C är mörk och otrygg på "
		    "kvällen.", "trygghet; tvättstuga", NULL },
		{ 2, "meeting", "Odlingslådor på gården, vi är många som "
		    "vill odla.", "gård; odling",
		    "Amina Warsame, 070-174 06 21" },
		{ 0, "email", "Hiss i de trevåningshus som saknar hiss, jag "
		    "kommer inte upp med rollatorn.", "tillgänglighet",
		    "Birgitta Sundin, birgitta.sundin@exempel.se, "
		    "Sjöhagsvägen 8, 123 52 Strömsby" },
	},
},
{
	.state = DLG_RUNNING,
	.twists = TW_NO_PARTIES,
	.case_prefix = "SBN", .case_serial = 72,
	.title = "Belysning och trygghet i Lövsta centrum",
	.question = "Var i Lövsta centrum känner du dig otrygg när det är "
	    "mörkt, och vad skulle hjälpa?",
	.background = "Trygghetsmätningen visar att 41 procent av "
	    "kvinnorna i Lövsta undviker centrum efter mörkrets inbrott.",
	.initiated_by = "Mikael Strand, vice ordförande i "
	    "Samhällsbyggnadsnämnden",
	.bodies = SBN,
	.administration = SBF,
	.decision_day = -120,
	.paragraph = "§ 18",
	.purpose = "Hitta de platser som behöver ny belysning och andra "
	    "åtgärder först.",
	.level = "consultation",
	.budget_frame = "40 000",
	.goals = "Minst 100 svar, hälften från kvinnor.",
	.target_groups = "Boende i Lövsta; Kvinnor i Lövsta; " UNGA,
	.methods = "Enkät; Intervju",
	.start = -70, .end = -35,
	.budget = "35 000",
	.process_owner = "Samhällsbyggnadsnämnden",
	.process_leader = "Johan Sjöberg, trafikplanerare",
	.deadline = 30,
	.politicians = "Mikael Strand (Samhällsbyggnadsnämnden)",
	.result_use = "Resultatet avgör vilka platser som får ny "
	    "belysning i nästa års budget.",
	.sessions = {
		{ -65, "Lövsta centrum, torget", "Intervju", 57,
		    "kvinnor 34, män 23",
		    "Mikael Strand (Samhällsbyggnadsnämnden)",
		    "Intervjuer kvällstid vid busshållplatsen." },
		{ -50, "Webbenkät", "Enkät", 118, "kvinnor 71, män 44, "
		    "annat/vill ej ange 3",
		    "Mikael Strand (Samhällsbyggnadsnämnden)", NULL },
	},
	.contribs = {
		{ 1, "meeting", "Gångtunneln under Lövstavägen är "
		    "livsfarlig att gå i på kvällen.", "trygghet; tunnel",
		    NULL },
		{ 2, "survey", "Buskarna vid parkeringen skymmer allt.",
		    "trygghet; grönska", NULL },
		{ 2, "survey", "Lampor vid lekplatsen, den används av "
		    "ungdomar på kvällen.", "belysning; unga", NULL },
	},
},
/* ------------------------------------------------------------ reported */
{
	.state = DLG_REPORTED,
	.case_prefix = "BUN", .case_serial = 121,
	.title = "Ny förskola i Åkerby",
	.question = "Var ska den nya förskolan i Åkerby ligga, och vad är "
	    "viktigast i utemiljön?",
	.background = "Barnantalet i Åkerby har ökat med 30 procent. Två "
	    "platser är möjliga: vid kyrkan eller vid idrottsplatsen.",
	.initiated_by = "Maria Öberg, ordförande i Barn- och "
	    "utbildningsnämnden",
	.bodies = BUN,
	.administration = BUF,
	.decision_day = -150,
	.paragraph = "§ 29",
	.purpose = "Ta reda på vad vårdnadshavare och grannar värderar "
	    "inför valet av plats.",
	.level = "consultation",
	.budget_frame = "45 000",
	.goals = "Svar från minst hälften av vårdnadshavarna i Åkerby.",
	.target_groups = "Vårdnadshavare till barn 0–5 år i Åkerby; Grannar "
	    "till de två platserna",
	.methods = "Enkät; Fokusgrupp",
	.start = -100, .end = -60,
	.budget = "40 000",
	.process_owner = "Barn- och utbildningsnämnden",
	.process_leader = "Anders Wikström, lokalstrateg",
	.deadline = 20,
	.politicians = "Maria Öberg (Barn- och utbildningsnämnden)",
	.result_use = "Resultatet redovisas i beslutsunderlaget när "
	    "nämnden väljer plats.",
	.sessions = {
		{ -95, "Åkerby bygdegård", "Fokusgrupp", 14,
		    "vårdnadshavare 12, grannar 2",
		    "Maria Öberg (Barn- och utbildningsnämnden)", NULL },
		{ -70, "Webbenkät", "Enkät", 96, NULL,
		    "Maria Öberg (Barn- och utbildningsnämnden)",
		    "Svar från 58 procent av vårdnadshavarna." },
	},
	.contribs = {
		{ 1, "meeting", "Vid idrottsplatsen finns skogen nära, det "
		    "vill vi ha.", "plats; natur", NULL },
		{ 2, "survey", "Kyrkan ligger på vägen till pendeltåget, det "
		    "sparar tid.", "plats; resor", NULL },
		{ 0, "email", "Trafiken vid idrottsplatsen är farlig vid "
		    "matcher.", "trafik",
		    "Jonas Berglund, jonas.berglund@exempel.se, "
		    "070-174 06 34" },
	},
	.result_summary = "62 procent föredrar platsen vid idrottsplatsen "
	    "för närheten till skog. Oron gäller trafiken vid matcher.",
	.result_day = -55,
	.report_reference = "Tjänsteskrivelse BUN, bilaga 3",
	.report_day = -45,
},
{
	.state = DLG_REPORTED,
	.case_prefix = "KFN", .case_serial = 48,
	.title = "Simhallens framtid",
	.question = "Ska Strömsby simhall renoveras eller ersättas av en "
	    "ny, och vad behöver en simhall ha för att du ska använda den?",
	.background = "Simhallen från 1974 behöver renoveras för 90 "
	    "miljoner kronor. En ny hall beräknas kosta 180 miljoner.",
	.initiated_by = "Per Åström, ordförande i Kultur- och fritidsnämnden",
	.bodies = KFN,
	.administration = KFF,
	.decision_day = -140,
	.paragraph = "§ 21",
	.purpose = "Få fram vad olika grupper behöver av en simhall innan "
	    "nämnden föreslår renovering eller nybygge.",
	.level = "dialogue",
	.budget_frame = "100 000",
	.goals = "Minst 200 deltagare; skolor, föreningar och "
	    "motionärer representerade.",
	.target_groups = "Simklubbar och föreningar; Skolor; " AELDRE "; "
	    FUNK,
	.methods = "Cafémetoden; Open space",
	.partners = "Strömsby Simsällskap; Friskvården",
	.start = -80, .end = -30,
	.budget = "95 000",
	.process_owner = "Kultur- och fritidsnämnden",
	.process_leader = "Leila Hassan, fritidskonsulent",
	.deadline = 40,
	.politicians = "Per Åström (Kultur- och fritidsnämnden); Anna Berg "
	    "(Kultur- och fritidsnämnden)",
	.result_use = "Sammanställningen redovisas i förstudien och i "
	    "beslutsunderlaget till nämnden.",
	.sessions = {
		{ -75, "Simhallens cafeteria", "Cafémetoden", 52, NULL,
		    "Per Åström (Kultur- och fritidsnämnden)", NULL },
		{ -50, "Strömsby stadsbibliotek, hörsalen", "Open space", 71,
		    "20–64 år: 40, 65+ år: 31",
		    "Anna Berg (Kultur- och fritidsnämnden)", NULL },
		{ -32, "Lillfors skola, matsalen", "Cafémetoden", 24, NULL,
		    "Anna Berg (Kultur- och fritidsnämnden)", NULL },
	},
	.contribs = {
		{ 1, "meeting", "Varmvattenbassäng för rehabilitering är det "
		    "viktigaste för oss äldre.", "äldre; rehab", NULL },
		{ 2, "meeting", "En 25-metersbassäng med åtta banor räcker; "
		    "satsa på öppettider.", "bassäng; öppettider", NULL },
		{ 3, "meeting", "Skolorna på landsbygden behöver buss till "
		    "simundervisningen.", "skola; resor",
		    "Rektor Ulla Ström, Lillfors skola, 0521-174 06 55" },
	},
	.result_summary = "De flesta vill ha en ny hall med "
	    "varmvattenbassäng; föreningarna prioriterar banor, äldre "
	    "varmvatten och tillgänglighet.",
	.result_day = -20,
	.report_reference = "Förstudie simhall, KFN 2025/0048, avsnitt 5",
	.report_day = -10,
},
{
	.state = DLG_REPORTED,
	.case_prefix = "KS", .case_serial = 177,
	.title = "Grönplan för Strömsby tätort",
	.question = "Vilka gröna platser är viktigast för dig, och var "
	    "saknas det natur nära bostaden?",
	.background = "Tätorten förtätas. Grönplanen ska peka ut vilka "
	    "grönområden som ska bevaras och utvecklas.",
	.initiated_by = "Sven Ahlgren, ordförande i Miljö- och "
	    "hälsoskyddsnämnden",
	.bodies = MHN "; " SBN,
	.sender = MHN,
	.administration = MF,
	.decision_day = -160,
	.paragraph = "§ 64",
	.purpose = "Kartlägga hur invånarna använder och värderar "
	    "grönområdena.",
	.level = "dialogue",
	.budget_frame = "130 000",
	.goals = "Minst 300 deltagare från alla stadsdelar.",
	.target_groups = "Boende i tätorten; " UNGA "; Förskolor och skolor",
	.methods = "Open space; Cafémetoden",
	.partners = "Naturskyddsföreningen Strömsby; Friluftsfrämjandet",
	.start = -110, .end = -40,
	.budget = "125 000",
	.process_owner = "Miljö- och hälsoskyddsnämnden",
	.process_leader = "Karin Ek, landskapsarkitekt",
	.deadline = 60,
	.politicians = "Sven Ahlgren (Miljö- och hälsoskyddsnämnden); "
	    "Eva Dahl (Samhällsbyggnadsnämnden)",
	.result_use = "Platserna som invånarna pekar ut vägs in i "
	    "grönplanen som kommunfullmäktige antar.",
	.sessions = {
		{ -100, "Vikskogen, vid elljusspåret", "Cafémetoden", 44,
		    NULL, "Sven Ahlgren (Miljö- och hälsoskyddsnämnden)",
		    "Samtal under en guidad promenad." },
		{ -60, "Medborgarhuset", "Open space", 88, NULL,
		    "Eva Dahl (Samhällsbyggnadsnämnden); Sven Ahlgren "
		    "(Miljö- och hälsoskyddsnämnden)", NULL },
		{ -45, "Sjöhagens skola", "Cafémetoden", 61,
		    "under 13 år: 48, 20–64 år: 13",
		    "Eva Dahl (Samhällsbyggnadsnämnden)",
		    "Eleverna ritade sina favoritplatser." },
	},
	.contribs = {
		{ 1, "meeting", "Vikskogen får inte bebyggas, den används "
		    "av alla skolor.", "skog; skola", NULL },
		{ 2, "meeting", "Fler fickparker i centrum med skugga.",
		    "centrum; klimat", NULL },
		{ 3, "meeting", "Kojskogen bakom skolan!", "lek; skog", NULL },
		{ 0, "web", "Spara strandängarna vid Strömsjön för "
		    "fåglarnas skull.", "natur; fåglar",
		    "Rune Falk, rune.falk@exempel.se" },
	},
	.result_summary = "Vikskogen, strandängarna och kojskogen är de "
	    "mest värderade platserna. Centrum saknar skuggiga "
	    "sittplatser.",
	.result_day = -15,
	.report_reference = "Grönplan, samrådsredogörelse bilaga 2",
	.report_day = -5,
},
{
	.state = DLG_REPORTED,
	.case_prefix = "KS", .case_serial = 204,
	.title = "Busslinjer och skolskjuts på landsbygden",
	.question = "Hur reser du och dina barn i dag, och vilka turer "
	    "saknas för att ni ska kunna välja bussen?",
	.background = "Regionen ser över linjenätet. Kommunen ska lämna "
	    "synpunkter på trafikförsörjningsprogrammet.",
	.initiated_by = "Lars Holm, kommunstyrelsens andre vice ordförande",
	.bodies = KS,
	.administration = KLK,
	.decision_day = -130,
	.paragraph = "§ 88",
	.purpose = "Ge kommunens yttrande till regionen en grund i "
	    "landsbygdsbornas resvanor.",
	.level = "consultation",
	.budget_frame = "50 000",
	.goals = "Svar från alla fem byarna; minst 150 svar.",
	.target_groups = "Boende på landsbygden; Elever som åker "
	    "skolskjuts och deras vårdnadshavare; " AELDRE,
	.methods = "Enkät; Intervju",
	.start = -90, .end = -40,
	.budget = "30 000",
	.process_owner = "Kommunstyrelsen",
	.process_leader = "Maja Lindgren, utredare",
	.deadline = 30,
	.politicians = "Lars Holm (Kommunstyrelsen)",
	.result_use = "Svaren blir en bilaga till kommunens yttrande "
	    "till regionen.",
	.sessions = {
		{ -85, "Webbenkät och papper i byarnas affärer", "Enkät",
		    203, NULL, "Lars Holm (Kommunstyrelsen)", NULL },
		{ -60, "Kvarnbäckens bygdegård", "Intervju", 18, NULL,
		    "Lars Holm (Kommunstyrelsen)", NULL },
	},
	.contribs = {
		{ 1, "survey", "Sista bussen från Strömsby går 18.10, efter "
		    "det kan man inte ta sig hem.", "kvällstrafik", NULL },
		{ 2, "meeting", "Skolbussen stannar inte vid vår väg längre, "
		    "barnen går 2 km längs 80-väg.", "skolskjuts; trafik",
		    "Per och Linnea Ståhl, Norrbyvägen 3, 123 91 Kvarnbäcken" },
	},
	.result_summary = "Kvällsturer och anslutning till tåget saknas "
	    "mest. Skolskjutsens hållplatser behöver ses över.",
	.result_day = -25,
	.report_reference = "Yttrande KS § 102, bilaga 1",
	.report_day = -12,
},
/* ------------------------------------------------------------ fed back */
{
	.state = DLG_FED_BACK,
	.case_prefix = "SBN", .case_serial = 19,
	.title = "Utveckling av Strömsby torg",
	.question = "Hur vill du använda torget, och vad behövs för att "
	    "det ska bli en levande mötesplats året runt?",
	.background = "Torget är i dag mest parkering. Handlarna vill ha "
	    "kvar bilplatser; många invånare vill ha mer liv.",
	.initiated_by = "Eva Dahl, ordförande i Samhällsbyggnadsnämnden",
	.bodies = SBN,
	.administration = SBF,
	.decision_day = -420,
	.paragraph = "§ 9",
	.purpose = "Låta invånare och handlare utveckla förslag till torgets "
	    "framtid.",
	.level = "influence",
	.budget_frame = "200 000",
	.goals = "Minst 250 deltagare; handlare och unga representerade.",
	.target_groups = "Handlare i centrum; " UNGA "; " FUNK,
	.methods = "Framtidsverkstad; Idéverkstad",
	.partners = "Strömsby Centrumförening",
	.start = -370, .end = -300,
	.budget = "190 000",
	.process_owner = "Samhällsbyggnadsnämnden",
	.process_leader = "Karin Ek, landskapsarkitekt",
	.deadline = -240,
	.politicians = "Eva Dahl (Samhällsbyggnadsnämnden); Mikael Strand "
	    "(Samhällsbyggnadsnämnden)",
	.result_use = "Förslagen från verkstäderna blir skisser som "
	    "nämnden väljer mellan.",
	.sessions = {
		{ -360, "Stadshuset, sessionssalen", "Framtidsverkstad", 74,
		    NULL, "Eva Dahl (Samhällsbyggnadsnämnden)", NULL },
		{ -330, "Torget, tält", "Idéverkstad", 112, NULL,
		    "Mikael Strand (Samhällsbyggnadsnämnden)", NULL },
		{ -310, "Strömsby gymnasium", "Idéverkstad", 58,
		    "16–19 år: 58", "Eva Dahl (Samhällsbyggnadsnämnden)",
		    NULL },
	},
	.contribs = {
		{ 1, "meeting", "Saluhall i det gamla posthuset.",
		    "handel; mat", NULL },
		{ 2, "meeting", "Skridskobana på vintern, scen på sommaren.",
		    "evenemang", NULL },
		{ 3, "meeting", "Sittplatser utan att man måste köpa något.",
		    "unga; mötesplats", NULL },
		{ 0, "letter", "Behåll minst 40 bilplatser för kunderna.",
		    "parkering; handel",
		    "Järnhandeln i Strömsby, Torggatan 2, 123 30 Strömsby, "
		    "0521-174 06 70" },
	},
	.result_summary = "Tre skisser: levande torg utan bilar, "
	    "kombinerat torg med 30 bilplatser och en saluhallslösning.",
	.result_day = -290,
	.report_reference = "Tjänsteskrivelse SBN, bilaga 1",
	.report_day = -270,
	.question_outcome = "Nämnden valde det kombinerade torget med 30 "
	    "bilplatser, scen och vinteris.",
	.question_day = -215,
	.question_paragraph = "§ 131",
	.feedback = {
		{ -230, SBN, "webb, brev till deltagare med "
		    "kontaktuppgifter", "Sammanställningen och de tre "
		    "skisserna publicerades. Nämnden beslutar i höst." },
		{ -200, SBN, "uppföljningsmöte på torget, webb",
		    "Nämnden valde det kombinerade torget. Scenen och "
		    "vinterisen kom från verkstäderna; antalet bilplatser "
		    "halverades efter handlarnas synpunkter." },
	},
},
{
	.state = DLG_FED_BACK,
	.case_prefix = "KFN", .case_serial = 77,
	.title = "Fritidsgårdarnas öppettider",
	.background = "Fritidsgårdarna har samma öppettider sedan 2015. Besöken "
	    "har minskat på vardagskvällar och ökat på helger.",
	.question = "När behöver fritidsgårdarna ha öppet för att du ska "
	    "gå dit?",
	.initiated_by = "Anna Berg, ledamot i Kultur- och fritidsnämnden",
	.bodies = KFN,
	.administration = KFF,
	.decision_day = -200,
	.paragraph = "§ 57",
	.purpose = "Anpassa öppettiderna till ungas behov inom samma "
	    "budget.",
	.level = "consultation",
	.budget_frame = "25 000",
	.goals = "Minst 300 svar från unga 13–19 år.",
	.target_groups = UNGA,
	.methods = "Enkät; Fokusgrupp",
	.start = -150, .end = -100,
	.budget = "20 000",
	.process_owner = "Kultur- och fritidsnämnden",
	.process_leader = "Leila Hassan, fritidskonsulent",
	.deadline = -40,
	.politicians = "Anna Berg (Kultur- och fritidsnämnden)",
	.result_use = "Svaren avgör hur timmarna fördelas över veckan.",
	.sessions = {
		{ -140, "Enkät i skolorna", "Enkät", 412,
		    "13–15 år: 260, 16–19 år: 152",
		    "Anna Berg (Kultur- och fritidsnämnden)", NULL },
		{ -110, "Fritidsgården Kvarnen", "Fokusgrupp", 11, NULL,
		    "Anna Berg (Kultur- och fritidsnämnden)", NULL },
	},
	.contribs = {
		{ 1, "survey", "Öppna på söndagar i stället för måndagar.",
		    "öppettider", NULL },
		{ 2, "meeting", "Öppna efter skolan direkt, inte först 18.",
		    "öppettider", NULL },
	},
	.result_summary = "Unga vill ha öppet söndag och direkt efter "
	    "skolan; måndagskvällar används minst.",
	.result_day = -95,
	.report_reference = "Tjänsteskrivelse KFN, avsnitt 3",
	.report_day = -80,
	.question_outcome = "Måndagsstängt, öppet söndagar 14–20 och "
	    "vardagar från 15.",
	.question_day = -45,
	.question_paragraph = "§ 90",
	.feedback = {
		{ -60, KFN, "Instagram, affischer på gårdarna",
		    "Så här svarade ni. Nämnden beslutar i nästa månad." },
		{ -30, KFN, "Instagram, skolornas lärplattform, affischer",
		    "Från nästa termin är gårdarna öppna på söndagar och "
		    "från 15 på vardagar, precis som de flesta önskade." },
	},
},
{
	.state = DLG_FED_BACK,
	.case_prefix = "SN", .case_serial = 33,
	.title = "Psykisk hälsa bland unga – handlingsplan",
	.question = "Vad får dig att må bra, och var ska unga kunna få "
	    "hjälp när de mår dåligt?",
	.background = "Elevhälsans enkät visar att var tredje tjej i "
	    "gymnasiet har återkommande sömnproblem och oro.",
	.initiated_by = "Ingrid Åkesson, ordförande i Socialnämnden",
	.bodies = SN "; " BUN,
	.sender = SN,
	.administration = SF,
	.decision_day = -260,
	.paragraph = "§ 71",
	.purpose = "Låta unga själva beskriva vad som hjälper, som grund "
	    "för den gemensamma handlingsplanen.",
	.level = "dialogue",
	.budget_frame = "90 000",
	.goals = "Minst 120 unga deltar; både högstadiet och gymnasiet; "
	    "unga som inte går i skolan nås via uppsökande arbete.",
	.target_groups = UNGA "; Unga som inte studerar eller arbetar "
	    "(uppsökande: fältassistenter)",
	.methods = "Cafémetoden; Open space",
	.partners = "Ungdomsmottagningen; BRIS region Väst",
	.outreach_how = "Fältassistenterna bjuder in och följer med.",
	.start = -200, .end = -140,
	.budget = "80 000",
	.process_owner = "Socialnämnden",
	.process_leader = "Sara Nyström, enhetschef för förebyggande "
	    "arbete",
	.deadline = -70,
	.politicians = "Ingrid Åkesson (Socialnämnden); Maria Öberg "
	    "(Barn- och utbildningsnämnden)",
	.result_use = "Ungas förslag blir åtgärder i handlingsplanen som "
	    "kommunfullmäktige antar.",
	.sessions = {
		{ -190, "Strömsby gymnasium, biblioteket", "Cafémetoden", 46,
		    NULL, "Ingrid Åkesson (Socialnämnden)", NULL },
		{ -160, "Björkåsskolan", "Cafémetoden", 52, "13–15 år: 52",
		    "Maria Öberg (Barn- och utbildningsnämnden)", NULL },
		{ -145, "Ungdomens hus (tillfälliga lokaler)", "Open space",
		    29, NULL, "Ingrid Åkesson (Socialnämnden); Maria Öberg "
		    "(Barn- och utbildningsnämnden)", NULL },
	},
	.contribs = {
		{ 1, "meeting", "Kuratorn har bara öppet två dagar i veckan.",
		    "elevhälsa", NULL },
		{ 2, "meeting", "Mobilfria raster gjorde att vi pratade mer.",
		    "skola; mobil", NULL },
		{ 3, "meeting", "En chatt med någon vuxen på kvällen.",
		    "stöd; digitalt", NULL },
		{ 0, "web", "Jag vill berätta mer, ni får gärna höra av er.",
		    NULL, "Nora, 070-174 06 88" },
	},
	.result_summary = "Unga efterfrågar mer tid hos kurator, en "
	    "kvällschatt och mobilfria raster.",
	.result_day = -130,
	.report_reference = "Handlingsplan psykisk hälsa, bilaga 4",
	.report_day = -110,
	.question_outcome = "Kommunfullmäktige antog handlingsplanen med "
	    "kvällschatt och utökad kuratorstid.",
	.question_day = -75,
	.question_paragraph = "§ 144",
	.feedback = {
		{ -100, SN, "webb, skolornas lärplattform",
		    "Sammanställningen av vad ni sa finns på webben." },
		{ -60, SN, "uppföljningsträff på gymnasiet, webb",
		    "Handlingsplanen antogs. Kvällschatten startar i höst, "
		    "och kuratorerna får en dag mer i veckan." },
	},
},
/* ------------------------------------------------------------ evaluated */
{
	.state = DLG_EVALUATED,
	.case_prefix = "KFN", .case_serial = 26,
	.title = "Badplatser och strandpromenad vid Strömsjön",
	.background = "Badplatserna rustades senast 2009. Strandpromenaden är "
	    "avbruten vid båtklubben.",
	.question = "Vad behöver badplatserna och strandpromenaden för "
	    "att fler ska använda dem?",
	.initiated_by = "Per Åström, ordförande i Kultur- och fritidsnämnden",
	.bodies = KFN,
	.administration = KFF,
	.decision_day = -700,
	.paragraph = "§ 14",
	.purpose = "Prioritera åtgärder vid badplatserna tillsammans med "
	    "dem som använder dem.",
	.level = "influence",
	.budget_frame = "70 000",
	.goals = "Minst 200 deltagare; förslag från alla tre badplatserna.",
	.target_groups = "Barnfamiljer; " FUNK "; Föreningar vid sjön",
	.methods = "Idéverkstad; Framtidsverkstad",
	.start = -640, .end = -580,
	.budget = "65 000",
	.process_owner = "Kultur- och fritidsnämnden",
	.process_leader = "Leila Hassan, fritidskonsulent",
	.deadline = -500,
	.politicians = "Per Åström (Kultur- och fritidsnämnden)",
	.result_use = "Förslagen rangordnas och styr investeringarna.",
	.sessions = {
		{ -630, "Strömsjöbadet", "Idéverkstad", 87, NULL,
		    "Per Åström (Kultur- och fritidsnämnden)", NULL },
		{ -600, "Lövstabadet", "Idéverkstad", 64, NULL,
		    "Per Åström (Kultur- och fritidsnämnden)", NULL },
	},
	.contribs = {
		{ 1, "meeting", "Badramp för rullstol vid Strömsjöbadet.",
		    "tillgänglighet", NULL },
		{ 2, "meeting", "Belysning längs promenaden.", "belysning",
		    NULL },
	},
	.result_summary = "Badramp, belysning och fler bajamajor toppar "
	    "listan.",
	.result_day = -570,
	.report_reference = "KFN investeringsplan, bilaga 2",
	.report_day = -560,
	.question_outcome = "Badramp och belysning byggs; bajamajor ersätts "
	    "av ett servicehus.",
	.question_day = -495,
	.question_paragraph = "§ 66",
	.feedback = {
		{ -540, KFN, "webb, skyltar vid badplatserna",
		    "Så här prioriterade ni; nämnden beslutar i vår." },
		{ -480, KFN, "webb, invigning vid badet",
		    "Badrampen och belysningen är beslutade och byggs före "
		    "sommaren." },
	},
	.evaluation_day = -330,
	.influence = "yes",
	.goals_met = "Målet om 200 deltagare nåddes inte (151), men alla "
	    "badplatser gav förslag.",
	.evaluation_reach = "Barnfamiljer nåddes väl; personer med "
	    "funktionsnedsättning främst via föreningarna.",
	.participants_view = "Nöjda med att förslagen syntes i beslutet.",
	.lessons = "Hålla verkstäderna på badplatserna i juni, inte i "
	    "augusti.",
	.review_text = "Bra återkoppling i två steg. Ta in "
	    "funktionsrättsföreningarna redan i planeringen.",
},
{
	.state = DLG_EVALUATED,
	.case_prefix = "KS", .case_serial = 58,
	.title = "Valdeltagande i Ängsvik och Sjöhagen",
	.question = "Vad skulle få fler i Ängsvik och Sjöhagen att rösta "
	    "och engagera sig i kommunens frågor?",
	.background = "Valdeltagandet i Sjöhagen var 64 procent i senaste "
	    "kommunvalet, mot 84 procent i kommunen.",
	.initiated_by = "Demokratiberedningen, ordförande Helena Björk",
	.bodies = DB,
	.administration = KLK,
	.decision_day = -600,
	.paragraph = "§ 5",
	.purpose = "Förstå hindren för deltagande och pröva nya vägar "
	    "till dialog i områden med lågt valdeltagande.",
	.level = "dialogue",
	.budget_frame = "120 000",
	.goals = "Minst 150 deltagare, hälften med annat modersmål än "
	    "svenska.",
	.target_groups = "Boende i Ängsvik och Sjöhagen; " NYANL "; " UNGA,
	.methods = "Cafémetoden; Open space",
	.partners = "Hyresgästföreningen; Studieförbundet Vuxenskolan; "
	    "Strömsby moské; Svenska kyrkan",
	.outreach_how = "Samhällsvägledare och föreningar bjöd in på "
	    "modersmål.",
	.start = -540, .end = -460,
	.budget = "110 000",
	.process_owner = "Demokratiberedningen",
	.process_leader = "Fatima Yusuf, demokratiutvecklare",
	.deadline = -400,
	.politicians = "Helena Björk (Demokratiberedningen); Lars Holm "
	    "(Demokratiberedningen)",
	.result_use = "Förslagen blir en del av beredningens rapport till "
	    "kommunfullmäktige om demokratiarbetet.",
	.sessions = {
		{ -530, "Sjöhagens träffpunkt", "Cafémetoden", 58, NULL,
		    "Helena Björk (Demokratiberedningen)", NULL },
		{ -500, "Ängsviks bibliotek", "Cafémetoden", 41, NULL,
		    "Lars Holm (Demokratiberedningen)", NULL },
		{ -470, "Medborgarhuset", "Open space", 36, NULL,
		    "Helena Björk (Demokratiberedningen); Lars Holm "
		    "(Demokratiberedningen)", NULL },
	},
	.contribs = {
		{ 1, "meeting", "Politikerna syns bara vid valet.",
		    "förtroende", NULL },
		{ 2, "meeting", "Information på fler språk om hur man "
		    "röstar.", "språk; val", NULL },
	},
	.result_summary = "Deltagarna vill möta politiker mellan valen och "
	    "få information på fler språk.",
	.result_day = -450,
	.report_reference = "Demokratiberedningens rapport, KF § 30",
	.report_day = -420,
	.question_outcome = "Kommunfullmäktige beslutade om "
	    "politikerträffar fyra gånger om året i båda områdena.",
	.question_day = -400,
	.question_paragraph = "§ 30",
	.feedback = {
		{ -410, DB, "träff i Sjöhagen, brev på fem språk",
		    "Beredningen föreslår politikerträffar och "
		    "flerspråkig information." },
	},
	.evaluation_day = -200,
	.influence = "partly",
	.goals_met = "156 deltagare, 61 procent med annat modersmål.",
	.evaluation_reach = "Unga nåddes sämre än vuxna.",
	.participants_view = "Uppskattade att politikerna lyssnade; "
	    "tveksamma till om något ändras.",
	.lessons = "Följ upp med samma deltagare efter ett år.",
},
{
	.state = DLG_EVALUATED,
	.case_prefix = "KS", .case_serial = 19,
	.title = "Bostadsförsörjningsprogram",
	.background = "Det nuvarande programmet antogs 2018 och ska förnyas "
	    "varje mandatperiod.",
	.question = "Vilka bostäder saknas i Strömsby för dig och dina "
	    "närmaste?",
	.initiated_by = "Ahmed Karimi, kommunstyrelsens ordförande",
	.bodies = KS "; " SBAB,
	.sender = KS,
	.administration = KLK,
	.decision_day = -520,
	.paragraph = "§ 44",
	.purpose = "Få underlag om bostadsbehov från grupper som sällan "
	    "hörs i planeringen.",
	.level = "consultation",
	.budget_frame = "60 000",
	.goals = "Minst 400 svar; unga vuxna och äldre representerade.",
	.target_groups = "Unga vuxna 20–30 år; " AELDRE "; " FUNK,
	.methods = "Enkät; Intervju",
	.start = -480, .end = -440,
	.budget = "55 000",
	.process_owner = "Kommunstyrelsen",
	.process_leader = "Maja Lindgren, utredare",
	.deadline = -420,
	.politicians = "Ahmed Karimi (Kommunstyrelsen); Erik Lundqvist "
	    "(Strömsbybostäder AB:s styrelse)",
	.result_use = "Svaren redovisas i programmets behovsanalys.",
	.sessions = {
		{ -470, "Webbenkät", "Enkät", 388, NULL,
		    "Ahmed Karimi (Kommunstyrelsen)", NULL },
		{ -450, "Seniorboendet Ekbacken", "Intervju", 15, NULL,
		    "Erik Lundqvist (Strömsbybostäder AB:s styrelse)", NULL },
	},
	.contribs = {
		{ 1, "survey", "Små hyresrätter för unga som vill flytta "
		    "hemifrån.", "unga; hyresrätt", NULL },
		{ 2, "meeting", "Trygghetsboende i Lillfors så vi slipper "
		    "flytta från byn.", "äldre; landsbygd", NULL },
	},
	.result_summary = "Små hyresrätter och trygghetsboenden i byarna "
	    "saknas mest.",
	.result_day = -435,
	.report_reference = "Bostadsförsörjningsprogram, bilaga 5",
	.report_day = -430,
	.question_outcome = "Programmet antogs utan ändringar.",
	.question_day = -425,
	.question_paragraph = "§ 51",
	.feedback = {
		{ -400, KS, "webb", "Programmet är antaget. Läs hur era svar "
		    "redovisas i bilaga 5." },
	},
	.evaluation_day = -220,
	.influence = "no",
	.goals_met = "403 svar, men få unga vuxna.",
	.evaluation_reach = "Unga vuxna nåddes dåligt; äldre väl.",
	.participants_view = "Flera ansåg att programmet redan var klart.",
	.lessons = "Dialogen kom för sent: programmet var i praktiken "
	    "färdigt när svaren kom. Börja före första utkastet.",
	.review_text = "Ett exempel på en dialog som inte gick att påverka. "
	    "Grindfråga 2 borde ha ställts tydligare.",
},
/* ------------------------------------------------------------ rejected */
{
	.state = DLG_REJECTED,
	.reason = "Frågan går inte längre att påverka: sporthallens plats "
	    "och storlek är redan beslutade i mål och budget. Nämnden "
	    "informerar i stället om bygget.",
	.case_prefix = "KFN", .case_serial = 99,
	.title = "Ny sporthall i Ängsvik",
	.question = "Hur ska nya sporthallen i Ängsvik utformas?",
	.initiated_by = "Strömsby IBK, via Anna Berg",
	.bodies = KFN,
	.administration = KFF,
},
{
	.state = DLG_REJECTED,
	.reason = "Marknadsföring är inte medborgardialog enligt reglernas "
	    "definition; frågan hanteras av kommunikationsenheten.",
	.case_prefix = "KS", .case_serial = 377,
	.title = "Enkät om kommunens nya logotyp",
	.question = "Vilken av tre logotyper gillar du bäst?",
	.initiated_by = "Kommunikationsenheten",
	.bodies = KS,
	.administration = KLK,
},
/* ------------------------------------------------------------ cancelled */
{
	.state = DLG_CANCELLED,
	.cancel_from = DLG_DECIDED,
	.reason = "Nämnden utreder i stället en ny skola i Ängsvik; frågan "
	    "ingår i dialogen om Ängsviksskolan.",
	.case_prefix = "BUN", .case_serial = 140,
	.title = "Ombyggnad av Norrviks skola",
	.background = "Skolans lokaler är från 1962 och har fukt i "
	    "källarplanet.",
	.question = "Vad behöver Norrviks skola för att fungera i 30 år "
	    "till?",
	.initiated_by = "Maria Öberg, ordförande i Barn- och "
	    "utbildningsnämnden",
	.bodies = BUN,
	.administration = BUF,
	.decision_day = -90,
	.paragraph = "§ 37",
	.purpose = "Samla elevernas och personalens behov inför "
	    "ombyggnaden.",
	.level = "consultation",
	.budget_frame = "30 000",
	.deadline = 160,
},
{
	.state = DLG_CANCELLED,
	.cancel_from = DLG_RUNNING,
	.reason = "Stationshuset förstördes i en brand och ska rivas; det "
	    "finns inget beslut kvar att fatta.",
	.not_reported_reason = "Det finns inget beslut att redovisa "
	    "resultatet i. Synpunkterna har diarieförts och lämnats till "
	    "Kvarnbäckens byalag inför arbetet med en ny mötesplats.",
	.case_prefix = "KFN", .case_serial = 61,
	.title = "Kvarnbäckens gamla stationshus",
	.question = "Vad ska det gamla stationshuset i Kvarnbäcken "
	    "användas till?",
	.background = "Kommunen köpte stationshuset 2019. Byalaget vill "
	    "ha en mötesplats; en företagare vill öppna kafé.",
	.initiated_by = "Kvarnbäckens byalag",
	.bodies = KFN,
	.administration = KFF,
	.decision_day = -150,
	.paragraph = "§ 11",
	.purpose = "Pröva vad byborna vill använda huset till.",
	.level = "dialogue",
	.budget_frame = "40 000",
	.goals = "Minst 60 deltagare från byn.",
	.target_groups = "Boende i Kvarnbäcken; Föreningar i Kvarnbäcken",
	.methods = "Cafémetoden",
	.start = -90, .end = -20,
	.budget = "35 000",
	.process_owner = "Kultur- och fritidsnämnden",
	.process_leader = "Fatima Yusuf, demokratiutvecklare",
	.deadline = 60,
	.politicians = "Anna Berg (Kultur- och fritidsnämnden)",
	.result_use = "Idéerna prövas i förstudien om husets framtid.",
	.sessions = {
		{ -80, "Kvarnbäckens bygdegård", "Cafémetoden", 47, NULL,
		    "Anna Berg (Kultur- och fritidsnämnden)", NULL },
		{ -60, "Stationshuset", "Cafémetoden", 33, NULL,
		    "Anna Berg (Kultur- och fritidsnämnden)", NULL },
	},
	.contribs = {
		{ 1, "meeting", "Kafé på sommaren och föreningslokal på "
		    "vintern.", "mötesplats", NULL },
		{ 2, "meeting", "Ett litet museum över järnvägen.",
		    "historia", "Bertil Ahl, bertil.ahl@exempel.se" },
	},
},
{
	.state = DLG_CANCELLED,
	.cancel_from = DLG_PLANNED,
	.reason = "Marken behövs för en ny förskola; lekplatsen tas upp "
	    "i förskoleprojektet i stället.",
	.case_prefix = "SBN", .case_serial = 201,
	.title = "Lekplats i Björkås",
	.background = "Lekplatsen i Björkås revs 2024 när utrustningen inte "
	    "längre var säker.",
	.question = "Vad vill barnen i Björkås kunna göra på en ny "
	    "lekplats?",
	.initiated_by = "Eva Dahl, ordförande i Samhällsbyggnadsnämnden",
	.bodies = SBN,
	.administration = SBF,
	.decision_day = -70,
	.paragraph = "§ 50",
	.purpose = "Låta barnen vara med och forma lekplatsen.",
	.level = "influence",
	.budget_frame = "40 000",
	.goals = "Minst 80 barn deltar.",
	.target_groups = "Barn 4–12 år (ålder: verkstäder på förskolor och "
	    "fritids); Vårdnadshavare",
	.methods = "Idéverkstad",
	.start = 20, .end = 60,
	.budget = "38 000",
	.process_owner = "Samhällsbyggnadsnämnden",
	.process_leader = "Karin Ek, landskapsarkitekt",
	.deadline = 120,
},
};

const size_t demo_nspecs = sizeof demo_specs / sizeof demo_specs[0];
