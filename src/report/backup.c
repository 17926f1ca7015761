/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * backup.c: the register as one JSON document and back. Writing puts out
 * what is stored, nothing derived and nothing that depends on the day,
 * keys and records in a fixed order, so that the same register always
 * gives the same bytes (export, import into a new register, export again:
 * identical). Reading checks the document's whole structure first (every
 * key known, of its type, nothing missing) and hands each record to a
 * sink; where a record is refused, the message names its line and column.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report.h"
#include "util.h"
#include "report-int.h"

#define BACKUP_FORMAT	"dialogreg-backup"
#define BACKUP_VERSION	1

/* The record arrays, in the order they are written. */
enum section { SEC_SETTINGS, SEC_METHODS, SEC_BODIES, SEC_DIALOGUES,
	SEC_HISTORY, SEC_IMPORTS, SEC_N };
static const char *const section_key[SEC_N] = {
	"settings", "methods", "bodies", "dialogues", "history", "imports",
};

struct report_backup {
	struct rjson	 j;
	int		 cur;		/* the open section, -1 none yet */
	int		 without_contact;
};

struct report_backup *
report_backup_begin(FILE *fp, int without_contact)
{
	struct report_backup *b = xcalloc(1, sizeof *b);

	rj_init(&b->j, fp, 1);
	b->cur = -1;
	b->without_contact = without_contact;
	rj_open(&b->j, NULL, 0);
	rj_str(&b->j, "format", BACKUP_FORMAT);
	rj_int(&b->j, "format_version", BACKUP_VERSION);
	rj_bool(&b->j, "without_contact", without_contact);
	return b;
}

/* Close the open section and open the ones up to s (empty ones too). */
static void
goto_section(struct report_backup *b, int s)
{
	while (b->cur < s) {
		if (b->cur >= 0)
			rj_close(&b->j, 1);
		b->cur++;
		rj_open(&b->j, section_key[b->cur], 1);
	}
}

void
report_backup_identity(struct report_backup *b, const char *uid)
{
	if (b->cur < 0 && uid != NULL)
		rj_str(&b->j, "register_uid", uid);
}

void
report_backup_setting(struct report_backup *b, const char *key,
    const char *value)
{
	goto_section(b, SEC_SETTINGS);
	rj_open(&b->j, NULL, 0);
	rj_str(&b->j, "key", key);
	rj_str(&b->j, "value", value);
	rj_close(&b->j, 0);
}

void
report_backup_method(struct report_backup *b, const char *name, int step)
{
	goto_section(b, SEC_METHODS);
	rj_open(&b->j, NULL, 0);
	rj_str(&b->j, "name", name);
	rj_int(&b->j, "step", step);
	rj_close(&b->j, 0);
}

void
report_backup_body(struct report_backup *b, const struct dlg_body *body)
{
	goto_section(b, SEC_BODIES);
	rj_open(&b->j, NULL, 0);
	rj_str(&b->j, "name", body->name);
	rj_str(&b->j, "abbrev", body->abbrev);
	rj_str(&b->j, "kind", dlg_body_kind_token(body->kind));
	rj_bool(&b->j, "political", body->political);
	rj_close(&b->j, 0);
}

static void
int_or_null(struct rjson *j, const char *key, long long v, long long none)
{
	if (v == none)
		rj_null(j, key);
	else
		rj_int(j, key, v);
}

/*
 * A child record as an object: "id", then its fields keyed by their
 * storage columns (dlg_child_column) exactly as held, numbers with none
 * as null; personal data null when without_contact; for contributions
 * then contact_erased and created.
 */
