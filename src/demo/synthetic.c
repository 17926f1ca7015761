/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * synthetic.c: a register of any size for benchmarks. Dialogues are
 * spread over the lifecycle (proposed 10 %, decided 10 %, planned 10 %,
 * running 15 %, reported 15 %, fed back 15 %, evaluated 15 %, rejected
 * 5 %, cancelled 5 %) with the fields their state's guard asks for, so
 * every record is one a user could have made. For speed the values are
 * put in canonical form (no parsing) and each dialogue is stored once in
 * its final state (store_dialogue_create), followed by its sessions (1-3
 * once running), contributions (10-71 once running, one change) and
 * feedback. Only the fields the
 * guards ask for, and a few every record has, are filled: each field is
 * also a history row. A fixed seed makes the register the same for the
 * same n and today. One bulk transaction.
 */
#include "config.h"

#include "demo.h"

#include <stdio.h>
#include <string.h>

#include "demo-int.h"
#include "i18n.h"

struct gen {
	struct store		*st;
	long			 today;
	const char		*who;
	struct dlg_error	*err;
	struct dlg_settings	 settings;
	/* Built-in methods by ladder step, borrowed from the catalogue. */
	struct dlg_methods	 methods;
	const char		*by_step[DLG_NLEVELS + 1][8];
	int			 n_by_step[DLG_NLEVELS + 1];
	unsigned long long	 rng;
};

static const char *const bodies[] = {
	"Kommunstyrelsen", "Barn- och utbildningsnämnden",
	"Kultur- och fritidsnämnden", "Samhällsbyggnadsnämnden",
	"Socialnämnden", "Miljö- och hälsoskyddsnämnden",
	"Demokratiberedningen", "Strömsbybostäder AB:s styrelse",
};
#define NBODIES (sizeof bodies / sizeof bodies[0])

static const char *const people[] = {
	"Anna Berg", "Per Åström", "Maria Öberg", "Ahmed Karimi",
	"Eva Dahl", "Mikael Strand", "Ingrid Åkesson", "Helena Björk",
	"Lars Holm", "Erik Lundqvist", "Karin Ek", "Sven Ahlgren",
	"Fatima Yusuf", "Johan Sjöberg", "Leila Hassan", "Gunnar Ljung",
};
#define NPEOPLE (sizeof people / sizeof people[0])

static const char *const topics[] = {
	"Lekplatsen", "Skolan", "Parken", "Biblioteket", "Cykelvägen",
	"Förskolan", "Badplatsen", "Fritidsgården", "Mötesplatsen för äldre",
	"Torget", "Hamnen", "Idrottshallen", "Busslinjen", "Belysningen",
	"Simhallen", "Kulturhuset", "Utegymmet", "Gångvägen",
	"Återvinningsstationen", "Ungdomens hus",
};
#define NTOPICS (sizeof topics / sizeof topics[0])

static const char *const places[] = {
	"Strömsby centrum", "Ängsvik", "Sjöhagen", "Björkås", "Lillfors",
	"Norrvik", "Kvarnbäcken", "Lövsta", "Åkerby", "Norra hamnen",
	"Vikskogen", "Tegelbruket", "Östra Strömsby", "Bergsäter",
	"Älvnäs", "Höjden",
};
#define NPLACES (sizeof places / sizeof places[0])

static const char *const aspects[] = {
	"utformning", "placering", "öppettider", "trygghet",
	"tillgänglighet", "prioriteringar", "namn", "framtid", "skötsel",
	"trafiksäkerhet",
};
#define NASPECTS (sizeof aspects / sizeof aspects[0])

static const char *const groups[] = {
	"Unga 13–19 år", "Barnfamiljer", "Äldre över 65 år",
	"Personer med funktionsnedsättning", "Företagare",
	"Nyanlända", "Boende i området", "Föreningar",
};
static const char *const group_notes[] = {
	"ålder: inbjudan via skolorna", NULL, "tillgänglighet: hörslinga",
	"tillgänglighet: anpassad lokal", NULL,
	"språk: tolk på arabiska och somaliska", NULL, NULL,
};
#define NGROUPS (sizeof groups / sizeof groups[0])

