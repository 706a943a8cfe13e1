/*
 * report.c: adding up xAPI statements for the group report. Only meldsim's own
 * vocabulary is read: the ADL verbs answered, completed, passed and failed, and
 * extensions found by their last path part (".../xapi/extension/step-scores"),
 * so exports made with another --base still add up. Every lookup is a hash, so
 * the cost grows with the number of statements, not with cases times learners.
 */
#include "report.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "arena.h"
#include "strmap.h"

struct Report {
    MsLang lang;
    Arena *arena;
    StrMap *seen, *learners, *case_map, *case_learner, *decision_map, *critical_map, *case_critical;
    ReportCase *cases;
    size_t case_count, case_cap;
    ReportDecision *decisions;
    size_t *decision_case; /* per decision: its case */
    size_t decision_count, decision_cap;
    ReportCount *critical;
    size_t critical_count, critical_cap;
    size_t files, statements, duplicates, ignored;
    bool oom;
};

Report *report_create(MsLang lang)
{
    Report *rp = calloc(1, sizeof *rp);
    if (!rp)
        return NULL;
    rp->lang = lang;
    rp->arena = arena_create();
    rp->seen = strmap_create();
    rp->learners = strmap_create();
    rp->case_map = strmap_create();
    rp->case_learner = strmap_create();
    rp->decision_map = strmap_create();
    rp->critical_map = strmap_create();
    rp->case_critical = strmap_create();
    if (!rp->arena || !rp->seen || !rp->learners || !rp->case_map || !rp->case_learner ||
        !rp->decision_map || !rp->critical_map || !rp->case_critical) {
        report_free(rp);
        return NULL;
    }
    return rp;
}

void report_free(Report *rp)
{
    if (!rp)
        return;
    for (size_t i = 0; i < rp->case_count; i++) {
        free(rp->cases[i].decisions);
        free(rp->cases[i].critical);
    }
    for (size_t i = 0; i < rp->decision_count; i++)
        free(rp->decisions[i].options);
    free(rp->cases);
    free(rp->decisions);
    free(rp->decision_case);
    free(rp->critical);
    strmap_free(rp->seen);
    strmap_free(rp->learners);
    strmap_free(rp->case_map);
    strmap_free(rp->case_learner);
    strmap_free(rp->decision_map);
    strmap_free(rp->critical_map);
    strmap_free(rp->case_critical);
    arena_free(rp->arena);
    free(rp);
}

/* ---- small helpers ----------------------------------------------------------------------- */

static bool grow(void **items, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return true;
    size_t cap2 = *cap ? *cap * 2 : 8;
    while (cap2 < need)
        cap2 *= 2;
    void *p = realloc(*items, cap2 * size);
    if (!p)
        return false;
    memset((char *)p + *cap * size, 0, (cap2 - *cap) * size);
    *items = p;
    *cap = cap2;
    return true;
}

static const cJSON *get(const cJSON *o, const char *key)
{
    return o ? cJSON_GetObjectItemCaseSensitive(o, key) : NULL;
}

