/*
 * scenario_load.c: reads the table scenario.lua returned into the model.
 * Only raw table access is used, so nothing of the pack runs after the chunk
 * has returned. Unknown fields are errors: a typo such as `feeback` must not
 * silently drop the feedback a learner should see.
 */
#include "scenario_load.h"

#include <lauxlib.h>
#include <lua.h>

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "markup.h"
#include "sandbox.h"
#include "utf8.h"

#define TEXT_MAX 20000
#define ID_MAX 64
#define LIST_MAX 32

typedef struct IdEntry {
    const char *id;
    ScenarioTargetKind kind;
    int index;
} IdEntry;

typedef struct Loader {
    lua_State *L;
    Scenario *sc;
    Arena *arena;
    const Meldcode *mc;
    MsError *err;
    char where[192]; /* "scene 'gesprek', choice 2" */
    IdEntry *ids;    /* sorted, for resolving `next` */
    size_t id_count;
} Loader;

static const char *type_name(lua_State *L, int idx)
{
    return lua_typename(L, lua_type(L, idx));
}

static MsStatus fail(Loader *ld, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static MsStatus fail(Loader *ld, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const char *id = ld->sc->id ? ld->sc->id : "?";
    if (ld->where[0])
        return ms_error_set(ld->err, MS_ERR_INVALID, ld->sc->source, 0, "scenario '%s', %s: %s", id,
                            ld->where, msg);
    return ms_error_set(ld->err, MS_ERR_INVALID, ld->sc->source, 0, "scenario '%s': %s", id, msg);
}

static MsStatus nomem(Loader *ld)
{
    return ms_error_set(ld->err, MS_ERR_NOMEM, ld->sc->source, 0, "out of memory");
}

static void where(Loader *ld, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void where(Loader *ld, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ld->where, sizeof ld->where, fmt, ap);
    va_end(ap);
}

/* Pushes t[key] (raw) and returns its type. */
static int get_field(lua_State *L, int t, const char *key)
{
    lua_pushstring(L, key);
    return lua_rawget(L, t < 0 ? t - 1 : t);
}

/* Every key of the record at idx must be one of `allowed` (NULL-terminated). */
static MsStatus check_keys(Loader *ld, int idx, const char *const *allowed, const char *what)
{
    lua_State *L = ld->L;
    idx = lua_absindex(L, idx);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            lua_pop(L, 1);
            return fail(ld, "%s has a key that is not a name", what);
        }
        const char *key = lua_tostring(L, -1);
        bool known = false;
        for (const char *const *a = allowed; *a; a++)
            known = known || strcmp(*a, key) == 0;
        if (!known) {
            char copy[64];
            snprintf(copy, sizeof copy, "%s", key);
            lua_pop(L, 1);
            return fail(ld, "unknown field '%s' in %s", copy, what);
        }
    }
    return MS_OK;
}

/* The length of the list at idx, or -1 when it is not a proper list (other keys, holes). */
static long list_length(lua_State *L, int idx)
{
    idx = lua_absindex(L, idx);
    lua_Unsigned n = lua_rawlen(L, idx);
    lua_Unsigned keys = 0;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 ||
            (lua_Unsigned)lua_tointeger(L, -1) > n) {
            lua_pop(L, 1);
            return -1;
        }
        keys++;
    }
    return keys == n ? (long)n : -1;
}

/* The number of keys of the table at idx, whatever they are. */
static size_t key_count(lua_State *L, int idx)
{
    size_t n = 0;
    idx = lua_absindex(L, idx);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        n++;
    }
    return n;
}

static bool valid_id(const char *s, size_t len, bool allow_underscore)
{
    if (len == 0 || len > ID_MAX)
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                  (allow_underscore && c == '_');
        if (!ok)
            return false;
    }
    return true;
}

/* Reads an id-like string field; NULL result and MS_OK when absent and optional. */
static MsStatus read_id(Loader *ld, int t, const char *field, bool required, const char **out)
{
    lua_State *L = ld->L;
    *out = NULL;
    int type = get_field(L, t, field);
    if (type == LUA_TNIL) {
        lua_pop(L, 1);
        return required ? fail(ld, "field '%s' is missing", field) : MS_OK;
    }
    if (type != LUA_TSTRING) {
        const char *tn = type_name(L, -1);
        lua_pop(L, 1);
        return fail(ld, "field '%s' must be a string (got %s)", field, tn);
    }
    size_t len;
    const char *s = lua_tolstring(L, -1, &len);
    if (!valid_id(s, len, true)) {
        lua_pop(L, 1);
        return fail(ld, "field '%s' must be an id: 1 to %d lowercase letters, digits, '-' or '_'",
                    field, ID_MAX);
    }
    *out = arena_strndup(ld->arena, s, len);
    lua_pop(L, 1);
    return *out ? MS_OK : nomem(ld);
}

