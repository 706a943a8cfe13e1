/*
 * export.c: gathering what an export shows. Attempts are read in full before
 * any text is written, so an export is one consistent read of the records.
 */
#include "export_priv.h"

#include <stdlib.h>
#include <string.h>

#include "markup.h"

typedef struct Gather {
    ExportSet *set;
    size_t cap;
    bool oom;
} Gather;

static bool gather(const RecordsAttempt *a, void *user)
{
    Gather *g = user;
    if (g->set->count == g->cap) {
        size_t cap = g->cap ? g->cap * 2 : 16;
        ExportAttempt *grown = realloc(g->set->attempts, cap * sizeof *grown);
        if (!grown) {
            g->oom = true;
            return false;
        }
        g->set->attempts = grown;
        g->cap = cap;
    }
    ExportAttempt *e = &g->set->attempts[g->set->count++];
    memset(e, 0, sizeof *e);
    e->row = *a;
    return true;
}

MsStatus export_set_load(Records *r, const ExportOptions *o, ExportSet *set, MsError *err)
{
    memset(set, 0, sizeof *set);
    if (o->learner) {
        RecordsLearner l;
        MsStatus st = records_learner_find(r, o->learner, &l, err);
        if (st != MS_OK)
            return st;
    }
    Gather g = {set, 0, false};
    MsStatus st = records_attempt_each(r, o->learner, false, gather, &g, err);
    if (st == MS_OK && g.oom)
        st = ms_error_set(err, MS_ERR_NOMEM, NULL, 0, "out of memory");
    for (size_t i = 0; st == MS_OK && i < set->count; i++) {
        ExportAttempt *e = &set->attempts[i];
        st = records_choices_get(r, e->row.id, &e->choices, &e->choice_count, err);
        if (st == MS_OK && o->pseudonymise)
            st = records_learner_hash(r, e->row.learner, e->actor, err);
        else
            records_copy(e->actor, sizeof e->actor, e->row.learner);
    }
    if (st != MS_OK)
        export_set_free(set);
    return st;
}

void export_set_free(ExportSet *set)
{
    for (size_t i = 0; i < set->count; i++)
        free(set->attempts[i].choices);
    free(set->attempts);
    memset(set, 0, sizeof *set);
}

void export_scene_texts(Records *r, const ExportAttempt *a, const RecordsChoice *c, Arena *arena,
                        RecordsSceneTexts *out)
{
    if (records_scene_text_get(r, a->row.scenario, a->row.version, c->scene, arena, out, NULL) !=
        MS_OK)
        memset(out, 0, sizeof *out);
}

const char *export_plain(Arena *arena, const char *text)
{
    if (!text)
        return "";
    size_t need = markup_strip(text, NULL, 0);
    char *out = arena_alloc(arena, need + 1);
    if (!out)
        return "";
    markup_strip(text, out, need + 1);
    return out;
}

const char *export_mistake_name(const Meldcode *mc, const char *id, MsLang lang)
{
    int m = mc ? meldcode_mistake_find(mc, id) : -1;
    return m >= 0 ? ms_text_get(&meldcode_mistake(mc, (size_t)m)->name, lang, MS_LANG_NL) : id;
}