static const char *const channels[] = {
	"meeting", "web", "letter", "email", "survey",
};

static const char *const opinions[] = {
	"Det behövs bättre belysning på kvällarna.",
	"Tänk på dem som har rullstol eller rollator.",
	"Fler sittplatser och mer grönska, tack.",
	"Låt barnen vara med och bestämma.",
	"Öppettiderna passar inte oss som pendlar.",
	"Trafiken är för snabb här, det är farligt för barnen.",
	"Bra initiativ! Informera mer på fler språk.",
	"Spara pengar på annat än det här.",
	"Behåll det gamla, det har ett kulturvärde.",
	"Samarbeta med föreningarna, de vet vad som behövs.",
};
#define NOPINIONS (sizeof opinions / sizeof opinions[0])

/* xorshift64*: small, fast and the same everywhere. */
static unsigned long
rnd(struct gen *g, unsigned long n)
{
	g->rng ^= g->rng >> 12;
	g->rng ^= g->rng << 25;
	g->rng ^= g->rng >> 27;
	return (unsigned long)((g->rng * 2685821657736338717ULL) >> 33) % n;
}

/* A whole number in [lo, hi]. */
static long
between(struct gen *g, long lo, long hi)
{
	return lo + (long)rnd(g, (unsigned long)(hi - lo + 1));
}

static void
put_day(struct gen *g, struct dialogue *d, enum dlg_field f, long day)
{
	char buf[16];

	dlg_date_format(g->today + day, buf, sizeof buf);
	dlg_put(d, f, buf);
}

static void
put_long(struct dialogue *d, enum dlg_field f, long v)
{
	char buf[32];

	snprintf(buf, sizeof buf, "%ld", v);
	dlg_put(d, f, buf);
}

/* The state of the i-th dialogue: a fixed spread over the lifecycle. */
static enum dlg_state
pick_state(struct gen *g)
{
	static const enum dlg_state spread[20] = {
		DLG_PROPOSED, DLG_PROPOSED, DLG_DECIDED, DLG_DECIDED,
		DLG_PLANNED, DLG_PLANNED, DLG_RUNNING, DLG_RUNNING,
		DLG_RUNNING, DLG_REPORTED, DLG_REPORTED, DLG_REPORTED,
		DLG_FED_BACK, DLG_FED_BACK, DLG_FED_BACK, DLG_EVALUATED,
		DLG_EVALUATED, DLG_EVALUATED, DLG_REJECTED, DLG_CANCELLED,
	};

	return spread[rnd(g, 20)];
}

/* Days of the dialogue's life, relative to today, consistent with its
 * state: decision < start <= end < deadline; results after the end. */
struct timeline {
	long	decision, start, end, deadline;
	long	result, report, feedback, evaluation;
};

static void
make_timeline(struct gen *g, enum dlg_state reach, struct timeline *t)
{
	long age;

	switch (reach) {
	case DLG_PROPOSED:
	case DLG_DECIDED:
		t->decision = -between(g, 3, 90);
		t->start = between(g, 20, 120);
		t->end = t->start + between(g, 20, 90);
		break;
	case DLG_PLANNED:
		t->decision = -between(g, 20, 120);
		t->start = between(g, 5, 60);
		t->end = t->start + between(g, 20, 90);
		break;
	case DLG_RUNNING:
		t->start = -between(g, 5, 90);
		t->end = t->start + between(g, 30, 120);
		t->decision = t->start - between(g, 20, 90);
		break;
	default:
		/* Finished: old enough for its last step to be past. */
		age = reach == DLG_REPORTED ? between(g, 45, 400) :
		    reach == DLG_FED_BACK ? between(g, 90, 700) :
		    between(g, 330, 1100);
		t->end = -age;
		t->start = t->end - between(g, 20, 90);
		t->decision = t->start - between(g, 20, 90);
		break;
	}
	t->deadline = t->end + between(g, 10, 120);
	t->result = t->end + between(g, 3, 15);
	t->report = t->result + between(g, 3, 20);
	t->feedback = t->report + between(g, 5, 35);
	t->evaluation = t->feedback + between(g, 60, 200);
}

