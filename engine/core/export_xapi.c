/*
 * export_xapi.c: xAPI 1.0.3 statements. Per attempt: one `answered` per choice
 * (a cmi.interaction of type choice), then for a finished case `completed` and
 * `passed` or `failed`. Statement ids are derived from the registration, so the
 * same records always export with the same ids and a store or the group report
 * drops repeats. No property is ever null (a store must reject nulls outside
 * extensions), and "version" is left for the store to set, as the spec advises.
 */
#include "export_priv.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "score.h"
#include "uuid.h"

#define ADL_VERB "http://adlnet.gov/expapi/verbs/"
#define ADL_ACTIVITY "http://adlnet.gov/expapi/activities/"
#define LANG_NL "nl-NL"
#define LANG_EN "en"

typedef struct Xapi {
    Records *r;
    const ExportOptions *o;
    const char *base;
    cJSON *out;
} Xapi;

/* base + "/" + path segments; segments are percent-encoded outside the unreserved set. */
static char *make_iri(const char *base, const char *const *segments, size_t n)
{
    StrBuf b;
    strbuf_init(&b);
    strbuf_puts(&b, base);
    for (size_t i = 0; i < n; i++) {
        strbuf_puts(&b, "/");
        for (const unsigned char *p = (const unsigned char *)segments[i]; *p; p++) {
            if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
                strchr("-._~", *p))
                strbuf_append(&b, (const char *)p, 1);
            else
                strbuf_printf(&b, "%%%02X", *p);
        }
    }
    return strbuf_take(&b, NULL);
}

static void add_iri(cJSON *o, const char *key, const char *base, const char *const *segments,
                    size_t n)
{
    char *iri = make_iri(base, segments, n);
    if (iri)
        cJSON_AddStringToObject(o, key, iri);
    free(iri);
}

static cJSON *extensions_of(cJSON *parent)
{
    cJSON *e = cJSON_GetObjectItemCaseSensitive(parent, "extensions");
    return e ? e : cJSON_AddObjectToObject(parent, "extensions");
}

/* An extension keyed base/xapi/extension/<name>; takes ownership of value. */
static void add_extension(const Xapi *x, cJSON *parent, const char *name, cJSON *value)
{
    const char *segments[] = {"xapi", "extension", name};
    char *key = make_iri(x->base, segments, 3);
    if (key && value)
        cJSON_AddItemToObject(extensions_of(parent), key, value);
    else
        cJSON_Delete(value);
    free(key);
}

/* A language map of the texts present; NULL when there is none (never an empty map). */
static cJSON *lang_map(const char *nl, const char *en)
{
    if ((!nl || !*nl) && (!en || !*en))
        return NULL;
    cJSON *m = cJSON_CreateObject();
    if (nl && *nl)
        cJSON_AddStringToObject(m, LANG_NL, nl);
    if (en && *en)
        cJSON_AddStringToObject(m, LANG_EN, en);
    return m;
}

static void add_lang_map(cJSON *o, const char *key, const char *nl, const char *en)
{
    cJSON *m = lang_map(nl, en);
    if (m)
        cJSON_AddItemToObject(o, key, m);
}

static double rounded(double v)
{
    return round(v * 10000.0) / 10000.0;
}

static cJSON *statement(const Xapi *x, const ExportAttempt *a, const char *kind, int seq,
                        const char *verb, const char *verb_nl, const char *timestamp)
{
    char id[UUID_STR], seq_text[16];
    snprintf(seq_text, sizeof seq_text, "%d", seq);
    const char *parts[] = {a->row.registration, kind, seq_text,
                           x->o->pseudonymise ? "pseudonymised" : "named", x->base};
    uuid_derive(id, parts, 5);
    cJSON *s = cJSON_CreateObject();
    cJSON_AddStringToObject(s, "id", id);
    cJSON *actor = cJSON_AddObjectToObject(s, "actor");
    cJSON_AddStringToObject(actor, "objectType", "Agent");
    if (!x->o->pseudonymise)
        cJSON_AddStringToObject(actor, "name", a->actor);
    cJSON *account = cJSON_AddObjectToObject(actor, "account");
    cJSON_AddStringToObject(account, "homePage", x->base);
    cJSON_AddStringToObject(account, "name", a->actor);
    cJSON *v = cJSON_AddObjectToObject(s, "verb");
    char verb_id[128];
    snprintf(verb_id, sizeof verb_id, ADL_VERB "%s", verb);
    cJSON_AddStringToObject(v, "id", verb_id);
    cJSON *display = cJSON_AddObjectToObject(v, "display");
    cJSON_AddStringToObject(display, LANG_NL, verb_nl);
    cJSON_AddStringToObject(display, "en-US", verb);
    cJSON_AddStringToObject(s, "timestamp", timestamp);
    return s;
}