static void
child_json(struct rjson *j, enum dlg_child k, const void *rec, long long id,
    int without_contact)
{
	const struct dlg_child_def *def = &dlg_children[k];
	const struct dlg_child_field *cf;
	const struct dlg_contribution *c = rec;
	size_t i;

	rj_open(j, NULL, 0);
	rj_int(j, "id", id);
	for (i = 0; i < def->nfields; i++) {
		cf = &def->fields[i];
		if (cf->type == FT_COUNT || cf->type == FT_SESSION)
			int_or_null(j, dlg_child_column(cf),
			    dlg_child_number(cf, rec),
			    cf->type == FT_COUNT ? -1 : 0);
		else
			rj_str(j, dlg_child_column(cf),
			    without_contact && (cf->flags & DLG_CF_PERSONAL) ?
			    NULL : dlg_child_raw(cf, rec));
	}
	if (k == DLG_CHILD_CONTRIBUTION) {
		rj_bool(j, "contact_erased", c->contact_erased);
		rj_str(j, "created", c->created);
	}
	rj_close(j, 0);
}

void
report_backup_dialogue(struct report_backup *b, const struct dialogue *d,
    const struct dlg_contribution *c, size_t n)
{
	struct rjson *j = &b->j;
	const struct dlg_items *l;
	size_t i;
	int f;

	goto_section(b, SEC_DIALOGUES);
	rj_open(j, NULL, 0);
	rj_int(j, "id", d->id);
	rj_str(j, "reference", d->ref);
	rj_str(j, "state", dlg_state_token(d->state));
	rj_int(j, "version", d->version);
	rj_str(j, "created", d->created);
	rj_str(j, "updated", d->updated);
	rj_str(j, "updated_by", d->updated_by);
	for (f = 0; f < DLG_NSCALARS; f++)
		rj_str(j, dlg_fields[f].name, d->val[f]);
	for (f = DLG_NSCALARS; f < DLG_NFIELDS; f++) {
		l = &d->list[f - DLG_NSCALARS];
		rj_open(j, dlg_fields[f].name, 1);
		for (i = 0; i < l->n; i++) {
			rj_open(j, NULL, 0);
			rj_str(j, "name", l->v[i].name);
			rj_str(j, "note", l->v[i].note);
			rj_int(j, "step", l->v[i].step);
			rj_close(j, 0);
		}
		rj_close(j, 1);
	}
	rj_open(j, "sessions", 1);
	for (i = 0; i < d->nsessions; i++)
		child_json(j, DLG_CHILD_SESSION, &d->sessions[i],
		    d->sessions[i].id, 0);
	rj_close(j, 1);
	rj_open(j, "feedback", 1);
	for (i = 0; i < d->nfeedback; i++)
		child_json(j, DLG_CHILD_FEEDBACK, &d->feedback[i],
		    d->feedback[i].id, 0);
	rj_close(j, 1);
	rj_open(j, "contributions", 1);
	for (i = 0; i < n; i++)
		child_json(j, DLG_CHILD_CONTRIBUTION, &c[i], c[i].id,
		    b->without_contact);
	rj_close(j, 1);
	rj_close(j, 0);
}

void
report_backup_history(struct report_backup *b,
    const struct report_history_row *h)
{
	struct rjson *j = &b->j;

	goto_section(b, SEC_HISTORY);
	rj_open(j, NULL, 0);
	rj_int(j, "id", h->id);
	rj_str(j, "reference", h->ref);
	int_or_null(j, "version", h->version, 0);
	rj_str(j, "at", h->at);
	rj_str(j, "who", h->who);
	rj_str(j, "field", h->field);
	rj_str(j, "old_value", h->old_value);
	rj_str(j, "new_value", h->new_value);
	rj_str(j, "reason", h->reason);
	rj_close(j, 0);
}

void
report_backup_import(struct report_backup *b,
    const struct report_import_row *im)
{
	struct rjson *j = &b->j;

	goto_section(b, SEC_IMPORTS);
	rj_open(j, NULL, 0);
	rj_int(j, "id", im->id);
	rj_str(j, "reference", im->ref);
	rj_str(j, "digest", im->digest);
	rj_str(j, "file_name", im->file_name);
	rj_int(j, "rows", im->rows);
	rj_str(j, "at", im->at);
	rj_str(j, "who", im->who);
	rj_close(j, 0);
}