static MsStatus check_text_string(Loader *ld, const char *field, const char *s, size_t len,
                                  const char *lang)
{
    size_t bad = 0;
    const char *why = NULL;
    if (len > TEXT_MAX)
        return fail(ld, "%s (%s) is longer than %d bytes", field, lang, TEXT_MAX);
    if (memchr(s, '\0', len))
        return fail(ld, "%s (%s) contains a NUL byte", field, lang);
    if (!utf8_valid(s, len, &bad))
        return fail(ld, "%s (%s) is not valid UTF-8 (byte %zu)", field, lang, bad + 1);
    if (!markup_valid(s, &why, &bad))
        return fail(ld, "%s (%s): markup %s (at character %zu)", field, lang, why, bad + 1);
    return MS_OK;
}

/* A text: a string in the case's language, or { nl = ..., en = ... }. */
static MsStatus read_text(Loader *ld, int t, const char *field, bool required, MsText *out)
{
    lua_State *L = ld->L;
    memset(out, 0, sizeof *out);
    int type = get_field(L, t, field);
    MsStatus st = MS_OK;
    if (type == LUA_TSTRING) {
        size_t len;
        const char *s = lua_tolstring(L, -1, &len);
        st = check_text_string(ld, field, s, len, ms_lang_code(ld->sc->language));
        out->blank[ld->sc->language] = len == 0;
        if (st == MS_OK && len && !(out->s[ld->sc->language] = arena_strndup(ld->arena, s, len)))
            st = nomem(ld);
    } else if (type == LUA_TTABLE) {
        lua_pushnil(L);
        while (st == MS_OK && lua_next(L, -2)) {
            MsLang lang;
            if (lua_type(L, -2) != LUA_TSTRING || !ms_lang_parse(lua_tostring(L, -2), &lang)) {
                st = fail(ld, "%s: languages are \"nl\" and \"en\"", field);
            } else if (lua_type(L, -1) != LUA_TSTRING) {
                st = fail(ld, "%s (%s) must be a string (got %s)", field, ms_lang_code(lang),
                          type_name(L, -1));
            } else {
                size_t len;
                const char *s = lua_tolstring(L, -1, &len);
                st = check_text_string(ld, field, s, len, ms_lang_code(lang));
                out->blank[lang] = len == 0;
                if (st == MS_OK && len && !(out->s[lang] = arena_strndup(ld->arena, s, len)))
                    st = nomem(ld);
            }
            lua_pop(L, 1);
        }
        if (st != MS_OK)
            lua_pop(L, 1); /* the key lua_next left */
    } else if (type != LUA_TNIL) {
        st = fail(ld, "field '%s' must be a text: a string or { nl = ..., en = ... } (got %s)",
                  field, type_name(L, -1));
    }
    lua_pop(L, 1);
    if (st == MS_OK && required && ms_text_empty(out)) {
        /* Say which one the author wrote: nothing, "", or a table without text. */
        bool blank = false;
        for (int i = 0; i < MS_LANG_COUNT; i++)
            blank |= out->blank[i];
        if (type == LUA_TNIL)
            st = fail(ld, "field '%s' is missing", field);
        else if (blank)
            st = fail(ld, "field '%s' is an empty string", field);
        else
            st = fail(ld, "field '%s' is an empty table: give { nl = \"...\", en = \"...\" }",
                      field);
    }
    return st;
}

static MsStatus read_number(Loader *ld, int t, const char *field, bool required, bool integer,
                            double lo, double hi, double *out)
{
    lua_State *L = ld->L;
    int type = get_field(L, t, field);
    MsStatus st = MS_OK;
    if (type == LUA_TNIL) {
        if (required)
            st = fail(ld, "field '%s' is missing", field);
    } else if (type != LUA_TNUMBER || (integer && !lua_isinteger(L, -1))) {
        st = fail(ld, "field '%s' must be %s (got %s)", field, integer ? "an integer" : "a number",
                  type == LUA_TNUMBER ? "a fraction" : type_name(L, -1));
    } else {
        double v = lua_tonumber(L, -1);
        if (!(v >= lo && v <= hi))
            st = fail(ld, "field '%s' must be between %g and %g (got %g)", field, lo, hi, v);
        else
            *out = v;
    }
    lua_pop(L, 1);
    return st;
}

static int id_compare(const void *a, const void *b)
{
    return strcmp(((const IdEntry *)a)->id, ((const IdEntry *)b)->id);
}

static const IdEntry *id_find(const Loader *ld, const char *id)
{
    IdEntry probe = {id, SCENARIO_TARGET_SCENE, 0};
    return bsearch(&probe, ld->ids, ld->id_count, sizeof probe, id_compare);
}

static MsStatus read_target(Loader *ld, int t, const char *field, ScenarioTarget *out)
{
    const char *id;
    MsStatus st = read_id(ld, t, field, true, &id);
    if (st != MS_OK)
        return st;
    const IdEntry *e = id_find(ld, id);
    if (!e)
        return fail(ld, "next scene '%s' does not exist", id);
    out->kind = e->kind;
    out->index = e->index;
    return MS_OK;
}