static void
fill_proposed(struct gen *g, struct dialogue *d, long i, int *council)
{
	char buf[512];
	const char *topic = topics[rnd(g, NTOPICS)];
	const char *place = places[rnd(g, NPLACES)];
	const char *aspect = aspects[rnd(g, NASPECTS)];
	size_t b1 = rnd(g, NBODIES);

	snprintf(buf, sizeof buf, "KS %ld/%04ld", 2020 + i % 7, i % 10000);
	dlg_put(d, F_CASE_NUMBER, buf);
	snprintf(buf, sizeof buf, "%s i %s: %s", topic, place, aspect);
	dlg_put(d, F_TITLE, buf);
	snprintf(buf, sizeof buf, "Vad är viktigast för dig när det gäller "
	    "%s för %s i %s?", aspect, topic, place);
	dlg_put(d, F_QUESTION, buf);
	snprintf(buf, sizeof buf, "%s, %s", people[rnd(g, NPEOPLE)],
	    bodies[b1]);
	dlg_put(d, F_INITIATED_BY, buf);
	dlg_items_add(dlg_list_mut(d, F_BODIES), bodies[b1], NULL, 0);
	*council = 0;
	if (rnd(g, 7) == 0) {
		/* [T5] two bodies concerned: the council decides. */
		dlg_items_add(dlg_list_mut(d, F_BODIES),
		    bodies[(b1 + 1 + rnd(g, NBODIES - 1)) % NBODIES], NULL, 0);
		*council = 1;
	}
	dlg_put(d, F_SENDER, bodies[b1]);
}

static void
fill_decided(struct gen *g, struct dialogue *d, const struct timeline *t,
    int level)
{
	const char *body = dlg_get(d, F_SENDER);

	dlg_put(d, F_NEED_VIEWS, "yes");
	dlg_put(d, F_NEED_VIEWS_BY, body);
	dlg_put(d, F_OPEN_TO_INFLUENCE, "yes");
	dlg_put(d, F_OPEN_TO_INFLUENCE_BY, body);
	dlg_put(d, F_PURPOSE, "Ta tillvara invånarnas kunskap och "
	    "värderingar inför beslutet.");
	dlg_put(d, F_LEVEL, dlg_level_token(level));
	dlg_put(d, F_DECISION_BODY, dlg_deciding_body(d, &g->settings));
	put_day(g, d, F_DECISION_DATE, t->decision);
	put_long(d, F_BUDGET_FRAME, between(g, 2, 40) * 5000);
	/* [S:Roller] the body decides the time plan that is then planned. */
	put_day(g, d, F_DECIDED_START, t->start);
	put_day(g, d, F_DECIDED_END, t->end);
	{
		char buf[16];

		snprintf(buf, sizeof buf, "§ %ld", between(g, 1, 180));
		dlg_put(d, F_DECISION_PARAGRAPH, buf);
	}
}