void
report_backup_end(struct report_backup *b)
{
	goto_section(b, SEC_IMPORTS);
	rj_close(&b->j, 1);
	rj_close(&b->j, 0);
	free(b);
}

/* ------------------------------------------------------------ reading */

static int DLG_PRINTF(3, 4)
at(struct dlg_error *err, const struct report_jv *v, const char *fmt, ...)
{
	struct strbuf sb;
	va_list ap;

	sb_init(&sb);
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	err_set(err, ERR_REFUSED, _("line %ld, column %ld: %s"), v->line,
	    v->col, sb.buf);
	sb_release(&sb);
	return -1;
}

/* o is an object holding no key but keys (NULL-terminated; some may be
 * missing). */
static int
keys_only(const struct report_jv *o, const char *const *keys,
    const char *what, struct dlg_error *err)
{
	const char *const *k;
	size_t i;

	if (o->type != JV_OBJECT)
		return at(err, o, _("%s must be an object"), what);
	for (i = 0; i < o->n; i++) {
		for (k = keys; *k != NULL; k++)
			if (strcmp(*k, o->keys[i]) == 0)
				break;
		if (*k == NULL)
			return at(err, o->v[i], _("%s may not hold the key '%s'"), what,
			    o->keys[i]);
	}
	return 0;
}

/* Every one of keys is in the object o. */
static int
keys_present(const struct report_jv *o, const char *const *keys,
    const char *what, struct dlg_error *err)
{
	const char *const *k;

	for (k = keys; *k != NULL; k++)
		if (report_jv_get(o, *k) == NULL)
			return at(err, o, _("%s lacks the key '%s'"), what, *k);
	return 0;
}

/* As keys_only, and every one of keys is there. */
static int
keys_exact(const struct report_jv *o, const char *const *keys,
    const char *what, struct dlg_error *err)
{
	if (keys_only(o, keys, what, err) != 0)
		return -1;
	return keys_present(o, keys, what, err);
}

/* A string or null member (NULL for null). */
static int
get_str(const struct report_jv *o, const char *key, const char **out,
    struct dlg_error *err)
{
	const struct report_jv *v = report_jv_get(o, key);

	*out = NULL;
	if (v == NULL)
		return at(err, o, _("the key '%s' is missing"), key);
	if (v->type == JV_NULL)
		return 0;
	if (v->type != JV_STRING)
		return at(err, v, _("'%s' must be a string or null"), key);
	*out = v->s;
	return 0;
}

/* A string member that must be there. */
static int
get_req(const struct report_jv *o, const char *key, const char **out,
    struct dlg_error *err)
{
	if (get_str(o, key, out, err) != 0)
		return -1;
	if (*out == NULL)
		return at(err, report_jv_get(o, key), _("'%s' must be a "
		    "string"), key);
	return 0;
}

/* An integer member; null gives none when nullable. */
static int
get_int(const struct report_jv *o, const char *key, long long *out,
    int nullable, long long none, struct dlg_error *err)
{
	const struct report_jv *v = report_jv_get(o, key);
	char *end;

	*out = none;
	if (v == NULL)
		return at(err, o, _("the key '%s' is missing"), key);
	if (v->type == JV_NULL && nullable)
		return 0;
	if (v->type != JV_NUMBER || strpbrk(v->s, ".eE") != NULL)
		return at(err, v, nullable ? _("'%s' must be a whole number or "
		    "null") : _("'%s' must be a whole number"), key);
	errno = 0;
	*out = strtoll(v->s, &end, 10);
	if (errno != 0 || *end != '\0')
		return at(err, v, _("'%s' is too large"), key);
	return 0;
}

static int
get_bool(const struct report_jv *o, const char *key, int *out,
    struct dlg_error *err)
{
	const struct report_jv *v = report_jv_get(o, key);

