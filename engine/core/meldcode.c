/*
 * meldcode.c: the Meldcode data from assets/meldcode.json.
 * The steps are an enum in C (their ids are part of the scenario format);
 * their texts, and the actors, outcomes and mistake types, are data.
 */
#include "meldcode.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "arena.h"
#include "json_text.h"
#include "vfs.h"

struct Meldcode {
    Arena *arena;
    MeldcodeStep steps[MS_STEP_COUNT];
    MeldcodeActor *actors;
    size_t actor_count;
    MeldcodeOutcome *outcomes;
    size_t outcome_count;
    MeldcodeMistake *mistakes;
    size_t mistake_count;
};

static const char *const step_ids[MS_STEP_COUNT] = {
    "signalen", "consultatie", "gesprek", "wegen", "beslissen",
};

const char *meldcode_step_id(MsStep step)
{
    return step < MS_STEP_COUNT ? step_ids[step] : "?";
}

int meldcode_step_find(const char *id)
{
    for (int i = 0; i < MS_STEP_COUNT; i++)
        if (id && strcmp(id, step_ids[i]) == 0)
            return i;
    return -1;
}

static MsStatus bad(MsError *err, const char *source, const char *where, const char *why)
{
    return ms_error_set(err, MS_ERR_INTERNAL, source, 0, "%s: %s", where, why);
}

static MsStatus read_text_field(const cJSON *obj, const char *field, Arena *arena, MsText *out,
                                const char *source, const char *where, MsError *err)
{
    const char *why = NULL;
    if (!json_text_read(cJSON_GetObjectItemCaseSensitive(obj, field), arena, out, &why)) {
        char place[160];
        snprintf(place, sizeof place, "%s, field '%s'", where, field);
        return bad(err, source, place, why);
    }
    return MS_OK;
}

static const char *read_id(const cJSON *obj, Arena *arena)
{
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(obj, "id");
    return cJSON_IsString(id) && id->valuestring[0] ? arena_strdup(arena, id->valuestring) : NULL;
}

static MsStatus parse_steps(Meldcode *mc, const cJSON *list, const char *src, MsError *err)
{
    if (cJSON_GetArraySize(list) != MS_STEP_COUNT)
        return bad(err, src, "steps", "there must be exactly five steps");
    int i = 0;
    const cJSON *item;
    cJSON_ArrayForEach(item, list)
    {
        MeldcodeStep *s = &mc->steps[i];
        s->id = read_id(item, mc->arena);
        if (!s->id || strcmp(s->id, step_ids[i]) != 0)
            return bad(err, src, "steps",
                       "the steps must be, in order: signalen, consultatie, "
                       "gesprek, wegen, beslissen");
        MsStatus st;
        if ((st = read_text_field(item, "name", mc->arena, &s->name, src, s->id, err)) ||
            (st = read_text_field(item, "short", mc->arena, &s->short_name, src, s->id, err)) ||
            (st =
                 read_text_field(item, "explanation", mc->arena, &s->explanation, src, s->id, err)))
            return st;
        i++;
    }
    return MS_OK;
}

/* Allocates the array for one list; every entry needs an id, a name and one more text. */
static void *alloc_list(Meldcode *mc, const cJSON *list, size_t elem, size_t *count)
{
    *count = (size_t)cJSON_GetArraySize(list);
    return *count ? arena_alloc(mc->arena, elem * *count) : NULL;
}

static MsStatus parse_actors(Meldcode *mc, const cJSON *list, const char *src, MsError *err)
{
    mc->actors = alloc_list(mc, list, sizeof *mc->actors, &mc->actor_count);
    if (!mc->actors)
        return bad(err, src, "actors", "the list is missing or empty");
    size_t i = 0;
    const cJSON *item;
    cJSON_ArrayForEach(item, list)
    {
        MeldcodeActor *a = &mc->actors[i++];
        a->id = read_id(item, mc->arena);
        if (!a->id)
            return bad(err, src, "actors", "an actor has no id");
        a->core = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(item, "core"));
        MsStatus st;
        if ((st = read_text_field(item, "name", mc->arena, &a->name, src, a->id, err)) ||
            (st = read_text_field(item, "role", mc->arena, &a->role, src, a->id, err)))
            return st;
    }
    return MS_OK;
}

static MsStatus parse_outcomes(Meldcode *mc, const cJSON *list, const char *src, MsError *err)
{
    mc->outcomes = alloc_list(mc, list, sizeof *mc->outcomes, &mc->outcome_count);
    if (!mc->outcomes)
        return bad(err, src, "outcomes", "the list is missing or empty");
    size_t i = 0;
    const cJSON *item;
    cJSON_ArrayForEach(item, list)
    {
        MeldcodeOutcome *o = &mc->outcomes[i++];
        o->id = read_id(item, mc->arena);
        if (!o->id)
            return bad(err, src, "outcomes", "an outcome has no id");
        const cJSON *point = cJSON_GetObjectItemCaseSensitive(item, "point");
        o->point = cJSON_IsNumber(point) ? point->valueint : -1;
        if (o->point < 0 || o->point > 5)
            return bad(err, src, o->id, "'point' must be 0..5");
        o->report = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(item, "report"));
        MsStatus st;
        if ((st = read_text_field(item, "name", mc->arena, &o->name, src, o->id, err)) ||
            (st =
                 read_text_field(item, "explanation", mc->arena, &o->explanation, src, o->id, err)))
            return st;
    }
    return MS_OK;
}