static const char *get_string(const cJSON *o, const char *key)
{
    const cJSON *v = get(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

/* A language map's text in the report's language, else Dutch, else any; NULL when none. */
static const char *pick(const Report *rp, const cJSON *map)
{
    static const char *const nl[] = {"nl-NL", "nl", "nl-BE", NULL};
    static const char *const en[] = {"en", "en-GB", "en-US", NULL};
    if (!cJSON_IsObject(map))
        return NULL;
    const char *const *order[2] = {rp->lang == MS_LANG_EN ? en : nl,
                                   rp->lang == MS_LANG_EN ? nl : en};
    for (int k = 0; k < 2; k++)
        for (const char *const *t = order[k]; *t; t++) {
            const char *s = get_string(map, *t);
            if (s && *s)
                return s;
        }
    const cJSON *first = map->child;
    return first && cJSON_IsString(first) ? first->valuestring : NULL;
}

static const cJSON *extension(const cJSON *parent, const char *name)
{
    const cJSON *ext = get(parent, "extensions");
    char suffix[96];
    snprintf(suffix, sizeof suffix, "/xapi/extension/%s", name);
    for (const cJSON *e = ext ? ext->child : NULL; e; e = e->next)
        if (e->string && ends_with(e->string, suffix))
            return e;
    return NULL;
}

static char *keep(Report *rp, const char *s)
{
    char *k = arena_strdup(rp->arena, s ? s : "");
    if (!k)
        rp->oom = true;
    return k ? k : "";
}

/* The last path segment of an IRI, percent-decoded. */
static char *last_segment(Report *rp, const char *iri)
{
    const char *slash = strrchr(iri, '/');
    const char *s = slash ? slash + 1 : iri;
    char *out = arena_alloc(rp->arena, strlen(s) + 1);
    if (!out) {
        rp->oom = true;
        return "";
    }
    size_t n = 0;
    for (; *s; s++) {
        unsigned v;
        if (*s == '%' && s[1] && s[2] && sscanf(s + 1, "%2x", &v) == 1) {
            out[n++] = (char)v;
            s += 2;
        } else {
            out[n++] = *s;
        }
    }
    out[n] = '\0';
    return out;
}

static void actor_key(const cJSON *actor, char *out, size_t cap)
{
    const cJSON *account = get(actor, "account");
    const char *home = get_string(account, "homePage"), *name = get_string(account, "name");
    if (home && name)
        snprintf(out, cap, "account:%s|%s", home, name);
    else if (get_string(actor, "mbox"))
        snprintf(out, cap, "mbox:%s", get_string(actor, "mbox"));
    else if (get_string(actor, "mbox_sha1sum"))
        snprintf(out, cap, "sha1:%s", get_string(actor, "mbox_sha1sum"));
    else if (get_string(actor, "openid"))
        snprintf(out, cap, "openid:%s", get_string(actor, "openid"));
    else
        snprintf(out, cap, "name:%s", get_string(actor, "name") ? get_string(actor, "name") : "");
}

/* ---- cases, decisions, mistakes ---------------------------------------------------------- */

static size_t case_for(Report *rp, const char *id, const char *title)
{
    size_t index;
    if (strmap_get(rp->case_map, id, &index)) {
        ReportCase *c = &rp->cases[index];
        if (title && c->title == c->id)
            c->title = keep(rp, title);
        return index;
    }
    if (!grow((void **)&rp->cases, &rp->case_cap, rp->case_count + 1, sizeof *rp->cases)) {
        rp->oom = true;
        return SIZE_MAX;
    }
    index = rp->case_count++;
    ReportCase *c = &rp->cases[index];
    memset(c, 0, sizeof *c);
    c->id = keep(rp, id);
    c->title = title ? keep(rp, title) : c->id;
    if (!strmap_put(rp->case_map, id, index, NULL))
        rp->oom = true;
    return index;
}

static void note_learner(Report *rp, size_t case_index, const char *actor)
{
    char key[1200];
    bool added = false;
    if (!strmap_put(rp->learners, actor, 0, NULL))
        rp->oom = true;
    snprintf(key, sizeof key, "%zu\x1f%s", case_index, actor);
    if (!strmap_put(rp->case_learner, key, 0, &added))
        rp->oom = true;
    else if (added)
        rp->cases[case_index].learners++;
}

static void count_critical(Report *rp, size_t case_index, const char *id, const char *name)
{
    size_t index;
    bool added;
    if (!strmap_get(rp->critical_map, id, &index)) {
        if (!grow((void **)&rp->critical, &rp->critical_cap, rp->critical_count + 1,
                  sizeof *rp->critical)) {
            rp->oom = true;
            return;
        }
        index = rp->critical_count++;
        rp->critical[index] = (ReportCount){keep(rp, id), keep(rp, name ? name : id), 0};
        strmap_put(rp->critical_map, id, index, NULL);
    }
    rp->critical[index].count++;
    ReportCase *c = &rp->cases[case_index];
    char key[512];
    snprintf(key, sizeof key, "%zu\x1f%s", case_index, id);
    if (!strmap_put(rp->case_critical, key, c->critical_count, &added)) {
        rp->oom = true;
        return;
    }
    if (added) { /* a case has a handful of distinct mistakes: grow one at a time */
        ReportCount *grown = realloc(c->critical, (c->critical_count + 1) * sizeof *grown);
        if (!grown) {
            rp->oom = true;
            return;
        }
        c->critical = grown;
        c->critical[c->critical_count++] = rp->critical[index];
        c->critical[c->critical_count - 1].count = 0;
    }
    strmap_get(rp->case_critical, key, &index);
    c->critical[index].count++;
}

static ReportOption *option_for(Report *rp, size_t d, const char *id, const char *text)
{
    ReportDecision *dec = &rp->decisions[d];
    for (size_t i = 0; i < dec->option_count; i++)
        if (strcmp(dec->options[i].id, id) == 0) {
            if (text && !*dec->options[i].text)
                dec->options[i].text = keep(rp, text);
            return &dec->options[i];
        }
    ReportOption *grown = realloc(dec->options, (dec->option_count + 1) * sizeof *grown);
    if (!grown) {
        rp->oom = true;
        return NULL;
    }
    dec->options = grown;
    ReportOption *o = &dec->options[dec->option_count++];
    memset(o, 0, sizeof *o);
    o->id = keep(rp, id);
    o->text = keep(rp, text);
    return o;
}

static size_t decision_for(Report *rp, const char *id, size_t case_index, const cJSON *def)
{
    size_t index;
    if (strmap_get(rp->decision_map, id, &index))
        return index;
    size_t cap = rp->decision_cap;
    if (!grow((void **)&rp->decision_case, &cap, rp->decision_count + 1, sizeof(size_t)) ||
        !grow((void **)&rp->decisions, &rp->decision_cap, rp->decision_count + 1,
              sizeof *rp->decisions)) {
        rp->oom = true;
        return SIZE_MAX;
    }
    index = rp->decision_count++;
    ReportDecision *d = &rp->decisions[index];
    memset(d, 0, sizeof *d);
    rp->decision_case[index] = case_index;
    d->id = keep(rp, id);
    d->scene = last_segment(rp, id);
    d->question = keep(rp, pick(rp, get(def, "description")));
    d->step = -1;
    d->order = index;
    strmap_put(rp->decision_map, id, index, NULL);
    const cJSON *choices = get(def, "choices");
    for (const cJSON *c = cJSON_IsArray(choices) ? choices->child : NULL; c; c = c->next) {
        const char *cid = get_string(c, "id");
        if (cid)
            option_for(rp, index, cid, pick(rp, get(c, "description")));
    }
    return index;
}

/* The case an answered statement belongs to: its parent activity, else its IRI's stem. */
static size_t parent_case(Report *rp, const cJSON *s, const char *object_id)
{
    const cJSON *parent = get(get(get(s, "context"), "contextActivities"), "parent");
    const cJSON *first = cJSON_IsArray(parent) ? parent->child : parent;
    const char *id = get_string(first, "id");
    if (id)
        return case_for(rp, id, pick(rp, get(get(first, "definition"), "name")));
    char stem[1024];
    snprintf(stem, sizeof stem, "%s", object_id);
    char *cut = strstr(stem, "/decision/");
    if (cut)
        *cut = '\0';
    return case_for(rp, stem, NULL);
}

static void add_answered(Report *rp, const cJSON *s, const char *actor)
{
    const cJSON *object = get(s, "object");
    const char *id = get_string(object, "id");
    const cJSON *result = get(s, "result");
    const char *response = get_string(result, "response");
    if (!id || !response) {
        rp->ignored++;
        return;
    }
    size_t c = parent_case(rp, s, id);
    if (c == SIZE_MAX)
        return;
    note_learner(rp, c, actor);
    size_t d = decision_for(rp, id, c, get(object, "definition"));
    if (d == SIZE_MAX)
        return;
    const cJSON *step = extension(result, "meldcode-step");
    if (step && cJSON_IsString(step) && rp->decisions[d].step < 0)
        rp->decisions[d].step = meldcode_step_find(step->valuestring);
    const cJSON *undone = extension(result, "undone");
    ReportOption *o = option_for(rp, d, response, NULL);
    if (!o)
        return;
    const cJSON *raw = get(get(result, "score"), "raw");
    if (cJSON_IsNumber(raw) && !o->has_points) {
        o->points = (int)raw->valuedouble;
        o->has_points = true;
    }
    if (cJSON_IsTrue(undone)) {
        rp->decisions[d].undone++;
        return;
    }
    o->count++;
    rp->decisions[d].answers++;
    const cJSON *crit = extension(result, "critical-mistake");
    const char *cid = cJSON_IsString(crit) ? crit->valuestring : get_string(crit, "id");
    if (cid)
        count_critical(rp, c, cid, pick(rp, get(crit, "name")));
}

/* Seconds of an ISO 8601 duration such as PT1H2M3.45S; negative when it does not parse. */
static double duration_seconds(const char *d)
{
    if (!d || strncmp(d, "PT", 2) != 0)
        return -1;
    double total = 0;
    const char *p = d + 2;
    while (*p) {
        char *end;
        double v = strtod(p, &end);
        if (end == p)
            return -1;
        if (*end == 'H')
            total += v * 3600;
        else if (*end == 'M')
            total += v * 60;
        else if (*end == 'S')
            total += v;
        else
            return -1;
        p = end + 1;
    }
    return total;
}

static void add_completed(Report *rp, const cJSON *s, const char *actor)
{
    const cJSON *object = get(s, "object");
    const char *id = get_string(object, "id");
    if (!id) {
        rp->ignored++;
        return;
    }
    size_t c = case_for(rp, id, pick(rp, get(get(object, "definition"), "name")));
    if (c == SIZE_MAX)
        return;
    note_learner(rp, c, actor);
    ReportCase *rc = &rp->cases[c];
    const cJSON *result = get(s, "result");
    rc->attempts++;
    const cJSON *scaled = get(get(result, "score"), "scaled");
    if (cJSON_IsNumber(scaled))
        rc->scaled_sum += scaled->valuedouble;
    double secs = duration_seconds(get_string(result, "duration"));
    if (secs >= 0) {
        rc->seconds_sum += secs;
        rc->seconds_n++;
    }
    const cJSON *steps = extension(result, "step-scores");
    for (int i = 0; steps && i < MS_STEP_COUNT; i++) {
        const cJSON *st = get(steps, meldcode_step_id((MsStep)i));
        const cJSON *earned = get(st, "earned"), *possible = get(st, "possible");
        if (!cJSON_IsNumber(earned) || !cJSON_IsNumber(possible) || possible->valuedouble <= 0)
            continue;
        double f = earned->valuedouble / possible->valuedouble;
        rc->step_sum[i] += f < 0 ? 0 : f > 1 ? 1 : f;
        rc->step_n[i]++;
    }
}

static void add_verdict(Report *rp, const cJSON *s, bool passed)
{
    const cJSON *object = get(s, "object");
    const char *id = get_string(object, "id");
    if (!id) {
        rp->ignored++;
        return;
    }
    size_t c = case_for(rp, id, pick(rp, get(get(object, "definition"), "name")));
    if (c == SIZE_MAX)
        return;
    if (passed)
        rp->cases[c].passed++;
    else
        rp->cases[c].failed++;
}

static void add_statement(Report *rp, const cJSON *s)
{
    const char *id = get_string(s, "id");
    if (id) {
        bool added = false;
        if (!strmap_put(rp->seen, id, 0, &added)) {
            rp->oom = true;
            return;
        }
        if (!added) {
            rp->duplicates++;
            return;
        }
    }
    const char *verb = get_string(get(s, "verb"), "id");
    char actor[1024];
    actor_key(get(s, "actor"), actor, sizeof actor);
    rp->statements++;
    if (!verb)
        rp->ignored++;
    else if (strcmp(verb, "http://adlnet.gov/expapi/verbs/answered") == 0)
        add_answered(rp, s, actor);
    else if (strcmp(verb, "http://adlnet.gov/expapi/verbs/completed") == 0)
        add_completed(rp, s, actor);
    else if (strcmp(verb, "http://adlnet.gov/expapi/verbs/passed") == 0)
        add_verdict(rp, s, true);
    else if (strcmp(verb, "http://adlnet.gov/expapi/verbs/failed") == 0)
        add_verdict(rp, s, false);
    else
        rp->ignored++;
}

/* cJSON allocates through process-wide hooks and has no per-call allocator. While one file is
 * parsed, its nodes come from a bump arena that is dropped whole afterwards: freeing a hundred
 * thousand small nodes one by one was a third of the report's time. The hooks are set and put
 * back around the parse, nothing else uses cJSON meanwhile, and this is the file's one static. */
static Arena *parse_arena;

static void *parse_alloc(size_t size)
{
    return arena_alloc(parse_arena, size);
}

static void parse_free(void *p)
{
    (void)p;
}

static cJSON *parse_in_arena(Arena *arena, const char *json, size_t len, long *error_at)
{
    cJSON_Hooks hooks = {parse_alloc, parse_free};
    parse_arena = arena;
    cJSON_InitHooks(&hooks);
    cJSON *doc = cJSON_ParseWithLength(json, len);
    cJSON_InitHooks(NULL);
    parse_arena = NULL;
    const char *at = doc ? NULL : cJSON_GetErrorPtr();
    *error_at = at && at >= json && at <= json + len ? (long)(at - json) : -1;
    return doc;
}

MsStatus report_add_json(Report *rp, const char *json, size_t len, const char *source, MsError *err)
{
    Arena *arena = arena_create();
    if (!arena)
        return ms_error_set(err, MS_ERR_NOMEM, source, 0, "out of memory");
    long error_at;
    cJSON *doc = parse_in_arena(arena, json, len, &error_at);
    MsStatus st = MS_OK;
    const cJSON *list = cJSON_IsArray(doc) ? doc : get(doc, "statements");
    if (!doc)
        st = ms_error_set(err, MS_ERR_INVALID, source, 0,
                          "not JSON (the parser stopped at byte %ld); expected an xAPI export",
                          error_at);
    else if (!cJSON_IsArray(list))
        st = ms_error_set(err, MS_ERR_INVALID, source, 0,
                          "not a list of xAPI statements (a JSON array, or an object with "
                          "\"statements\")");
    for (const cJSON *s = st == MS_OK ? list->child : NULL; s && !rp->oom; s = s->next)
        if (cJSON_IsObject(s))
            add_statement(rp, s);
        else
            rp->ignored++;
    arena_free(arena); /* the whole parsed tree, at once */
    if (st != MS_OK)
        return st;
    rp->files++;
    if (rp->oom)
        return ms_error_set(err, MS_ERR_NOMEM, source, 0, "out of memory");
    return MS_OK;
}

/* ---- finishing --------------------------------------------------------------------------- */

static int by_count(const void *a, const void *b)
{
    const ReportCount *x = a, *y = b;
    if (x->count != y->count)
        return y->count - x->count;
    return strcmp(x->id, y->id);
}

static int by_title(const void *a, const void *b)
{
    const ReportCase *x = a, *y = b;
    int c = strcmp(x->title, y->title);
    return c ? c : strcmp(x->id, y->id);
}

typedef struct DecisionKey {
    int step; /* steps in order, unknown last */
    size_t order;
    size_t index;
} DecisionKey;

static int by_step(const void *a, const void *b)
{
    const DecisionKey *x = a, *y = b;
    if (x->step != y->step)
        return x->step - y->step;
    return (x->order > y->order) - (x->order < y->order);
}

/* qsort for arrays that may be empty: an empty one may have no storage at all (NULL), and
 * qsort's pointer must never be NULL, whatever the count. */
static void sort_items(void *base, size_t count, size_t size, int (*compare)(const void *, const void *))
{
    if (count > 1)
        qsort(base, count, size, compare);
}

/* Orders a case's decisions by Meldcode step, then by when they were first seen. */
static bool sort_decisions(const Report *rp, ReportCase *c)
{
    DecisionKey *keys = malloc((c->decision_count ? c->decision_count : 1) * sizeof *keys);
    if (!keys)
        return false;
    for (size_t i = 0; i < c->decision_count; i++) {
        const ReportDecision *d = &rp->decisions[c->decisions[i]];
        keys[i] = (DecisionKey){d->step < 0 ? MS_STEP_COUNT : d->step, d->order, c->decisions[i]};
    }
    sort_items(keys, c->decision_count, sizeof *keys, by_step);
    for (size_t i = 0; i < c->decision_count; i++)
        c->decisions[i] = keys[i].index;
    free(keys);
    return true;
}

MsStatus report_finish(Report *rp, MsError *err)
{
    for (size_t d = 0; d < rp->decision_count; d++) {
        ReportDecision *dec = &rp->decisions[d];
        bool any = false;
        int best = 0;
        for (size_t i = 0; i < dec->option_count; i++)
            if (dec->options[i].has_points && (!any || dec->options[i].points > best)) {
                best = dec->options[i].points;
                any = true;
            }
        for (size_t i = 0; i < dec->option_count; i++)
            dec->options[i].best =
                any && dec->options[i].has_points && dec->options[i].points == best;
        ReportCase *c = &rp->cases[rp->decision_case[d]];
        size_t *grown = realloc(c->decisions, (c->decision_count + 1) * sizeof *grown);
        if (!grown)
            return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
        c->decisions = grown;
        c->decisions[c->decision_count++] = d;
    }
    for (size_t i = 0; i < rp->case_count; i++) {
        ReportCase *c = &rp->cases[i];
        if (!sort_decisions(rp, c))
            return ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
        sort_items(c->critical, c->critical_count, sizeof *c->critical, by_count);
    }
    sort_items(rp->cases, rp->case_count, sizeof *rp->cases, by_title);
    sort_items(rp->critical, rp->critical_count, sizeof *rp->critical, by_count);
    return MS_OK;
}

size_t report_case_count(const Report *rp)
{
    return rp->case_count;
}
const ReportCase *report_case(const Report *rp, size_t index)
{
    return index < rp->case_count ? &rp->cases[index] : NULL;
}
const ReportDecision *report_decision(const Report *rp, size_t index)
{
    return index < rp->decision_count ? &rp->decisions[index] : NULL;
}
size_t report_critical_count(const Report *rp)
{
    return rp->critical_count;
}
const ReportCount *report_critical(const Report *rp, size_t index)
{
    return index < rp->critical_count ? &rp->critical[index] : NULL;
}
size_t report_learner_count(const Report *rp)
{
    return strmap_count(rp->learners);
}
size_t report_file_count(const Report *rp)
{
    return rp->files;
}
size_t report_statement_count(const Report *rp)
{
    return rp->statements;
}
size_t report_duplicate_count(const Report *rp)
{
    return rp->duplicates;
}
size_t report_ignored_count(const Report *rp)
{
    return rp->ignored;
}