/* A list of actor ids into an arena array of actor indices. */
static MsStatus read_actors(Loader *ld, int t, const char *field, bool required, const int **out,
                            size_t *count)
{
    lua_State *L = ld->L;
    *out = NULL;
    *count = 0;
    int type = get_field(L, t, field);
    MsStatus st = MS_OK;
    if (type == LUA_TNIL) {
        if (required)
            st = fail(ld, "field '%s' is missing", field);
        goto done;
    }
    long n = type == LUA_TTABLE ? list_length(L, -1) : -1;
    if (n < 0 || n > LIST_MAX) {
        st = fail(ld, "field '%s' must be a list of at most %d actor ids", field, LIST_MAX);
        goto done;
    }
    int *actors = arena_alloc(ld->arena, sizeof(int) * (size_t)(n ? n : 1));
    if (!actors) {
        st = nomem(ld);
        goto done;
    }
    for (long i = 1; i <= n && st == MS_OK; i++) {
        lua_rawgeti(L, -1, i);
        const char *id = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        int actor = id ? meldcode_actor_find(ld->mc, id) : -1;
        if (actor < 0)
            st = fail(ld, "%s %ld: '%s' is not a Meldcode actor (see assets/meldcode.json)", field,
                      i, id ? id : type_name(L, -1));
        actors[i - 1] = actor;
        lua_pop(L, 1);
    }
    *out = actors;
    *count = (size_t)n;
done:
    lua_pop(L, 1);
    return st;
}

static int var_find(const Scenario *sc, const char *name)
{
    for (size_t i = 0; i < sc->var_count; i++)
        if (strcmp(sc->vars[i].name, name) == 0)
            return (int)i;
    return -1;
}

/* condition = { var = value | { min = n } | { max = n } }; set = { var = value }; add = { var = n }
 */
static MsStatus read_var_table(Loader *ld, int t, const char *field, int mode, void **out,
                               size_t *count)
{
    lua_State *L = ld->L;
    *out = NULL;
    *count = 0;
    int type = get_field(L, t, field);
    MsStatus st = MS_OK;
    if (type == LUA_TNIL)
        goto done;
    if (type != LUA_TTABLE) {
        st = fail(ld, "field '%s' must be a table of variables (got %s)", field, type_name(L, -1));
        goto done;
    }
    size_t cap = key_count(L, -1);
    if (cap > LIST_MAX) {
        st = fail(ld, "field '%s' names more than %d variables", field, LIST_MAX);
        goto done;
    }
    size_t elem = mode == 0 ? sizeof(ScenarioCondition) : sizeof(ScenarioEffect);
    unsigned char *items = arena_alloc(ld->arena, elem * (cap ? cap : 1));
    if (!items) {
        st = nomem(ld);
        goto done;
    }
    size_t n = 0;
    lua_pushnil(L);
    while (st == MS_OK && lua_next(L, -2)) {
        const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        int var = name ? var_find(ld->sc, name) : -1;
        if (var < 0) {
            st = fail(ld, "%s: '%s' is not declared in `variables`", field, name ? name : "?");
        } else {
            const ScenarioVar *v = &ld->sc->vars[var];
            int vt = lua_type(L, -1);
            double value = 0;
            int op = mode == 0 ? SCENARIO_COND_EQ
                               : (mode == 1 ? SCENARIO_EFFECT_SET : SCENARIO_EFFECT_ADD);
            if (mode == 0 && vt == LUA_TTABLE && v->kind == SCENARIO_VAR_NUMBER) {
                int has_min = get_field(L, -1, "min") == LUA_TNUMBER;
                double min = lua_tonumber(L, -1);
                lua_pop(L, 1);
                int has_max = get_field(L, -1, "max") == LUA_TNUMBER;
                double max = lua_tonumber(L, -1);
                lua_pop(L, 1);
                if (has_min == has_max)
                    st = fail(ld, "%s: '%s' takes { min = n } or { max = n }", field, name);
                op = has_min ? SCENARIO_COND_MIN : SCENARIO_COND_MAX;
                value = has_min ? min : max;
            } else if (v->kind == SCENARIO_VAR_BOOL && vt == LUA_TBOOLEAN && mode != 2) {
                value = lua_toboolean(L, -1);
            } else if (v->kind == SCENARIO_VAR_NUMBER && vt == LUA_TNUMBER) {
                value = lua_tonumber(L, -1);
            } else {
                st = fail(ld, "%s: '%s' is a %s variable; %s does not fit", field, name,
                          v->kind == SCENARIO_VAR_BOOL ? "boolean" : "number", type_name(L, -1));
            }
            if (st == MS_OK) {
                if (mode == 0) {
                    ScenarioCondition *c = (ScenarioCondition *)items + n;
                    c->var = var;
                    c->op = (ScenarioCondOp)op;
                    c->value = value;
                } else {
                    ScenarioEffect *e = (ScenarioEffect *)items + n;
                    e->var = var;
                    e->op = (ScenarioEffectOp)op;
                    e->value = value;
                }
                n++;
            }
        }
        lua_pop(L, 1);
    }
    if (st != MS_OK)
        lua_pop(L, 1);
    *out = items;
    *count = n;
done:
    lua_pop(L, 1);
    return st;
}