/* The case as an activity (object of completed/passed/failed, parent of answered). */
static cJSON *case_activity(const Xapi *x, const ExportAttempt *a)
{
    cJSON *act = cJSON_CreateObject();
    cJSON_AddStringToObject(act, "objectType", "Activity");
    const char *segments[] = {"xapi", "case", a->row.scenario};
    add_iri(act, "id", x->base, segments, 3);
    cJSON *def = cJSON_AddObjectToObject(act, "definition");
    cJSON_AddStringToObject(def, "type", ADL_ACTIVITY "simulation");
    add_lang_map(def, "name", a->row.title[MS_LANG_NL], a->row.title[MS_LANG_EN]);
    return act;
}

static void add_context(const Xapi *x, cJSON *s, const ExportAttempt *a, bool with_parent)
{
    cJSON *c = cJSON_AddObjectToObject(s, "context");
    cJSON_AddStringToObject(c, "registration", a->row.registration);
    if (a->row.version[0])
        cJSON_AddStringToObject(c, "revision", a->row.version);
    if (x->o->platform)
        cJSON_AddStringToObject(c, "platform", x->o->platform);
    cJSON_AddStringToObject(c, "language", a->row.lang == MS_LANG_EN ? LANG_EN : LANG_NL);
    if (with_parent) {
        cJSON *ca = cJSON_AddObjectToObject(c, "contextActivities");
        cJSON *parent = cJSON_AddArrayToObject(ca, "parent");
        cJSON_AddItemToArray(parent, case_activity(x, a));
    }
    add_extension(x, c, "mode", cJSON_CreateString(mode_id(a->row.mode)));
}

static cJSON *score_object(double scaled, int raw, int min, int max)
{
    cJSON *sc = cJSON_CreateObject();
    cJSON_AddNumberToObject(sc, "scaled", rounded(scaled));
    cJSON_AddNumberToObject(sc, "raw", raw);
    if (min < max) { /* xAPI: min below max, raw between them */
        cJSON_AddNumberToObject(sc, "min", min);
        cJSON_AddNumberToObject(sc, "max", max);
    }
    return sc;
}

static void add_answered(Xapi *x, const ExportAttempt *a, const RecordsChoice *c)
{
    Arena *arena = arena_create();
    if (!arena)
        return;
    RecordsSceneTexts texts;
    export_scene_texts(x->r, a, c, arena, &texts);
    cJSON *s = statement(x, a, "answered", c->seq, "answered", "beantwoordde", c->answered_at);
    cJSON *obj = cJSON_AddObjectToObject(s, "object");
    cJSON_AddStringToObject(obj, "objectType", "Activity");
    const char *segments[] = {"xapi", "case", a->row.scenario, "decision", c->scene};
    add_iri(obj, "id", x->base, segments, 5);
    cJSON *def = cJSON_AddObjectToObject(obj, "definition");
    cJSON_AddStringToObject(def, "type", ADL_ACTIVITY "cmi.interaction");
    const MeldcodeStep *step = x->o->meldcode ? meldcode_step(x->o->meldcode, c->step) : NULL;
    char name_nl[RECORDS_TITLE_MAX + 128], name_en[RECORDS_TITLE_MAX + 128];
    snprintf(name_nl, sizeof name_nl, "%s: %s (%s)", a->row.title[MS_LANG_NL],
             step ? ms_text_get(&step->name, MS_LANG_NL, MS_LANG_NL) : meldcode_step_id(c->step),
             c->scene);
    snprintf(name_en, sizeof name_en, "%s: %s (%s)",
             a->row.title[MS_LANG_EN][0] ? a->row.title[MS_LANG_EN] : a->row.title[MS_LANG_NL],
             step ? ms_text_get(&step->name, MS_LANG_EN, MS_LANG_NL) : meldcode_step_id(c->step),
             c->scene);
    add_lang_map(def, "name", name_nl, name_en);
    add_lang_map(def, "description", export_plain(arena, texts.question.s[MS_LANG_NL]),
                 export_plain(arena, texts.question.s[MS_LANG_EN]));
    cJSON_AddStringToObject(def, "interactionType", "choice");
    cJSON *choices = cJSON_AddArrayToObject(def, "choices");
    size_t count =
        texts.choice_count > (size_t)c->choice ? texts.choice_count : (size_t)c->choice + 1;
    for (size_t i = 0; i < count; i++) {
        cJSON *item = cJSON_CreateObject();
        char cid[32];
        snprintf(cid, sizeof cid, "choice-%zu", i + 1);
        cJSON_AddStringToObject(item, "id", cid);
        if (i < texts.choice_count) {
            const MsText *t = &texts.choices[i];
            add_lang_map(item, "description", export_plain(arena, t->s[MS_LANG_NL]),
                         export_plain(arena, t->s[MS_LANG_EN]));
        }
        cJSON_AddItemToArray(choices, item);
    }
    cJSON *result = cJSON_AddObjectToObject(s, "result");
    char response[32];
    snprintf(response, sizeof response, "choice-%d", c->choice + 1);
    cJSON_AddStringToObject(result, "response", response);
    cJSON_AddBoolToObject(result, "success", c->points >= c->best);
    cJSON_AddItemToObject(
        result, "score",
        score_object(score_scale(c->points, c->best), c->points, c->worst, c->best));
    add_extension(x, result, "meldcode-step", cJSON_CreateString(meldcode_step_id(c->step)));
    add_extension(x, result, "decision", cJSON_CreateBool(c->decision));
    if (c->critical[0]) {
        cJSON *crit = cJSON_CreateObject();
        cJSON_AddStringToObject(crit, "id", c->critical);
        add_lang_map(crit, "name", export_mistake_name(x->o->meldcode, c->critical, MS_LANG_NL),
                     export_mistake_name(x->o->meldcode, c->critical, MS_LANG_EN));
        add_extension(x, result, "critical-mistake", crit);
    }
    if (c->undone)
        add_extension(x, result, "undone", cJSON_CreateBool(1));
    add_context(x, s, a, true);
    cJSON_AddItemToArray(x->out, s);
    arena_free(arena);
}