	*out = 0;
	if (v == NULL)
		return at(err, o, _("the key '%s' is missing"), key);
	if (v->type != JV_TRUE && v->type != JV_FALSE)
		return at(err, v, _("'%s' must be true or false"), key);
	*out = v->type == JV_TRUE;
	return 0;
}

static const struct report_jv *
get_array(const struct report_jv *o, const char *key, struct dlg_error *err)
{
	const struct report_jv *v = report_jv_get(o, key);

	if (v == NULL) {
		at(err, o, _("the key '%s' is missing"), key);
		return NULL;
	}
	if (v->type != JV_ARRAY) {
		at(err, v, _("'%s' must be an array"), key);
		return NULL;
	}
	return v;
}

/* A sink refused the record at v: its message gets v's place in front. */
static int
sink_failed(struct dlg_error *err, const struct report_jv *v)
{
	char msg[sizeof err->msg];
	enum dlg_errcode code = err->code != ERR_OK ? err->code : ERR_REFUSED;

	snprintf(msg, sizeof msg, "%s", err->msg);
	err_set(err, code, _("line %ld, column %ld: %s"), v->line, v->col,
	    msg);
	return -1;
}

static const char *const setting_keys[] = { "key", "value", NULL };
static const char *const method_keys[] = { "name", "step", NULL };
static const char *const body_keys[] = {
	"name", "abbrev", "kind", "political", NULL,
};
static const char *const item_keys[] = { "name", "note", "step", NULL };
static const char *const history_keys[] = {
	"id", "reference", "version", "at", "who", "field", "old_value",
	"new_value", "reason", NULL,
};
static const char *const import_keys[] = {
	"id", "reference", "digest", "file_name", "rows", "at", "who", NULL,
};
static const char *const root_keys[] = {
	"format", "format_version", "without_contact", "register_uid",
	"settings", "methods", "bodies", "dialogues", "history", "imports",
	NULL,
};
/* What a backup must hold: all but the bodies, which a backup made
 * before the list of bodies (schema 7) lacks, and the register's
 * identity (schema 9). */
static const char *const root_required[] = {
	"format", "format_version", "without_contact", "settings", "methods",
	"dialogues", "history", "imports", NULL,
};

/* The keys of a dialogue: fixed ones, every field, the children. */
static const char *const dialogue_fixed[] = {
	"id", "reference", "state", "version", "created", "updated",
	"updated_by", "sessions", "feedback", "contributions",
};
#define NFIXED	(sizeof dialogue_fixed / sizeof dialogue_fixed[0])

/* Every key known; every one there but those of fields a backup made
 * before them lacks (DLG_FF_LATER). */
static int
dialogue_keys(const struct report_jv *o, struct dlg_error *err)
{
	static const char *keys[NFIXED + DLG_NFIELDS + 1];
	static const char *need[NFIXED + DLG_NFIELDS + 1];
	size_t i, n = 0;

	for (i = 0; i < NFIXED; i++)
		keys[i] = need[n++] = dialogue_fixed[i];
	for (i = 0; i < DLG_NFIELDS; i++) {
		keys[NFIXED + i] = dlg_fields[i].name;
		if (!(dlg_fields[i].flags & DLG_FF_LATER))
			need[n++] = dlg_fields[i].name;
	}
	keys[NFIXED + DLG_NFIELDS] = NULL;
	need[n] = NULL;
	return keys_only(o, keys, _("a dialogue"), err) != 0 ? -1 :
	    keys_present(o, need, _("a dialogue"), err);
}