static MsStatus read_critical(Loader *ld, int t, ScenarioChoice *ch)
{
    lua_State *L = ld->L;
    static const char *const fields[] = {"id", "explanation", NULL};
    ch->critical.type = -1;
    int type = get_field(L, t, "critical");
    MsStatus st = MS_OK;
    if (type == LUA_TNIL)
        goto done;
    if (type != LUA_TTABLE) {
        st = fail(ld, "field 'critical' must be { id = ..., explanation = ... } (got %s)",
                  type_name(L, -1));
        goto done;
    }
    if ((st = check_keys(ld, -1, fields, "critical")) ||
        (st = read_id(ld, -1, "id", true, &ch->critical.id)) ||
        (st = read_text(ld, -1, "explanation", false, &ch->critical.explanation)))
        goto done;
    ch->critical.type = meldcode_mistake_find(ld->mc, ch->critical.id);
    if (ch->critical.type >= 0) {
        const MeldcodeMistake *m = meldcode_mistake(ld->mc, (size_t)ch->critical.type);
        if (!m->critical)
            st = fail(ld, "'%s' is not a critical mistake; use `mistake = \"%s\"`", m->id, m->id);
        else if (ms_text_empty(&ch->critical.explanation))
            ch->critical.explanation = m->explanation;
    } else if (ms_text_empty(&ch->critical.explanation)) {
        st = fail(ld, "critical mistake '%s' is the case's own: it needs an explanation",
                  ch->critical.id);
    }
done:
    lua_pop(L, 1);
    return st;
}