static MsStatus parse_mistakes(Meldcode *mc, const cJSON *list, const char *src, MsError *err)
{
    mc->mistakes = alloc_list(mc, list, sizeof *mc->mistakes, &mc->mistake_count);
    if (!mc->mistakes)
        return bad(err, src, "mistakes", "the list is missing or empty");
    size_t i = 0;
    const cJSON *item;
    cJSON_ArrayForEach(item, list)
    {
        MeldcodeMistake *m = &mc->mistakes[i++];
        m->id = read_id(item, mc->arena);
        if (!m->id)
            return bad(err, src, "mistakes", "a mistake has no id");
        m->critical = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(item, "critical"));
        MsStatus st;
        if ((st = read_text_field(item, "name", mc->arena, &m->name, src, m->id, err)) ||
            (st =
                 read_text_field(item, "explanation", mc->arena, &m->explanation, src, m->id, err)))
            return st;
    }
    return MS_OK;
}

MsStatus meldcode_parse(const char *json, size_t length, const char *source_name, Meldcode **out,
                        MsError *err)
{
    *out = NULL;
    MsStatus st = MS_OK;
    cJSON *root = cJSON_ParseWithLength(json, length);
    Meldcode *mc = calloc(1, sizeof *mc);
    if (!mc || !(mc->arena = arena_create())) {
        st = ms_error_set(err, MS_ERR_NOMEM, source_name, 0, "out of memory");
        goto fail;
    }
    if (!root) {
        st = bad(err, source_name, "JSON", "not valid JSON");
        goto fail;
    }
    if ((st = parse_steps(mc, cJSON_GetObjectItemCaseSensitive(root, "steps"), source_name, err)) ||
        (st = parse_actors(mc, cJSON_GetObjectItemCaseSensitive(root, "actors"), source_name,
                           err)) ||
        (st = parse_outcomes(mc, cJSON_GetObjectItemCaseSensitive(root, "outcomes"), source_name,
                             err)) ||
        (st = parse_mistakes(mc, cJSON_GetObjectItemCaseSensitive(root, "mistakes"), source_name,
                             err)))
        goto fail;
    cJSON_Delete(root);
    *out = mc;
    return MS_OK;
fail:
    cJSON_Delete(root);
    meldcode_free(mc);
    return st;
}

MsStatus meldcode_load(Meldcode **out, MsError *err)
{
    char *json = NULL;
    size_t len = 0;
    MsStatus st = vfs_read_file(VFS_ASSETS "/meldcode.json", VFS_FILE_MAX, &json, &len, err);
    if (st != MS_OK) {
        *out = NULL;
        return st == MS_ERR_NOT_FOUND ? ms_error_set(err, MS_ERR_INTERNAL, "assets/meldcode.json",
                                                     0, "missing: the installation is incomplete")
                                      : st;
    }
    st = meldcode_parse(json, len, "assets/meldcode.json", out, err);
    free(json);
    return st;
}

void meldcode_free(Meldcode *mc)
{
    if (!mc)
        return;
    arena_free(mc->arena);
    free(mc);
}

const MeldcodeStep *meldcode_step(const Meldcode *mc, MsStep step)
{
    return step < MS_STEP_COUNT ? &mc->steps[step] : NULL;
}

size_t meldcode_actor_count(const Meldcode *mc)
{
    return mc->actor_count;
}
const MeldcodeActor *meldcode_actor(const Meldcode *mc, size_t i)
{
    return i < mc->actor_count ? &mc->actors[i] : NULL;
}
int meldcode_actor_find(const Meldcode *mc, const char *id)
{
    for (size_t i = 0; i < mc->actor_count; i++)
        if (strcmp(mc->actors[i].id, id) == 0)
            return (int)i;
    return -1;
}

size_t meldcode_outcome_count(const Meldcode *mc)
{
    return mc->outcome_count;
}
const MeldcodeOutcome *meldcode_outcome(const Meldcode *mc, size_t i)
{
    return i < mc->outcome_count ? &mc->outcomes[i] : NULL;
}
int meldcode_outcome_find(const Meldcode *mc, const char *id)
{
    for (size_t i = 0; i < mc->outcome_count; i++)
        if (strcmp(mc->outcomes[i].id, id) == 0)
            return (int)i;
    return -1;
}

size_t meldcode_mistake_count(const Meldcode *mc)
{
    return mc->mistake_count;
}
const MeldcodeMistake *meldcode_mistake(const Meldcode *mc, size_t i)
{
    return i < mc->mistake_count ? &mc->mistakes[i] : NULL;
}
int meldcode_mistake_find(const Meldcode *mc, const char *id)
{
    for (size_t i = 0; i < mc->mistake_count; i++)
        if (strcmp(mc->mistakes[i].id, id) == 0)
            return (int)i;
    return -1;
}