static void add_case_result(const Xapi *x, cJSON *s, const ExportAttempt *a)
{
    const RecordsResult *res = &a->row.result;
    cJSON *result = cJSON_AddObjectToObject(s, "result");
    cJSON_AddItemToObject(result, "score",
                          score_object(res->scaled, res->earned, res->minimum, res->possible));
    cJSON_AddBoolToObject(result, "success", res->passed);
    cJSON_AddBoolToObject(result, "completion", 1);
    char duration[WALLCLOCK_ISO_MAX];
    wallclock_duration_iso(res->duration_ms, duration);
    cJSON_AddStringToObject(result, "duration", duration);
    cJSON *steps = cJSON_CreateObject();
    for (int i = 0; i < MS_STEP_COUNT; i++) {
        cJSON *st = cJSON_AddObjectToObject(steps, meldcode_step_id((MsStep)i));
        cJSON_AddNumberToObject(st, "earned", res->steps[i].earned);
        cJSON_AddNumberToObject(st, "possible", res->steps[i].possible);
        cJSON_AddNumberToObject(st, "decisions", res->steps[i].decisions);
        cJSON_AddNumberToObject(st, "scaled",
                                rounded(score_scale(res->steps[i].earned, res->steps[i].possible)));
    }
    add_extension(x, result, "step-scores", steps);
    cJSON *critical = cJSON_CreateArray();
    for (size_t i = 0; i < a->choice_count; i++)
        if (!a->choices[i].undone && a->choices[i].critical[0])
            cJSON_AddItemToArray(critical, cJSON_CreateString(a->choices[i].critical));
    add_extension(x, result, "critical-mistakes", critical);
    if (res->ending[0])
        add_extension(x, result, "ending", cJSON_CreateString(res->ending));
    if (res->outcome[0])
        add_extension(x, result, "outcome", cJSON_CreateString(res->outcome));
    add_extension(x, result, "pass-mark", cJSON_CreateNumber(rounded(a->row.pass_mark)));
}

static void add_case(Xapi *x, const ExportAttempt *a, const char *kind, const char *verb,
                     const char *verb_nl)
{
    cJSON *s = statement(x, a, kind, 0, verb, verb_nl, a->row.finished_at);
    cJSON_AddItemToObject(s, "object", case_activity(x, a));
    add_case_result(x, s, a);
    add_context(x, s, a, false);
    cJSON_AddItemToArray(x->out, s);
}

MsStatus export_xapi(Records *r, const ExportOptions *o, StrBuf *out, ExportCounts *counts,
                     MsError *err)
{
    memset(counts, 0, sizeof *counts);
    ExportSet set;
    MsStatus st = export_set_load(r, o, &set, err);
    if (st != MS_OK)
        return st;
    Xapi x = {r, o, o->base ? o->base : EXPORT_DEFAULT_BASE, cJSON_CreateArray()};
    for (size_t i = 0; x.out && i < set.count; i++) {
        const ExportAttempt *a = &set.attempts[i];
        if (o->closed_only && a->row.status == RECORDS_OPEN)
            continue;
        counts->attempts++;
        for (size_t k = 0; k < a->choice_count; k++, counts->choices++)
            add_answered(&x, a, &a->choices[k]);
        if (a->row.status == RECORDS_FINISHED) {
            counts->finished++;
            add_case(&x, a, "completed", "completed", "voltooide");
            if (a->row.result.passed)
                add_case(&x, a, "result", "passed", "slaagde voor");
            else
                add_case(&x, a, "result", "failed", "zakte voor");
        }
    }
    export_set_free(&set);
    char *text = x.out ? cJSON_PrintUnformatted(x.out) : NULL;
    counts->items = (size_t)cJSON_GetArraySize(x.out);
    cJSON_Delete(x.out);
    if (!text)
        return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
    strbuf_puts(out, text);
    strbuf_puts(out, "\n");
    cJSON_free(text);
    if (out->failed)
        return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
    return MS_OK;
}