/* skips = { "gesprek", ... }: Meldcode steps this option legitimately goes on without. */
static MsStatus read_skips(Loader *ld, int t, unsigned *mask)
{
    lua_State *L = ld->L;
    *mask = 0;
    int type = get_field(L, t, "skips");
    MsStatus st = MS_OK;
    long n = type == LUA_TNIL ? 0 : type == LUA_TTABLE ? list_length(L, -1) : -1;
    if (n < 0 || n > MS_STEP_COUNT)
        st = fail(ld, "field 'skips' must be a list of at most %d Meldcode step ids",
                  MS_STEP_COUNT);
    for (long i = 1; i <= n && st == MS_OK; i++) {
        lua_rawgeti(L, -1, i);
        const char *id = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        int step = id ? meldcode_step_find(id) : -1;
        if (step < 0)
            st = fail(ld, "skips %ld: '%s' is not a Meldcode step", i, id ? id : type_name(L, -1));
        else
            *mask |= 1u << step;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return st;
}

static MsStatus read_choice(Loader *ld, int t, ScenarioChoice *ch)
{
    static const char *const fields[] = {"text",     "next",    "points", "feedback",
                                         "critical", "mistake", "actors", "condition",
                                         "set",      "add",     "skips",  NULL};
    MsStatus st;
    double points = 0;
    const char *mistake = NULL;
    if ((st = check_keys(ld, t, fields, "a choice")) ||
        (st = read_text(ld, t, "text", true, &ch->text)) ||
        (st = read_target(ld, t, "next", &ch->next)) ||
        (st = read_number(ld, t, "points", true, true, -100, 100, &points)) ||
        (st = read_text(ld, t, "feedback", false, &ch->feedback)) ||
        (st = read_critical(ld, t, ch)) || (st = read_id(ld, t, "mistake", false, &mistake)) ||
        (st = read_actors(ld, t, "actors", false, &ch->actors, &ch->actor_count)) ||
        (st = read_var_table(ld, t, "condition", 0, (void **)&ch->conditions,
                             &ch->condition_count)) ||
        (st = read_var_table(ld, t, "set", 1, (void **)&ch->effects, &ch->effect_count)) ||
        (st = read_skips(ld, t, &ch->skips)))
        return st;
    ch->points = (int)points;
    ch->mistake = -1;
    if (mistake) {
        ch->mistake = meldcode_mistake_find(ld->mc, mistake);
        if (ch->mistake < 0)
            return fail(ld, "mistake '%s' is not a Meldcode mistake type", mistake);
        if (meldcode_mistake(ld->mc, (size_t)ch->mistake)->critical)
            return fail(ld, "'%s' is a critical mistake; use `critical = { id = \"%s\" }`", mistake,
                        mistake);
    }
    /* `add` effects go after `set` effects in one array. */
    ScenarioEffect *adds;
    size_t add_count;
    if ((st = read_var_table(ld, t, "add", 2, (void **)&adds, &add_count)))
        return st;
    if (add_count) {
        ScenarioEffect *all = arena_alloc(ld->arena, sizeof *all * (ch->effect_count + add_count));
        if (!all)
            return nomem(ld);
        if (ch->effect_count)
            memcpy(all, ch->effects, sizeof *all * ch->effect_count);
        memcpy(all + ch->effect_count, adds, sizeof *all * add_count);
        ch->effects = all;
        ch->effect_count += add_count;
    }
    return MS_OK;
}

static MsStatus read_scene(Loader *ld, int t, ScenarioScene *sc_scene, size_t number)
{
    static const char *const fields[] = {"id", "step", "speaker", "text", "choices", "next", NULL};
    lua_State *L = ld->L;
    MsStatus st;
    const char *step = NULL, *speaker = NULL;
    where(ld, "scene '%s'", sc_scene->id);
    if ((st = check_keys(ld, t, fields, "a scene")) || (st = read_id(ld, t, "step", true, &step)) ||
        (st = read_id(ld, t, "speaker", false, &speaker)) ||
        (st = read_text(ld, t, "text", true, &sc_scene->text)))
        return st;
    (void)number;
    int s = meldcode_step_find(step);
    if (s < 0)
        return fail(ld,
                    "step '%s' is not a Meldcode step (signalen, consultatie, gesprek, wegen, "
                    "beslissen)",
                    step);
    sc_scene->step = (MsStep)s;
    sc_scene->speaker = -1;
    if (speaker) {
        for (size_t i = 0; i < ld->sc->character_count; i++)
            if (strcmp(ld->sc->characters[i].id, speaker) == 0)
                sc_scene->speaker = (int)i;
        if (sc_scene->speaker < 0)
            return fail(ld, "speaker '%s' is not one of the characters", speaker);
    }
    int ctype = get_field(L, t, "choices");
    lua_pop(L, 1);
    int ntype = get_field(L, t, "next");
    lua_pop(L, 1);
    if (ntype != LUA_TNIL && ctype != LUA_TNIL)
        return fail(ld, "a scene has either `choices` or `next`, not both");
    if (ntype != LUA_TNIL) {
        sc_scene->has_next = true;
        return read_target(ld, t, "next", &sc_scene->next);
    }
    if (ctype == LUA_TNIL)
        return fail(ld, "the scene has neither `choices` nor `next`: the learner cannot go on");
    get_field(L, t, "choices");
    long n = lua_type(L, -1) == LUA_TTABLE ? list_length(L, -1) : -1;
    if (n < 1 || n > 9) {
        lua_pop(L, 1);
        return fail(ld, "`choices` must be a list of 1 to 9 choices");
    }
    ScenarioChoice *choices = arena_alloc(ld->arena, sizeof *choices * (size_t)n);
    if (!choices) {
        lua_pop(L, 1);
        return nomem(ld);
    }
    for (long i = 1; i <= n && st == MS_OK; i++) {
        where(ld, "scene '%s', choice %ld", sc_scene->id, i);
        if (lua_rawgeti(L, -1, i) != LUA_TTABLE)
            st = fail(ld, "a choice must be a table (got %s)", type_name(L, -1));
        else
            st = read_choice(ld, -1, &choices[i - 1]);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    sc_scene->choices = choices;
    sc_scene->choice_count = (size_t)n;
    return st;
}

static MsStatus read_ending(Loader *ld, int t, ScenarioEnding *e)
{
    static const char *const fields[] = {"id",    "title",   "text",    "outcome",
                                         "route", "debrief", "history", NULL};
    MsStatus st;
    const char *outcome = NULL;
    where(ld, "ending '%s'", e->id);
    if ((st = check_keys(ld, t, fields, "an ending")) ||
        (st = read_text(ld, t, "title", true, &e->title)) ||
        (st = read_text(ld, t, "text", true, &e->text)) ||
        (st = read_id(ld, t, "outcome", true, &outcome)) ||
        (st = read_actors(ld, t, "route", true, &e->route, &e->route_count)) ||
        (st = read_text(ld, t, "debrief", true, &e->debrief)) ||
        (st = read_text(ld, t, "history", false, &e->history)))
        return st;
    e->outcome = meldcode_outcome_find(ld->mc, outcome);
    if (e->outcome < 0)
        return fail(ld, "outcome '%s' is not an afwegingskader outcome (see assets/meldcode.json)",
                    outcome);
    if (e->route_count == 0)
        return fail(ld, "the correct `route` is empty");
    return MS_OK;
}

/* First pass over scenes and endings: their ids, so `next` can point forward. */
static MsStatus collect_ids(Loader *ld, int root, ScenarioScene **scenes, ScenarioEnding **endings)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    const char *lists[2] = {"scenes", "endings"};
    long counts[2];
    for (int k = 0; k < 2; k++) {
        int type = get_field(L, root, lists[k]);
        counts[k] = type == LUA_TTABLE ? list_length(L, -1) : -1;
        lua_pop(L, 1);
        if (counts[k] < 1 || counts[k] > SCENARIO_MAX_SCENES)
            return fail(ld, "field '%s' must be a list of 1 to %d tables", lists[k],
                        SCENARIO_MAX_SCENES);
    }
    *scenes = arena_alloc(ld->arena, sizeof **scenes * (size_t)counts[0]);
    *endings = arena_alloc(ld->arena, sizeof **endings * (size_t)counts[1]);
    ld->ids = malloc(sizeof *ld->ids * (size_t)(counts[0] + counts[1]));
    if (!*scenes || !*endings || !ld->ids)
        return nomem(ld);
    for (int k = 0; k < 2; k++) {
        get_field(L, root, lists[k]);
        for (long i = 1; i <= counts[k]; i++) {
            where(ld, "%s %ld", k == 0 ? "scene" : "ending", i);
            if (lua_rawgeti(L, -1, i) != LUA_TTABLE) {
                const char *tn = type_name(L, -1);
                lua_pop(L, 2);
                return fail(ld, "must be a table (got %s)", tn);
            }
            const char *id;
            MsStatus st = read_id(ld, -1, "id", true, &id);
            lua_pop(L, 1);
            if (st != MS_OK) {
                lua_pop(L, 1);
                return st;
            }
            IdEntry *e = &ld->ids[ld->id_count++];
            e->id = id;
            e->kind = k == 0 ? SCENARIO_TARGET_SCENE : SCENARIO_TARGET_ENDING;
            e->index = (int)(i - 1);
            if (k == 0)
                (*scenes)[i - 1].id = id;
            else
                (*endings)[i - 1].id = id;
        }
        lua_pop(L, 1);
    }
    sc->scene_count = (size_t)counts[0];
    sc->ending_count = (size_t)counts[1];
    qsort(ld->ids, ld->id_count, sizeof *ld->ids, id_compare);
    for (size_t i = 1; i < ld->id_count; i++) {
        if (strcmp(ld->ids[i - 1].id, ld->ids[i].id) == 0) {
            ld->where[0] = '\0';
            return fail(ld, "the id '%s' is used twice (scene and ending ids must be unique)",
                        ld->ids[i].id);
        }
    }
    ld->where[0] = '\0';
    return MS_OK;
}

static int name_compare(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The sorted string keys of the table field (for characters and variables). */
static MsStatus sorted_keys(Loader *ld, int t, const char *field, const char ***out, size_t *count)
{
    lua_State *L = ld->L;
    *out = NULL;
    *count = 0;
    int type = get_field(L, t, field);
    MsStatus st = MS_OK;
    if (type == LUA_TNIL)
        goto done;
    if (type != LUA_TTABLE) {
        st = fail(ld, "field '%s' must be a table keyed by id (got %s)", field, type_name(L, -1));
        goto done;
    }
    size_t n = key_count(L, -1);
    if (n > 64) {
        st = fail(ld, "field '%s' has more than 64 entries", field);
        goto done;
    }
    const char **keys = arena_alloc(ld->arena, sizeof *keys * (n ? n : 1));
    if (!keys) {
        st = nomem(ld);
        goto done;
    }
    n = 0;
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pop(L, 1);
        size_t len = 0;
        const char *k = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &len) : NULL;
        if (!k || !valid_id(k, len, true)) {
            lua_pop(L, 1);
            st = fail(ld, "the keys of '%s' must be ids (lowercase letters, digits, '-', '_')",
                      field);
            goto done;
        }
        keys[n++] = arena_strndup(ld->arena, k, len);
    }
    qsort(keys, n, sizeof *keys, name_compare);
    *out = keys;
    *count = n;
done:
    lua_pop(L, 1);
    return st;
}