static void
fill_planned(struct gen *g, struct dialogue *d, const struct timeline *t,
    int level)
{
	size_t k, n = 1 + rnd(g, 2);

	dlg_put(d, F_GOALS, "Minst 100 deltagare från alla målgrupper.");
	for (k = 0; k < n; k++) {
		size_t gi = rnd(g, NGROUPS);

		dlg_items_add(dlg_list_mut(d, F_TARGET_GROUPS), groups[gi],
		    group_notes[gi], 0);
	}
	if (g->n_by_step[level] > 0)
		dlg_items_add(dlg_list_mut(d, F_METHODS),
		    g->by_step[level][rnd(g, (unsigned long)
		    g->n_by_step[level])], NULL, level);
	put_day(g, d, F_PLANNED_START, t->start);
	put_day(g, d, F_PLANNED_END, t->end);
	put_day(g, d, F_DECISION_DEADLINE, t->deadline);
	put_long(d, F_BUDGET, between(g, 2, 40) * 5000);
	dlg_put(d, F_FINANCING, "Förvaltningens driftbudget.");
	dlg_put(d, F_RESPONSIBILITIES, "Processledaren planerar och "
	    "dokumenterar; nämndsekreteraren redovisar; "
	    "kommunikationsenheten återkopplar.");
	dlg_put(d, F_PROCESS_OWNER, dlg_get(d, F_SENDER));
	dlg_put(d, F_PROCESS_LEADER, people[rnd(g, NPEOPLE)]);
	/* [T5] the officials' tasks, as the responsibilities say. */
	dlg_put(d, F_RESPONSIBLE_PLANNING, dlg_get(d, F_PROCESS_LEADER));
	dlg_put(d, F_RESPONSIBLE_CONDUCT, dlg_get(d, F_PROCESS_LEADER));
	dlg_put(d, F_RESPONSIBLE_DOCUMENTATION, dlg_get(d, F_PROCESS_LEADER));
	dlg_put(d, F_RESPONSIBLE_PROCESSING, "Nämndsekreteraren");
	dlg_put(d, F_RESPONSIBLE_FEEDBACK, "Kommunikationsenheten");
	dlg_put(d, F_RESPONSIBLE_EVALUATION, dlg_get(d, F_PROCESS_LEADER));
	dlg_put(d, F_COMMUNICATION_PLAN, "Webb, sociala medier och affischer.");
	dlg_put(d, F_DOCUMENTATION_PLAN, "Anteckningar förs in i registret.");
	dlg_put(d, F_FEEDBACK_PLAN, "Sammanställning på webben inom fyra "
	    "veckor.");
	dlg_put(d, F_EVALUATION_PLAN, "Deltagarenkät och utvärdering mot "
	    "målen.");
}

static void
fill_running(struct gen *g, struct dialogue *d, const struct timeline *t)
{
	dlg_items_add(dlg_list_mut(d, F_POLITICIANS), people[rnd(g, NPEOPLE)],
	    dlg_get(d, F_SENDER), 0);
	dlg_put(d, F_RESULT_USE, "Resultatet redovisas i beslutsunderlaget.");
	dlg_put(d, F_PARTICIPANTS_INFORMED, "yes");
	put_day(g, d, F_PARTIES_INVITED, t->start - 10);
}

/* Sentences a contribution is made of: an opinion, often a reason, now
 * and then a wish and a closing word, so lengths vary as in real ones
 * (from a line to a paragraph). */
static const char *const reasons[] = {
	"Jag går här varje dag med barnen och det känns otryggt när det är "
	"mörkt.",
	"Vi är många som har sagt det här i flera år utan att något händer.",
	"Min mamma är 84 år och kommer inte fram med sin rollator.",
	"Det är långt till närmaste alternativ och bussen går sällan.",
	"Ungdomarna behöver en plats att vara på som inte kostar pengar.",
	"Föreningen har lagt ner mycket ideellt arbete här.",
	"Det har blivit mycket bättre sedan förra året, tack för det.",
	"På helgerna är det fullt och på vardagarna står det tomt.",
	"Många i området pratar inte svenska och missar informationen.",
	"Vintertid plogas det för sent och gruset ligger kvar till maj.",
	"Barnen i förskolan brukar gå hit på utflykt.",
	"Jag har bott här i trettio år och sett området förändras.",
};
#define NREASONS (sizeof reasons / sizeof reasons[0])

static const char *const wishes[] = {
	"Sätt upp fler lampor längs gångvägen.",
	"Gör en ramp vid entrén och bredda dörrarna.",
	"Fråga skolorna, eleverna har många idéer.",
	"Flytta containrarna närmare vägen.",
	"Ha öppet till klockan 21 åtminstone två kvällar i veckan.",
	"Plantera träd som ger skugga på sommaren.",
	"Lägg informationen på flera språk och i brevlådan, inte bara på "
	"webben.",
	"Sänk hastigheten till 30 km/h förbi skolan.",
};
#define NWISHES (sizeof wishes / sizeof wishes[0])

static const char *const closings[] = {
	"Tack för att ni frågar!", "Hör gärna av er om ni vill veta mer.",
	"Hoppas att ni lyssnar den här gången.", "Mvh en granne.",
};
#define NCLOSINGS (sizeof closings / sizeof closings[0])