static char *
dup_or_null(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

static int
read_items(const struct report_jv *o, enum dlg_field f, struct dialogue *d,
    struct dlg_error *err)
{
	const struct report_jv *a, *it;
	const char *name, *note;
	long long step;
	size_t i;

	if ((a = get_array(o, dlg_fields[f].name, err)) == NULL)
		return -1;
	for (i = 0; i < a->n; i++) {
		it = a->v[i];
		if (keys_exact(it, item_keys, _("a list item"), err) != 0 ||
		    get_req(it, "name", &name, err) != 0 ||
		    get_str(it, "note", &note, err) != 0 ||
		    get_int(it, "step", &step, 0, 0, err) != 0)
			return -1;
		if (step < 0 || step > DLG_NLEVELS)
			return at(err, report_jv_get(it, "step"), _("'step' "
			    "must be 0 to 5"));
		dlg_items_add(dlg_list_mut(d, f), name, note, (int)step);
	}
	return 0;
}

/*
 * A child record of kind k from its object it into rec (an empty record
 * of the kind, which then owns what is read): no key but those that
 * child_json writes; text as it is (a required field there and not
 * null), numbers whole (null: none, nothing below none). A field that is
 * not required may be missing, as in a backup made before the field
 * existed: it is empty then. what names the object in messages.
 */
static int
read_child(const struct report_jv *it, enum dlg_child k, void *rec,
    long long *id, const char *what, struct dlg_error *err)
{
	const struct dlg_child_def *def = &dlg_children[k];
	const struct dlg_child_field *cf;
	struct dlg_contribution *c = rec;
	const char *keys[RREC_MAXCOLS + 4], *v;
	long long n, none;
	size_t i, nk = 0;

	keys[nk++] = "id";
	for (i = 0; i < def->nfields && nk < RREC_MAXCOLS; i++)
		keys[nk++] = dlg_child_column(&def->fields[i]);
	if (k == DLG_CHILD_CONTRIBUTION) {
		keys[nk++] = "contact_erased";
		keys[nk++] = "created";
	}
	keys[nk] = NULL;
	if (keys_only(it, keys, what, err) != 0 ||
	    get_int(it, "id", id, 0, 0, err) != 0)
		return -1;
	for (i = 0; i < def->nfields; i++) {
		cf = &def->fields[i];
		if (!(cf->flags & DLG_CF_REQUIRED) &&
		    report_jv_get(it, dlg_child_column(cf)) == NULL)
			continue;
		if (cf->type == FT_COUNT || cf->type == FT_SESSION) {
			none = cf->type == FT_COUNT ? -1 : 0;
			if (get_int(it, dlg_child_column(cf), &n, 1, none,
			    err) != 0)
				return -1;
			if (n < none)
				return at(err, report_jv_get(it,
				    dlg_child_column(cf)), _("'%s' cannot be "
				    "negative"), dlg_child_column(cf));
			dlg_child_put_number(cf, rec, n);
			continue;
		}
		if (((cf->flags & DLG_CF_REQUIRED) ? get_req : get_str)(it,
		    dlg_child_column(cf), &v, err) != 0)
			return -1;
		dlg_child_put_raw(cf, rec, v);
	}
	if (k == DLG_CHILD_CONTRIBUTION) {
		if (get_bool(it, "contact_erased", &c->contact_erased,
		    err) != 0 || get_req(it, "created", &v, err) != 0)
			return -1;
		c->created = xstrdup(v);
	}
	return 0;
}

static int
read_sessions(const struct report_jv *o, struct dialogue *d,
    struct dlg_error *err)
{
	const struct report_jv *a;
	struct dlg_session *s;
	size_t i;

	if ((a = get_array(o, "sessions", err)) == NULL)
		return -1;
	d->sessions = xcalloc(a->n + 1, sizeof *d->sessions);
	for (i = 0; i < a->n; i++) {
		s = &d->sessions[d->nsessions++];
		s->participants = -1;
		if (read_child(a->v[i], DLG_CHILD_SESSION, s, &s->id,
		    _("a session"), err) != 0)
			return -1;
	}
	return 0;
}

static int
read_feedback(const struct report_jv *o, struct dialogue *d,
    struct dlg_error *err)
{
	const struct report_jv *a;
	struct dlg_feedback *fb;
	size_t i;

	if ((a = get_array(o, "feedback", err)) == NULL)
		return -1;
	d->feedback = xcalloc(a->n + 1, sizeof *d->feedback);
	for (i = 0; i < a->n; i++) {
		fb = &d->feedback[d->nfeedback++];
		if (read_child(a->v[i], DLG_CHILD_FEEDBACK, fb, &fb->id,
		    _("a feedback"), err) != 0)
			return -1;
	}
	return 0;
}

/* A dialogue's object into a new dialogue. Caller frees. */
static int
read_dialogue(const struct report_jv *o, struct dialogue **out,
    struct dlg_error *err)
{
	struct dialogue *d;
	const char *ref, *state, *v[3], *val;
	int f, s;

	*out = NULL;
	if (dialogue_keys(o, err) != 0)
		return -1;
	d = dlg_new();
	if (get_int(o, "id", &d->id, 0, 0, err) != 0 ||
	    get_req(o, "reference", &ref, err) != 0 ||
	    get_req(o, "state", &state, err) != 0 ||
	    get_int(o, "version", &d->version, 0, 0, err) != 0 ||
	    get_req(o, "created", &v[0], err) != 0 ||
	    get_req(o, "updated", &v[1], err) != 0 ||
	    get_req(o, "updated_by", &v[2], err) != 0)
		goto fail;
	for (s = 0; s < DLG_NSTATES; s++)
		if (strcmp(state, dlg_state_token((enum dlg_state)s)) == 0)
			break;
	if (s == DLG_NSTATES) {
		at(err, report_jv_get(o, "state"), _("'%s' is not a state"),
		    state);
		goto fail;
	}
	d->state = (enum dlg_state)s;
	d->ref = xstrdup(ref);
	d->created = xstrdup(v[0]);
	d->updated = xstrdup(v[1]);
	d->updated_by = xstrdup(v[2]);
	for (f = 0; f < DLG_NSCALARS; f++) {
		if ((dlg_fields[f].flags & DLG_FF_LATER) &&
		    report_jv_get(o, dlg_fields[f].name) == NULL)
			continue;
		if (get_str(o, dlg_fields[f].name, &val, err) != 0)
			goto fail;
		free(d->val[f]);
		d->val[f] = dup_or_null(val);
	}
	for (f = DLG_NSCALARS; f < DLG_NFIELDS; f++)
		if (read_items(o, (enum dlg_field)f, d, err) != 0)
			goto fail;
	if (read_sessions(o, d, err) != 0 || read_feedback(o, d, err) != 0)
		goto fail;
	*out = d;
	return 0;
fail:
	dlg_free(d);
	return -1;
}

static int
read_contributions(const struct report_jv *o, const char *ref,
    const struct report_backup_sink *sink, void *arg, struct dlg_error *err)
{
	const struct report_jv *a, *it;
	struct dlg_contribution c;
	size_t i;
	int rc;

	if ((a = get_array(o, "contributions", err)) == NULL)
		return -1;
	for (i = 0; i < a->n; i++) {
		it = a->v[i];
		memset(&c, 0, sizeof c);
		if (read_child(it, DLG_CHILD_CONTRIBUTION, &c, &c.id,
		    _("a contribution"), err) != 0) {
			dlg_contribution_clear(&c);
			return -1;
		}
		err_clear(err);
		rc = sink->contribution(ref, &c, arg, err);
		dlg_contribution_clear(&c);
		if (rc != 0)
			return sink_failed(err, it);
	}
	return 0;
}

/* The register's identity; none in a backup made before it existed. */
static int
read_identity(const struct report_jv *root,
    const struct report_backup_sink *sink, void *arg, struct dlg_error *err)
{
	const char *uid;

	if (report_jv_get(root, "register_uid") == NULL)
		return 0;
	if (get_req(root, "register_uid", &uid, err) != 0)
		return -1;
	err_clear(err);
	if (sink->identity != NULL && sink->identity(uid, arg, err) != 0)
		return sink_failed(err, report_jv_get(root, "register_uid"));
	return 0;
}

static int
read_settings(const struct report_jv *root,
    const struct report_backup_sink *sink, void *arg, struct dlg_error *err)
{
	const struct report_jv *a, *it;
	const char *key, *value;
	long long step;
	size_t i;

	if ((a = get_array(root, "settings", err)) == NULL)
		return -1;
	for (i = 0; i < a->n; i++) {
		it = a->v[i];
		if (keys_exact(it, setting_keys, _("a setting"), err) != 0 ||
		    get_req(it, "key", &key, err) != 0 ||
		    get_req(it, "value", &value, err) != 0)
			return -1;
		err_clear(err);
		if (sink->setting(key, value, arg, err) != 0)
			return sink_failed(err, it);
	}
	if ((a = get_array(root, "methods", err)) == NULL)
		return -1;
	for (i = 0; i < a->n; i++) {
		it = a->v[i];
		if (keys_exact(it, method_keys, _("a method"), err) != 0 ||
		    get_req(it, "name", &key, err) != 0 ||
		    get_int(it, "step", &step, 0, 0, err) != 0)
			return -1;
		if (step < 1 || step > DLG_NLEVELS)
			return at(err, report_jv_get(it, "step"), _("'step' "
			    "must be 1 to 5"));
		err_clear(err);
		if (sink->method(key, (int)step, arg, err) != 0)
			return sink_failed(err, it);
	}
	return 0;
}

/* The list of bodies; none in a backup made before it existed. */
static int
read_bodies(const struct report_jv *root,
    const struct report_backup_sink *sink, void *arg, struct dlg_error *err)
{
	const struct report_jv *a, *it;
	const char *name, *abbrev, *kind;
	struct dlg_body b;
	size_t i;
	int k;

	if (report_jv_get(root, "bodies") == NULL)
		return 0;
	if ((a = get_array(root, "bodies", err)) == NULL)
		return -1;
	for (i = 0; i < a->n; i++) {
		it = a->v[i];
		memset(&b, 0, sizeof b);
		if (keys_exact(it, body_keys, _("a body"), err) != 0 ||
		    get_req(it, "name", &name, err) != 0 ||
		    get_str(it, "abbrev", &abbrev, err) != 0 ||
		    get_req(it, "kind", &kind, err) != 0 ||
		    get_bool(it, "political", &b.political, err) != 0)
			return -1;
		if ((k = dlg_body_kind_from_token(kind)) < 0)
			return at(err, report_jv_get(it, "kind"), _("'%s' is "
			    "not a kind of body"), kind);
		/* Borrowed for the sink's call only. */
		b.name = (char *)name;
		b.abbrev = (char *)abbrev;
		b.kind = (enum dlg_body_kind)k;
		err_clear(err);
		if (sink->body != NULL && sink->body(&b, arg, err) != 0)
			return sink_failed(err, it);
	}
	return 0;
}

static int
read_dialogues(const struct report_jv *root,
    const struct report_backup_sink *sink, void *arg, struct dlg_error *err)
{
	const struct report_jv *a, *it;
	struct dialogue *d;
	size_t i;
	int rc;

	if ((a = get_array(root, "dialogues", err)) == NULL)
		return -1;
	for (i = 0; i < a->n; i++) {
		it = a->v[i];
		if (read_dialogue(it, &d, err) != 0)
			return -1;
		err_clear(err);
		rc = sink->dialogue(d, arg, err);
		if (rc == 0)
			rc = read_contributions(it, d->ref, sink, arg, err);
		else
			sink_failed(err, it);
		dlg_free(d);
		if (rc != 0)
			return -1;
	}
	return 0;
}

static int
read_history(const struct report_jv *root,
    const struct report_backup_sink *sink, void *arg, struct dlg_error *err)
{
	const struct report_jv *a, *it;
	struct report_history_row h;
	struct report_import_row im;
	size_t i;

	if ((a = get_array(root, "history", err)) == NULL)
		return -1;
	for (i = 0; i < a->n; i++) {
		it = a->v[i];
		memset(&h, 0, sizeof h);
		if (keys_exact(it, history_keys, _("a history row"),
		    err) != 0 ||
		    get_int(it, "id", &h.id, 0, 0, err) != 0 ||
		    get_str(it, "reference", &h.ref, err) != 0 ||
		    get_int(it, "version", &h.version, 1, 0, err) != 0 ||
		    get_req(it, "at", &h.at, err) != 0 ||
		    get_req(it, "who", &h.who, err) != 0 ||
		    get_req(it, "field", &h.field, err) != 0 ||
		    get_str(it, "old_value", &h.old_value, err) != 0 ||
		    get_str(it, "new_value", &h.new_value, err) != 0 ||
		    get_str(it, "reason", &h.reason, err) != 0)
			return -1;
		if (h.version < 0)
			return at(err, report_jv_get(it, "version"),
			    _("'version' cannot be negative"));
		err_clear(err);
		if (sink->history(&h, arg, err) != 0)
			return sink_failed(err, it);
	}
	if ((a = get_array(root, "imports", err)) == NULL)
		return -1;
	for (i = 0; i < a->n; i++) {
		it = a->v[i];
		memset(&im, 0, sizeof im);
		if (keys_exact(it, import_keys, _("an import"), err) != 0 ||
		    get_int(it, "id", &im.id, 0, 0, err) != 0 ||
		    get_req(it, "reference", &im.ref, err) != 0 ||
		    get_req(it, "digest", &im.digest, err) != 0 ||
		    get_str(it, "file_name", &im.file_name, err) != 0 ||
		    get_int(it, "rows", &im.rows, 0, 0, err) != 0 ||
		    get_req(it, "at", &im.at, err) != 0 ||
		    get_req(it, "who", &im.who, err) != 0)
			return -1;
		err_clear(err);
		if (sink->import(&im, arg, err) != 0)
			return sink_failed(err, it);
	}
	return 0;
}

int
report_backup_read(const char *text, size_t len,
    const struct report_backup_sink *sink, void *arg, struct dlg_error *err)
{
	struct report_jv *root = NULL;
	const char *format;
	long long version;
	int without, rc = -1;

	if (report_json_parse(text, len, &root, err) != 0)
		return -1;
	if (root->type != JV_OBJECT || report_jv_get(root, "format") == NULL) {
		at(err, root, _("this is not a backup of a dialogue register "
		    "(no \"format\": \"%s\")"), BACKUP_FORMAT);
		goto out;
	}
	if (get_req(root, "format", &format, err) != 0)
		goto out;
	if (strcmp(format, BACKUP_FORMAT) != 0) {
		at(err, report_jv_get(root, "format"), _("this is not a backup "
		    "of a dialogue register (\"format\" is '%s', not '%s')"),
		    format, BACKUP_FORMAT);
		goto out;
	}
	if (get_int(root, "format_version", &version, 0, 0, err) != 0)
		goto out;
	if (version != BACKUP_VERSION) {
		at(err, report_jv_get(root, "format_version"), _("the backup "
		    "has format version %lld; this program reads version %d"),
		    version, BACKUP_VERSION);
		goto out;
	}
	if (keys_only(root, root_keys, _("the backup"), err) != 0 ||
	    keys_present(root, root_required, _("the backup"), err) != 0 ||
	    get_bool(root, "without_contact", &without, err) != 0)
		goto out;
	if (read_identity(root, sink, arg, err) != 0 ||
	    read_settings(root, sink, arg, err) != 0 ||
	    read_bodies(root, sink, arg, err) != 0 ||
	    read_dialogues(root, sink, arg, err) != 0 ||
	    read_history(root, sink, arg, err) != 0)
		goto out;
	rc = 0;
out:
	report_jv_free(root);
	return rc;
}