/* A name given as a plain string is a proper name: the same in every language. */
static MsStatus name_for_all_languages(Loader *ld, int t, MsText *name)
{
    if (get_field(ld->L, t, "name") == LUA_TSTRING) {
        const char *s = name->s[ld->sc->language];
        for (int l = 0; l < MS_LANG_COUNT; l++)
            name->s[l] = s;
    }
    lua_pop(ld->L, 1);
    return MS_OK;
}

static MsStatus read_characters(Loader *ld, int root)
{
    static const char *const fields[] = {"name", "role", "portrait", NULL};
    lua_State *L = ld->L;
    const char **ids;
    size_t n;
    MsStatus st = sorted_keys(ld, root, "characters", &ids, &n);
    if (st != MS_OK || n == 0)
        return st;
    ScenarioCharacter *chars = arena_alloc(ld->arena, sizeof *chars * n);
    if (!chars)
        return nomem(ld);
    get_field(L, root, "characters");
    for (size_t i = 0; i < n && st == MS_OK; i++) {
        where(ld, "character '%s'", ids[i]);
        chars[i].id = ids[i];
        if (get_field(L, -1, ids[i]) != LUA_TTABLE) {
            st = fail(ld, "must be a table { name = ..., role = ... }");
        } else if (!(st = check_keys(ld, -1, fields, "a character")) &&
                   !(st = read_text(ld, -1, "name", true, &chars[i].name)) &&
                   !(st = name_for_all_languages(ld, -1, &chars[i].name)) &&
                   !(st = read_text(ld, -1, "role", false, &chars[i].role))) {
            if (get_field(L, -1, "portrait") == LUA_TSTRING) {
                size_t len;
                const char *p = lua_tolstring(L, -1, &len);
                if (len == 0 || len > 200 || p[0] == '/' || strstr(p, "..") ||
                    !utf8_valid(p, len, NULL))
                    st = fail(ld, "portrait must be a relative path inside the pack");
                else
                    chars[i].portrait = arena_strndup(ld->arena, p, len);
            } else if (!lua_isnil(L, -1)) {
                st = fail(ld, "portrait must be a path (string)");
            }
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    ld->sc->characters = chars;
    ld->sc->character_count = n;
    ld->where[0] = '\0';
    return st;
}

static MsStatus read_variables(Loader *ld, int root)
{
    lua_State *L = ld->L;
    const char **names;
    size_t n;
    MsStatus st = sorted_keys(ld, root, "variables", &names, &n);
    if (st != MS_OK || n == 0)
        return st;
    ScenarioVar *vars = arena_alloc(ld->arena, sizeof *vars * n);
    if (!vars)
        return nomem(ld);
    get_field(L, root, "variables");
    for (size_t i = 0; i < n && st == MS_OK; i++) {
        vars[i].name = names[i];
        int type = get_field(L, -1, names[i]);
        if (type == LUA_TBOOLEAN) {
            vars[i].kind = SCENARIO_VAR_BOOL;
            vars[i].initial = lua_toboolean(L, -1);
        } else if (type == LUA_TNUMBER && isfinite(lua_tonumber(L, -1))) {
            vars[i].kind = SCENARIO_VAR_NUMBER;
            vars[i].initial = lua_tonumber(L, -1);
        } else {
            st = fail(ld, "variable '%s' must start as a boolean or a number", names[i]);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    ld->sc->vars = vars;
    ld->sc->var_count = n;
    return st;
}

static MsStatus read_languages(Loader *ld, int root)
{
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    const char *lang = NULL;
    MsStatus st = read_id(ld, root, "language", true, &lang);
    if (st != MS_OK)
        return st;
    if (!ms_lang_parse(lang, &sc->language))
        return fail(ld, "language '%s' is not supported (use \"nl\" or \"en\")", lang);
    sc->languages[sc->language] = true;
    int type = get_field(L, root, "languages");
    if (type == LUA_TTABLE) {
        long n = list_length(L, -1);
        for (long i = 1; i <= n && st == MS_OK; i++) {
            MsLang l;
            lua_rawgeti(L, -1, i);
            if (lua_type(L, -1) != LUA_TSTRING || !ms_lang_parse(lua_tostring(L, -1), &l))
                st = fail(ld, "`languages` lists \"nl\" and/or \"en\"");
            else
                sc->languages[l] = true;
            lua_pop(L, 1);
        }
        if (n < 0)
            st = fail(ld, "`languages` must be a list");
    } else if (type != LUA_TNIL) {
        st = fail(ld, "`languages` must be a list");
    }
    lua_pop(L, 1);
    return st;
}

static MsStatus read_not_applicable(Loader *ld, int root)
{
    lua_State *L = ld->L;
    int type = get_field(L, root, "not_applicable");
    MsStatus st = MS_OK;
    if (type == LUA_TTABLE) {
        for (int s = 0; s < MS_STEP_COUNT && st == MS_OK; s++)
            st = read_text(ld, -1, meldcode_step_id((MsStep)s), false, &ld->sc->not_applicable[s]);
        static const char *const steps[] = {"signalen", "consultatie", "gesprek",
                                            "wegen",    "beslissen",   NULL};
        if (st == MS_OK)
            st = check_keys(ld, -1, steps, "not_applicable");
    } else if (type != LUA_TNIL) {
        st = fail(ld, "`not_applicable` must be a table step -> text");
    }
    lua_pop(L, 1);
    return st;
}

static MsStatus read_scenario(Loader *ld, int root)
{
    static const char *const fields[] = {
        "format",    "id",      "title",          "language",  "languages",
        "audience",  "summary", "school_type",    "minutes",   "version",
        "pass_mark", "start",   "characters",     "variables", "scenes",
        "endings",   "debrief", "not_applicable", NULL};
    lua_State *L = ld->L;
    Scenario *sc = ld->sc;
    MsStatus st;
    double format = 0, minutes = 0;
    const char *start = NULL;
    ScenarioScene *scenes = NULL;
    ScenarioEnding *endings = NULL;

    if (get_field(L, root, "id") == LUA_TSTRING) {
        size_t len;
        const char *id = lua_tolstring(L, -1, &len);
        if (valid_id(id, len, false))
            sc->id = arena_strndup(ld->arena, id, len);
    }
    lua_pop(L, 1);
    if (!sc->id)
        return fail(ld, "field 'id' must be 1 to %d lowercase letters, digits or '-'", ID_MAX);
    if ((st = check_keys(ld, root, fields, "the scenario")) ||
        (st = read_number(ld, root, "format", true, true, 1, 1, &format)) ||
        (st = read_languages(ld, root)) || (st = read_text(ld, root, "title", true, &sc->title)) ||
        (st = read_text(ld, root, "audience", true, &sc->audience)) ||
        (st = read_text(ld, root, "summary", true, &sc->summary)) ||
        (st = read_text(ld, root, "debrief", false, &sc->debrief)) ||
        (st = read_number(ld, root, "minutes", true, true, 1, 240, &minutes)) ||
        (st = read_number(ld, root, "pass_mark", false, false, 0, 1, &sc->pass_mark)) ||
        (st = read_id(ld, root, "school_type", false, &sc->school_type)) ||
        (st = read_id(ld, root, "start", true, &start)) || (st = read_not_applicable(ld, root)))
        return st;
    sc->minutes = (int)minutes;
    if (fabs(sc->pass_mark * 10000.0 - floor(sc->pass_mark * 10000.0 + 0.5)) > 1e-6)
        return fail(ld, "pass_mark takes at most four decimals (0.7, 0.75, 0.6667)");
    if (sc->school_type && strcmp(sc->school_type, "po") && strcmp(sc->school_type, "vo") &&
        strcmp(sc->school_type, "mbo"))
        return fail(ld, "school_type must be \"po\", \"vo\" or \"mbo\"");
    if (get_field(L, root, "version") == LUA_TSTRING) {
        size_t len;
        const char *v = lua_tolstring(L, -1, &len);
        if (len && len <= 32 && utf8_valid(v, len, NULL))
            sc->version = arena_strndup(ld->arena, v, len);
    }
    lua_pop(L, 1);
    if (!sc->version)
        return fail(ld, "field 'version' must be a short string such as \"1.0\"");
    if ((st = read_characters(ld, root)) || (st = read_variables(ld, root)) ||
        (st = collect_ids(ld, root, &scenes, &endings)))
        return st;
    sc->scenes = scenes;
    sc->endings = endings;
    const IdEntry *s = id_find(ld, start);
    if (!s || s->kind != SCENARIO_TARGET_SCENE)
        return fail(ld, "start scene '%s' does not exist", start);
    sc->start = s->index;

    get_field(L, root, "scenes");
    for (size_t i = 0; i < sc->scene_count && st == MS_OK; i++) {
        lua_rawgeti(L, -1, (lua_Integer)i + 1);
        st = read_scene(ld, -1, &scenes[i], i + 1);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    get_field(L, root, "endings");
    for (size_t i = 0; i < sc->ending_count && st == MS_OK; i++) {
        lua_rawgeti(L, -1, (lua_Integer)i + 1);
        st = read_ending(ld, -1, &endings[i]);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return st;
}

MsStatus scenario_load_buffer(const char *buf, size_t len, const char *chunkname,
                              const Meldcode *mc, Scenario **out, MsError *err)
{
    *out = NULL;
    Sandbox *sb = NULL;
    Loader ld = {0};
    MsStatus st;
    Scenario *sc = calloc(1, sizeof *sc);
    Arena *arena = arena_create();
    if (!sc || !arena) {
        free(sc);
        arena_free(arena);
        return ms_error_set(err, MS_ERR_NOMEM, chunkname, 0, "out of memory");
    }
    sc->arena = arena;
    sc->meldcode = mc;
    sc->pass_mark = 0.7;
    sc->source = arena_strdup(arena, chunkname);
    if (len > SCENARIO_FILE_MAX) {
        st = ms_error_set(err, MS_ERR_REFUSED, chunkname, 0, "file is larger than %u bytes",
                          SCENARIO_FILE_MAX);
        goto fail;
    }
    if ((st = sandbox_create(NULL, &sb, err)) || (st = sandbox_run(sb, buf, len, chunkname, err)))
        goto fail;
    ld.L = sandbox_state(sb);
    ld.sc = sc;
    ld.arena = arena;
    ld.mc = mc;
    ld.err = err;
    if (!lua_istable(ld.L, -1)) {
        st = ms_error_set(err, MS_ERR_INVALID, chunkname, 0,
                          "scenario.lua must return a table (it returned %s)", type_name(ld.L, -1));
        goto fail;
    }
    if ((st = read_scenario(&ld, lua_gettop(ld.L))))
        goto fail;
    free(ld.ids);
    sandbox_free(sb);
    *out = sc;
    return MS_OK;
fail:
    free(ld.ids);
    sandbox_free(sb);
    scenario_free(sc);
    return st;
}