static const char *const themes[] = {
	"trygghet", "tillgänglighet", "belysning", "trafik", "grönska",
	"öppettider", "information", "ekonomi", "kulturvärde", "barn och unga",
};
#define NTHEMES (sizeof themes / sizeof themes[0])

/* Contributions per dialogue with sessions: 10 to 71, 40.5 on average,
 * about 5 000 000 at 200 000 dialogues. */
#define CONTRIB_MIN	10
#define CONTRIB_MAX	71

static char *
make_text(struct gen *g)
{
	struct strbuf sb;
	unsigned long shape = rnd(g, 10);

	sb_init(&sb);
	sb_add(&sb, opinions[rnd(g, NOPINIONS)]);
	if (shape >= 4) {
		sb_addc(&sb, ' ');
		sb_add(&sb, reasons[rnd(g, NREASONS)]);
	}
	if (shape >= 7) {
		sb_addc(&sb, ' ');
		sb_add(&sb, wishes[rnd(g, NWISHES)]);
	}
	if (shape >= 9) {
		sb_addc(&sb, ' ');
		sb_add(&sb, reasons[rnd(g, NREASONS)]);
		sb_addc(&sb, ' ');
		sb_add(&sb, closings[rnd(g, NCLOSINGS)]);
	}
	return sb_detach(&sb);
}

static int
add_children(struct gen *g, struct dialogue *d, const struct timeline *t,
    enum dlg_state state, enum dlg_state reach)
{
	struct dlg_contribution c[CONTRIB_MAX];
	long last = t->end < 0 ? t->end : 0;
	long k, ns = between(g, 1, 3), nc;
	long long sid[3] = { 0 };
	char date[16];
	int rc;

	for (k = 0; k < ns; k++) {
		struct dlg_session s = { 0 };

		dlg_date_format(g->today + between(g, t->start < last ?
		    t->start : last, last), date, sizeof date);
		s.date = xstrdup(date);
		s.place = xstrdup(places[rnd(g, NPLACES)]);
		s.participants = between(g, 5, 120);
		s.politicians = xasprintf("%s (%s)", people[rnd(g, NPEOPLE)],
		    dlg_get(d, F_SENDER));
		rc = store_session_add(g->st, d->ref, &s, g->who, g->err);
		sid[k] = s.id;
		dlg_session_clear(&s);
		if (rc == -1)
			return -1;
	}
	nc = between(g, CONTRIB_MIN, CONTRIB_MAX);
	memset(c, 0, sizeof c);
	for (k = 0; k < nc; k++) {
		/* Half said at a session, the rest sent in. */
		c[k].session_id = rnd(g, 2) ? sid[rnd(g, (unsigned long)ns)] :
		    0;
		c[k].channel = xstrdup(channels[c[k].session_id ? 0 :
		    1 + rnd(g, 4)]);
		c[k].text = make_text(g);
		if (rnd(g, 3) == 0)
			c[k].themes = rnd(g, 2) ? xstrdup(themes[rnd(g,
			    NTHEMES)]) : xasprintf("%s, %s", themes[rnd(g,
			    NTHEMES)], themes[rnd(g, NTHEMES)]);
	}
	rc = store_contributions_add(g->st, d->ref, c, (size_t)nc, g->who,
	    g->err);
	for (k = 0; k < nc; k++)
		dlg_contribution_clear(&c[k]);
	if (rc == -1)
		return -1;
	if (reach >= DLG_FED_BACK && state != DLG_CANCELLED) {
		struct dlg_feedback f = { 0 };

		dlg_date_format(g->today + t->feedback, date, sizeof date);
		f.date = xstrdup(date);
		f.sender = xstrdup(dlg_get(d, F_SENDER));
		f.channels = xstrdup("webb, brev");
		f.text = xstrdup("Så här blev resultatet och så här används "
		    "det i beslutet.");
		rc = store_feedback_add(g->st, d->ref, &f, g->who, g->err);
		dlg_feedback_clear(&f);
		if (rc == -1)
			return -1;
	}
	return 0;
}

static int
make_one(struct gen *g, long i)
{
	struct dialogue *d = dlg_new();
	struct timeline t;
	enum dlg_state state = pick_state(g), reach = state;
	int council, level = 2 + (int)rnd(g, 4), rc = -1;

	if (state == DLG_REJECTED)
		reach = DLG_PROPOSED;
	else if (state == DLG_CANCELLED)
		reach = (enum dlg_state)(DLG_DECIDED + rnd(g, 3));
	make_timeline(g, reach, &t);

	fill_proposed(g, d, i, &council);
	if (reach >= DLG_DECIDED)
		fill_decided(g, d, &t, level);
	if (reach >= DLG_PLANNED)
		fill_planned(g, d, &t, level);
	if (reach >= DLG_RUNNING)
		fill_running(g, d, &t);
	if (reach >= DLG_REPORTED) {
		dlg_put(d, F_RESULT_SUMMARY, "Deltagarna prioriterade "
		    "trygghet och tillgänglighet.");
		put_day(g, d, F_RESULT_DATE, t.result);
		dlg_put(d, F_REPORT_REFERENCE, "Tjänsteskrivelse, bilaga 1");
		put_day(g, d, F_REPORT_DATE, t.report);
	}
	if (reach >= DLG_EVALUATED) {
		static const char *const infl[] = {
			"yes", "partly", "no", "unknown",
		};

		put_day(g, d, F_EVALUATION_DATE, t.evaluation);
		dlg_put(d, F_INFLUENCE, infl[rnd(g, 4)]);
		dlg_put(d, F_GOALS_MET, "Målen nåddes delvis.");
	}
	if (state == DLG_REJECTED)
		dlg_put(d, F_STATE_REASON, "Frågan går inte längre att "
		    "påverka.");
	else if (state == DLG_CANCELLED) {
		dlg_put(d, F_STATE_REASON, "Frågan har fallit bort.");
		if (reach == DLG_RUNNING)
			dlg_put(d, F_NOT_REPORTED_REASON, "Det finns inget "
			    "beslut att redovisa resultatet i.");
	}
	d->state = state;

	if (store_dialogue_create(g->st, d, g->today, g->who, g->err) == -1)
		goto out;
	if (reach >= DLG_RUNNING && add_children(g, d, &t, state, reach) == -1)
		goto out;
	rc = 0;
out:
	dlg_free(d);
	return rc;
}

/* Borrow the catalogue's methods by step, a few per step. */
static void
index_methods(struct gen *g)
{
	size_t i;

	for (i = 0; i < g->methods.n; i++) {
		int s = g->methods.v[i].step;

		if (s >= 1 && s <= DLG_NLEVELS && g->n_by_step[s] < 8)
			g->by_step[s][g->n_by_step[s]++] =
			    g->methods.v[i].name;
	}
}

int
demo_build_synthetic(struct store *st, long n, long today, const char *who,
    struct dlg_error *err)
{
	struct gen g;
	long i;
	int rc = -1;

	if (n < 0)
		return err_set(err, ERR_USAGE, _("the demo size must be 0 or "
		    "more, not %ld"), n);
	if (demo_require_empty(st, err) == -1)
		return -1;
	memset(&g, 0, sizeof g);
	g.st = st;
	g.today = today;
	g.who = who;
	g.err = err;
	g.rng = 0x9E3779B97F4A7C15ULL;

	if (store_bulk_begin_fresh(st, err) == -1)
		return -1;
	if (store_setting_set(st, "municipality", demo_municipality, who,
	    err) == -1 ||
	    store_settings_load(st, &g.settings, err) == -1 ||
	    store_methods_load(st, &g.methods, err) == -1)
		goto out;
	index_methods(&g);
	for (i = 0; i < n; i++)
		if (make_one(&g, i) == -1)
			goto out;
	if (store_bulk_commit(st, err) == -1)
		goto out;
	rc = 0;
out:
	if (rc == -1)
		store_bulk_rollback(st);
	dlg_settings_clear(&g.settings);
	dlg_methods_clear(&g.methods);
	return rc;
}
